"""A twenty-second held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentysecond_names.json``, a seeded snapshot (seed ``twentysecond-<country>``)
  of female and male first name and surname pairs from names-dataset 3.3.1 (Apache-2.0,
  Philippe Remy's frequency tables per country), ranks 5000 to 6999 (``RANKS``; no earlier
  corpus drew past 4999) of eight tables (``DRAWN``): Italy, France, Brazil, Spain, Mexico,
  the United States, the United Kingdom and Egypt, seven people each. Of the tables asked
  for, India, Nigeria, Turkey, Germany and Bangladesh have fewer than 5000 female first
  names, so nothing can be drawn at these ranks; Pakistan is not in the dataset. The draw
  is the tenth's (``draw_names``: one capitalised word of plain letters, three or more, no
  first name that is also in the surname table), with the Egyptian, American, British and
  Italian tables taken in plain letters only (``ASCII_ONLY``). Every draw was read by hand
  and the entries that read as words, places, brands, pet forms, typos, first names in the
  surname column or not a person's name were left out (``NOT_NAMES``: Panetteria, Suzuki,
  Michelin, Uruapan, Thunder, Carlitros, Jhostin...), then drawn again, twenty-two times,
  until the draw read as real names. Any name in an earlier snapshot (``EARLIER``: the
  fourth to the twenty-first) is skipped. names-dataset is not a dependency; regenerate
  with ``uv run --with names-dataset==3.3.1 python -m tests.support.twentysecond_corpus``;
  the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes (a swimming teacher, a
  dinner lady, a hairdresser, a bus driver, an optician, a taxi marshal...), in lower
  case and in sign-offs by a child, a parent or a relative; names and give-away details in
  pseudonyms; nicknames; dates of birth in eleven typed forms; addresses on invented
  streets (``STREETS``) in real towns; postcodes; phone, NHS and NI numbers; invented
  schools (``SCHOOLS``); email addresses; written out by the thirteenth's
  ``identifying_written``, as many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; ``_uses`` fills each template at most three
  times, as the twenty-first's does), about a third of it long as the bot's 500-character
  summary and note fields allow: incident case summaries by role, rapid review decision
  rationales with reasons and dates, multi-line minutes extracts, emails of a few
  paragraphs with a sign-off block; and short text: checklist notes, chronology lines,
  Panel and publication notes, improvement actions, notices with dates, times, rooms and
  venues, and Slack lines. It is set in twelve real partnership areas of England
  (``AREAS``) that no earlier corpus used: Brent, Merton, Sutton, Tameside, Bury, Blackburn
  with Darwen, Westmorland and Furness, North Lincolnshire, North East Lincolnshire,
  Dudley, North Somerset and South Gloucestershire, with their real partners (the
  council's children's services, the police force, the NHS trusts, the integrated care
  board, the ambulance service), real civic venues, never a person's address, and each
  partnership by the name it uses (``SCP``). People are named only by role; the roles,
  themes, courses, rooms, times and periods are the twenty-first's, imported.
- Every identifier is an invented one, filled in by the tenth corpus's ``person_values``:
  phone numbers from Ofcom's ranges for drama, 999-range NHS numbers whose check digit is
  right, National Insurance numbers beginning QQ, addresses at example.* domains, and
  postcodes shaped like real ones in areas Royal Mail does not use. Identifying samples
  take the ``source`` ``names-dataset-<country>`` if a drawn person is named in them,
  ``hand-nicknames`` if a nickname is, and ``hand`` if neither.
- The benign pseudonyms keep to DOMAIN.md and are listed by hand
  (``BENIGN_PSEUDONYM_TEXT``): bare initials, initials after "Child", "Baby" and the like
  (``PSEUDONYM_WORDS``), a numbered sibling, or a chosen word that no one bears as a first
  name (``CHOSEN``).

A drawn name that is also a word of the benign text would be dropped (``assembled``). No
sample was changed after seeing what the guard does with it.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

from tests.support import twentyfirst_corpus
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import (
    assembled,
    birth_values,
    draw_names,
    snapshot_people,
    table_entry_ok,
)
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.thirteenth_corpus import MIX, Kin, Nicknames, identifying_written, mixed
from tests.support.twentyfirst_corpus import COURSES, PERIODS, ROOMS, THEMES

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentysecond_names.json")
DATASET_VERSION = "3.3.1"
RANKS = (5000, 7000)
#: The snapshots whose names are skipped: every earlier one.
EARLIER = (*twentyfirst_corpus.EARLIER, "twentyfirst_names.json")

#: names-dataset tables drawn at ``RANKS``, and how many people from each.
DRAWN = tuple((country, 7) for country in ("IT", "FR", "BR", "ES", "MX", "US", "GB", "EG"))
ROMANISED: tuple[str, ...] = ()
#: Tables whose entries are taken only in plain letters.
ASCII_ONLY = frozenset({"EG", "US", "GB", "IT"})
#: Entries of the tables read by hand in the draw as words, places, brands, pet forms, typos
#: or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Colo", "Chiquillo", "Narcos", "Knd", "Victorr", "Dimo", "Lindo", "Eddi"),
        *("Acelino", "Achor", "Adryanno", "Agar", "Agosto", "Albitaa", "Alexxander", "Anawad"),
        *("Ander", "Andreita", "Anner", "Antka", "Api", "Arts", "Atea", "Aveli", "Azienda"),
        *("Baila", "Bam", "Bardis", "Basmal", "Battot", "Beca", "Beckiie", "Berna", "Boomer"),
        *("Boul", "Brita", "Budau", "Bufalo", "Cam", "Camp", "Canito", "Caramella", "Caraça"),
        *("Carlinhos", "Carlitros", "Celiia", "Ceme", "Cesca", "Chame", "Chena", "Cheno", "Chewy"),
        *("Cisne", "Coffee", "Colle", "Constâncio", "Cristalina", "Curado", "Cécil", "Dachaga"),
        *("Deolindo", "Diabolik", "Dido", "Doniia", "Dooha", "Dramany", "Drsara", "Drshimaa"),
        *("Dunga", "Elbrins", "Elpi", "Elsrogy", "Elzahraa", "Emili", "Emilita", "Erne", "Eroo"),
        *("Esar", "Etr", "Expe", "Faress", "Fariias", "Farra", "Farwla", "Fawy", "Feeby"),
        *("Fellix", "Fillo", "Fino", "Fly", "Fola", "Framcisco", "Francilene", "Garoa", "General"),
        *("Giadi", "Gillermo", "Ginie", "Glady", "Gollo", "Grazziella", "Griss", "Guayo"),
        *("Guillo", "Habyby", "Hanood", "Hasona", "Hbiby", "Hum", "Ibane", "Impresos", "Imvu"),
        *("Indomable", "Innocente", "Isleym", "Ism", "Jandro", "Jarol", "Jazi", "Jen", "Jesy"),
        *("Jhoanna", "Jhordy", "Jhostin", "Jio", "Joes", "Jonson", "Jorgeluis", "Juaan", "Junito"),
        *("Kadafi", "Kally", "Kalo", "Kercia", "Ketlen", "Kiaretta", "Kiowa", "Kito", "Klr"),
        *("Lalola", "Larubia", "Lauriine", "Lelian", "Lelé", "Lennyn", "Libertad", "Lisajane"),
        *("Loco", "Logien", "Loko", "Lola", "Lolichi", "Lorena", "Losanda", "Lot", "Lougy"),
        *("Louly", "Luchito", "Luchy", "Lucre", "Lue", "Lurde", "Mabela", "Makah", "Mamé"),
        *("Manno", "Mant", "Manuelin", "Marcuz", "Marean", "Marimi", "Martii", "Maruam"),
        *("Mastapha", "Mattina", "Mbk", "Meg", "Messi", "Mexico", "Michelin", "Miguek", "Miinii"),
        *("Mikee", "Mimmo", "Misterio", "Mms", "Mohaa", "Mohamef", "Monay", "Moneta", "Mrz"),
        *("Myke", "Mymo", "Mza", "Mélani", "Nachin", "Neb", "Negra", "Neidinha", "Nodey", "Odie"),
        *("Oltre", "Onyx", "Opa", "Orange", "Oswualdo", "Ota", "Palomec", "Panetteria"),
        *("Paradise", "Parma", "Paulis", "Pavlova", "Pee", "Piper", "Pok", "Pol", "Pole"),
        *("Prisou", "Proyectos", "Puffo", "Puma", "Pura", "Puro", "Rafaely", "Rata", "Rawdet"),
        *("Rhama", "Roah", "Rohmak", "Rokko", "Rolando", "Rolo", "Romarey", "Roney", "Rosbel"),
        *("Russ", "Rusty", "Salvaje", "Sand", "Sandrita", "Saturnino", "Savador", "Shagui"),
        *("Shroq", "Shruok", "Silica", "Silvan", "Sing", "Smithy", "Spartan", "Speed", "Stanhome"),
        *("Stanica", "Stefa", "Sthefania", "Sureñito", "Suzuki", "Swany", "Tamaly", "Taxis"),
        *("Tedd", "Thunder", "Tigres", "Tigrillo", "Tobal", "Tomás", "Toony", "Torrance", "Towns"),
        *("Traviezo", "Trevis", "Trio", "Tristan", "Tránsito", "Ucci", "Uruapan", "Valentín"),
        *("Veredas", "Vevo", "Via", "Vikthor", "Vola", "Víc", "Xnove", "Yare", "Yasminaa"),
        *("Yerar", "Yito", "Yossr", "Yous", "Yoyaa", "Zhe", "Zico", "Zik", "Zizou", "Èrika"),
    }
)


def _usable(name: str, country: str) -> bool:
    """A table entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw the names afresh (names-dataset is importable only here) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    draw_names(DRAWN, RANKS, present, "twentysecond", _usable, NAMES_FILE)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Threadneedle Fold", "Gorsewick Lane", "Plover's Reach", "Tallowmere Street")
