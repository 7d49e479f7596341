"""A thirty-second held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtysecond_names.json``, a seeded snapshot from @faker-js/faker 10.6.0 (MIT),
  its base ``en`` locale (``FAKER_JS``), which no earlier corpus drew by that name (the
  twenty-eighth drew en_US, which falls back on ``en``'s tables, so most of the first
  draws were already in an earlier snapshot and were skipped). ``thirtysecond_names.mjs``
  draws 600 candidates, women and men in turn, seeded with the FNV-1a hash of
  ``thirtysecond-en`` (the twenty-sixth's ``draw``); the Python side keeps, in order, the
  first 56 (``DRAWN``) that pass the twenty-fifth's filter (one capitalised word of plain
  letters, three or more, a first name not in the surname table, in no earlier snapshot,
  ``EARLIER``, nor drawn already). Every draw was read by hand and words, places, brands,
  pet forms, typos and first names as surnames were left out (``NOT_NAMES``) and drawn
  again. faker-js is not a dependency; regenerate with ``npm install --prefix /tmp/c32npm
  @faker-js/faker@10.6.0`` and ``uv run python -m tests.support.thirtysecond_corpus
  /tmp/c32npm/node_modules``; the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (snacks, small creatures, sounds),
  each starting with a letter from M to R (another corpus written at the same time coins
  from other letters), none in an earlier corpus file (``NICKNAMES``; checked by grepping
  ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a harbour master, a beach lifeguard, a Broads cruiser hirer, an arcade
  manager, a pier ticket seller, a sugar beet haulier, a fruit-picking gangmaster, a
  caravan park warden, a lifeboat volunteer, a seal trip boatman, a cathedral verger, a
  key cutter, a launderette owner, a car boot organiser...), in lower case and in
  sign-offs; names and give-away details in pseudonyms; nicknames; dates of birth in
  twelve typed forms; addresses on invented streets (``STREETS``) in real towns of the
  areas; postcodes; phone, NHS and NI numbers; invented schools and nurseries
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve two-tier
  districts of Norfolk, Cambridgeshire and Essex that no earlier corpus file names
  (``AREAS``): Broadland, North Norfolk, South Norfolk, Great Yarmouth, Huntingdonshire,
  East Cambridgeshire, South Cambridgeshire, Rochford, Castle Point, Basildon, Brentwood
  and Harlow, with the district council's housing options and community safety teams,
  the county council's children's services, Norfolk Constabulary, Cambridgeshire
  Constabulary or Essex Police, the NHS trusts, the integrated care board (NHS Norfolk
  and Waveney; NHS Cambridgeshire and Peterborough; NHS Mid and South Essex, or NHS
  Hertfordshire and West Essex for Harlow), the East of England Ambulance Service and
  each partnership (``SCP``: the Norfolk Safeguarding Children Partnership, the
  Cambridgeshire and Peterborough Safeguarding Children Partnership Board, as its annual
  reports style it on safeguardingcambspeterborough.org.uk, and the Essex Safeguarding
  Children Board, as escb.co.uk styles it). Only those two names were checked (the
  ``search`` tool); the other partners, trusts and venues were written from knowledge,
  and the Horizon Centre (Broadland and South
  Norfolk's shared offices), Sawston Library, Rayleigh Library, Canvey Island Library and
  Kiln Road, Thundersley in particular may be named differently or have moved. Venues are
  council offices, civic halls, libraries and theatres, never a person's address. People
  are named only by role; roles, themes, courses, rooms, times and periods are the
  twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  drama-range telephone numbers, 999-range NHS numbers with a correct check digit, NI
  numbers starting QQ, email at example.com/.org/.net, and postcodes of a real shape in
  unissued areas. An identifying sample's ``source`` is ``faker-js-en`` when it names a
  drawn person, ``hand-nicknames`` when it names a nickname, and otherwise ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Broads and
  the Fens that nobody has as a first name (``CHOSEN``).

Were a drawn name also a word of the benign text, ``assembled`` would leave it out. Nothing
here was changed after seeing the guard's answer to it; the guard was never run on it.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtyfirst_corpus,
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
NAMES_FILE = Path(__file__).with_name("thirtysecond_names.json")
NODE_SCRIPT = Path(__file__).with_name("thirtysecond_names.mjs")
SOURCES = "@faker-js/faker 10.6.0 (MIT)"
SEED = "thirtysecond-<locale>"
#: The snapshots whose names are skipped: every earlier one.
EARLIER = tuple(
    dict.fromkeys(
        (
            *thirtyfirst_corpus.EARLIER,
            *("twentyninth_names.json", "thirtieth_names.json", "thirtyfirst_names.json"),
        )
    )
)
#: faker-js's base locale, drawn by no earlier corpus under that name, and how many people.
FAKER_JS = ("en",)
DRAWN = (("faker-js-en", 56),)
ROMANISED: tuple[str, ...] = ()
#: Entries of the candidates read by hand in the draw as words, brands, characters, pet
#: forms, typos, first names as surnames or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Dicki", "Brook", "Chance", "Berry", "Talon", "Margarita", "Monroe", "Verona"),
        *("Hazle", "Timmothy", "Ulices", "Bulah", "Joany", "Charley", "Ike", "Borer"),
        *("Raleigh", "Alexandria", "Bins", "Ferry", "Johnpaul", "Litzy", "Mertie", "Alexa"),
    }
)


#: Run the node script on its ``node_modules`` (faker-js), keep, and write: the twenty-fifth's.
regenerate_names = partial(twentyfifth_corpus.regenerate_names, corpus=sys.modules[__name__])
_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Wherry Staithe", "Reedcutter's Row", "Dyke Drove", "Samphire Close")
STREETS += ("Fen Lode Lane", "Saltings Walk", "Herring Curing Yard", "Oyster Creek Mews")
TOWNS = ("Aylsham", "Acle", "Sprowston", "Cromer", "Sheringham", "Fakenham", "Wymondham")
TOWNS += ("Diss", "Gorleston", "Caister-on-Sea", "St Neots", "St Ives", "Ely", "Soham")
TOWNS += ("Cambourne", "Sawston", "Rayleigh", "Hockley", "Canvey Island", "Benfleet")
TOWNS += ("Wickford", "Billericay", "Shenfield", "Old Harlow")
SCHOOLS = (
    "Wherry Staithe Primary School",
    "Reedcutter's Row Academy",
    "St Withburga's Catholic Primary",
    "Dyke Drove Infant School",
    "Samphire Close Junior School",
    "Fen Lode High School",
    "Saltings Walk Day Nursery",
    "Oyster Creek Pupil Referral Unit",
)
SCHOOL_SHORT = ("Wherry Staithe", "Reedcutter's", "St Withburga's", "Fen Lode", "Saltings")
RELATIVES = ("nanna", "grandpop", "great-gran", "mummy", "stepdad", "mum's boyfriend", "auntie")
#: Dates of birth as typed (the tenth's ``_date`` fields), twelve forms.
BIRTH_FORMS = ("{d}.{mm}.{y}", "{d}/{m}/{yy}", "{mo} {d}, {y}", "{y}-{mm}-{dd}")
BIRTH_FORMS += ("{d}{th} of {mo} {y}", "{wd} the {d}{th} of {mo}", "{dd}-{mon}-{y}")
BIRTH_FORMS += ("{dd}.{mm}.{yy}", "{mon} {d}{th} {y}", "{d} {mo}, {y}", "{dd} {mm} {y}")
BIRTH_FORMS += ("{m}/{d}/{y}",)
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {dd}/{mm}", "{d}{th} {mon} {y}", "{dd}.{mm}.{y}")
WHEN_FORMS += ("{wd} {d} {mon}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "The harbour master found {f} {l} hiding in a fishing boat's hold at 6am.",
    "Beach lifeguard says {f} {l}, 10, is left on the sand all day with no food or water.",
    "Broads cruiser hire staff: {g} {h} left {f} and {k} aboard while drinking in the pub.",
    "Amusement arcade manager says {f} {l} spends every night there and will not go home.",
    "The pier ticket seller saw {g} {h} slap {f} hard across the face at the turnstile.",
    "Sugar beet haulier saw {f} {l} walking the A47 verge alone at midnight.",
    "Fruit picking gangmaster says {g} {h} brings {f}, aged 12, to work the fields.",
    "Caravan park warden: {f} {l} and {g} have lived in a static van out of season.",
    "Railway ticket office clerk says {f} {l} travels to London alone most weekends.",
    "The bowls club steward found {f} {l} sleeping in the green keeper's shed.",
    "Seal trip boatman saw {g} {h} hold {f}'s head over the side as a punishment.",
    "Ice rink attendant noticed bruises shaped like a belt on {f} {l}'s legs.",
    "The pick-your-own farm shop says {g} {h} sends {f} to steal from the tills.",
    "Go-kart track marshal: {f} {l}, 14, arrives each Saturday in a car with two men.",
    "Hairdresser found head lice and sores on {f} {l} and says {g} never washes her.",
    "Lifeboat station volunteer says {f} {l} told him {g} locks her in the coal bunker.",
    "Farm shop butcher saw {g} {h} drag {f} across the car park by one arm.",
    "Park run marshal says {f} {l} is there every week in pyjamas and no shoes.",
    "Bingo hall caller: {g} {h} leaves baby {f} in the pram in the foyer all evening.",
    "The takeaway delivery driver saw {f} {l}, alone, at the window of the flat at 1am.",
    "Marina security found {f} {l}, 13, drunk on a yacht with a man of about forty.",
    "Cathedral verger says {f} {l} and {k} beg by the west door most afternoons.",
    "Riding school owner: {g} {h} refuses to take {f} to hospital after a fall.",
    "Leisure centre lifeguard saw fresh cigarette burns on {f} {l}'s shoulders.",
    "Key cutter says {g} {h} had a lock fitted to the outside of {f}'s bedroom.",
    "The launderette owner says {f} {l} washes the family's clothes alone every night.",
    "Car boot sale organiser saw {g} {h} try to sell {f}'s prescribed tablets.",
    "{f} {l} told the riding instructor that {g} makes her sleep in the shed.",
    "Bowling alley staff say {f} {l} is dropped off at ten and collected at midnight.",
    "Petrol station night cashier: {g} {h} leaves {f} in the car for hours.",
)
NAME_LOWER = (
    "harbour master worried re {fl} {ll} again",
    "{fl} {ll} at the arcade past midnight",
    "{gl} {hl} shouting at the pier, {fl} in tears",
    "lifeguard says {fl} {ll} looks underfed",
    "{ll} kids at the caravan park, no heating",
    "beet lorry driver asking about {fl} {ll}",
    "{fl} says {gl} sold the cooker",
    "rang {fl}'s {rel} - {gl} back on the drink",
    "{fl} {ll} missed riding, no answer at home",
    "nobody picked up {fl} or {k} from bowling",
    "{gl} {hl} threatening the cashier, {fl} in the car",
    "{fl} {ll} seen at the marina with older men",
    "verger flagged {fl} {ll} begging again",
    "launderette says {fl} there alone again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{ll}",
    "{l} brothers",
    "{f} ({age})",
    "{fi} {l}",
    "{f} & {k}",
    "baby {f}",
    "the {l} family",
    "{g} {h}'s girl",
    "{f} off the caravan park",
    "{l} {f}",
)
SIGN_OFF = (
    "pls dont say it was me\n{fl}",
    "Yours sincerely\n{g} {h}\n({f}'s {rel})",
    "cheers\n{g} (mum to {f} + {k})",
    "sorry for spelling\n{f} {l} year {year_group}",
    "Typed for {f} by her {rel}, {g} {h}",
    "Kind regards,\n{g} {l}\nspecial guardian",
    "from {f}'s {rel} {g}, at the end of my tether",
    "{f} {l}\n{age} yrs old",
    "Many thanks, {g} {h}, {f}'s foster carer",
)
NICKNAMES = ("Mothball", "Quackers", "Rumbletum", "Nutkin", "Porridge", "Radish", "Quaver")
NICKNAMES += ("Marzipan", "Rhubarb", "Meerkat", "Oatcake", "Pretzel", "Nougat", "Ravioli")
NICKNAME_TEXT = (
    "At the arcade everyone knows him only as {n}, and the staff wave him in.",
    "The men who pick her up outside the chip shop call her {n}.",
    "{f}'s {rel} shouted for {n} down the street when the police came.",
    "Her username on the game is {n}, which is how the stranger messaged her.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} ({l} boy)")
DOB_TEXT = (
    "DOB from the red book: {dob}",
    "dob - {dob}",
    "{g} gives {f}'s birthday as {dob}",
    "Date of birth (birth certificate) {dob}",
    "born {dob} in the bathroom, no midwife",
    "{f} {l} d.o.b. {dob}",
    "DOB {dob}, making her {age}",
    "birthday {dob} but school have a different date",
    "baby born {dob} at 31 weeks",
)
PHONE_TEXT = (
    "mum's mob {phone}",
    "{g} can be reached on {phone}",
    "{rel} gave her number as {phone}",
    "landline {phone}",
    "{f} called from {phone}",
    "boyfriend's mobile - {phone}",
)
NHS_TEXT = (
    "NHS no from the discharge letter {nhs}",
    "{f} - NHS {nhs}",
    "baby's NHS number {nhs}",
    "NHS # (GP record) {nhs}",
)
NI_TEXT = (
    "mum's NI number {ni}",
    "NI {ni} (stepdad)",
    "dad's national insurance {ni}",
    "NINO {ni} - nanna",
)
ADDRESS_TEXT = (
    "Family have moved to {street}, {town}",
    "address {street}, upstairs flat",
    "visited {street}, {town} - curtains shut, no reply",
    "{f} staying at her {rel}'s on {street}",
    "police at {street} four times this month",
    "evicted from {street}, now in a hostel in {town}",
)
POSTCODE_TEXT = ("postcode is {postcode}", "pc {postcode}", "now at {postcode}")
SCHOOL_TEXT = (
    "Pupil at {school}, year {year_group}",
    "Yr {year_group} at {school}; attendance 61%",
    "The DSL at {short} made the referral",
    "{f} started at {short} in September",
    "{f} attends {school} but has missed {n2} days",
)
EMAIL_TEXT = ("mum's email {e}", "{g} wrote from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li}, {street}",
    "{fi}{li} - {short} yr {year_group}",
    "Child of {postcode}",
    "{fi}{li} NHS no {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} dob {dob}",
    "Year {year_group} at {school}",
    "{l} triplets, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyfifth_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_EEAST = ("East of England Ambulance Service NHS Trust",)
_NORFOLK = {
    "council": ("Norfolk County Council children's services",),
    "police": ("Norfolk Constabulary",),
    "icb": ("NHS Norfolk and Waveney Integrated Care Board",),
    "ambulance": _EEAST,
    "trust": (
        "Norfolk and Norwich University Hospitals NHS Foundation Trust",
        "Norfolk Community Health and Care NHS Trust",
    ),
}
_CAMBS = {
    "council": ("Cambridgeshire County Council children's services",),
    "police": ("Cambridgeshire Constabulary",),
    "icb": ("NHS Cambridgeshire and Peterborough Integrated Care Board",),
    "ambulance": _EEAST,
    "trust": (
        "Cambridge University Hospitals NHS Foundation Trust",
        "Cambridgeshire Community Services NHS Trust",
    ),
}
_ESSEX = {
    "council": ("Essex County Council children's services",),
    "police": ("Essex Police",),
    "icb": ("NHS Mid and South Essex Integrated Care Board",),
    "ambulance": _EEAST,
    "trust": (
        "Mid and South Essex NHS Foundation Trust",
        "Essex Partnership University NHS Foundation Trust",
    ),
}

#: The twelve areas (none an earlier corpus file names): the district or borough council's
#: teams, the county's partners by their real names, and civic venues of the area. The
#: kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Broadland": _NORFOLK
    | _district("Broadland District Council")
    | {"venue": ("the Horizon Centre, Broadland Business Park", "Aylsham Town Hall")},
    "North Norfolk": _NORFOLK
    | _district("North Norfolk District Council")
    | {"venue": ("the Council Offices, Holt Road, Cromer", "Cromer Library")},
    "South Norfolk": _NORFOLK
    | _district("South Norfolk Council")
    | {"venue": ("Wymondham Library", "Diss Corn Hall")},
    "Great Yarmouth": _NORFOLK
    | _district("Great Yarmouth Borough Council")
    | {
        "trust": (
            "James Paget University Hospitals NHS Foundation Trust",
            "Norfolk and Suffolk NHS Foundation Trust",
        ),
        "venue": ("the Town Hall, Hall Plain, Great Yarmouth", "Great Yarmouth Library"),
    },
    "Huntingdonshire": _CAMBS
    | _district("Huntingdonshire District Council")
    | {
        "trust": (
            "North West Anglia NHS Foundation Trust",
            "Cambridgeshire and Peterborough NHS Foundation Trust",
        ),
        "venue": ("Pathfinder House, Huntingdon", "St Neots Library"),
    },
    "East Cambridgeshire": _CAMBS
    | _district("East Cambridgeshire District Council")
    | {"venue": ("the Grange, Nutholt Lane, Ely", "Ely Library")},
    "South Cambridgeshire": _CAMBS
    | _district("South Cambridgeshire District Council")
    | {"venue": ("South Cambridgeshire Hall, Cambourne", "Sawston Library")},
    "Rochford": _ESSEX
    | _district("Rochford District Council")
    | {"venue": ("the Council Offices, South Street, Rochford", "Rayleigh Library")},
    "Castle Point": _ESSEX
    | _district("Castle Point Borough Council")
    | {"venue": ("the Council Offices, Kiln Road, Thundersley", "Canvey Island Library")},
    "Basildon": _ESSEX
    | _district("Basildon Council")
    | {"venue": ("the Basildon Centre, St Martin's Square", "the Towngate Theatre, Basildon")},
    "Brentwood": _ESSEX
    | _district("Brentwood Borough Council")
    | {"venue": ("the Town Hall, Ingrave Road, Brentwood", "Brentwood Library")},
    "Harlow": _ESSEX
    | _district("Harlow Council")
    | {
        "icb": ("NHS Hertfordshire and West Essex Integrated Care Board",),
        "trust": (
            "The Princess Alexandra Hospital NHS Trust",
            "Essex Partnership University NHS Foundation Trust",
        ),
        "venue": ("the Civic Centre, the Water Gardens, Harlow", "the Harlow Playhouse"),
    },
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_NSCP = "Norfolk Safeguarding Children Partnership"
_CPSCP = "Cambridgeshire and Peterborough Safeguarding Children Partnership Board"
_ESCB = "Essex Safeguarding Children Board"
#: Each area's partnership as it styles itself.
SCP = {area: _NSCP for area in tuple(AREAS)[:4]}
SCP |= {area: _CPSCP for area in tuple(AREAS)[4:7]}
SCP |= {area: _ESCB for area in tuple(AREAS)[7:]}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 32-04", "LCSPR 31/09", "RR/30/17", "CSPR-32-11", "RR 31/44", "PLR 30-03")
AGE_BANDS = ("aged nine weeks", "under one", "aged three", "aged 13", "aged 15")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Staithe", "Wherry", "Fen", "Dyke", "Broad", "Saltmarsh", "Lode", "Reedbed")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_L = " The {role} will report back to the partners in {period}."
_E = "\n\nPlease reply to the partnership inbox by {date}.\n\nRegards,\nBusiness manager\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"{opening} in {{area}}. {{police}} and {{council}} held a strategy discussion, and "
        f"{{trust}} shared what it knew. The review for {{ref}} will look at {theme}.{_L}"
        for opening, theme in (
            (
                "Summary: a baby {age_band} was brought to hospital with a fractured arm",
                "how bruising in babies who do not move was recognised",
            ),
            (
                "Summary: a young person {age_band} went missing six times in a month",
                "how return home interviews were shared with schools",
            ),
            (
                "Summary: a child {age_band} was found alone in a flat for two days",
                "how neglect was noticed over time",
            ),
            (
                "Summary: a teenager {age_band} was groomed online by an adult",
                "how online harm was picked up by schools and the police",
            ),
            (
                "Summary: an infant {age_band} died suddenly after co-sleeping",
                "how safer sleep advice was given to both parents",
            ),
            (
                "Summary: a child {age_band} with a disability missed most health checks",
                "how was-not-brought policies worked across health",
            ),
            (
                "Summary: a young person {age_band} was arrested carrying drugs on a train",
                "how child criminal exploitation was recognised",
            ),
            (
                "Summary: a family with a child {age_band} was placed in temporary housing "
                "far from school",
                "how housing, schools and health shared information",
            ),
            (
                "Summary: a child {age_band} disclosed domestic abuse to a teacher",
                "how domestic abuse notifications reached schools",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Decision for {{ref}}: {decision} The three statutory partners, {{council}}, "
        f"{{police}} and {{icb}}, agreed this on {{date}} and the Panel will be told by "
        f"{{date2}}. The {{role}} will keep the {{scp}} executive informed."
        for decision in (
            "the criteria for a local child safeguarding practice review are met.",
            "no local review is needed, as the learning is already in the neglect strategy.",
            "a thematic review on {theme} will be carried out instead of a single review.",
            "the learning can be taken forward through an existing review in {area}.",
            "a local review will go ahead using a systems approach and a learning event.",
            "the partners recommend that the Panel consider a national review.",
            "a learning briefing will be written and no further review is needed.",
            "a local review is needed, focused on escalation between health and social care.",
            "the review will include adult mental health and substance misuse services.",
        )
    ),
    "minutes": tuple(
        f"{group}, {{room}}, {{venue}}, {{date}}\n"
        "Present: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"1. {item}\n2. Update on {{ref}} noted.\n3. Next meeting {{date2}} at {{time}}."
        for group, item in (
            ("Neglect strategy group", "Use of the graded care profile in {area} reviewed."),
            ("Exploitation subgroup", "Missing episodes in {area} discussed; figures {rag}."),
            ("Case review group", "Two new referrals from {area} considered."),
            ("Executive group", "Budget for {period} agreed by the three partners."),
            ("Quality assurance subgroup", "Multi-agency audit on {theme} presented."),
            ("Learning and development subgroup", "Feedback on {course} was positive."),
            ("Child death overview liaison", "Safer sleep learning from {area} shared."),
            ("Education safeguarding group", "Attendance of children in {area} reviewed."),
            ("Health safeguarding forum", "Was-not-brought audit for {area} discussed."),
            ("Performance subgroup", "Dashboard for {period} agreed; two measures {rag}."),
        )
    ),
    "partner_email": tuple(
        f"Dear colleagues,\n\n{body}{_E}"
        for body in (
            "The final report for {ref} has been agreed by the partners and will go to the "
            "Panel and the Department for Education before publication in {period}.",
            "Please send each agency's chronology for rapid review {ref}. The meeting is on "
            "{date2} at {time} at {venue}.",
            "The action log for {ref} is attached. Actions sit with {council}, {police} and "
            "{trust}; updates are due before the executive meets.",
            "The scrutineer would like to meet {council}, {police} and {icb} during {period} "
            "to look at rapid reviews in {area}.",
            "The Panel has replied on {ref} and asks the review to look closely at {theme} "
            "and at the part played by the {district}.",
            'Places are open for "{course}" at {venue}, {time} to {time2}, for staff from '
            "{council}, {police}, health and the district councils.",
            "{ambulance} will send a paramedic and its safeguarding lead to the practitioner "
            "event for {ref} at {venue}.",
            "For {ref}, the reviewer would like to understand how the {district} places "
            "families with babies in temporary housing.",
            "The designated nurse at {icb} will chair the health task and finish group on "
            "{theme}; please nominate one person from {trust}.",
            "Notification to the Panel for the incident in {area} must go within five "
            "working days. Could {police} and {trust} confirm their involvement?",
            "Thank you for the chronology from {council} for {ref}. Could you say whether "
            "health took part in the strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: the reviewer's first findings were shared with the panel on "
        "{date}. They point to delays in recognising neglect in {area}, high caseloads in "
        "health visiting at {trust} and a lack of curiosity about adults in the home. "
        "{council} will respond in writing." + _L,
        "Local review {ref}: practitioners from {police}, {trust} and the {district} met the "
        "reviewer at {venue} on {date}. They described frequent changes of worker and doubt "
        "about who held the lead role. The reviewer will test these themes with managers." + _L,
        "Local review {ref}: the panel agreed the lines of enquiry on {date}: the voice of "
        "the child, the move between districts, how {icb} commissioned health visiting and "
        "how escalation worked between agencies in {scp}." + _L,
        "Local review {ref}: the independent reviewer has met staff from {council} and "
        "{trust}. A draft is due in {period}, with findings on {theme} and on how agencies "
        "in {area} worked with fathers and male carers. The family has been invited to meet "
        "the reviewer.",
        "Local review {ref}: learning event set for {date} at {venue}.",
        "Local review {ref}: terms of reference signed off on {date}.",
        "Reviewer for {ref} appointed; first panel meeting {date2}.",
        "Local review {ref}: the family chose not to take part.",
        "Local review {ref} paused while the inquest is pending.",
    ),
    "chronology": (
        "{date}: health visitor referral to the front door.",
        "{date}: {police} called to a disturbance; two children present.",
        "{date}: strategy meeting; section 47 enquiries started.",
        "{date}: {ambulance} conveyed the child to {trust}.",
        "{date}: the {district} offered temporary accommodation.",
        "{date}: child protection conference; plan under neglect.",
        "{date}: new birth visit completed; no concerns recorded.",
        "{date}: appointment at {trust} missed; letter to the GP.",
        "{date}: early help closed after the family declined support.",
        "{date}: social worker from {council} saw the child alone.",
        "{date} and {date2}: missing episodes reported to {police}.",
        "{date}: attendance under 75%; education welfare visit.",
    ),
    "checklist": (
        "All agency chronologies in: yes.",
        "Panel told within five working days: yes, {date}.",
        "Letter to the family about the review sent {date}.",
        "Child's views: to be sought by {date2}.",
        "Independent reviewer confirmed: yes.",
        "Partners' sign-off of the terms of reference: awaited.",
        "Information from {trust} included: yes.",
        "Information from the {district} included: yes.",
        "Coroner informed: yes, on {date}.",
        "Disclosure agreed with {police}: yes.",
        "Seven-minute briefing drafted: no.",
        "Rapid review to the Panel in 15 working days: yes.",
    ),
    "notice": (
        "Case review group: {date}, {time}, {room}, {venue}.",
        "Learning event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} annual conference, {venue}, {date}.",
        "Executive group now on {date} at {time}, {room}.",
        "DSL network meeting: {date}, {venue}, {time}.",
        'Lunch and learn: "{course}", {date}, {time}.',
        "Early years drop-in at {venue} on {date}.",
        "Launch of the neglect strategy, {room}, {venue}, {date}.",
        "Performance subgroup off on {date}; next {date2}.",
        "Audit day, {date}, {room}, {venue}.",
        "Youth forum, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for case review group pinned above",
        "anyone had the chronology from {trust} for {ref} yet?",
        "booked the room at {venue} for {date}",
        "reminder - Panel notification due today",
        "{district} can't make {time}, does {time2} work?",
        "ToR draft on Teams, comments by {date} please",
        "thanks all for today, notes to follow",
        "{police} lead confirmed for the RR",
        "{period} training dates now on the website",
        "does {ref} go to exec before the Panel?",
        "scrutineer report saved in the shared drive",
        "who's chairing on {date}?",
        "learning briefing template anyone?",
        "{icb} nurse joining the {time} call online",
    ),
    "panel": (
        "Panel letter on {ref} received {date}; decision agreed.",
        "Notification for {ref} sent to the Panel on {date}.",
        "Panel wants the rapid review by {date2}.",
        "Panel feedback: clear analysis and well-evidenced learning.",
        "No national review of {ref}, says the Panel.",
        "Rapid review for {ref} sent to the Panel and Ofsted.",
        "Panel asked about the timeline; answered {date}.",
        "Final report for {ref} to the Panel on {date}.",
        "Panel extension for {ref} agreed to {date2}.",
        "The Panel's annual report circulated to partners.",
    ),
    "publication": (
        "Report for {ref} to publish on {date}.",
        "Publication on hold until the trial ends.",
        "Executive summary only to be published, agreed {date}.",
        "Family told the publication date.",
        "Press lines agreed with the {council} press office.",
        "Report on the {scp} website from {date}.",
        "Seven-minute briefing published alongside.",
        "Publication moved to {date2} at the coroner's request.",
        "Report removed after twelve months, as agreed.",
        "Publication plan sent to the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed appointments by {date}.",
        "Action 2: {council} to record household members at every visit.",
        "Action: {police} to send domestic abuse notifications to schools by 9am.",
        "Action: {icb} to fund safer sleep training for midwives.",
        "Action 3: joint training on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding prompt at handover.",
        "Action: the {district} to tell health when families move out of area.",
        "Action 4 done: escalation policy reissued {date}.",
        "Action 5: the {role} to report progress to the executive.",
        "Plan for {period}: 10 actions, 6 complete, 4 {rag}.",
        "Action: partners to use the joint chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed when the tenancy began.",
        "{district}: homelessness application logged {date}.",
        "Two officers from the {district} will attend the learning event.",
        "The {district} has been briefed on {ref}.",
        "Housing officers in {area} to complete {course} by {date}.",
        "Broadland District Council and Norfolk Constabulary looked at anti-social "
        "behaviour reports from Sprowston.",
        "North Norfolk District Council housing staff met Norfolk Community Health and "
        "Care NHS Trust health visitors in Cromer.",
        "South Norfolk Council and Norfolk and Norwich University Hospitals NHS Foundation "
        "Trust agreed a discharge route for families in Wymondham.",
        "Great Yarmouth Borough Council and James Paget University Hospitals NHS "
        "Foundation Trust discussed families placed in Gorleston.",
        "Huntingdonshire District Council and North West Anglia NHS Foundation Trust "
        "agreed how midwives hear of families moving to St Neots.",
        "East Cambridgeshire District Council community safety team met youth workers in Soham.",
        "South Cambridgeshire District Council housing staff briefed Cambridgeshire "
        "Community Services NHS Trust school nurses in Cambourne.",
        "Rochford District Council and Essex Police reviewed the youth offer in Rayleigh.",
        "Castle Point Borough Council and Mid and South Essex NHS Foundation Trust agreed "
        "a contact route for families on Canvey Island.",
        "Basildon Council community safety team met Essex Police about exploitation near "
        "the town centre.",
        "Brentwood Borough Council and Essex Partnership University NHS Foundation Trust "
        "discussed young carers in Shenfield.",
        "Harlow Council and The Princess Alexandra Hospital NHS Trust agreed how to share "
        "discharge plans for babies.",
    ),
    "training": (
        'E-learning "{course}" is now live.',
        "Training needs survey closes {date}.",
        "Induction for new members on {date} at {venue}.",
        "{course}: places left for {period}.",
        "Trainer pool, {room}, {date}.",
        "Evaluation of the {theme} course shows more confidence.",
        "Designated leads' refresher due in {period}.",
        "Norfolk Safeguarding Children Partnership ran a neglect course in Aylsham.",
        "Cambridgeshire and Peterborough Safeguarding Children Partnership Board trained "
        "Huntingdonshire youth workers in Huntingdon.",
        "Essex Safeguarding Children Board ran a session on exploitation in Basildon.",
        "East of England Ambulance Service NHS Trust crews in Great Yarmouth completed "
        "level 3 training.",
        "Norfolk and Suffolk NHS Foundation Trust staff joined a course on parental mental health.",
        "Cambridgeshire and Peterborough NHS Foundation Trust and Cambridgeshire "
        "Constabulary held a session on self-harm.",
        "NHS Hertfordshire and West Essex Integrated Care Board and Essex County Council "
        "children's services planned audits in Harlow.",
        "NHS Norfolk and Waveney Integrated Care Board refreshed the safer sleep training.",
        "Cambridge University Hospitals NHS Foundation Trust ran a bruising protocol "
        "session in Ely.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child Q", "Child LN", "Infant W", "Baby T", "Young Person G", "Sibling 3"),
    *("Sibling 1", "Unborn Baby R", "HD", "T.K.", "Child C and Child D", "Staithe"),
    *("Wherry", "Fen", "Dyke", "Broad", "Saltmarsh", "Lode", "Reedbed", "Child Y"),
    *("Infant MB", "Baby PS", "Young Person U", "NW", "J", "Child A", "Sibling X"),
    *("R.D.", "Baby A and Baby B", "Child VE", "Young Person KS", "FT", "Infant L"),
    "Unborn Child N",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtysecond-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
