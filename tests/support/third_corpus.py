"""A third, fully held-out labelled corpus for the confidentiality guard (issue 24).

Nobody tuning the guard has seen this corpus: it was written apart from the rules and
from the two earlier corpora, and it is meant to be run once as a final measure, never
tuned against. Where each part comes from:

- **Forenames** from gender-guesser's ``nam_dict.txt`` (Jörg Michael's name dictionary,
  read from the installed package): names with a frequency of at least 3 in one of the
  countries in ``GG_COUNTRIES``; labelled ``gender-guesser (<country>)``.
- **Forenames and surnames** from Faker locales neither earlier corpus used, Latin script
  only (``FAKER_LOCALES``; romanized names for ja_JP, zh_CN and zh_TW); labelled
  ``faker-<locale>``.
- Every drawn name in Faker's en_GB, en_US or en person providers is dropped, as is every
  name that is a word of the benign text below.
- **Templates** (Slack formatting, copied email, tired typing, attendee and sibling lists,
  line breaks, possessives, roles, pseudonyms) and every **other identifier** (fictional
  phone ranges only: Ofcom's drama numbers; NHS numbers from 999 with a valid check digit;
  NI numbers prefixed QQ; example.com/example.org) are written for this corpus.
- **Benign text** is written for this corpus from partnership vocabulary (agencies, roles,
  legislation, guidance titles, abbreviations); council names are England's entries in
  ISO 3166-2:GB as shipped by pycountry.
"""

from __future__ import annotations

import calendar
import random
import re
import unicodedata
from collections.abc import Callable
from functools import cache
from pathlib import Path

import gender_guesser
import pycountry
from faker import Faker

from tests.support.independent_corpus import Sample

SEEN = ""
"""No source of this corpus was seen by the rules' lists (nor by anyone tuning them)."""

SEED = 20261206

GG_COUNTRIES = (
    "great_britain",
    "ireland",
    "poland",
    "romania",
    "lithuania",
    "albania",
    "kosovo",
    "bulgaria",
    "ukraine",
    "turkey",
    "india",
    "arabia",
    "china",
    "vietnam",
    "portugal",
    "italy",
    "spain",
)
"""The dictionary has no column for Africa or Pakistan; its "other countries" column is
nearly empty, so African forenames come from Faker's en_KE and fr_DZ instead."""

FAKER_LOCALES = (
    "ga_IE",
    "no_NO",
    "is_IS",
    "en_KE",
    "en_TH",
    "es_CO",
    "es_AR",
    "fr_DZ",
    "nl_BE",
    "de_AT",
    "uz_UZ",
    "ja_JP",
    "zh_CN",
    "zh_TW",
)

_ROMANIZED = {"ja_JP", "zh_CN", "zh_TW"}


# --- vocabulary of benign text ------------------------------------------------------

AGENCIES = (
    "children's social care",
    "the police",
    "the ICB",
    "the integrated care board",
    "the local authority",
    "education",
    "the school",
    "the nursery",
    "health visiting",
    "school nursing",
    "CAMHS",
    "adult mental health services",
    "probation",
    "the youth justice service",
    "Cafcass",
    "the ambulance service",
    "the acute trust",
    "the community health trust",
    "early help",
    "housing",
    "the drug and alcohol service",
    "the domestic abuse service",
    "the MASH",
    "EDT",
    "the GP practice",
    "A&E",
    "the ED",
)

ROLES = (
    "SW",
    "social worker",
    "team manager",
    "service manager",
    "HV",
    "health visitor",
    "school nurse",
    "DSL",
    "designated safeguarding lead",
    "named nurse",
    "designated nurse",
    "designated doctor",
    "named GP",
    "IRO",
    "LADO",
    "the independent reviewer",
    "the business manager",
    "the chair",
    "the independent scrutineer",
    "the police DI",
    "the probation officer",
    "the family support worker",
    "the midwife",
    "the paediatrician",
)

LEGISLATION = (
    "section 47 of the Children Act 1989",
    "s17 Children Act 1989",
    "s20",
    "section 31",
    "the Children Act 2004",
    "the Children and Social Work Act 2017",
    "section 175 of the Education Act 2002",
    "the Care Act 2014",
    "the Domestic Abuse Act 2021",
    "the Data Protection Act 2018",
    "UK GDPR",
)

GUIDANCE = (
    "Working Together to Safeguard Children 2023",
    "Keeping Children Safe in Education",
    "the Child Safeguarding Practice Review Panel's annual report",
    "the Panel's practice guidance",
    "the national review into child protection in England",
    "the triennial analysis of serious case reviews",
    "the thematic review on safeguarding children under one",
    "the local threshold document",
    "the partnership's escalation policy",
    "the neglect strategy",
    "the graded care profile",
    "the pre-birth protocol",
    "the bruising in non-mobile babies protocol",
)

