"""A ninth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``ninth_names.json``, a seeded snapshot of female and male first name and surname
  pairs from mimesis 22.2.0 (MIT licence). The fifth corpus drew from mimesis too, but
  from other locales: this one takes only the ``DRAWN`` locales, none of which the fifth
  used (Australian, Canadian and plain English; Mexican Spanish, Brazilian Portuguese;
  Dutch, Flemish, Austrian and Swiss German; Danish, Norwegian, Swedish, Finnish,
  Icelandic, Estonian, Azerbaijani; Kazakh; Moroccan, Algerian, Yemeni, Omani, Jordanian
  and Saudi Arabic; Japanese; Korean), and skips any name already in the fourth to eighth
  snapshots (``EARLIER``), so every name is new to the corpora. Kazakh names stay in
  Cyrillic, Arabic in Arabic script, Japanese in kana or kanji and Korean in Hangul
  (``NATIVE_SCRIPT``); mimesis's Kazakh romanisation keeps letters such as ``Ä``, so no
  romanised form is added. Only single-word names are taken. The snapshot is regenerated
  by ``uv run --with mimesis==22.2.0 python -m tests.support.ninth_corpus``; the corpus
  itself reads the JSON and never imports mimesis.
- Nicknames: British short forms and pet names written by hand for this corpus.
- Everything else is hand-written for this corpus, fresh: identifying templates in the
  registers of a duty desk, a school safeguarding log, a midwife's and a GP's note, a
  police occurrence, a family support worker, Slack, and sign-offs by a child or a
  relative; names typed in lower case (``name_lower_case``) and in capitals (inside
  ``name_text``). Benign text in the registers of a rapid review scoping email, LCSPR terms
  of reference, chronology entries with dates and agencies, strategy discussion minutes
  with attendees by role, learning-event invitations, action plan RAG updates, Panel
  correspondence and Slack; sign-offs by role and partnership only, never by a person's
  name (the register is the benign sample's ``source``). Identifiers are fictional: Ofcom
  drama phone numbers, NHS numbers in the 999 range with a valid check digit, NI numbers
  prefixed QQ, example.* emails, postcodes of a valid shape in areas no Royal Mail postcode
  uses (``POSTCODE_AREAS``), random vehicle marks, invented streets, towns and schools.
- Benign pseudonyms follow DOMAIN.md strictly: initials on their own or after a word such
  as "Child", or a chosen word that is not a forename, with nothing beside them.

A drawn name that is also a word of the benign text is dropped. No sample was changed
after seeing what the guard does with it.
"""

from __future__ import annotations

import importlib
import json
import random
import re
import unicodedata
from pathlib import Path

from tests.support.eighth_corpus import _earlier_names
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import _unique, benign_words, without_banned
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.sixth_corpus import _ascii, _fill, _lower, _nhs, _ni, _reg

SEEN = ""
NAMES_FILE = Path(__file__).with_name("ninth_names.json")
MIMESIS_VERSION = "22.2.0"
EARLIER = (
    "fourth_names.json",
    "fifth_names.json",
    "sixth_names.json",
    "seventh_names.json",
    "eighth_names.json",
)

#: mimesis locale, and how many people to draw from it (none is a locale the fifth used).
DRAWN = (
    ("en-au", 12),
    ("en-ca", 12),
    ("en", 10),
    ("es-mx", 12),
    ("pt-br", 14),
    ("nl", 12),
    ("nl-be", 10),
    ("de-at", 12),
    ("de-ch", 12),
    ("da", 12),
    ("no", 12),
    ("sv", 12),
    ("fi", 12),
    ("is", 12),
    ("et", 12),
    ("az", 14),
    ("kk", 8),
    ("ar-ma", 6),
    ("ar-dz", 6),
    ("ar-ye", 6),
    ("ar-om", 6),
    ("ar-jo", 6),
    ("ar-sa", 6),
    ("ja", 8),
    ("ko", 8),
)
ROMANISED: tuple[str, ...] = ()
NATIVE_SCRIPT = ("kk", "ar-ma", "ar-dz", "ar-ye", "ar-om", "ar-jo", "ar-sa", "ja", "ko")
#: Words mimesis gives as names that are titles or words, not a person's name.
NOT_NAMES = frozenset({"Miss", "Joker"})
SCRIPTS = {"kk": ("CYRILLIC",), "ja": ("CJK", "HIRAGANA", "KATAKANA"), "ko": ("HANGUL",)}


