"""A twentieth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentieth_names.json``, a seeded snapshot (seed ``twentieth-<country>``) of
  female and male first name and surname pairs from names-dataset 3.3.1 (Apache-2.0,
  Philippe Remy's frequency tables per country), ranks 1500 to 2999 (``RANKS``, as the
  sixteenth and the eighteenth) of fourteen tables neither of them drew (``DRAWN``): Russia,
  Oman, Singapore, the UAE, Haiti, Puerto Rico, Denmark, Belgium, Switzerland, Sweden,
  Finland, Norway, Austria and Slovenia. Of the other tables asked for, Burkina Faso is not
  in the package; Kazakhstan was tried and left out, as its unmarked Latin surnames at these
  ranks are first names (Nursultan, Aigerim); Azerbaijan, Greece and Cyprus were not drawn,
  their Latin entries reading in a sample as Greeklish and ad-hoc spellings; Bahrain and
  Qatar have too few female first names at these ranks. The draw is the tenth's
  (``draw_names``: one capitalised word of plain letters, three or more, no first name that
  is also in the surname table); Russia, Oman and the UAE give only their Latin entries
  (``ASCII_ONLY``), and Russia only surnames that do not mark their bearer's sex
  (``MARKED_SURNAMES``: -ov/-ova, patronymics...), since the draw does not match them to the
  first name. Every draw was read by hand and the entries that read as words, places, pet
  forms, typos, patronymics, first names in the surname column or not a person's name were
  left out (``NOT_NAMES``), then drawn again, until the draw read as real names. Any name in
  an earlier snapshot (``EARLIER``: the fourth to the nineteenth) or drawn for another
  country is skipped, so every name is new to the corpora and appears once. names-dataset is
  not a dependency; regenerate with ``uv run --with names-dataset==3.3.1 python -m
  tests.support.twentieth_corpus``; the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes (a football coach, a taxi
  escort, an optician, a dance teacher, a bus driver, a mosque teacher...), in lower case
  and in sign-offs by a child, a parent or a relative; names and give-away details in
  pseudonyms; nicknames; dates of birth in ten typed forms; addresses on invented streets
  (``STREETS``) in real towns; postcodes; phone, NHS and NI numbers; invented schools
  (``SCHOOLS``); email addresses; written out by the thirteenth's ``identifying_written``,
  as many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; ``_uses`` fills each template at most three
  times), about a third of it long as the bot's 500-character summary and note fields
  allow: incident case summaries by role (what happened, the agencies involved, what the
  rapid review found), rapid review decision rationales with reasons and dates, multi-line
  minutes extracts, emails of a few paragraphs with a sign-off block, LCSPR progress and
  audit findings; and short text: checklist notes, chronology lines, Panel notes,
  publication notes, improvement actions, learning-event and training notices with dates,
  times, rooms and venues, office notices and Slack lines. It is set in twelve real
  partnership areas of England (``AREAS``) that no earlier corpus used: Lambeth,
  Wandsworth, Greenwich, Waltham Forest, Hillingdon, Cheshire West and Chester, South
  Tyneside, Wokingham, Windsor and Maidenhead, North Northamptonshire, Central Bedfordshire
  and Rutland, with their real partners (the council's children's services or children's
  trust: Achieving for Children for Windsor and Maidenhead, the Northamptonshire Children's
  Trust; the police force; the NHS trusts; the integrated care board; the ambulance
  service), real civic venues, never a person's address, and each partnership by the name it
  uses (``SCP``: Berkshire West for Wokingham, Leicestershire and Rutland for Rutland).
  People are named only by role.
- Identifiers are fictional (the tenth corpus's ``person_values``): Ofcom drama phone
  numbers, NHS numbers in the 999 range with a valid check digit, QQ National Insurance
  numbers, example.* emails, and postcodes of a valid shape in areas no Royal Mail postcode
  uses. An identifying sample's ``source`` is ``names-dataset-<country>`` when it names
  someone, ``hand-nicknames`` for a nickname, and ``hand`` otherwise.
- Benign pseudonyms follow DOMAIN.md strictly, written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials alone or after a word such as "Child"
  (``PSEUDONYM_WORDS``), a sibling's number, or a chosen word that is not a forename
  (``CHOSEN``).

A drawn name that is also a word of the benign text would be dropped (``assembled``); none
is here. No sample was changed after seeing what the guard does with it.
"""

from __future__ import annotations

import itertools
import random
import re
from functools import partial
from pathlib import Path

from tests.support import nineteenth_corpus
from tests.support.eleventh_corpus import as_pseudonyms
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.sixth_corpus import _fill
from tests.support.tenth_corpus import (
    _date,
    assembled,
    birth_values,
    draw_names,
    snapshot_people,
    table_entry_ok,
)
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.thirteenth_corpus import MIX, Kin, Nicknames, identifying_written, mixed

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentieth_names.json")
DATASET_VERSION = "3.3.1"
RANKS = (1500, 3000)
#: The snapshots whose names are skipped: every earlier one (the nineteenth's and those it
#: skipped).
EARLIER = (*nineteenth_corpus.EARLIER, "nineteenth_names.json")

