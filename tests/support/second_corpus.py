"""A second held-out labelled corpus for the confidentiality guard (issue 24).

Nobody tuning the guard has seen this corpus: it was written without reading the guard, its
rules, its name lists, its own corpus or the first independent corpus, and no sample was
changed after seeing whether the guard refuses it. Its figures are therefore an honest
measure of how the guard does on text it was never fitted to. Parts (the ``source`` field):

- ``faker-<locale>``: names from Faker locales the first corpus did not use (Latin-script
  names only). A name that Faker's ``en``/``en_GB``/``en_US`` person providers also hold (the
  rules' lists are built partly from those) is dropped, as is a name any word of which is a
  word of the benign text, so no benign sample holds a drawn name. The names are set in
  templates written here of how social workers, health visitors, police and school staff
  write; pet forms are derived from the drawn forenames.
- ``own-identifiers``: phones, addresses, dates of birth, settings, record numbers, vehicle
  registrations, handles, emails, NHS and NI numbers in forms chosen here; only fictional
  ranges (Ofcom drama numbers, NHS numbers starting 999 with a valid check digit, QQ National
  Insurance numbers, example.com).
- ``own-benign`` and ``own-benign+pycountry``: ordinary professional text written here, the
  latter with English place names from pycountry's GB subdivisions (parent ``GB-ENG``).
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib
import random
import re
import unicodedata
from collections.abc import Callable
from functools import cache

import pycountry

from tests.support.independent_corpus import Sample

SEED = 24_2026
SEEN = ""
"""No source of this corpus was seen by the rules' lists."""

LOCALES = [
    "nl_NL",
    "sv_SE",
    "da_DK",
    "fi_FI",
    "et_EE",
    "lv_LV",
    "hr_HR",
    "sl_SI",
    "id_ID",
    "vi_VN",
    "az_AZ",
    "en_NZ",
    "fr_CA",
    "es_MX",
    "pt_BR",
    "sw",
]
"""Locales with Latin-script names. el_GR, ne_NP, ka_GE, hy_AM and fa_IR give none; sq_AL,
fil_PH, en_AU, en_CA and ar_JO have no person provider in this Faker."""

ENGLISH_LOCALES = ("en", "en_GB", "en_US")

NAME_SOURCE = "faker-{}"
IDENTIFIERS = "own-identifiers"
BENIGN = "own-benign"
BENIGN_PLACES = "own-benign+pycountry"

PER_NAME_CATEGORY = 50
PER_IDENTIFIER_CATEGORY = 50
PER_BENIGN_CATEGORY = 80

# Fictional phone ranges (Ofcom drama numbers): an 8-digit prefix and 3 free digits.
PHONE_PREFIXES = ("07700900", "01134960", "02079460", "01632960")


# --------------------------------------------------------------------------- names


def _latin(name: str) -> bool:
    return all(c in " '-" or (c.isalpha() and "LATIN" in unicodedata.name(c, "")) for c in name)


def _provider_names(locale: str) -> tuple[set[str], set[str]]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    first: set[str] = set()
    last: set[str] = set()
    for attr in dir(provider):
        if not attr.startswith(("first_names", "last_names")):
            continue
        value = getattr(provider, attr)
        if not isinstance(value, dict | tuple | list):
            continue
        names = {unicodedata.normalize("NFC", v) for v in value if isinstance(v, str)}
        (first if attr.startswith("first") else last).update(names)
    return first, last


@cache
def english_names() -> frozenset[str]:
    """Lower-cased names of Faker's English person providers."""
    out: set[str] = set()
    for locale in ENGLISH_LOCALES:
        first, last = _provider_names(locale)
        out |= {n.casefold() for n in first | last}
    return frozenset(out)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}