ABBREVIATIONS = (
    "SW",
    "HV",
    "DSL",
    "LAC",
    "CIN",
    "CP",
    "ICPC",
    "RCPC",
    "MASH",
    "EDT",
    "A&E",
    "ED",
    "GP",
    "PLO",
    "CSPR",
    "LCSPR",
    "RR",
    "MARAC",
    "MAPPA",
    "EHA",
    "TAF",
    "CME",
    "EHCP",
)

EVENTS = (
    "rapid review meeting",
    "strategy discussion",
    "practitioner learning event",
    "ICPC",
    "RCPC",
    "core group",
    "CIN review",
    "LAC review",
    "MARAC",
    "panel meeting",
    "reviewer briefing",
    "family engagement call",
    "scoping meeting",
    "partnership board",
    "quality assurance subgroup",
)

ACTIONS = (
    "Notified the Panel",
    "Sent the rapid review to the Panel",
    "Panel replied",
    "Reviewer appointed",
    "Terms of reference agreed",
    "Draft report circulated",
    "Chronologies requested",
    "Chronologies received from all agencies",
    "Final report signed off",
    "Published the report",
    "Action plan agreed",
    "Learning briefing sent out",
    "Escalated to the business manager",
    "Extension requested",
)

MONTHS = tuple(calendar.month_name[1:])  # English: Python starts in the C locale

EMOJI = (":warning:", ":white_check_mark:", ":calendar:", ":memo:", ":eyes:", ":pushpin:")

TEAMS = (
    "Front Door Team",
    "Assessment Team",
    "Child in Need Team",
    "Safeguarding Partnership Business Unit",
    "Quality Assurance Team",
    "Designated Safeguarding Team",
    "Youth Justice Service",
    "Early Help Hub",
    "Children's Community Health",
)

ORGS = (
    "Children's Services",
    "Integrated Care Board",
    "Community Health NHS Trust",
    "Hospitals NHS Foundation Trust",
    "Police",
    "Education Directorate",
)

SIGN_OFFS = ("Kind regards", "Many thanks", "Best wishes", "Thanks", "Regards")

EMAIL_FOOTERS = (
    "",
    "\n\nSent from Outlook for iOS",
    "\n\nThis email and any attachments are confidential and intended solely for the addressee.",
    "\n\nCAUTION: This email originated from outside of the organisation.",
)

LINKS = (
    "<https://www.gov.uk/government/publications/working-together-to-safeguard-children--2"
    "|the guidance>",
    "<https://www.gov.uk/government/organisations/child-safeguarding-practice-review-panel"
    "|the Panel's page>",
    "<https://example.org/partnership/escalation|escalation policy>",
    "<https://example.com/learning/briefing|learning briefing>",
)


@cache
def councils() -> tuple[str, ...]:
    """England's councils and counties in ISO 3166-2:GB (pycountry)."""
    names = []
    for sub in pycountry.subdivisions.get(country_code="GB"):
        if sub.parent_code == "GB-ENG":
            names.append(sub.name.split(",")[0])
    return tuple(sorted(names))


# --- names ------------------------------------------------------------------------

_NAME_RE = re.compile(r"^[^\W\d_]+(?:[-' ][^\W\d_]+)*$")


def _latin(name: str) -> bool:
    return bool(_NAME_RE.match(name)) and all(
        "LATIN" in unicodedata.name(ch, "") for ch in name if ch.isalpha()
    )


def _fold(text: str) -> str:
    """Lower case, accents stripped."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


@cache
def english_faker_names() -> frozenset[str]:
    """Every name in Faker's en, en_GB and en_US person providers, folded."""
    from faker.providers.person import en, en_GB, en_US

    found: set[str] = set()
    for module in (en, en_GB, en_US):
        for value in vars(module.Provider).values():
            if isinstance(value, dict):
                value = tuple(value)
            if isinstance(value, tuple):
                for item in value:
                    if isinstance(item, str):
                        found.add(_fold(item))
    return frozenset(found)


@cache
def _gg_rows() -> tuple[tuple[str, str], ...]:
    """(name, per-country frequency columns) from gender-guesser's nam_dict.txt."""
    path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        # '+' in column 30 marks a duplicate sorted with expanded umlauts (the file's note).
        if not line or line[0] in "#=" or line[29:30] == "+":
            continue
        rows.append((line[3:29].strip(), line[30:]))
    return tuple(rows)


def _gg_names(country: str) -> list[str]:
    """Names with a frequency of at least 3 in ``country`` ('+' joins parts: joined)."""
    from gender_guesser.detector import Detector

    index = Detector.COUNTRIES.index(country)
    names = []
    for name, columns in _gg_rows():
        value = columns[index : index + 1].strip()
        if value and int(value, 16) >= 3:
            names.append(name.replace("+", ""))
    return names