#: names-dataset tables drawn at ``RANKS`` (none the sixteenth's or the eighteenth's), and
#: how many people from each.
DRAWN = tuple(
    (country, 5)
    for country in ("RU", "OM", "SG", "AE", "HT", "PR", "DK", "BE", "CH", "SE", "FI", "NO")
)
DRAWN += (("AT", 5), ("SI", 5))
ROMANISED: tuple[str, ...] = ()
#: Tables whose entries are taken only in plain letters (the others have their own script).
ASCII_ONLY = frozenset({"RU", "OM", "AE"})
#: Tables whose surnames mark the bearer's sex (-ov/-ova...): only the unmarked are drawn,
#: as the draw does not match these to the first name's sex.
MARKED_SURNAMES = frozenset({"RU"})
_MARKED = re.compile(
    r".*(?:ov|ev|yov|ova|eva|in|ina|yn|yna|sky|skiy|skaya|ski|aya|iy|ovich|evich|ovna|evna)$"
)
#: Entries of the tables read by hand in the draw as words, places, pet forms, typos or not
#: a person's name.
NOT_NAMES = frozenset(
    {
        *("Alexey", "Jungkook", "Rus", "Viktori", "Andreevna", "Olesy", "Janim", "Adai"),
        *("Guma", "Abai", "Saken", "Sancho", "Sabit", "Petya", "Samat", "Maulana", "Shake"),
        *("Saifu", "Scherdeloune", "Dorescad", "Romaan", "Araud", "Rapet", "Camiil"),
        *("Niklaes", "Jänu", "Bethli", "Tukta", "Ingis", "Minsku", "Uusimaa", "Fosen"),
        *("Yhteisökoordinaattori", "Terasse", "Sans", "Peri", "Rafo", "Dmitry", "Mashenka"),
        *("Kostia", "Nikita", "Bula", "Wolpan", "Bolatbek", "Maksat", "Ataur", "Bangali"),
        *("Sanghar", "Sounése", "Dorisma", "Louiser", "Rivrra", "Vèlez", "Malkoz", "Frappe"),
        *("Kutum", "Däni", "Fraenzi", "Tat", "Play", "Terluka", "Rafaqat", "Ramjan"),
        *("Bergenite", "Rodrigüez", "Josecalo", "Norgen", "Hamder", "Clé", "Gajur"),
        *("Sljivar", "Micce", "Timka", "Prossy", "Ibnu", "Jiawen", "Thambi", "Tabassum"),
        *("Hyppolitematieadeline", "Wilsame", "Youvemite", "Meldz", "Ballis", "Bomberito"),
        *("Yarel", "Brige", "Jomppu", "Cernaveri", "Chechen", "Zulfqar", "Ashwin", "Robi"),
        *("Alo", "Bigord", "Yayet", "Elemy", "Powerpro", "Suyas", "Vmp", "Shpej"),
        *("Muhammd", "Omn", "Maji", "Nuru", "Daniou", "Kalashnikoff", "Onill", "Meo"),
        *("Emanese", "Rezil", "Kenyiro", "Osuba", "Anchal", "Yantcy", "Olique", "Fangio"),
        *("Rizvic", "Mavrick", "Robschi"),
    }
)


