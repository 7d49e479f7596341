"""A fifteenth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fifteenth_names.json``, a seeded snapshot (one generator per locale, seed
  ``fifteenth-<locale>``) of female and male first name and surname pairs from Faker
  40.63.0 (MIT licence), 13 sources (``DRAWN``). Faker ships its own person names for only
  two locales that none of the sixth, seventh or twelfth drew (Liechtenstein German
  ``de_LI`` and Catalan ``es_CA``; ``fr_QC`` is ``fr_CA`` renamed, ``es`` has no names and
  ``en``/``en_US`` are the names the guard's lists are partly built from), so the other
  eleven are locales the earlier corpora drew only in their own script, here in Latin
  letters as an English case file writes them (``-latn``): Japanese and Taiwanese Mandarin
  from Faker's own romanised names (Hepburn; Wade-Giles, as Taiwanese passports spell
  them); Georgian, Armenian and Macedonian transliterated by anyascii 0.3.3 (ISC licence;
  apostrophes dropped, Armenian "ow" written "u", Macedonian "kh" written "h"); and Hindi,
  Marathi, Nepali (Devanagari) and Bengali through ``brahmic``, written for this corpus
  (the silent final and medial "a" of names as they are spelt in England). Gujarati and
  Odia were tried and left out: the Gujarati table gave no name new to the corpora, and
  the Odia romanisation read by hand as mostly misspelt. Only one-word names of three
  letters or more are taken (a Wade-Giles hyphen allowed, ``_single``); romanisations read
  by hand in the draw as words or as spellings no one uses are left out (``NOT_NAMES``);
  and any name in the earlier snapshots (``EARLIER``: the fourth to the fourteenth, in its
  own script or in Latin letters) or drawn for another source is skipped, so every name is
  new to the corpora and appears once. Faker is a dev dependency, anyascii is not;
  regenerate with ``uv run --with anyascii==0.3.3 python -m tests.support.fifteenth_corpus``
  (the snapshot was drawn with the fourteenth's snapshot beside it, so the draw gives it
  again once that one is on main); the corpus itself reads the JSON only.
- Nicknames: British pet names, written by hand for this corpus (none an earlier corpus
  used).
- Identifying templates, written fresh by hand: names in notes, in lower case and in
  sign-offs by a child, a parent or a relative; names and give-away details in pseudonyms;
  dates of birth in six typed forms (ISO, ordinal, two-digit year, American, dotted, no
  year); addresses on invented streets (``STREETS``) in real towns; postcodes; phone, NHS
  and NI numbers; invented schools (``SCHOOLS``); email addresses.
- Benign text, written fresh by hand, set in twelve real partnership areas of England
  (``AREAS``: three London boroughs, Bolton, Wakefield, Calderdale, Doncaster, Knowsley,
  North Tyneside, Shropshire, Herefordshire and Dorset, none an earlier corpus or the
  fourteenth used) with their real partners by their real style (the council's children's
  directorate, the police force, the hospital and mental health trusts, the integrated
  care board, the ambulance service) and real civic venues, never a person's address. It
  is what staff type into this bot's free-text fields and its Slack channel, each
  sample's ``category`` its register: incident case summaries naming people by role ("the
  mother", "the social worker"), checklist item notes, rapid review decision rationales,
  notes on the national Panel's response, local review progress, publication notes,
  improvement action titles and progress updates, chronology entries with dates, training
  notices and learning-event invitations, minutes extracts, emails with sign-offs by role
  and organisation, and terse Slack messages in lower case, with shorthand (sw, dsl, hv,
  iro, cp plan, s47, ics, lado, mash, tor), typos and lists. 148 templates; ``_uses``
  fills each at most three times.
- Identifiers are fictional: Ofcom drama phone numbers, NHS numbers in the 999 range with
  a valid check digit, NI numbers prefixed QQ, example.* emails, postcodes of a valid shape
  in areas no Royal Mail postcode uses (the tenth corpus's ``person_values``, imported).
  An identifying sample's ``source`` is ``faker-<source>`` when it names someone,
  ``hand-nicknames`` for a nickname, else ``hand``.
- Benign pseudonyms follow DOMAIN.md strictly, written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials on their own or after a word such as "Child"
  (``PSEUDONYM_WORDS``), a sibling's number, or a chosen word that is not a forename
  (``CHOSEN``), with nothing beside them.

A drawn name that is also a word of the benign text is dropped (``assembled``; here the
Japanese surname Mori, which an improvement action names as Ipsos MORI). No sample was
changed after seeing what the guard does with it.
"""

from __future__ import annotations

import importlib
import itertools
import json
import random
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from tests.support.eleventh_corpus import as_pseudonyms
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.fifth_corpus import without_banned
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.sixth_corpus import _fill
from tests.support.tenth_corpus import (
    Plan,
    _date,
    assembled,
    birth_values,
    nicknamed,
    person_values,
    planned,
)
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twelfth_corpus import _faker_sourced

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fifteenth_names.json")
FAKER_VERSION = "40.63.0"
ANYASCII_VERSION = "0.3.3"
#: The snapshots whose names are skipped: every earlier one (the fourteenth's when present).
EARLIER = tuple(f"{n}_names.json" for n in ("fourth", "fifth", "sixth", "seventh", "eighth"))
EARLIER += tuple(f"{n}_names.json" for n in ("ninth", "tenth", "eleventh", "twelfth"))
EARLIER += ("thirteenth_names.json", "fourteenth_names.json")

