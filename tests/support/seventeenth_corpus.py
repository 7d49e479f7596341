"""A seventeenth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``seventeenth_names.json``, a seeded snapshot of female and male first name and
  surname pairs from two sources (``DRAWN``):

  - mimesis 22.2.0 (MIT licence; 22.2.0 is also the newest release), the locales neither the
    fifth nor the ninth drew. mimesis 22.2.0 has 48 locales and those two corpora drew 44 of
    them, so only four are left, not the twelve asked for: the Arabic of the United Arab
    Emirates, Kuwait, Qatar and Tunisia (``ar-ae``, ``ar-kw``, ``ar-qa``, ``ar-tn``), each
    seeded ``seventeenth-<locale>``. Their names are in Arabic script without vowels, which
    no automatic transliteration turns into names as an English case file writes them
    (anyascii gives "lyla" for Layla), so they are romanised by hand (``ROMAN``): the usual
    English spelling of each name, the Gulf family names with "Al-" as a hyphened prefix
    (the "Al" of the Qatari and Emirati tables, and the article, written once), the
    Tunisian ones in the French-based spelling Tunisians use, without the article
    (Zouaoui, Mezghani). A compound such as "Abd al-Fattah" is written as one word
    (Abdulfattah). A drawn name with no entry in ``ROMAN`` (the ruling families' names,
    spellings I could not place) is passed over.
  - names-dataset 3.3.1 (Apache-2.0, Philippe Remy's frequency tables per country), ranks
    3000 to 4999 (``RANKS``) of four tables, which no corpus drew at those ranks (the eighth
    drew 100-599, the tenth 600-1499, the others 100-1499): India, Nigeria, Ghana and the
    Philippines, countries many families in England come from. The draw is the tenth's
    (``draw_names``, seed ``seventeenth-<country>``: one capitalised word of plain letters,
    three or more, no first name that is also in the surname table); entries read by hand
    in the draw as words, places, typos or not a person's name are left out
    (``NOT_NAMES``).

  Any name in an earlier snapshot (``EARLIER``: the fourth to the fifteenth, and the
  sixteenth's when it is there) or drawn for another source is skipped, the part after an
  "Al-" too, so every name is new to the corpora and appears once. Neither package is a
  dependency; regenerate with ``uv run --with mimesis==22.2.0 --with names-dataset==3.3.1
  python -m tests.support.seventeenth_corpus``; the corpus itself reads the JSON only.
- Nicknames: British pet names and short forms, written by hand for this corpus, none in an
  earlier corpus file (``NICKNAMES``).
- Identifying templates, written fresh by hand: names in notes (the dental nurse, a
  mosque's madrassah teacher, the food bank, a taxi marshal, a Brownies leader...), in
  lower case and in sign-offs by a child, a parent or a relative; names and give-away
  details in pseudonyms; dates of birth in eight typed forms; addresses on invented streets
  (``STREETS``) in real towns; postcodes; phone, NHS and NI numbers; invented schools
  (``SCHOOLS``); email addresses; written out by the thirteenth's ``identifying_written``,
  as many of each category as its ``MIX`` says.
- Benign text, written fresh by hand (``BENIGN``: 152 templates, ``_uses`` fills each at
  most three times), about the later part of a review and the partnership's own work:
  notes on the national Panel's response, local review (LCSPR) progress, terms of
  reference, commissioning a reviewer, publication notes, the anonymised summaries a
  partnership publishes (by role and age band), learning briefings, improvement actions
  and their progress, annual report prose and yearly figures, audit findings, minutes,
  emails signed by role and organisation, chronology lines, learning-event and training
  notices with dates, times, rooms and venues, and Slack-style lines. It is set in twelve
  real partnership areas of England (``AREAS``) that no earlier corpus used: Hackney,
  Ealing, Rochdale, Trafford, Solihull, Warwickshire, Leicestershire, Buckinghamshire, East
  Sussex, Torbay, Stockton-on-Tees and North Yorkshire, with their real partners (the
  council or children's trust, the police force, the NHS trusts, the integrated care board,
  the ambulance service), real civic venues, never a person's address, and each
  partnership by the name it uses (``SCP``: City and Hackney, Trafford Strategic
  Safeguarding Partnership, Warwickshire Safeguarding, Hartlepool and Stockton-on-Tees...).
  People are named only by role.
- Identifiers are fictional (the tenth corpus's ``person_values``, imported): Ofcom drama
  phone numbers, NHS numbers in the 999 range with a valid check digit, QQ National
  Insurance numbers, example.* emails, and postcodes of a valid shape in areas no Royal Mail
  postcode uses. An identifying sample's ``source`` is ``mimesis-<locale>`` or
  ``names-dataset-<country>`` when it names someone, ``hand-nicknames`` for a nickname, and
  ``hand`` otherwise.
- Benign pseudonyms follow DOMAIN.md strictly, written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials alone or after a word such as "Child"
  (``PSEUDONYM_WORDS``), or a chosen word that is not a forename (``CHOSEN``).

A drawn name that is also a word of the benign text is dropped (``assembled``; here the
Nigerian surname Uti, which a chronology line has as a UTI). No sample was changed after
seeing what the guard does with it.
"""

from __future__ import annotations

import dataclasses
import importlib
import itertools
import json
import random
from functools import partial
from pathlib import Path

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
from tests.support.thirteenth_corpus import Kin, Nicknames, identifying_written, mixed

SEEN = ""
NAMES_FILE = Path(__file__).with_name("seventeenth_names.json")
MIMESIS_VERSION = "22.2.0"
DATASET_VERSION = "3.3.1"
RANKS = (3000, 5000)
#: The snapshots whose names are skipped: every earlier one (the sixteenth's when present).
EARLIER = tuple(f"{n}_names.json" for n in ("fourth", "fifth", "sixth", "seventh", "eighth"))
EARLIER += tuple(f"{n}_names.json" for n in ("ninth", "tenth", "eleventh", "twelfth"))
EARLIER += tuple(f"{n}_names.json" for n in ("thirteenth", "fourteenth", "fifteenth"))
EARLIER += ("sixteenth_names.json",)