STREETS += ("Hazelcrook Avenue", "Snipe Hollow", "Carrowgate Mews", "Dapplebeck Road")
TOWNS = ("Wembley", "Mitcham", "Carshalton", "Hyde", "Radcliffe", "Darwen", "Ulverston")
TOWNS += ("Brigg", "Cleethorpes", "Halesowen", "Clevedon", "Yate")
SCHOOLS = (
    "Gorsewick Primary School",
    "Tallowmere Academy",
    "St Ebba's Catholic Primary",
    "Plover's Reach Infant School",
    "Hazelcrook Church of England Junior School",
    "Dapplebeck High School",
    "Snipe Hollow Pupil Referral Unit",
    "Carrowgate Day Nursery",
)
SCHOOL_SHORT = ("Gorsewick", "Tallowmere", "St Ebba's", "Plover's Reach", "Dapplebeck")
RELATIVES = ("grandma", "granddad", "auntie", "step-mum", "uncle", "older cousin", "nanna")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{dd}/{mm}/{y}", "{d} {mon} {y}", "{d}{th} {mo} {y}", "{y}/{mm}/{dd}")
BIRTH_FORMS += ("{d}-{m}-{yy}", "{mo} {d} {y}", "{dd}.{mm}.{yy}", "{wd} {d} {mo} {y}")
BIRTH_FORMS += ("{m}/{d}/{y}", "{d}{th} {mon} '{yy}", "{y}{mm}{dd}")
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {d} {mo}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d}.{mm}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "The swimming teacher noticed {f} {l} had belt marks across her back in the changing area.",
    "{g} {h} turned up at reception drunk and demanded to take {f} home.",
    "Dinner lady says {f} {l} hides food in her sleeves and eats it in the toilets.",
    "Hairdresser found head lice so bad on {f} {l} that the scalp was infected.",
    "The bus driver says {f} {l} rides the night route alone until 4am.",
    "{f} {l} told her form tutor that {g} keeps her off to look after the baby.",
    "Optician says {f} {l} needs glasses urgently but {g} {h} tore up the prescription.",
    "Taxi marshal found {f} {l} drunk and crying at the rank at 1am.",
    "{g} {h} told the GP she wishes {f} had never been born.",
    "{f} and {k} {l} were seen begging outside the station on a school day.",
    "The football coach saw {f} {l} flinch whenever {g} raised his voice.",
    "Youth worker: {F} {L} has a new older boyfriend who drives a white van.",
    "{f} {l}, 15, was found in a cannabis grow house by police.",
    "Library staff say {f} {l} stays until closing because {g} will not let her in.",
    "Pharmacy flagged {g} {h} collecting methadone with {f} in the pram.",
    "Playworker saw a cigarette burn on {f} {l}'s wrist.",
    "{k} {l} told the mentor that {g} locked {f} in the bathroom overnight.",
    "Neighbour reports {g} {h} screaming at toddler {f} on the balcony at midnight.",
    "Physio says {f} {l} has not had her splints fitted since {g} cancelled again.",
    "A&E: {f} {l}, 14, took an overdose after a row with {g}.",
    "{g} {h} has let a man with a conviction for child cruelty move in with {f}.",
    "Holiday club staff say {f} {l} arrived with no shoes in the rain.",
    "The childminder says {g} {h} leaves {f} with her for three days at a time.",
    "{f} {l} arrived at school with a black eye and said {g} did it.",
    "Young carers project: {f} {l} gives her mum's injections because {g} is away.",
    "Church youth leader saw bruises on {f} {l}'s neck during the trip.",
    "School nurse: {F} {L} says an older man pays her for photos on Snapchat.",
    "{g} {h} refused to let the social worker see {f}'s bedroom.",
    "Hospital notes: {f} {l} was brought in by {rel} {g}, whose account kept changing.",
    "Trading standards found {f} {l} working in a car wash on a weekday.",
    "Cadet leader worries {f} {l} is being groomed by a man on a gaming server.",
    "Nursery staff say {f} {l} arrives in a soaked nappy every morning.",
    "{f} {l} told the PCSO that {g} held a knife to her throat.",
    "The health visitor did not record {g} {h}'s disclosure of violence after {f}'s birth.",
    "Shop staff say {g} {h} leaves {f} in the car park while he drinks in the bookies.",
    "Baby {f} {l} came back into hospital with a new rib fracture.",
)
NAME_LOWER = (
    "{fl} {ll} not in again, no call from home",
    "anyone know where {fl} {ll} is staying now?",
    "{gl} {hl} shouting at the receptionist again",
    "{fl}'s {rel} rang the duty line in tears",
    "{fl} {ll} - marks on her arms, body map done",
    "no answer at the door, {gl} inside, could hear {fl} crying",
    "{fl} and {k} in the park after dark again",
    "is {gl} {hl} back with the ex-partner?",
    "spoke to {fl} {ll} in school, same account as before",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{L}, {F}",
    "{fl}.{ll}",
    "{F} {L}",
    "{fi} {l} (child)",
    "{f} {li} - {age}",
    "Baby girl {l}",
    "the {l} family",
    "{f} & {k} {l}",
    "young person {l}",
    "{f} aged {age}",
    "Mr {h}'s son",
    "{l} children (3)",
)
SIGN_OFF = (
    "please help me\n{f}",
    "Thank you for all you did for my girl.\n{g} {h}",
    "love {f} {l} year {year_group}",
    "Best wishes,\n{g} {h} (mum of {f} and {k})",
    "{f} :)",
    "{g}, {f}'s {rel}",
    "Yours sincerely,\n{g} {l}",
    "i am sorry\n{f} {l}, {short}",
    "Regards,\n{g} ({f} {l}'s dad)",
)
NICKNAMES = ("Pudding Pie", "Snickerdoodle", "Tiddlywink", "Fudgecake", "Pickle Jar")
NICKNAMES += ("Wigglet", "Snugglepot", "Jellytot", "Bramblejam", "Plumcake", "Rolypoly")
NICKNAMES += ("Buttonmoon", "Fizzwig", "Gingernut", "Cocopop", "Toffeepop")
NICKNAME_TEXT = (
    "At home she only answers to {n}, and her nursery uses it too.",
    "He calls himself {n} on his games console and older boys message him there.",
    "{n}, which is what {f}'s family call him, was found at the bus station at 3am.",
    "Her {rel} says {n} hasn't been back since the weekend.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} ({l})", "little {n}", "{n} - {fi}{li}")