#: Sources and how many people: the two Faker locales with names of their own that no corpus
#: drew, then locales earlier corpora drew only in their own script, here in Latin letters
#: (``-latn``), as an English case file writes them.
DRAWN = (
    ("de_LI", 8),
    ("es_CA", 8),
    ("ja_JP-latn", 8),
    ("zh_TW-latn", 8),
    ("ka_GE-latn", 8),
    ("hy_AM-latn", 8),
    ("mk_MK-latn", 8),
    ("hi_IN-latn", 8),
    ("mr_IN-latn", 8),
    ("ne_NP-latn", 8),
    ("bn_BD-latn", 8),
)
ROMANISED: tuple[str, ...] = ()
#: Romanised names read by hand in the draw as words, or as spelt as no one writes them.
NOT_NAMES = frozenset(
    {
        *("Mituru", "Disouja", "Reddi", "Sinh", "Hajarika", "Shripti", "Gayakvad", "Pavar"),
        *("Chavhan", "Mukharji", "Shahabaj", "Jorj", "Savant", "Dodo", "Kindle", "Hoop"),
        *("Yeh", "Sung", "Zasvinder", "Agarval", "Rangrajan", "Sane"),
        *("Burah", "Saksena", "Aphsana", "Aoyal"),
    }
)

# Brahmic scripts share Devanagari's layout (ISCII's), each at its own offset from it.
BRAHMIC_OFFSET = {"hi_IN": 0, "mr_IN": 0, "ne_NP": 0, "bn_BD": 0x80}


def _spelt(letters: str) -> tuple[str, ...]:
    """A table's Latin spellings, in code point order."""
    return tuple(letters.split())


_CONSONANTS = _spelt(
    "k kh g gh n ch chh j jh n t th d dh n t th d dh n n p ph b bh m y r r l l l v sh sh s h"
)
_VOWELS = dict(zip(range(0x05, 0x15), _spelt("a a i i u u ri l e e e ai o o o au"), strict=True))
_SIGNS = dict(zip(range(0x3E, 0x4D), _spelt("a i i u u ri ri e e e ai o o o au"), strict=True))
_NUKTA_FORMS = dict(zip(range(0x58, 0x60), _spelt("q kh gh z r rh f y"), strict=True))
#: Letters of one script only, by code point.
_OWN = {0x9CE: "t", 0x9DC: "r", 0x9DD: "rh", 0x9DF: "y"}


def brahmic(word: str, offset: int) -> str:
    """A Devanagari or Bengali word in Latin letters as names are spelt in
    England: each consonant carries an 'a' unless a vowel sign or virama follows; that 'a' is
    silent at the end of a word unless its consonant closes a cluster ("Chandra", but
    "Prakash"), and between a vowel and a consonant with a vowel ("Kulkarni")."""
    # Each unit: consonant (or ""), vowel, whether the vowel is the inherent 'a'.
    units: list[list[Any]] = []
    chars = [ord(c) - 0x900 - offset for c in word if c not in "\u200c\u200d"]
    own = [ord(c) for c in word if c not in "\u200c\u200d"]
    for code, local in zip(own, chars, strict=True):
        if code in _OWN or 0x15 <= local <= 0x39 or local in _NUKTA_FORMS:
            letter = _OWN.get(code) or _NUKTA_FORMS.get(local) or _CONSONANTS[local - 0x15]
            units.append(["b" if offset == 0x80 and letter == "v" else letter, "a", True])
        elif local in _SIGNS and units:
            units[-1][1:] = [_SIGNS[local], False]
        elif local == 0x4D and units:
            units[-1][1:] = ["", False]
        elif local in _VOWELS:
            units.append(["", _VOWELS[local], False])
        elif local in (0x01, 0x02) and units:
            units[-1][1] += "n"
        elif local == 0x03 and units:
            units[-1][1] += "h"
    if len(units) > 1 and units[-1][2] and units[-2][1]:
        units[-1][1] = ""
    for i in range(len(units) - 2, 0, -1):
        before, here, after = units[i - 1], units[i], units[i + 1]
        if here[2] and here[0] and before[1] and after[0] and after[1]:
            here[1] = ""
    return "".join(c + v for c, v, _ in units).capitalize()


def _latin(locale: str, name: str, anyascii: Callable[[str], str]) -> str:
    """A name Faker gives in its own script, in Latin letters."""
    if locale in BRAHMIC_OFFSET:
        return "-".join(brahmic(part, BRAHMIC_OFFSET[locale]) for part in name.split())
    text = anyascii(name).replace("'", "").replace("`", "")
    if locale == "hy_AM":
        text = re.sub("(?i)ow", "u", text).replace("Rr", "R").replace("rr", "r")
    if locale == "mk_MK":
        text = text.replace("Kh", "H").replace("kh", "h")
    return text.capitalize()


def _single(name: str) -> bool:
    """One word of three letters or more (a Wade-Giles hyphen allowed), not a known word."""
    return (
        len(name) >= 3
        and bool(re.fullmatch(r"[^\W\d_]+(-[^\W\d_]+)?", name))
        and (name not in NOT_NAMES)
    )


def _pair(fake: Any, locale: str, female: bool, anyascii: Callable[[str], str]) -> list[str]:
    """One person from Faker, in Latin letters, with the native spelling when there is one."""
    sex = "female" if female else "male"
    if locale == "ja_JP":
        return [getattr(fake, f"first_romanized_name_{sex}")(), fake.last_romanized_name()]
    if locale == "zh_TW":
        first = "-".join(p.capitalize() for p in fake.first_romanized_name().split("-"))
        return [first, fake.last_romanized_name().capitalize()]
    return [getattr(fake, f"first_name_{sex}")(), getattr(fake, f"last_name_{sex}")()]


def regenerate_names() -> None:
    """Draw the names afresh from Faker (with anyascii for Georgian, Armenian and
    Macedonian; both importable only here) and write the snapshot."""
    faker = importlib.import_module("faker")
    assert faker.VERSION == FAKER_VERSION, faker.VERSION
    anyascii = importlib.import_module("anyascii").anyascii
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    people: dict[str, list[list[str]]] = {}
    for source, count in DRAWN:
        locale = source.removesuffix("-latn")
        fake = faker.Faker(locale)
        fake.seed_instance(f"fifteenth-{locale}")
        drawn: list[list[str]] = []
        for attempt in range(count * 60):
            native = _pair(fake, locale, attempt % 2 == 0, anyascii)
            pair = native
            if source.endswith("-latn") and locale not in ("ja_JP", "zh_TW"):
                pair = [_latin(locale, name, anyascii) for name in native]
            words = {w.casefold() for w in (*pair, *native)}
            if all(map(_single, pair)) and len(set(pair)) == 2 and not words & used:
                drawn.append(pair)
                used |= words
            if len(drawn) == count:
                break
        people[source] = drawn
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in people.items()]
    header = f'{{"source": "Faker {FAKER_VERSION} (MIT), anyascii {ANYASCII_VERSION} (ISC)", '
    header += '"seed": "fifteenth-<locale>", "people": {\n'
    NAMES_FILE.write_text(header + ",\n".join(lines) + "\n}}\n", encoding="utf-8")


