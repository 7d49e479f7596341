"""A twelfth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twelfth_names.json``, a seeded snapshot (one generator per locale, seed
  ``twelfth-<locale>``) of female and male first name and surname pairs from Faker 40.63.0
  (MIT licence), from the 16 locales in ``DRAWN``, none of which the sixth or the seventh
  corpus drew from: Macedonian (in Cyrillic), Uzbek, Sinhala (in Sinhala script), Marathi
  (in Devanagari), Odia (in Odia script), Saudi and Algerian Arabic (in Arabic script),
  Algerian French, Chilean Spanish, Icelandic, Taiwanese Mandarin (in Han characters),
  Swiss German, Belgian and Swiss French, Luxembourgish German and Thai in Latin letters.
  The other locales neither used (sq_AL, sr_BA, bs_BA, en_BD, ar_AE, ar_EG, ar_JO, ar_BH,
  es_VE, mt_MT, el_CY, en_PH, tl_PH, it_CH, lb_LU, en_MS, am_ET) fall back to Faker's
  American names and are left out, so there are no Albanian, Bosnian or Serbian names here.
  Only single-word names are taken (``_single``); entries read by hand in the draw as
  words rather than names are left out (``NOT_NAMES``); and any name in the fourth to
  eleventh snapshots (``EARLIER``, the tenth corpus's helper) or drawn for another locale
  is skipped, so every name is new to the corpora and appears once. Han names keep
  Faker's order (given name, then surname). Faker is a dev dependency; regenerate with
  ``uv run python -m tests.support.twelfth_corpus``; the corpus itself reads the JSON only.
- Nicknames: British pet names, written by hand for this corpus.
- Identifying templates, written fresh by hand: names in notes (in their own script where
  Faker gives them), in lower case and in sign-offs by a child, a parent or a relative;
  names and give-away details in pseudonyms; dates of birth; addresses on invented
  streets (``STREETS``) in real towns; postcodes; phone, NHS and NI numbers; invented
  schools (``SCHOOLS``); email addresses (Latin-script names only).
- Benign text, written fresh by hand, set in twelve real partnership areas of England
  (``AREAS``) with their real partners by their real style (the council or children's
  trust, the police force, the hospital trust, the integrated care board, the ambulance
  service, the youth justice service) and real civic venues, never a person's address.
  Registers (each sample's ``category``): learning-event invitations with dates, times
  and venues; emails with sign-offs by role and organisation; minutes with attendees by
  role and agency; chronology entries; and, new to the corpora, independent scrutineer's
  annual report extracts, multi-agency audit findings, training records and course
  bookings, data and performance returns, health visiting and midwifery practice notes
  (about practice, not a child), youth justice and police MASH process notes, and housing
  and education inclusion panel notes.
- Identifiers are fictional: Ofcom drama phone numbers, NHS numbers in the 999 range with
  a valid check digit, NI numbers prefixed QQ, example.* emails, postcodes of a valid shape
  in areas no Royal Mail postcode uses (the earlier corpora's helpers, imported). An
  identifying sample's ``source`` is ``faker-<locale>`` when it names someone,
  ``hand-nicknames`` for a nickname, else ``hand``.
- Benign pseudonyms follow DOMAIN.md strictly: initials on their own or after a word such
  as "Child", or a chosen word that is not a forename (``CHOSEN``), with nothing beside them
  (the eleventh corpus's forms, with this corpus's own words and initials).

A drawn name that is also a word of the benign text is dropped (here the Chilean given name
Trinidad, which a data return names as a place). No sample was changed
after seeing what the guard does with it.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import random
import re
from functools import partial
from pathlib import Path

from tests.support.eleventh_corpus import BENIGN_PSEUDONYMS, as_pseudonyms, registers_written
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
    benign_pseudonym,
    birth_values,
    nicknamed,
    person_values,
    planned,
)
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import benign_words as benign_words

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twelfth_names.json")
FAKER_VERSION = "40.63.0"
#: The snapshots whose names are skipped: every earlier one.
EARLIER = tuple(f"{n}_names.json" for n in ("fourth", "fifth", "sixth", "seventh", "eighth"))
EARLIER += ("ninth_names.json", "tenth_names.json", "eleventh_names.json")

#: Faker locales neither the sixth nor the seventh drew from, and how many people.
DRAWN = (
    ("mk_MK", 8),
    ("uz_UZ", 10),
    ("si_LK", 8),
    ("mr_IN", 8),
    ("or_IN", 6),
    ("ar_SA", 8),
    ("ar_DZ", 8),
    ("fr_DZ", 10),
    ("es_CL", 12),
    ("is_IS", 6),
    ("zh_TW", 8),
    ("de_CH", 8),
    ("fr_BE", 8),
    ("fr_CH", 6),
    ("de_LU", 8),
    ("en_TH", 8),
)
ROMANISED: tuple[str, ...] = ()
NATIVE_SCRIPT = ("mk_MK", "si_LK", "mr_IN", "or_IN", "ar_SA", "ar_DZ", "zh_TW")
#: Entries read by hand in the draw as English words rather than names.
NOT_NAMES = frozenset({"Anon", "Goblet"})


def _single(name: str) -> bool:
    """One word: no space, hyphen, apostrophe or dot (Faker's "San Martín" is two)."""
    return bool(name) and not re.search(r"[\s\-'.]", name) and name not in NOT_NAMES


def regenerate_names() -> None:
    """Draw the names afresh from Faker (importable only here) and write the snapshot."""
    faker = importlib.import_module("faker")
    assert faker.VERSION == FAKER_VERSION, faker.VERSION
    old = _earlier_names(EARLIER)
    people: dict[str, list[list[str]]] = {}
    taken: list[list[str]] = []
    for locale, count in DRAWN:
        fake = faker.Faker(locale)
        fake.seed_instance(f"twelfth-{locale}")
        drawn: list[list[str]] = []
        for attempt in range(count * 40):
            female = attempt % 2 == 0
            if female:
                pair = [fake.first_name_female(), fake.last_name_female()]
            else:
                pair = [fake.first_name_male(), fake.last_name_male()]
            used = {w.casefold() for p in (*taken, *drawn) for w in p} | old
            if all(map(_single, pair)) and not {w.casefold() for w in pair} & used:
                drawn.append(pair)
            if len(drawn) == count:
                break
        people[locale] = drawn
        taken += drawn
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in people.items()]
    header = f'{{"source": "Faker {FAKER_VERSION} (MIT)", "seed": "twelfth-<locale>", '
    header += '"people": {\n'
    NAMES_FILE.write_text(header + ",\n".join(lines) + "\n}}\n", encoding="utf-8")