@cache
def name_pools() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per locale, the sorted forenames and surnames that may be drawn."""
    benign_vocab = set().union(*(_words(s.text) for s in benign_samples()))
    english = english_names()

    def keep(name: str) -> bool:
        return (
            len(name) > 1
            and _latin(name)
            and name.casefold() not in english
            and not _words(name) & benign_vocab
            and not any(w.casefold() in english for w in name.split())
        )

    pools = {}
    for locale in LOCALES:
        first, last = _provider_names(locale)
        pools[locale] = (tuple(sorted(filter(keep, first))), tuple(sorted(filter(keep, last))))
    return pools


def drawn_names() -> frozenset[str]:
    """Every name that may be drawn, and every word of those names, lower-cased."""
    out: set[str] = set()
    for first, last in name_pools().values():
        for name in first + last:
            out.add(name.casefold())
            out |= _words(name)
    return frozenset(out)


def _pet(rng: random.Random, forename: str) -> str:
    stem = forename.split()[0].split("-")[0]
    stem = stem[: rng.choice((3, 4))] if len(stem) > 4 else stem[:3]
    return stem + rng.choice(("y", "ie", "o", "s", "sy", "a", "ko", "zza"))


class Names:
    """The names of one sample, all from one locale."""

    def __init__(self, rng: random.Random) -> None:
        self.locale = rng.choice(LOCALES)
        first, last = name_pools()[self.locale]
        self.f, self.f2, self.f3 = rng.sample(first, 3)
        self.l, self.l2 = rng.sample(last, 2)
        self.pet = _pet(rng, self.f)
        self.source = NAME_SOURCE.format(self.locale)

    def f_ascii(self) -> str:
        """The forename in plain ASCII letters (for handles and emails)."""
        return _ascii(self.f)

    def l_ascii(self) -> str:
        """The surname in plain ASCII letters."""
        return _ascii(self.l)

    def fields(self) -> dict[str, str]:
        base = {"f": self.f, "f2": self.f2, "f3": self.f3, "l": self.l, "l2": self.l2}
        out = dict(base)
        out["pet"] = self.pet
        for key, value in base.items():
            out[f"{key}_lc"] = value.lower()
            out[f"{key}_uc"] = value.upper()
            out[f"{key}_i"] = value[0].upper()
        out["pet_lc"] = self.pet.lower()
        return out


NAME_TEMPLATES: dict[str, tuple[str, ...]] = {
    "name-in-referral": (
        "Referral received from the health visitor regarding {f} {l}, concerns about home "
        "conditions and missed health appointments.",
        "Contact from school DSL: {f} {l} arrived with a bruise to the left cheek, says she "
        "fell off the trampoline.",
        "MASH referral - subject child {f} {l}, mother {f2} {l}. Police attended a DA incident "
        "overnight, children present.",
        "Anonymous caller worried about {f} who is often left alone in the flat in the evenings.",
        "Referrer (midwife) reports {f2} {l} is 28 weeks pregnant and has disclosed "
        "controlling behaviour by partner {f3} {l2}.",
        "Re: {f} {l}. School attendance 61% this term, no explanation from parents.",
        "Self-referral by {f2} {l}, requesting support with her son's behaviour.",
        "Referral reason: {l}, {f} - neglect, poor supervision, dog bite reported by ED.",
    ),
    "name-in-chronology": (
        "12/01/2026 Home visit. {f} seen alone in bedroom, room sparse, no bedding.",
        "14.02.26 - {f2} {l} phoned duty to say the children are staying with her sister.",
        "03/03/2026: strategy discussion held; agreed s47 enquiries for {f} and {f3}.",
        "20 Jan 2026 {f} {l} did not attend the dental appointment (third DNA).",
        "2026-02-09 Police notified CSC that {f3} {l2} had been released on bail.",
        "05/12/2025 - GP letter: {f} weight below the 2nd centile, referral to paediatrics.",
        "Date: 17/11/2025 Event: {f2} {l} told the HV she feels unsafe at home.",
        "28/02/2026 School report that {f} came in hungry and took food from other pupils.",
    ),
    "name-in-minutes": (
        "Minutes of strategy meeting. Apologies from GP. {f} {l}'s mother did not attend.",
        "Item 3: update on {f}. Social worker reported no change since the last visit.",
        "Action: DSL to share {f} {l}'s attendance record with CSC by Friday.",
        "Chair summarised the concerns about {f2} and {f} and asked the agencies for views.",
        "Discussion: {f3} {l2} (stepfather) remains on bail, no contact conditions in place.",
        "Agreed that {f} {l} will be subject to a child protection plan under the category "
        "of neglect.",
        "Present: social worker, health visitor, DS from CAIT. Subject: {l}, {f}.",
        "Minuted: {f2} said she would work with the plan but disputed the bruising.",
    ),
    "name-in-handover": (
        "Handover for Monday: please chase the paediatrician re {f}'s skeletal survey.",
        "Duty handover - {f2} {l} rang twice asking for a call back, sounded distressed.",
        "For whoever picks this up: {f} {l} is staying at the foster placement until Weds.",
        "Handover: {f} back at school today, DSL to keep an eye and ring me if any concerns.",
        "Left voicemail for {f3}, no reply. Please try again tomorrow morning.",
        "Covering SW: {f} has contact with dad Saturday, supervised, at the family centre.",
        "Urgent - {f2} {l} has turned up at the front desk with the baby, please see.",
        "Passing over {f} {l}: visit due, last seen 10 days ago, mum cancelled twice.",
    ),
    "name-textspeak": (
        "spoke 2 {f_lc} 2day, sez mums new bf stayin ova most nites",
        "{f_lc} txt me lol cant go home 2nite, will ring l8r",
        "hv says {f_lc} + {f2_lc} both poorly, mum not answerin fone",
        "fyi {f_lc} {l_lc} not in skool agen, 3rd time this wk",
        "pls ring {f2_lc} asap re tmrw, she's v upset",
        "omg {f_lc} just told me her uncle hurt her, call me",
        "{f} ok 4 now, staying @ nans til thurs x",
        "cld u chk if {f} {l} is known 2 u? thx",
    ),
    "name-run-on": (
        "I went round and {f} opened the door and said mum was asleep and then {f2} came down "
        "and said she had been up all night with the baby and the house was really cold and "
        "there was no food in the fridge and I said I would come back tomorrow.",
        "Spoke to the school and they said {f} {l} has been coming in late most days and is "
        "tired and they think she is looking after her younger brother and they are worried "
        "but have not referred before because mum always has an explanation.",
        "When police arrived {f3} {l2} was shouting in the street and {f2} was inside with the "
        "children who were crying and officers took her account and she said it had happened "
        "before but she did not want to make a statement.",
        "The health visitor tried to see {f} three times and each time there was nobody in or "
        "the curtains were closed and she could hear the dog barking and a television on so "
        "she left a card and has written to the GP.",
    ),
    "name-bullets": (
        "- {f} not brought to 3 appointments\n- mother not engaging\n- dog in the home",
        "• Subject: {f} {l}\n• Concern: neglect\n• Next step: strategy discussion",
        "* {f2} {l} reports low mood\n* partner controlling finances\n* baby due in May",
        "1. Visit {f} at school\n2. Speak to class teacher\n3. Update chronology",
        "- {f} and {f3} share a bed\n- no working smoke alarm\n- referred to housing",
        "Key points:\n- {f} {l} seen and spoken to alone\n- no marks seen\n- wishes: stay home",
    ),
    "name-allcaps": (
        "CHILD {f_uc} {l_uc} NOT SEEN SINCE 02/03/2026",
        "URGENT: {f_uc} MISSING FROM HOME, LAST SEEN IN THE PARK",
        "MOTHER ({f2_uc} {l_uc}) REFUSED ENTRY TO SW",
        "DO NOT SHARE ADDRESS WITH {f3_uc} {l2_uc} - NON-MOLESTATION ORDER",
        "{f_uc} DISCLOSED TO TEACHER AT BREAKTIME",
        "RE {l_uc} CHILDREN - PLEASE READ BEFORE VISITING",
    ),
    "name-quoted-speech": (
        '"{f} hit me with the remote," the child told the teacher.',
        "She said 'I don't want to go back to {f3}'s house' and started crying.",
        'Mum said: "{f} is just clumsy, she\'s always falling over."',
        'The boy said "me and {f} hide in the wardrobe when they fight".',
        "Quote from YP: 'my name is {f} and I hate it there'.",
        'Neighbour: "I heard {f2} screaming at {f} again last night."',
    ),
    "name-with-title": (
        "Mrs {l} attended the meeting with her advocate.",
        "Spoke to Mr {l} by phone, he denies any physical chastisement.",
        "Ms {f2} {l} declined the Early Help offer.",
        "Mx {l} asked for the minutes to be sent by post.",
        "letter sent to mr and mrs {l_lc} re attendance",
        "Dr {l2} (paternal grandfather) wants to be considered as a kinship carer.",
        "Miss {l} is the child's maternal aunt and has offered to help.",
        "MR {l_uc} WAS ABUSIVE ON THE PHONE",
    ),
    "name-bracketed": (
        "The younger sibling ({f}) was present during the incident.",
        "Mother's partner ({f3} {l2}) was not at the address.",
        "Both children (({f}, {f2})) were asleep when officers arrived.",
        "Sibling [{f}] attends the same nursery.",
        "The baby ({f} {l}) was seen in the car seat.",
        'Maternal grandmother ("{f2}") has parental responsibility under a CAO.',
    ),
    "name-aka": (
        "Father {f3} {l2} aka '{pet}' is known to police.",
        "{f} (aka {f2}) is registered at the school under a different surname.",
        "Boyfriend goes by {pet}, real name believed to be {f3} {l2}.",
        "Mum's partner - a.k.a. {pet} - has a warning marker on the police system.",
        "{f_lc} aka {pet_lc} aka {l_lc}",
        "Also known as {f} {l2}.",
    ),
    "name-double-barrelled": (
        "{f} {l}-{l2} started reception in September.",
        "Mother ({f2} {l}-{l2}) was cooperative at the visit.",
        "Surname changed from {l} to {l}-{l2} last year.",
        "the {l_lc}-{l2_lc} children were all seen",
        "{l}-{l2}, {f}: CP plan ends on review.",
    ),
    "name-prefixed-surname": (
        "{f} Mc{l} was seen at the walk-in centre.",
        "Father is {f3} Mac{l2}.",
        "{f} O'{l} has missed three sessions with the school nurse.",
        "mum ({f2} o'{l_lc}) rang the duty line",
        "Uncle {f3} Al-{l2} has offered to care for the children.",
        "{f3} bin {f2} is listed as the baby's father on the birth record.",
        "{f} ben {f3} was not brought to nursery.",
        "Paternal family: the Mac{l}s, no concerns known.",
    ),
    "name-hyphenated-forename": (
        "{f}-{f2} {l} is on the child in need plan.",
        "Spoke with {f2}-{f3} (mother) after the meeting.",
        "{f_lc}-{f2_lc} was upset about the move",
        "Sibling {f}-{f3} stays with his father at weekends.",
        "{f}-{f2} and her brother were seen together.",
    ),
    "name-initials": (
        "{f_i}. {f2_i}. {l} attended the ICPC.",
        "Mother: {f2} {f_i}. {l}.",
        "Letter addressed to Mrs {f2_i}.{f3_i}. {l}.",
        "Father {f3_i}. {l2} declined to engage.",
        "{f} {f3_i}. {l} (sibling) not at home.",
        "Seen: {f_i}.{f2_i}. {l_uc}.",
    ),
    "name-with-age": (
        "{f} (4) and {f2} (9 months) were in the care of a neighbour.",
        "Children in the household: {f} (7), {f3} (11).",
        "{f} (aged 6) told staff she had not eaten since lunch.",
        "eldest {f_lc} (14) is a young carer for mum",
        "{f} {l} (15) was found by police at 2am.",
        "New baby {f} (3 wks) seen by the HV.",
        "{f}, 8, has a new bruise on the upper arm.",
    ),
    "household-name": (
        "The {l} household was visited unannounced.",
        "Concerns about the {l}s have been raised by three agencies.",
        "the {l_lc} family moved without telling anyone",
        "{l} family - case closed to Early Help in March.",
        "Neighbours say the {l}s argue most nights.",
        "THE {l_uc} CHILDREN ARE NOT TO BE COLLECTED BY DAD",
        "Visited the {l}-{l2} family at their new flat.",
    ),
    "name-lowercase": (
        "mum {f_lc} rang, says she cant make the meeting",
        "saw {f_lc} at school, seemed ok, no marks",
        "{f2_lc} {l_lc} declined the visit again",
        "spoke with {f_lc} and her nan about the weekend",
        "dad ({f3_lc}) is back living there",
        "chase {f_lc}'s gp re the referral",
    ),
    "name-apposition": (
        "The mother, {f2}, said she did not know how the injury happened.",
        "Her brother, {f}, was at school at the time.",
        "The child's father, {f3} {l2}, has not been seen since January.",
        "Spoke to the eldest, {f}, who confirmed the account.",
        "Mum's friend, {f2}, collects the children from school.",
    ),
    "name-pet-form": (
        "{pet} (the middle child) was quiet throughout the visit.",
        "Mum calls her {pet}.",
        "{pet_lc} was at nursery today",
        "Known to everyone as {pet}, uses that name at school.",
        "saw {pet} and her mum in town",
        "{pet} says she misses her dad.",
    ),
    "name-possessive": (
        "{f}'s mother arrived late to the meeting.",
        "Concerns about {f2} {l}'s drinking were shared by the GP.",
        "{l}'s bail conditions prevent contact with the children.",
        "We are waiting for {f}'s school report.",
        "{f3}'s new partner has a conviction for assault.",
    ),
    "name-run-together": (
        "{f}{l} has been added to the list.",
        "Case for {f}{l}: review due.",
        "Please open a file for {f_lc}{l_lc}.",
    ),
}

PSEUDONYM_TEMPLATES: dict[str, tuple[str, ...]] = {
    "pseudonym-two-names": (
        "{f} {l}",
        "{f} {l}",
        "{f_lc} {l_lc}",
        "{f_uc} {l_uc}",
        "{f} {l_i}.",
        "{f2} {l}",
    ),
    "pseudonym-baby-surname": (
        "Baby {l}",
        "Baby {l}",
        "baby {l_lc}",
        "BABY {l_uc}",
        "Baby {l}-{l2}",
    ),
}


def _from_templates(
    rng: random.Random, category: str, field: str, templates: tuple[str, ...], n: int
) -> list[Sample]:
    out = []
    for i in range(n):
        names = Names(rng)
        text = templates[i % len(templates)].format(**names.fields())
        out.append(Sample(category, field, text, True, names.source))
    return out


def name_samples(rng: random.Random) -> list[Sample]:
    """Drawn names set in templates of how notes are written, and as pseudonyms."""
    out: list[Sample] = []
    for category, templates in NAME_TEMPLATES.items():
        out += _from_templates(rng, category, "text", templates, PER_NAME_CATEGORY)
    for category, templates in PSEUDONYM_TEMPLATES.items():
        out += _from_templates(rng, category, "pseudonym", templates, 80)
    return out


# --------------------------------------------------------------------------- identifiers

DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def nhs_number(rng: random.Random) -> str:
    """A 10-digit NHS number starting 999 with a valid modulus-11 check digit."""
    while True:
        body = "999" + "".join(rng.choice("0123456789") for _ in range(6))
        check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11
        if check == 11:
            check = 0
        if check != 10:
            return body + str(check)


def phone_digits(rng: random.Random) -> str:
    """An 11-digit number in one of the fictional ranges."""
    return rng.choice(PHONE_PREFIXES) + f"{rng.randrange(1000):03d}"


def _say_digits(rng: random.Random, digits: str) -> str:
    words = []
    i = 0
    while i < len(digits):
        d = digits[i]
        word = "oh" if d == "0" and rng.random() < 0.6 else DIGIT_WORDS[int(d)]
        if i + 1 < len(digits) and digits[i + 1] == d and rng.random() < 0.7:
            words.append(f"double {word}")
            i += 2
        else:
            words.append(word)
            i += 1
    return " ".join(words)


def _phone_shape(rng: random.Random, digits: str) -> str:
    area = 5 if digits.startswith(("07", "016")) else (4 if digits.startswith("011") else 3)
    a, b = digits[:area], digits[area:]
    cut = len(b) - 4 if len(b) >= 7 else 3
    shapes = [
        f"{a} {b[:cut]} {b[cut:]}",
        f"({a}) {b}",
        f"{a}-{b[:cut]}-{b[cut:]}",
        f"+44 {a[1:]} {b}",
        f"+44 (0){a[1:]} {b}",
        f"{digits[1:]}",
        " ".join(digits),
        f"{a}.{b}",
        f"{a} {b} ext. {rng.randrange(10, 999)}",
        f"{a} {b} x{rng.randrange(1, 99)}",
        f"{a}{b[:2]} {b[2:]}",
        f"0044 {a[1:]} {b}",
    ]
    return rng.choice(shapes)


def phone_samples(rng: random.Random) -> list[Sample]:
    """Phones in words and in odd shapes."""
    words = (
        "Mum's mobile is {p}.",
        "ring dad on {p}",
        "Her number: {p}",
        "Nan can be reached on {p} after tea.",
        "CONTACT {p}",
        "call back on {p} pls",
    )
    shaped = (
        "Mobile: {p}",
        "tel {p}",
        "Father's phone {p} (texts only).",
        "Best contact for aunt: {p}",
        "she gave a new number, {p}",
        "T: {p}",
        "Can be reached on {p}.",
    )
    out = []
    for i in range(PER_IDENTIFIER_CATEGORY):
        p = _say_digits(rng, phone_digits(rng))
        text = words[i % len(words)].format(p=p)
        out.append(Sample("phone-in-words", "text", text, True, IDENTIFIERS))
    for i in range(PER_IDENTIFIER_CATEGORY):
        p = _phone_shape(rng, phone_digits(rng))
        text = shaped[i % len(shaped)].format(p=p)
        out.append(Sample("phone-odd-format", "text", text, True, IDENTIFIERS))
    return out


STREET_STEMS = [
    "Kestrel",
    "Larch",
    "Wren",
    "Linden",
    "Rowan",
    "Heron",
    "Thistle",
    "Juniper",
    "Sorrel",
    "Bracken",
    "Marl",
    "Quarry",
    "Saxon",
    "Tannery",
    "Foundry",
    "Mill",
    "Chapel",
    "Orchard",
    "Beacon",
    "Cobble",
]
STREET_ENDS = [
    "Road",
    "Street",
    "Close",
    "Way",
    "Avenue",
    "Crescent",
    "Grove",
    "Terrace",
    "Lane",
    "Walk",
    "Court",
    "Mews",
    "Rise",
]
SETTING_STEMS = [
    "Holly",
    "Ash",
    "Elm",
    "Oak",
    "Fern",
    "Moss",
    "Heather",
    "Birch",
    "Alder",
    "Hazel",
    "Sloe",
    "Bramble",
    "Lark",
    "Finch",
    "Plover",
]
SETTING_ENDS = [
    "field",
    "bank",
    "wood",
    "dale",
    "lea",
    "mead",
    "brook",
    "croft",
    "hill",
    "gate",
    "side",
    "ley",
]
POST_AREAS = ["LS", "BD", "HX", "WF", "HD", "S", "M", "OL", "B", "NE", "SR", "YO", "DN", "L"]


def _street(rng: random.Random) -> str:
    return f"{rng.choice(STREET_STEMS)} {rng.choice(STREET_ENDS)}"


def _postcode(rng: random.Random) -> str:
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return (
        f"{rng.choice(POST_AREAS)}{rng.randrange(1, 30)} "
        f"{rng.randrange(10)}{rng.choice(letters)}{rng.choice(letters)}"
    )


@cache
def english_places() -> tuple[str, ...]:
    """English local-authority names from pycountry's GB subdivisions, sorted."""
    names = set()
    for sub in pycountry.subdivisions.get(country_code="GB") or ():  # type: ignore[no-untyped-call]
        if getattr(sub, "parent_code", None) == "GB-ENG":
            name = re.sub(r"\s*\[.*\]", "", sub.name)
            if ", " in name:
                head, tail = name.split(", ", 1)
                name = f"{tail} {head}"
            names.add(name)
    return tuple(sorted(names))