DOB_TEXT = (
    "DoB {dob}",
    "dob: {dob} (from the GP record)",
    "Date of birth given as {dob}",
    "born on {dob}",
    "{f} was born {dob}, which makes her {age}",
    "D.O.B. {dob}",
    "her birthday is {dob}",
    "Baby born {dob}",
    "born {dob}, premature",
)
PHONE_TEXT = (
    "mum's mobile is {phone}",
    "father: {phone}",
    "call {g} on {phone}",
    "{rel} on {phone}",
    "Home tel {phone}",
    "{f} rang from {phone} late last night",
)
NHS_TEXT = (
    "NHS number {nhs}",
    "nhs no is {nhs}",
    "{f}'s NHS number from the discharge letter: {nhs}",
    "NHS# {nhs}",
)
NI_TEXT = (
    "mum's NI number: {ni}",
    "dad's national insurance no. {ni}",
    "NINO {ni}",
    "NI {ni} (mum)",
)
ADDRESS_TEXT = (
    "Lives at {street}, {town}",
    "address: {street}",
    "Visited {street}, {town} - no answer",
    "staying with her {rel} on {street}",
    "Police called to {street} at 2am",
    "Family moved from {street} to a B&B in {town}",
)
POSTCODE_TEXT = ("postcode is {postcode}", "new postcode {postcode}", "post code: {postcode}")
SCHOOL_TEXT = (
    "On roll at {school} since nursery",
    "Year {year_group} at {school}",
    "The DSL at {short} called this morning",
    "{f} started at {short} in September",
    "Attends {school}, 52% attendance",
)
EMAIL_TEXT = ("her email address is {e}", "mum emailed from {e}", "{g} ({e})")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "Child {fi}{li} of {street}",
    "{fi}{li}, {age}, at {short}",
    "Child at {postcode}",
    "{fi}{li} (NHS {nhs})",
    "{l} twins born {dob}",
    "Year {year_group} girl at {short}",
    "{fi}{li} DOB {dob}",
    "the {l} brothers, {short}",
)


