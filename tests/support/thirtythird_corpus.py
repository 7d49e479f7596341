"""A thirty-third held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtythird_names.json``, a seeded snapshot from @ngneat/falso 8.0.2 (MIT), the
  npm faker that no earlier corpus drew (``SOURCES``; no corpus file names it). Its built
  package has one first-name table (by sex) and one last-name table, in its base English
  locale only (its i18n folder ships names as type declarations, not data), so there is one
  source, ``falso``. ``thirtythird_names.mjs`` draws 600 candidates, women and men in turn,
  with ``falso.seed`` given the FNV-1a hash of ``thirtythird-falso`` (as the thirty-second's
  script seeds faker-js); the Python side keeps, in order, the first people (``DRAWN``) that
  pass the twenty-fifth's filter (one capitalised word of plain letters, three or more, a
  first name not in the surname table, in no earlier snapshot, ``EARLIER``, nor drawn
  already). Every draw was read by hand and words, places, brands, pet forms, typos and
  first names as surnames were left out (``NOT_NAMES``) and drawn again. falso had enough
  new names, so names-dataset was not needed. falso is not a dependency; regenerate with
  ``npm install --prefix /tmp/c33npm @ngneat/falso@8.0.2`` and ``uv run python -m
  tests.support.thirtythird_corpus /tmp/c33npm/node_modules``; the corpus itself reads the
  JSON only.
- Nicknames: pet names written by hand for this corpus (bakery and larder words, small
  creatures), each starting with a letter from A to F (other corpora written at the same
  time coin from other letters), none in an earlier corpus file (``NICKNAMES``; checked by
  grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a cricket club scorer, a garden centre cashier, a model railway club
  secretary, a canal lock keeper, a piano teacher, a driving examiner, a bell ringer, a
  dog groomer, an allotment society secretary, a taxi marshal, a toy library volunteer,
  a golf caddie master, a football kit man, a cinema projectionist...), in lower case and
  in sign-offs; names and give-away details in pseudonyms; nicknames; dates of birth in
  twelve typed forms; addresses on invented streets (``STREETS``) in real towns of
  Hertfordshire and Essex; postcodes; phone, NHS and NI numbers; invented schools and
  nurseries (``SCHOOLS``); email addresses; written out by the twenty-fifth's
  ``identifying_of``.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve areas of
  Hertfordshire and north and west Essex that no earlier corpus file names (``AREAS``):
  the districts North Hertfordshire, East Hertfordshire, St Albans, Watford, Colchester and
  Epping Forest, and the towns Hitchin, Letchworth Garden City, Royston, Bishop's
  Stortford, Harpenden and Loughton (each with its district council), with the council's
  housing options and community safety teams, the county council's children's services,
  Hertfordshire Constabulary or Essex Police, the NHS trusts, the integrated care board
  (NHS Hertfordshire and West Essex, or NHS Suffolk and North East Essex for Colchester),
  the East of England Ambulance Service and each partnership (``SCP``: the Hertfordshire
  Safeguarding Children Partnership, as its procedures manual on proceduresonline.com
  styles it, and the Essex Safeguarding Children Board, as escb.co.uk styles it). Only those
  two names were checked (the ``search`` tool); the other partners, trusts and venues were
  written from memory, and Charringtons House (East Herts Council's Bishop's Stortford
  office), Rowan House, Sheepen Road, Colchester, the Spirella Building, Letchworth, the
  Lopping Hall, Loughton, and the names of the two Hertfordshire acute trusts in
  particular may be named differently now or have moved. Venues are council offices,
  civic halls, libraries, leisure centres and hospitals, never a person's address. People
  are named only by role; roles, themes, courses, rooms, times and periods are the
  twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  drama-range telephone numbers, 999-range NHS numbers with a correct check digit, NI
  numbers starting QQ, email at example.com/.org/.net, and postcodes of a real shape in
  unissued areas. An identifying sample's ``source`` is ``falso`` when it names a drawn
  person, ``hand-nicknames`` when it names a nickname, and otherwise ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the chalk hills
  and the Essex coast that nobody has as a first name (``CHOSEN``).

Were a drawn name also a word of the benign text, ``assembled`` would leave it out. Nothing
here was changed after seeing the guard's answer to it; the guard was never run on it.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
)
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import assembled, birth_values, snapshot_people
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("thirtythird_names.json")
NODE_SCRIPT = Path(__file__).with_name("thirtythird_names.mjs")
SOURCES = "@ngneat/falso 8.0.2 (MIT)"
SEED = "thirtythird-falso"
#: The snapshots whose names are skipped: every earlier one.
EARLIER = tuple(dict.fromkeys((*thirtysecond_corpus.EARLIER, "thirtysecond_names.json")))
#: falso's one table of names, and how many people.
DRAWN = (("falso", 52),)
ROMANISED: tuple[str, ...] = ()
#: Entries of the candidates read by hand in the draw as words, brands, characters, pet
#: forms, typos, first names as surnames or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Gang", "Purity", "Sammy", "Ber", "Suad", "Ayutthaya", "Ashknaziy", "Paramar"),
        *("Mardkhay", "Miykhal", "Yhudiyt", "Meiyr", "Amiyt", "Yhudah", "Uriy", "Chanah"),
        *("Udo", "Tal", "Sergeeva", "Pavlova"),
    }
)


#: Run the node script on its ``node_modules`` (falso), keep, and write: the twenty-fifth's.
regenerate_names = partial(twentyfifth_corpus.regenerate_names, corpus=sys.modules[__name__])
_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Flint Knapper's Lane", "Hornbeam Ride", "Chalk Pit Close", "Maltster's Yard")
STREETS += ("Watercress Row", "Oyster Smack Way", "Brickfield Drift", "Lavender Croft")
TOWNS = ("Baldock", "Ashwell", "Hertford", "Ware", "Sawbridgeworth", "Buntingford")
TOWNS += ("Redbourn", "London Colney", "Wheathampstead", "Garston", "Oxhey", "Wivenhoe")
TOWNS += ("Tiptree", "West Mersea", "Stanway", "Epping", "Waltham Abbey", "Chigwell")
TOWNS += ("Buckhurst Hill", "Ongar", "Letchworth", "Stotfold")
SCHOOLS = (
    "Flint Knapper's Primary School",
    "Hornbeam Ride Academy",
    "St Alban and St Amphibalus Catholic Primary",
    "Chalk Pit Close Infant School",
    "Maltster's Yard Junior School",
    "Watercress Row High School",
    "Lavender Croft Day Nursery",
    "Oyster Smack Way Pupil Referral Unit",
)
SCHOOL_SHORT = ("Flint Knapper's", "Hornbeam Ride", "St Amphibalus", "Watercress", "Lavender")
RELATIVES = ("granny", "grandad", "step-mum", "mum's partner", "uncle", "big sister", "nan")
#: Dates of birth as typed (the tenth's ``_date`` fields), twelve forms.
BIRTH_FORMS = ("{d}-{m}-{y}", "{dd}/{mm}/{y}", "{d} {mon} {yy}", "{mo} {d}{th}, {y}")
BIRTH_FORMS += ("the {d}{th} of {mo}, {y}", "{wd} {d} {mo} {y}", "{y}/{mm}/{dd}")
BIRTH_FORMS += ("{d}.{m}.{yy}", "{mon}-{dd}-{y}", "{dd}{mm}{yy}", "{d}{th} {mo}")
BIRTH_FORMS += ("{dd} {mon} {y}",)
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {d} {mo}", "{dd}/{mm}/{y}", "{d}{th} {mon}")
WHEN_FORMS += ("{wd} {dd}.{mm}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "The cricket club scorer says {f} {l} sleeps in the pavilion most Friday nights.",
    "Garden centre cashier saw {g} {h} push {f} into a rack of pots and laugh.",
    "Model railway club secretary: {f} {l}, 11, comes in starving and asks for food.",
    "The canal lock keeper pulled {f} {l} out of the water; no adult was anywhere near.",
    "Piano teacher says {f} {l} has finger marks on her neck after every weekend.",
    "Driving examiner saw {g} {h} leave {f} and {k} in the test centre car park all day.",
    "The church bell ringers' captain says {f} {l} told him {g} hits her with a slipper.",
    "Dog groomer: {g} {h} makes {f} sleep in the kennel when she wets the bed.",
    "Allotment society secretary found {f} {l} living in a shed on plot 14.",
    "Taxi marshal at the station saw {f} {l}, 13, get into a car with three men.",
    "Toy library volunteer says baby {f} {l} has a flat head and never leaves the buggy.",
    "Golf club caddie master says {g} {h} brings {f} to carry bags at six in the morning.",
    "The football kit man noticed welts on {f} {l}'s back in the changing room.",
    "Cinema projectionist found {f} {l} hiding in the booth after the last film.",
    "Swimming teacher says {f} {l} is terrified when {g} comes to collect him.",
    "Ice cream van driver: {f} {l}, 9, is out on the estate alone until ten every night.",
    "The optician says {g} {h} will not let {f} wear the glasses she needs.",
    "Scout leader: {f} {l} said {g} burnt his hand on the hob to teach him a lesson.",
    "Charity shop manager saw {g} {h} take money from {f}'s coat and hit her.",
    "Library café staff say {f} {l} and {k} arrive at opening and stay until closing.",
    "The orthodontist found {f} {l}'s teeth badly decayed and {g} refused treatment.",
    "Barber says {f} {l}, 14, pays for haircuts with rolls of twenty-pound notes.",
    "Park keeper found {f} {l} sleeping on a bench by the bandstand at dawn.",
    "Trampoline park staff say {g} {h} was drunk and dropped {f} from the balcony.",
    "Village hall caretaker: {f} {l} says {g} locks the fridge with a padlock.",
    "{f} {l} told the dance teacher that {g} shaves her head as a punishment.",
    "The farrier saw {g} {h} kick {f} in the yard while the horses were shod.",
    "Post office counter clerk says {g} {h} cashes {f}'s money and buys only drink.",
    "Bus driver says {f} {l}, 12, rides the route all night because home is not safe.",
    "Pharmacist: {g} {h} collects {f}'s methylphenidate and sells it on the estate.",
)
NAME_LOWER = (
    "scorer worried re {fl} {ll} again",
    "{fl} {ll} at the lock gates past midnight",
    "{gl} {hl} screaming at {fl} in the garden centre",
    "piano teacher says {fl} {ll} had bruises again",
    "{ll} kids on the allotments, no coats",
    "taxi marshal asking about {fl} {ll}",
    "{fl} says {gl} sold the beds",
    "rang {fl}'s {rel} - {gl} has gone off again",
    "{fl} {ll} missed scouts, no answer at home",
    "nobody collected {fl} or {k} from swimming",
    "{gl} {hl} shouting at the pharmacist, {fl} crying",
    "{fl} {ll} seen at the station with older lads",
    "bell ringers flagged {fl} {ll} again",
    "park keeper says {fl} slept out again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{ll}",
    "{l} sisters",
    "{f}, {age}",
    "{fi}. {l}",
    "{f} and {k}",
    "little {f}",
    "the {l} children",
    "{g} {h}'s lad",
    "{f} from the allotments",
    "{l}, {f}",
)
SIGN_OFF = (
    "dont tell them i rang\n{fl}",
    "With thanks\n{g} {h}\n({f}'s {rel})",
    "ta\n{g} (mum of {f} and {k})",
    "sorry its messy\n{f} {l} yr {year_group}",
    "Written down for {f} by her {rel}, {g} {h}",
    "Best wishes,\n{g} {l}\nkinship carer",
    "from {f} {l} (i am {age})",
    "Many thanks, {g} {h} - {f}'s foster carer",
    "x {fl} x",
)
NICKNAMES = ("Apricot", "Bagel", "Eclair", "Earwig", "Dandelion", "Blancmange", "Falafel")
NICKNAMES += ("Beetroot", "Cashew", "Anchovy", "Brioche", "Dimple", "Fennel", "Amaretto")
NICKNAME_TEXT = (
    "At the skate park the older boys only ever call him {n}.",
    "The man in the white van outside school shouts {n} to her.",
    "{f}'s {rel} yelled for {n} along the towpath when the police arrived.",
    "Her name on the chat app is {n}, which is how the man found her.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} ({l} girl)")
DOB_TEXT = (
    "DOB from the birth certificate: {dob}",
    "d.o.b {dob}",
    "{g} says {f} was born on {dob}",
    "Date of birth (red book) {dob}",
    "born {dob} at home, unplanned",
    "{f} {l} born {dob}",
    "DOB {dob}, so {age} now",
    "b. {dob} though the GP has another date",
    "baby born {dob} at 29 weeks",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} is on {phone}",
    "{rel} gave {phone} as her number",
    "home phone {phone}",
    "{f} rang from {phone}",
    "partner's number - {phone}",
)
NHS_TEXT = (
    "NHS number from the red book {nhs}",
    "{f} NHS no. {nhs}",
    "infant's NHS number {nhs}",
    "NHS no (from the hospital letter) {nhs}",
)
NI_TEXT = (
    "mum's NINo {ni}",
    "NI no {ni} (mum's partner)",
    "father's national insurance number {ni}",
    "NI {ni} - granny",
)
ADDRESS_TEXT = (
    "Family now living at {street}, {town}",
    "address {street}, ground floor flat",
    "called at {street}, {town} - blinds down, no answer",
    "{f} sofa-surfing at her {rel}'s on {street}",
    "police called to {street} three times this week",
    "evicted from {street}, now in a B&B in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "p/c {postcode}", "moved to {postcode}")
SCHOOL_TEXT = (
    "Pupil at {school}, year {year_group}",
    "Year {year_group} at {school}; attendance 58%",
    "The DSL at {short} rang the front door",
    "{f} moved to {short} after half term",
    "{f} is on roll at {school} but has missed {n2} days",
)
EMAIL_TEXT = ("mum's email is {e}", "{g} emailed from {e}", "reach {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li}, {street}",
    "{fi}{li} - {short} year {year_group}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} born {dob}",
    "Year {year_group}, {school}",
    "{l} twins, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyfifth_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_EEAST = ("East of England Ambulance Service NHS Trust",)
_HERTS = {
    "council": ("Hertfordshire County Council children's services",),
    "police": ("Hertfordshire Constabulary",),
    "icb": ("NHS Hertfordshire and West Essex Integrated Care Board",),
    "ambulance": _EEAST,
}
_ENHT = "East and North Hertfordshire NHS Trust"
_WHTH = "West Hertfordshire Teaching Hospitals NHS Trust"
_HPFT = "Hertfordshire Partnership University NHS Foundation Trust"
_HCT = "Hertfordshire Community NHS Trust"
_ESSEX = {
    "council": ("Essex County Council children's services",),
    "police": ("Essex Police",),
    "icb": ("NHS Hertfordshire and West Essex Integrated Care Board",),
    "ambulance": _EEAST,
}
_EPUT = "Essex Partnership University NHS Foundation Trust"
_NHDC = "North Hertfordshire Council"
_EHDC = "East Hertfordshire District Council"
_SADC = "St Albans City and District Council"
_EFDC = "Epping Forest District Council"

#: The twelve areas (none an earlier corpus file names): six districts and six of their
#: towns, the district council's teams, the county's partners by their real names, and
#: civic venues of the area. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "North Hertfordshire": _HERTS
    | _district(_NHDC)
    | {
        "trust": (_ENHT, _HCT),
        "venue": ("the Council Offices, Gernon Road, Letchworth Garden City", "Baldock Town Hall"),
    },
    "Hitchin": _HERTS
    | _district(_NHDC)
    | {"trust": (_ENHT, _HPFT), "venue": ("Hitchin Town Hall", "Hitchin Library")},
    "Letchworth Garden City": _HERTS
    | _district(_NHDC)
    | {
        "trust": (_HCT, _HPFT),
        "venue": ("the Spirella Building, Letchworth", "Letchworth Library"),
    },
    "Royston": _HERTS
    | _district(_NHDC)
    | {"trust": (_ENHT, _HCT), "venue": ("Royston Town Hall", "Royston Library")},
    "East Hertfordshire": _HERTS
    | _district(_EHDC)
    | {"trust": (_ENHT, _HPFT), "venue": ("Wallfields, Pegs Lane, Hertford", "Hertford Theatre")},
    "Bishop's Stortford": _HERTS
    | _district(_EHDC)
    | {
        "trust": ("The Princess Alexandra Hospital NHS Trust", _HCT),
        "venue": (
            "Charringtons House, Bishop's Stortford",
            "Grange Paddocks Leisure Centre, Bishop's Stortford",
        ),
    },
    "St Albans": _HERTS
    | _district(_SADC)
    | {
        "trust": (_WHTH, _HPFT),
        "venue": ("the Civic Centre, St Peter's Street, St Albans", "the Alban Arena"),
    },
    "Harpenden": _HERTS
    | _district(_SADC)
    | {"trust": (_WHTH, _HCT), "venue": ("Harpenden Public Halls", "Harpenden Library")},
    "Watford": _HERTS
    | _district("Watford Borough Council")
    | {"trust": (_WHTH, _HPFT), "venue": ("Watford Town Hall", "Watford Central Library")},
    "Colchester": _ESSEX
    | _district("Colchester City Council")
    | {
        "icb": ("NHS Suffolk and North East Essex Integrated Care Board",),
        "trust": ("East Suffolk and North Essex NHS Foundation Trust", _EPUT),
        "venue": ("Rowan House, Sheepen Road, Colchester", "Colchester Hospital"),
    },
    "Epping Forest": _ESSEX
    | _district(_EFDC)
    | {
        "trust": ("The Princess Alexandra Hospital NHS Trust", _EPUT),
        "venue": ("the Civic Offices, High Street, Epping", "Epping Library"),
    },
    "Loughton": _ESSEX
    | _district(_EFDC)
    | {
        "trust": (_EPUT, "The Princess Alexandra Hospital NHS Trust"),
        "venue": ("the Lopping Hall, Loughton", "Loughton Library"),
    },
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_HSCP = "Hertfordshire Safeguarding Children Partnership"
_ESCB = "Essex Safeguarding Children Board"
#: Each area's partnership as it styles itself.
SCP = {area: _HSCP for area in tuple(AREAS)[:9]}
SCP |= {area: _ESCB for area in tuple(AREAS)[9:]}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 33-02", "LCSPR 32/07", "RR/31/22", "CSPR-33-05", "RR 32/38", "PLR 31-06")
AGE_BANDS = ("aged six weeks", "under two", "aged four", "aged 12", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Chalk", "Hornbeam", "Lido", "Watermill", "Chiltern", "Brickfield", "Mudflat")

PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_L = " The {role} will bring an update to the partners in {period}."
_E = "\n\nReplies to the business unit mailbox by {date}, please.\n\nMany thanks,\n"
_E += "Business unit\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"{opening} in {{area}}. {{council}} and {{police}} met for a strategy discussion "
        f"and {{trust}} added what its records showed. The review for {{ref}} will consider "
        f"{theme}.{_L}"
        for opening, theme in (
            (
                "Summary: a baby {age_band} was seen at hospital with a bite mark",
                "how injuries to non-mobile babies were escalated",
            ),
            (
                "Summary: a young person {age_band} was found at a house used for drug dealing",
                "how the exploitation screening tool was used",
            ),
            (
                "Summary: a child {age_band} was not seen by any professional for five months",
                "how elective home education was checked",
            ),
            (
                "Summary: a child {age_band} was scalded at home and treatment was delayed",
                "how minor injury units shared information with health visitors",
            ),
            (
                "Summary: a young person {age_band} took an overdose after online bullying",
                "how schools and mental health services worked together",
            ),
            (
                "Summary: twins {age_band} were left with an unassessed carer for a week",
                "how private fostering was recognised",
            ),
            (
                "Summary: a child {age_band} was injured by the family dog",
                "how dog ownership was asked about at home visits",
            ),
            (
                "Summary: a young person {age_band} was moved out of county by a gang",
                "how missing from home reports crossed police force boundaries",
            ),
            (
                "Summary: a child {age_band} lived with a parent whose drinking worsened",
                "how adult substance misuse services thought about the children",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review {{ref}}: {decision} The safeguarding partners, {{council}}, "
        f"{{police}} and {{icb}}, reached this view on {{date}}, and the Panel will have the "
        f"review by {{date2}}. The {{role}} will brief the {{scp}} executive."
        for decision in (
            "the case meets the criteria for a local child safeguarding practice review.",
            "a local review is not needed, as the learning is known and already acted on.",
            "the case will join a thematic review on {theme} already under way.",
            "learning will be drawn out at a multi-agency practitioner event in {area}.",
            "a local review will be commissioned with an independent lead reviewer.",
            "the partners think the case may be of national importance and say so to the Panel.",
            "a short learning review is proportionate and no full review is needed.",
            "a local review is needed, looking at the move from primary to secondary school.",
            "the review will also cover probation, adult social care and adult mental health.",
        )
    ),
    "minutes": tuple(
        f"{group}, {{room}}, {{venue}}, {{date}}\n"
        "Attending: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"1. {item}\n2. Progress on {{ref}} noted.\n3. Next meeting {{date2}}, {{time}}."
        for group, item in (
            ("Performance and audit group", "Quarterly data for {area} reviewed; {rag}."),
            ("Stakeholders group", "Themed meeting on {theme} held in {area}."),
            ("Local child safeguarding review panel", "One new notification from {area}."),
            ("Executive group", "Business plan for {period} agreed."),
            ("Neglect task group", "Roll-out of the neglect toolkit in {area} discussed."),
            ("Training and development group", "Evaluations of {course} received."),
            ("Child death review liaison", "Water safety learning from {area} shared."),
            ("Schools safeguarding forum", "Persistent absence in {area} looked at."),
            ("Health safeguarding leads", "Missed health appointments in {area} audited."),
            ("Exploitation strategic group", "Missing episodes for {period} reported as {rag}."),
        )
    ),
    "partner_email": tuple(
        f"Hello all,\n\n{body}{_E}"
        for body in (
            "The report for {ref} has been signed off by the three partners and goes to the "
            "Panel and the Department for Education ahead of publication in {period}.",
            "Could each agency send its chronology for rapid review {ref}? We meet on {date2} "
            "at {time} at {venue}.",
            "Attached is the action tracker for {ref}. Actions are held by {council}, {police} "
            "and {trust}; please update them before the executive.",
            "The independent scrutineer hopes to meet {council}, {police} and {icb} in "
            "{period} to look at how rapid reviews run in {area}.",
            "The Panel has written back on {ref}, asking the review to look harder at {theme} "
            "and at the role of the {district}.",
            'Booking is open for "{course}" at {venue} from {time} to {time2}, for staff of '
            "{council}, {police}, health and the district and borough councils.",
            "{ambulance} will send a clinician and its named professional to the "
            "practitioner event for {ref} at {venue}.",
            "For {ref}, the lead reviewer wants to understand how the {district} works with "
            "families placed out of their home area.",
            "The designated doctor at {icb} will lead the health workstream on {theme}; "
            "please put forward one person from {trust}.",
            "The incident in {area} needs notifying to the Panel within five working days. "
            "Could {police} and {trust} confirm what they know?",
            "Thanks for the chronology from {council} for {ref}. Could you confirm whether "
            "the school was invited to the strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: the lead reviewer shared early findings with the panel on "
        "{date}. They suggest drift in child in need planning in {area}, pressure on school "
        "nursing at {trust} and too little attention to who else lived in the home. "
        "{council} will reply formally." + _L,
        "Local review {ref}: staff from {police}, {trust} and the {district} met the reviewer "
        "at {venue} on {date}. They spoke about many changes of social worker and unclear "
        "ownership of the plan. The reviewer will test this with senior managers." + _L,
        "Local review {ref}: on {date} the panel agreed its key lines of enquiry: the lived "
        "experience of the child, the family's move across the county border, how {icb} "
        "commissions school nursing and how challenge worked within the {scp}." + _L,
        "Local review {ref}: the lead reviewer has spoken with managers at {council} and "
        "{trust}. A first draft is expected in {period}, with findings on {theme} and on "
        "how services in {area} included fathers. The family has been offered a meeting "
        "with the reviewer.",
        "Local review {ref}: practitioner event booked for {date} at {venue}.",
        "Local review {ref}: scope agreed by the panel on {date}.",
        "Lead reviewer for {ref} commissioned; panel meets {date2}.",
        "Local review {ref}: the family declined to contribute.",
        "Local review {ref} on hold pending the criminal trial.",
    ),
    "chronology": (
        "{date}: midwife referral to the children's services front door.",
        "{date}: {police} attended a domestic incident; three children in the house.",
        "{date}: strategy discussion held; section 47 enquiry opened.",
        "{date}: {ambulance} took the child to {trust}.",
        "{date}: the {district} accepted a homelessness duty.",
        "{date}: initial child protection conference; plan under physical abuse.",
        "{date}: six-to-eight-week check done; nothing of concern noted.",
        "{date}: outpatient appointment at {trust} not attended; GP informed.",
        "{date}: family support closed as the family moved away.",
        "{date}: social worker from {council} visited; child seen in her room.",
        "{date} and {date2}: two missing reports made to {police}.",
        "{date}: attendance below 80%; school attendance officer visited.",
    ),
    "checklist": (
        "Chronologies from every agency received: yes.",
        "Panel notified within five working days: yes, on {date}.",
        "Family written to about the review: {date}.",
        "Voice of the child: to be gathered by {date2}.",
        "Lead reviewer in post: yes.",
        "Terms of reference agreed by the three partners: pending.",
        "Records from {trust} included: yes.",
        "Records from the {district} included: yes.",
        "Coroner's officer told: yes, {date}.",
        "Disclosure cleared with {police}: yes.",
        "Learning briefing written: not yet.",
        "Rapid review sent within 15 working days: yes.",
    ),
    "notice": (
        "Local review panel: {date}, {time}, {room}, {venue}.",
        "Practitioner event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} safeguarding week launch, {venue}, {date}.",
        "Executive group moved to {date} at {time}, {room}.",
        "Designated safeguarding leads' forum: {date}, {venue}, {time}.",
        'Bitesize session: "{course}", {date}, {time}.',
        "Drop-in for early years settings at {venue}, {date}.",
        "Neglect toolkit launch, {room}, {venue}, {date}.",
        "Performance and audit group cancelled {date}; next {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Young people's advisory group, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for the review panel is in the channel",
        "has {trust} sent its chronology for {ref}?",
        "room booked at {venue} for {date}",
        "heads up - Panel notification due by 5pm",
        "{district} can't do {time}, could we do {time2}?",
        "draft ToR on SharePoint, comments by {date}",
        "thanks everyone, minutes to follow",
        "{police} have named their lead for the RR",
        "{period} course dates are on the website now",
        "does {ref} need the exec before it goes to the Panel?",
        "scrutineer's report is in the team folder",
        "who's minuting on {date}?",
        "anyone got the 7 minute briefing template?",
        "{icb} designated nurse dialling in at {time}",
    ),
    "panel": (
        "Panel reply on {ref} came in {date}; decision accepted.",
        "Notification for {ref} made to the Panel on {date}.",
        "Panel asks for the rapid review by {date2}.",
        "Panel's view: thoughtful analysis and clear learning.",
        "Panel will not take {ref} as a national review.",
        "Rapid review for {ref} sent to the Panel and Ofsted.",
        "Panel queried the dates; replied {date}.",
        "Final report for {ref} due with the Panel {date}.",
        "Panel agreed more time on {ref}, to {date2}.",
        "Panel's annual report shared with the partners.",
    ),
    "publication": (
        "Report for {ref} due to be published {date}.",
        "Publication paused until criminal proceedings finish.",
        "Only the summary will be published, agreed {date}.",
        "Family informed of the publication date.",
        "Media statement agreed with the {council} communications team.",
        "Report live on the {scp} website from {date}.",
        "Learning briefing published with the report.",
        "Publication put back to {date2} at the family's request.",
        "Report taken down after a year, as planned.",
        "Publication plan shared with the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of was-not-brought children by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to share domestic abuse notifications with schools next morning.",
        "Action: {icb} to commission safer sleep sessions for health visitors.",
        "Action 3: multi-agency training on {theme} during {period}.",
        "Action: {ambulance} to add a safeguarding question to its handover form.",
        "Action: the {district} to tell health visitors when families are rehoused.",
        "Action 4 complete: escalation protocol relaunched {date}.",
        "Action 5: the {role} to report on progress to the executive.",
        "Plan for {period}: 12 actions, 7 done, 5 {rag}.",
        "Action: partners to use the shared chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed the date the family was rehoused.",
        "{district}: homelessness approach recorded {date}.",
        "Two officers from the {district} will join the practitioner event.",
        "The {district} has been told about {ref}.",
        "Housing staff in {area} to complete {course} by {date}.",
        "North Hertfordshire Council and Hertfordshire Constabulary looked at anti-social "
        "behaviour reports from Baldock.",
        "North Hertfordshire Council housing officers met East and North Hertfordshire NHS "
        "Trust midwives in Hitchin.",
        "North Hertfordshire Council community safety team met youth workers in Letchworth "
        "Garden City.",
        "North Hertfordshire Council and Hertfordshire Community NHS Trust agreed how health "
        "visitors hear of families moving to Royston.",
        "East Hertfordshire District Council and Hertfordshire Partnership University NHS "
        "Foundation Trust discussed young carers in Hertford.",
        "East Hertfordshire District Council housing staff briefed The Princess Alexandra "
        "Hospital NHS Trust on families placed in Bishop's Stortford.",
        "St Albans City and District Council and West Hertfordshire Teaching Hospitals NHS "
        "Trust agreed a discharge route for families in St Albans.",
        "St Albans City and District Council community safety team reviewed the youth offer "
        "in Harpenden.",
        "Watford Borough Council and Hertfordshire Constabulary looked at exploitation near "
        "the town centre in Watford.",
        "Colchester City Council and East Suffolk and North Essex NHS Foundation Trust "
        "agreed a contact route for families in Colchester.",
        "Epping Forest District Council and Essex Police reviewed reports from the Epping "
        "Forest estates.",
        "Epping Forest District Council and Essex Partnership University NHS Foundation "
        "Trust discussed families placed in Loughton.",
    ),
    "training": (
        'New e-learning module "{course}" is available.',
        "The training needs survey closes on {date}.",
        "Induction for new panel members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "Trainers' network, {room}, {date}.",
        "Feedback on the {theme} course shows staff feel more confident.",
        "Refresher for designated leads due in {period}.",
        "Hertfordshire Safeguarding Children Partnership ran a neglect course in Hitchin.",
        "Hertfordshire Safeguarding Children Partnership trained St Albans youth workers in "
        "Harpenden.",
        "Essex Safeguarding Children Board ran a session on exploitation in Colchester.",
        "East of England Ambulance Service NHS Trust crews in Watford completed level 3 training.",
        "Essex Partnership University NHS Foundation Trust staff joined a parental mental "
        "health course in Loughton.",
        "Hertfordshire Partnership University NHS Foundation Trust and Hertfordshire "
        "Constabulary held a session on self-harm.",
        "NHS Suffolk and North East Essex Integrated Care Board and Essex County Council "
        "children's services planned audits in Colchester.",
        "NHS Hertfordshire and West Essex Integrated Care Board refreshed the safer sleep "
        "training for Epping Forest.",
        "West Hertfordshire Teaching Hospitals NHS Trust ran a bruising protocol session in "
        "Watford.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child P", "Child KR", "Infant V", "Baby S", "Young Person H", "Sibling 2"),
    *("Sibling 4", "Unborn Baby M", "JD", "L.W.", "Child E and Child F", "Chalk"),
    *("Hornbeam", "Lido", "Watermill", "Chiltern", "Brickfield", "Mudflat", "Child Z"),
    *("Infant RC", "Baby TN", "Young Person W", "PB", "K", "Child B", "Sibling Y"),
    *("M.H.", "Baby C and Baby D", "Child AJ", "Young Person DL", "GS", "Infant N"),
    "Unborn Child T",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtythird-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