def address_samples(rng: random.Random) -> list[Sample]:
    """Addresses across lines as on an envelope, and in prose."""
    out = []
    for i in range(PER_IDENTIFIER_CATEGORY):
        number = rng.randrange(1, 240)
        town = rng.choice(english_places())
        street = _street(rng)
        lines = [
            [f"{number} {street}", town, _postcode(rng)],
            [f"Flat {rng.randrange(1, 20)}", f"{number} {street}", town, _postcode(rng)],
            [f"{number}{rng.choice('abc')} {street.upper()}", town.upper(), _postcode(rng)],
            [f"{rng.choice(SETTING_STEMS)} Cottage", street, town, _postcode(rng)],
            [f"{number}, {street},", f"{town}.", _postcode(rng).lower()],
        ][i % 5]
        out.append(Sample("address-envelope", "text", "\n".join(lines), True, IDENTIFIERS))
    prose = (
        "Family now living at {n} {s}, {t}.",
        "moved to flat {f}, {s} last week",
        "staying at nan's on {s}",
        "Address: {n} {s_lc}, {pc}",
        "Mum says they are in a hostel on {s} in {t} for now.",
        "Last known address {n} {s}.",
        "lives round the corner from the school, {n} {s_lc}",
        "New tenancy: {n} {s}, {t} {pc}",
    )
    for i in range(PER_IDENTIFIER_CATEGORY):
        s = _street(rng)
        text = prose[i % len(prose)].format(
            n=rng.randrange(1, 240),
            f=rng.randrange(1, 30),
            s=s,
            s_lc=s.lower(),
            t=rng.choice(english_places()),
            pc=_postcode(rng),
        )
        out.append(Sample("address-prose", "text", text, True, IDENTIFIERS))
    return out