def _people(banned: set[str]) -> dict[str, list[tuple[str, str]]]:
    data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))["people"]
    return without_banned(data, banned)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Foxglove Terrace", "Tanyard Lane", "Wherry Close", "Slagbank Road", "Larkspur Mews")
STREETS += ("Brickkiln Walk", "Osier Way", "Lamplighter Court", "Tinplate Street")
TOWNS = ("Rochdale", "Dewsbury", "Telford", "Gravesend", "Warrington", "Scunthorpe")
TOWNS += ("Taunton", "Kidderminster", "Stockton-on-Tees", "Lowestoft")
SCHOOLS = (
    "Foxglove Meadow Primary School",
    "Tanyard Lane Junior Academy",
    "St Brannoc's Catholic High School",
    "Wherry Fields Nursery",
    "Larkspur Vale Free School",
    "Osier Way Alternative Provision Academy",
    "Lamplighter Church of England Primary",
    "Slagbank Community College",
)
SCHOOL_SHORT = ("Foxglove Meadow", "Tanyard Lane", "St Brannoc's", "Larkspur Vale", "Osier Way")
RELATIVES = ("grandma", "pops", "aunt", "step-nan", "uncle", "half-brother", "cousin")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{y}-{mm}-{dd}", "{d}{th} {mon} {y}", "{dd}/{mm}/{yy}", "{mo} {d}, {y}")
BIRTH_FORMS += ("{d}.{m}.{y}", "{d} {mon} {yy}")
WHEN_FORMS = (
    "{d} {mon} {y}",
    "{wd} {d} {mo}",
    "{dd}/{mm}/{y}",
    "{wd} {d}{th} {mon}",
    "{d}.{m}.{yy}",
)