#: The mimesis locales neither the fifth nor the ninth drew (romanised by hand, ``-latn``).
MIMESIS_DRAWN = (("ar-ae-latn", 6), ("ar-kw-latn", 6), ("ar-qa-latn", 6), ("ar-tn-latn", 6))
#: names-dataset tables drawn at ``RANKS``.
DATASET_DRAWN = (("IN", 8), ("NG", 8), ("GH", 8), ("PH", 8))
DRAWN = MIMESIS_DRAWN + DATASET_DRAWN
ROMANISED: tuple[str, ...] = ()
ASCII_ONLY = frozenset(c for c, _ in DATASET_DRAWN)
#: Entries of the tables read by hand in the draw as words, places, typos or not names.
NOT_NAMES = frozenset(
    {
        *("Krn", "Rams", "Clever", "Lord", "Kups", "Secretario", "Ydlaz", "Uoliram", "Rrj"),
        *("Akcire", "Yhan", "Necesito", "Pique", "Sabbath", "Efay", "Iam", "Tera", "Wasco"),
        *("Tsyom", "Huudi", "Hush", "Radiant", "Bunch", "Zednanreh", "Rhanz", "Yanskie"),
        *("Reings", "Kingston", "Sagasty", "Macbeth", "Pedy"),
    }
)

#: The hand romanisation of the Arabic names mimesis gives, as an English file spells them.
ROMAN = {
    # first names
    **{"مايا": "Maya", "زيد": "Zaid", "أميرة": "Amira", "سامر": "Samer", "مرام": "Maram"},
    **{"علاء": "Alaa", "يسرى": "Yusra", "عزيز": "Aziz", "نادية": "Nadia", "عمر": "Omar"},
    **{"خديجة": "Khadija", "ليلى": "Layla", "زكريا": "Zakaria", "بشرى": "Bushra"},
    **{"وسيم": "Wassim", "صباح": "Sabah", "هبة": "Hiba", "أكرم": "Akram", "جنى": "Jana"},
    **{"خليل": "Khalil", "أسماء": "Asma", "عبد الفتاح": "Abdulfattah", "ريم": "Reem"},
    **{"فاطمة": "Fatima", "عبد المجيد": "Abdulmajid", "مالك": "Malik", "ياسمين": "Yasmin"},
    **{"سيف": "Saif", "كريم": "Karim", "سهى": "Suha", "بلال": "Bilal", "زهراء": "Zahraa"},
    **{"حنان": "Hanan", "حليم": "Halim", "نادين": "Nadine", "ضياء الدين": "Diaeddine"},
    **{"عبد المحسن": "Abdulmohsen", "فلة": "Fella", "رشيد": "Rachid", "نوال": "Nawal"},
    **{"ريان": "Rayan", "ريهام": "Riham", "مفدي": "Moufdi", "لتيسيا": "Laetitia"},
    **{"عبد المالك": "Abdelmalek", "عيشة": "Aicha", "أسيل": "Aseel", "أنيس": "Anis"},
    **{"إياد": "Iyad", "ابتسام": "Ibtisam", "جواد": "Jawad", "رفيدة": "Rufaida"},
    **{"رميساء": "Rumaisa", "رندة": "Randa", "سفيان": "Sufyan", "سيرين": "Sirine"},
    **{"صهيب": "Suhaib", "فريال": "Feryal", "كوثر": "Kawthar", "لمياء": "Lamia"},
    **{"منجد": "Munjid", "ميساء": "Maysa", "نجوى": "Najwa", "نورهان": "Nourhan"},
    **{"هديل": "Hadeel", "وصال": "Wisal", "وائل": "Wael", "باسم": "Basim", "رحاب": "Rehab"},
    **{"ليث": "Laith", "يزيد": "Yazid", "نادر": "Nader", "بثينة": "Bouthaina"},
    **{"بلقيس": "Balkis", "حسينة": "Hassina", "حفيظة": "Hafidha", "خولة": "Khawla"},
    **{"رشيدة": "Rachida", "زبيدة": "Zoubaida", "سمير": "Samir", "شهيرة": "Chahira"},
    **{"صبيحة": "Sabiha", "فضيلة": "Fadhila", "منيرة": "Mounira", "نعيمة": "Naima"},
    **{"نصيرة": "Nassira", "ياسين": "Yassine", "يانيس": "Yanis", "فاروق": "Farouk"},
    **{"عامر": "Amer", "إيهاب": "Ihab"},
    # family names of the Gulf tables
    **{"ال الحوسني": "Al-Hosani", "ال المهيري": "Al-Mheiri", "ال النعيمي": "Al-Nuaimi"},
    **{"ال الصريدي": "Al-Suraidi", "ال العوضي": "Al-Awadhi", "ال الطنيجي": "Al-Tunaiji"},
    **{"ال الزرعوني": "Al-Zarooni", "ال الشرقي": "Al-Sharqi", "ال الجنيبي": "Al-Junaibi"},
    **{"ال الشامسي": "Al-Shamsi", "ال القطان": "Al-Qattan", "المبارك": "Al-Mubarak"},
    **{"المطوع": "Al-Mutawa", "النجار": "Al-Najjar", "الصايغ": "Al-Sayegh"},
    **{"الجاسم": "Al-Jassim", "الصالحين": "Al-Salheen", "العبيد": "Al-Obaid"},
    **{"الحمود": "Al-Hamoud", "الحسني": "Al-Hasani", "الزعبي": "Al-Zoubi"},
    **{"العطية": "Al-Attiyah", "المزيني": "Al-Muzaini", "الشمس": "Al-Shams"},
    **{"آل المعلم": "Al-Moallem", "آل الجابري": "Al-Jabri", "آل الغامدي": "Al-Ghamdi"},
    **{"آل الطريفي": "Al-Turaifi", "آل العيسى": "Al-Eisa", "آل البقمي": "Al-Buqami"},
    **{"آل البنا": "Al-Banna", "آل العنزي": "Al-Anazi", "آل التميمي": "Al-Tamimi"},
    **{"آل زين": "Al-Zain", "آل الفارس": "Al-Fares", "ال البلوشي": "Al-Balushi"},
    **{"ال الحمادي": "Al-Hammadi", "ال الخاطري": "Al-Khatri", "ال الدرمكي": "Al-Darmaki"},
    **{"ال الرميثي": "Al-Romaithi", "ال الزعابي": "Al-Zaabi", "ال الزيودي": "Al-Zyoudi"},
    **{"ال السويدي": "Al-Suwaidi", "ال الشحي": "Al-Shehhi", "ال الظاهري": "Al-Dhaheri"},
    **{"ال الفلاسي": "Al-Falasi", "ال القبيسي": "Al-Qubaisi", "ال الكعبي": "Al-Kaabi"},
    **{"ال المزروعي": "Al-Mazrouei", "ال المنصوري": "Al-Mansoori", "ال الهاملي": "Al-Hameli"},
    **{"البغلي": "Al-Baghli", "الدبوس": "Al-Dabbous", "الدخيل": "Al-Dakheel"},
    **{"الدوسري": "Al-Dosari", "الشعيبي": "Al-Shuaibi", "العدواني": "Al-Adwani"},
    **{"الفضلي": "Al-Fadhli", "الفليج": "Al-Fulaij", "القطامي": "Al-Qatami"},
    **{"الكندري": "Al-Kandari", "المطيري": "Al-Mutairi", "المرزوق": "Al-Marzouq"},
    **{"العليان": "Al-Olayan", "الحمدان": "Al-Hamdan", "البهبهاني": "Behbehani"},
    **{"آل الرميحي": "Al-Rumaihi", "آل الشمري": "Al-Shammari", "آل الكواري": "Al-Kuwari"},
    **{"آل المعاضيد": "Al-Maadeed", "آل المفلح": "Al-Mufleh", "آل النمري": "Al-Nimri"},
    **{"آل الهزاع": "Al-Hazza", "آل الجراحي": "Al-Jarrahi", "آل الدرويش": "Al-Darwish"},
    **{"آل الخطيب": "Al-Khatib", "آل الفهيد": "Al-Fuhaid"},
    # family names of the Tunisian table, as Tunisians spell them
    **{"الزواوي": "Zouaoui", "الطاهر": "Taher", "الشمام": "Chemmam", "المزغني": "Mezghani"},
    **{"الجنيدي": "Jneidi", "العرابي": "Laarabi", "الشواشي": "Chouachi", "الجملي": "Jemli"},
    **{"الزهروني": "Zahrouni", "الطويل": "Touil", "العياري": "Ayari", "الملولي": "Mellouli"},
    **{"المرزوقي": "Marzouki", "الشرفي": "Charfi", "الزريبي": "Zribi", "الزواري": "Zouari"},
    **{"الحناشي": "Hannachi", "الحمامي": "Hammami", "الحمروني": "Hamrouni"},
    **{"البرهومي": "Barhoumi", "الزغدود": "Zaghdoud", "الباجي": "Beji"},
}