#: Where the people live and learn, how their dates of birth are drawn, their relatives.
KIN = Kin((STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT), _birth, RELATIVES)
#: The templates of each identifying category (the thirteenth's ``MIX`` says how many).
_WRITTEN = (NAME_TEXT, NAME_LOWER, NAME_PSEUDONYM, SIGN_OFF, DOB_TEXT, PHONE_TEXT, NHS_TEXT)
_WRITTEN += (NI_TEXT, ADDRESS_TEXT, POSTCODE_TEXT, SCHOOL_TEXT, EMAIL_TEXT, PSEUDONYM_REVEALING)
TEMPLATES = {category: written for (category, _, _), written in zip(MIX, _WRITTEN, strict=True)}
NICKNAMED = Nicknames(16, NICKNAMES, (NICKNAME_TEXT, NICKNAME_PSEUDONYM))


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    return identifying_written(rng, people, KIN, mixed(TEMPLATES), NICKNAMED, stride=0)


# --- benign (real places of England, organisations by their real names) -------------------

_MET, _LAS = ("Metropolitan Police Service",), ("London Ambulance Service NHS Trust",)
_SWL_ICB = ("NHS South West London Integrated Care Board",)
_SWLSTG = "South West London and St George's Mental Health NHS Trust"
_GMP = ("Greater Manchester Police",)
_GM_ICB = ("NHS Greater Manchester Integrated Care Board",)
_NWAS = ("North West Ambulance Service NHS Trust",)
_PENNINE = "Pennine Care NHS Foundation Trust"
_LSC_ICB = ("NHS Lancashire and South Cumbria Integrated Care Board",)
_HUMBER = ("Humberside Police",)
_HNY_ICB = ("NHS Humber and North Yorkshire Integrated Care Board",)
_EMAS = ("East Midlands Ambulance Service NHS Trust",)
_NLAG = "Northern Lincolnshire and Goole NHS Foundation Trust"
_ASP = ("Avon and Somerset Police",)
_BNSSG = ("NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board",)
_SWAST = ("South Western Ambulance Service NHS Foundation Trust",)
_AWP = "Avon and Wiltshire Mental Health Partnership NHS Trust"
#: The twelve partnership areas (none an earlier corpus used), their partners by their real
#: names, and civic venues of the area. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Brent": {
        "council": ("Brent Council children and young people's services",),
        "police": _MET,
        "trust": (
            "London North West University Healthcare NHS Trust",
            "Central and North West London NHS Foundation Trust",
        ),
        "icb": ("NHS North West London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Brent Civic Centre, Wembley", "Willesden Green Library"),
    },
    "Merton": {
        "council": ("Merton Council children, lifelong learning and families",),
        "police": _MET,
        "trust": ("St George's University Hospitals NHS Foundation Trust", _SWLSTG),
        "icb": _SWL_ICB,
        "ambulance": _LAS,
        "venue": ("Merton Civic Centre, Morden", "Wimbledon Library"),
    },
    "Sutton": {
        "council": ("Sutton Council children's services",),
        "police": _MET,
        "trust": ("Epsom and St Helier University Hospitals NHS Trust", _SWLSTG),
        "icb": _SWL_ICB,
        "ambulance": _LAS,
        "venue": ("the Civic Offices, Sutton", "Sutton Central Library"),
    },
    "Tameside": {
        "council": ("Tameside Council children's services",),
        "police": _GMP,
        "trust": ("Tameside and Glossop Integrated Care NHS Foundation Trust", _PENNINE),
        "icb": _GM_ICB,
        "ambulance": _NWAS,
        "venue": ("Tameside One, Ashton-under-Lyne", "Dukinfield Town Hall"),
    },
    "Bury": {
        "council": ("Bury Council children's services",),
        "police": _GMP,
        "trust": ("Northern Care Alliance NHS Foundation Trust", _PENNINE),
        "icb": _GM_ICB,
        "ambulance": _NWAS,
        "venue": ("Bury Town Hall", "the Met, Bury"),
    },
    "Blackburn with Darwen": {
        "council": ("Blackburn with Darwen Borough Council children's services",),
        "police": ("Lancashire Constabulary",),
        "trust": (
            "East Lancashire Hospitals NHS Trust",
            "Lancashire and South Cumbria NHS Foundation Trust",
        ),
        "icb": _LSC_ICB,
        "ambulance": _NWAS,
        "venue": ("Blackburn Town Hall", "King George's Hall, Blackburn"),
    },
    "Westmorland and Furness": {
        "council": ("Westmorland and Furness Council children's services",),
        "police": ("Cumbria Constabulary",),
        "trust": (
            "University Hospitals of Morecambe Bay NHS Foundation Trust",
            "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        ),
        "icb": _LSC_ICB,
        "ambulance": _NWAS,
        "venue": ("Kendal Town Hall", "Barrow Town Hall"),
    },
    "North Lincolnshire": {
        "council": ("North Lincolnshire Council children's services",),
        "police": _HUMBER,
        "trust": (_NLAG, "Rotherham Doncaster and South Humber NHS Foundation Trust"),
        "icb": _HNY_ICB,
        "ambulance": _EMAS,
        "venue": ("Church Square House, Scunthorpe", "the Plowright Theatre, Scunthorpe"),
    },
    "North East Lincolnshire": {
        "council": ("North East Lincolnshire Council children's services",),
        "police": _HUMBER,
        "trust": (_NLAG, "Navigo Health and Social Care CIC"),
        "icb": _HNY_ICB,
        "ambulance": _EMAS,
        "venue": ("Grimsby Town Hall", "Grimsby Central Library"),
    },
    "Dudley": {
        "council": ("Dudley Council children's services",),
        "police": ("West Midlands Police",),
        "trust": (
            "The Dudley Group NHS Foundation Trust",
            "Black Country Healthcare NHS Foundation Trust",
        ),
        "icb": ("NHS Black Country Integrated Care Board",),
        "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
        "venue": ("Dudley Council House", "Stourbridge Town Hall"),
    },
    "North Somerset": {
        "council": ("North Somerset Council children's services",),
        "police": _ASP,
        "trust": ("University Hospitals Bristol and Weston NHS Foundation Trust", _AWP),
        "icb": _BNSSG,
        "ambulance": _SWAST,
        "venue": ("Weston-super-Mare Town Hall", "Castlewood, Clevedon"),
    },
    "South Gloucestershire": {
        "council": ("South Gloucestershire Council children's services",),
        "police": _ASP,
        "trust": ("North Bristol NHS Trust", _AWP),
        "icb": _BNSSG,
        "ambulance": _SWAST,
        "venue": ("the Civic Centre, Kingswood", "the Council Offices, Badminton Road, Yate"),
    },
}
KINDS = ("council", "police", "trust", "icb", "ambulance")
_KBSP = "Keeping Bristol, North Somerset and South Gloucestershire Safe Partnership"
#: Each area's partnership as it styles itself (some are shared with neighbours).
SCP = {
    "Brent": "Brent Safeguarding Children Partnership",
    "Merton": "Merton Safeguarding Children Partnership",
    "Sutton": "Sutton Safeguarding Children Partnership",
    "Tameside": "Tameside Safeguarding Children Partnership",
    "Bury": "Bury Integrated Safeguarding Partnership",
    "Blackburn with Darwen": "Children's Safeguarding Assurance Partnership",
    "Westmorland and Furness": "Westmorland and Furness Safeguarding Children Partnership",
    "North Lincolnshire": "North Lincolnshire Children's MARS Board",
    "North East Lincolnshire": "North East Lincolnshire Safeguarding Children Partnership",
    "Dudley": "Dudley Safeguarding People Partnership",
    "North Somerset": _KBSP,
    "South Gloucestershire": _KBSP,
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 28-31", "LCSPR 29/07", "RR/27/52", "CSPR-28-44", "RR 29/18", "PLR 28-11")
AGE_BANDS = ("under one", "aged two", "of school age", "aged 12 or 13", "nearly 18")
#: The benign fields drawn from a list each time.
DRAWS = {"ref": REFERENCES, "theme": THEMES, "room": ROOMS, "period": PERIODS}
DRAWS |= {"age_band": AGE_BANDS, "course": COURSES, "rag": ("green", "amber", "red")}
CHOSEN = ("Heron", "Flint", "Larch", "Quartz", "Beacon", "Saffron", "Thistle", "Marram")
PSEUDONYM_WORDS = ("Child", "Infant", "Baby", "Young Person", "Sibling", "Unborn")

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: a baby was brought to {trust} by ambulance after a parent "
        "found the child limp in a car seat. Scans showed a skull fracture and old rib "
        "fractures. {police} began an investigation and {council} held a strategy "
        "discussion that night. Health visiting had seen the family three times with no "
        "concerns recorded.",
        "Incident summary: a boy of 15 was assaulted with a machete in a park "
        "in {area} and needed surgery. He had moved schools twice in a year, was known to "
        "the youth justice service and had a referral to the national referral mechanism. "
        "{police} had intelligence on older men around him. The review found no one agency "
        "held the whole picture.",
        "Case summary ({ref}): a baby of ten weeks died after co-sleeping on a sofa. {ambulance} "
        "attended within minutes and the coroner has opened an inquest. Safe sleep advice "
        "was given on the postnatal ward and by the health visitor, but neither record says "
        "whether sofas or alcohol were discussed. Partners notified the Panel within five "
        "working days.",
        "Summary by role: the mother, three children and a new partner lived in temporary "
        "housing in {area}. The partner had a conviction for violence that {police} knew "
        "about, but housing and the school did not know he had moved in. The eldest child "
        "told a teacher. The review asked how agencies find out who lives in a home when "
        "adults do not say.",
        "Summary: a child {age_band} with cerebral palsy was admitted to {trust} "
        "malnourished and dehydrated. Several clinic appointments had been missed and the "
        "special school had raised attendance concerns. {council} started a section 47 "
        "enquiry. The rapid review will look at how neglect of a disabled child's health "
        "needs is recognised and escalated.",
        "Summary of {ref}: a girl of 14 was found by {police} in a flat in another county "
        "with adults who had supplied her with drugs. She had been missing from her "
        "children's home for three days and had been reported promptly. The rapid review "
        "found the placing and host authorities each assumed the other was leading on "
        "exploitation.",
        "Incident summary: a baby attended {trust} with a small bruise to the ear. "
        "The explanation, a fall from a sofa, was accepted and the bruising protocol was not "
        "used. A month later the baby was readmitted with a head injury. The review looked "
        "at why the protocol was missed and what the emergency department has changed.",
        "Case summary ({ref}): a young person of 16 died by suicide after a year of contact "
        "with CAMHS at {trust}, a school counsellor and a charity. Each knew part of the "
        "story. {council} had closed a child in need plan months before. The rapid review "
        "will consider how risk was shared between services and what the family were told.",
        "Summary for {ref}: two sisters of primary age in {area} were found at home with no "
        "heating, little food and a parent in mental health crisis. The school had logged "
        "lateness and made two early help referrals, both closed when the family did not "
        "respond. The review found no one had visited the home before the referrals closed.",
    ),
    "rapid_review_rationale": (
        "Decision rationale ({ref}): on {date} the partners agreed not to commission a local "
        "review. The facts are clear, and the learning, about applying the bruising protocol "
        "to non-mobile babies, is for a single agency; {trust} has already changed its "
        "triage prompt. A learning briefing goes to all partners by {date2}, and the Panel "
        "will see these reasons in the report.",
        "Rationale: the {area} partners decided on {date} to commission an LCSPR. The criteria "
        "are met: serious harm, concerns about how {council}, {police} and health worked "
        "together, and a theme seen before ({theme}). The review will use a systems approach "
        "with a practitioner event. Terms of reference go to the executive by {date2}.",
        "Rapid review decision, {date}: recommend that the Panel considers a national review, "
        "because the case crosses three local authorities and two police forces and raises "
        "questions about unregistered placements that one partnership cannot answer alone. "
        "Local agencies will still complete chronologies. The {role} sends the rapid review "
        "by {date2}.",
        "Rationale for no further review: the medical opinion from {trust}, given on {date}, "
        "is that the injury was accidental. Agencies responded quickly and shared "
        "information well, and the ambulance crew's referral was good practice. The "
        "partners agreed the criteria are not met; a short note on the good practice will "
        "appear in the {scp} newsletter.",
        "Decision ({ref}): no local review, because both learning points (checking who lives "
        "in the household, and escalating before a case is closed) are already in the "
        "{period} improvement plan from an earlier review. The partners will test those "
        "actions through a multi-agency audit reported on {date}. All three partners sign "
        "off on {date2}.",
        "Rationale: partners met on {date} and agreed an LCSPR is required. The child died, "
        "the neglect was long-standing, and the family moved between {area} and two other "
        "areas so records did not follow them. An independent lead reviewer is being "
        "appointed. The review will pause if the criminal case needs it, and publication "
        "will wait.",
        "Decision summary for {ref}: the partners did not agree at the first meeting, as "
        "{police} favoured a local review and health did not. At a second meeting on {date} "
        "all three agreed a practice learning review, narrower than an LCSPR, on {theme}. "
        "The covering letter to the Panel, sent by {date2}, explains why.",
        "Rationale, {date}: no further review. The rapid review found agencies worked well "
        "together; the one gap, a delay in transferring a health record to the new GP "
        "practice, has been fixed by {trust}. Partners considered whether the case showed "
        "recurrent themes and found it did not. The {role} will share the rationale with "
        "the family.",
        "Decision ({ref}), {date}: commission an LCSPR. Two or more agencies, {council} and "
        "{trust}, held information that was not shared, and the case reflects the "
        "partnership's priority on {theme}. The Panel has been told, and the {role} will "
        "draft terms of reference for the executive meeting on {date2}.",
    ),
    "minutes": (
        "Extract from the rapid review meeting, {date}\n"
        "Present: {role}, {role2}, the police and ICB leads.\n"
        "1. Chronologies in from {council} and {trust}; school's due.\n"
        "2. Siblings are with extended family under a safety plan.\n"
        "3. Learning emerging on {theme}.\n"
        "Action: the business manager to draft the summary by {date2}.",
        "Minutes, {scp} case review group, {venue}, {time}\n"
        "Item 3: {ref}. Agency summaries are complete. Members discussed whether the "
        "criteria for a local review are met and agreed to recommend an LCSPR to the "
        "executive.\n"
        "Item 4: the Panel replied on {date} to an earlier rapid review and agreed with the "
        "decision.\n"
        "Next meeting: {date2}, {room}.",
        "Notes of the learning event for {ref}, {date}\n"
        "Practitioners from {council}, {trust} and {ambulance} took part. Themes: "
        "how workers knew who was in the home, and how hard it was to escalate across "
        "agencies. The reviewer will reflect these in the draft report.\n"
        "Actions: attendees to send written reflections by {date2}.",
        "Executive meeting extract, {date}, {room}\n"
        "Present: the three statutory partners for {area}, the independent scrutineer.\n"
        "The {role} reported that the LCSPR for {ref} is on track for a draft by {date2}. "
        "The {police} lead asked that publication wait for the trial. Agreed.\n"
        "Decision: note progress; review the timetable at the next meeting.",
        "Rapid review meeting, {ref}, held at {venue} and online\n"
        "The chair reminded members the review is about learning, not blame.\n"
        "Health: {trust} summary presented; four contacts, none flagged.\n"
        "Police: {police} had two domestic abuse call-outs in the year.\n"
        "Children's social care: one contact, no further action.\n"
        "Outcome: members agreed to recommend a practice learning review.",
        "Case review subgroup, {date}, minutes (extract)\n"
        "1. Actions log: {rag} overall, two actions overdue, owners written to.\n"
        "2. {ref}: the draft terms of reference were agreed with two changes.\n"
        "3. The {role2} will present the audit on {theme} at the next meeting.\n"
        "AOB: the training calendar for {period} is now on the {scp} website.",
        "Safeguarding partners' sign-off meeting, {date}, {time}\n"
        "The rapid review for {ref} was read with the agencies' comments.\n"
        "{council}: agreed.\n{police}: agreed, subject to one factual correction.\n"
        "{icb}: agreed.\n"
        "The review officer will send it to the Panel by {date2}.",
        "Extract: quality assurance subgroup, {venue}\n"
        "The group looked at the multi-agency audit of {theme} across {area}. Of twelve "
        "cases, eight were rated good. Strengths: timely strategy discussions. Areas to "
        "improve: recording the voice of the child.\n"
        "Action: the {role} to report back in {period}.",
        "Minutes of the {area} LCSPR panel, {date}\n"
        "The independent reviewer gave an update on {ref}: all agency reports are in, and "
        "the family have been offered a meeting. The {ambulance} report arrived late and "
        "was discussed. The draft report is expected by {date2}.\n"
        "Agreed: the chair will update the executive.",
    ),
    "partner_email": (
        "Dear colleagues,\n\n"
        "Please find attached the request for agency information for rapid review {ref}. "
        "Could each agency send its chronology and summary by {date}, using the template?\n\n"
        "The review meeting is booked for {date2} at {time} in {room}, {venue}. Please "
        "tell me if you cannot attend so that a deputy can be arranged.\n\n"
        "Many thanks,\nReview officer\n{scp}",
        "Hello all,\n\n"
        "A reminder that the Panel notification for {ref} is due by {date}. The {role} has "
        "drafted it and it will go through the government's reporting system, not by "
        "email.\n\n"
        "Could the {police} and {icb} leads confirm by {time} tomorrow that they are content "
        "with the summary of agency involvement?\n\n"
        "Kind regards,\nBusiness manager, {scp}",
        "Dear {role},\n\n"
        "Thank you for the {trust} summary for {ref}. It was thorough and clear. I have "
        "two questions: were the missed appointments followed up, and did the GP know of "
        "the referral?\n\n"
        "It would help to have the answers before the meeting on {date}.\n\n"
        "Best wishes,\nLearning and review officer\n{scp}",
        "Dear partners,\n\n"
        "The Panel has responded to the rapid review for {ref}. It agrees with the "
        "decision to commission an LCSPR and asks that the review consider {theme}.\n\n"
        "I will circulate the draft terms of reference by {date}. Comments by {date2}, "
        "please.\n\n"
        "Regards,\nPartnership manager\n{scp}",
        "Hi everyone,\n\n"
        'Places are open for the next multi-agency course, "{course}", on {date} at '
        "{venue}, {time} to {time2}. It is aimed at practitioners in {council}, {police}, "
        "health and schools.\n\n"
        "Please book through the {scp} training page.\n\n"
        "Thanks,\nTraining coordinator",
        "Dear colleagues,\n\n"
        "The final report for {ref} must reach the Panel and the Secretary of State seven "
        "working days before the planned publication on {date2}, so by {date} at the "
        "latest.\n\n"
        "Legal advice is that publication may go ahead as planned, as the inquest has "
        "ended.\n\n"
        "With thanks,\nBusiness manager\n{scp}",
        "Dear {role2},\n\n"
        "I am writing to confirm the {ambulance} attendance at the practitioner event for "
        "{ref} on {date}. Two crew members and the safeguarding lead will attend.\n\n"
        "We will also send our single-agency learning by {date2}.\n\n"
        "Kind regards,\nHead of safeguarding\n{ambulance}",
        "Dear executive members,\n\n"
        "Attached is the quarterly report on rapid reviews for {period}. Four were "
        "completed, all within fifteen working days; one led to an LCSPR.\n\n"
        "The report will be discussed at the meeting on {date} in {room}, {venue}.\n\n"
        "Best regards,\nIndependent scrutineer\n{scp}",
        "Good afternoon,\n\n"
        "Publication of the LCSPR for {ref} is paused while criminal proceedings continue. "
        "{police} will tell us when the trial ends. I have written to the Panel and the "
        "Secretary of State to explain the delay.\n\n"
        "I will update partners on {date}.\n\n"
        "Regards,\nPartnership manager, {scp}",
    ),
    "chronology": (
        "{date}: the LA became aware after a call from {ambulance}.",
        "{date}: strategy discussion held; {police} and {council} attended.",
        "{date}: Panel notified of the serious incident.",
        "{date}: agency information requests sent for {ref}.",
        "{date}: health chronology received from {trust}.",
        "{date}: review meeting; decision on a local review deferred to {date2}.",
        "{date}: rapid review sent to the Panel.",
        "{date}: Panel response received, agreeing with the decision.",
        "{date}: LCSPR commissioned; lead reviewer appointed {date2}.",
        "{date}: practitioner event held at {venue}.",
        "{date}: draft report shared with the three partners.",
        "{date}: publication paused pending the inquest.",
        "{date}: final report sent to the Panel and the Secretary of State.",
        "{date}: report published on the {scp} website.",
        "{date}: CDOP notified of the death.",
        "{date}: {icb} designated nurse added to the review group.",
        "{date2}: {icb} confirmed its sign-off by email.",
        "{date}: Ofsted and the Secretary of State notified of the death of a looked-after child.",
    ),
    "checklist": (
        "Notification to the Panel: sent {date}, within five working days.",
        "Partners told: {council}, {police}, {icb} - all confirmed.",
        "Agency summaries: 5 of 6 received; school outstanding.",
        "Immediate safety of siblings considered: yes.",
        "Protected characteristics considered in the analysis: yes.",
        "Sign-off: local authority done, police done, ICB due {date}.",
        "Rationale shared with the family: planned for {date}.",
        "CDOP informed: yes, {date}.",
        "Terms of reference agreed: {date}.",
        "Reviewer contract signed; start date {date}.",
        "Final report to the Panel 7 working days before publication: due {date}.",
        "Parallel proceedings: criminal trial listed; publication on hold.",
        "Improvement actions entered on the tracker: 6.",
        "Deadline basis: counted from the notification date.",
        "Chronology merged across agencies: done {date}.",
        "Family invited to contribute to the review: letter sent {date}.",
        "Other areas' partners told: yes, neighbouring partnership informed {date}.",
        "Looked-after child: Ofsted notification checked, sent {date}.",
    ),
    "notice": (
        "Rapid review meeting for {ref}: {date}, {time}, {room}, {venue}.",
        "Practitioner learning event: {date}, {time}-{time2}, {venue}.",
        "Executive board: {date} at {time} in {room}.",
        'Course "{course}" runs on {date} at {venue}; lunch provided.',
        "Drop-in for designated safeguarding leads, {date}, {time}, {venue}.",
        "{scp} annual conference: {date}, {venue}.",
        "Case review group moves to {room} from {date}.",
        "Briefing on {theme}, {date}, online, {time}.",
        "The office at {venue} is closed on {date}.",
        "Scrutiny panel: {date}, {time2}, {room}.",
        "Multi-agency audit day on {theme}, {date}, {venue}.",
        "New dates for the {period} learning programme are on the website.",
        "Seven-minute briefing launch: {date}, {time}.",
        "Chairs' meeting for {area} partners, {date}, {room}.",
        "Health leads' forum hosted by {icb}, {date} at {time}.",
        "Police safeguarding leads' meeting, {police}, {date}.",
        "Learning lunch on {theme}: {date}, {time}, {room}, {venue}.",
        "Independent reviewers' briefing, {date}, {time2}, online.",
        "Rapid review drafting session, {room}, {date} from {time}.",
    ),
    "slack": (
        "morning all, {ref} chronologies due today",
        "has {trust} sent its summary yet?",
        "notification for {ref} went in at {time}",
        "can someone book {room} for {date}?",
        "thanks, got it",
        "reminder: sign-off for {ref} by {date}",
        "I'll chase {police} for the missing call logs",
        "draft ToR uploaded to the channel",
        "Panel replied - they agree with our decision",
        "running 10 mins late for the {time} call",
        "who is covering for the {role} next week?",
        "the deadline is provisional until the notification is logged",
        "moving the review meeting to {date2}, sorry all",
        "{council} chronology is in, thanks",
        "ICB lead is on leave, deputy will sign",
        "{icb} have asked for the draft by {date}",
        "{icb} named GP joining the call today",
        "actions tracker updated, {rag} overall",
        "anyone going to the {course} session?",
        "quick one: is {ref} counted from aware date or notification?",
        "paused publication for {ref} until the trial ends",
        "nice work on the briefing, everyone",
        "{icb} chronology landed this morning",
        "does {icb} want a slot at the {time} meeting?",
    ),
    "panel": (
        "Panel response to {ref} received {date}: agrees with the decision.",
        "The Panel asked for more detail on {theme} before it responds.",
        "Panel agreed a national review is not needed; local review to proceed.",
        "Rapid review for {ref} submitted to the Panel on {date}.",
        "The Panel's letter asks that the LCSPR consider agency involvement across areas.",
        "Panel notified of the delay to publication of {ref}.",
        "Panel feedback: the rapid review was clear and timely.",
        "Panel queried the decision not to hold a local review; reply sent {date}.",
        "Serious incident notification for {ref} acknowledged by the Panel.",
        "Panel asked to see the final report by {date}.",
        "Panel annual report themes shared with {area} partners.",
        "The Panel's national review on {theme} was discussed at the executive.",
        "Panel asked how learning from {ref} will be shared across {area}.",
        "Reply to the Panel's questions on {ref} agreed by the three partners.",
        "The Panel's practice guidance on {theme} circulated to leads.",
    ),
    "publication": (
        "Publication of {ref} planned for {date}.",
        "Report to stay on the {scp} site for at least a year.",
        "Publication delayed: criminal proceedings ongoing.",
        "Anonymised report approved by all three partners on {date}.",
        "Press release drafted with {council} communications.",
        "Published report to go to the NSPCC repository after a year.",
        "Family told of the publication date on {date}.",
        "Only the improvement information will be published, for exceptional reasons.",
        "Publication rescheduled to {date2} after the inquest date moved.",
        "Final report sent to Ofsted with the Secretary of State's copy.",
        "Seven-minute briefing published alongside the report.",
        "Publication pause lifted on {date}.",
        "Publication date for {ref} confirmed with {police} after the verdict.",
        "Report summary prepared for the {scp} annual report.",
        "Draft publication statement shared with the family on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit use of the bruising protocol by {date}.",
        "Action 2: {council} to add household membership checks to assessments.",
        "Action: {police} to share domestic abuse call-outs with schools the next day.",
        "Action: {icb} to commission safe sleep training for GP practices.",
        "Action 3: the partnership to run a learning event on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding prompt to crew handovers.",
        "Evidence for action 4: audit results due {date}.",
        "Action 5 closed: new escalation policy launched {date}.",
        "Action: schools to record why early help referrals close.",
        "Action owner changed to the {role}; due date unchanged.",
        "Improvement plan for {period}: 9 actions, 6 complete, 3 {rag}.",
        "Action: health visiting to ask about sleep after alcohol at every contact.",
        "Action: all agencies to use the shared chronology template from {date}.",
        "Assurance: a re-audit in {period} to test whether learning is embedded.",
        "Action: the {role2} to review the threshold document.",
        "Action 6 overdue: owner asked for an update by {date}.",
        "Action: GP practices to flag children whose appointments are repeatedly missed.",
        "Action: {council} to review case closure when families do not engage.",
        "Action 7: learning from {ref} added to induction for new staff by {date}.",
        "Action: {icb} to audit how GP records follow children who move area.",
        "Action 8: {icb} to report on the safe sleep audit in {period}.",
        "Action 9: {icb} to fund a named GP for safeguarding in each primary care network.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child B",
    "Child MK",
    "Infant P",
    "Baby S",
    "Young Person G",
    "Sibling 2",
    "Sibling 4",
    "Unborn Baby W",
    "TR",
    "K.L.",
    "Child C and Child D",
    "Heron",
    "Flint",
    "Larch",
    "Quartz",
    "Beacon",
    "Saffron",
    "Thistle",
    "Marram",
    "Child X",
    "Infant JS",
    "Baby DL",
    "Young Person H",
    "PN",
    "V",
    "Child U",
    "Sibling Z",
    "E.H.",
    "Baby A and Baby B",
    "Child NW",
    "Young Person KC",
    "GF",
    "Infant E",
    "Unborn Child T",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentysecond-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