def _faker_names(locale: str) -> tuple[list[str], list[str]]:
    fake = Faker(locale)
    fake.seed_instance(SEED)
    if locale in _ROMANIZED:
        first = [fake.first_romanized_name() for _ in range(400)]
        last = [fake.last_romanized_name() for _ in range(400)]
    else:
        first = [fake.first_name() for _ in range(400)]
        last = [fake.last_name() for _ in range(400)]
    return first, last


def _keep(names: list[str], banned: frozenset[str]) -> tuple[str, ...]:
    kept = []
    for name in names:
        if not _latin(name) or len(name) < 2:
            continue
        parts = re.split(r"[-' ]", _fold(name))
        if _fold(name) in banned or any(part in banned for part in parts):
            continue
        kept.append(name)
    return tuple(sorted(set(kept)))


@cache
def name_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Source label -> (forenames, surnames) after dropping English and benign words."""
    banned = english_faker_names() | benign_words()
    pools: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for country in GG_COUNTRIES:
        first = _keep([n for n in _gg_names(country) if len(n) >= 3], banned)
        if first:
            pools[f"gender-guesser ({country})"] = (first, ())
    for locale in FAKER_LOCALES:
        first, last = _faker_names(locale)
        pools[f"faker-{locale}"] = (_keep(first, banned), _keep(last, banned))
    return pools


def drawn_names() -> frozenset[str]:
    """Every name the corpus may draw, folded (for checks that benign text holds none)."""
    return frozenset(_fold(n) for first, last in name_pools().values() for n in (*first, *last))


class Person:
    """A drawn person: forename, surname (may be empty) and source."""

    def __init__(self, first: str, last: str, source: str) -> None:
        self.first, self.last, self.source = first, last, source

    @property
    def full(self) -> str:
        return f"{self.first} {self.last}" if self.last else self.first

    @property
    def surname(self) -> str:
        return self.last or self.first


def _person(rng: random.Random, need_surname: bool = False) -> Person:
    pools = name_pools()
    labels = sorted(k for k, v in pools.items() if v[0] and (v[1] or not need_surname))
    source = rng.choice(labels)
    first, last = pools[source]
    return Person(rng.choice(first), rng.choice(last) if last else "", source)


def _case(rng: random.Random, name: str) -> str:
    """How a worker may type a name: as written, lower case, now and then capitals."""
    roll = rng.random()
    if roll < 0.5:
        return name
    if roll < 0.9:
        return name.lower()
    return name.upper()


# --- other identifiers -------------------------------------------------------------


def nhs_number(rng: random.Random) -> str:
    """A ten-digit NHS number from 999 with a valid modulus-11 check digit."""
    while True:
        digits = [9, 9, 9] + [rng.randrange(10) for _ in range(6)]
        total = sum(d * w for d, w in zip(digits, range(10, 1, -1), strict=True))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return "".join(map(str, [*digits, check]))


def nhs_valid(number: str) -> bool:
    """Whether a ten-digit string passes the NHS modulus-11 check."""
    if not re.fullmatch(r"\d{10}", number):
        return False
    total = sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(number[9])


PHONE_RANGES = (
    ("07700", 900000, 900999),
    ("0113", 4960000, 4960999),
    ("020", 79460000, 79460999),
    ("01632", 960000, 960999),
)


def phone_digits(rng: random.Random) -> str:
    """A national number (with leading 0) in one of Ofcom's drama ranges."""
    prefix, low, high = rng.choice(PHONE_RANGES)
    return f"{prefix}{rng.randint(low, high)}"


def in_fictional_range(national: str) -> bool:
    """Whether an 11-digit national number is in one of the ranges above."""
    for prefix, low, high in PHONE_RANGES:
        rest = national[len(prefix) :]
        if national.startswith(prefix) and rest.isdigit() and low <= int(rest) <= high:
            return len(national) == 11
    return False


def _format_phone(rng: random.Random, digits: str) -> str:
    if digits.startswith("07700"):
        groups = [digits[:5], digits[5:]]
    elif digits.startswith("020"):
        groups = [digits[:3], digits[3:7], digits[7:]]
    elif digits.startswith("0113"):
        groups = [digits[:4], digits[4:7], digits[7:]]
    else:
        groups = [digits[:5], digits[5:]]
    style = rng.randrange(6)
    if style == 0:
        return " ".join(groups)
    if style == 1:
        return digits
    if style == 2:
        return "+44 " + " ".join([groups[0][1:], *groups[1:]])
    if style == 3:
        return digits[1:]
    if style == 4:
        return "-".join(groups)
    return f"({groups[0]}) " + " ".join(groups[1:])