def _scripts(locale: str) -> tuple[str, ...]:
    if locale.startswith("ar-"):
        return ("ARABIC",)
    return SCRIPTS.get(locale, ("LATIN",))


def _one_word(name: str, locale: str) -> bool:
    """A single word, all in the locale's script; a Latin one capitalised, then lower case."""
    scripts = _scripts(locale)
    if not name or name in NOT_NAMES or any(not c.isalpha() for c in name):
        return False
    if not all(unicodedata.name(c, "").startswith(scripts) for c in name):
        return False
    if scripts != ("LATIN",):
        return len(name) >= (1 if locale in ("ja", "ko") else 2)
    return len(name) >= 3 and name[0].isupper() and name[1:].islower()


def regenerate_names() -> None:
    """Draw the names afresh from mimesis (importable only here) and write the snapshot."""
    mimesis = importlib.import_module("mimesis")
    used = _earlier_names(EARLIER)
    people: dict[str, list[list[str]]] = {}
    for locale, count in DRAWN:
        person = mimesis.Person(mimesis.Locale(locale), seed=f"ninth-{locale}")
        drawn: list[list[str]] = []
        for _ in range(count * 400):
            gender = (mimesis.Gender.FEMALE, mimesis.Gender.MALE)[len(drawn) % 2]
            first, last = person.first_name(gender=gender), person.last_name(gender=gender)
            words = {first.casefold(), last.casefold()}
            fresh = len(words) == 2 and not words & used
            if fresh and _one_word(first, locale) and _one_word(last, locale):
                drawn.append([first, last])
                used |= words
            if len(drawn) == count:
                break
        people[locale] = drawn
    lines = [f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in people.items()]
    header = (
        f'{{"source": "mimesis {MIMESIS_VERSION} (MIT)", "seed": "ninth-<locale>", "people": {{\n'
    )
    NAMES_FILE.write_text(header + ",\n".join(lines) + "\n}}\n", encoding="utf-8")


def _people(banned: set[str]) -> dict[str, list[tuple[str, str]]]:
    data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))["people"]
    return without_banned(data, banned)


# --- fictional identifiers ----------------------------------------------------------------

#: Ofcom's drama ranges (the first eight digits as dialled; the last three are free).
DRAMA_PREFIXES = ("07700900", "01134960", "01614960", "01214960", "02079460", "01914980")
#: Two letters of a valid outward shape that no Royal Mail postcode area uses.
POSTCODE_AREAS = ("CE", "DB", "HE", "MB", "OB", "UA", "WE", "RB")
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")


def _phone(rng: random.Random) -> str:
    prefix = rng.choice(DRAMA_PREFIXES)
    number = prefix + f"{rng.randint(0, 999):03d}"
    if number.startswith("07"):
        forms = (f"{number[:5]} {number[5:]}", number, f"+44 {number[1:5]} {number[5:]}")
    elif number.startswith("02"):
        forms = (f"{number[:3]} {number[3:7]} {number[7:]}", f"({number[:3]}) {number[3:]}")
    else:
        forms = (f"{number[:4]} {number[4:7]} {number[7:]}", f"{number[:4]}-{number[4:]}")
    return rng.choice(forms)


def _postcode(rng: random.Random) -> str:
    outward = f"{rng.choice(POSTCODE_AREAS)}{rng.randint(1, 29)}"
    inward = f"{rng.randint(1, 9)}{rng.choice(INWARD_LETTERS)}{rng.choice(INWARD_LETTERS)}"
    return rng.choice((f"{outward} {inward}", f"{outward}{inward}", f"{outward} {inward}".lower()))


NAMED_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec")