#: Children born from 2010 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2010, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The templates fill person_values' fields (see the tenth corpus): {f} {l} the child, also
# as {F} {L}, {fl} {ll} and {fi} {li}; {g} {h} a parent or carer; {k} a brother or sister;
# the places and numbers; and {rel}, a relative (``_person``).
NAME_TEXT = (
    "Hospital social worker: {f} {l} brought to the ward by {g} with a spiral fracture.",
    "{f} {l} told the dinner lady she had not had tea last night or breakfast today.",
    "Patrol found {F} {L} in a stolen car at 02:40 with an older male; taken home.",
    "The school nurse says {f} {l} has lost a lot of weight since September.",
    "{g} {h} rang 101 saying {f} had not come home and her phone was going to voicemail.",
    "MASH check on {f} {l}: previous referral from the GP about head lice and missed jabs.",
    "Early help worker closed the case on {f} {l} after mum stopped answering.",
    "Neighbour told the housing officer that {g} {h} screams at {f} most nights.",
    "Police Protection taken for {f} and {k} at 21:15; both placed with emergency carers.",
    "{f} {l} disclosed at the youth club that her stepdad hits her with a belt.",
    "Midwife: {g} {h} missed four antenatal appointments and has not booked the scan.",
    "The GP saw {f} {l} with burns to both hands; {g} said it was the bath tap.",
    "{F} {L} was reported missing for the sixth time this month.",
    "Detective Constable spoke to {g} {h} about the images found on {f}'s phone.",
    "Health visitor noted {f} {l} is not yet sitting unaided at ten months.",
    "{f} {l} and {k} {l} were left with a 15-year-old babysitter for the weekend.",
    "{g} {h} has a non-molestation order but was seen at the school gate with {f}.",
    "Paediatric liaison: {f} {l} attended the minor injuries unit twice in one week.",
    "The YOT worker thinks {f} {l} is being groomed by the older lads at the skate park.",
    "{g} {l} is refusing the health visitor entry and says {f} is fine.",
    "Respite carer says {f} came back from contact with {g} with a bruise on her arm.",
    "Attendance is 48% for {f} {l}; {g} says she has migraines.",
    "Ofsted notification: {F} {L} was restrained at the children's home on Saturday.",
    "Strategy meeting for {f} {l} after she said her uncle touched her.",
    "Probation flagged that {g} {h} has moved back in with {f} and the baby.",
    "The interpreter said {g} {h} did not understand what the child protection plan meant.",
    "{f} {l} missed the dental general anaesthetic appointment for the second time.",
    "CSE screening tool completed for {f} {l}; score high.",
    "Baby {f} {l} was discharged home with {g} against medical advice.",
    "{f} {l} ran out of the PRU and was found at the railway bridge.",
    "The family court asked for a section 7 report on {f} and {k}.",
    "Foster carer reports {f} {l} is hoarding food in her bedroom.",
    "{g} {h} admitted to the social worker she leaves {f} alone to go to work.",
    "{f}'s {rel} phoned the front door; she says {g} is drinking again.",
    "Transport escort noticed {f} {l} had marks on her neck on the way to school.",
    "Sexual health nurse is worried about {f} {l}'s relationship with a 24-year-old.",
    "Chronology: {f} {l} placed on a child protection plan under the category of neglect.",
    "A&E triage recorded {f} {l} as intoxicated and brought in by {g} {h}.",
    "{f} {l} has been sofa-surfing between friends since {g} threw her out.",
    "Pastoral lead says {f} {l}'s older brother {k} picks her up smelling of cannabis.",
)
NAME_LOWER = (
    "saw {fl} at home, house v cold, no food in",
    "{fl} {ll} mentioned at mash this am",
    "anyone know if {fl} is back at her mums?",
    "{fl} {ll} missing again, police aware",
    "pls add {fl} and {k} to thurs strat",
    "rang {fl}'s school no answer",
    "{fl} {ll} hv visit not done",
    "update on {fl}: still at the refuge w/ mum",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{F} {L}",
    "{f} {li}",
    "{fi}.{l}",
    "{L}",
    "{l} family",
    "{f}+{k}",
    "Baby {l}",
    "{fl} {ll}",
    "{f}, {age}",
    "Young Person {f}",
    "Miss {l}",
)
SIGN_OFF = (
    "i dont want to go back there\n{f} x",
    "Thank you for your time.\n{g} (carer for {f})",
    "Please just let them come home.\n{g} {h}",
    "This is about what happened at school.\n{f} {l}, Year {year_group}",
    "My {rel} is helping me type this.\nFrom {f}",
    "Kind regards,\n{g} {l}\n(parent of {f} and {k})",
    "Thanks\n{g} {h} - {f}'s {rel}",
    "sorry its long\nfrom {f} {l}",
)
NICKNAMES = ("Peanut", "Chunk", "Sausage", "Lolly", "Pudding", "Biscuit", "Sprout", "Bumble")
NICKNAMES += ("Tinker", "Munchkin")
NICKNAME_TEXT = (
    "Mum and the boyfriend call her {n} at home.",
    "She is '{n}' on Instagram and in the group chats.",
    "{n} (that is {f}) was seen at the bus garage after midnight.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "Baby {n}", "{n} {fi}{li}")
DOB_TEXT = (
    "dob: {dob}",
    "DOB {dob} (age {age})",
    "date of birth {dob}",
    "born {dob} at the Royal",
    "b. {dob}",
    "Her birthday is {dob}.",
    "Baby born {dob}, 36 weeks",
)
PHONE_TEXT = (
    "mum's mob {phone}",
    "Contact dad on {phone} after 6pm",
    "Tel: {phone}",
    "Grandma's landline is {phone}",
    "{f} texted from {phone}",
)
NHS_TEXT = ("NHS {nhs}", "NHS no. {nhs}", "Her NHS number is {nhs}", "nhs no {nhs}")
NI_TEXT = ("NI no: {ni}", "Dad's national insurance number is {ni}", "NINo: {ni}")
ADDRESS_TEXT = (
    "Address: {street}, {town}",
    "Family moved to {street} last month",
    "Home visit at {street}, {town}, no answer",
    "Staying at her {rel}'s on {street}",
    "Police attended {street} at 23:00",
)
POSTCODE_TEXT = ("postcode: {postcode}", "now living in {postcode}", "PC {postcode}")
SCHOOL_TEXT = (
    "Goes to {school}",
    "Year {year_group} at {school}",
    "DSL at {short} made the referral",
    "{f} started at {short} in January",
    "On roll at {school}; attendance 72%",
)
EMAIL_TEXT = ("mum's email is {e}", "Email: {e}", "{g} can be reached at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} b. {dob}",
    "Child {fi}{li}, {street}",
    "{fi}{li} age {age}, {short}",
    "Child in {postcode}",
    "{fi}{li} NHS {nhs}",
    "The {l} twins",
    "{short} Year {year_group} boy",
    "{fi}.{li}. DOB {dob}",
    "{l} sibling group",
)


def _person(
    rng: random.Random, people: dict[str, list[tuple[str, str]]], country: str
) -> dict[str, str]:
    """A child, family and details of ``country`` (``person_values``), with a relative."""
    places = (STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT)
    return person_values(rng, people, country, places, _birth) | {"rel": rng.choice(RELATIVES)}


#: The identifying samples: category, field, templates, how many.
PLAN: Plan = (
    ("name_text", "text", NAME_TEXT, 60),
    ("name_lower_case", "text", NAME_LOWER, 22),
    ("name_pseudonym", "pseudonym", NAME_PSEUDONYM, 46),
    ("name_sign_off", "text", SIGN_OFF, 18),
    ("date_of_birth", "text", DOB_TEXT, 20),
    ("phone", "text", PHONE_TEXT, 14),
    ("nhs_number", "text", NHS_TEXT, 12),
    ("ni_number", "text", NI_TEXT, 10),
    ("address", "text", ADDRESS_TEXT, 14),
    ("postcode", "text", POSTCODE_TEXT, 10),
    ("school", "text", SCHOOL_TEXT, 14),
    ("email", "text", EMAIL_TEXT, 9),
    ("pseudonym_revealing", "pseudonym", PSEUDONYM_REVEALING, 24),
)


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    countries = [c for c in people if len(people[c]) >= 3]
    person = partial(_person, rng, people)
    named = _faker_sourced(planned(PLAN, countries, person, stride=0))
    return named + nicknamed(16, countries, person, NICKNAMES, (NICKNAME_TEXT, NICKNAME_PSEUDONYM))


# --- benign (real places of England, organisations by their real style) -------------------

_MET = ("Metropolitan Police Service",)
_LAS = ("London Ambulance Service NHS Trust",)
_GM = ("Greater Manchester Police",)
_NWAS = ("North West Ambulance Service NHS Trust",)
_WYP, _YAS = ("West Yorkshire Police",), ("Yorkshire Ambulance Service NHS Trust",)
_WY_ICB = ("NHS West Yorkshire Integrated Care Board",)
_WMAS = ("West Midlands Ambulance Service University NHS Foundation Trust",)
#: Real partnership areas of England (none an earlier corpus or the fourteenth used) with
#: their partners by their real names and civic venues of the area. The kinds are ``ROLES``'.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Lewisham": {
        "council": ("Lewisham Council children and young people's directorate",),
        "police": _MET,
        "trust": (
            "Lewisham and Greenwich NHS Trust",
            "South London and Maudsley NHS Foundation Trust",
        ),
        "icb": ("NHS South East London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Lewisham Civic Suite, Catford", "Laurence House, Catford"),
    },
    "Haringey": {
        "council": ("Haringey Council children's services",),
        "police": _MET,
        "trust": ("Whittington Health NHS Trust", "North London NHS Foundation Trust"),
        "icb": ("NHS North Central London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Haringey Civic Centre, Wood Green", "Alexandra Palace"),
    },
    "Tower Hamlets": {
        "council": ("Tower Hamlets Council children and culture directorate",),
        "police": _MET,
        "trust": ("Barts Health NHS Trust", "East London NHS Foundation Trust"),
        "icb": ("NHS North East London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Tower Hamlets Town Hall, Whitechapel", "Idea Store Whitechapel"),
    },
    "Bolton": {
        "council": ("Bolton Council children's services",),
        "police": _GM,
        "trust": (
            "Bolton NHS Foundation Trust",
            "Greater Manchester Mental Health NHS Foundation Trust",
        ),
        "icb": ("NHS Greater Manchester Integrated Care",),
        "ambulance": _NWAS,
        "venue": ("Bolton Town Hall", "Bolton Library and Museum"),
    },
    "Wakefield": {
        "council": ("Wakefield Council children and young people's services",),
        "police": _WYP,
        "trust": (
            "Mid Yorkshire Teaching NHS Trust",
            "South West Yorkshire Partnership NHS Foundation Trust",
        ),
        "icb": _WY_ICB,
        "ambulance": _YAS,
        "venue": ("Wakefield One", "Wakefield Town Hall"),
    },
    "Calderdale": {
        "council": ("Calderdale Council children and young people's services",),
        "police": _WYP,
        "trust": ("Calderdale and Huddersfield NHS Foundation Trust",),
        "icb": _WY_ICB,
        "ambulance": _YAS,
        "venue": ("Halifax Town Hall", "The Piece Hall, Halifax"),
    },
    "Doncaster": {
        "council": ("City of Doncaster Council children's services",),
        "police": ("South Yorkshire Police",),
        "trust": (
            "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust",
            "Rotherham Doncaster and South Humber NHS Foundation Trust",
        ),
        "icb": ("NHS South Yorkshire Integrated Care Board",),
        "ambulance": _YAS,
        "venue": ("Doncaster Civic Office", "Mansion House, Doncaster"),
    },
    "Knowsley": {
        "council": ("Knowsley Council children's services",),
        "police": ("Merseyside Police",),
        "trust": (
            "Mersey and West Lancashire Teaching Hospitals NHS Trust",
            "Alder Hey Children's NHS Foundation Trust",
        ),
        "icb": ("NHS Cheshire and Merseyside Integrated Care Board",),
        "ambulance": _NWAS,
        "venue": ("Municipal Buildings, Huyton", "Huyton Library"),
    },
    "North Tyneside": {
        "council": ("North Tyneside Council children's services",),
        "police": ("Northumbria Police",),
        "trust": (
            "Northumbria Healthcare NHS Foundation Trust",
            "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        ),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
        "venue": ("Quadrant, Cobalt Business Park", "Wallsend Customer First Centre"),
    },
    "Shropshire": {
        "council": ("Shropshire Council children's services",),
        "police": ("West Mercia Police",),
        "trust": (
            "The Shrewsbury and Telford Hospital NHS Trust",
            "Midlands Partnership University NHS Foundation Trust",
        ),
        "icb": ("NHS Shropshire, Telford and Wrekin Integrated Care Board",),
        "ambulance": _WMAS,
        "venue": ("Shrewsbury Guildhall", "Shirehall, Shrewsbury"),
    },
    "Herefordshire": {
        "council": ("Herefordshire Council children and young people's services",),
        "police": ("West Mercia Police",),
        "trust": (
            "Wye Valley NHS Trust",
            "Herefordshire and Worcestershire Health and Care NHS Trust",
        ),
        "icb": ("NHS Herefordshire and Worcestershire Integrated Care Board",),
        "ambulance": _WMAS,
        "venue": ("Hereford Town Hall", "Plough Lane offices, Hereford"),
    },
    "Dorset": {
        "council": ("Dorset Council children's services",),
        "police": ("Dorset Police",),
        "trust": (
            "Dorset County Hospital NHS Foundation Trust",
            "Dorset HealthCare University NHS Foundation Trust",
        ),
        "icb": ("NHS Dorset Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
        "venue": ("County Hall, Dorchester", "Dorchester Corn Exchange"),
    },
}
#: Roles by the kind of agency that employs them.
ROLES = {
    "council": (
        "principal social worker",
        "MASH team manager",
        "head of service for children in care",
        "IRO",
        "LADO",
        "service manager for safeguarding and quality assurance",
    ),
    "police": (
        "DI for the public protection unit",
        "detective sergeant, child abuse investigation team",
        "partnership inspector",
    ),
    "trust": ("named nurse for safeguarding children", "named doctor", "head of safeguarding"),
    "icb": (
        "designated nurse",
        "designated doctor for child deaths",
        "associate director of safeguarding",
    ),
    "ambulance": ("safeguarding lead",),
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(
    dict.fromkeys(a for area in AREAS.values() for k, v in area.items() if k != "venue" for a in v)
)
REFERENCES = ("RR 27/06", "RR-28-13", "LCSPR 27-04", "PLR/28/02", "RR 28-19", "CSPR 29/01")
THEMES = (
    "babies who are not yet crawling",
    "children missing education",
    "domestic abuse and the unborn baby",
    "professional curiosity",
    "the transition to adult services",
    "criminal exploitation and county lines",
    "safer sleeping and co-sleeping",
    "neglect of teenagers",
    "disguised compliance",
    "online harm",
    "the voice of the child with communication needs",
)
COURSES = (
    "Level 3 multi-agency safeguarding",
    "Recognising and responding to neglect",
    "Chairing strategy discussions",
    "ICON: babies cry, you can cope",
    "Working with fathers and male carers",
    "Escalation and resolving professional disagreement",
)
TIMES = ("9am", "9:30", "10.00", "11am", "1pm", "13:30", "2pm", "3.30pm")
PERIODS = ("2027-28", "2028/29", "Q2 2028-29", "quarter 3", "2029-30")
CHOSEN = ("Samphire", "Cairn", "Driftwood", "Lodestar", "Marram", "Anvil", "Ironstone", "Tamarisk")
PSEUDONYM_WORDS = ("Child", "Infant", "Young Person", "Baby", "Sibling", "Subject Child")
INITIALS = "ABCDEFGHJKLMNPRSTVWY"

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (never more than three).
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Incident summary for {ref}: an infant under six months was taken to the emergency "
        "department by ambulance; the mother reported a fall from the sofa and a skull "
        "fracture was found.",
        "{ref}: a teenager was admitted after being assaulted; the social worker had last "
        "seen the young person three weeks earlier.",
        "Summary: the baby was found unresponsive after co-sleeping with the father; the "
        "mother was at work. {ambulance} attended.",
        "Case summary ({ref}): the child had a child protection plan for neglect; the mother's "
        "partner was not known to {police} before the incident.",
        "Brief summary: the young person was criminally exploited and seriously injured in a "
        "stabbing; the youth justice worker and the school had both raised concerns.",
        "{ref} summary - baby of 9 weeks, bruising to the face noticed by the health visitor, "
        "parents gave no explanation, s47 started the same day.",
        "The incident: a child with autism was found alone at home for two days; the mother "
        "had been admitted to hospital and nobody knew the child was there.",
        "Summary for the partners: a looked-after child died in a road traffic collision; "
        "no concerns about the care were identified by {agency} or {agency2}.",
        "Short summary for {ref}: the older sibling disclosed that the stepfather had hurt the "
        "younger children; both children were seen by the paediatrician the next day.",
        "incident summary: mum's partner arrested, baby in PICU, older sib placed w/ maternal "
        "family under s20",
        "Summary ({ref}): the mother's partner shook the baby; the health visitor had noted "
        "that the partner was always there at visits but never spoke.",
        "summary for the pack - yp found in a trap house out of area w/ a stab wound, known to "
        "yot and cs",
    ),
    "checklist_note": (
        "Checklist: agency summaries requested from {agency} and {agency2}; deadline {date}.",
        "Item 3 done - the Panel notification went in on {date}.",
        "Checklist note: family told about the rapid review by the social worker; mother "
        "wants to contribute, father not yet contacted.",
        "chronology template sent to all partners, 2 back so far",
        "Siblings: immediate safety checked, both seen and spoken to by the sw on {date}.",
        "Step 'tell the safeguarding partners' - done by email, see the thread from {date}.",
        "Checklist: CDOP notified by the {role}; not a death so N/A for the second item.",
        "Coroner's officer contacted, no inquest date yet - leave this open.",
        "Police confirmed the criminal investigation is live; parallel process agreed with "
        "the CPS.",
        "Ofsted notification for the looked-after child: sent {date} by {council}.",
        "checklist - meeting room at {venue} booked for {date} {time}",
        "Sign-off: LA done, police done, ICB still to sign (chased {date}).",
        "Checklist\n- notification: done\n- partners told: done\n- agency requests: sent "
        "{date}\n- meeting: tbc",
        "cant tick the CDOP step yet, definately not a death but the form wants a date",
    ),
    "rapid_review_rationale": (
        "Decision: no LCSPR. Rationale: the learning is already covered by the {theme} review "
        "from {period}; a seven-minute briefing will share it.",
        "The partners agreed the criteria for a local child safeguarding practice review are "
        "met: concerns about how {agency} and {agency2} worked together.",
        "Rationale: a practice learning review is proportionate because the learning is "
        "about one agency's recording, which {agency} is already addressing.",
        "Recommendation to the Panel: consider a national review, as the case involves three "
        "local authority areas and a theme of {theme}.",
        "Why an LCSPR: recurrent theme of {theme} and no agency was aware of the father.",
        "The rapid review found good practice by {agency}; the decision is no further review, "
        "learning to go to the practice review group.",
        "rationale - criteria met (reg 11), LCSPR agreed, independent reviewer to be sourced",
        "rationale para 2 - no single agency could of known, but the info was there across "
        "agencies",
        "Immediate actions: none needed for other children; the rationale has been shared "
        "with the family by the {role}.",
        "The decision not to hold a local review was unanimous; {agency2} asked for its "
        "dissent on the timing of the strategy discussion to be minuted.",
        "Decision deferred by one week pending the health chronology from {trust}; the Panel "
        "has been told.",
    ),
    "panel_response": (
        "The Panel wrote on {date}: it agrees with the partnership's decision on {ref}.",
        "Panel response to {ref}: they want more on how race and culture were considered.",
        "National Panel agreed a local review is appropriate and asked to see the terms of "
        "reference.",
        "Panel feedback: the rapid review was 'clear and well evidenced'; no further questions.",
        "Panel has asked why the decision took longer than 15 working days - reply drafted by "
        "the partnership manager.",
        "The Panel does not agree that no review is needed and suggests a local review on {theme}.",
        "still no response from the Panel on {ref}, its been 12 working days",
        "Panel letter received; it will include {ref} in its next thematic analysis on {theme}.",
    ),
    "lcspr_progress": (
        "{ref}: terms of reference signed off on {date}; independent reviewer appointed.",
        "Progress: agency reports for {ref} are due {date}; {agency} has asked for an extension.",
        "The practitioner learning event for {ref} is on {date} at {venue}.",
        "Family contribution: the reviewer met the mother on {date}; the father declined.",
        "First draft of {ref} circulated to the panel; comments by {date}.",
        "{ref} is paused while criminal proceedings continue; the Panel has been told.",
        "Review on track - month 4 of 6, draft due end of {period}.",
        "The reviewer has asked {agency2} for the supervision records from the period under "
        "review.",
        "lcspr update: 2 of 5 agency reports in, rest promised by fri",
        "The partners signed off the final report for {ref} on {date}.",
    ),
    "publication_note": (
        "Publication of {ref} is planned for {date}; the final report goes to the Panel and "
        "the Secretary of State 7 working days before.",
        "Publication delayed: the coroner's inquest is listed for {period}.",
        "The report for {ref} was published on the {partnership} partnership website on "
        "{date} and will stay up for at least a year.",
        "Comms plan for publication agreed with the press offices of {agency} and {agency2}.",
        "Final report sent to the Panel, the Secretary of State and Ofsted on {date}.",
        "Publication note: the family has seen the report and asked for two changes to the "
        "wording, both agreed.",
        "pub date moved again, CPS not ready - new date tbc",
        "The published summary for {ref} uses a chosen name agreed with the family.",
    ),
    "improvement_action": (
        "Action 1: {trust} to audit the use of the bruising protocol in non-mobile babies.",
        "Action: refresh the multi-agency escalation policy and relaunch it at {venue} by {date}.",
        "Improvement action - health visitors to ask about the father at every contact.",
        "Action 4 (owner: the {role}): include {theme} in the {period} training programme.",
        "Progress update on action 2: {n} of the planned audits are complete; rated {rag}.",
        "Action closed: the ICON programme is now part of every new birth visit in {partnership}.",
        "Update: the strategy discussion template now asks who else lives in the household; "
        "rated green.",
        "action 6 overdue - {agency2} to give a revised date at the next meeting",
        "Action: schools to record the reasons for part-time timetables; first audit in {period}.",
        "Progress: {n} practitioners from {agency} have completed the {course} course since "
        "{date}.",
        "Action 3 is amber: the information-sharing agreement is with the lawyers of {agency}.",
        "Improvement action title: 'Think family - adult mental health and parenting'.",
        "Action 8 progress: new starter induction now covers {theme}; {n} staff trained so "
        "far, wich is below target.",
        "Action 7: the practitioner survey run for the partnership by Ipsos MORI closes on "
        "{date}; results to the {period} executive.",
    ),
    "chronology": (
        "{date} - {council} received the referral and opened an assessment.",
        "{date}: strategy discussion held; police, health and the school attended.",
        "{date}: initial child protection conference; plan agreed under neglect.",
        "{date} the family moved into the area from another local authority; records "
        "transferred on {date2}.",
        "{date}: missed health visitor contact, letter sent.",
        "{date}: the GP practice made a referral to the MASH about the mother's mental health.",
        "{date}: {police} attended an address in the area after a 999 call about a domestic.",
        "{date}: review child protection conference; plan stepped down to child in need.",
        "{date}: child not brought to the paediatric appointment; the clinic wrote to the GP.",
        "{date} - {council} closed the case to early help.",
    ),
    "training_notice": (
        "Training: '{course}', {date}, {time} to {time2}, {venue}. Book via the {partnership} "
        "learning portal.",
        "New date for '{course}': {date} at {time}, on Teams.",
        "Places left on '{course}' at {venue} on {date} - managers please release staff.",
        "The {partnership} training offer for {period} is out; highlights include '{course}'.",
        "Reminder that the Level 3 course is mandatory for DSLs every two years.",
        "{course} - cancelled on {date} due to trainer illness, rebooking soon",
        "E-learning on {theme} is now on the portal, about 45 minutes.",
    ),
    "learning_event": (
        "Learning event: lessons from {ref} on {theme}. {date}, {time}, {venue}.",
        "Seven-minute briefing launch: {theme}, {date} at {time}, online.",
        "Join the {partnership} partnership's annual conference on {theme} at {venue} on {date}.",
        "Practitioner forum on {date}, {time} to {time2}: the {role} from {agency} will talk "
        "about {theme}.",
        "Learning lunch: what the Panel's national review tells us about {theme}. {date}, {venue}.",
        "Multi-agency case audit feedback session, {date}, {venue}. All welcome.",
        "Safeguarding week {period}: events at {venue} every morning.",
    ),
    "minutes": (
        "Practice review group, {date}\nPresent: the {role} ({agency}); the {role2} "
        "({agency2})\nApologies: none\n1. {ref} - agency summaries received and read.",
        "Minutes extract, {partnership} safeguarding partnership, {date}:\n- rapid review "
        "{ref} signed off\n- Panel response awaited\n- next meeting {date2}, {venue}",
        "Item 2: the chair reminded members that the review is about learning, not blame.",
        "Item 4 - {ref}: the reviewer gave a verbal update; draft expected in {period}.",
        "AOB: {agency} asked for the action log to be shared before each meeting.",
        "Minutes: the group agreed the criteria for a local review were not met; the "
        "{role} will draft the rationale for the family.",
        "Executive group, {date}, {venue}\nAgreed: the budget for independent reviewers for "
        "{period}.\nAction: the partnership manager to report back.",
        "minutes - case review subgroup {date}\npresent: LA, police, ICB, education\n"
        "actions: chase {agency2} for the chronology",
        "Decision recorded: LCSPR for {ref}; all three safeguarding partners agreed.",
        "The meeting closed at {time2}; the next case review subgroup is on {date} at {venue}.",
    ),
    "email_with_sign_off": (
        "Hi all, the draft rapid review for {ref} is attached. Comments by {date} please.\n\n"
        "Thanks,\nBusiness Manager\n{partnership} Safeguarding Children Partnership",
        "Dear colleagues,\nPlease send your agency summary for {ref} by {date}.\n\nKind "
        "regards\nReview Officer | {partnership} Safeguarding Children Partnership",
        "Hello, just confirming {agency} will attend the rapid review meeting on {date}.\n\n"
        "Best wishes\n{Role}\n{agency}",
        "Morning, the Panel has replied on {ref} - letter in the shared drive.\n\nRegards,\n"
        "Partnership Manager",
        "All, reminder that the final report for {ref} must reach the Panel 7 working days "
        "before publication.\n\nMany thanks\nThe {role}, {agency}",
        "Thank you for your agency report. I have a few questions, could we speak on {date}?\n"
        "\nIndependent Reviewer\nfor the {partnership} Safeguarding Children Partnership",
        "Apologies, I can't make {date}; my deputy will attend for {agency2}.\n\nThanks,\n{Role2}",
        "hi - can you resend the link for tomorrows meeting? cheers\n\nTraining Coordinator, "
        "{partnership} SCP",
        "Dear partners,\nThe decision on {ref} has been sent to the Panel.\n\nYours,\n"
        "Chair of the Case Review Subgroup",
        "Good afternoon,\nThe learning briefing on {theme} is attached for cascading.\n\n"
        "Regards\nLearning and Development Officer\n{partnership} Safeguarding Children "
        "Partnership",
    ),
    "slack": (
        "rr for {ref} due {date}, we're on track",
        "has anyone got the police summary for {ref}? cant find it in the folder",
        "sw confirmed sibs safe, seen today",
        "dsl's been asked for the school chronology, chasing tmrw",
        "hv records requested from {trust}",
        "iro says cp plan was reviewed in {period}, will send the minutes",
        "s47 outcome: substantiated, icpc booked",
        "lado referral made re the staff member, not the family",
        "mash said no previous contacts before the incident",
        "ics record checked - nothing after the closure",
        "recieved the health summary, thanks! will add to the pack",
        "can we move the meeting to {time}? clashes with panel",
        "Panel acknowledged {ref}",
        "thanks all - signed off and sent :tada:",
        "reminder: 5 working days for the notification, it counts from the day the LA knew",
        "seperate chronology for the older sib needed?",
        "not sure the strat disc is in the timeline, can someone check",
        "draft tor attached, pls comment by eod {date}",
        "+1 to the rationale, happy to sign",
        "agency reports\n- police: in\n- health: in\n- education: chasing\n- probation: n/a",
        "running late, start without me",
        "accomodation for the event sorted at {venue}",
        "who's minuting tmrw?",
        "notification sent. ref {ref}",
        "tommorow's rr meeting moved to {venue}, same time",
        "ok who has the latest version of the tor?? theres 3 in the folder",
        "the incident occured out of area, do we notify or do they",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child A",
    "Child KM",
    "Infant R",
    "Baby T",
    "Young Person W",
    "Sibling 1",
    "Sibling 2",
    "Subject Child D",
    "JB",
    "R.S.",
    "P.L.",
    "Child E and Child F",
    "Samphire",
    "Cairn",
    "Driftwood",
    "Lodestar",
    "Marram",
    "Anvil",
    "Ironstone",
    "Tamarisk",
    "Child Y",
    "Infant HV",
    "Baby GN",
    "Young Person CT",
    "AD",
    "M",
    "Child P",
    "Sibling B",
    "Subject Child K",
    "W.E.",
    "Baby M and Baby N",
    "Infant Y",
    "Child RB",
    "Young Person L",
    "TD",
    "V",
    "Child S",
    "Infant BB",
    "Baby C",
    "Sibling 3",
)


def _uses(template: str, n: int) -> int:
    """How many samples a benign template gives: once with nothing to fill, else twice, and
    every third template of a register three times."""
    return 1 if "{" not in template else 3 if n % 3 == 2 else 2


def _benign(rng: random.Random) -> list[Sample]:
    kinds = sorted(ROLES)
    turn = itertools.count()
    named: dict[str, int] = dict.fromkeys(AGENCIES, 0)
    homes = [(a, k, n) for n, area in AREAS.items() for k in kinds for a in area[k]]

    def filled(template: str) -> str:
        # The areas in turn. A template that names an agency of a kind ({police}) takes the
        # area whose agency of that kind is named least so far; one that names any agency
        # ({agency}) takes the agency named least and its area; so every partner is named.
        lap = next(turn)
        order = PARTNERSHIPS[lap % len(PARTNERSHIPS) :] + PARTNERSHIPS[: lap % len(PARTNERSHIPS)]
        fixed = [k for k in kinds if "{" + k + "}" in template]
        kind, kind2 = kinds[lap % len(kinds)], kinds[(lap + 2) % len(kinds)]
        name = order[0]
        if fixed:
            name = min(order, key=lambda a: min(named[x] for x in AREAS[a][fixed[0]]))
        elif "{agency}" in template:
            _, kind, name = min(homes, key=lambda home: named[home[0]])
            kind2 = kinds[(kinds.index(kind) + 1 + lap % 4) % len(kinds)]
        elif "{agency2}" in template:
            _, kind2, name = min(homes, key=lambda home: named[home[0]])
            kind = kinds[(kinds.index(kind2) + 1 + lap % 4) % len(kinds)]
        area = AREAS[name]
        agency = min(area[kind], key=named.__getitem__)
        agency2 = min(area[kind2], key=named.__getitem__)
        named[agency] += "{agency}" in template
        named[agency2] += "{agency2}" in template
        values = {k: min(area[k], key=named.__getitem__) for k in fixed}
        for k in fixed:
            named[values[k]] += 1
        time, time2 = sorted(rng.sample(TIMES, 2), key=TIMES.index)
        role, role2 = rng.choice(ROLES[kind]), rng.choice(ROLES[kind2])
        values |= {"agency": agency, "agency2": agency2, "role": role, "role2": role2}
        values |= {"Role": role[0].upper() + role[1:], "Role2": role2[0].upper() + role2[1:]}
        values |= {"time": time, "time2": time2, "ref": rng.choice(REFERENCES)}
        values |= {"date": _date(rng, (2027, 2029), WHEN_FORMS), "theme": rng.choice(THEMES)}
        values |= {"date2": _date(rng, (2027, 2029), WHEN_FORMS)}
        values |= {"venue": area["venue"][lap % len(area["venue"])], "period": rng.choice(PERIODS)}
        values |= {"rag": rng.choice(("green", "amber", "red")), "n": str(rng.randint(2, 30))}
        values |= {"partnership": name, "course": rng.choice(COURSES)}
        return _fill(template, values)

    out = [
        Sample(register, "text", filled(template), False, f"hand-{register}")
        for register, templates in BENIGN.items()
        for n, template in enumerate(templates)
        for _ in range(_uses(template, n))
    ]
    return out + as_pseudonyms(BENIGN_PSEUDONYM_TEXT)


def samples() -> list[Sample]:
    """The whole corpus, identifying then benign, the same on every run (benign written first,
    so that no drawn name that is one of its words is used)."""
    return assembled("fifteenth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