def _dob(rng: random.Random) -> str:
    year = rng.randint(2008, 2025)
    month = rng.randrange(12)
    day = rng.randint(1, 28)
    mon = MONTHS[month]
    forms = (
        f"{day:02d}/{month + 1:02d}/{year}",
        f"{day}/{month + 1}/{year % 100:02d}",
        f"{day} {mon} {year}",
        f"{day}th {mon.lower()} {year}",
        f"{year}-{month + 1:02d}-{day:02d}",
        f"{day}.{month + 1}.{year}",
        f"{mon[:3]} {day} {year}",
    )
    return rng.choice(forms)


_STREET_WORDS = (
    "Larch",
    "Kestrel",
    "Mill",
    "Hawthorn",
    "Foundry",
    "Quarry",
    "Beacon",
    "Heron",
    "Tanner",
    "Linnet",
    "Copper",
    "Granary",
    "Wharf",
    "Orchard",
    "Moorcroft",
    "Sandpiper",
    "Cobble",
    "Weaver",
)
_STREET_KINDS = (
    "Close",
    "Road",
    "Street",
    "Avenue",
    "Way",
    "Drive",
    "Crescent",
    "Grove",
    "Lane",
    "Court",
    "Walk",
    "Gardens",
    "Terrace",
    "Rise",
)
_POST_AREAS = ("LS", "M", "B", "S", "BD", "L", "NE", "LE", "NG", "CV", "SE", "E", "N", "HU")
_POST_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def _postcode(rng: random.Random) -> str:
    inward = f"{rng.randint(1, 9)}{rng.choice(_POST_LETTERS)}{rng.choice(_POST_LETTERS)}"
    return f"{rng.choice(_POST_AREAS)}{rng.randint(1, 28)} {inward}"


def _street(rng: random.Random) -> str:
    return f"{rng.choice(_STREET_WORDS)} {rng.choice(_STREET_KINDS)}"


_SETTING_WORDS = (
    "Alderbrook",
    "Ashgrove",
    "Birchfield",
    "Brookside",
    "Castleton",
    "Fernhill",
    "Greenbank",
    "Highfield",
    "Kingsway",
    "Larkrise",
    "Meadowbank",
    "Northgate",
    "Oakridge",
    "Parkside",
    "Riverside",
    "Springwell",
    "Thornhill",
    "Westfield",
    "Willowbrook",
    "Beechwood",
    "Holmecroft",
    "Sunnyhill",
)
_SETTING_KINDS = (
    "Primary School",
    "Junior School",
    "Infant School",
    "Academy",
    "High School",
    "Pupil Referral Unit",
    "PRU",
    "Day Nursery",
    "Nursery",
    "Children's Centre",
    "Surgery",
    "Medical Practice",
    "Health Centre",
    "Medical Centre",
    "C of E Primary",
)


def _setting(rng: random.Random) -> str:
    return _case(rng, f"{rng.choice(_SETTING_WORDS)} {rng.choice(_SETTING_KINDS)}")


_LETTERS = "ABCDEFGHJKLMNOPRSTUVWXY"


def _reg(rng: random.Random) -> str:
    def letters(n: int) -> str:
        return "".join(rng.choice(_LETTERS) for _ in range(n))

    if rng.random() < 0.8:
        plate = f"{letters(2)}{rng.randint(10, 25)} {letters(3)}"
    else:
        plate = f"{letters(1)}{rng.randint(100, 999)} {letters(3)}"
    return plate.lower() if rng.random() < 0.3 else plate