def _birth(rng: random.Random) -> dict[str, str]:
    year, month, day = rng.randint(2009, 2025), rng.randint(1, 12), rng.randint(1, 28)
    month_word = ("January", "February", "March", "April", "May", "June", "July", "August")
    month_word += ("September", "October", "November", "December")
    return {
        "dob": rng.choice(
            (
                f"{day:02d}/{month:02d}/{year}",
                f"{day}.{month}.{year % 100:02d}",
                f"{year}-{month:02d}-{day:02d}",
                f"{day} {month_word[month - 1]} {year}",
                f"{day} {rng.choice(NAMED_MONTHS)} {year % 100:02d}",
            )
        ),
        "year": str(year),
        "age": str(rng.randint(1, 17)),
        "months": str(rng.randint(2, 20)),
    }


STREETS = ("Quillfield", "Marrowby", "Throstle", "Fennimore", "Ashgrove Bank", "Tollbar")
STREET_KINDS = ("Road", "Close", "Crescent", "Terrace", "Lane", "Way", "Ct", "Grove")
TOWNS = ("Brackenmoor", "Hoxley Vale", "Sindleton", "Wykeham Cross", "Pelsall Fen")
FLATS = ("Flat 3", "Flat 12b", "2nd floor flat", "Flat 7", "Room 4")
SCHOOLS = (
    "Quillfield Primary",
    "St Osyth's RC Primary",
    "Brackenmoor Academy",
    "Hoxley Vale Infants",
    "Sindleton High School",
    "Marrowby Junior School",
    "Tollbar Free School",
    "Wykeham Cross C of E Primary",
)
SYSTEMS = ("Mosaic", "SystmOne", "EMIS", "Liquidlogic", "Niche", "CPOMS", "Capita One")

# {f}/{l} the child's forename and surname; {F}/{L} in capitals; {fl}/{ll} in lower case;
# {g}/{h} a relative's forename and surname; {k} a third person's forename.
NAME_TEXT = (
    "Duty desk: call from nursery worried about {f} {l}, bruise to left cheek",
    "{f} disclosed to a teacher being hit with a belt by {g}",
    "Home visit done. {f} was asleep upstairs, {g} {h} answered the door",
    "GP note: {f} {l} seen with nappy rash, third time this quarter",
    "Police attended after neighbours heard shouting; {F} {L} taken to gran's overnight",
    "Can someone check whether {f} {l} is known to CAMHS?",
    "{g} (parent) says {f} has not been eating since the split",
    "{f} and sibling {k} are staying with an aunt until Friday",
    "Referral received re {L}, {F} — concerns about school attendance",
    "Midwife: mother booked late at 31 weeks, baby to be called {f} {l}",
    "The new partner, {g} {h}, is not to have unsupervised contact with {f}",
    "{f} {l} was missing from home for two nights and found in a park",
    "Spoke to {f} alone at school; {f} did not want to go home",
    "ATTN: {F} {L} — strategy discussion needed today",
    "Family support worker: {g} struggling, {f} often late and hungry",
    "{k} {l} (sibling) also needs a welfare check",
    "Can we add {f} {l} to the agenda for the MACE meeting",
    "Neighbour reported {f} playing alone on the street at 11pm",
    "Occurrence: DA incident at the home of {g} {h}; {f} present",
    "YOT worker met {f} {l} at the police station after arrest",
    "{f} told the school nurse about being scared of {g}",
    "Re the {l} family: section 47 started this morning",
    "Hospital flagged {f} {l} after a spiral fracture at 9 months",
    "Health visitor could not get access — {g} {h} refused",
    "Child in need plan for {F} agreed; next review in 3 months",
    "Worried about {f}: weight dropping, {g} missing health appointments",
    "Supervised contact between {f} and {g} {h} stopped after the last visit",
    "{f} {l}'s older cousin {k} is suspected of exploiting {f}",
    "Please don't share this with {g}, who is not aware of the referral about {f}",
    "Discussed {f} {l} at the MARAC; risk rated high",
)
NAME_LOWER = (
    "called {fl} {ll}'s mum back, no answer",
    "visit to {fl} tmrw am",
    "{fl} {ll} not in school again",
    "fyi {gl} has moved in with {fl} and the kids",
    "can u check if {fl} {ll} has a cp plan",
    "{fl} seemed withdrawn today, will chat to dsl",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{f} {li}.",
    "{i}. {l}",
    "{F} {L}",
    "{fl} {ll}",
    "{l}, {f}",
    "{f} {l} (pseudonym)",
    "Child {f}",
    "{f} and {k}",
    "{l} siblings",
)
SIGN_OFF = (
    "Please ring me back when you can.\n\nThanks, {g} ({f}'s parent)",
    "I dont want {f} going back there\n{g} {h} - grandparent",
    "Sorry for the late reply.\n\n{f} {l}",
    "can you tell the social worker I said no\n- {f}",
    "Thank you for the support last week.\n\nKind regards\n{g} {h}\n(dad of {f})",
    "Best wishes,\n{g} (foster carer for {f})",
    "Message from {f}'s aunt: please call.\n{g} {h}",
)
SCRIPT_TEXT = (
    "Interpreter booked for {f} {l}'s mother",
    "Name on the referral: {l} {f}",
    "{f} ({l}) did not attend the appointment",
    "Family surname {l}; child {f}",
)
#: British short forms and pet names, and the name each stands for.
NICKNAMES = (
    ("Bex", "Rebecca"),
    ("Alfie", "Alfred"),
    ("Kaz", "Karen"),
    ("Gaz", "Gareth"),
    ("Stevie", "Stephanie"),
    ("Jonno", "Jonathan"),
    ("Wilf", "Wilfred"),
    ("Nell", "Eleanor"),
    ("Tash", "Natasha"),
    ("Fliss", "Felicity"),
    ("Robbo", "Robert"),
    ("Mags", "Margaret"),
    ("Benji", "Benjamin"),
    ("Cally", "Caroline"),
    ("Jez", "Jeremy"),
)
NICKNAME_TEXT = (
    "{n} ({full}) was seen at the drop-in with a cut lip",
    "Family call the child {n}; teacher says {n} is often tired",
    "little {n} was crying at pick-up",
    "{n} {l} missed a dental appointment",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "{n} {li}", "'{n}'")
