"""An independent labelled corpus for the confidentiality guard (issue 24, part 3).

Written apart from the guard: nothing here was drawn from, or checked against, the guard's
rules, its name lists or its own corpus, and no sample was changed after seeing whether the
guard refuses it. What the rules never saw:

- names from Faker locales other than ``en``/``en_GB``/``en_US`` (the rules' lists are built
  partly from those three, so samples drawn from them are labelled
  ``faker-en (seen by the rules' lists)`` and reported apart). A name from another locale
  that also appears in the English lists is dropped from that locale, so every
  ``faker-<locale> (not used by the rules)`` name is one the English lists do not hold;
- the hand-written British nicknames;
- the templates of how notes are written, the fictional identifiers (Ofcom drama numbers,
  NHS numbers in the 999 test range, QQ National Insurance numbers, example.com emails…);
- the benign text: real guidance sentences from ``shared/seeds`` and notes generated
  from partnership vocabulary listed below.

A name that is also a word of the benign text (``April``, ``Ward``, ``Panel``…) is left out
of the name pools, so no benign sample holds a drawn name and every label is unambiguous.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from importlib import import_module
from pathlib import Path

import pycountry

#: The pages the project started from, in ``shared/`` beside the repository (as CI lays it).
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
SEEN = "faker-en (seen by the rules' lists)"
NICKNAMES_SOURCE = "hand-written nicknames"
IDENTIFIERS_SOURCE = "generated identifiers (fictional ranges)"
SEEDS_SOURCE = "seeds: real guidance text"
BENIGN_SOURCE = "generated benign notes"

#: Locales the rules' name lists are built from (partly): their names count as seen.
ENGLISH_LOCALES = ("en_GB", "en_US", "en")
#: Locales of the communities a partnership in England meets, with Latin-script names.
#: ``ru_RU``/``uk_UA`` are transliterated with Faker's own ``translit``; ``bg_BG``,
#: ``hi_IN``, ``bn_BD`` and ``ar_*`` have no Latin form in Faker (``en_PK``, ``ha_NG``
#: stand in for Urdu- and Arabic-origin names; Cyrillic is its own category).
HELD_OUT_LOCALES = (
    "en_IE",
    "pl_PL",
    "ro_RO",
    "lt_LT",
    "sk_SK",
    "cs_CZ",
    "hu_HU",
    "uk_UA",
    "ru_RU",
    "en_IN",
    "en_PK",
    "yo_NG",
    "ig_NG",
    "ha_NG",
    "tw_GH",
    "zu_ZA",
    "tr_TR",
    "pt_PT",
    "it_IT",
    "es_ES",
    "fr_FR",
    "de_DE",
)
CYRILLIC_LOCALES = ("bg_BG", "ru_RU", "uk_UA")
TRANSLITERATED = ("ru_RU", "uk_UA")
PER_LOCALE = 90
SEEN_SAMPLES = 180
#: Faker's placeholders, not names of the locale (``pl_PL.last_names`` is ``("Doe",)``).
PLACEHOLDERS = frozenset({"Doe"})


@dataclass(frozen=True)
class Sample:
    """One labelled sample: ``field`` is ``"pseudonym"`` or ``"text"``."""

    category: str
    field: str
    text: str
    identifying: bool
    source: str


@dataclass(frozen=True)
class Names:
    """The forenames and surnames of one source."""

    source: str
    first: tuple[str, ...]
    last: tuple[str, ...]


# --- hand-written data -------------------------------------------------------------------

NICKNAMES = (
    "Bex", "Dazza", "Shaz", "Kez", "Gaz", "Jonno", "Tezza", "Macca", "Shazza", "Baz",
    "Bazza", "Kaz", "Lozza", "Jase", "Dev", "Stevo", "Robbo", "Fitzy", "Smithy", "Tommo",
    "Davo", "Mikey", "Kezza", "Chezza", "Tash", "Steph", "Jojo", "Lou", "Lulu", "Nat",
    "Becks", "Jacko", "Wilko", "Gazza", "Sonny", "Deano", "Ricky", "Bri", "Shel", "Mo",
    "Jay-Jay", "Kel", "Kels", "Lils", "Maddie", "Millie-Mae", "Tel", "Del", "Deb", "Trace",
    "Sharon-Lou", "Big Kev", "Nanna Pat", "Aunty Bev", "Uncle Gaz", "Staceyy", "Jodes",
    "Jess", "Hols", "Em", "Ali B", "Rach", "Lyds", "Sammi-Jo", "Tyler-Jay", "Kai-Leigh",
)  # fmt: skip

STREET_WORDS = (
    "oak", "beech", "willow", "elm", "rowan", "hazel", "holly", "alder", "ash", "birch",
    "larch", "cedar", "laburnum", "sycamore", "juniper", "meadow", "brook", "fern",
    "heather", "primrose", "bluebell", "orchard", "mill", "quarry", "chapel", "station",
    "moor", "ridge", "lark", "kestrel", "falcon", "heron", "linnet", "coronation",
    "jubilee", "victoria", "albert", "windsor", "balmoral", "haworth", "pennine",
)  # fmt: skip
STREET_KINDS = (
    "road", "street", "close", "avenue", "lane", "drive", "crescent", "grove", "way",
    "gardens", "terrace", "court", "walk", "rise", "view", "mews",
)  # fmt: skip
SAINTS = (
    "mary", "john", "peter", "paul", "anne", "joseph", "bede", "chad", "aidan",
    "oswald", "hilda", "cuthbert", "wilfrid", "matthew", "luke", "mark", "andrew",
)  # fmt: skip
SCHOOL_KINDS = (
    "junior school", "infant school", "primary", "primary school", "academy", "high school",
    "pru", "pupil referral unit", "nursery", "pre-school", "children's centre",
    "medical centre", "surgery", "health centre", "c of e primary", "rc primary",
)  # fmt: skip

AGENCIES = (
    "police", "children's social care", "health visiting", "the health visitor", "CAMHS",
    "the MASH", "the named GP", "the designated doctor", "the designated nurse",
    "the named nurse", "the ICB", "the Child Safeguarding Practice Review Panel", "Ofsted",
    "Cafcass", "probation", "the YOT", "the youth justice service", "early help",
    "the school nurse", "midwifery", "the ambulance service", "education", "housing",
    "adult mental health services", "the local authority designated officer",
    "the safeguarding lead", "the designated safeguarding lead", "the independent scrutineer",
    "the reviewer", "the LCSPR panel", "the partnership business unit", "A&E",
    "the paediatrician", "the family support worker", "the social worker",
)  # fmt: skip
ROLES = (
    "social worker", "team manager", "health visitor", "school nurse", "GP",
    "designated safeguarding lead", "independent reviewing officer", "reviewer",
    "business manager", "head teacher", "detective sergeant", "probation officer",
    "youth justice worker", "family support worker", "midwife", "paediatrician",
    "practice manager", "chair", "independent scrutineer", "named nurse", "designated doctor",
)  # fmt: skip
PROCESS = (
    "strategy discussion", "strategy meeting", "rapid review", "LCSPR", "CSPR",
    "section 47 enquiry", "s47 enquiry", "child protection conference", "ICPC", "RCPC",
    "core group", "child in need plan", "child protection plan", "early help assessment",
    "single assessment", "MARAC", "MAPPA", "practitioner learning event", "terms of reference",
    "serious incident notification", "case review", "multi-agency audit", "action plan",
    "learning briefing", "chronology", "section 17 assessment",
)  # fmt: skip
LEGISLATION = (
    "the Children Act 1989", "section 47 of the Children Act 1989",
    "section 17 of the Children Act 1989", "the Children Act 2004", "Working Together 2023",
    "Working Together to Safeguard Children 2023", "the Children and Social Work Act 2017",
    "the Domestic Abuse Act 2021", "Keeping Children Safe in Education",
)  # fmt: skip
EVENTS = (
    "Notified the Panel on", "Practitioner learning event on", "Strategy meeting held",
    "Rapid review meeting on", "ICPC booked for", "Core group met on", "Reply sent to the Panel on",
    "Notification made to Ofsted on", "Draft report circulated on", "Panel decision received on",
    "Terms of reference agreed on", "Final report published on", "Agency reports due by",
    "Scoping meeting on", "Chronologies requested on", "Review panel meeting on",
)  # fmt: skip
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")  # fmt: skip
DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday",
        "Friday")  # fmt: skip
WORDS = (
    "concerns", "attendance", "neglect", "bruising", "home conditions", "supervision",
    "engagement", "information sharing", "escalation", "thresholds", "capacity",
    "professional curiosity", "missed appointments", "safe sleep advice", "housing",
    "substance misuse", "domestic abuse", "school attendance", "oversight", "drift",
)  # fmt: skip


# --- helpers -----------------------------------------------------------------------------


def _latin(word: str) -> bool:
    """Whether every letter of ``word`` is Latin (accents allowed)."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def _cyrillic(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all("CYRILLIC" in unicodedata.name(c, "") for c in letters)


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _usable(word: str) -> bool:
    """A single-word (hyphen allowed) name of three letters or more."""
    return len(word) >= 3 and re.fullmatch(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", word) is not None


def _provider(locale: str) -> type:
    return import_module(f"faker.providers.person.{locale}").Provider  # type: ignore[no-any-return]


def _attr(provider: type, names: Iterable[str]) -> list[str]:
    found: list[str] = []
    for name in names:
        value = getattr(provider, name, ())
        found.extend(value.keys() if isinstance(value, dict) else value)
    return found


def _raw(locale: str) -> tuple[list[str], list[str]]:
    provider = _provider(locale)
    first = _attr(provider, ("first_names", "first_names_female", "first_names_male"))
    last = _attr(
        provider,
        (
            "last_names",
            "last_names_female",
            "last_names_male",
            "male_last_names",
            "unisex_last_names",
        ),
    )
    return first, last


def _unique(words: Iterable[str]) -> tuple[str, ...]:
    seen: dict[str, str] = {}
    for word in words:
        seen.setdefault(word, word)
    return tuple(seen)


@cache
def _english_folded() -> frozenset[str]:
    """Every Faker English name, folded: the names the rules may have seen."""
    words: set[str] = set()
    for locale in ENGLISH_LOCALES:
        first, last = _raw(locale)
        words.update(_fold(w) for w in first + last)
    return frozenset(words)


def _tokens(text: str) -> set[str]:
    return {_fold(t) for t in re.findall(r"[^\W\d_]+", text)}


@cache
def benign_vocabulary() -> frozenset[str]:
    """Folded words of every benign sample: no drawn name may be one of them."""
    words: set[str] = set()
    for sample in _benign():
        words |= _tokens(sample.text)
    return frozenset(words)


def _keep(words: Iterable[str], *, held_out: bool) -> tuple[str, ...]:
    vocabulary = benign_vocabulary()
    english = _english_folded()
    kept = []
    for word in words:
        if word in PLACEHOLDERS or not (_usable(word) and _latin(word)):
            continue
        folded = _fold(word)
        if folded in vocabulary or any(part in vocabulary for part in re.split(r"[-']", folded)):
            continue
        if held_out and folded in english:
            continue
        kept.append(word)
    return _unique(kept)


@cache
def name_sources() -> tuple[Names, ...]:
    """The Latin-script name pools: the English (seen) one first, then one per locale."""
    first: list[str] = []
    last: list[str] = []
    for locale in ("en_GB", "en_US"):
        f, s = _raw(locale)
        first += f
        last += s
    pools = [Names(SEEN, _keep(first, held_out=False), _keep(last, held_out=False))]
    for locale in HELD_OUT_LOCALES:
        f, s = _raw(locale)
        if locale in TRANSLITERATED:
            translit: Callable[[str], str] = import_module(
                f"faker.providers.person.{locale}"
            ).translit
            f, s = [translit(w) for w in f], [translit(w) for w in s]
        pools.append(
            Names(
                f"faker-{locale} (not used by the rules)",
                _keep(f, held_out=True),
                _keep(s, held_out=True),
            )
        )
    return tuple(p for p in pools if p.first and p.last)


def drawn_names() -> frozenset[str]:
    """Every name that may appear in an identifying sample, folded (for the tests)."""
    words = {_fold(n) for pool in name_sources() for n in pool.first + pool.last}
    words |= {_fold(p) for nick in NICKNAMES for p in re.split(r"[\s-]", nick) if len(p) > 1}
    return frozenset(words)


# --- identifying: names in the ways notes are written -----------------------------------

# Each template: (category, field, pattern). {f}/{l} forename/surname as written,
# {fl}/{ll} lower case, {F}/{L} upper first letter, {i} the forename's initial.
NAME_TEMPLATES: tuple[tuple[str, str, str], ...] = (
    ("name-capitalised", "text", "Mother, {f}, said she had not been able to get to the GP."),
    ("name-capitalised", "text", "{f}'s stepfather answered the door and was hostile."),
    ("name-capitalised", "text", "{f} was not brought to the health visitor appointment."),
    ("name-capitalised", "text", "The older sibling, {f}, was at school at the time."),
    ("name-capitalised", "text", "Social worker spoke to {f} alone in her bedroom."),
    ("name-capitalised", "text", "Concerns were raised by {f}'s nursery about bruising."),
    ("name-capitalised", "text", "Dad said {f} had fallen off the sofa."),
    ("name-lower", "text", "mum {fl} says shes struggling, will call back"),
    ("name-lower", "text", "seen {fl} at home, no concerns noted"),
    ("name-lower", "text", "{fl}s stepdad there again, refused entry"),
    ("name-lower", "text", "hv visit - {fl} asleep in moses basket"),
    ("name-lower", "text", "spoke w/ {fl} re school attendance"),
    ("name-lower", "text", "- {fl} not in school tues/wed"),
    ("name-lower", "text", "mother, {fl}, said baby was feeding ok"),
    ("full-name", "text", "Seen at home with {f} {l} and the baby."),
    ("full-name", "text", "{f} {l} attended the appointment with her partner."),
    ("full-name", "text", "seen at home with {fl} {ll}, house cold"),
    ("full-name", "text", "- {fl} {ll} present at visit"),
    ("full-name", "text", "Referral received about {f} {l}, aged 4."),
    ("surname-first", "text", "{l}, {f} - did not attend."),
    ("surname-first", "text", "{ll}, {fl} dna x2"),
    ("initial-surname", "text", "{i} {l} attended the core group."),
    ("initial-surname", "text", "{i}. {l} was spoken to by police."),
    ("title-surname", "text", "Mr {l} refused to let the social worker in."),
    ("title-surname", "text", "Mrs {l} said the children were with their nan."),
    ("title-surname", "text", "spoke to ms {ll} on the phone"),
    ("title-surname", "text", "Miss {l} has moved out of the area."),
    ("family-name", "text", "The {l}s were known to children's social care."),
    ("family-name", "text", "The {l} family moved into the area last year."),
    ("family-name", "text", "the {ll} family not engaging"),
    ("family-name", "text", "the {ll}s have 3 children under 5"),
    ("run-together", "text", "Concerns about {f}{l} raised by school."),
    ("run-together", "text", "{fl}{ll} seen at home"),
    ("pseudonym-full-name", "pseudonym", "{f} {l}"),
    ("pseudonym-full-name", "pseudonym", "{fl} {ll}"),
    ("pseudonym-full-name", "pseudonym", "{f}{l}"),
    ("pseudonym-forename", "pseudonym", "{f}"),
    ("pseudonym-forename", "pseudonym", "{fl}"),
    ("pseudonym-baby-surname", "pseudonym", "Baby {l}"),
    ("pseudonym-baby-surname", "pseudonym", "baby {ll}"),
    ("pseudonym-baby-surname", "pseudonym", "Child {l}"),
)

NICKNAME_TEMPLATES = (
    "{n} was at the house when police arrived.",
    "mum ({nl}) said she'd ring back",
    "spoke with {nl} on the doorstep",
    "Partner, known as {n}, has a history of violence.",
    "{nl} picks the kids up from school most days",
    "the lad everyone calls {n} was there",
    "{n}'s mum was not answering the door.",
)


def _fill(pattern: str, first: str, last: str) -> str:
    return pattern.format(f=first, l=last, fl=first.lower(), ll=last.lower(), i=first[0].upper())


def _name_samples(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []
    for pool in name_sources():
        count = SEEN_SAMPLES if pool.source == SEEN else PER_LOCALE
        for k in range(count):
            category, field, pattern = NAME_TEMPLATES[k % len(NAME_TEMPLATES)]
            first, last = rng.choice(pool.first), rng.choice(pool.last)
            out.append(Sample(category, field, _fill(pattern, first, last), True, pool.source))
        for k in range(count // 6):
            name = rng.choice(pool.first + pool.last)
            out.append(
                Sample("confusable-letters", "text", _confusable(rng, name, k), True, pool.source)
            )
            out.append(Sample("spaced-letters", "text", _spaced(name, k), True, pool.source))
    return out


CONFUSABLES = {
    latin: chr(cyrillic)
    for latin, cyrillic in zip(
        "aeocpxiy", (0x430, 0x435, 0x43E, 0x441, 0x440, 0x445, 0x456, 0x443), strict=True
    )
}


def _confusable(rng: random.Random, name: str, k: int) -> str:
    """The name with one or more Latin letters swapped for Cyrillic look-alikes."""
    word = name.lower() if k % 2 else name
    positions = [i for i, c in enumerate(word) if c in CONFUSABLES]
    if not positions:
        word = word + "a"
        positions = [len(word) - 1]
    chosen = set(rng.sample(positions, max(1, len(positions) // 2)))
    swapped = "".join(CONFUSABLES[c] if i in chosen else c for i, c in enumerate(word))
    patterns = ("seen {} at home", "Mother, {}, was present.", "{} not in school today")
    return patterns[k % len(patterns)].format(swapped)


def _spaced(name: str, k: int) -> str:
    joiner = (" ", ".", "-", " . ")[k % 4]
    word = name.lower() if k % 3 == 1 else name
    patterns = ("child is {}", "mum said {} is staying with her", "spoke to {} today")
    return patterns[k % len(patterns)].format(joiner.join(word))


def _nickname_samples() -> list[Sample]:
    out = []
    for k, nick in enumerate(NICKNAMES):
        for j in range(2):
            pattern = NICKNAME_TEMPLATES[(k + j * 3) % len(NICKNAME_TEMPLATES)]
            out.append(
                Sample(
                    "nickname",
                    "text",
                    pattern.format(n=nick, nl=nick.lower()),
                    True,
                    NICKNAMES_SOURCE,
                )
            )
        out.append(Sample("nickname", "pseudonym", nick, True, NICKNAMES_SOURCE))
    return out


@cache
def _cyrillic_names() -> tuple[str, ...]:
    vocabulary = benign_vocabulary()
    words: list[str] = []
    for locale in CYRILLIC_LOCALES:
        first, last = _raw(locale)
        rng = random.Random(f"cyrillic-{locale}")
        usable = [w for w in first + last if _usable(w) and _cyrillic(w)]
        words += rng.sample(sorted(set(usable)), 20)
    return tuple(w for w in words if _fold(w) not in vocabulary)


def _cyrillic_samples() -> list[Sample]:
    patterns = ("Seen at home with {}.", "mum {} says ok", "{}")
    out = []
    for k, name in enumerate(_cyrillic_names()):
        field = "pseudonym" if k % 3 == 2 else "text"
        text = patterns[k % 3].format(name if k % 2 else name.lower())
        out.append(Sample("name-cyrillic", field, text, True, "faker-bg/ru/uk Cyrillic"))
    return out


# --- identifying: other identifiers, in fictional ranges --------------------------------


def nhs_check_digit(nine: str) -> int | None:
    """The modulus-11 check digit of nine digits, or None if none is possible (10)."""
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    return None if check == 10 else check


def nhs_number(rng: random.Random) -> str:
    """A ten-digit NHS number in the 999 test range that passes modulus 11."""
    while True:
        nine = "999" + "".join(str(rng.randrange(10)) for _ in range(6))
        check = nhs_check_digit(nine)
        if check is not None:
            return nine + str(check)


#: The fictional ranges: (prefix, first, last) of the national significant number.
PHONE_RANGES = (
    ("07700", 900000, 900999),
    ("0113", 4960000, 4960999),
    ("020", 79460000, 79460999),
    ("01632", 960000, 960999),
)


def _mobile(rng: random.Random, k: int) -> str:
    n = f"{rng.randrange(900000, 901000)}"
    forms = (
        f"07700 {n}",
        f"07700{n}",
        f"+44 7700 {n}",
        f"447700{n}",
        f"7700 {n}",
        f"7700{n}",
        f"07700-{n[:3]}-{n[3:]}",
        f"07700.{n[:3]}.{n[3:]}",
        f"(07700) {n}",
        f"+44 (0)7700 {n}",
        f"0770 0{n}",
        f"+447700{n}",
        f"0 7 7 0 0 {' '.join(n)}",
        f"077 00 {n[:3]} {n[3:]}",
    )
    return forms[k % len(forms)]


def _landline(rng: random.Random, k: int) -> str:
    n = f"{rng.randrange(1000):03d}"
    forms = (
        f"0113 496 0{n}",
        f"01134960{n}",
        f"(0113) 4960{n}",
        f"+44 113 496 0{n}",
        f"020 7946 0{n}",
        f"02079460{n}",
        f"+44 20 7946 0{n}",
        f"(020) 7946-0{n}",
        f"01632 960{n}",
        f"01632960{n}",
        f"+44 1632 960{n}",
        f"1632 960{n}",
        f"113 496 0{n}",
        f"20 7946 0{n}",
    )
    return forms[k % len(forms)]


PHONE_CONTEXTS = (
    "mum's mobile is {}",
    "Contact number: {}.",
    "ring dad on {}",
    "{}",
    "new number {} (text only)",
    "Tel {} - no answer",
    "call back on {} after 3",
)


def _postcode(rng: random.Random) -> str:
    letters = "ABDEFGHJLNPRSTUWXYZ"
    area = rng.choice(
        (
            "LS",
            "BD",
            "M",
            "B",
            "WF",
            "HX",
            "NE",
            "S",
            "SK",
            "E",
            "N",
            "SE",
            "CR",
            "PO",
            "BN",
            "L",
            "OL",
            "HD",
            "TS",
            "DN",
        )
    )
    district = str(rng.randrange(1, 30))
    if len(area) == 1 and rng.random() < 0.2:
        district = str(rng.randrange(1, 10)) + rng.choice("ABCDEFGHJKMNPRSTUVWXY")
    return f"{area}{district} {rng.randrange(10)}{rng.choice(letters)}{rng.choice(letters)}"


def _date(rng: random.Random, start: int, end: int) -> tuple[int, int, int]:
    return rng.randrange(start, end + 1), rng.randrange(1, 13), rng.randrange(1, 29)


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _dob(rng: random.Random, k: int) -> str:
    y, m, d = _date(rng, 2008, 2025)
    month = MONTHS[m - 1]
    forms = (
        f"born {d}/{m}/{y}",
        f"dob {d:02d}.{m:02d}.{y % 100:02d}",
        f"d.o.b. {_ordinal(d)} {month} {y}",
        f"turns {rng.randrange(2, 17)} on {d} {month}",
        f"her birthday is {d} {month}",
        f"aged {rng.randrange(1, 16)}, born in {month} {y}",
        f"DOB: {d:02d}/{m:02d}/{y}",
        f"date of birth {y}-{m:02d}-{d:02d}",
        f"b. {d}.{m}.{y}",
        f"born on the {_ordinal(d)} of {month}",
        f"DoB {d} {month[:3]} {y}",
        f"his birthday's on {_ordinal(d)} {month.lower()}",
        f"dob {d}{m:02d}{y % 100:02d}",
        f"was born {month} {y}",
        f"will be {rng.randrange(2, 17)} on {_ordinal(d)} {month}",
        f"born {d} {month.lower()} {y}",
    )
    contexts = ("Child {}.", "- {}", "{}", "Baby was {}.", "sibling {}")
    return contexts[k % len(contexts)].format(forms[k % len(forms)])


def _school(rng: random.Random, k: int, surnames: tuple[str, ...]) -> str:
    kind = SCHOOL_KINDS[k % len(SCHOOL_KINDS)]
    base = rng.choice(STREET_WORDS) + rng.choice(
        ("wood", "field", "lands", " park", " hill", " grove", "brook", "")
    )
    if k % 5 == 1:
        base = rng.choice(surnames).lower()
    if k % 5 == 2:
        base = f"st {rng.choice(SAINTS)}'s"
    name = f"{base} {kind}"
    if k % 2:
        name = name.title().replace("'S", "'s").replace("Of E", "of E")
    contexts = (
        "attends {}",
        "Child is on roll at {}.",
        "{} raised concerns",
        "moved to {}",
        "- {} reports poor attendance",
        "registered with {}",
    )
    return contexts[k % len(contexts)].format(name)


def _registration(rng: random.Random, k: int) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"

    def pick(n: int) -> str:
        return "".join(rng.choice(letters) for _ in range(n))

    age = rng.choice(("12", "15", "19", "21", "24", "66", "69", "71", "73", "18", "68"))
    forms = (
        f"{pick(2)}{age} {pick(3)}",
        f"{pick(2)}{age}{pick(3)}",
        f"{pick(1)}{rng.randrange(1, 999)} {pick(3)}",
        f"{pick(3)} {rng.randrange(1, 999)}{pick(1)}",
    )
    reg = forms[k % len(forms)]
    if k % 3 == 1:
        reg = reg.lower()
    contexts = (
        "car reg {}",
        "seen getting into a silver astra {}",
        "VRM {}",
        "Dad drives a black van, {}.",
        "reg no {} noted by police",
    )
    return contexts[k % len(contexts)].format(reg)


def _record(rng: random.Random, k: int) -> str:
    def digits(n: int) -> str:
        return "".join(str(rng.randrange(10)) for _ in range(n))

    letter = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    forms = (
        f"Mosaic ID {digits(7)}",
        f"mosaic no {digits(7)}",
        f"LCS number {digits(6)}",
        f"EHM case {digits(5)}",
        f"Liquidlogic ref {digits(7)}",
        f"SystmOne no. {digits(12)}",
        f"EMIS number {digits(6)}",
        f"hospital number {letter}{digits(6)}",
        f"MRN {digits(8)}",
        f"CRN {letter}{digits(6)}",
        f"crime ref {digits(2)}/{digits(6)}/26",
        f"storm log {digits(4)}",
        f"UPN {letter}{digits(12)}",
        f"unique pupil number {letter}{digits(12)}",
        f"Niche occurrence {digits(12)}",
        f"Police ref {digits(8)}",
        f"Eclipse ID {digits(6)}",
        f"case number {digits(7)} on Mosaic",
        f"liquid logic {digits(6)}",
        f"emis {digits(7)}",
    )
    contexts = ("{}", "Record: {}.", "- {} (see chronology)", "logged under {}")
    return contexts[k % len(contexts)].format(forms[k % len(forms)])


def _email_or_handle(rng: random.Random, k: int, pool: Names) -> tuple[str, str]:
    f, s = rng.choice(pool.first).lower(), rng.choice(pool.last).lower()
    n = rng.randrange(1, 99)
    domain = ("example.com", "example.org", "example.net")[k % 3]
    if k % 2 == 0:
        forms = (f"{f}.{s}@{domain}", f"{f}{n}@{domain}", f"{s}_{f}@{domain}")
        contexts = ("mum's email is {}", "Email: {}", "sent to {} (dad)")
        return "email", contexts[k % 3].format(forms[k % 3])
    forms = (
        f"@{f}_{s}{n}",
        f"snap: {f}{s}{n}",
        f"insta is {f}_{s}",
        f"tiktok @{f}.{n}",
        f"fb: {f} {s} {n}",
        f"snapchat {f}x{s}",
    )
    contexts = ("{}", "talks to him on {}", "her {} account", "- {}")
    return "social-handle", contexts[k % 4].format(forms[k % len(forms)])


def _identifier_samples(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []
    pools = name_sources()
    surnames = pools[0].last

    def add(category: str, text: str, field: str = "text") -> None:
        out.append(Sample(category, field, text, True, IDENTIFIERS_SOURCE))

    for k in range(140):
        add("phone-mobile", PHONE_CONTEXTS[k % len(PHONE_CONTEXTS)].format(_mobile(rng, k)))
        add("phone-landline", PHONE_CONTEXTS[k % len(PHONE_CONTEXTS)].format(_landline(rng, k)))
    for k in range(80):
        nhs = nhs_number(rng)
        form = (f"{nhs[:3]} {nhs[3:6]} {nhs[6:]}", nhs, f"{nhs[:3]}-{nhs[3:6]}-{nhs[6:]}")[k % 3]
        context = ("NHS number {}", "nhs no {}", "{}", "NHS: {} (baby)")[k % 4]
        add("nhs-number", context.format(form))
        ni = f"QQ{rng.randrange(10**6):06d}{rng.choice('ABCD')}"
        ni_form = (ni, f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", ni.lower())[k % 3]
        add(
            "ni-number",
            ("NI number {}", "NINO {}", "mum's ni no is {}", "{}")[k % 4].format(ni_form),
        )
        pc = _postcode(rng)
        pc_form = (pc, pc.lower(), pc.replace(" ", ""))[k % 3]
        add(
            "postcode",
            ("postcode {}", "lives in {}", "moved to {} last month", "{}")[k % 4].format(pc_form),
        )
    for k in range(90):
        word = rng.choice(STREET_WORDS)
        street = f"{word} {STREET_KINDS[k % len(STREET_KINDS)]}"
        with_number = (
            f"{rng.randrange(1, 200)} {street}",
            f"flat {rng.randrange(1, 40)}, {word} house",
            f"{rng.randrange(1, 99)}a {street.title()}",
            f"No. {rng.randrange(1, 99)} {street}",
        )
        add(
            "address-with-number",
            ("lives at {}", "Family moved to {}.", "{}", "home visit to {}")[k % 4].format(
                with_number[k % 4]
            ),
        )
        no_number = (
            f"lives on {street}",
            f"lives on {rng.choice(surnames).lower()} road",
            f"staying at nan's on {street.title()}",
            f"the house on {street} near the shop",
            f"moved to {word} court flats",
            f"dad's flat in {word.title()} House",
        )
        add("address-no-number", no_number[k % len(no_number)])
        add("date-of-birth", _dob(rng, k))
        add("school-nursery-gp", _school(rng, k, surnames))
        add("vehicle-registration", _registration(rng, k))
        add("record-number", _record(rng, k))
    for k in range(120):
        category, text = _email_or_handle(rng, k, pools[k % len(pools)])
        add(category, text)
    return out


# --- benign -------------------------------------------------------------------------------


@cache
def seed_sentences() -> tuple[str, ...]:
    """Sentences of the real guidance pages, 20 to 300 characters, no contact addresses."""
    out: list[str] = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for chunk in re.split(r"(?<=[.!?])\s+|\n+", text):
            sentence = " ".join(chunk.split())
            if 20 <= len(sentence) <= 300 and "@" not in sentence and "http" not in sentence:
                out.append(sentence)
    return _unique(out)


@cache
def partnership_areas() -> tuple[str, ...]:
    """English local authority areas from pycountry, as their partnerships would be named."""
    return tuple(
        sorted(
            re.sub(r"\s*\[.*\]", "", s.name).replace(", City of", "")
            for s in pycountry.subdivisions.get(country_code="GB")
            if s.parent_code == "GB-ENG"
        )
    )


def _event_date(rng: random.Random, k: int) -> str:
    y, m, d = _date(rng, 2024, 2027)
    forms = (
        f"{d} {MONTHS[m - 1]} {y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{d:02d}.{m:02d}.{y}",
        f"{rng.choice(DAYS)} {d} {MONTHS[m - 1]} {y}",
        f"{_ordinal(d)} {MONTHS[m - 1]} {y}",
        f"{y}-{m:02d}-{d:02d}",
        f"{d}/{m}/{y}",
        f"{d} {MONTHS[m - 1][:3]} {y}",
    )
    return forms[k % len(forms)]


def _benign_generated(rng: random.Random) -> list[Sample]:
    out: list[Sample] = []

    def add(category: str, text: str) -> None:
        out.append(Sample(category, "text", text, False, BENIGN_SOURCE))

    areas = partnership_areas()
    for k in range(120):
        event = EVENTS[k % len(EVENTS)]
        time = f"{rng.randrange(9, 17)}:{rng.choice(('00', '15', '30', '45'))}"
        forms = (
            f"{event} {_event_date(rng, k)}.",
            f"{event} {_event_date(rng, k)} at {time}.",
            f"{event.lower()} {_event_date(rng, k)}",
            f"- {event} {_event_date(rng, k)}, {rng.choice(AGENCIES)} to attend",
        )
        add("benign-dated-events", forms[k % 4])
        n = rng.randrange(2, 16)
        ages = (
            f"Child aged {rng.randrange(1, 17)} at the time of the incident.",
            "Baby was under 1 and not yet crawling.",
            f"Agency reports due within {n} working days.",
            f"{rng.randrange(2, 9)} home visits in the {n} weeks before the incident.",
            "The rapid review must be completed within 15 working days.",
            f"{n} missed health appointments over {rng.randrange(2, 13)} months.",
            f"siblings aged {rng.randrange(1, 9)} and {rng.randrange(9, 17)}",
            f"{rng.randrange(2, 12)} agencies involved, "
            f"{rng.randrange(1, 6)} referrals in the last year",
        )
        add("benign-ages-durations", ages[k % len(ages)])
        a, b = rng.sample(AGENCIES, 2)
        role = rng.choice(ROLES)
        agencies = (
            f"{a.capitalize()} shared information with {b}.",
            f"The {role} raised {rng.choice(WORDS)} with {a}.",
            f"{a} and {b} attended; {rng.choice(WORDS)} discussed",
            f"Escalated to {a} by the {role} because of {rng.choice(WORDS)}.",
            f"{role} to liaise with {b} re {rng.choice(WORDS)}",
        )
        add("benign-agencies-roles", agencies[k % len(agencies)])
        p = rng.choice(PROCESS)
        law = rng.choice(LEGISLATION)
        process = (
            f"A {p} was held under {law}.",
            f"{p} agreed by {a}; learning shared.",
            f"In line with {law}, the {p} considered {rng.choice(WORDS)}.",
            f"{p.lower()} outcome: no further action by {b}",
            f"Threshold for a {p} was met, as set out in {law}.",
        )
        add("benign-legislation-process", process[k % len(process)])
        area = rng.choice(areas)
        partnership = (
            f"{area} Safeguarding Children Partnership",
            f"{area} Children's Safeguarding Partnership",
            f"the {area} partnership",
            f"{area} MASH",
        )
        add(
            "benign-partnership-area",
            f"Notification sent by {partnership[k % 4]} about {rng.choice(WORDS)}.",
        )
        ref = f"CSPR-{rng.randrange(2024, 2028)}-{rng.randrange(1, 200):03d}"
        refs = (
            f"Case reference {ref}.",
            f"{ref}: panel meeting at {time}.",
            f"see {ref} for the chronology",
            f"Call with {a} at {time} about {ref}.",
            f"LCSPR {rng.randrange(2024, 2028)}/{rng.randrange(1, 40):02d} action plan updated",
        )
        add("benign-references-times", refs[k % len(refs)])
        hurried = (
            f"strategy discussion today, police + csc attended, {rng.choice(WORDS)}",
            f"hv to visit within {n} working days",
            f"icpc booked for {_event_date(rng, k)}",
            "camhs referral made, awaiting reply",
            f"mash checks done - no {rng.choice(WORDS)} previously",
            "s47 outcome: cp plan, core group next wk",
            f"gp not informed of {rng.choice(WORDS)}, learning point",
            "- dsl to chase attendance",
            f"rr mtg {_event_date(rng, k)} {time}",
            "yot worker off sick, cover arranged",
        )
        add("benign-hurried-notes", hurried[k % len(hurried)])
    return out


def _benign_pseudonyms() -> list[Sample]:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    out = []
    for k, letter in enumerate(letters):
        other = letters[(k * 7 + 3) % len(letters)]
        for text in (
            f"Child {letter}",
            f"Baby {letter}",
            f"Sibling {k % 5 + 1}",
            f"{letter}.{other}.",
            f"Child {letter}{k % 4 + 1}",
            f"Young person {letter}",
        )[: 6 if k < 12 else 3]:
            out.append(Sample("benign-pseudonym", "pseudonym", text, False, BENIGN_SOURCE))
    return _unique_samples(out)


def _unique_samples(samples_: Iterable[Sample]) -> list[Sample]:
    seen: set[tuple[str, str]] = set()
    out = []
    for s in samples_:
        if (s.field, s.text) not in seen:
            seen.add((s.field, s.text))
            out.append(s)
    return out


@cache
def _benign() -> tuple[Sample, ...]:
    rng = random.Random("benign-24")
    seeds = [Sample("benign-seeds", "text", s, False, SEEDS_SOURCE) for s in seed_sentences()]
    return tuple(_unique_samples(seeds + _benign_generated(rng) + _benign_pseudonyms()))


def scored(sample: Sample) -> bool:
    """Whether a sample counts in the figures: not a pseudonym of one name. The bot allows
    "a chosen name" (DOMAIN.md), and no check can tell a chosen first name from the
    child's own, so such samples are shown apart, not scored either way; two names run
    together ("JaneSmith") are scored."""
    one_word = len(sample.text.split()) == 1 and not re.search(r"[a-z][A-Z]", sample.text)
    return not (sample.field == "pseudonym" and one_word)


def samples() -> list[Sample]:
    """The whole corpus, identifying then benign, the same on every run."""
    rng = random.Random("independent-corpus-24")
    identifying = (
        _name_samples(rng) + _nickname_samples() + _cyrillic_samples() + _identifier_samples(rng)
    )
    return _unique_samples(identifying) + list(_benign())