MONTHS = tuple(calendar.month_name[1:])  # English: Python starts in the C locale
SEASONS = {
    12: "winter",
    1: "winter",
    2: "winter",
    3: "spring",
    4: "spring",
    5: "spring",
    6: "summer",
    7: "summer",
    8: "summer",
    9: "autumn",
    10: "autumn",
    11: "autumn",
}


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def dob_samples(rng: random.Random) -> list[Sample]:
    """Dates of birth in many phrasings."""
    forms: tuple[Callable[[dt.date], str], ...] = (
        lambda d: f"DOB: {d:%d/%m/%Y}",
        lambda d: f"D.O.B {d.day}.{d.month}.{d:%y}",
        lambda d: f"b. {d:%d/%m/%y}",
        lambda d: (
            f"born in the {SEASONS[d.month]} of {d.year} on the {_ordinal(d.day)} of "
            f"{MONTHS[d.month - 1]}"
        ),
        lambda d: (
            f"her {_ordinal(2026 - d.year)} birthday is next "
            f"{dt.date(2026, d.month, min(d.day, 28)):%A} {d.day} {MONTHS[d.month - 1]}"
        ),
        lambda d: f"dob {d.day}/{d.month}/{d.year}",
        lambda d: f"Date of birth - {d:%Y-%m-%d}",
        lambda d: f"born {_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year} at 34 weeks",
        lambda d: f"turns {2026 - d.year} on the {_ordinal(d.day)} of {MONTHS[d.month - 1]}",
        lambda d: f"DOB {d.day} {MONTHS[d.month - 1][:3].upper()} {d.year}",
        lambda d: f"he was born on {d:%d.%m.%Y}",
        lambda d: f"aged {max(2025 - d.year, 1)}, birthday in {MONTHS[d.month - 1]}",
        lambda d: f"d.o.b. {d:%d-%m-%Y}",
        lambda d: f"baby born {d.day} {MONTHS[d.month - 1]} {d.year}, 6lb 2oz",
    )
    out = []
    for i in range(PER_IDENTIFIER_CATEGORY + 20):
        born = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randrange(17 * 365))
        out.append(Sample("dob-phrasing", "text", forms[i % len(forms)](born), True, IDENTIFIERS))
    return out