DOB_TEXT = (
    "DOB {dob}",
    "born {dob}",
    "d.o.b. {dob}, lives with maternal grandmother",
    "Child's date of birth: {dob}",
    "{f}, born {dob}, is on a child protection plan",
    "Baby delivered {dob} at 34 weeks",
    "dob {dob}",
)
PHONE_TEXT = (
    "Mum's mobile is {ph}",
    "call the family on {ph}",
    "Grandad can be reached on {ph} after 6",
    "tel: {ph}",
    "{g} {h} - {ph}",
)
NHS_TEXT = (
    "NHS no {nhs}",
    "NHS number: {nhs}",
    "nhs {nhs} (baby)",
    "Child's NHS number is {nhs}",
)
NI_TEXT = ("Mum's NI number {ni}", "NINO: {ni}", "ni {nil}", "Dad's National Insurance no. {ni}")
ADDRESS_TEXT = (
    "Family live at {a}, {town}",
    "new address: {flat}, {a}",
    "went to {al} but nobody in",
    "{f} is staying at {a} with an aunt",
    "Visited the home ({a}) at 4pm",
    "Police called to {a} twice this week",
)
POSTCODE_TEXT = (
    "postcode {pc}",
    "family moved to {pc}",
    "{a}, {town} {pc}",
    "Home: {pc}",
)
SCHOOL_TEXT = (
    "{f} is in Year {yr} at {school}",
    "DSL at {school} made the referral",
    "attends {schl}",
    "{school} reports 61% attendance this term",
    "Moved from {school} in September",
)
RECORD_TEXT = (
    "{sys} ID {num}",
    "Mosaic number {num}",
    "PNC {pnc}",
    "UPN {upn}",
    "crime ref {crime}",
    "hospital no. {hosp}",
)
VEHICLE_TEXT = (
    "Mum's boyfriend drives a silver Corsa, reg {reg}",
    "car seen outside the house: {regl}",
    "Vehicle {reg} linked to the address",
)
EMAIL_TEXT = ("{e}", "email the mother at {e}", "Dad's email: {e}", "contact the aunt on {e}")
HANDLE_TEXT = (
    "Her Snapchat is {hd}",
    "the child's insta handle is @{hd}",
    "TikTok account {hd} posted the video",
)
PSEUDONYM_REVEALING = (
    "Child {j} (aged {age})",
    "{j}{j2}, {age}yo",
    "Baby {j}, {months} months",
    "Child {j} - {school}",
    "{j}{j2} Year {yr}",
    "Child {j}, {a}",
    "{j}.{j2}. {pc}",
    "Child {j} b. {year}",
    "Baby of {g}",
    "{f} {j}",
    "Child {j} ({f})",
    "{j}{j2} DOB {dob}",
)


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    latin = [loc for loc in people if loc not in NATIVE_SCRIPT and len(people[loc]) > 2]
    native = [loc for loc in people if loc in NATIVE_SCRIPT and len(people[loc]) > 2]
    out: list[Sample] = []

    def person(locale: str) -> dict[str, str]:
        (first, last), (other, other_last), (third, _) = rng.sample(people[locale], 3)
        street = f"{rng.randint(2, 140)} {rng.choice(STREETS)} {rng.choice(STREET_KINDS)}"
        school = rng.choice(SCHOOLS)
        ni = _ni(rng)
        reg = _reg(rng)
        mail = f"{_ascii(other)}.{_ascii(other_last)}{rng.choice(('', '1', '84', '_'))}"
        initials = rng.sample("ABCDEFGHJKLMNPRSTVW", 2)
        return _birth(rng) | {
            "f": first,
            "l": last,
            "F": first.upper(),
            "L": last.upper(),
            "fl": _lower(first),
            "ll": _lower(last),
            "i": first[0],
            "li": last[0],
            "g": other,
            "h": other_last,
            "gl": _lower(other),
            "k": third,
            "j": initials[0],
            "j2": initials[1],
            "a": street,
            "al": street.lower(),
            "flat": rng.choice(FLATS),
            "town": rng.choice(TOWNS),
            "pc": _postcode(rng),
            "ph": _phone(rng),
            "nhs": _nhs(rng),
            "ni": ni,
            "nil": ni.lower(),
            "reg": reg,
            "regl": reg.lower(),
            "school": school,
            "schl": school.lower(),
            "yr": str(rng.randint(1, 11)),
            "sys": rng.choice(SYSTEMS),
            "num": str(rng.randint(1000000, 9999999)),
            "pnc": f"{rng.randint(5, 25):02d}/{rng.randint(100000, 999999)}{rng.choice('BCDFH')}",
            "upn": rng.choice("HKMPT") + "".join(str(rng.randint(0, 9)) for _ in range(12)),
            "crime": f"{rng.choice('CDGK')}{rng.randint(10000, 99999)}/{rng.randint(25, 26)}",
            "hosp": f"RX{rng.randint(100000, 999999)}",
            "e": f"{mail.rstrip('_')}@{rng.choice(EMAIL_DOMAINS)}",
            "hd": f"{_ascii(first)}{rng.choice(('_', '.', 'x', ''))}{rng.randint(1, 99)}",
        }

    def add(category: str, field: str, template: str, locale: str, extra: dict[str, str]) -> None:
        named = re.search(r"\{(f|l|g|h|k|F|L|fl|ll|gl|e|hd)\}", template)
        source = f"mimesis-{locale}" if named or category.startswith("name") else "hand"
        out.append(Sample(category, field, _fill(template, person(locale) | extra), True, source))

    plan: tuple[tuple[str, str, tuple[str, ...], int], ...] = (
        ("name_text", "text", NAME_TEXT, 120),
        ("name_lower_case", "text", NAME_LOWER, 30),
        ("name_pseudonym", "pseudonym", NAME_PSEUDONYM, 64),
        ("name_sign_off", "text", SIGN_OFF, 28),
        ("date_of_birth", "text", DOB_TEXT, 28),
        ("phone", "text", PHONE_TEXT, 24),
        ("nhs_number", "text", NHS_TEXT, 20),
        ("ni_number", "text", NI_TEXT, 12),
        ("address", "text", ADDRESS_TEXT, 22),
        ("postcode", "text", POSTCODE_TEXT, 16),
        ("school", "text", SCHOOL_TEXT, 20),
        ("record_number", "text", RECORD_TEXT, 18),
        ("vehicle", "text", VEHICLE_TEXT, 9),
        ("email", "text", EMAIL_TEXT, 12),
        ("handle", "text", HANDLE_TEXT, 9),
        ("pseudonym_revealing", "pseudonym", PSEUDONYM_REVEALING, 48),
    )
    for category, field, templates, count in plan:
        for n in range(count):
            add(category, field, templates[n % len(templates)], latin[n % len(latin)], {})
    for n in range(36):
        field = "pseudonym" if n % 3 == 0 else "text"
        template = "{f} {l}" if field == "pseudonym" else SCRIPT_TEXT[n % len(SCRIPT_TEXT)]
        add("name_native_script", field, template, native[n % len(native)], {})
    for n in range(30):
        nick, full = NICKNAMES[n % len(NICKNAMES)]
        field = "text" if n % 2 else "pseudonym"
        forms = NICKNAME_TEXT if field == "text" else NICKNAME_PSEUDONYM
        values = person(latin[n % len(latin)]) | {"n": nick, "full": full}
        text = _fill(forms[n // 2 % len(forms)], values)
        out.append(Sample("nickname", field, text, True, "hand-nicknames"))
    return out


# --- benign -------------------------------------------------------------------------------

AREAS = ("Eastmere", "Northcombe", "Fallowshire", "Kettlewick", "Upper Lyddon")
AGENCIES = (
    "children's social care",
    "the police",
    "the ICB",
    "the ambulance trust",
    "the acute trust",
    "the community health trust",
    "probation",
    "the youth justice service",
    "education",
    "early help",
    "the mental health trust",
    "housing",
    "the designated nurse's team",
    "CAMHS",
)
ROLES = (
    "partnership manager",
    "review officer",
    "business support officer",
    "designated nurse",
    "designated doctor",
    "detective inspector, public protection",
    "head of safeguarding (ICB)",
    "assistant director, children's services",
    "principal social worker",
    "named GP",
    "independent reviewer",
    "education safeguarding lead",
    "learning and development officer",
    "independent scrutineer",
)
LAWS = (
    "section 16C of the Children Act 2004",
    "Working Together to Safeguard Children 2023",
    "regulation 11 of SI 2018/789",
    "the Panel's rapid review guidance",
    "section 47 of the Children Act 1989",
)
RR_REFS = ("RR-26-031", "RR 2026-17", "RR/27/003", "RR26-08")
LR_REFS = ("LCSPR/2026/04", "CSPR 26/09", "PLR-27-02", "LCSPR 27-01")
VENUES = (
    "Committee Room 2, County Hall",
    "Microsoft Teams",
    "the training suite at Kettlewick fire station",
    "the Eastmere Civic Centre, first floor",
    "Northcombe library meeting room",
)
CHOSEN = ("Bramble", "Pebble", "Otter", "Teasel", "Sandpiper", "Quartz", "Cobble", "Saltmarsh")
PSEUDONYM_WORDS = ("Child", "Baby", "Sibling", "Young Person", "Infant")
INITIALS = "ABCDEFGHJKLMNPQRSTVWXZ"
TIMES = ("09:30", "10.00", "1.30pm", "14:00", "3pm", "11:15")
RAG = ("Green", "Amber", "Red", "Blue (complete)", "amber", "GREEN")

BENIGN = {
    "scoping_email": (
        "Dear colleagues, the rapid review for {rr} has started. Please send your agency "
        "summary to the business unit by {date}.",
        "Scoping for {rr}: the period under review runs from the start of the pregnancy to "
        "the date of the incident. Please confirm your agency's involvement by {date}.",
        "Could {ag} nominate an author for the agency summary? We need the name of the role "
        "holder, not the practitioner involved, by {date}.",
        "Reminder: agency summaries for {rr} are due {date}. Use the Panel template and keep "
        "to the key practice episodes.",
        "The notification for {rr} went to the Panel on {date}, so the rapid review is due "
        "15 working days later.",
        "The business unit will draft the scoping in-house this time; the reviewer joins "
        "from the agency summaries on.",
        "Thanks all. We have summaries from {ag} and {ag2}; still waiting on the others.",
    ),
    "terms_of_reference": (
        "Terms of reference, {lr}: the review will consider how {ag} and {ag2} shared "
        "information and whether escalation routes were used.",
        "The independent reviewer will report to the LCSPR subgroup and present the draft "
        "to the three safeguarding partners.",
        "Scope: multi-agency practice in the twelve months before the incident, including "
        "how culture and disability may have shaped the response.",
        "Methodology: agency reports, a practitioner learning event and an invitation to "
        "the family to contribute.",
        "The review panel is chaired by the {role} and meets monthly until publication.",
        "Out of scope: matters for the criminal investigation and the coroner.",
        "Key lines of enquiry agreed by the partners under {law}.",
    ),
    "chronology": (
        "{date} | {Ag} | Strategy discussion held; section 47 enquiry agreed.",
        "{date} | {Ag} | Referral received and screened at the front door.",
        "{date} | {Ag} | Initial child protection conference; plan under neglect.",
        "{date} — {Ag}: welfare check completed, no concerns recorded.",
        "{date} — {Ag}: information shared with {ag2} the same day.",
        "{date}: {Ag} attended the core group; actions updated.",
    ),
    "strategy_minutes": (
        "Strategy discussion, {ref}. Present: {role} (chair), {role2}, a representative of "
        "{ag}. Apologies: {ag2}.",
        "Attendees: {role}, {role2}, review officer. Minutes taken by business support.",
        "Outcome: threshold for section 47 met; {ag} to lead, {ag2} to share records by {date}.",
        "The chair reminded attendees that the meeting is about practice, not blame.",
    ),
    "learning_event": (
        "You are invited to a practitioner learning event for {ref} on {date}, {time}, at {venue}.",
        "Save the date: a short 7-minute briefing on neglect and dental health, {date}, {venue}.",
        "Places are limited to two per agency. Please book through the partnership website "
        "by {date}.",
        "The learning event will be facilitated by the {role}; lunch is not provided.",
        "Slides and the briefing note from the {date} event are now on the partnership site.",
    ),
    "action_plan": (
        "Action 3 ({ag}): refresh the escalation policy. RAG: {rag}. Evidence due {date}.",
        "Recommendation 2: {ag} to audit the use of interpreters. Status {rag}; owner the {role}.",
        "Action plan update for {ref}: 6 actions, 4 green, 2 amber. Next review {date}.",
        "Action 5 closed ({rag}); evidence: audit report presented to the subgroup.",
        "{Ag} has asked for an extension on action 1 to {date}.",
    ),
    "panel_correspondence": (
        "The Panel has responded to the rapid review for {rr} and agrees with the decision "
        "to commission a local review.",
        "Letter to the Panel: publication of {lr} is delayed by criminal proceedings; we "
        "will write again by {date}.",
        "The Panel asked for more detail on how {ag} and {ag2} worked together.",
        "The final report for {lr} will be sent to the Panel and the Secretary of State 7 "
        "working days before publication.",
        "We have told the Panel that the partners decided no further review, with the "
        "rationale shared with the family.",
    ),
    "slack": (
        "has anyone got the RR template? the new one with the protected characteristics bit",
        "agency summary from {ag} just landed :tada:",
        "{ref} sign-off: waiting on the ICB, police signed this morning",
        "can we move the review meeting to {date}? clashes with the MASH audit",
        "reminder the partners' meeting is at {time} tomorrow",
        "just chased {ag2} again for their summary",
        "{pseud} case: chronology merged, 48 entries",
    ),
    "text_with_pseudonym": (
        "Rapid review for {pseud}: agency summaries due {date}.",
        "The learning from the review about {pseud} will go into a 7-minute briefing.",
        "{pseud}: the partners agreed a local review is not needed.",
        "Please use {pseud} in all correspondence about {ref}.",
    ),
}
MINUTE_LINES = (
    "Welcome and apologies: apologies from {ag}.",
    "Minutes of the last meeting agreed as accurate.",
    "Rapid review {rr}: summaries from {ag} and {ag2} received; meeting set for {date}.",
    "Local review {lr}: the independent reviewer shared a first draft; comments by {date}.",
    "Panel response to {ref} received and noted.",
    "Action plan: two actions amber, owners to update before {date}.",
    "Learning event held on {date}; 31 practitioners attended.",
    "Publication of {lr} paused pending the inquest.",
    "The {role} will brief the executive on themes from recent reviews.",
    "AOB: the {role2} asked for the data dashboard to include neglect cases.",
    "Date of next meeting: {date}, {time}, {venue}.",
)
SIGN_OFFS = (
    "Kind regards\nPartnership Manager\n{area} Safeguarding Children Partnership",
    "Thanks,\nReview Officer, {area} LSCP",
    "Best wishes\nBusiness Unit, {area} Safeguarding Children Partnership",
    "Many thanks\nThe {Role}, on behalf of the partners",
    "Regards,\n{area} LSCP business support",
)


def _when(rng: random.Random) -> str:
    year, month, day = rng.randint(2026, 2027), rng.randint(1, 12), rng.randint(1, 28)
    month_word = ("January", "February", "March", "April", "May", "June", "July", "August")
    month_word += ("September", "October", "November", "December")
    return rng.choice(
        (
            f"{day:02d}/{month:02d}/{year}",
            f"{day} {month_word[month - 1]} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day} {month_word[month - 1]}",
            f"{('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday')[day % 5]} {day}/{month}",
        )
    )


def _benign_pseudonym(rng: random.Random, n: int) -> str:
    word = PSEUDONYM_WORDS[n % len(PSEUDONYM_WORDS)]
    first, second = rng.sample(INITIALS, 2)
    forms = (
        f"{word} {first}",
        f"{first}{second}",
        f"{first}.{second}.",
        f"{word} {rng.choice(CHOSEN)}",
        rng.choice(CHOSEN),
        f"{word} {first}{second}",
        f"{word}ren {first} and {second}" if word == "Child" else f"{word} {first} and {second}",
    )
    return forms[n % len(forms)]


def _benign(rng: random.Random) -> list[Sample]:
    def filled(template: str, n: int) -> str:
        agency, agency2 = rng.sample(AGENCIES, 2)
        role, role2 = rng.sample(ROLES, 2)
        values = {
            "ag": agency,
            "ag2": agency2,
            "Ag": agency[0].upper() + agency[1:],
            "role": role,
            "role2": role2,
            "Role": role,
            "law": rng.choice(LAWS),
            "ref": rng.choice(RR_REFS + LR_REFS),
            "rr": rng.choice(RR_REFS),
            "lr": rng.choice(LR_REFS),
            "date": _when(rng),
            "time": rng.choice(TIMES),
            "venue": rng.choice(VENUES),
            "rag": rng.choice(RAG),
            "area": rng.choice(AREAS),
            "pseud": _benign_pseudonym(rng, n),
        }
        return _fill(template, values)

    out: list[Sample] = []
    for register, templates in BENIGN.items():
        for template in templates:
            for n in range(10 if "{" in template else 1):
                sample = Sample(register, "text", filled(template, n), False, f"hand-{register}")
                out.append(sample)
    for n in range(60):
        lines = [filled(line, n) for line in rng.sample(MINUTE_LINES, rng.randint(3, 6))]
        text = "Partnership meeting minutes\n" + "\n".join(
            f"{i}. {line[0].upper()}{line[1:]}" for i, line in enumerate(lines, 1)
        )
        out.append(Sample("minutes", "text", text, False, "hand-minutes"))
    bodies = [t for templates in BENIGN.values() for t in templates]
    for n in range(60):
        body = filled(bodies[n * 5 % len(bodies)], n)
        sign = filled(SIGN_OFFS[n % len(SIGN_OFFS)], n)
        out.append(Sample("message_with_sign_off", "text", f"{body}\n\n{sign}", False, "hand"))
    for n in range(140):
        out.append(Sample("pseudonym", "pseudonym", _benign_pseudonym(rng, n), False, "hand"))
    return out


def samples() -> list[Sample]:
    """The whole corpus, identifying then benign, the same on every run."""
    rng = random.Random("ninth-corpus-24")
    benign = _unique(_benign(rng))
    return _unique(_identifying(rng, _people(benign_words(benign)))) + benign


if __name__ == "__main__":
    regenerate_names()