def _words(name: str) -> set[str]:
    """A name's words as the earlier snapshots are checked: whole, and after an "Al-"."""
    folded = name.casefold()
    return {folded, folded.removeprefix("al-")}


def _draw_mimesis(used: set[str]) -> dict[str, list[list[str]]]:
    mimesis = importlib.import_module("mimesis")
    people: dict[str, list[list[str]]] = {}
    for source, count in MIMESIS_DRAWN:
        locale = source.removesuffix("-latn")
        person = mimesis.Person(mimesis.Locale(locale), seed=f"seventeenth-{locale}")
        drawn: list[list[str]] = []
        for _ in range(count * 100):
            gender = (mimesis.Gender.FEMALE, mimesis.Gender.MALE)[len(drawn) % 2]
            native = (person.first_name(gender=gender), person.last_name(gender=gender))
            pair = [ROMAN.get(n, "") for n in native]
            words = _words(pair[0]) | _words(pair[1])
            if all(pair) and not words & used:
                drawn.append(pair)
                used |= words
            if len(drawn) == count:
                break
        people[source] = drawn
    return people


def regenerate_names() -> None:
    """Draw the names afresh (names-dataset first, then mimesis; both importable only here)
    and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    usable = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
    draw_names(DATASET_DRAWN, RANKS, present, "seventeenth", usable, NAMES_FILE)
    tables = json.loads(NAMES_FILE.read_text(encoding="utf-8"))["people"]
    used = _earlier_names(present) | {w.casefold() for ps in tables.values() for p in ps for w in p}
    people = _draw_mimesis(used) | tables
    rows = ",\n".join(
        f"{json.dumps(k)}: {json.dumps(v, ensure_ascii=False)}" for k, v in people.items()
    )
    about = {
        "source": f"mimesis {MIMESIS_VERSION} (MIT), romanised by hand; "
        f"names-dataset {DATASET_VERSION} (Apache-2.0)",
        "ranks": f"{RANKS[0]}-{RANKS[1] - 1}",
        "seed": "seventeenth-<locale or country>",
    }
    NAMES_FILE.write_text(f'{json.dumps(about)[:-1]}, "people": {{\n{rows}\n}}}}\n', "utf-8")


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Quillet Road", "Hobnail Lane", "Candlewick Close", "Sallowmead Drive", "Weir Cut")
STREETS += ("Pargeter's Row", "Thimbleby Crescent", "Kestrelgate Way", "Old Dyehouse Yard")
TOWNS = ("Dalston", "Southall", "Heywood", "Stretford", "Shirley", "Nuneaton", "Hinckley")
TOWNS += ("Aylesbury", "Hastings", "Paignton", "Thornaby", "Scarborough")
SCHOOLS = (
    "Quillet Road Primary School",
    "Hobnail Lane Junior School",
    "St Ethelburga's Catholic Primary",
    "Sallowmead Academy",
    "Candlewick Infant and Nursery School",
    "Kestrelgate Church of England Academy",
    "Thimbleby Park High School",
    "Weir Cut Pupil Referral Unit",
)
SCHOOL_SHORT = ("Quillet Road", "Hobnail Lane", "St Ethelburga's", "Sallowmead", "Kestrelgate")
RELATIVES = ("nana", "grandad", "auntie", "step-mum", "older cousin", "great-nan", "uncle")
RELATIVES += ("half-sister",)
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{dd}/{mm}/{y}", "{y}-{mm}-{dd}", "{d} {mon} {y}", "{d}{th} {mo} {yy}")
BIRTH_FORMS += ("{mm}/{dd}/{y}", "{d}-{mo}-{y}", "{dd}.{mm}.{yy}", "{mon} {d}{th} {y}")
WHEN_FORMS = ("{d} {mon} {y}", "{wd} {d} {mon}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{d} {mo} {y}",)

#: Children born from 2010 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2010, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# person_values' fields (see the tenth corpus): {f} {l} the child (also {F} {L}, {fl} {ll},
# {fi} {li}); {g} {h} a parent or carer ({gl} {hl}); {k} a brother or sister; places and
# numbers; and {rel}, a relative.
NAME_TEXT = (
    "Dental nurse says {f} {l} has had toothache for months and mum keeps cancelling.",
    "The madrassah teacher rang: {f} {l} has bruises on both wrists again.",
    "Food bank volunteer worried that {g} {h} is feeding {f} and {k} only once a day.",
    "Taxi marshal found {F} {L} alone outside the club at 2am, very drunk.",
    "Brownies leader reports {f} said {g} makes her sleep in the bath.",
    "{g} {h} turned up at the contact centre intoxicated; {f}'s visit was stopped.",
    "{f} {l} was seen by the out-of-hours GP with a scald to her foot.",
    "Please chase the school nurse about {f} {l}'s weight, it has dropped again.",
    "Leisure centre staff saw {g} {h} slap {f} in the changing room.",
    "{f} {l} told her form tutor that she is scared of {g}'s new boyfriend.",
    "The tenancy officer found {f} {l} and {k} alone in the flat with no heating.",
    "Community midwife could not find {g} {h} at the booked address.",
    "{k} {l} has told police that {f} is being made to carry parcels.",
    "Hospital play specialist noticed {f} {l} flinches whenever {g} raises a hand.",
    "{g} {h} has been arrested on suspicion of neglect of {f}.",
    "Mosque welfare officer asked for help for {g} {h} and her children, including {f}.",
    "{f} {l} has not been seen at the nursery since the family's eviction.",
    "Missing episode: {F} {L} returned after three nights, would not say where she was.",
    "{g} {l} told the social worker that {f} deserved the smack.",
    "Health visitor saw baby {f} {l}: flat head, poor weight gain, left in a car seat.",
    "{f} {l} is on a part-time timetable and {g} says she is home alone in the afternoons.",
    "Church youth worker says {f} {l} has talked about wanting to die.",
    "Ambulance crew took {f} {l} to A&E with a head injury; {g} {h} said she fell.",
    "The CAMHS worker for {f} {l} has raised concerns about self-harm.",
    "Police found {g} {h} asleep in the car with {f} in the back seat, engine running.",
    "Nursery key worker says {f} {l} arrives in wet nappies most mornings.",
    "{f}'s {rel} has been looking after her since {g} {h} went into rehab.",
    "Rapid review: what did the GP know about {g} {h}'s drinking before {f} was hurt?",
    "{f} {l} and {k} were removed under police protection on Friday night.",
    "The school's DSL says {f} {l} has been seen with a county lines gang.",
    "Optician flagged that {f} {l} has not had her glasses replaced for two years.",
    "{g} {h} did not bring {f} to the fracture clinic follow-up.",
    "Football coach saw {f} {l} being collected by a man who is not her dad.",
    "{f} {l} was found wandering near the canal in her pyjamas.",
    "Youth justice worker: {F} {L} was stabbed in the leg outside the chicken shop.",
    "Family support worker says {g} {h} will not let anyone into the bedroom where {f} sleeps.",
    "Chronology note: {f} {l} moved to her {rel}'s after the fire at the flat.",
    "{f} {l} texted the ChildLine counsellor that {g} hits her with a cable.",
    "Librarian noticed {f} {l} stays at the library until closing every night.",
    "Speech and language therapist: {f} {l} has almost no words at three years old.",
    "{g} {h}'s ex-partner was released from prison last week and has contacted {f}.",
    "Inpatient ward: {f} {l} admitted after taking an overdose of her mum's tablets.",
)
NAME_LOWER = (
    "{fl} {ll} not at school again today",
    "any news on {fl}? sw off sick",
    "{fl} seen getting into a car outside the chippy",
    "spoke to {gl} {hl} on the phone, v angry",
    "{fl} {ll} and her bro at the police station",
    "can someone check if {fl} is open to cs",
    "{fl}'s {rel} rang the duty line",
    "{fl} {ll} - strat disc tmrw 10am",
    "mum ({gl}) says {fl} ran off",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{F} {L}",
    "{fl} {ll}",
    "{f} {li}.",
    "{fi} {l}",
    "{L}",
    "{l} children",
    "Baby {f}",
    "{f} & {k}",
    "Child {l}",
    "{f} ({age})",
    "Master {l}",
    "{l} kids",
)
SIGN_OFF = (
    "please dont tell my dad i wrote this\n{f}",
    "Thank you for helping us.\n{g} {h}",
    "I just want my children back.\n{g}",
    "From {f} {l}, year {year_group}",
    "Best wishes,\n{g} {l} ({f}'s mum)",
    "Written by {f}'s {rel},\n{g} {h}",
    "love {f} xx",
    "Regards\n{g} {h}, father of {f} and {k}",
    "sorry for the spelling\n{f} {l}",
)
NICKNAMES = ("Noodle", "Dumpling", "Squidge", "Gizmo", "Tater", "Flump", "Moosh", "Tigger")
NICKNAMES += ("Wiggles", "Bobble", "Jellybean", "Rascal", "Gremlin", "Ducky", "Snowy", "Mouse")
NICKNAME_TEXT = (
    "The family all call her {n}, even the teachers.",
    "He is '{n}' to his mates on Snapchat.",
    "{n} (real name {f}) was found at the bus station.",
    "Nana says {n} has not eaten properly for days.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "Little {n}", "{n} {fi}.")
DOB_TEXT = (
    "DOB: {dob}",
    "d.o.b. {dob}, age {age}",
    "born on {dob}",
    "Date of birth - {dob}",
    "{f} was born {dob}",
    "birthday {dob}",
    "DoB {dob} (prem, 32 weeks)",
    "b {dob}",
)
PHONE_TEXT = (
    "mum's number: {phone}",
    "Dad's mobile {phone}, rings out",
    "T: {phone}",
    "The {rel} is on {phone}",
    "{f} rang from {phone}",
    "please call {g} back on {phone}",
)
NHS_TEXT = ("NHS no {nhs}", "NHS number: {nhs}", "{f}'s nhs no is {nhs}", "NHS# {nhs}")
NI_TEXT = ("NI number {ni}", "mum's NINO {ni}", "Nat Ins: {ni}", "NI no. {ni}")
ADDRESS_TEXT = (
    "Lives at {street}, {town}",
    "address - {street}",
    "Visited {street}, {town}; curtains drawn",
    "Now at her {rel}'s, {street}",
    "Police called to {street} at 1am",
    "Moved from {street} to temporary housing in {town}",
)
POSTCODE_TEXT = ("Postcode {postcode}", "family now in {postcode}", "pc: {postcode}")
SCHOOL_TEXT = (
    "Attends {school}",
    "Year {year_group}, {school}",
    "Head of year at {short} raised it",
    "{f} moved to {short} after Easter",
    "On roll at {school}, 61% attendance",
)
EMAIL_TEXT = ("dad's email {e}", "E: {e}", "you can email {g} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "Child {fi}{li} at {street}",
    "{fi}{li} aged {age} from {short}",
    "The child in {postcode}",
    "{fi}{li} - NHS {nhs}",
    "{l} twins",
    "{short} year {year_group} girl",
    "{fi}.{li}. d.o.b. {dob}",
    "The {l} siblings",
)


#: Where the people live and learn, how their dates of birth are drawn, their relatives.
KIN = Kin((STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT), _birth, RELATIVES)
#: The templates of each identifying category (the thirteenth's ``MIX`` says how many).
TEMPLATES = {
    "name_text": NAME_TEXT,
    "name_lower_case": NAME_LOWER,
    "name_pseudonym": NAME_PSEUDONYM,
    "name_sign_off": SIGN_OFF,
    "date_of_birth": DOB_TEXT,
    "phone": PHONE_TEXT,
    "nhs_number": NHS_TEXT,
    "ni_number": NI_TEXT,
    "address": ADDRESS_TEXT,
    "postcode": POSTCODE_TEXT,
    "school": SCHOOL_TEXT,
    "email": EMAIL_TEXT,
    "pseudonym_revealing": PSEUDONYM_REVEALING,
}
NICKNAMED = Nicknames(16, NICKNAMES, (NICKNAME_TEXT, NICKNAME_PSEUDONYM))


def _sourced(samples: list[Sample]) -> list[Sample]:
    """A named sample is labelled ``names-dataset-<key>``; a ``-latn`` key is mimesis's."""
    return [
        dataclasses.replace(s, source="mimesis-" + s.source.removeprefix("names-dataset-"))
        if s.source.endswith("-latn")
        else s
        for s in samples
    ]


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    plan = mixed(TEMPLATES)
    return _sourced(identifying_written(rng, people, KIN, plan, NICKNAMED, stride=0))


