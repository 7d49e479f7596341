"""A thirty-ninth held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtyninth_names.json``, a seeded snapshot (seed ``thirtyninth-<country>``)
  from names-dataset 3.3.1 (Apache-2.0), from two Latin-script country tables that no
  earlier snapshot holds at all (checked against the ``people`` keys of every
  ``*_names.json`` in ``tests/support``): Honduras (``HN``) and Turkmenistan (``TM``).
  Of the tables the brief offered, Trinidad and Tobago, Paraguay, Nicaragua and the
  Dominican Republic are not in names-dataset, and El Salvador (``SV``) was tried and
  dropped, as nearly all of its draw read as pet forms, typos and names run together
  (``Bebesithap``, ``Josesitho``, ``Vasquezpocasangre``); Turkmenistan, whose table is
  written in Latin letters, stands in. Surnames come from ranks 10-299 and first names from
  ranks 5-149 of each table (``RANKS``, ``FIRST_RANKS``), women and men in turn, through
  the tenth's ``dataset_people``: one capitalised word of plain letters, three or more, a
  first name not in the country's surname table, in no earlier snapshot (``EARLIER``, every
  ``*_names.json`` before this one) nor drawn already. Every draw was read by hand: entries
  that read as words (``Clasificados``, ``Colocha``, ``Coleccion``, ``Catracho``), places
  (``Comayagua``, ``Choluteca``, ``Morazan``, ``Cerritos``), pet forms (``Colochita``,
  ``Karnalito``, ``Xaparrita``), typos (``Ewdin``, ``Dublas``, ``Garrcia``, ``Velsquez``),
  names run together (``Jorgealberto``) or names in the wrong column (``Yolani``,
  ``Pineda``, ``Borjas``) were left out (``NOT_NAMES``) and drawn again once; in the second
  draw the people with such a word (``DROPPED``) were left out without drawing again, which
  keeps 55 of the 84 drawn (``DATASET_DRAWN`` counts the draw, ``DRAWN`` what is kept).
  Turkmen surnames are kept as the table spells them (``-ow`` and ``-ov`` both), and a few
  pair a man's first name with a woman's surname form. Regenerate with ``uv venv
  /tmp/regen39 && uv pip install -p /tmp/regen39 names-dataset==3.3.1 && PYTHONPATH=.
  /tmp/regen39/bin/python -m tests.support.thirtyninth_corpus``; names-dataset is not a
  dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (dishes, sweets, one animal and one
  bear), each starting with a letter from M to Z, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a salt museum guide, a silk mill tour guide, a cheese stall holder, a polo
  groom, a golf caddie, a riding school instructor, a dog groomer, a nail technician, a
  barber, an ice cream van driver, a car wash attendant, a vet nurse, a pharmacy counter
  assistant, a charity shop volunteer, a bingo caller, a crazy golf attendant, a
  trampoline park marshal, a hotel night porter, a piano teacher, a chess club organiser, a
  park ranger, a school crossing patrol, a caravan park warden, a petrol station cashier, a
  cinema usher...), in lower case and in sign-offs; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on invented streets
  (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers; invented
  schools and a short stay school (``SCHOOLS``); email addresses; written out by the
  twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve Cheshire towns
  no earlier corpus file names (``AREAS``, each checked by grepping ``tests/support``):
  Nantwich, Knutsford, Alsager, Middlewich, Wilmslow, Poynton, Congleton and Holmes Chapel
  (Cheshire East Council) and Frodsham, Neston, Tarporley and Helsby (Cheshire West and
  Chester Council); Helsby is the town of my choice. Partners: each council's children's
  services and its housing options and community safety teams, Cheshire Constabulary, NHS
  trusts, NHS Cheshire and Merseyside Integrated Care Board, North West Ambulance Service
  NHS Trust and each partnership (``SCP``). Checked with the ``search`` tool: the names
  Cheshire East Safeguarding Children's Partnership and Cheshire West and Chester
  Safeguarding Children Partnership, and the Canalside Conference Centre, Middlewich. The
  trusts (Mid Cheshire Hospitals, East Cheshire, Cheshire and Wirral Partnership, the
  Countess of Chester Hospital), the ICB, the ambulance service and the other venues were
  written from memory and not checked one by one: the libraries of each town, Nantwich
  Civic Hall, Knutsford and Alsager Leisure Centres, Wilmslow and Poynton Leisure Centres,
  Congleton War Memorial Hospital, Holmes Chapel Community Centre, Frodsham Leisure Centre,
  Neston Recreation Centre, Tarporley War Memorial Hospital and Tarporley Community Centre,
  Leighton Hospital (Crewe), Macclesfield District General Hospital, the Countess of
  Chester Hospital, Westfields (Sandbach) and Wyvern House (Winsford) in particular may be
  named differently, have moved or closed. Venues are council offices, libraries, leisure
  and community centres and hospitals, never a person's address. People are named only by
  role; roles, themes, courses, rooms, times and periods are the twenty-first's, through
  the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``names-dataset-<country>``, those naming a nickname ``hand-nicknames``, the rest
  ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of Cheshire's salt
  works, silk mills and sandstone ridge that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtyeighth_corpus,
    thirtyseventh_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import (
    assembled,
    birth_values,
    snapshot_people,
    table_entry_ok,
)
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("thirtyninth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0)"
SEED = "thirtyninth-<country>"
#: Every earlier snapshot: the thirty-eighth's list and the thirty-eighth's own.
EARLIER = tuple(dict.fromkeys((*thirtyeighth_corpus.EARLIER, "thirtyeighth_names.json")))
#: Surname and first-name ranks (the tables are new to the corpora, so any ranks do).
RANKS = (10, 300)
FIRST_RANKS = (5, 150)
#: Honduras and Turkmenistan: Latin-script tables no snapshot holds (El Salvador, tried
#: first, was dropped: nearly all of its draw read as pet forms and typos).
DATASET_DRAWN = (("HN", 48), ("TM", 36))
ASCII_ONLY = frozenset(c for c, _ in DATASET_DRAWN)
NOT_NAMES = frozenset(
    {
        *("Comayagua", "Clasificados", "Colocha", "Choluteca", "Colochita", "Karnalito"),
        *("Rribera", "Eddyl", "Dublas", "Kintania", "Yeyco", "Ewdin", "Valderramos"),
        *("Cequeira", "Portio", "Argeta", "Bajurto", "Arqueta", "Albarenga", "Entor"),
    }
)
#: How many people of each table the snapshot keeps.
DRAWN = (("HN", 19), ("TM", 36))
ROMANISED: tuple[str, ...] = ()
DROPPED = frozenset(
    {
        *("Velsquez", "Yolani", "Jorgealberto", "Cerritos", "Trancito", "Enrriques"),
        *("Masariegoz", "Fabrycio", "Vilder", "Araseli", "Guardado", "Maiguel", "Garrcia"),
        *("Parchmont", "Catracho", "Dottori", "Yolibet", "Borjas", "Troches", "Pineda"),
        *("Maudalena", "Ochoaa", "Xaparrita", "Colocho", "Estreita", "Coleccion", "Nobes"),
        *("Rigobertho", "Castron"),
    }
)


def _usable(name: str, country: str) -> bool:
    """A names-dataset entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw names-dataset's people, leave out ``DROPPED`` and write (the thirty-seventh's
    ``regenerate_table_names``)."""
    thirtyseventh_corpus.regenerate_table_names(sys.modules[__name__])


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Brinepan Lane", "Silkthrowers Row", "Saltbarge Walk", "Wychhouse Close")
STREETS += ("Cheesefactor Yard", "Ropewalk Terrace", "Sandstone Ridge Mews", "Packhorse Rise")
TOWNS = ("Nantwich", "Knutsford", "Alsager", "Middlewich", "Wilmslow", "Poynton")
TOWNS += ("Congleton", "Holmes Chapel", "Frodsham", "Neston", "Tarporley", "Helsby")
TOWNS += ("Handforth", "Parkgate")
SCHOOLS = (
    "Brinepan Lane Primary School",
    "Silkthrowers Row Church of England Academy",
    "St Plegmund's Catholic Primary",
    "Saltbarge Walk Infant School",
    "Wychhouse Close Junior School",
    "Ropewalk Terrace High School",
    "Packhorse Rise Nursery School",
    "Cheesefactor Yard Short Stay School",
)
SCHOOL_SHORT = ("Brinepan", "Silkthrowers", "St Plegmund's", "Ropewalk", "Wychhouse")
RELATIVES = ("nan", "step-dad", "auntie", "granddad", "mum's boyfriend", "older cousin")
RELATIVES += ("stepsister",)
#: Twelve ways a date of birth gets typed, in the tenth's ``_date`` fields.
BIRTH_FORMS = ("{dd}/{mm}/{y}", "{d}.{m}.{yy}", "{mo} {d}, {y}", "{y}-{m}-{d}")
BIRTH_FORMS += ("{wd} {d} {mon} {y}", "{d}{th} {mon} {y}", "{dd} {mo} {y}")
BIRTH_FORMS += ("{d}/{mm}/{yy}", "{mon} {d} {y}", "the {d}{th} of {mo}, {y}", "{dd}{mm}{y}")
BIRTH_FORMS += ("{d} {mo}. {yy}",)
WHEN_FORMS = ("{wd} {d} {mo}", "{d} {mo} {y}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{d} {mon} {y}",)

#: Birth years 2011-2028 (ages 0-17), to sit with the 2027-2029 dates of the benign side.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "A guide at the salt museum says {f} {l}, 10, comes in every day to get warm.",
    "Silk mill tour guide saw {g} {h} drag {f} up the stairs by the hair.",
    "The cheese stall holder says {f} {l} begs for the broken rinds at closing time.",
    "Polo groom found {f} {l} asleep in the tack room on a Sunday morning.",
    "Golf caddie says {g} {h} makes {f} carry the bag all day in the heat.",
    "Riding school instructor saw a bite mark on {f} {l}'s wrist.",
    "Dog groomer: {f} {l} said {g} puts them in the dog crate when visitors come.",
    "Nail technician says {g} {h} brings {f}, 11, in with a split lip most weeks.",
    "The barber was told by {f} {l} that {g} shaved their head as a punishment.",
    "Ice cream van driver sees {f} {l} out alone on the estate past midnight.",
    "Car wash attendant says {f} {l}, 13, works the jet wash for {g} on school days.",
    "Vet nurse heard {g} {h} threaten to drown {f} like the kittens.",
    "Pharmacy counter assistant: {g} {h} buys sleeping tablets and says they are for {f}.",
    "Charity shop volunteer says {f} {l} comes in without a coat and {g} is never with them.",
    "The bingo caller says {g} {h} leaves {f} and {k} in the car park till the last game.",
    "Crazy golf attendant saw {g} {h} kick {f} to the ground by the windmill.",
    "Trampoline park marshal says {f} {l} was collected by a man who was not {g}.",
    "Hotel night porter found {f} {l}, 14, in a room booked by two older men.",
    "Piano teacher says {f} {l} flinches whenever {g} comes to collect them.",
    "Chess club organiser: {f} {l} told him {g} locks the fridge at night.",
    "The park ranger found {f} {l} sleeping in the bird hide in January.",
    "School crossing patrol says {g} {h} smells of drink at the crossing each morning.",
    "Caravan park warden: {g} {h} left {f}, 4, alone in the static for two days.",
    "Petrol station cashier saw {f} {l} handed a parcel by a lad on a moped.",
    "Cinema usher says {f} {l} is dropped at the late film and nobody picks them up.",
    "{f} {l} told the lifeguard that {g} burns them with a lighter.",
)
NAME_LOWER = (
    "salt museum lady says {fl} {ll} in again on her own",
    "{fl} {ll} sleeping in the tack room",
    "{gl} {hl} shouting at {fl} outside the bingo",
    "dog groomer worried about {fl} {ll} and the crate",
    "the {ll} kids on the estate at 1am again",
    "{fl} told the barber about the head shave",
    "called {fl}'s {rel} - {gl} has gone off with the car",
    "{fl} {ll} not at piano, phone off",
    "no-one collected {fl} or {k} from the trampoline park",
    "{gl} {hl} slapped {fl} at the crazy golf",
    "{fl} {ll} getting parcels at the petrol station",
    "porter rang re {fl} {ll} at the hotel",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{l}",
    "{l} brothers",
    "{f}, age {age}",
    "{fi}. {l}",
    "{f} & {k}",
    "baby {f}",
    "the {l} girls",
    "{g} {h}'s youngest",
    "{f} from the caravan park",
    "{l} {f}",
)
SIGN_OFF = (
    "please dont say its me\n{fl}",
    "Kind regards\n{g} {h}\n({f}'s {rel})",
    "thanks\n{g} (mum to {f} & {k})",
    "sorry for the spelling\n{f} {l} year {year_group}",
    "Typed for {f} by their {rel}, {g} {h}",
    "Yours faithfully,\n{g} {l}\nspecial guardian",
    "{g}, {f}'s {rel}. Ring after school",
    "{f} {l}\nage {age}",
    "Many thanks, {g} {h} (carer for {f})",
)
NICKNAMES = ("Mochi", "Minty", "Nacho", "Paprika", "Pesto", "Pudsey", "Risotto", "Samosa")
NICKNAMES += ("Tiramisu", "Walrus")
NICKNAME_TEXT = (
    "The lads at the skate park call her {n} and send her to buy their cigarettes.",
    "Round the caravan site he is {n} to everyone, and the older men shout it from the vans.",
    "{f}'s {rel} was screaming {n} down the high street when the officers came.",
    "She is {n} on the gaming app, and that is the name the man at the bus station used.",
)
NICKNAME_PSEUDONYM = ("{n}", "baby {n}", "{n} {li}", "{n} (the {l} girl)")
DOB_TEXT = (
    "DOB per the birth certificate: {dob}",
    "dob {dob}",
    "{g} gave {f}'s birthday as {dob}",
    "Date of birth on the school record {dob}",
    "born {dob} in the car on the way to Leighton",
    "{f} {l}, born {dob}",
    "d.o.b. {dob}, which makes {age}",
    "{rel} says born {dob} but the GP has another date",
    "born {dob}, 31 weeks, six weeks in neonatal",
)
PHONE_TEXT = (
    "mum's mobile is {phone}",
    "{g} can be reached on {phone}",
    "{rel}'s mobile {phone}",
    "landline {phone}",
    "{f} called from {phone}",
    "step-dad's number: {phone}",
)
NHS_TEXT = (
    "NHS number from the A&E letter {nhs}",
    "NHS no. for {f}: {nhs}",
    "baby's NHS number {nhs}",
    "NHS number (EMIS) {nhs}",
)
NI_TEXT = (
    "mum's NI number {ni}",
    "national insurance no {ni} (step-dad)",
    "dad's NINO {ni}",
    "NI no for nan {ni}",
)
ADDRESS_TEXT = (
    "The family have moved to {street}, {town}",
    "address is {street}, top flat",
    "visited {street}, {town} - curtains shut, no reply",
    "{f} staying at a {rel}'s on {street}",
    "police called to {street} five times this year",
    "left {street}, now in a hostel in {town}",
)
POSTCODE_TEXT = ("postcode: {postcode}", "pc {postcode}", "postcode now {postcode}")
SCHOOL_TEXT = (
    "Pupil at {school}, year {year_group}",
    "Yr {year_group} at {school}; attendance 62%",
    "The SENCo at {short} made the referral",
    "{f} started at {short} in September",
    "{f} is on roll at {school} but has missed {n2} days",
)
EMAIL_TEXT = ("mum's email {e}", "{g} emailed from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} (DOB {dob})",
    "{fi}{li} of {street}",
    "{fi}{li}, {short}, year {year_group}",
    "Child living at {postcode}",
    "{fi}{li}, NHS no {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} DOB {dob}",
    "Year {year_group}, {school}",
    "the {l} triplets, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_NWAS = ("North West Ambulance Service NHS Trust",)
_MCHFT = "Mid Cheshire Hospitals NHS Foundation Trust"
_ECT = "East Cheshire NHS Trust"
_CWP = "Cheshire and Wirral Partnership NHS Foundation Trust"
_COCH = "Countess of Chester Hospital NHS Foundation Trust"
_CHESHIRE = {
    "police": ("Cheshire Constabulary",),
    "icb": ("NHS Cheshire and Merseyside Integrated Care Board",),
    "ambulance": _NWAS,
}
#: Cheshire East's partners, the south of the borough with Leighton Hospital's trust and the
#: north with Macclesfield's.
_EAST = _CHESHIRE | {"council": ("Cheshire East Council children's services",)}
_EAST |= _district("Cheshire East Council")
_SOUTH_EAST = _EAST | {"trust": (_MCHFT, _CWP)}
_NORTH_EAST = _EAST | {"trust": (_ECT, _CWP)}
_WEST = _CHESHIRE | {"council": ("Cheshire West and Chester Council children's services",)}
_WEST |= _district("Cheshire West and Chester Council") | {"trust": (_COCH, _CWP)}
_TARPORLEY = _WEST | {"trust": (_MCHFT, _COCH, _CWP)}

#: The twelve areas, Cheshire towns no earlier corpus file names (eleven of the brief's, and
#: Helsby, of my choice): the unitary council's teams, the county's partners by their real
#: names, and two civic venues of the town or its council (libraries, hospitals, council
#: offices, leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Nantwich": _SOUTH_EAST | {"venue": ("Nantwich Library", "Nantwich Civic Hall")},
    "Knutsford": _NORTH_EAST | {"venue": ("Knutsford Library", "Knutsford Leisure Centre")},
    "Alsager": _SOUTH_EAST | {"venue": ("Alsager Library", "Alsager Leisure Centre")},
    "Middlewich": _SOUTH_EAST
    | {"venue": ("Middlewich Library", "the Canalside Conference Centre, Middlewich")},
    "Wilmslow": _NORTH_EAST | {"venue": ("Wilmslow Library", "Wilmslow Leisure Centre")},
    "Poynton": _NORTH_EAST
    | {"venue": ("Poynton Library", "Macclesfield District General Hospital")},
    "Congleton": _NORTH_EAST | {"venue": ("Congleton Library", "Congleton War Memorial Hospital")},
    "Holmes Chapel": _SOUTH_EAST
    | {"venue": ("Holmes Chapel Community Centre", "Westfields, Middlewich Road, Sandbach")},
    "Frodsham": _WEST | {"venue": ("Frodsham Library", "Frodsham Leisure Centre")},
    "Neston": _WEST | {"venue": ("Neston Library", "Neston Recreation Centre")},
    "Tarporley": _TARPORLEY
    | {"venue": ("Tarporley Community Centre", "Tarporley War Memorial Hospital")},
    "Helsby": _WEST | {"venue": ("the Countess of Chester Hospital", "Wyvern House, Winsford")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_EAST_SCP = "Cheshire East Safeguarding Children's Partnership"
_WEST_SCP = "Cheshire West and Chester Safeguarding Children Partnership"
#: Each area's partnership as it styles itself.
SCP = {
    area: _WEST_SCP if area in ("Frodsham", "Neston", "Tarporley", "Helsby") else _EAST_SCP
    for area in AREAS
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 39-02", "LCSPR 39/05", "RR/39/13", "CSPR-39-08", "RR 38/21", "PLR 39-03")
AGE_BANDS = ("aged ten weeks", "under one", "aged three", "aged 12", "aged 15")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Saltworks", "Brine", "Silkmill", "Flashes", "Gritstone", "Sandstone", "Viaduct")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_W = " The {role} will bring an update to the partners in {period}."
_R = (
    "\n\nPlease reply to the business unit by {date}.\n\nKind regards,\n"
    "Partnership business unit\n{scp}"
)
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case summary for {{area}}: {event}. {{council}} convened a strategy discussion "
        f"with {{police}} within hours, and {{trust}} shared its records. Review {{ref}} "
        f"will look at {question}.{_W}"
        for event, question in (
            (
                "an infant {age_band} was brought to the emergency department with bruising "
                "to both ears",
                "whether earlier minor injuries were seen as a pattern",
            ),
            (
                "a girl of 14 was found in a car with two adults far from home at 3am",
                "how her repeated missing episodes were risk assessed",
            ),
            (
                "a child {age_band} was left alone at home for most of a week",
                "how the nursery, the GP and early help shared what they saw",
            ),
            (
                "a boy of 13 was groomed through a video game chat by an adult",
                "how the school and the police responded to his first disclosure",
            ),
            (
                "a baby {age_band} died after co-sleeping in an adult bed",
                "how safer sleep advice was given to both parents and the wider family",
            ),
            (
                "a disabled child {age_band} missed a year of physiotherapy and clinic visits",
                "how was not brought was followed up across health services",
            ),
            (
                "a 16-year-old was found with a blade and class A drugs at a railway station",
                "how agencies understood the risk from older peers",
            ),
            (
                "a family with a child {age_band} was moved four times by two councils",
                "how records and plans moved with the family",
            ),
            (
                "a child {age_band} told a lunchtime supervisor about shouting and broken plates",
                "whether police notifications of domestic abuse reached school promptly",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review outcome, {{ref}}: {outcome} The safeguarding partners "
        f"({{council}}, {{police}} and the integrated care board) agreed this on {{date}}, "
        f"and the report goes to the national Panel by {{date2}}. The {{role}} will brief "
        f"the {{scp}}."
        for outcome in (
            "the criteria for a local child safeguarding practice review are met.",
            "a local review is not needed, as the learning is already known and in hand.",
            "the case will feed into a thematic review of {theme} across the borough.",
            "the learning will be folded into the review already running in {area}.",
            "the partners will ask the Panel whether a national review is warranted.",
            "a seven-minute briefing will be written instead of a full review.",
            "a local review will focus on escalation between health and schools.",
            "the decision on a review will wait until the police investigation ends.",
        )
    ),
    "minutes": tuple(
        f"{group}, {{room}}, {{venue}}, {{date}}\n"
        "Present: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"Item 1: {item}\nItem 2: actions from {{ref}} reviewed.\nItem 3: next meeting "
        "{date2} at {time2}."
        for group, item in (
            ("Child exploitation subgroup", "Missing from home figures for {area}, {rag}."),
            ("Case review subgroup", "Three new rapid review notifications from {area}."),
            ("Quality assurance subgroup", "Audit findings on {theme} presented."),
            ("Executive board", "Partner contributions for {period} confirmed."),
            ("Learning and development subgroup", "Feedback on {course} discussed."),
            ("Child death overview liaison", "Sudden infant deaths in {area} reviewed."),
            ("Education safeguarding group", "Children missing education in {area}."),
            ("Named and designated professionals", "Was not brought audit for {area}."),
            ("Performance group", "Dataset for {period}; two indicators {rag}."),
            ("Neglect task group", "Take-up of the neglect toolkit in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Hello all,\n\n{body}{_R}"
        for body in (
            "The partners have signed off the final report for {ref}. It goes to the Panel "
            "and to the Department for Education before it is published.",
            "Please send your agency's chronology for rapid review {ref}. We meet on {date2} "
            "at {time}, {room}, {venue}.",
            "The action plan for {ref} is attached. Leads are {council}, {police} and "
            "{trust}; please update your rows before the executive board.",
            "Our independent scrutineer will meet {council}, {police} and {icb} during "
            "{period} to look at the quality of rapid reviews in {area}.",
            "The Panel has replied about {ref} and asks that the review looks at {theme} "
            "and at the part played by the {district}.",
            'Places are now open on "{course}" at {venue}, {time} to {time2}, for {council}, '
            "{police}, health colleagues and housing staff.",
            "{ambulance} will send a paramedic and its safeguarding lead to the practitioner "
            "event for {ref} at {venue}.",
            "On {ref}, the reviewer would like to know how the {district} chooses temporary "
            "accommodation for families with newborns.",
            "The designated nurse at {icb} will lead the health part of the {theme} session. "
            "Could {trust} put forward a named nurse to present with her?",
            "A serious incident in {area} has to be notified to the Panel within five "
            "working days. Please can {police} and {trust} confirm their contact?",
            "Thanks to {council} for the {ref} chronology. Could you check whether a health "
            "practitioner was at the strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: emerging findings went to the review panel on {date}. They "
        "point to drift in planning in {area}, to a school nursing service at {trust} "
        "stretched thin and to little curiosity about men visiting the home. {council} "
        "will reply." + _W,
        "Local review {ref}: practitioners from {police}, {trust} and the {district} met "
        "the lead reviewer at {venue} on {date}. They described frequent changes of social "
        "worker and uncertainty over who held the plan. The reviewer will test this." + _W,
        "Local review {ref}: on {date} the panel agreed the terms of reference: the child's "
        "lived experience, the move between local authorities, how {icb} commissions health "
        "visiting and how concerns were escalated in the {scp}." + _W,
        "Local review {ref}: the lead reviewer has spoken with staff at {council} and "
        "{trust}. A draft is due in {period}, covering {theme} and how services in {area} "
        "worked with fathers and male carers. The family will be offered a meeting.",
        "Local review {ref}: practitioner learning event booked for {date} at {venue}.",
        "Local review {ref}: terms of reference agreed on {date}.",
        "Lead reviewer appointed for {ref}; review panel meets {date2}.",
        "Local review {ref}: the family chose not to take part.",
        "Local review {ref} paused pending the criminal trial.",
    ),
    "chronology": (
        "{date}: community midwife contacted the integrated front door.",
        "{date}: {police} attended a report of a domestic argument; two children present.",
        "{date}: strategy meeting held; section 47 enquiries to begin.",
        "{date}: {ambulance} conveyed the baby to {trust}.",
        "{date}: the {district} placed the family in bed and breakfast.",
        "{date}: review child protection conference; plan under neglect continues.",
        "{date}: new birth visit by the health visitor; no concerns recorded.",
        "{date}: outpatient appointment at {trust} missed; GP informed.",
        "{date}: early help assessment closed, family declined further support.",
        "{date}: {council} social worker saw the child at school.",
        "{date} to {date2}: {police} recorded four missing episodes.",
        "{date}: attendance at 68%; attendance officer wrote to the parents.",
    ),
    "checklist": (
        "Chronologies from every agency received: yes.",
        "Panel notified within five working days: yes, {date}.",
        "Family told about the review in writing on {date}.",
        "Child's views to be sought by {date2}.",
        "Lead reviewer appointed: yes.",
        "Terms of reference agreed by all three partners: not yet.",
        "Records from {trust} received: yes.",
        "Records from the {district} received: yes.",
        "Coroner's officer informed: yes, {date}.",
        "Disclosure agreed with {police}: yes.",
        "Seven-minute briefing drafted: no.",
        "Rapid review with the Panel inside 15 working days: yes.",
    ),
    "notice": (
        "Case review subgroup: {date}, {time}, {room}, {venue}.",
        "Learning event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} practitioner conference, {venue}, {date}.",
        "Executive board now {date} at {time}, {room}.",
        "Briefing for designated safeguarding leads: {date}, {venue}, {time}.",
        'Lunch and learn: "{course}", {date}, {time}.',
        "Drop-in session for childminders and nurseries, {venue}, {date}.",
        "Launch of the exploitation strategy, {room}, {venue}, {date}.",
        "Performance group will not meet on {date}; next meeting {date2}.",
        "Case file audit day, {date}, {room}, {venue}.",
        "Youth forum, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for case review subgroup now pinned in the channel",
        "anyone know if {trust} has returned the {ref} chronology?",
        "booked a room at {venue} for {date}",
        "reminder - Panel notification due today",
        "{district} can't make {time}, is {time2} ok for everyone?",
        "draft terms of reference are on SharePoint, comments by {date} please",
        "thanks all, minutes to follow",
        "{police} has named its rapid review lead",
        "training brochure for {period} is out",
        "is {ref} going to the executive board first?",
        "scrutineer's report saved in the board folder",
        "who is chairing the {date} meeting?",
        "can someone resend the chronology template?",
        "{icb} designated doctor dialling in at {time}",
    ),
    "panel": (
        "Panel reply on {ref} received {date}; our recommendation agreed.",
        "Panel notified of {ref} on {date}.",
        "Panel asks for the rapid review by {date2}.",
        "Panel feedback: clear analysis and well-targeted learning.",
        "Panel will not take {ref} forward to a national review.",
        "Rapid review on {ref} sent to the Panel and copied to Ofsted.",
        "Panel asked about gaps in the chronology; answer sent {date}.",
        "Final report on {ref} sent to the Panel {date}.",
        "Panel granted more time on {ref}, to {date2}.",
        "Panel's annual report circulated to all partners.",
    ),
    "publication": (
        "Report on {ref} due for publication on {date}.",
        "Publication held back until the trial is over.",
        "Executive summary only to be published, agreed {date}.",
        "Family told when the report will be published.",
        "Press lines agreed with the communications team at {council}.",
        "Report live on the {scp} website from {date}.",
        "Seven-minute briefing published alongside the report.",
        "Publication moved to {date2} at the coroner's request.",
        "Report removed from the website after twelve months.",
        "Publication plan sent to the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed outpatient appointments by {date}.",
        "Action 2: {council} to record every adult living in the home at each visit.",
        "Action: {police} to send domestic abuse notifications to schools by 8.30am.",
        "Action: {icb} to commission safer sleep training for midwives and health visitors.",
        "Action 3: multi-agency workshops on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding prompt to the patient handover.",
        "Action: the {district} to tell health visitors when families move out of area.",
        "Action 4 closed: escalation policy relaunched {date}.",
        "Action 5: the {role} to report progress to the executive board.",
        "Improvement plan, {period}: 10 actions, 7 closed, 3 {rag}.",
        "Action: all partners to use the joint chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} has confirmed when the tenancy begins.",
        "{district}: prevention duty accepted on {date}.",
        "The {district} will send two officers to the learning event.",
        "The {district} has had a briefing on {ref}.",
        "Housing staff in {area} to finish {course} by {date}.",
        "Cheshire East Council community safety team and Cheshire Constabulary reviewed "
        "anti-social behaviour reports from Nantwich town centre.",
        "Cheshire East Council housing options team briefed Mid Cheshire Hospitals NHS "
        "Foundation Trust midwives on families placed in Alsager.",
        "Cheshire East Council community safety team met Cheshire Constabulary about drug "
        "dealing near the canal in Middlewich.",
        "Cheshire East Council housing options team and East Cheshire NHS Trust agreed a "
        "hospital discharge route for families in Knutsford.",
        "Cheshire East Council community safety team walked Wilmslow town centre with "
        "detached youth workers.",
        "Cheshire East Council and Cheshire and Wirral Partnership NHS Foundation Trust "
        "discussed young carers in Poynton.",
        "Cheshire East Council housing options staff met health visitors about families "
        "moving into Congleton.",
        "Cheshire East Council community safety team joined the parish council's youth "
        "meeting in Holmes Chapel.",
        "Cheshire West and Chester Council community safety team and Cheshire Constabulary "
        "looked at youth nuisance reports from Frodsham.",
        "Cheshire West and Chester Council housing options team and Countess of Chester "
        "Hospital NHS Foundation Trust discussed families placed in Neston.",
        "Cheshire West and Chester Council housing options team briefed school nurses on "
        "temporary homes in Tarporley.",
        "Cheshire West and Chester Council community safety team met Cheshire Constabulary "
        "about young people gathering by the railway station in Helsby.",
    ),
    "training": (
        'New e-learning module: "{course}".',
        "The training needs survey closes on {date}.",
        "Induction for new board members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "Multi-agency training on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainer development session for {course}, {room}, {venue}, {date}.",
        "Pool trainers' meeting, {room}, {date}.",
        "The {theme} course evaluation shows staff feel more confident.",
        "Designated leads' refresher due in {period}.",
        "Cheshire East Safeguarding Children's Partnership ran a neglect workshop in Nantwich.",
        "Cheshire East Safeguarding Children's Partnership held a safer sleep session in "
        "Congleton.",
        "North West Ambulance Service NHS Trust and Cheshire Constabulary ran a self-harm "
        "awareness session in Knutsford.",
        "NHS Cheshire and Merseyside Integrated Care Board trained GP practice staff in "
        "Wilmslow on was not brought.",
        "Cheshire West and Chester Safeguarding Children Partnership ran a child "
        "exploitation briefing for Frodsham schools.",
        "Cheshire West and Chester Safeguarding Children Partnership held a parental "
        "conflict course in Tarporley.",
        "Cheshire West and Chester Council children's services and Cheshire East Council "
        "children's services trained foster carers together in Helsby and Alsager.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child T", "Child JH", "Infant S", "Baby K", "Young Person D", "Sibling 3"),
    *("Sibling 1", "Unborn Baby P", "RM", "T.W.", "Child G and Child H", "Saltworks"),
    *("Brine", "Silkmill", "Flashes", "Gritstone", "Sandstone", "Viaduct", "Child U"),
    *("Infant LB", "Baby NC", "Young Person F", "CD", "M", "Child B", "Sibling X"),
    *("J.R.", "Baby A and Baby B", "Child PK", "Young Person TA", "FN", "Infant W"),
    "Unborn Child Q",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtyninth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