def _people(banned: set[str]) -> dict[str, list[tuple[str, str]]]:
    data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))["people"]
    return without_banned(data, banned)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Wickerwork Lane", "Pennyroyal Close", "Cressbed Road", "Tallowfield Way")
STREETS += ("Gorsey Nook", "Ropewalk Yard", "Kittiwake Crescent", "Damson Row")
TOWNS = ("Bradford", "Coventry", "Derby", "Ipswich", "Chatham", "Carlisle", "Leicester")
TOWNS += ("Southampton", "Keighley", "Nuneaton")
SCHOOLS = (
    "Pennyroyal Primary Academy",
    "Cressbed Church of England Junior School",
    "Tallowfield High School",
    "St Wenna's Catholic Primary",
    "Gorsey Nook Nursery School",
    "Kittiwake Pupil Referral Unit",
    "Damson Row Infant and Nursery",
    "Ropewalk University Technical College",
)
SCHOOL_SHORT = ("Pennyroyal", "Tallowfield", "St Wenna's", "Gorsey Nook", "Kittiwake PRU")
RELATIVES = ("gran", "grandpa", "aunty", "stepdad", "big brother", "godmother", "great-nan")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{dd}/{mm}/{yy}", "{d}-{m}-{y}", "{mon} {d}, {y}", "{d} {mo}. {y}", "{d}{th} {mon}")
WHEN_FORMS = ("{wd} {d} {mon} {y}", "{d} {mo} {y}", "{dd}.{mm}.{y}", "{wd} {d}{th} {mon}")