def mention(rng: random.Random) -> str:
    """A Slack mention of a member of staff."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    return "<@U" + "".join(rng.choice(alphabet) for _ in range(rng.choice((8, 10)))) + ">"


def _signature(rng: random.Random) -> str:
    role = rng.choice(
        (
            "Senior Social Worker",
            "Team Manager",
            "Designated Nurse for Safeguarding Children",
            "Named Nurse",
            "Safeguarding Partnership Business Manager",
            "Detective Sergeant",
            "Designated Safeguarding Lead",
            "Advanced Practitioner",
            "Health Visitor",
        )
    )
    return (
        f"{rng.choice(SIGN_OFFS)}\n\n{role}\n{rng.choice(TEAMS)}\n{rng.choice(ORGS)}"
        f"{rng.choice(EMAIL_FOOTERS)}"
    )


def _date(rng: random.Random) -> str:
    day, month = rng.randint(1, 28), rng.randrange(12)
    year = rng.choice((2025, 2026))
    return rng.choice(
        (
            f"{day} {MONTHS[month]} {year}",
            f"{day:02d}/{month + 1:02d}/{year}",
            f"{day} {MONTHS[month][:3]}",
            f"{year}-{month + 1:02d}-{day:02d}",
        )
    )


# --- identifying templates ---------------------------------------------------------

Template = Callable[[random.Random, Person], str]


def _r(rng: random.Random, options: tuple[str, ...]) -> str:
    return rng.choice(options)


NAME_TEMPLATES: dict[str, tuple[Template, ...]] = {
    "name_email": (
        lambda g, p: (
            f"Hi both,\n\nFollowing the strategy discussion, {_case(g, p.full)} was seen "
            f"at school this morning and appeared well.\n\n{_signature(g)}"
        ),
        lambda g, p: (
            f"Morning,\n\nJust a heads up that {_case(g, p.first)}'s mum rang the duty "
            f"line again. I have logged it.\n\n{_signature(g)}"
        ),
        lambda g, p: (
            f"-----Original Message-----\nSubject: RE: update\n\nWe have no record of "
            f"{_case(g, p.full)} attending clinic since spring.\n\n{_signature(g)}"
        ),
        lambda g, p: (
            f"Dear colleagues,\n\nPlease see attached the chronology for "
            f"{_case(g, p.full)} as requested.\n\n{_signature(g)}"
        ),
    ),
    "name_slack_format": (
        lambda g, p: f"*Update* :warning: {_case(g, p.first)} not in school again today",
        lambda g, p: f"• home visit done\n• {_case(g, p.full)} seen alone\n• no concerns",
        lambda g, p: f"_note:_ {mention(g)} spoke with {_case(g, p.first)} on the phone",
        lambda g, p: f":memo: *Family:* {_case(g, p.surname)}\n:eyes: awaiting police info",
        lambda g, p: f"> {_case(g, p.first)} said it happened at the weekend\n:pushpin: CP",
    ),
    "name_tired": (
        lambda g, p: f"saw {_case(g, p.first).lower()} again today she seemed ok will chase",
        lambda g, p: f"long day. mum not home, left card. {p.first.lower()} at nans",
        lambda g, p: f"ok so spoke w {p.full.lower()} dad says hes fine ffs",
        lambda g, p: f"rang hv re {p.first.lower()} no answer, try tmrw",
        lambda g, p: f"dropped off forms at {p.surname.lower()}s house, nobody in",
    ),
    "name_line_break": (
        lambda g, p: f"Home visit completed and spoke with\n{_case(g, p.full)} about school",
        lambda g, p: (
            f"Concern raised by the nursery about {p.first[: len(p.first) // 2]}-\n"
            f"{p.first[len(p.first) // 2 :]} and her brother"
        ),
        lambda g, p: f"The child, {_case(g, p.first)}\n{_case(g, p.surname)}, was seen",
        lambda g, p: f"Mother and\n{_case(g, p.first)} attended the appointment together",
    ),
    "name_attendees": (
        lambda g, p: f"present: mum, {_case(g, p.first)} (maternal aunt), SW, HV",
        lambda g, p: f"Attendees: {_case(g, p.full)} (father), DSL, {mention(g)}",
        lambda g, p: f"In attendance - mum, stepdad, nan ({_case(g, p.first)}), IRO",
        lambda g, p: f"Family meeting. Present: {_case(g, p.full)}, gran, SW, FSW",
    ),
    "name_siblings": (),  # filled in by _siblings
    "name_apostrophe_accent": (),  # filled in by _stripped
    "name_possessive": (
        lambda g, p: f"{_case(g, p.first)}'s attendance has dropped to 60%",
        lambda g, p: f"Concern about {_case(g, p.first)}s weight raised by the HV",
        lambda g, p: f"the {_case(g, p.surname)}s' landlord has served notice",
        lambda g, p: f"{_case(g, p.full)}'s bedroom had no bed",
    ),
    "name_role": (
        lambda g, p: f"stepdad {_case(g, p.first)} was present during the visit",
        lambda g, p: f"Mum's partner {_case(g, p.full)} refused to engage",
        lambda g, p: f"maternal grandmother {_case(g, p.first)} is caring for the children",
        lambda g, p: f"Spoke to dad ({_case(g, p.first)}) by phone",
        lambda g, p: f"uncle {_case(g, p.first)} collects from school most days",
        lambda g, p: f"older brother {_case(g, p.first)} is known to youth justice",
    ),
}


def _siblings(rng: random.Random) -> tuple[str, str]:
    a = _person(rng)
    b = Person(rng.choice(name_pools()[a.source][0]), "", a.source)
    older, younger = rng.randint(6, 15), rng.randint(1, 5)
    text = rng.choice(
        (
            f"siblings {_case(rng, a.first)} ({older}) and {_case(rng, b.first)} ({younger})",
            f"Children in the household: {a.first} {older}, {b.first} {younger}",
            f"• {_case(rng, a.first)} \u2013 {older}\n• {_case(rng, b.first)} \u2013 {younger}",
            f"two children, {a.first.lower()} aged {older} and {b.first.lower()} aged {younger}",
        )
    )
    return text, a.source


def _stripped(rng: random.Random) -> tuple[str, str] | None:
    """A name with an accent or apostrophe, typed without it."""
    pools = name_pools()
    for _ in range(50):
        source = rng.choice(sorted(pools))
        names = [n for n in (*pools[source][0], *pools[source][1]) if _fold(n) != n.lower()]
        names += [n for n in (*pools[source][0], *pools[source][1]) if "'" in n]
        if not names:
            continue
        name = rng.choice(names)
        plain = "".join(
            ch
            for ch in unicodedata.normalize("NFKD", name)
            if not unicodedata.combining(ch) and ch != "'"
        )
        plain = plain.replace("\u0131", "i").replace("ł", "l").replace("Ł", "L")
        text = rng.choice(
            (
                f"Spoke with {_case(rng, plain)} at the family home",
                f"referral from school about {plain.lower()}",
                f"Mum ({_case(rng, plain)}) did not attend the core group",
            )
        )
        return text, source
    return None


def _pseudonym(rng: random.Random) -> tuple[str, str]:
    p = _person(rng, need_surname=rng.random() < 0.7)
    if not p.last:
        letter = rng.choice(_LETTERS)
        forms = (f"Baby {p.first}", f"{p.first} {letter}", f"{p.first.lower()} {letter.lower()}")
        return rng.choice(forms), p.source
    return (
        rng.choice(
            (
                f"{p.first} {p.surname}",
                f"{p.first.lower()} {p.surname.lower()}",
                f"Baby {p.surname}",
                f"baby {p.surname.lower()}",
                f"{p.surname} family",
                f"{p.first} {p.surname[0]}",
                f"{p.first}{p.surname}",
            )
        ),
        p.source,
    )


def _identifier(rng: random.Random, category: str) -> str:
    if category == "phone":
        number = _format_phone(rng, phone_digits(rng))
        return _r(
            rng,
            (
                f"mum's mobile is {number}",
                f"Tel: {number}",
                f"ring dad on {number} after school",
                f"new number for the family - {number}",
                f"*contact:* {number} :phone:",
            ),
        )
    if category == "nhs_number":
        n = nhs_number(rng)
        shown = rng.choice((n, f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}-{n[3:6]}-{n[6:]}"))
        return _r(
            rng,
            (
                f"NHS no {shown}",
                f"nhs number: {shown}",
                f"Baby's NHS number is {shown}",
                f"• NHS {shown}",
            ),
        )
    if category == "ni_number":
        ni = f"QQ{rng.randint(0, 999999):06d}{rng.choice('ABCD')}"
        shown = rng.choice((ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"))
        return _r(rng, (f"mum's NI number {shown}", f"NINo: {shown}", f"ni no {shown.lower()}"))
    if category == "date_of_birth":
        dob = _dob(rng)
        mon = rng.choice(MONTHS)
        day = rng.randint(1, 28)
        return _r(
            rng,
            (
                f"DOB {dob}",
                f"born {dob}",
                f"date of birth: {dob}",
                f"d.o.b. {dob}",
                f"bday {day} {mon.lower()}",
                f"turned {rng.randint(1, 12)} last week on {day} {mon}",
                f"will be {rng.randint(2, 14)} on the {day}th of {mon}",
                f"youngest child (dob {dob}) not registered with a GP",
            ),
        )
    if category == "address":
        street = _street(rng)
        n = rng.randint(1, 140)
        return _r(
            rng,
            (
                f"lives at {n} {street}",
                f"address: flat {rng.randint(1, 12)}, {n} {street}",
                f"family moved to {street.lower()} last month",
                f"• address - {n} {street}, {_postcode(rng)}",
                f"staying with nan on {street}",
            ),
        )
    if category == "postcode":
        pc = _postcode(rng)
        pc = pc.lower() if rng.random() < 0.3 else pc
        return _r(
            rng,
            (f"postcode {pc}", f"new address is in {pc}", f"lives near {pc.replace(' ', '')}"),
        )
    if category == "setting_by_name":
        s = _setting(rng)
        return _r(
            rng,
            (
                f"attends {s}",
                f"DSL at {s} made the referral",
                f"registered with {s}",
                f"moved from {s} in year 4",
                f"*school:* {s}",
            ),
        )
    if category == "record_number":
        system, number = rng.choice(
            (
                ("Mosaic ID", f"{rng.randint(1000000, 9999999)}"),
                ("LCS no.", f"{rng.randint(100000, 999999)}"),
                ("Liquidlogic ref", f"{rng.randint(1000000, 9999999)}"),
                ("EHM case", f"{rng.randint(10000, 99999)}"),
                ("SystmOne", f"{rng.randint(100000000, 999999999)}"),
                ("EMIS number", f"{rng.randint(100000, 9999999)}"),
                ("hospital number", f"RX{rng.randint(100000, 999999)}"),
                ("MRN", f"{rng.randint(10000000, 99999999)}"),
                ("UPN", f"A{rng.randint(10**11, 10**12 - 1)}"),
                ("crime ref", f"13/{rng.randint(10000, 99999)}/26"),
                ("PNC", f"19/{rng.randint(100000, 999999)}{rng.choice('ABCDEFGH')}"),
                ("Eclipse ID", f"{rng.randint(100000, 999999)}"),
            )
        )
        return _r(
            rng,
            (
                f"{system} {number}",
                f"child's {system.lower()} is {number}",
                f"see {system}: {number}",
            ),
        )
    if category == "vehicle_registration":
        reg = _reg(rng)
        return _r(
            rng,
            (
                f"dad's car reg {reg}",
                f"a silver Corsa, {reg}, seen outside the house",
                f"vehicle {reg} stopped by police",
                f"picked up from school in {reg}",
            ),
        )
    if category == "email_address":
        p = _person(rng, need_surname=True)
        user = rng.choice(
            (
                f"{_fold(p.first)}.{_fold(p.surname)}",
                f"{_fold(p.first)}{rng.randint(1, 99)}",
                f"{_fold(p.surname)}.family",
            )
        )
        user = re.sub(r"[^a-z0-9._]", "", user.encode("ascii", "ignore").decode())
        return _r(
            rng,
            (
                f"mum's email is {user}@example.com",
                f"email: <mailto:{user}@example.org|{user}@example.org>",
                f"sent the letter to {user}@example.com",
            ),
        )
    if category == "handle":
        p = _person(rng)
        base = re.sub(r"[^a-z0-9]", "", _fold(p.first).encode("ascii", "ignore").decode())
        handle = rng.choice(
            (f"{base}_{rng.randint(1, 99)}", f"lil.{base}", f"{base}x{rng.randint(1, 9)}")
        )
        return _r(
            rng,
            (
                f"snapchat: {handle}",
                f"messaging him on insta @{handle}",
                f"tiktok is @{handle}",
                f"plays online as {handle} on xbox",
            ),
        )
    raise ValueError(category)


IDENTIFIER_CATEGORIES = (
    "phone",
    "nhs_number",
    "ni_number",
    "date_of_birth",
    "address",
    "postcode",
    "setting_by_name",
    "record_number",
    "vehicle_registration",
    "email_address",
    "handle",
)


# --- benign templates --------------------------------------------------------------


def _benign(rng: random.Random, category: str) -> str:
    a, r, e = rng.choice(AGENCIES), rng.choice(ROLES), rng.choice(EVENTS)
    d, m, x = _date(rng), mention(rng), rng.choice(ABBREVIATIONS)
    if category == "benign_slack_update":
        return _r(
            rng,
            (
                f"*Update:* {e} booked for {d} {rng.choice(EMOJI)}",
                f"• chronology from {a} received\n• {x} info still outstanding\n• {m} chasing",
                f"_Reminder_ :calendar: {e} on {d}, papers to {r} by Friday",
                f":white_check_mark: {rng.choice(ACTIONS)} on {d}",
                f"{m} can you pick up the {e} actions? :pray:",
                "*Decision:* threshold met for a rapid review.\n:warning: 5 working days",
            ),
        )
    if category == "benign_email":
        return rng.choice(
            (
                f"Hi all,\n\nI can confirm that {a} will attend the {e} on {d}.\n\n",
                f"Good afternoon,\n\nPlease find attached the information from {a} "
                f"for the review.\n\n",
                f"Dear colleagues,\n\nAs discussed at the {e}, the draft will go to "
                f"the {r} for comment.\n\n",
                "Hi,\n\nThanks for this. I have shared it with the designated professionals.\n\n",
            )
        ) + _signature(rng)
    if category == "benign_meeting_notes":
        return _r(
            rng,
            (
                f"{e.capitalize()} held on {d}. {a.capitalize()} and {r} attended.",
                f"Notes: the {r} agreed to share learning with {a} by {d}.",
                f"{rng.choice(ACTIONS)} on {d}; next {e} in six weeks.",
                f"Agreed at the {e} ({d}): refer to {rng.choice(GUIDANCE)}.",
                f"Minutes of the {e}, {d}\n• apologies from {a}\n• {x} update given",
            ),
        )
    if category == "benign_chronology":
        year = rng.randint(2015, 2026)
        return _r(
            rng,
            (
                f"{year}: referral to the MASH from {a}, no further action",
                f"{rng.choice(MONTHS)} {year} \u2013 {x} plan closed",
                f"{year} - ED attendance, discharged the same day, HV informed",
                f"In {year} the family moved into the area and registered with a GP",
                f"{d}: {e} - agreed to proceed under {rng.choice(LEGISLATION)}",
            ),
        )
    if category == "benign_reference":
        ref = f"SI-{rng.choice((2025, 2026))}-{rng.randint(1, 60):04d}"
        return _r(
            rng,
            (
                f"Case {ref} moved to the Panel stage",
                f"{ref}: {rng.choice(ACTIONS).lower()} on {d}",
                f"see {ref} and {m} for the reply",
                f"re {ref} {rng.choice(EMOJI)} awaiting {a}",
            ),
        )
    if category == "benign_link":
        return _r(
            rng,
            (
                f"See {rng.choice(LINKS)} for the timescales",
                f"{m} the reviewer's brief is in {rng.choice(LINKS)}",
                f"Read {rng.choice(LINKS)} before the {e}",
            ),
        )
    if category == "benign_vocabulary":
        return _r(
            rng,
            (
                f"Practice was considered against {rng.choice(GUIDANCE)}.",
                f"The duty under {rng.choice(LEGISLATION)} was applied.",
                f"{x} and {rng.choice(ABBREVIATIONS)} involvement; {r} to lead.",
                f"Learning for {a}: professional curiosity and escalation.",
                f"Themes: neglect, parental mental health, {rng.choice(ABBREVIATIONS)} drift.",
                f"Relevant research: {rng.choice(GUIDANCE)}",
            ),
        )
    if category == "benign_council":
        c = rng.choice(councils())
        return _r(
            rng,
            (
                f"Child lived in {c} before the move",
                f"{c} partnership to lead the review",
                f"Cross-border case with {c} children's social care",
                f"{c} MASH shared information on {d}",
            ),
        )
    if category == "benign_pseudonym":
        return _r(
            rng,
            (
                f"Child {rng.choice(_LETTERS)}",
                f"Baby {rng.choice(_LETTERS)}",
                f"Young person {rng.choice(_LETTERS)}",
                f"Sibling group {rng.choice(_LETTERS)}",
                f"Family {rng.randint(1, 40)}",
                f"Child {rng.choice(_LETTERS)}{rng.randint(1, 9)}",
            ),
        )
    raise ValueError(category)


BENIGN_CATEGORIES = (
    "benign_slack_update",
    "benign_email",
    "benign_meeting_notes",
    "benign_chronology",
    "benign_reference",
    "benign_link",
    "benign_vocabulary",
    "benign_council",
    "benign_pseudonym",
)

_BENIGN_COUNT = 120


def _benign_samples() -> list[Sample]:
    rng = random.Random(SEED + 1)
    out = []
    for category in BENIGN_CATEGORIES:
        field = "pseudonym" if category == "benign_pseudonym" else "text"
        for _ in range(_BENIGN_COUNT):
            out.append(Sample(category, field, _benign(rng, category), False, "written"))
    return out


@cache
def benign_words() -> frozenset[str]:
    """Every word of the benign text and of its vocabulary lists, folded."""
    texts = [s.text for s in _benign_samples()]
    texts += [
        *AGENCIES,
        *ROLES,
        *LEGISLATION,
        *GUIDANCE,
        *ABBREVIATIONS,
        *EVENTS,
        *ACTIONS,
        *MONTHS,
        *TEAMS,
        *ORGS,
        *SIGN_OFFS,
        *EMAIL_FOOTERS,
        *councils(),
    ]
    return frozenset(w for t in texts for w in re.findall(r"[^\W\d_]+", _fold(t)))


def _uses_surname(template: Template) -> bool:
    """Whether a template shows a surname (so needs a source that has surnames)."""
    return bool({"surname", "full"} & set(template.__code__.co_names))


# --- the corpus --------------------------------------------------------------------

_NAME_COUNT = 75
_PSEUDONYM_COUNT = 160
_IDENTIFIER_COUNT = 55


def samples() -> list[Sample]:
    """The corpus: identifying samples then benign ones, the same on every call."""
    rng = random.Random(SEED)
    out: list[Sample] = []
    for category, templates in NAME_TEMPLATES.items():
        for _ in range(_NAME_COUNT):
            if category == "name_siblings":
                text, source = _siblings(rng)
            elif category == "name_apostrophe_accent":
                found = _stripped(rng)
                if found is None:
                    continue
                text, source = found
            else:
                template = rng.choice(templates)
                person = _person(rng, need_surname=_uses_surname(template))
                text, source = template(rng, person), person.source
            out.append(Sample(category, "text", text, True, source))
    for _ in range(_PSEUDONYM_COUNT):
        text, source = _pseudonym(rng)
        out.append(Sample("name_pseudonym", "pseudonym", text, True, source))
    for category in IDENTIFIER_CATEGORIES:
        for _ in range(_IDENTIFIER_COUNT):
            field = "pseudonym" if rng.random() < 0.1 else "text"
            text = _identifier(rng, category)
            out.append(Sample(category, field, text, True, "written"))
    out.extend(_benign_samples())
    return out