# --- benign (real places of England, organisations by their real names) -------------------

_MET, _LAS = ("Metropolitan Police Service",), ("London Ambulance Service NHS Trust",)
_GMP = ("Greater Manchester Police",)
_GM_ICB = ("NHS Greater Manchester Integrated Care",)
_NWAS = ("North West Ambulance Service NHS Trust",)
_WMAS = ("West Midlands Ambulance Service University NHS Foundation Trust",)
_TEWV = "Tees, Esk and Wear Valleys NHS Foundation Trust"
#: The twelve partnership areas (none an earlier corpus used), their partners by their real
#: names, and civic venues of the area. The kinds are ``ROLES``'.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Hackney": {
        "council": ("Hackney Council children and education directorate",),
        "police": _MET,
        "trust": ("Homerton Healthcare NHS Foundation Trust", "East London NHS Foundation Trust"),
        "icb": ("NHS North East London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Hackney Town Hall, Mare Street", "Hackney Service Centre"),
    },
    "Ealing": {
        "council": ("Ealing Council children's services",),
        "police": _MET,
        "trust": (
            "London North West University Healthcare NHS Trust",
            "West London NHS Trust",
        ),
        "icb": ("NHS North West London Integrated Care Board",),
        "ambulance": _LAS,
        "venue": ("Perceval House, Ealing", "Ealing Town Hall"),
    },
    "Rochdale": {
        "council": ("Rochdale Borough Council children's services",),
        "police": _GMP,
        "trust": (
            "Northern Care Alliance NHS Foundation Trust",
            "Pennine Care NHS Foundation Trust",
        ),
        "icb": _GM_ICB,
        "ambulance": _NWAS,
        "venue": ("Number One Riverside, Rochdale", "Rochdale Town Hall"),
    },
    "Trafford": {
        "council": ("Trafford Council children's services",),
        "police": _GMP,
        "trust": (
            "Manchester University NHS Foundation Trust",
            "Greater Manchester Mental Health NHS Foundation Trust",
        ),
        "icb": _GM_ICB,
        "ambulance": _NWAS,
        "venue": ("Trafford Town Hall, Stretford", "Waterside Arts, Sale"),
    },
    "Solihull": {
        "council": ("Solihull Metropolitan Borough Council children's services",),
        "police": ("West Midlands Police",),
        "trust": (
            "University Hospitals Birmingham NHS Foundation Trust",
            "Birmingham and Solihull Mental Health NHS Foundation Trust",
        ),
        "icb": ("NHS Birmingham and Solihull Integrated Care Board",),
        "ambulance": _WMAS,
        "venue": ("Solihull Council House", "The Core, Solihull"),
    },
    "Warwickshire": {
        "council": ("Warwickshire County Council children and families",),
        "police": ("Warwickshire Police",),
        "trust": (
            "South Warwickshire University NHS Foundation Trust",
            "George Eliot Hospital NHS Trust",
            "Coventry and Warwickshire Partnership NHS Trust",
        ),
        "icb": ("NHS Coventry and Warwickshire Integrated Care Board",),
        "ambulance": _WMAS,
        "venue": ("Shire Hall, Warwick", "Nuneaton Town Hall"),
    },
    "Leicestershire": {
        "council": ("Leicestershire County Council children and family services",),
        "police": ("Leicestershire Police",),
        "trust": (
            "University Hospitals of Leicester NHS Trust",
            "Leicestershire Partnership NHS Trust",
        ),
        "icb": ("NHS Leicester, Leicestershire and Rutland Integrated Care Board",),
        "ambulance": ("East Midlands Ambulance Service NHS Trust",),
        "venue": ("County Hall, Glenfield", "Loughborough Town Hall"),
    },
    "Buckinghamshire": {
        "council": ("Buckinghamshire Council children's services",),
        "police": ("Thames Valley Police",),
        "trust": ("Buckinghamshire Healthcare NHS Trust", "Oxford Health NHS Foundation Trust"),
        "icb": ("NHS Buckinghamshire, Oxfordshire and Berkshire West Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("The Gateway, Aylesbury", "Aylesbury Waterside Theatre"),
    },
    "East Sussex": {
        "council": ("East Sussex County Council children's services",),
        "police": ("Sussex Police",),
        "trust": ("East Sussex Healthcare NHS Trust", "Sussex Partnership NHS Foundation Trust"),
        "icb": ("NHS Sussex Integrated Care Board",),
        "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
        "venue": ("County Hall, Lewes", "Eastbourne Town Hall"),
    },
    "Torbay": {
        "council": ("Torbay Council children's services",),
        "police": ("Devon and Cornwall Police",),
        "trust": ("Torbay and South Devon NHS Foundation Trust", "Devon Partnership NHS Trust"),
        "icb": ("NHS Devon Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
        "venue": ("Torquay Town Hall", "Riviera International Conference Centre, Torquay"),
    },
    "Stockton-on-Tees": {
        "council": ("Stockton-on-Tees Borough Council children's services",),
        "police": ("Cleveland Police",),
        "trust": ("North Tees and Hartlepool NHS Foundation Trust", _TEWV),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
        "venue": ("Stockton Central Library", "ARC, Stockton-on-Tees"),
    },
    "North Yorkshire": {
        "council": ("North Yorkshire Council children and young people's service",),
        "police": ("North Yorkshire Police",),
        "trust": (
            "York and Scarborough Teaching Hospitals NHS Foundation Trust",
            "Harrogate and District NHS Foundation Trust",
        ),
        "icb": ("NHS Humber and North Yorkshire Integrated Care Board",),
        "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
        "venue": ("County Hall, Northallerton", "Harrogate Civic Centre"),
    },
}
#: Roles by the kind of agency that employs them.
ROLES = {
    "council": (
        "director of children's services",
        "head of quality assurance",
        "practice development manager",
        "child protection chair",
        "head of early help",
    ),
    "police": ("detective chief inspector, public protection", "safeguarding review officer"),
    "trust": ("named nurse for child safeguarding", "named midwife", "safeguarding lead"),
    "icb": ("designated nurse for safeguarding children", "designated doctor"),
    "ambulance": ("head of safeguarding",),
}
PARTNERSHIPS = tuple(AREAS)
#: Each area's partnership as it styles itself (some are shared or named otherwise).
SCP = {
    "Hackney": "City and Hackney Safeguarding Children Partnership",
    "Ealing": "Ealing Safeguarding Children Partnership",
    "Rochdale": "Rochdale Borough Safeguarding Children Partnership",
    "Trafford": "Trafford Strategic Safeguarding Partnership",
    "Solihull": "Solihull Safeguarding Children Partnership",
    "Warwickshire": "Warwickshire Safeguarding",
    "Leicestershire": "Leicestershire and Rutland Safeguarding Children Partnership",
    "Buckinghamshire": "Buckinghamshire Safeguarding Children Partnership",
    "East Sussex": "East Sussex Safeguarding Children Partnership",
    "Torbay": "Torbay Safeguarding Children Partnership",
    "Stockton-on-Tees": "Hartlepool and Stockton-on-Tees Safeguarding Children Partnership",
    "North Yorkshire": "North Yorkshire Safeguarding Children Partnership",
}
#: Every agency named, for the shape checks.
AGENCIES = tuple(
    dict.fromkeys(a for area in AREAS.values() for k, v in area.items() if k != "venue" for a in v)
)
REFERENCES = ("LCSPR 28/03", "RR-27-11", "CSPR 2028-02", "RR 29/04", "LCSPR-29-01", "RR 28.07")
THEMES = (
    "bruising in babies who are not mobile",
    "adolescent neglect",
    "children with a parent in prison",
    "hidden men in the household",
    "children electively home educated",
    "exploitation outside the home",
    "neurodivergent young people in crisis",
    "parental conflict and separation",
    "unseen babies in the first year",
    "professional challenge and escalation",
)
COURSES = (
    "Understanding the rapid review process",
    "Safeguarding babies under one",
    "Contextual safeguarding in practice",
    "Working Together 2023: what changed",
    "Neglect toolkit refresher",
    "Writing a good chronology",
)
ROOMS = ("Committee Room 2", "the Council Chamber", "Room G.14", "the training suite")
ROOMS += ("Meeting Room 3B", "the Mayor's Parlour")
TIMES = ("9.15am", "9:30", "10am", "10.30", "12.30pm", "13:00", "2pm", "14:30", "3pm")
PERIODS = ("2027-28", "2028/29", "Q1 2028-29", "quarter 4", "spring 2029", "2029/30")
AGE_BANDS = ("under one", "aged 1 to 4", "aged 5 to 9", "aged 10 to 15", "aged 16 or 17")
#: The benign fields drawn from a list each time.
DRAWS = {"ref": REFERENCES, "theme": THEMES, "room": ROOMS, "period": PERIODS}
DRAWS |= {"age_band": AGE_BANDS, "course": COURSES, "rag": ("green", "amber", "red")}
CHOSEN = ("Heron", "Bracken", "Flint", "Saltmarsh", "Kestrel", "Basalt", "Teasel", "Lantern")
PSEUDONYM_WORDS = ("Child", "Infant", "Baby", "Young Person", "Sibling", "Unborn")

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (never more than three).
BENIGN: dict[str, tuple[str, ...]] = {
    "panel_response": (
        "Panel reply on {ref} received {date}: it agrees an LCSPR is the right outcome.",
        "The national Panel asked whether the father's agencies were approached for {ref}.",
        "Panel letter: no further questions; thanks to {partnership} for a thorough rapid review.",
        "The Panel disagreed with our decision on {ref} and asked us to reconsider by {date}.",
        "Panel feedback highlights {theme} as a national concern; briefing to follow.",
        "Panel wants sight of the terms of reference for {ref}, and the views of {agency}.",
        "no word from the panel yet on {ref}, chased {date}",
        "The Panel's response was shared with the three partners and the family's social worker.",
        "Panel noted the rapid review for {ref} arrived two days late and asked why.",
    ),
    "lcspr_progress": (
        "{ref} update: agency reports received from {agency} and {agency2}.",
        "Local review {ref} is at month {n} of 6; on track for sign-off in {period}.",
        "The reviewer held a practitioner event for {ref} on {date} at {venue}.",
        "LCSPR {ref}: the family has agreed to meet the reviewer; date to be fixed.",
        "Draft report for {ref} expected by {date}; the panel will read it in {room}.",
        "{ref} paused pending the criminal trial; the Panel and the Secretary of State informed.",
        "Review timeline slipped by four weeks because {agency} needed more time for records; "
        "{agency2} is on time.",
        "The partners agreed the scope of {ref} covers the two years before the incident.",
        "{ref}: second practitioner session booked, {date} {time}, online.",
        "Reviewer's interim findings on {ref} presented to the executive on {date}.",
    ),
    "terms_of_reference": (
        "Terms of reference for {ref}: the review will look at {theme} and multi-agency "
        "information sharing.",
        "ToR draft v3 for {ref} circulated; comments to the review officer by {date}.",
        "The ToR ask {agency} and each other agency to describe what it knew and what it did.",
        "Key lines of enquiry for {ref}: 1) {theme}; 2) the voice of the child; 3) supervision.",
        "The terms of reference were agreed by the {role} from {agency} and the two other "
        "partners on {date}.",
        "tor - add a question on how culture and faith were considered pls",
        "Scope period in the ToR: from the pregnancy to the date of the incident.",
        "The ToR set out that the review is about learning, not about blaming individuals.",
    ),
    "reviewer_commissioning": (
        "Expressions of interest for an independent reviewer for {ref} close on {date}.",
        "Three reviewers shortlisted for {ref}; interviews at {venue}, {date}.",
        "The partnership has commissioned an independent reviewer with a health background.",
        "Reviewer contract for {ref} signed; fee within the budget agreed for {period}.",
        "We need a reviewer with experience of {theme} - any recommendations welcome.",
        "Reviewer appointed for {ref}; induction meeting with the business unit on {date}.",
        "Commissioning note: the reviewer must not have worked for {agency} or {agency2}.",
    ),
    "publication_note": (
        "Publication of {ref} is planned for {date}; final report to the Panel 7 working days "
        "earlier.",
        "The report for {ref} will be published on the {partnership} partnership website.",
        "Publication held back until the inquest concludes; {police} agree; new target {period}.",
        "Press lines for publication agreed with the comms teams of {agency} and {agency2}.",
        "Final report for {ref} sent to the Panel, the Secretary of State and Ofsted on {date}.",
        "The family have read the final draft and are content for it to be published.",
        "pub date for {ref} confirmed, {date}",
        "After a year online the {ref} report will go to the NSPCC national repository.",
    ),
    "published_summary": (
        "Published summary: a baby {age_band} suffered serious injuries at home; the review "
        "found that information about the parents' history was not shared.",
        "Summary for publication: the young person, {age_band}, had been missing from home "
        "several times before the incident.",
        "The child, {age_band}, lived with their mother and her partner; agencies knew of "
        "domestic abuse but not of the partner's previous convictions.",
        "Anonymised summary: a child {age_band} died; the review looked at the support given "
        "to the family by {agency}.",
        "The published report refers to the family members only as mother, father and "
        "older sibling.",
        "Summary: the teenager, {age_band}, was known to youth justice and to children's "
        "social care; exploitation was recognised late.",
        "The review concerns a child {age_band} with complex health needs whose appointments "
        "were frequently missed.",
        "Published learning: staff at {agency} did not always ask who else lived in the home.",
    ),
    "learning_briefing": (
        "Seven-minute briefing: {theme}. Why it matters, what we found, what to do next.",
        "Learning briefing from {ref} now on the {partnership} website for team meetings.",
        "Briefing for {trust} practitioners: ask about the men in the household at every visit.",
        "Key learning: when a baby is bruised, follow the bruising protocol, every time.",
        "Briefing on {theme} - please use it in supervision during {period}.",
        "New learning briefing explains the difference between an LCSPR and a rapid review.",
        "Learning briefing: what good escalation looks like, with examples from {partnership}.",
    ),
    "improvement_action": (
        "Action 1: {agency} to review its DNA (was not brought) policy for children.",
        "Action 2 owner: the {role}; due {date}; status {rag}.",
        "Improvement action: multi-agency training on {theme} for all front-line staff.",
        "Action 5 update - {n} of 12 GP practices audited; rated {rag}.",
        "Action: the MASH at {council} to record why each referral ends in no further action.",
        "Action 3 closed: new information-sharing protocol signed by all partners on {date}.",
        "Action owner changed to the {role2} at {agency2} after restructure.",
        "Action 4 (amber): the single assessment template update is delayed until {period}.",
        "Action 6: {trust} school nurses to be invited to every initial conference.",
        "action 7 - evidence of completion still needed from {agency}",
        "Progress: {n} staff attended the {course} sessions; target 40.",
        "Action 8: review the escalation policy and publish the new version by {date}.",
        "Improvement plan for {ref}: 9 actions, 5 green, 3 amber, 1 red.",
    ),
    "annual_report": (
        "In {period} {council} made {n} serious incident notifications.",
        "Annual report: {n} rapid reviews were completed, all but one within 15 working days.",
        "The yearly report shows {n} local reviews commissioned and 2 published during {period}.",
        "This year's report sets out how the three partners funded the {partnership} partnership.",
        "Annual report extract: multi-agency training reached {n}0 practitioners across "
        "{partnership}.",
        "The report records that learning from {ref} led to changes at {agency}.",
        "Figures for {period}: referrals to {council} rose by {n}%.",
        "The independent scrutineer's view is included in the annual report for {period}.",
        "Yearly figures: {n} children on a child protection plan at year end, down from last year.",
    ),
    "audit_finding": (
        "Audit finding: in {n} of 20 cases the strategy discussion included health.",
        "Multi-agency audit on {theme}: good practice in the MASH, gaps in recording.",
        "The audit found that {agency} recorded the voice of the child in most case files.",
        "Finding: {agency2} used escalation in only 2 of the cases where it was needed.",
        "Dip sample of {agency} records showed fathers were rarely invited to meetings.",
        "Audit of section 47 enquiries, {period}: timeliness rated {rag}.",
        "Audit report on {theme} to the quality assurance subgroup on {date}.",
        "Re-audit of {agency} planned for {period} to check the actions have made a difference.",
    ),
    "minutes": (
        "Case review group, {date}, {room}, {venue}\nPresent: the {role} ({agency}), the "
        "{role2} ({agency2})\n1. Panel response on {ref} noted.",
        "Minutes: the group reviewed progress on {ref} and agreed the draft can go to partners.",
        "Item 3 - improvement plan: actions 2 and 5 closed; action 6 ({agency}) remains amber.",
        "Item 5: the chair reminded members that minutes refer to people by role only.",
        "AOB - the annual report will be presented at the executive on {date}.",
        "Action from the meeting: the {role} to confirm attendance at the learning event.",
        "Executive meeting, {date}\nAgreed the budget for {period}\nNoted the audit findings on "
        "{theme}",
        "Minutes extract: quorum not met ({icb} sent apologies), decisions deferred to {date}.",
        "The meeting ended at {time}; the next one is at {venue} on {date}.",
        "Decision: no local review for {ref}; learning to be shared via a briefing.",
    ),
    "email_with_sign_off": (
        "Dear all,\nThe Panel has responded on {ref}; the letter is in the shared folder.\n\n"
        "Kind regards\nSafeguarding Partnership Manager\n{scp}",
        "Hi, please find the terms of reference for {ref} attached.\n\nThanks\nReview Officer,"
        " {scp}",
        "Hello, I can confirm {agency} will send its agency report by {date}.\n\nBest wishes\n"
        "{Role}\n{agency}",
        "Good morning,\nReminder: learning event on {theme}, {date} at {time}, {venue}.\n\n"
        "Regards\nTraining Officer\n{scp}",
        "Colleagues,\nThe draft annual report is ready for comment.\n\nMany thanks\nBusiness "
        "Manager",
        "Hi both, could we move the reviewer's interview to {date}?\n\nThanks,\n{Role2}, {agency2}",
        "Dear partners,\nThe improvement plan for {ref} is updated; three actions are now "
        "green.\n\nYours sincerely\nIndependent Chair\n{scp}",
        "Thanks for coming today. Slides attached.\n\nCheers\nLearning and Development Lead",
        "All, the final report for {ref} has gone to the Panel today.\n\nRegards\nThe {role},"
        " {agency}",
        "Afternoon - the audit tool is attached, returns by {date}.\n\nBest,\nQuality "
        "Assurance Officer, {scp}",
    ),
    "chronology": (
        "{date}: referral received by {council} from the health visitor.",
        "{date} - strategy discussion; {police} and health attended.",
        "{date}: child seen by the GP; no concerns recorded.",
        "{date}: {ambulance} conveyed the child to {trust}.",
        "{date}: review child protection conference; plan continued.",
        "{date}: the family moved within the area; {trust} records updated on {date2}.",
        "{date}: {trust} made a safeguarding referral after the emergency department visit.",
        "{date}: case closed by {council}; early help offered.",
        "{date}: {police} attended a domestic incident; the children were present.",
        "{date}: missed appointment at the {trust} community paediatric clinic.",
        "{date}: seen by the GP for a UTI; antibiotics prescribed, no concerns noted.",
    ),
    "learning_event": (
        "Learning event: learning from {ref} on {theme}. {date}, {time}, {room}, {venue}.",
        "Practitioner learning event for {ref}, {date}, {time} to {time2}, at {venue}.",
        "Partnership conference on {theme}, {venue}, {date}. Free to partner agencies.",
        "Lunch and learn: the Panel's latest annual report, {date} {time}, Teams.",
        "Safeguarding week in {partnership}: {theme} on Monday at {venue}.",
        "Learning event postponed to {date}; same venue ({venue}); speaker from {agency}.",
        "Reflective session for practitioners involved in {ref}, {date}, {room}.",
    ),
    "training_notice": (
        "'{course}' - {date}, {time} to {time2}, {room}, {venue}. Book via the portal.",
        "New course dates for '{course}' in {period}; places limited to 25.",
        "Reminder: '{course}' on {date} starts at {time} prompt.",
        "'{course}' has moved online; joining link sent to delegates.",
        "Training offer for {period}: '{course}' and '{course}' are now bookable.",
        "Only 4 places left on '{course}' at {venue}, {date}.",
        "Cancellation: '{course}' on {date} is cancelled; you will be offered another date.",
    ),
    "slack": (
        "panel letter in for {ref} :white_check_mark:",
        "tor v4 uploaded, last one i promise",
        "has the reviewer had the health chronology from {trust} yet?",
        "who's taking minutes at exec on {date}",
        "action log updated, 3 greens this month",
        "annual report draft due to partners {date}, any figures still missing?",
        "room booked: {room}, {venue}",
        "pls rsvp for the learning event by fri",
        "reviewer asked for the supervision policy from {agency}",
        "audit returns: 6/9 in, still waiting on {agency}",
        "publication moved, waiting on the coroner",
        "just fyi the briefing template has changed",
        "thx all, ToR signed off",
        "can someone add the strat disc date to the chronology",
        "rr for {ref} sent to panel at {time}",
        "anyone know if the CDOP form has the new fields yet",
        "lcspr draft in the folder, read by {date} pls",
        "i'll chase {agency2} for the agency report",
        "7 min briefing on {theme} ready for comms",
        "whos got the laptop for the venue tmrw",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child A",
    "Child ML",
    "Infant B",
    "Baby S",
    "Young Person D",
    "Sibling 1",
    "Sibling 2",
    "Unborn Baby P",
    "KT",
    "N.R.",
    "Child G and Child H",
    "Heron",
    "Bracken",
    "Flint",
    "Saltmarsh",
    "Kestrel",
    "Basalt",
    "Teasel",
    "Lantern",
    "Child W",
    "Infant JC",
    "Baby DR",
    "Young Person M",
    "PB",
    "T",
    "Child V",
    "Sibling C",
    "Y.E.",
    "Baby K and Baby L",
    "Child HT",
    "Young Person SA",
    "RW",
    "Infant N",
    "Unborn Child F",
)


def _uses(template: str, n: int) -> int:
    """How many samples a benign template gives: once with nothing to fill, else twice, and
    every seventh template of a register three times."""
    return 1 if "{" not in template else 3 if n % 7 == 6 else 2


def _benign(rng: random.Random) -> list[Sample]:
    kinds = sorted(ROLES)
    turn = itertools.count()
    named: dict[str, int] = dict.fromkeys(AGENCIES, 0)
    homes = [(a, k, n) for n, area in AREAS.items() for k in kinds for a in area[k]]

    def least(agencies: tuple[str, ...]) -> str:
        return min(agencies, key=named.__getitem__)

    def filled(template: str) -> str:
        # The areas in turn; a template naming an agency takes the one named least so far
        # (and its area), so that every partner is named.
        lap = next(turn)
        name = PARTNERSHIPS[lap % len(PARTNERSHIPS)]
        kind, kind2 = kinds[lap % len(kinds)], kinds[(lap + 1 + lap // 5) % len(kinds)]
        fixed = [k for k in kinds if "{" + k + "}" in template]
        if "{agency}" in template:
            _, kind, name = min(homes, key=lambda home: named[home[0]])
        elif "{agency2}" in template:
            _, kind2, name = min(homes, key=lambda home: named[home[0]])
        elif fixed:
            name = min(PARTNERSHIPS, key=lambda a: named[least(AREAS[a][fixed[0]])])
        if kind2 == kind:
            kind2 = kinds[(kinds.index(kind) + 1) % len(kinds)]
        area = AREAS[name]
        agency, agency2 = least(area[kind]), least(area[kind2])
        named[agency] += "{agency}" in template
        named[agency2] += "{agency2}" in template
        values = {k: least(area[k]) for k in kinds}
        for k in fixed:
            named[values[k]] += 1
        role, role2 = rng.choice(ROLES[kind]), rng.choice(ROLES[kind2])
        values |= {"agency": agency, "agency2": agency2, "role": role, "role2": role2}
        values |= {"Role": role[:1].upper() + role[1:], "Role2": role2[:1].upper() + role2[1:]}
        values |= {key: rng.choice(choices) for key, choices in DRAWS.items()}
        times = sorted(rng.sample(TIMES, 2), key=TIMES.index)
        values |= dict(zip(("time", "time2"), times, strict=True))
        values |= {key: _date(rng, (2027, 2029), WHEN_FORMS) for key in ("date", "date2")}
        values |= {"venue": area["venue"][lap % 2], "partnership": name, "scp": SCP[name]}
        return _fill(template, values | {"n": str(rng.randint(2, 30))})

    # Each register's templates in order, each filled as often as ``_uses`` says.
    written = (
        (register, template)
        for register, templates in BENIGN.items()
        for n, template in enumerate(templates)
        for _ in range(_uses(template, n))
    )
    out = [Sample(r, "text", filled(t), False, f"hand-{r}") for r, t in written]
    return out + as_pseudonyms(BENIGN_PSEUDONYM_TEXT)


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("seventeenth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