def _usable(name: str, country: str) -> bool:
    """A table entry to draw from: the tenth's test, and for Russia and Kazakhstan a name that
    does not end as a surname marking its bearer's sex."""
    if country in MARKED_SURNAMES and _MARKED.fullmatch(name):
        return False
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw the names afresh (names-dataset is importable only here) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    draw_names(DRAWN, RANKS, present, "twentieth", _usable, NAMES_FILE)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Kilnworth Passage", "Pennyroyal Close", "Drovers' Batch", "Cooperage Yard")
STREETS += ("Sallowmead Road", "Tithebarn Steps", "Whinberry Crescent", "Ropewalk Mews")
TOWNS = ("Streatham", "Tooting", "Woolwich", "Leytonstone", "Hayes", "Ellesmere Port")
TOWNS += ("Jarrow", "Crowthorne", "Maidenhead", "Corby", "Leighton Buzzard", "Oakham")
SCHOOLS = (
    "Kilnworth Primary School",
    "Pennyroyal Academy",
    "St Ethelburga's Catholic Primary",
    "Sallowmead Infant and Nursery School",
    "Whinberry Church of England Junior School",
    "Ropewalk Secondary Academy",
    "Tithebarn Short Stay School",
    "Cooperage Lane Day Nursery",
)
SCHOOL_SHORT = ("Kilnworth", "Pennyroyal", "St Ethelburga's", "Sallowmead", "Ropewalk")
RELATIVES = ("gran", "grandad", "auntie", "stepmum", "older cousin", "great-nan", "uncle")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{dd}/{mm}/{y}", "{d} {mon} {y}", "{d}{th} {mo} {yy}", "{y}{mm}{dd}")
BIRTH_FORMS += ("{dd}.{mm}.{yy}", "{mo} {d}{th} {y}", "{d}-{m}-{y}", "{wd} {d} {mo} {y}")
BIRTH_FORMS += ("{d}/{m}/{y}", "{dd} {mon} {y}")
WHEN_FORMS = ("{d} {mon} {y}", "{wd} {d} {mo}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon} {y}")
WHEN_FORMS += ("{d}.{m}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "Football coach says {f} {l} flinches when {g} shouts from the touchline.",
    "{g} {h} turned up at the nursery drunk and tried to take {f} home.",
    "The church youth worker found {f} {l} sleeping in the porch on Sunday morning.",
    "Optician noted {f} {l} has not had the glasses replaced since March; {g} says no money.",
    "Bus driver reported {f} {l}, about nine, riding the night bus alone until 2am.",
    "{f} {l} disclosed to the teaching assistant that {g}'s friend touched her.",
    "Foster carer says {f} {l} hoards food under the bed and wakes screaming.",
    "Housing officer found {f} and {k} {l} in a flat with no heating and no beds.",
    "{g} {h} told the health visitor she gives {f} Calpol every night to make her sleep.",
    "Dance teacher saw a handprint bruise on {f} {l}'s thigh during class.",
    "The taxi escort says {g} {h} screams at {f} every morning at the door.",
    "Police stopped {F} {L} with a large amount of cash in a shoebox.",
    "{f} {l}, aged 13, has been reported missing five times since half term.",
    "Mosque teacher says {f} {l} has marks on his palms from being hit with a stick.",
    "Shop security caught {f} {l} stealing baby milk; said {g} sent her.",
    "School nurse: {f} {l} has head lice again and {g} will not treat them.",
    "{k} {l} told the teacher their stepdad throws {f} against the wall.",
    "Neighbour says {g} {h} leaves baby {f} in the car outside the bookmakers.",
    "Speech therapist worried {f} {l} has no words at three and {g} misses every session.",
    "A&E triage: {f} {l}, 15, took an overdose after a row with {g}.",
    "{g} {h} has a new partner who was released from prison last month and is with {f}.",
    "Dinner staff saw {f} {l} eating out of the bins behind the canteen.",
    "The childminder says {g} {h} has not collected {f} on time for three weeks.",
    "{f} {l} arrived at school with a black eye and said {g} did it.",
    "The family support worker says {g} {h} is using again and {f} is caring for {k}.",
    "Swim school says {f} {l} has cigarette burns on her back.",
    "Counsellor: {F} {L} says an older man gives her vapes in return for photos.",
    "{g} {h} refused to let the social worker see {f}'s bedroom.",
    "Hospital notes say {f} {l} was brought in by {rel} {g}, not by the parents.",
    "Police found {f} {l} in a cannabis grow house above a takeaway.",
    "Youth club worker thinks {f} {l} is being groomed online by an adult.",
    "Reception teacher says {f} {l} is still in nappies and smells of urine most days.",
    "{f} {l} told the PCSO that {g} had thrown her phone and hit her.",
    "The GP was worried about {g} {h}'s drinking but did not tell the health visitor about {f}.",
    "Pharmacy says {g} {h} buys codeine daily and brings {f} along in school hours.",
    "Baby {f} {l} was readmitted with a second unexplained fracture.",
)
NAME_LOWER = (
    "{fl} {ll} not in again, no call from home",
    "anyone seen {fl} {ll} today??",
    "{gl} {hl} shouting at reception again",
    "{fl}'s {rel} rang, worried",
    "{fl} {ll} - new bruise on cheek",
    "home visit, {gl} wouldnt open the door, {fl} crying inside",
    "{fl} + {k} at the park til 10pm",
    "is {gl} {hl} still with the boyfriend",
    "dsl chat w {fl} {ll}, disclosed again",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{l}, {f}",
    "{fl}{ll}",
    "{F} {L}",
    "{fi}.{l}",
    "{f} {li}.",
    "Baby {f}",
    "{l} children",
    "{f} and {k}",
    "Young Person {l}",
    "{f} ({age})",
    "Mr {h}'s son",
    "the {l} twins",
)
SIGN_OFF = (
    "please dont tell my mum i told you\n{f}",
    "Thank you for your help with my daughter.\n{g} {h}",
    "From {f} {l}\nyear {year_group}",
    "Regards,\n{g} {h}, mum of {f} and {k}",
    "love {f} xx",
    "{f}'s {rel} ({g})",
    "Sincerely,\n{g} {l}",
    "im sorry\n{f} {l}, {short}",
    "Best,\n{g} (dad of {f} {l})",
)
NICKNAMES = ("Custard", "Piglet", "Duckie", "Mousey", "Hobnob", "Flapjack", "Chuckles")
NICKNAMES += ("Fidget", "Buttons", "Wriggles", "Tootsie", "Doodlebug", "Marshmallow")
NICKNAMES += ("Pebbles", "Moonpie", "Ladybird")
NICKNAME_TEXT = (
    "At home she is only ever called {n}; even the school uses it.",
    "His gaming tag is {n} and the older boys message him on it.",
    "{n} (what {f}'s family call him) was found at the bus station at 1am.",
    "Her {rel} says {n} has been staying out all weekend.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "Little {n}", "{n} {fi}{li}")
DOB_TEXT = (
    "DOB {dob}",
    "dob: {dob}",
    "Date of Birth - {dob}",
    "born on {dob}",
    "{f} born {dob}, {age} now",
    "D.O.B {dob}",
    "birthday {dob}",
    "Baby's date of birth is {dob}",
    "DoB {dob}, premature",
)
PHONE_TEXT = (
    "mum's number {phone}",
    "Dad's mobile: {phone}",
    "contact {g} on {phone}",
    "{rel}'s phone {phone}",
    "Ph: {phone}",
    "{f} rang from {phone} crying",
)
NHS_TEXT = ("NHS number: {nhs}", "nhs no. {nhs}", "{f} NHS {nhs}", "NHS# {nhs}")
NI_TEXT = ("NI no. {ni}", "mum's national insurance number is {ni}", "NINO: {ni}", "NI {ni}")
ADDRESS_TEXT = (
    "Address: {street}, {town}",
    "lives at {street}",
    "Visited {street}, {town} - no answer",
    "staying with {rel} on {street}",
    "Police called to {street} at 3am",
    "Moved out of {street} to temporary housing in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "new address is {postcode}", "P/C: {postcode}")
SCHOOL_TEXT = (
    "Attends {school}",
    "Year {year_group}, {school}",
    "DSL at {short} made the referral",
    "{f} moved to {short} after Easter",
    "On roll at {school} but not attending",
)
EMAIL_TEXT = ("email is {e}", "mum emailed from {e}", "{g}: {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "Child {fi}{li} at {street}",
    "{fi}{li} age {age}, {short}",
    "Child of {postcode}",
    "{fi}{li} NHS {nhs}",
    "The {l} quads",
    "Year {year_group} girl at {short}",
    "{fi}{li} DOB {dob}",
    "{l} brothers",
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
_SEL_ICB = ("NHS South East London Integrated Care Board",)
_NWL_ICB = ("NHS North West London Integrated Care Board",)
_TVP = ("Thames Valley Police",)
_SCAS = ("South Central Ambulance Service NHS Foundation Trust",)
_BHFT = "Berkshire Healthcare NHS Foundation Trust"
_EMAS = ("East Midlands Ambulance Service NHS Trust",)
#: The twelve partnership areas (none an earlier corpus used), their partners by their real
#: names, and civic venues of the area. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Lambeth": {
        "council": ("Lambeth Council children's services",),
        "police": _MET,
        "trust": (
            "Guy's and St Thomas' NHS Foundation Trust",
            "King's College Hospital NHS Foundation Trust",
            "South London and Maudsley NHS Foundation Trust",
        ),
        "icb": _SEL_ICB,
        "ambulance": _LAS,
        "venue": ("Lambeth Town Hall, Brixton Hill", "Lambeth Civic Centre, Brixton"),
    },
    "Wandsworth": {
        "council": ("Wandsworth Council children's services",),
        "police": _MET,
        "trust": (
            "St George's University Hospitals NHS Foundation Trust",
            "South West London and St George's Mental Health NHS Trust",
        ),
        "icb": ("NHS South West London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Wandsworth Town Hall", "Battersea Arts Centre"),
    },
    "Greenwich": {
        "council": ("Royal Borough of Greenwich children's services",),
        "police": _MET,
        "trust": ("Lewisham and Greenwich NHS Trust", "Oxleas NHS Foundation Trust"),
        "icb": _SEL_ICB,
        "ambulance": _LAS,
        "venue": ("the Woolwich Centre", "Woolwich Town Hall"),
    },
    "Waltham Forest": {
        "council": ("Waltham Forest Council children and families",),
        "police": _MET,
        "trust": ("Barts Health NHS Trust", "North East London NHS Foundation Trust"),
        "icb": ("NHS North East London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Walthamstow Town Hall", "Walthamstow Assembly Hall"),
    },
    "Hillingdon": {
        "council": ("Hillingdon Council children's services",),
        "police": _MET,
        "trust": (
            "The Hillingdon Hospitals NHS Foundation Trust",
            "Central and North West London NHS Foundation Trust",
        ),
        "icb": _NWL_ICB,
        "ambulance": _LAS,
        "venue": ("Hillingdon Civic Centre, Uxbridge", "the Compass Theatre, Ickenham"),
    },
    "Cheshire West and Chester": {
        "council": ("Cheshire West and Chester Council children's services",),
        "police": ("Cheshire Constabulary",),
        "trust": (
            "Countess of Chester Hospital NHS Foundation Trust",
            "Mid Cheshire Hospitals NHS Foundation Trust",
            "Cheshire and Wirral Partnership NHS Foundation Trust",
        ),
        "icb": ("NHS Cheshire and Merseyside Integrated Care Board",),
        "ambulance": ("North West Ambulance Service NHS Trust",),
        "venue": ("Chester Town Hall", "Wyvern House, Winsford"),
    },
    "South Tyneside": {
        "council": ("South Tyneside Council children's services",),
        "police": ("Northumbria Police",),
        "trust": (
            "South Tyneside and Sunderland NHS Foundation Trust",
            "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        ),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
        "venue": ("South Shields Town Hall", "The Word, South Shields"),
    },
    "Wokingham": {
        "council": ("Wokingham Borough Council children's services",),
        "police": _TVP,
        "trust": ("Royal Berkshire NHS Foundation Trust", _BHFT),
        "icb": ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",),
        "ambulance": _SCAS,
        "venue": ("the Council Offices, Shute End, Wokingham", "Wokingham Town Hall"),
    },
    "Windsor and Maidenhead": {
        "council": ("Achieving for Children, for the Royal Borough of Windsor and Maidenhead",),
        "police": _TVP,
        "trust": ("Frimley Health NHS Foundation Trust", _BHFT),
        "icb": ("NHS Frimley Integrated Care Board",),
        "ambulance": _SCAS,
        "venue": ("Maidenhead Town Hall", "the Guildhall, Windsor"),
    },
    "North Northamptonshire": {
        "council": ("Northamptonshire Children's Trust",),
        "police": ("Northamptonshire Police",),
        "trust": (
            "Kettering General Hospital NHS Foundation Trust",
            "Northamptonshire Healthcare NHS Foundation Trust",
        ),
        "icb": ("NHS Northamptonshire Integrated Care Board",),
        "ambulance": _EMAS,
        "venue": ("the Corby Cube", "Swanspool House, Wellingborough"),
    },
    "Central Bedfordshire": {
        "council": ("Central Bedfordshire Council children's services",),
        "police": ("Bedfordshire Police",),
        "trust": (
            "Bedfordshire Hospitals NHS Foundation Trust",
            "East London NHS Foundation Trust",
        ),
        "icb": ("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service NHS Trust",),
        "venue": ("Priory House, Chicksands", "the Grove Theatre, Dunstable"),
    },
    "Rutland": {
        "council": ("Rutland County Council children's services",),
        "police": ("Leicestershire Police",),
        "trust": (
            "University Hospitals of Leicester NHS Trust",
            "Leicestershire Partnership NHS Trust",
        ),
        "icb": ("NHS Leicester, Leicestershire and Rutland Integrated Care Board",),
        "ambulance": _EMAS,
        "venue": ("Catmose, Oakham", "Rutland County Museum, Oakham"),
    },
}
KINDS = ("council", "police", "trust", "icb", "ambulance")
#: Each area's partnership as it styles itself (some are shared with neighbours).
SCP = {
    "Lambeth": "Lambeth Safeguarding Children Partnership",
    "Wandsworth": "Wandsworth Safeguarding Children Partnership",
    "Greenwich": "Royal Greenwich Safeguarding Children Partnership",
    "Waltham Forest": "Waltham Forest Safeguarding Children Partnership",
    "Hillingdon": "Hillingdon Safeguarding Children Partnership",
    "Cheshire West and Chester": "Cheshire West Safeguarding Children Partnership",
    "South Tyneside": "South Tyneside Safeguarding Children Partnership",
    "Wokingham": "Berkshire West Safeguarding Children Partnership",
    "Windsor and Maidenhead": "Windsor and Maidenhead Safeguarding Partnership",
    "North Northamptonshire": "Northamptonshire Safeguarding Children Partnership",
    "Central Bedfordshire": "Central Bedfordshire Safeguarding Children Partnership",
    "Rutland": "Leicestershire and Rutland Safeguarding Children Partnership",
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
ROLES = (
    "assistant director for safeguarding",
    "head of the front door service",
    "named doctor for safeguarding children",
    "designated nurse for looked-after children",
    "detective chief inspector, public protection",
    "safeguarding practitioner for the ambulance trust",
    "partnership manager",
    "case review coordinator",
    "independent chair",
    "education safeguarding lead",
    "head of midwifery",
    "youth justice service manager",
)
REFERENCES = ("RR 27-31", "LCSPR 28/07", "RR/28/22", "CSPR-29-04", "RR 29/11", "MALR 28-03")
THEMES = (
    "bruising in babies who are not yet mobile",
    "children who are electively home educated",
    "young carers",
    "parental substance misuse",
    "coercive control",
    "child criminal exploitation",
    "neurodivergent children",
    "children moving between areas",
    "respectful uncertainty",
    "men in the household who are not seen",
)
COURSES = (
    "Introduction to rapid reviews",
    "Bruising protocol for non-mobile babies",
    "Neglect and the graded care profile 2",
    "Writing a useful chronology",
    "Professional challenge and escalation",
    "Harmful sexual behaviour",
)
ROOMS = ("Committee Room 2", "the Board Room", "Room 3.12", "the Learning Suite")
ROOMS += ("Meeting Room B", "the Members' Room")
TIMES = ("9am", "9.15am", "10:00", "10.30", "11.30am", "12 noon", "13:00", "2pm", "15:30")
PERIODS = ("2027-28", "2028/29", "Q1 2028-29", "quarter 4", "spring 2028", "2029-30")
AGE_BANDS = ("under one", "aged 1 to 4", "aged 5 to 10", "aged 11 to 15", "aged 16 or 17")
#: The benign fields drawn from a list each time.
DRAWS = {"ref": REFERENCES, "theme": THEMES, "room": ROOMS, "period": PERIODS}
DRAWS |= {"age_band": AGE_BANDS, "course": COURSES, "rag": ("green", "amber", "red")}
CHOSEN = ("Heron", "Basalt", "Quill", "Gannet", "Flint", "Larch", "Lantern", "Tarn")
PSEUDONYM_WORDS = ("Child", "Infant", "Baby", "Young Person", "Sibling", "Unborn")

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (never more than three). About a third is long, as the bot's 500
#: character summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: a baby of four months was brought to {trust} by the parents with "
        "bruising to the ear and a torn frenulum. A skeletal survey found older rib fractures. "
        "{council} and {police} held a strategy discussion that night and the baby went "
        "to a relative under a safety plan. Both parents had been seen by the GP in the "
        "fortnight before; neither contact led to questions about the baby.",
        "Incident summary: the young person, aged 14, was found by {police} in a flat in "
        "another county with two adults and a quantity of drugs. She had been reported missing "
        "eleven times in a year. {council} had assessed her twice and the school had moved her "
        "to a part-time timetable. The rapid review found that each missing episode was "
        "handled on its own and no one looked at the pattern.",
        "Case summary ({ref}): the child, {age_band}, died at home. The post-mortem is not yet "
        "complete; neglect is suspected. The family were known to {council} through early "
        "help and to {trust} for the mother's mental health. {ambulance} attended the 999 call. "
        "The review asks whether the early help plan was ever reviewed and who held "
        "the lead professional role.",
        "Brief summary by role: the mother, her partner and three children {age_band}. The "
        "partner had convictions for violence against a former partner that {police} held but "
        "did not share, as no one asked. The health visitor recorded 'dad present' at two "
        "visits without knowing who he was. The rapid review asked how agencies find out who "
        "lives in a household.",
        "Summary: a disabled child {age_band} who does not use speech was found with scald "
        "injuries at the respite unit. {trust} treated the injuries and {council} began a "
        "section 47 enquiry led by the LADO route for the staff. The review will cover how "
        "changes in the child's behaviour were read by staff at school, home and respite, and "
        "whether the child's own way of communicating was used.",
        "Summary of {ref}: the teenager, 16, was seriously assaulted near a bus station in "
        "{area} and spent a week in intensive care. He was open to the youth justice service "
        "and had been excluded from school in the autumn. {police} had intelligence that he "
        "was being used to carry drugs. Partners agreed the criteria for notification were met "
        "and the Panel was told within five working days.",
        "Incident summary for the partners: an infant of seven weeks was taken by {ambulance} to "
        "{trust} after being found not breathing in the parents' bed. The parents had both "
        "been drinking. Safe sleep advice was given in hospital after the birth and again by "
        "the health visitor; it was not repeated when the family moved into temporary "
        "accommodation. The infant survived with a brain injury.",
        "Case summary: the child {age_band} disclosed to a school nurse that an older cousin "
        "had sexually abused her over two years. {police} and {council} carried out a joint "
        "investigation. Earlier, {trust} had seen her twice for urinary infections and "
        "recurring stomach pain. The rapid review is looking at whether those signs could "
        "have led to an earlier conversation.",
        "{ref}, short summary: the family arrived in {area} from abroad a year ago. The "
        "father brought the child {age_band} to {trust} with injuries he said came from a "
        "fall. Interpreting was done by the older sibling. The review will consider language, "
        "culture and immigration status, and why a professional interpreter was not booked "
        "at the first appointment.",
        "Summary: the child {age_band}, looked after by {council} and placed out of area, "
        "died after taking an overdose in the children's home. The placing authority, the "
        "host authority and {icb} each hold part of the record. A notification to Ofsted and "
        "the Secretary of State was made, and the rapid review is being led jointly by the "
        "two partnerships.",
        "Case summary by agency: {council} had four contacts in a year, all closed at the "
        "front door; {police} attended two domestic incidents; {trust} saw the mother in "
        "antenatal clinic and missed two appointments; the school had low attendance but no "
        "welfare concerns. Together they show a picture no single agency saw. The child "
        "{age_band} was seriously harmed in the spring.",
        "Summary: the child was electively home educated and had not been seen by any "
        "professional for eighteen months. {police} forced entry after a neighbour's call and "
        "found the child {age_band} malnourished. The review is asking how the local "
        "authority's home education team, the GP and health services knew the child and "
        "whether any of them could have asked to see the child.",
    ),
    "rapid_review_rationale": (
        "Decision on {ref}: the partners agreed on {date} that the case meets the criteria for "
        "a local child safeguarding practice review. Reasons: the case points to improvements "
        "needed in how health and social care share information about fathers; the same theme "
        "was found in an earlier review; and three agencies were involved whose work did not "
        "join up. The rationale will be shared with the family.",
        "Rapid review decision ({ref}): no local review. The partners found that the facts "
        "were established, the learning is clear and is already being acted on through the "
        "improvement plan, and a local review would not add to it. Instead a practice "
        "learning review will be held with the practitioners involved. The decision was "
        "agreed by {council}, {police} and {icb} on {date}.",
        "Rationale: the partners recommend that the Panel consider a national review, because "
        "the case raises issues about {theme} that go beyond {area} and the children's home "
        "sits in another region. The rapid review was sent on {date}, within 15 working days of "
        "the notification. A local review will start if the Panel does not take the case on.",
        "Decision and reasons for {ref}: local review commissioned. The criteria met are "
        "concerns about how agencies worked together (regulation 11) and the possibility of "
        "identifying improvements on {theme}. An independent reviewer will be appointed and "
        "terms of reference agreed by {date}. All three partners signed off the rapid review "
        "on {date2}.",
        "The partners considered whether to hold a local review on {ref}. They decided not to: "
        "the learning is about one agency's internal process, which {trust} is reviewing "
        "itself, and no concern about multi-agency working was found. The Panel will be told "
        "the reasons, and the independent scrutineer will check the single-agency action plan "
        "in {period}.",
        "Rapid review outcome, {date}: the partners agreed that immediate action was needed "
        "to keep the siblings safe, and that was taken on the day of the incident. On next "
        "steps, they decided a local review is needed on {theme}, as the last two rapid "
        "reviews raised the same concern. The business unit will write to the Panel with the "
        "decision and the rationale.",
        "Decision rationale for {ref}: the criteria for a local review are met, but the "
        "criminal investigation by {police} is at an early stage. The partners agreed to "
        "commission the review now and to pause the family's part until charging decisions "
        "are made. The Panel and the Secretary of State will be told of the likely delay.",
        "Outcome: no local review. Reasons recorded on {date}: the child was known to only one "
        "agency for a short time, the information held was limited, and the rapid review has "
        "already set out the learning. A seven-minute briefing on {theme} will be written and "
        "shared with practitioners across {area}.",
        "Decision for {ref}: partners agreed a local review.",
        "Rationale shared with the family by the social worker on {date}.",
        "The decision was sent to the Panel with the rapid review on {date}.",
    ),
    "minutes": (
        "Case review group, {date}, {room}, {venue}\nPresent: the {role} ({council}); the "
        "{role2} ({police}); the designated nurse ({icb})\nApologies: education\n1. {ref}: "
        "agency summaries discussed; gaps in the health chronology\n2. Decision "
        "deferred so the GP summary can be read\n3. AOB: none",
        "Minutes extract, {scp} executive, {date}:\n- rapid review {ref} signed off by all "
        "three partners\n- decision: local review; terms of reference to come back in a month\n"
        "- Panel notification for a new case confirmed as sent\n- the independent scrutineer "
        "asked for a timeline of all open reviews at each meeting",
        "Item 3 - local review {ref}\nThe reviewer reported that practitioner interviews are "
        "complete. {trust} has not yet sent its agency report. The chair asked the {role} to "
        "escalate this. The draft is now expected in {period}.\nAction: partnership manager "
        "to write to {trust} by {date}.",
        "Learning and improvement subgroup, {date}\nAttendance: LA, police, ICB, two head "
        "teachers, probation\nItem 1: the action log was reviewed; four actions closed, two "
        "amber, one red (escalation policy refresh)\nItem 2: the group agreed the themes for "
        "next year's audit programme, including {theme}\nNext meeting: {date2}, {venue}",
        "Rapid review meeting, {ref}, {date} at {time}\nChair: {role}\nThe group went through "
        "each agency summary in turn. Key practice episodes identified: the first missed "
        "appointment, the strategy discussion, the closure of the assessment. The group "
        "agreed immediate action for the siblings was in place.",
        "Item 1: declarations of interest - the {role} had supervised the allocated worker "
        "and will not take part in the decision.",
        "Item 5: the business manager reported that all notifications in {period} were made "
        "within five working days.",
        "AOB: {police} to circulate the updated missing-children protocol before the next meeting.",
        "Decision recorded on {date}: no local review for {ref}; practice learning review to "
        "be arranged.",
        "The meeting ended at {time2}. Next meeting: {date}, {room}, {venue}.",
    ),
    "email_with_sign_off": (
        "Dear all,\n\nWe are now on day 9 of the rapid review for {ref}. Summaries have come in "
        "from {council} and {police}; the health summary is still outstanding. The meeting on "
        "{date} at {time} in {room}, {venue} will go ahead either way, and late summaries will "
        "be added afterwards.\n\nBest regards\n\nCase Review Coordinator\n{scp}",
        "Hello colleagues,\n\nA short update on {ref}. The Panel wrote to us on {date}: it "
        "supports the decision to hold a local review and would like a copy of the terms of "
        "reference. The letter is in the review folder, and I have added a line to the "
        "tracker.\n\nWe will discuss the next steps at the subgroup.\n\nWarm regards\n"
        "Partnership Manager\n{scp}",
        "Morning all,\n\nAttached is version two of the terms of reference for {ref}, with the "
        "changes asked for by {icb} and {police}. If you are content, please say so by {date} "
        "so that the reviewer can begin the scoping work the following week.\n\nThank you\n\n"
        "Safeguarding Partnership Business Manager, {area}",
        "Hi there,\n\nI am covering for our safeguarding lead this week. {ambulance} has pulled "
        "together its records for {ref}, and the summary will reach you by {date}. I will dial "
        "in to the review meeting at {time}.\n\nAny questions, please ask.\n\nKind regards\n"
        "Safeguarding Practitioner\n{ambulance}",
        "Dear practitioners,\n\nYou are invited to a learning session about {ref} on {date} "
        "from {time} to {time2} at {venue}. The session is reflective and confidential: it is "
        "about what helped and what got in the way, not about individuals. Managers are "
        "welcome.\n\nPlease let us know by {date2} if you can come.\n\nWith thanks\nWorkforce "
        "Development Lead, {scp}",
        "Dear section 11 leads,\n\nThe self-assessment window closes on {date}. This year "
        "there is one new standard, on {theme}, and guidance notes are attached. The "
        "challenge panels will follow in {period}.\n\nIf your organisation needs an "
        "extension, please email me before the closing date.\n\nRegards\nQuality and "
        "Performance Officer\n{scp}",
        "Dear Independent Chair,\n\nThe three partners have now signed off the overview report "
        "for {ref}, on {date}. We intend to send it to the Panel and to the Secretary of State "
        "no later than seven working days before publication, and I will confirm the date.\n\n"
        "Yours sincerely\n\nExecutive Director, Children and Families\n{council}",
        "Good afternoon,\n\nAfter Tuesday's subgroup the action plan for {ref} now shows six "
        "actions closed, two open and one ({trust}) extended to {date}. Owners, please send "
        "the evidence for closed actions so it can go to the executive.\n\nMany thanks\n"
        "Partnership Administrator, {area}",
        "Hi,\n\nIs there any chance of moving our {ref} catch-up to {date} at {time}? "
        "The named GP has a practice meeting at the usual time.\n\nThanks so much\nNamed "
        "Nurse, Safeguarding Children\n{icb}",
        "Colleagues,\n\nThe executive papers for {date} are now on the shared site.\n\nBest,\n"
        "Business Support, {scp}",
    ),
    "lcspr_progress": (
        "Local review {ref}, month four: the reviewer has interviewed eleven practitioners "
        "from {council}, {police} and {trust}. Two themes are emerging: handovers between "
        "teams, and adults' accounts accepted without checking. The grandparents will meet "
        "the reviewer next month. The draft is due in {period}, four weeks late, as a file "
        "from another area came slowly.",
        "Highlight report, {ref}: scoping complete on {date}. Agency reports: five of six in "
        "(awaiting {ambulance}). Practitioner event: done. Family: mother engaged, father "
        "not yet contacted as he is a witness. Risks: police investigation ongoing; no "
        "inquest date. Status overall amber; the business unit has told the Panel where the "
        "review has got to.",
        "The reviewer for {ref} presented early themes to the case review group: the picture "
        "of daily life for the child was missing from most assessments; agencies relied on "
        "one parent's account; and {theme} was not named as a risk until late. {council} "
        "and {icb} want the themes tested with team managers at {venue} before drafting "
        "starts.",
        "{ref} overview report, first draft: shared with the three partners on {date} to check "
        "facts only. {police} asked for a short section to be withheld while the CPS decides "
        "on charges. Partners agreed a new sign-off date of {date2}, and the business unit "
        "will write to the Panel and the Secretary of State with the reasons for the change.",
        "Scoping for {ref} finished; period under review is the two years before the incident.",
        "Reviewer appointed for {ref} from the partnership's approved list.",
        "{ref}: overview report at second draft, comments back by {date}.",
        "Interviews for {ref} done at {venue}; one practitioner to follow by phone.",
    ),
    "audit_finding": (
        "Audit report, {period}: the multi-agency audit group read {n} files on {theme}. "
        "Strengths: plans had clear outcomes and most children were seen alone. Areas for "
        "development: dads and partners were often missing from assessments, and school "
        "nurses were not copied in to conference minutes. {council} will lead a follow-up "
        "dip sample in six months and report to the subgroup in {room}.",
        "Section 11 return, {area}: {n} organisations submitted on time. {trust} graded "
        "itself good on safer recruitment but requires improvement on supervision; {police} "
        "flagged that its voice of the child training is overdue. The peer challenge "
        "session at {venue} on {date} will go through three returns in detail with the "
        "independent scrutineer.",
        "Case file audit: chronologies were up to date in {n} of 18 files.",
        "Thematic audit on {theme}: report to the executive in {period}.",
        "Finding: transfer-in conferences were held late when families moved areas.",
    ),
    "checklist_note": (
        "Notification to the Panel: done, {date}.",
        "Neighbouring partnership told; reply received from its business unit.",
        "Step 3 complete - all agencies asked for records.",
        "Looked-after child death: DfE and Ofsted form sent on {date}.",
        "Child death review partners informed.",
        "Health summary in from {trust}; police summary pending.",
        "Partner sign-off recorded: LA {date}, police {date2}.",
        "Deadline counted from the awareness date, not the notification.",
        "Rationale letter drafted for the family; social worker to hand deliver.",
        "Notification marked provisional until the Panel confirms receipt.",
    ),
    "chronology": (
        "{date}: antenatal booking at {trust}; mother declined the routine enquiry.",
        "{date} - two-year review by health visiting; not brought.",
        "{date}: {police} called to a neighbour dispute; children not seen.",
        "{date}: the nursery raised a concern about hunger with {council}.",
        "{date}: paediatric assessment at {trust} for faltering growth.",
        "{date}: child in need plan ended; case stepped down to early help.",
        "{date}: {ambulance} attended a fall; no conveyance.",
        "{date}: housing served notice on the family's tenancy.",
        "{date}: the GP made a referral to perinatal mental health.",
        "{date}: review child protection conference; plan continued.",
    ),
    "panel_note": (
        "Panel letter in for {ref}: content with our decision, no questions.",
        "Panel wants the final report for {ref} once it is signed off.",
        "The Panel asked how the family's views were gathered for {ref}.",
        "Chased the Panel on {date}; reply promised within ten working days.",
        "Panel thematic review on {theme} uses three of our cases.",
        "Panel queried the 15-day deadline; we counted from the notification date.",
        "Panel decided not to take {ref} as a national review.",
    ),
    "publication_note": (
        "{ref}: publication date set for {date} unless the trial moves.",
        "The coroner has opened and adjourned the inquest; publication of {ref} on hold.",
        "Anonymised report for {ref} checked for anything that could identify the family.",
        "Media briefing for {ref} to be held by the {role}.",
        "Publication of {ref} delayed; reasons sent to the Panel and the Secretary of State.",
        "{ref} will stay on the {scp} website for at least a year.",
        "Summary of learning published instead of the full report.",
    ),
    "improvement_action": (
        "Action {n}: {council} to add a prompt on household members to the referral form.",
        "Action: {trust} to train midwives on asking about coercive control, by {date}.",
        "Lead: the {role}; target {date}; RAG {rag}.",
        "Closed: the escalation flowchart is on every partner's intranet.",
        "Action (red): the information-sharing agreement with schools is not yet signed.",
        "Action: {police} to flag repeat missing episodes to the front door within 24 hours.",
        "Action: {icb} to add was-not-brought codes to GP systems.",
        "{ambulance} has sent evidence for action {n}; to close at the subgroup.",
        "Action: a practice guide on {theme} to be written and launched in {period}.",
        "{ref} action plan: {n} actions, overall {rag}.",
    ),
    "learning_event": (
        "Learning from {ref}: {date}, {time} in {room} at {venue}. Booking essential.",
        "'What went well, what didn't' session on {theme}, {date}, {time} to {time2}.",
        "Safeguarding conference {period}: {venue}, keynote on {theme}.",
        "Webinar on the Panel's annual report, {date} at {time}.",
        "Room change: the learning event is now in {room}, {venue}.",
        "Debrief for the staff who were involved in {ref}, {date}, {time}.",
        "Briefing pack on {theme} out for team meetings from {date}.",
    ),
    "training_notice": (
        "Course: '{course}', {date}, {time}-{time2}, {room}, {venue}.",
        "'{course}' dates for {period} are now open for booking through the {scp}.",
        "Last few places on '{course}'.",
        "'{course}' starts at {time} sharp; sign-in from 15 minutes before.",
        "'{course}' moved to Teams; calendar invites updated.",
        "'{course}' is free to staff of partner agencies and the voluntary sector.",
        "'{course}' on {date} postponed; a new date will follow.",
    ),
    "notice": (
        "The business unit is closed on {date}; the duty line is covered by {council}.",
        "New address for the partnership office: {venue}, from {date}.",
        "Executive rescheduled to {date} at {time} in {room}.",
        "Quiet room bookable at {venue} for review interviews.",
        "Step-free access at {venue} is by the side entrance.",
        "Annual report {period} published; hard copies from the office.",
        "Building maintenance at {venue} on {date}; meetings to move online.",
        "The {period} meeting calendar is attached to the channel.",
    ),
    "slack": (
        "rr {ref} gone to the panel, well done all",
        "panel letter in - happy with the decision",
        "anyone have a contact at {trust} for the health summary?",
        "uploaded the strat disc minutes",
        "where are the notes from {date}? cant see them",
        "police sign-off received for {ref}",
        "tor draft in the folder, shout by {date} if changes",
        "{room} at {venue} booked for the rr",
        "icb sign-off still pending, will chase again tmrw",
        "notification deadline is wed, not thurs - bank hol",
        "eCDOP done",
        "tracker: 3 greens, 1 amber",
        "need a note taker at {time}, any takers?",
        "lcspr draft 3 uploaded",
        "health summary from {ambulance} arrived",
        "back from the review mtg at {time2}",
        "{ref} acknowledged by the panel :+1:",
        "quick one - summary still has a first name in it, swap for a role pls",
        "learning event feedback forms all in",
        "{ref} day 13 of 15, should be fine",
        "vpn down, working from the office",
        "s47 outcome received, chronology updated",
        "5 mins late to the exec sorry",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child B",
    "Child JT",
    "Infant D",
    "Baby K",
    "Young Person G",
    "Sibling 2",
    "Sibling 4",
    "Unborn Baby F",
    "RM",
    "T.H.",
    "Child C and Child D",
    "Heron",
    "Basalt",
    "Quill",
    "Gannet",
    "Flint",
    "Larch",
    "Lantern",
    "Tarn",
    "Child X",
    "Infant PW",
    "Baby LN",
    "Young Person S",
    "KD",
    "H",
    "Child V",
    "Sibling J",
    "E.W.",
    "Baby P and Baby Q",
    "Child MB",
    "Young Person RA",
    "GT",
    "Infant L",
    "Unborn Child W",
)


def _uses(template: str, n: int) -> int:
    """How many samples a benign template gives: once with nothing to fill, three times for a
    long one (so that about a third of the text is long) and for every fourth template of a
    register, else twice."""
    if "{" not in template:
        return 1
    return 3 if len(template) >= 280 or n % 4 == 3 else 2


def _values(rng: random.Random, lap: int) -> dict[str, str]:
    """The benign fields for the ``lap``-th sample: the areas in turn, and within an area its
    partners of each kind in turn, so that every partner is named."""
    name = PARTNERSHIPS[lap % len(PARTNERSHIPS)]
    area, turn = AREAS[name], lap // len(PARTNERSHIPS)
    chosen = {kind: area[kind][turn % len(area[kind])] for kind in KINDS}
    chosen |= {"area": name, "scp": SCP[name], "venue": area["venue"][turn % 2]}
    for key, choices in DRAWS.items():
        chosen[key] = rng.choice(choices)
    first, second = sorted(rng.sample(range(len(TIMES)), 2))
    chosen |= {"time": TIMES[first], "time2": TIMES[second], "n": str(rng.randint(2, 15))}
    chosen["role"], chosen["role2"] = rng.sample(ROLES, 2)
    chosen["date"] = _date(rng, (2027, 2029), WHEN_FORMS)
    chosen["date2"] = _date(rng, (2027, 2029), WHEN_FORMS)
    return chosen


def _benign(rng: random.Random) -> list[Sample]:
    laps = itertools.count()
    planned = [
        (register, template)
        for register, templates in BENIGN.items()
        for n, template in enumerate(templates)
        for _ in range(_uses(template, n))
    ]
    out = [
        Sample(
            register, "text", _fill(template, _values(rng, next(laps))), False, f"hand-{register}"
        )
        for register, template in planned
    ]
    return out + as_pseudonyms(BENIGN_PSEUDONYM_TEXT)


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentieth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