_birth = partial(birth_values, years=(2008, 2025), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Fields are person_values' (the tenth corpus): the child {f} {l} ({F}/{L} capitals,
# {fl}/{ll} lower case, {fi}/{li} initials); {g} {h} a parent or carer; {k} a sibling;
# places and numbers; plus {rel}, a relative.
NAME_TEXT = (
    "Midwife booked {g} {h} late at 31 weeks; partner did all the talking at the appointment.",
    "{f} {l} arrived at breakfast club with no coat and a graze on her cheek.",
    "Night shift sergeant: {f} {l} located in a car with two adult males, returned home 03:15.",
    "Health visitor unable to see {f} at the new birth visit; {g} said baby was asleep upstairs.",
    "Referral from the dentist: {f} {l} has untreated decay in most teeth.",
    "Youth justice worker says {F} {L} has been carrying a knife for protection.",
    "Can I check whether {f} {l} is known to the MASH? Neighbour has rung twice.",
    "{g} {l} disclosed to the GP that her partner controls all the money and her phone.",
    "Paramedics report {f} {l} was left alone with a two-year-old sibling overnight.",
    "SENCo worried {f} is being kept off to look after {k}.",
    "Housing officer found {f} {l} and {k} sleeping on a mattress in the living room.",
    "Initial child protection conference for {f} {l} set for next week; dad not invited.",
    "{f} told the school counsellor that {g} locks her in her room as a punishment.",
    "Missing from care: {F} {L} absconded from the placement again, found at the bus station.",
    "Police occurrence: {g} {h} arrested after an assault on {f}'s mother.",
    "Skeletal survey booked for baby {l} after the fracture was found.",
    "The paediatrician saw {f} {l} on the ward and queried the explanation for the bruising.",
    "Duty log: {g} phoned in crying, says she can't cope with {f} any more.",
    "{k} {l}, the older brother, was stopped with cash and two phones near the park.",
    "Chronology entry: {f} {l} admitted with an overdose of paracetamol aged 14.",
    "Translator needed for {g} {h}; {f} has been interpreting at every visit.",
    "School has not seen {f} {l} since half term, home visit shows the curtains closed.",
    "Family support worker: {g} {h} told me {f} had been hit by her partner with a slipper.",
    "Rapid review should include {f} {l}'s time at the refuge in 2024.",
    "{f} {l} was excluded for the third time; mum did not come to the reintegration meeting.",
    "{g} {h} asked us not to tell {f}'s father where they have moved to.",
    "Probation: {g} {h} has breached his licence and is living with {f} and her mum.",
    "Lead professional for {f} {l} is the school's pastoral manager.",
    "Strategy discussion today re {f} and {k}; both to be seen at school tomorrow.",
    "CAMHS say {f} {l} self-harms daily and {g} refuses to lock away the medication.",
    "Foster carer reports {F} disclosed being made to sleep in the shed.",
    "Baby {f} {l} was brought to A&E with a torn frenulum; parents gave no explanation.",
    "Interview with {f} {l} was stopped because she became distressed.",
    "GP letter: {g} {h} has not collected {f}'s inhaler prescription since May.",
    "{f} {l}'s nan is now the main carer while mum is in hospital.",
)
NAME_LOWER = (
    "just back from seeing {fl}, she wouldnt look at me",
    "{fl} {ll} on the list for tomorrows strategy",
    "is {fl} still at her aunties? need to visit",
    "chased the school re {fl} {ll}, no answer yet",
    "{fl} and {k} both absent, mum not picking up",
    "did anyone speak to {fl}'s dad?",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{F} {L}",
    "{f} {li}",
    "{fi} {l}",
    "{l}",
    "The {l} children",
    "{f} & {k}",
    "Baby {f}",
    "{fl}",
    "{f} aged {age}",
    "Young person {f} {l}",
)
SIGN_OFF = (
    "please can someone help me i dont feel safe\n{f}",
    "Sorry for the long message.\nThanks, {g} ({f}'s mum)",
    "I just want to see my kids.\nFrom {g} {h}",
    "It was me who rang yesterday.\n{f} {l}, year {year_group}",
    "My {rel} says I should write to you.\nBye, {f}",
    "Yours sincerely,\n{g} {l}\n(mother of {f} and {k})",
    "Regards\n{g} {h}, {f}'s {rel}",
)
NICKNAMES = ("Pip", "Bubba", "Lulu", "Tiny", "Bean", "Mikey", "Chops", "Sunny", "Titch", "Bear")
NICKNAME_TEXT = (
    "Everyone at home calls him {n}.",
    "Goes by '{n}' on Snapchat.",
    "{n} (real name {f}) was seen at the takeaway at 1am.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "Baby {n}", "{n} {fi}.{li}.")
DOB_TEXT = (
    "date of birth {dob}",
    "DoB: {dob} (age {age})",
    "Born {dob}",
    "Her birthday is {dob}",
    "Infant born {dob}, discharged day 3",
    "Child's DOB - {dob}",
)
PHONE_TEXT = (
    "Mum's new number is {phone}",
    "call the stepdad on {phone}",
    "Mob: {phone}",
    "grandma can be reached on {phone}",
    "{f} texted from {phone}",
)
NHS_TEXT = ("NHS No. {nhs}", "nhs number {nhs}", "Child's NHS number is {nhs}", "NHS:{nhs}")
NI_TEXT = ("NI no {ni}", "Father's National Insurance number: {ni}", "ni number {ni}")
ADDRESS_TEXT = (
    "Lives at {street}, {town}",
    "New tenancy at {street}",
    "Home visit to {street}, {town} - no answer",
    "staying at her {rel}'s, {street}",
    "Officers went to {street} after a 999 call",
)
POSTCODE_TEXT = ("Postcode: {postcode}", "moved to {postcode} last week", "post code {postcode}")
SCHOOL_TEXT = (
    "Pupil at {school}",
    "She's in year {year_group} at {school}",
    "DSL at {short} made the referral",
    "{f} started at {short} in September",
    "Name on roll at {school}, attendance 52%",
)
EMAIL_TEXT = ("dad's email is {e}", "Email: {e}", "you can email {g} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} b. {dob}",
    "Child {fi}{li} of {street}",
    "{fi}{li} ({age}) {short}",
    "Child from {postcode}",
    "{fi}.{li}. NHS {nhs}",
    "The {l} twins",
    "{short} year {year_group} boy",
    "Child {fi} DOB {dob}",
    "{l} sibling group",
)


def _faker_sourced(samples: list[Sample]) -> list[Sample]:
    """``planned`` labels a named sample ``names-dataset-``; these names are Faker's."""
    return [
        dataclasses.replace(s, source="faker-" + s.source.removeprefix("names-dataset-"))
        if s.source.startswith("names-dataset-")
        else s
        for s in samples
    ]


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    countries = [c for c in people if len(people[c]) >= 3]
    latin = [c for c in countries if c not in NATIVE_SCRIPT]
    places = (STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT)

    def person(country: str) -> dict[str, str]:
        values = person_values(rng, people, country, places, _birth)
        return values | {"rel": rng.choice(RELATIVES)}

    plan: Plan = (
        ("name_text", "text", NAME_TEXT, 72),
        ("name_pseudonym", "pseudonym", NAME_PSEUDONYM, 56),
        ("name_sign_off", "text", SIGN_OFF, 22),
        ("date_of_birth", "text", DOB_TEXT, 20),
        ("phone", "text", PHONE_TEXT, 16),
        ("nhs_number", "text", NHS_TEXT, 14),
        ("ni_number", "text", NI_TEXT, 10),
        ("address", "text", ADDRESS_TEXT, 16),
        ("postcode", "text", POSTCODE_TEXT, 10),
        ("school", "text", SCHOOL_TEXT, 16),
        ("pseudonym_revealing", "pseudonym", PSEUDONYM_REVEALING, 27),
    )
    # Lower case and email addresses need letters with case and an ASCII spelling.
    latin_plan: Plan = (
        ("name_lower_case", "text", NAME_LOWER, 24),
        ("email", "text", EMAIL_TEXT, 9),
    )
    out = planned(plan, countries, person, stride=0) + planned(latin_plan, latin, person, stride=0)
    forms = (NICKNAME_TEXT, NICKNAME_PSEUDONYM)
    return _faker_sourced(out) + nicknamed(18, latin, person, NICKNAMES, forms)


# --- benign (real places of England, organisations by their real style) -------------------

#: Real partnership areas of England with their partners by their real names and civic
#: venues of the area. The kinds are ``ROLES``' keys.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Leeds": {
        "council": ("Leeds City Council Children and Families",),
        "police": ("West Yorkshire Police",),
        "trust": ("Leeds Teaching Hospitals NHS Trust", "Leeds Community Healthcare NHS Trust"),
        "icb": ("NHS West Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
        "yjs": ("Leeds Youth Justice Service",),
        "venue": ("Leeds Civic Hall", "Merrion House, Leeds"),
    },
    "Bradford": {
        "council": ("Bradford Children and Families Trust",),
        "police": ("West Yorkshire Police",),
        "trust": ("Bradford Teaching Hospitals NHS Foundation Trust",),
        "icb": ("NHS West Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
        "yjs": ("Bradford Youth Justice Service",),
        "venue": ("City Hall, Bradford", "Margaret McMillan Tower, Bradford"),
    },
    "Coventry": {
        "council": ("Coventry City Council children's services",),
        "police": ("West Midlands Police",),
        "trust": ("University Hospitals Coventry and Warwickshire NHS Trust",),
        "icb": ("NHS Coventry and Warwickshire Integrated Care Board",),
        "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
        "yjs": ("Coventry Youth Justice Service",),
        "venue": ("Coventry Council House", "Friargate, Coventry"),
    },
    "Birmingham": {
        "council": ("Birmingham Children's Trust",),
        "police": ("West Midlands Police",),
        "trust": ("Birmingham Women's and Children's NHS Foundation Trust",),
        "icb": ("NHS Birmingham and Solihull Integrated Care Board",),
        "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
        "yjs": ("Birmingham Youth Justice Service",),
        "venue": ("The Council House, Birmingham", "Woodcock Street, Birmingham"),
    },
    "Derby": {
        "council": ("Derby City Council children's services",),
        "police": ("Derbyshire Constabulary",),
        "trust": ("University Hospitals of Derby and Burton NHS Foundation Trust",),
        "icb": ("NHS Derby and Derbyshire Integrated Care Board",),
        "ambulance": ("East Midlands Ambulance Service NHS Trust",),
        "yjs": ("Derby Youth Justice Service",),
        "venue": ("The Council House, Derby",),
    },
    "Nottingham": {
        "council": ("Nottingham City Council children's integrated services",),
        "police": ("Nottinghamshire Police",),
        "trust": ("Nottingham University Hospitals NHS Trust",),
        "icb": ("NHS Nottingham and Nottinghamshire Integrated Care Board",),
        "ambulance": ("East Midlands Ambulance Service NHS Trust",),
        "yjs": ("Nottingham City Youth Justice Service",),
        "venue": ("Loxley House, Nottingham", "Nottingham Council House"),
    },
    "Leicester": {
        "council": ("Leicester City Council social care and education",),
        "police": ("Leicestershire Police",),
        "trust": ("University Hospitals of Leicester NHS Trust",),
        "icb": ("NHS Leicester, Leicestershire and Rutland Integrated Care Board",),
        "ambulance": ("East Midlands Ambulance Service NHS Trust",),
        "yjs": ("Leicester Youth Justice Service",),
        "venue": ("City Hall, Leicester",),
    },
    "Bristol": {
        "council": ("Bristol City Council children and families services",),
        "police": ("Avon and Somerset Police",),
        "trust": ("University Hospitals Bristol and Weston NHS Foundation Trust",),
        "icb": ("NHS Bristol, North Somerset and South Gloucestershire Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
        "yjs": ("Bristol Youth Justice Service",),
        "venue": ("City Hall, Bristol", "M Shed, Bristol"),
    },
    "Southampton": {
        "council": ("Southampton City Council children and learning",),
        "police": ("Hampshire and Isle of Wight Constabulary",),
        "trust": ("University Hospital Southampton NHS Foundation Trust",),
        "icb": ("NHS Hampshire and Isle of Wight Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "yjs": ("Southampton Youth Justice Service",),
        "venue": ("Southampton Civic Centre",),
    },
    "Medway": {
        "council": ("Medway Council children's services",),
        "police": ("Kent Police",),
        "trust": ("Medway NHS Foundation Trust",),
        "icb": ("NHS Kent and Medway Integrated Care Board",),
        "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
        "yjs": ("Medway Youth Justice Service",),
        "venue": ("Gun Wharf, Chatham", "Medway Council offices, Gun Wharf"),
    },
    "Suffolk": {
        "council": ("Suffolk County Council children and young people's services",),
        "police": ("Suffolk Constabulary",),
        "trust": ("East Suffolk and North Essex NHS Foundation Trust",),
        "icb": ("NHS Suffolk and North East Essex Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service NHS Trust",),
        "yjs": ("Suffolk Youth Justice Service",),
        "venue": ("Endeavour House, Ipswich",),
    },
    "Cumberland": {
        "council": ("Cumberland Council children's services",),
        "police": ("Cumbria Constabulary",),
        "trust": ("North Cumbria Integrated Care NHS Foundation Trust",),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North West Ambulance Service NHS Trust",),
        "yjs": ("Cumberland Youth Justice Service",),
        "venue": ("Cumbria House, Carlisle", "The Old Town Hall, Carlisle"),
    },
}
#: Roles by the kind of agency that employs them.
ROLES = {
    "council": (
        "principal social worker",
        "head of early help",
        "virtual school head",
        "strategic housing manager",
        "head of inclusion",
    ),
    "police": ("detective chief inspector, safeguarding", "MASH detective sergeant"),
    "trust": ("named midwife for safeguarding", "named nurse, safeguarding children"),
    "icb": ("designated nurse, safeguarding children", "designated doctor for child deaths"),
    "ambulance": ("head of safeguarding",),
    "yjs": ("youth justice service manager", "youth justice practice lead"),
}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(
    dict.fromkeys(a for area in AREAS.values() for k, v in area.items() if k != "venue" for a in v)
)
REFERENCES = ("RR 28/02", "RR-27-14", "LCSPR 27-05", "MALR 27/03", "RR 28-06")
THEMES = (
    "domestic abuse and the unborn baby",
    "children who are electively home educated",
    "safeguarding disabled children",
    "criminal exploitation and transitions",
    "ICON and coping with crying",
    "the impact of poverty on neglect",
    "working with fathers and male carers",
    "information sharing at the front door",
    "trauma-informed practice",
    "online harm and harmful sexual behaviour",
)
TIMES = ("9am", "9.30", "10.30am", "13:00", "1.45pm", "15:30")
PERIODS = ("2025-26", "2026-27", "2026/27", "Q2 2027-28", "quarter 3")
CHOSEN = ("Heron", "Cobalt", "Juniper", "Lantern", "Sycamore", "Granite", "Meadow", "Osprey")
PSEUDONYM_WORDS = ("Child", "Baby", "Young Person", "Sibling", "Unborn")
INITIALS = "ABCDEFGHJKLMNPRSTVWXYZ"

BENIGN = {
    "learning_event": (
        "You are invited to a learning event on {theme} on {date}, {time} to {time2}, at {venue}.",
        "The {partnership} partnership is running a half-day workshop on {theme}: {date}, "
        "{venue}, arrival from {time}.",
        "Save the date: practitioner learning event for {ref}, {date} at {venue}. Places are "
        "limited to two per team.",
        "Bitesize webinar: the {role} from {agency} on {theme}, {date}, {time}, on Teams.",
        "Reflective learning session for managers, {date}, {time}, {venue}; bring a case you "
        "have closed in the last year.",
        "Annual practitioner conference, {date}, {venue}. Keynote on {theme}; workshops "
        "after lunch.",
        "Please share with your teams: learning from {ref} will be presented at {venue} on "
        "{date} at {time}.",
        "Briefing for designated safeguarding leads on {theme}, {date}, {time}, {venue}.",
    ),
    "scrutineer_report": (
        "Independent scrutineer's report {year}: the three partners attended every "
        "executive meeting and decisions were recorded.",
        "The scrutineer found that {partnership}'s rapid reviews were sent to the Panel "
        "within 15 working days in {n} of the year's cases.",
        "Scrutiny of {year}: the voice of children is heard through the young "
        "advisers' group, but less so in the audits.",
        "Independent scrutiny noted that {police} funded its share of the partnership "
        "budget in full.",
        "The scrutineer recommends that the partners publish a shorter yearly report for "
        "practitioners.",
        "Scrutineer's extract: challenge between partners is open and recorded, for "
        "example over {theme}.",
        "The independent scrutineer met frontline staff from {agency} and {agency2} in "
        "{year} to test how learning reaches practice.",
        "Report of the independent scrutineer to the {partnership} executive, {date}: "
        "assurance on {theme} is partial.",
    ),
    "audit_finding": (
        "Multi-agency audit of {theme}: {n} cases reviewed; strategy discussions were "
        "timely but health was not always invited.",
        "Audit finding: {agency} records showed good use of the neglect toolkit; "
        "{agency2} rarely referred to it.",
        "The audit group rated {n} of the sample as good and the rest as requires improvement.",
        "Themed audit on {theme}, {period}: fathers were seen in fewer than half of "
        "the assessments.",
        "Finding 3: chronologies were present on most files but not updated after "
        "significant events.",
        "Practitioners' views were gathered for each audited case; {agency} staff "
        "described the MASH as responsive.",
        "Audit report to the quality and performance subgroup on {date}: learning to be "
        "shared through a 7-minute briefing.",
        "Re-audit of {theme} due in {period} to test whether the actions have made a difference.",
    ),
    "training_record": (
        "Course booking confirmed: Working Together level 3, {date}, {time}, {venue}.",
        "Training record: {n} staff from {agency} completed the {theme} module this quarter.",
        "Booking closes {date} for the multi-agency course on {theme}.",
        "Attendance at the {date} course was {n} of 24 places; {agency2} did not send anyone.",
        "Your place on the designated safeguarding lead refresher on {date} at {venue} "
        "is confirmed.",
        "Training evaluation: most delegates rated the course on {theme} as very useful.",
        "Non-attendance charge applies to places cancelled after {date}.",
        "E-learning completion report for {period}: {agency} at {n} per cent.",
    ),
    "data_return": (
        "Quarterly data return {period}: {n} rapid reviews, all notified within five working days.",
        "Performance dashboard: re-referrals to children's social care within 12 months "
        "are below the statistical neighbour average.",
        "Data return to the executive, {date}: child protection plans lasting two years or "
        "more have fallen.",
        "Ethnicity recording in the {period} return now shows heritage such as Jamaica or "
        "Trinidad under Black Caribbean.",
        "The {police} figures for {period} show {n} domestic abuse notifications shared "
        "with schools through Operation Encompass.",
        "Indicator 7 (initial health assessments within 20 working days) rated {rag} for {period}.",
        "Children missing education: the {period} census count went to the education "
        "inclusion panel on {date}.",
        "Performance note: the MASH met the 24-hour decision target in {n} of the last 12 weeks.",
    ),
    "hv_midwifery_note": (
        "Health visiting practice note: ask every parent about safer sleep at the new "
        "birth visit and record the answer.",
        "Midwifery safeguarding supervision on {date}; the team reviewed how routine "
        "enquiry about domestic abuse is recorded.",
        "Practice reminder from the {role}: share concerns about an unborn baby with "
        "children's social care before 20 weeks where possible.",
        "Health visitors in {partnership} now use the ICON programme at the 6-8 week contact.",
        "The named midwife reminded teams that a pre-birth assessment needs a referral "
        "by 24 weeks.",
        "Practice note: when a family moves, the health visiting record is transferred "
        "within two weeks.",
        "{agency} midwifery teams are piloting a perinatal mental health screening "
        "question from {date}.",
        "Health visiting caseload audit, {period}: universal plus contacts were mostly on time.",
    ),
    "mash_process_note": (
        "MASH process note: police checks are completed within four hours for red-rated contacts.",
        "{agency} MASH: a strategy discussion is held the same day when a child is at risk "
        "of significant harm.",
        "Youth justice process: the out-of-court disposal panel meets on {date} at {time}.",
        "Process update from the {role}: referral orders now start with a panel within 20 "
        "working days.",
        "MASH screening: the police researcher records the reason for each RAG rating.",
        "Youth justice service note: the AssetPlus review is due every three months.",
        "From {date} the MASH will accept police protection notifications by secure email only.",
        "{agency} and {agency2} agreed a joint triage for exploitation referrals at the "
        "front door.",
        "Police MASH note: the daily risk meeting now starts at {time} and includes {agency2}.",
    ),
    "inclusion_panel_note": (
        "Education inclusion panel, {date}: {n} managed moves agreed, none to alternative "
        "provision.",
        "Housing panel note: the strategic housing manager will bring the temporary "
        "accommodation figures to the next panel.",
        "Inclusion panel: the virtual school head asked for reduced timetables to be "
        "reviewed every six weeks.",
        "Fair access panel met at {venue} on {date}; the protocol is being refreshed.",
        "Housing and children's services joint protocol for 16 and 17 year olds reviewed "
        "on {date}.",
        "The head of inclusion reported {n} suspensions this term across the area's "
        "secondary schools.",
        "Panel note: elective home education notifications rose in {period}; the team "
        "will offer visits within ten days.",
        "Inclusion panel terms of reference to be agreed by the {partnership} schools "
        "forum on {date}.",
    ),
    "chronology": (
        "{date}: {agency} received the request for information for {ref}.",
        "{date}: agency chronology submitted by {agency}; merged by the review officer.",
        "{date}: {agency2} attended the strategy discussion by phone.",
        "{date}: rapid review meeting held at {venue}.",
        "{date}: the Panel acknowledged the notification for {ref}.",
        "{date}: {agency} completed an internal management review and shared its findings.",
        "{date}: case discussed at the multi-agency risk assessment conference.",
        "{date}: the {role} from {agency} confirmed no record of contact in the period.",
        "{date}: rapid review and the decision sent to the Panel by the business unit.",
    ),
}
MINUTE_LINES = (
    "attendees: the {role} ({agency}), the {role2} ({agency2})",
    "apologies received from {agency2}",
    "chair opened the meeting and confirmed it is a learning review, not a blame exercise",
    "agency summaries circulated in advance and taken as read",
    "{agency} to provide its missing-from-home data by {date}",
    "the group agreed the rapid review meets the criteria for a local review",
    "agreed: learning to be shared through a practitioner briefing rather than a local review",
    "the {role} raised {theme} as a recurring theme",
    "action: the business manager to write to the Panel with the decision",
    "date of next meeting: {date}, {time}, {venue}",
    "sign-off by the three statutory partners by {date}",
)
SIGN_OFFS = (
    "Best regards,\nSafeguarding Partnership Manager\n{partnership} Safeguarding Children "
    "Partnership",
    "Kind regards\n{role}\n{agency}",
    "Thank you,\nBusiness Support Officer | {partnership} Safeguarding Children Partnership",
    "With thanks,\nThe {role}, {agency}",
    "Regards,\nLearning and Development Coordinator\n{partnership} Safeguarding Children "
    "Partnership",
)
EMAIL_BODIES = (
    "Please find attached the notes from the {ref} rapid review meeting for your comments "
    "by {date}.",
    "The Panel has replied on {ref} and agrees with the decision.",
    "Could {agency} confirm its attendee for the scrutiny meeting on {date}?",
    "The draft terms of reference for {ref} are now on the partnership's SharePoint.",
    "We still need the {agency} chronology for {ref}; the deadline is {date}.",
    "Thank you for chairing the audit group; the findings go to the executive on {date}.",
)


def _benign_pseudonym(rng: random.Random, n: int) -> str:
    return benign_pseudonym(rng, n, BENIGN_PSEUDONYMS, PSEUDONYM_WORDS, INITIALS, CHOSEN)


def _benign(rng: random.Random) -> list[Sample]:
    def filled(template: str, where: str = "") -> str:
        name = where or rng.choice(PARTNERSHIPS)
        area = AREAS[name]
        kind, kind2 = rng.sample(sorted(ROLES), 2)
        time, time2 = sorted(rng.sample(TIMES, 2), key=TIMES.index)
        values = {"agency": rng.choice(area[kind]), "agency2": rng.choice(area[kind2])}
        values |= {"role": rng.choice(ROLES[kind]), "role2": rng.choice(ROLES[kind2])}
        values |= {"time": time, "time2": time2, "ref": rng.choice(REFERENCES)}
        values |= {"date": _date(rng, (2027, 2028), WHEN_FORMS), "theme": rng.choice(THEMES)}
        values |= {"venue": rng.choice(area["venue"]), "period": rng.choice(PERIODS)}
        values |= {"rag": rng.choice(("green", "amber", "red")), "n": str(rng.randint(3, 19))}
        values |= {"partnership": name, "police": area["police"][0]}
        values["year"] = rng.choice(PERIODS[:3])
        text = _fill(template, values)
        return text[0].upper() + text[1:]

    out = registers_written(BENIGN, filled)
    for _ in range(50):
        where = rng.choice(PARTNERSHIPS)
        lines = [filled(line, where) for line in rng.sample(MINUTE_LINES, rng.randint(3, 6))]
        head = f"Minutes of the {rng.choice(REFERENCES)} review meeting ({where})"
        out.append(Sample("minutes", "text", "\n".join([head, *lines]), False, "hand-minutes"))
    for n in range(50):
        where = PARTNERSHIPS[n % len(PARTNERSHIPS)]
        body = filled(EMAIL_BODIES[n % len(EMAIL_BODIES)], where)
        sign_off = filled(SIGN_OFFS[n % len(SIGN_OFFS)], where).split("\n")
        text = body + "\n\n" + "\n".join(line[0].upper() + line[1:] for line in sign_off)
        out.append(Sample("email_with_sign_off", "text", text, False, "hand"))
    return out + as_pseudonyms(_benign_pseudonym(rng, n) for n in range(100))


def samples() -> list[Sample]:
    """The whole corpus, identifying then benign, the same on every run (benign written first,
    so that no drawn name that is one of its words is used)."""
    return assembled("twelfth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