def setting_samples(rng: random.Random) -> list[Sample]:
    """Schools, nurseries, GP practices and children's homes by name."""
    kinds = (
        ("attends {x} Primary School", "setting-school-nursery"),
        ("year 9 at {x} Academy", "setting-school-nursery"),
        ("goes to {x_lc} nursery 3 mornings a week", "setting-school-nursery"),
        ("DSL at {x} Infant School rang", "setting-school-nursery"),
        ("on roll at {x} High", "setting-school-nursery"),
        ("{x} Pre-School reported the bruise", "setting-school-nursery"),
        ("Registered with {x} Surgery.", "setting-gp-home"),
        ("GP: {x} Medical Centre", "setting-gp-home"),
        ("placed at {x} House children's home", "setting-gp-home"),
        ("seen at {x_lc} health centre by the practice nurse", "setting-gp-home"),
        ("moved to {x} Lodge (residential)", "setting-gp-home"),
        ("{x} Family Practice have not seen the baby", "setting-gp-home"),
    )
    out = []
    for i in range(2 * PER_IDENTIFIER_CATEGORY):
        x = rng.choice(SETTING_STEMS) + rng.choice(SETTING_ENDS)
        template, category = kinds[i % len(kinds)]
        text = template.format(x=x, x_lc=x.lower())
        out.append(Sample(category, "text", text, True, IDENTIFIERS))
    return out


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(n))


def record_samples(rng: random.Random) -> list[Sample]:
    """Record numbers of hospitals, social care, police and education."""
    makers: dict[str, tuple[Callable[[], str], ...]] = {
        "record-health": (
            lambda: f"Hospital no. {_letters(rng, 2)}{_digits(rng, 7)}",
            lambda: f"MRN {_digits(rng, 8)}",
            lambda: f"hosp number {_letters(rng, 1).lower()}{_digits(rng, 6)}",
            lambda: f"A&E attendance ref {_digits(rng, 9)}",
            lambda: f"RiO ID: {_digits(rng, 7)}",
            lambda: f"SystmOne patient {_digits(rng, 6)}",
        ),
        "record-social-care": (
            lambda: f"Mosaic ID {_digits(rng, 7)}",
            lambda: f"LCS number {_digits(rng, 6)}",
            lambda: f"liquidlogic ref {_digits(rng, 8)}",
            lambda: f"CSC person ID: {_digits(rng, 6)}",
            lambda: f"ICS case no {_digits(rng, 7)}",
            lambda: f"EHM {_digits(rng, 5)}",
        ),
        "record-police": (
            lambda: f"PNC ID {_digits(rng, 2)}/{_digits(rng, 6)}{_letters(rng, 1)}",
            lambda: f"custody number {_digits(rng, 2)}{_letters(rng, 2)}/{_digits(rng, 5)}/26",
            lambda: f"crime ref {_letters(rng, 2)}{_digits(rng, 8)}",
            lambda: f"CAD {_digits(rng, 4)} of {_digits(rng, 2)}/{_digits(rng, 2)}",
            lambda: f"niche occurrence {_digits(rng, 2)}{_digits(rng, 9)}",
            lambda: f"CRO no {_digits(rng, 6)}/{_digits(rng, 2)}{_letters(rng, 1)}",
        ),
        "record-education": (
            lambda: f"UPN {_letters(rng, 1)}{_digits(rng, 12)}",
            lambda: f"ULN {_digits(rng, 10)}",
            lambda: f"upn: {_letters(rng, 1).lower()}{_digits(rng, 11)}{_letters(rng, 1).lower()}",
            lambda: f"pupil no {_digits(rng, 6)}",
            lambda: f"Admission number {_digits(rng, 5)}",
            lambda: f"EHCP ref {_digits(rng, 7)}",
        ),
    }
    out = []
    for category, fns in makers.items():
        for i in range(PER_IDENTIFIER_CATEGORY - 10):
            out.append(Sample(category, "text", fns[i % len(fns)](), True, IDENTIFIERS))
    return out


def other_id_samples(rng: random.Random) -> list[Sample]:
    """NHS and NI numbers, emails, vehicle registrations and social-media handles."""
    out = []

    def nhs_shape(n: str) -> str:
        return rng.choice(
            (
                f"{n[:3]} {n[3:6]} {n[6:]}",
                n,
                f"{n[:3]}-{n[3:6]}-{n[6:]}",
                f"{n[:3]} {n[3:]}",
            )
        )

    nhs = ("NHS no. {n}", "nhs# {n}", "NHS Number: {n}", "her nhs number is {n}", "{n} (NHS)")
    for i in range(PER_IDENTIFIER_CATEGORY):
        text = nhs[i % len(nhs)].format(n=nhs_shape(nhs_number(rng)))
        out.append(Sample("nhs-number", "text", text, True, IDENTIFIERS))
    for i in range(PER_IDENTIFIER_CATEGORY - 20):
        d = _digits(rng, 6)
        suffix = rng.choice("ABCD")
        shape = (
            f"NI number QQ {d[:2]} {d[2:4]} {d[4:]} {suffix}",
            f"NINO: QQ{d}{suffix}",
            f"ni no qq{d}{suffix.lower()}",
        )[i % 3]
        out.append(Sample("ni-number", "text", shape, True, IDENTIFIERS))
    for i in range(PER_IDENTIFIER_CATEGORY):
        names = Names(rng)
        local = rng.choice(
            (
                f"{names.f_ascii()}.{names.l_ascii()}",
                f"{names.f_ascii()}{rng.randrange(80, 100)}",
                f"mummy.of.{rng.randrange(2, 5)}",
                f"{names.l_ascii()}{_digits(rng, 2)}",
            )
        )
        shape = (
            "email {e}@example.com",
            "Mum's email: {e}@example.com",
            "contact via {e} at example dot com",
            "E: {e}@EXAMPLE.COM",
        )[i % 4]
        out.append(Sample("email", "text", shape.format(e=local.lower()), True, IDENTIFIERS))
    for i in range(PER_IDENTIFIER_CATEGORY):
        current = f"{_letters(rng, 2)}{_digits(rng, 2)} {_letters(rng, 3)}"
        prefix = f"{_letters(rng, 1)}{rng.randrange(1, 999)} {_letters(rng, 3)}"
        reg = current if i % 3 else prefix
        shape = (
            "seen getting into a silver Corsa reg {r}",
            "car ({r}) parked outside the school gates",
            "VRM {r}",
            "vehicle: black transit, {r_lc}",
            "dad drives a {r_nospace}",
        )[i % 5]
        text = shape.format(r=reg, r_lc=reg.lower(), r_nospace=reg.replace(" ", ""))
        out.append(Sample("vehicle-registration", "text", text, True, IDENTIFIERS))
    for i in range(PER_IDENTIFIER_CATEGORY):
        names = Names(rng)
        handle = rng.choice(
            (
                f"{names.f_ascii()}_{_digits(rng, 2)}",
                f"xx.{names.f_ascii()}.xx",
                f"{names.f_ascii()}{names.l_ascii()[:3]}",
                f"lil_{names.pet.lower()}",
            )
        ).lower()
        shape = (
            "talking to an older male on snapchat, his handle is {h}",
            "insta - @{h}",
            "tiktok user @{h} has been messaging her",
            "Her Snap: {h}",
            "@{h} posted the video",
        )[i % 5]
        out.append(Sample("social-handle", "text", shape.format(h=handle), True, IDENTIFIERS))
    return out


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z]", "", folded) or "kid"


# --------------------------------------------------------------------------- benign

AGENCIES = (
    "children's social care",
    "the police",
    "CAMHS",
    "the 0-19 service",
    "health visiting",
    "the MASH",
    "Early Help",
    "the Youth Justice Service",
    "midwifery",
    "the ICB",
    "the LADO",
    "Cafcass",
    "probation",
    "housing",
    "the school nursing team",
    "adult mental health",
    "the substance misuse service",
    "the ambulance service",
)
ROLES = (
    "social worker",
    "team manager",
    "IRO",
    "health visitor",
    "DSL",
    "detective sergeant",
    "named GP",
    "designated nurse",
    "designated doctor",
    "independent reviewer",
    "business manager",
    "panel chair",
    "head of service",
    "practice lead",
    "safeguarding lead",
    "named midwife",
)
EVENTS = (
    "ICPC held",
    "Strategy discussion held",
    "Rapid review meeting held",
    "Panel replied",
    "Notification sent to Ofsted",
    "Notified the National Panel",
    "Reply received from the Panel",
    "Practitioner learning event held",
    "Core group met",
    "Review child protection conference held",
    "Terms of reference agreed",
    "Draft report shared with partners",
    "Final report sent to the Panel",
    "Publication date agreed",
    "Safeguarding partners signed off the report",
    "Home visit completed",
    "Joint visit with police completed",
)
LEGISLATION = (
    "Working Together to Safeguard Children 2023",
    "section 47 of the Children Act 1989",
    "section 17 of the Children Act 1989",
    "section 16C of the Children Act 2004",
    "Keeping Children Safe in Education 2025",
    "the Children and Social Work Act 2017",
    "the Data Protection Act 2018",
    "the UK GDPR",
    "the Mental Capacity Act 2005",
    "the Domestic Abuse Act 2021",
    "the Panel's annual report 2023 to 2024",
    "Child Protection in England (2022)",
    "the national review into the murders of two children (2022)",
    "Safeguarding children with disabilities in residential settings (2023)",
    "the Independent Review of Children's Social Care (2022)",
    "the Panel's practice guidance for rapid reviews",
)
STAGES = (
    "rapid review",
    "LCSPR",
    "practice learning review",
    "scoping",
    "chronology",
    "action plan",
    "publication",
    "closure",
)


def _date(rng: random.Random) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(2 * 365))


def _say_date(rng: random.Random, d: dt.date) -> str:
    return rng.choice(
        (
            f"{d:%d/%m/%Y}",
            f"{d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day} {MONTHS[d.month - 1][:3]} {d.year}",
            f"{d:%Y-%m-%d}",
            f"{d:%A} {d.day} {MONTHS[d.month - 1]} {d.year}",
            f"{d.day}.{d.month}.{d.year}",
        )
    )


def _ref(rng: random.Random) -> str:
    return (
        rng.choice(("SI", "RR", "LCSPR", "PLR"))
        + f"-{rng.choice((2025, 2026))}-"
        + (f"{rng.randrange(1, 120):04d}")
    )


def _time(rng: random.Random) -> str:
    h, m = rng.randrange(8, 18), rng.choice((0, 15, 30, 45))
    return rng.choice((f"{h:02d}:{m:02d}", f"{h % 12 or 12}.{m:02d}{'am' if h < 12 else 'pm'}"))


def benign_samples() -> list[Sample]:
    """Ordinary professional text with no names at all (its own seed, so name pools can be
    filtered against its words)."""
    rng = random.Random(SEED + 1)
    out: list[Sample] = []

    def add(
        category: str, source: str, make: Callable[[], str], n: int = PER_BENIGN_CATEGORY
    ) -> None:
        for _ in range(n):
            out.append(Sample(category, "text", make(), False, source))

    def minutes() -> str:
        return rng.choice(
            (
                f"{rng.choice(EVENTS)} {_say_date(rng, _date(rng))}. Attendees: "
                f"{', '.join(rng.sample(ROLES, 4))}.",
                f"Minutes of the {rng.choice(STAGES)} meeting, {_say_date(rng, _date(rng))}, "
                f"{_time(rng)}. Apologies from {rng.choice(AGENCIES)}.",
                f"Item {rng.randrange(1, 9)}: the {rng.choice(ROLES)} summarised the "
                f"agencies' involvement. Agreed to meet again on {_say_date(rng, _date(rng))}.",
                f"Action {rng.randrange(1, 20)}: {rng.choice(ROLES)} to circulate the draft "
                f"terms of reference by {_say_date(rng, _date(rng))}.",
                f"Quorate. Chair: {rng.choice(ROLES)}. {rng.randrange(5, 14)} present, "
                f"{rng.randrange(0, 4)} apologies.",
            )
        )

    def chronology() -> str:
        return rng.choice(
            (
                f"{_say_date(rng, _date(rng))} {rng.choice(EVENTS)}.",
                f"{_say_date(rng, _date(rng))} - {rng.choice(AGENCIES)} shared records with "
                f"the review team.",
                f"{_say_date(rng, _date(rng))}: {rng.choice(EVENTS).lower()}, outcome recorded.",
                f"{_say_date(rng, _date(rng))} {rng.choice(ROLES)} visited; children seen "
                f"and spoken to alone.",
                f"{_say_date(rng, _date(rng))}, {_time(rng)} - referral received by the MASH "
                f"from {rng.choice(AGENCIES)}.",
            )
        )

    def notification() -> str:
        d = _say_date(rng, _date(rng))
        return rng.choice(
            (
                f"Panel replied {d}.",
                f"Notified the Panel on {d}, within five working days.",
                f"Rapid review sent to the Panel {d}; reply awaited.",
                f"Ofsted notification submitted {d} by the {rng.choice(ROLES)}.",
                f"The Panel agreed with the partnership's decision on {d}.",
                f"Reply from the Panel dated {d} asks for the final report by the summer.",
                f"{_ref(rng)}: notification {d}, rapid review due in 15 working days.",
            )
        )

    def guidance() -> str:
        return rng.choice(
            (
                f"Decision made under {rng.choice(LEGISLATION)}.",
                f"See {rng.choice(LEGISLATION)} for the criteria.",
                f"The learning links to {rng.choice(LEGISLATION)} and {rng.choice(LEGISLATION)}.",
                f"Training for the {rng.choice(ROLES)} now covers {rng.choice(LEGISLATION)}.",
                f"Reviewed against {rng.choice(LEGISLATION)}; no gaps found.",
            )
        )

    def hurried() -> str:
        return rng.choice(
            (
                f"pls chase {rng.choice(AGENCIES).lower()} for strat notes by thurs",
                f"{rng.randrange(2, 6)} actions still open, will update at core group",
                f"rang {rng.choice(ROLES)} - no answer, try again tmrw am",
                f"need chronology from {rng.choice(AGENCIES).lower()} before panel",
                f"running late, meeting moved to {_time(rng)}",
                "draft tor attached, comments by fri pls",
                f"quick one - can {rng.choice(ROLES)} do the scoping call at {_time(rng)}?",
            )
        )

    def headings() -> str:
        return rng.choice(
            (
                "RAPID REVIEW - KEY LEARNING",
                f"{rng.choice(STAGES).upper()} UPDATE",
                "TERMS OF REFERENCE",
                f"ACTION PLAN {rng.choice((2025, 2026))}",
                "MULTI-AGENCY CHRONOLOGY",
                f"{rng.choice(AGENCIES).upper()} RESPONSE",
                "DECISION: LCSPR NOT REQUIRED",
                f"ITEM {rng.randrange(1, 9)} - ANY OTHER BUSINESS",
            )
        )

    def bullets() -> str:
        items = rng.sample(
            [
                f"{rng.choice(AGENCIES)} to share records",
                f"{rng.choice(ROLES)} to draft the chronology",
                f"next meeting {_say_date(rng, _date(rng))}",
                "practitioner event to be arranged",
                f"{rng.randrange(2, 9)} agencies involved",
                "learning shared with the partnership board",
                "family to be invited to contribute",
                "threshold for an LCSPR met",
            ],
            3,
        )
        mark = rng.choice(("- ", "• ", "* "))
        return "\n".join(mark + item for item in items)

    def places() -> str:
        a, b = rng.sample(english_places(), 2)
        return rng.choice(
            (
                f"The partnership covers {a} and {b}.",
                f"Incident happened in {a}; the family had moved from {b}.",
                f"Learning event held in {a} on {_say_date(rng, _date(rng))}.",
                f"Cross-border case: {a} children's social care and {b} police.",
                f"{a} Safeguarding Children Partnership - rapid review.",
                f"Sent to {b} for information, as the school is there.",
            )
        )

    def counts() -> str:
        return rng.choice(
            (
                f"{rng.randrange(2, 6)} children in the household, aged {rng.randrange(1, 5)}, "
                f"{rng.randrange(5, 9)} and {rng.randrange(10, 16)}.",
                f"Visit at {_time(rng)}, lasted {rng.randrange(20, 90)} minutes.",
                f"A {rng.randrange(11, 17)}-year-old was the subject of the review.",
                f"Child aged {rng.randrange(1, 17)}; {rng.randrange(2, 9)} agencies knew the "
                f"family.",
                f"{rng.randrange(1, 9)} of {rng.randrange(9, 14)} actions complete.",
                f"Infant under 1, seen {rng.randrange(2, 12)} times by health in the period.",
            )
        )

    def references() -> str:
        return rng.choice(
            (
                f"{_ref(rng)} moved to {rng.choice(STAGES)} stage.",
                f"Case {_ref(rng)}: {rng.choice(EVENTS).lower()} {_say_date(rng, _date(rng))}.",
                f"Linked to {_ref(rng)} (same area, different family).",
                f"{_ref(rng)} closed; learning added to the action plan.",
            )
        )

    add("benign-minutes", BENIGN, minutes)
    add("benign-chronology", BENIGN, chronology)
    add("benign-notification-dates", BENIGN, notification)
    add("benign-guidance", BENIGN, guidance)
    add("benign-hurried", BENIGN, hurried)
    add("benign-allcaps", BENIGN, headings, 40)
    add("benign-bullets", BENIGN, bullets)
    add("benign-places", BENIGN_PLACES, places)
    add("benign-counts-ages-times", BENIGN, counts)
    add("benign-case-references", BENIGN, references)
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    for _ in range(60):
        i = rng.randrange(len(letters))
        letter, following = letters[i], letters[(i + 1) % len(letters)]
        text = rng.choice(
            (
                f"Child {letter}",
                f"Baby {letter}",
                f"Sibling {letter}",
                f"Young Person {letter}",
                f"Infant {letter}",
                f"Children {letter} and {following}",
            )
        )
        out.append(Sample("benign-pseudonym", "pseudonym", text, False, BENIGN))
    return out


def samples() -> list[Sample]:
    """The whole second corpus, the same on every call (nobody tuning the guard saw it)."""
    rng = random.Random(SEED)
    out = name_samples(rng)
    out += phone_samples(rng)
    out += address_samples(rng)
    out += dob_samples(rng)
    out += setting_samples(rng)
    out += record_samples(rng)
    out += other_id_samples(rng)
    out += benign_samples()
    return out
