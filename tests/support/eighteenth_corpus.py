"""An eighteenth held-out corpus for the confidentiality guard, written by someone who has not
read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``eighteenth_names.json``, a seeded snapshot of female and male first name and
  surname pairs from names-dataset 3.3.1 (Apache-2.0, Philippe Remy's frequency tables per
  country), ranks 1500 to 2999 (``RANKS``; the eighth drew 100-599, the tenth 600-1499, the
  others 100-1499, the seventeenth 3000-4999, and the sixteenth drew these ranks of other
  tables), six people from each of sixteen tables (``DRAWN``), none the sixteenth's: France,
  Spain, Germany, the Netherlands, Brazil, South Africa, Morocco, Algeria, Chile, Saudi
  Arabia, Mexico, Colombia, Jamaica, Malaysia, Hong Kong and Argentina. Kenya has no table and
  Ethiopia's female list stops before rank 1500; Iran's table at these ranks is mostly
  Czech names, so Chile and Argentina take their places. The draw (``regenerate_names``)
  shuffles each table's lists, seeded ``eighteenth-<country>``, before passing any entry
  over, so that leaving one out brings in the next and moves no other. It keeps the
  tenth's test of an entry (one capitalised word of letters, three or more) and passes over
  a first name that is also in the surname table. I read the draw by hand, round after
  round, and left out what reads as a word, a place, a brand, a pet form, a typo, or a
  first name in the surname list (``NOT_NAMES``). Any name in an earlier snapshot
  (``EARLIER``: the fourth to the fifteenth and the seventeenth, and the sixteenth's when
  it is there) is skipped, so every name is new to the corpora and appears once.
  names-dataset is not a dependency; regenerate with ``uv run --with names-dataset==3.3.1
  python -m tests.support.eighteenth_corpus``; the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, none in an earlier corpus file
  (``NICKNAMES``; checked with grep over ``tests/support``; five that the sixteenth,
  written at the same time, also chose were replaced once it was merged).
- Identifying templates, written fresh by hand: names in notes (a swimming instructor, a
  school crossing patrol, cadets, karate, a transport escort, the interpreter...), in lower
  case and in sign-offs by a child, a parent or a relative; names and give-away details in
  pseudonyms; dates of birth in eight typed forms (``BIRTH_FORMS``); addresses on invented
  streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers;
  invented schools (``SCHOOLS``); email addresses; written out by the thirteenth's
  ``identifying_written``, as many of each category as its ``MIX`` says.
- Benign text, written fresh by hand (``BENIGN``: 161 templates, ``_uses`` fills each at
  most three times), in many registers: Slack messages, checklist lines, agency case
  summaries by role, rapid review decision rationales, minutes, emails signed by role and
  organisation, chronology lines, notices of events and courses with dates, times, rooms
  and venues, improvement actions, Panel notes, publication notes, annual report and audit
  lines, and a register (``named_service``) of things named after people or places that
  are not people: charities and services (NSPCC, Childline, Barnardo's, Action for
  Children, Women's Aid, Refuge, the Lucy Faithfull Foundation, Kooth, Samaritans, Papyrus),
  laws and schemes (Clare's Law, Sarah's Law, the Children Act 1989, Working Together 2023,
  Operation Encompass, Prevent and Channel), named reviews (Arthur Labinjo-Hughes and Star
  Hobson), hospitals (Great Ormond Street, Alder Hey, the Queen Elizabeth Hospital), tools
  and brands (CPOMS, Graded Care Profile 2, Signs of Safety, a Daim bar). It is set in
  twelve real partnership areas of England (``AREAS``) that no earlier corpus used: Barnet,
  Camden, Islington, Bromley, Halton, Warrington, Darlington, Bath and North East Somerset,
  Slough, Southend-on-Sea, Worcestershire and the Isle of Wight, with their real partners
  (the council or children's trust such as Slough Children First and Worcestershire
  Children First, the police force, the NHS trusts, the integrated care board, the
  ambulance service), real civic venues, never a person's address, and each partnership by
  the name it uses (``SCP``). People are named only by role.
- Identifiers are fictional (the tenth corpus's ``person_values``, imported): Ofcom drama
  phone numbers, NHS numbers in the 999 range with a valid check digit, QQ National
  Insurance numbers, example.* emails, and postcodes of a valid shape in areas no Royal Mail
  postcode uses. An identifying sample's ``source`` is ``names-dataset-<country>`` when it
  names someone, ``hand-nicknames`` for a nickname, and ``hand`` otherwise.
- Benign pseudonyms follow DOMAIN.md strictly, written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials alone or after a word such as "Child"
  (``PSEUDONYM_WORDS``), or a chosen word that is not a forename (``CHOSEN``).

A drawn name that is also a word of the benign text is dropped (``assembled``; here the
Malaysian surname Daim, which a chronology line has as a chocolate bar). No sample was
changed after seeing what the guard does with it.
"""

from __future__ import annotations

import importlib
import itertools
import json
import random
from collections.abc import Iterator
from functools import partial
from pathlib import Path

from tests.support.eleventh_corpus import as_pseudonyms, registers_written
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.seventeenth_corpus import PSEUDONYM_WORDS as PSEUDONYM_WORDS
from tests.support.sixth_corpus import _fill
from tests.support.tenth_corpus import (
    _date,
    assembled,
    birth_values,
    snapshot_people,
    table_entry_ok,
)
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.thirteenth_corpus import MIX, Kin, Nicknames, identifying_written, mixed

SEEN = ""
NAMES_FILE = Path(__file__).with_name("eighteenth_names.json")
DATASET_VERSION = "3.3.1"
RANKS = (1500, 3000)
#: The snapshots whose names are skipped: every earlier one (the sixteenth's when present).
EARLIER = tuple(f"{n}_names.json" for n in ("fourth", "fifth", "sixth", "seventh", "eighth"))
EARLIER += tuple(f"{n}_names.json" for n in ("ninth", "tenth", "eleventh", "twelfth"))
EARLIER += tuple(f"{n}_names.json" for n in ("thirteenth", "fourteenth", "fifteenth"))
EARLIER += ("sixteenth_names.json", "seventeenth_names.json")
#: The names-dataset tables drawn at ``RANKS`` (none the sixteenth's), six people each.
DRAWN = tuple(
    (country, 6)
    for country in ("FR", "ES", "DE", "NL", "BR", "ZA", "MA", "DZ", "CL", "SA", "MX", "CO")
)
DRAWN += tuple((country, 6) for country in ("JM", "MY", "HK", "AR"))
ROMANISED: tuple[str, ...] = ()
#: Entries of the tables read by hand in the draw as words, places, pet forms, typos, or a
#: first name in the surname table (or the other way round).
NOT_NAMES = frozenset(
    {
        *("Abdlghni", "Achi", "Aguirrez", "Agüs", "Ahmaed", "Aichaa", "Alh", "Aljana", "Alle"),
        *("Alpha", "Alq", "Alshammri", "Amu", "Anais", "Andreea", "Andrés", "Angeel", "Angelia"),
        *("Anónimo", "Apex", "Aqila", "Ariel", "Arra", "Auni", "Autopartes", "Ayuni", "Aziah"),
        *(
            "Aziera",
            "Bablo",
            "Ballena",
            "Banu",
            "Barang",
            "Barriento",
            "Barril",
            "Belencitha",
            "Bernado",
        ),
        *("Besho", "Betza", "Bevas", "Bia", "Biiah", "Billal", "Billi", "Bkr", "Blumen"),
        *("Bohne", "Boho", "Bts", "Bélgica", "Böö", "Bøss", "Cala", "Camilly", "Camu"),
        *("Camyla", "Carlu", "Carlus", "Carly", "Ccs", "Celeste", "Chileno", "Chit", "Chivi"),
        *("Chocolates", "Chuni", "Chà", "Cita", "Clara", "Coby", "Constantin", "Coque", "Cotillon"),
        *("Cphesihle", "Craige", "Crocs", "Cucu", "Cuni", "Curri", "Cyda", "Cynk", "Dami"),
        *("Danielly", "Dayang", "Dayy", "Dhaka", "Dinha", "Dinho", "Dmt", "Dolce", "Dor"),
        *("Dorry", "Ediht", "Edz", "Eloo", "Enka", "Enny", "Ernesto", "Espanola", "Ewin"),
        *("Ezequil", "Fambo", "Fanel", "Farse", "Fate", "Fathima", "Febry", "Fede", "Fenix"),
        *("Figeroa", "Fika", "Fleurs", "Fono", "Fufu", "Geist", "Gentil", "Giiraldo", "Gonzo"),
        *("Goodheart", "Gorje", "Govana", "Grciela", "Habi", "Haha", "Hak", "Hanie", "Hannes"),
        *("Hcen", "Heinzi", "Herde", "Herna", "Hihi", "Home", "Homez", "Hoting", "Huevo"),
        *(
            "Humberto",
            "Iane",
            "Ibrahime",
            "Ider",
            "Iftkhar",
            "Indii",
            "Indramayu",
            "Insumos",
            "Iru",
        ),
        *("Isaah", "Isidoro", "Itu", "Iyan", "Izah", "Jah", "January", "Jav", "Javiier"),
        *("Jeka", "Jeree", "Jinan", "Jodie", "Johanitha", "Jok", "Jorgedaniel", "Jos", "Joshe"),
        *("Jue", "Jungkook", "Kach", "Kah", "Kalu", "Kar", "Kasut", "Katia", "Kek"),
        *("Kikou", "Klaudi", "Koe", "Konjo", "Kraht", "Lady", "Lcl", "Letto", "Lghalya"),
        *("Line", "Loba", "Lolit", "Loud", "Lrt", "Lucad", "Lucass", "Lucí", "Luisiana"),
        *(
            "Lustig",
            "Maderid",
            "Majdo",
            "Malon",
            "Manolete",
            "Manyu",
            "Mariaeugenia",
            "Marioli",
            "Maryo",
        ),
        *("Maxito", "Mayor", "Meg", "Mehamed", "Mere", "Merçe", "Messi", "Mil", "Milagross"),
        *("Milissa", "Milü", "Mirtita", "Mlak", "Mol", "Monis", "Monito", "Monserratt", "Moral"),
        *("Mtp", "Nadoo", "Nalbo", "Nanco", "Naniey", "Naura", "Nazreen", "Negrito", "Neudo"),
        *("Niak", "Nice", "Nill", "Noer", "Nooe", "Nordi", "Nore", "Ntmazirt", "Nurain"),
        *("Nyi", "Ortis", "Osvaldo", "Oub", "Outlet", "Paaz", "Paly", "Pansy", "Pantera"),
        *("Pas", "Pbl", "Pelu", "Peppa", "Peréz", "Pia", "Pilchas", "Pipee", "Placas"),
        *("Point", "Poliana", "Porfi", "Prinses", "Prn", "Rambo", "Ramlah", "Raymundo", "Rayo"),
        *("Reen", "Relu", "Reno", "Ricci", "Riche", "Ricou", "Rih", "Rio", "Riton"),
        *(
            "Rodriiguez",
            "Rolo",
            "Saantos",
            "Sabtu",
            "Sagitarius",
            "Sakhile",
            "Samouni",
            "Samtos",
            "Sandramilena",
        ),
        *("Sant", "Sarahi", "Sarge", "Sasi", "Sati", "Saw", "Sbahle", "Sbonelo", "Sebastián"),
        *("Sere", "Sese", "Shie", "Sija", "Sima", "Smart", "Socute", "Sofii", "Soha"),
        *("Spain", "Stagga", "Subli", "Suzen", "Swan", "Swara", "Syafiqa", "Syakila", "Tachi"),
        *("Taju", "Tanza", "Techy", "Teejay", "Thiaguito", "Toffee", "Toleen", "Top", "Torture"),
        *(
            "Toti",
            "Unbreakable",
            "Uut",
            "Vazques",
            "Venega",
            "Vestuario",
            "Viole",
            "Visente",
            "Vuvu",
        ),
        *("Vzla", "Wahran", "Waiwa", "Wida", "Wiki", "Wuu", "Xman", "Yakii", "Yamur"),
        *("Yass", "Yay", "Yayis", "Yeli", "Yera", "Yøü", "Zkri", "Zoee", "Zoro"),
        *("Zoula", "Zwelly", "Zwine", "Élo", "Ťhe"),
    }
)
ASCII_ONLY: frozenset[str] = frozenset()


def _ok(name: str, country: str) -> bool:
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def _next_usable(names: Iterator[str], *, country: str, used: set[str], skip: set[str]) -> str:
    """The next of ``names`` that is usable, not ``used`` (then marked used) nor in ``skip``."""
    for name in names:
        if _ok(name, country) and name.casefold() not in used and name not in skip:
            used.add(name.casefold())
            return name
    raise ValueError(country)


def regenerate_names() -> None:
    """Draw the names afresh from names-dataset (importable only here) into the snapshot.

    Each table's first names (by sex) and surnames at ``RANKS`` are shuffled, seeded
    ``eighteenth-<country>``, before any is passed over, so that leaving a word out brings in
    the next one and moves no other: the i-th person is the next usable first name of their
    sex and the next usable surname. A first name that is also in the surname table, or a
    name in an earlier snapshot (``EARLIER``), is passed over."""
    tables = importlib.import_module("names_dataset").NameDataset()
    top_first = tables.get_top_names(n=RANKS[1])
    top_last = tables.get_top_names(n=RANKS[1], use_first_names=False)
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    people: dict[str, list[list[str]]] = {}
    for country, count in DRAWN:
        rng = random.Random(f"eighteenth-{country}")
        surnames_all = set(top_last[country])
        lists = [list(top_first[country][k][RANKS[0] : RANKS[1]]) for k in ("F", "M")]
        lists.append(list(top_last[country][RANKS[0] : RANKS[1]]))
        for names in lists:
            rng.shuffle(names)
        women, men, surnames = (iter(names) for names in lists)
        taken = partial(_next_usable, country=country, used=used)
        people[country] = [
            [taken(women if i % 2 == 0 else men, skip=surnames_all), taken(surnames, skip=set())]
            for i in range(count)
        ]
    about = {"source": f"names-dataset {DATASET_VERSION} (Apache-2.0)"}
    about |= {"ranks": f"{RANKS[0]}-{RANKS[1] - 1}", "seed": "eighteenth-<country>"}
    rows = ",\n".join(
        f"{json.dumps(c)}: {json.dumps(p, ensure_ascii=False)}" for c, p in people.items()
    )
    NAMES_FILE.write_text(f'{json.dumps(about)[:-1]}, "people": {{\n{rows}\n}}}}\n', "utf-8")


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Gannet Rise", "Brewhouse Lane", "Tollgate Mews", "Fernbrake Close", "Cinder Path")
STREETS += ("Ropewalk Terrace", "Ashgrove Parade", "Marrowfield Road", "Coopers' Yard")
TOWNS = ("Finchley", "Kentish Town", "Holloway", "Orpington", "Widnes", "Runcorn")
TOWNS += ("Great Sankey", "Haughton-le-Skerne", "Keynsham", "Langley", "Shoeburyness", "Ryde")
SCHOOLS = (
    "Gannet Rise Primary School",
    "Brewhouse Lane Infants",
    "St Wilfrida's RC Primary",
    "Fernbrake Academy",
    "Tollgate Mews Nursery School",
    "Marrowfield Church of England Junior School",
    "Ashgrove Parade High School",
    "Cinder Path Alternative Provision",
)
SCHOOL_SHORT = ("Gannet Rise", "Brewhouse Lane", "St Wilfrida's", "Fernbrake", "Marrowfield")
RELATIVES = ("gran", "grandpa", "aunty", "stepdad", "big cousin", "great-grandma", "godmother")
RELATIVES += ("half-brother",)
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{d}/{m}/{y}", "{y}/{mm}/{dd}", "{d} {mo}. {y}", "{d}{th} of {mon} {y}")
BIRTH_FORMS += ("{dd}-{mm}-{yy}", "{mo} {d}, {y}", "{dd} {mon} {yy}", "{wd} {d} {mon} {y}")
WHEN_FORMS = ("{d} {mon} {y}", "{wd} {d} {mo}", "{dd}.{mm}.{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d} {mo} {y}", "{dd}/{mm}/{yy}")

#: Children born from 2010 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2010, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# person_values' fields (see the tenth corpus): {f} {l} the child (also {F} {L}, {fl} {ll},
# {fi} {li}); {g} {h} a parent or carer ({gl} {hl}); {k} a brother or sister; places and
# numbers; and {rel}, a relative.
NAME_TEXT = (
    "The swimming instructor noticed marks on {f} {l}'s back during the lesson.",
    "{g} {h} phoned the duty desk to say she can no longer cope with {f}.",
    "Pharmacist worried that {g} {h} collects {f}'s inhalers; the school says she never has one.",
    "School crossing patrol saw {f} {l} walking to school alone at 7am in the rain.",
    "{F} {L} was arrested for shoplifting with two older men; he is fourteen.",
    "The paediatric registrar thinks {f} {l}'s fractures are of different ages.",
    "{f} {l} has told the learning mentor that {g} locks her in her room.",
    "Housing officer found {g} {h} and the children, {f} and {k}, sleeping in one room with mould.",
    "{g} {l} cancelled the health visitor three times; baby {f} not seen since birth.",
    "Cadet leader says {f} {l} has turned up hungry to every session this month.",
    "{f} {l} disclosed to her gymnastics coach that {g}'s friend touched her.",
    "A neighbour rang 101 after hearing {g} {h} screaming at {f} late at night.",
    "The dentist referred {f} {l}: eleven decayed teeth, never brought for check-ups.",
    "{k} {l} says her brother {f} is sleeping at a flat above the barber's.",
    "PCSO found {f} {l} in the park at midnight with a bottle of vodka.",
    "{g} {h} left {f} with a fourteen-year-old babysitter for the whole weekend.",
    "Early years practitioner reports {f} {l} flinched when {g} reached for her coat.",
    "{f} {l} has been excluded twice this term and {g} will not engage with the school.",
    "A&E triage: {f} {l}, burn to the palm, story from {g} {h} keeps changing.",
    "The Sunday school teacher says {f} {l} cried when told she had to go home.",
    "{f} {l} was reported missing by the children's home for the fourth time.",
    "Probation confirmed {g} {h} is living with {f} despite the licence conditions.",
    "{F} {L} has been posting about self-harm; the school's safeguarding lead is aware.",
    "The interpreter told us {g} {h} said she would take {f} abroad if social care came back.",
    "{f} {l} arrived at breakfast club with a black eye and would not explain it.",
    "Karate sensei is worried {f} {l} is being groomed by an older student.",
    "{g} {h} has a new partner who has convictions for offences against children; {f} lives there.",
    "Rapid review question: why was {f} {l}'s missed immunisation not followed up?",
    "{f} {l} and {k} were found locked in a car outside the bookmaker's.",
    "Health visitor: {g} {l} seemed very low and said she sometimes wishes {f} had not been born.",
    "Transport escort says {f} {l} is collected from the minibus by a different man every week.",
    "{f} {l} told the pastoral lead she is frightened to go home because of {g}.",
    "GP letter: {g} {h} has missed four appointments for {f}'s asthma review.",
    "The foster carer reports {f} {l} is hoarding food under her bed.",
    "Young carer's worker: {f} {l} is doing all the cooking since {g} became unwell.",
    "{f} {l} was taken to the police station after the raid on the house on Tuesday.",
    "{g} {h} and {f} have not been seen since the eviction notice was served.",
    "Ward sister says {g} {h} fell asleep while feeding baby {f} and dropped her.",
    "Attendance officer visited: {f} {l} answered the door alone, aged seven.",
    "{f} {l}'s {rel} phoned to say the children are left alone every weekend.",
    "Police intelligence links {F} {L} to a group supplying drugs near the station.",
    "Midwife notes {g} {h} declined all scans and has given no address for after the birth.",
)
NAME_LOWER = (
    "{fl} {ll} back on the missing list",
    "did anyone speak to {gl} {hl} yesterday?",
    "{fl} turned up at reception asking for food",
    "police have {fl} {ll} in custody",
    "{fl}'s {rel} wants a call back asap",
    "chasing school re {fl} {ll} attendance",
    "{gl} shouting at staff again, {fl} upset",
    "{fl} {ll} + sibling, ICPC friday",
    "no answer at the door for {fl}",
)
NAME_PSEUDONYM = (
    "{f}",
    "{L}, {F}",
    "{fl}",
    "{f} {l} (baby)",
    "{fi}. {l}",
    "{l}",
    "The {l} family",
    "Little {f}",
    "{f} and {k} {l}",
    "Young Person {l}",
    "{f} aged {age}",
    "Miss {l}",
    "{F}",
)
SIGN_OFF = (
    "i dont want to go back there\n{f}",
    "Many thanks for your time.\n{g} {h}",
    "Please let me see my son.\n{g}",
    "{f} {l}, class {year_group}",
    "Yours,\n{g} {l} (mother of {f})",
    "From {f}'s {rel},\n{g} {h}",
    "thanks miss\n{f} x",
    "Sincerely\n{g} {h}, dad of {f} and {k}",
    "i hope this helps\n{f} {l}",
)
NICKNAMES = ("Muffin", "Chipmunk", "Waffle", "Sherbet", "Teacake", "Crumpet", "Twiglet")
NICKNAMES += ("Fudge", "Gobstopper", "Moppet", "Bambi", "Sprocket", "Sweetpea", "Nibbles")
NICKNAMES += ("Squeak", "Honeybun")
NICKNAME_TEXT = (
    "Everyone at home calls him {n}; he answers to nothing else.",
    "Her online name is '{n}' and the older men message her there.",
    "{n} ({f}'s family name for her) was missing overnight.",
    "Grandad says {n} came to his house with no shoes on.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "Baby {n}", "{n} {fi}")
DOB_TEXT = (
    "D.O.B. {dob}",
    "dob {dob} (aged {age})",
    "she was born {dob}",
    "Date of birth: {dob}",
    "{f}'s DOB is {dob}",
    "birthdate {dob}",
    "Born {dob} at 34 weeks",
    "d.o.b: {dob}",
)
PHONE_TEXT = (
    "mum's mobile is {phone}",
    "Dad can be reached on {phone}",
    "Tel. {phone}",
    "{rel}'s number {phone}",
    "{f} called us from {phone}",
    "ring {g} on {phone} after 4",
)
NHS_TEXT = ("NHS No. {nhs}", "NHS number {nhs}", "{f} NHS {nhs}", "nhs no: {nhs}")
NI_TEXT = ("NI no {ni}", "dad's NI number: {ni}", "National Insurance {ni}", "NINO: {ni}")
ADDRESS_TEXT = (
    "Home address {street}, {town}",
    "addr: {street}",
    "Home visit to {street}, {town}; no answer",
    "Staying at her {rel}'s on {street}",
    "Officers attended {street} at 3am",
    "Rehoused from {street} to a hostel in {town}",
)
POSTCODE_TEXT = ("Post code: {postcode}", "they have moved to {postcode}", "PC {postcode}")
SCHOOL_TEXT = (
    "Pupil at {school}",
    "Year {year_group} at {school}",
    "The DSL at {short} made the referral",
    "{f} started at {short} in September",
    "On roll at {school}; attendance 58%",
)
EMAIL_TEXT = ("mum's email is {e}", "Email: {e}", "contact {g} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, DOB {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, {age}, {short}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "The {l} triplets",
    "{short} Year {year_group} boy",
    "{fi}{li} born {dob}",
    "{l} brothers",
)


#: Where the people live and learn, how their dates of birth are drawn, their relatives.
KIN = Kin((STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT), _birth, RELATIVES)
#: The templates of each identifying category, in the order of the thirteenth's ``MIX``,
#: which says how many samples of each.
IDENTIFYING_TEMPLATES = (NAME_TEXT, NAME_LOWER, NAME_PSEUDONYM, SIGN_OFF, DOB_TEXT, PHONE_TEXT)
IDENTIFYING_TEMPLATES += (NHS_TEXT, NI_TEXT, ADDRESS_TEXT, POSTCODE_TEXT, SCHOOL_TEXT)
IDENTIFYING_TEMPLATES += (EMAIL_TEXT, PSEUDONYM_REVEALING)
TEMPLATES = dict(zip((c for c, _, _ in MIX), IDENTIFYING_TEMPLATES, strict=True))
NICKNAMED = Nicknames(16, NICKNAMES, (NICKNAME_TEXT, NICKNAME_PSEUDONYM))


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    return identifying_written(rng, people, KIN, mixed(TEMPLATES), NICKNAMED, stride=0)


# --- benign (real places of England, organisations by their real names) -------------------

_MET, _LAS = "Metropolitan Police Service", "London Ambulance Service NHS Trust"
_NCL = "NHS North Central London Integrated Care Board"
_ROYAL_FREE = "Royal Free London NHS Foundation Trust"
_WHITTINGTON = "Whittington Health NHS Trust"
_CHESHIRE = "Cheshire Constabulary"
_CM_ICB = "NHS Cheshire and Merseyside Integrated Care Board"
_NWAS = "North West Ambulance Service NHS Trust"
_WHH = "Warrington and Halton Teaching Hospitals NHS Foundation Trust"
_BRIDGEWATER = "Bridgewater Community Healthcare NHS Foundation Trust"
#: The twelve partnership areas (none an earlier corpus used), their partners by their real
#: names, and civic venues of the area. The kinds are ``ROLES``'.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Barnet": {
        "council": ("Barnet Council Family Services",),
        "police": (_MET,),
        "trust": (_ROYAL_FREE, "Central London Community Healthcare NHS Trust"),
        "icb": (_NCL,),
        "ambulance": (_LAS,),
        "venue": ("Hendon Town Hall", "Barnet Council offices, 2 Bristol Avenue, Colindale"),
    },
    "Camden": {
        "council": ("Camden Council Children and Learning",),
        "police": (_MET,),
        "trust": (
            "University College London Hospitals NHS Foundation Trust",
            "Tavistock and Portman NHS Foundation Trust",
        ),
        "icb": (_NCL,),
        "ambulance": (_LAS,),
        "venue": ("5 Pancras Square", "Camden Town Hall, Judd Street"),
    },
    "Islington": {
        "council": ("Islington Council Children's Services",),
        "police": (_MET,),
        "trust": (_WHITTINGTON, "Camden and Islington NHS Foundation Trust"),
        "icb": (_NCL,),
        "ambulance": (_LAS,),
        "venue": ("Islington Town Hall, Upper Street", "222 Upper Street"),
    },
    "Bromley": {
        "council": ("London Borough of Bromley Children's Social Care",),
        "police": (_MET,),
        "trust": ("King's College Hospital NHS Foundation Trust", "Oxleas NHS Foundation Trust"),
        "icb": ("NHS South East London Integrated Care Board",),
        "ambulance": (_LAS,),
        "venue": ("Bromley Civic Centre", "Bromley Central Library"),
    },
    "Halton": {
        "council": ("Halton Borough Council Children's Services",),
        "police": (_CHESHIRE,),
        "trust": (_WHH, _BRIDGEWATER),
        "icb": (_CM_ICB,),
        "ambulance": (_NWAS,),
        "venue": ("Runcorn Town Hall", "the Municipal Building, Widnes"),
    },
    "Warrington": {
        "council": ("Warrington Borough Council Children's Services",),
        "police": (_CHESHIRE,),
        "trust": (_WHH, "Mersey Care NHS Foundation Trust"),
        "icb": (_CM_ICB,),
        "ambulance": (_NWAS,),
        "venue": ("Warrington Town Hall", "Parr Hall, Warrington"),
    },
    "Darlington": {
        "council": ("Darlington Borough Council Children's Services",),
        "police": ("Durham Constabulary",),
        "trust": (
            "County Durham and Darlington NHS Foundation Trust",
            "Tees, Esk and Wear Valleys NHS Foundation Trust",
        ),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
        "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
        "venue": ("Darlington Town Hall", "the Dolphin Centre, Darlington"),
    },
    "Bath and North East Somerset": {
        "council": ("Bath and North East Somerset Council Children's Services",),
        "police": ("Avon and Somerset Police",),
        "trust": (
            "Royal United Hospitals Bath NHS Foundation Trust",
            "Avon and Wiltshire Mental Health Partnership NHS Trust",
        ),
        "icb": ("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",),
        "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
        "venue": ("the Guildhall, Bath", "Keynsham Civic Centre"),
    },
    "Slough": {
        "council": ("Slough Children First",),
        "police": ("Thames Valley Police",),
        "trust": (
            "Frimley Health NHS Foundation Trust",
            "Berkshire Healthcare NHS Foundation Trust",
        ),
        "icb": ("NHS Frimley Integrated Care Board",),
        "ambulance": ("South Central Ambulance Service NHS Foundation Trust",),
        "venue": ("Observatory House, Slough", "The Curve, Slough"),
    },
    "Southend-on-Sea": {
        "council": ("Southend-on-Sea City Council Children's Services",),
        "police": ("Essex Police",),
        "trust": (
            "Mid and South Essex NHS Foundation Trust",
            "Essex Partnership University NHS Foundation Trust",
        ),
        "icb": ("NHS Mid and South Essex Integrated Care Board",),
        "ambulance": ("East of England Ambulance Service NHS Trust",),
        "venue": ("Southend Civic Centre", "The Forum, Southend"),
    },
    "Worcestershire": {
        "council": ("Worcestershire Children First",),
        "police": ("West Mercia Police",),
        "trust": (
            "Worcestershire Acute Hospitals NHS Trust",
            "Herefordshire and Worcestershire Health and Care NHS Trust",
        ),
        "icb": ("NHS Herefordshire and Worcestershire Integrated Care Board",),
        "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
        "venue": ("County Hall, Worcester", "The Hive, Worcester"),
    },
    "Isle of Wight": {
        "council": ("Isle of Wight Council Children's Services",),
        "police": ("Hampshire and Isle of Wight Constabulary",),
        "trust": ("Isle of Wight NHS Trust",),
        "icb": ("NHS Hampshire and Isle of Wight Integrated Care Board",),
        "ambulance": ("Isle of Wight Ambulance Service",),
        "venue": ("County Hall, Newport", "the Riverside Centre, Newport"),
    },
}
#: Each area's partnership as it styles itself.
SCP = {
    "Barnet": "Barnet Safeguarding Children Partnership",
    "Camden": "Camden Safeguarding Children Partnership",
    "Islington": "Islington Safeguarding Children Partnership",
    "Bromley": "Bromley Safeguarding Children Partnership",
    "Halton": "Halton Children and Young People Safeguarding Partnership",
    "Warrington": "Warrington Safeguarding Partnership",
    "Darlington": "Darlington Safeguarding Partnership",
    "Bath and North East Somerset": "Bath and North East Somerset Community Safety and "
    "Safeguarding Partnership",
    "Slough": "Slough Safeguarding Partnership",
    "Southend-on-Sea": "Southend Safeguarding Partnership",
    "Worcestershire": "Worcestershire Safeguarding Children Partnership",
    "Isle of Wight": "Isle of Wight Safeguarding Children Partnership",
}
#: Roles by the kind of agency that employs them.
ROLES = {
    "council": (
        "assistant director for safeguarding",
        "principal social worker",
        "head of the MASH",
        "independent reviewing officer manager",
        "LADO",
    ),
    "police": ("detective inspector, child abuse investigation", "public protection lead"),
    "trust": ("named doctor for safeguarding children", "named nurse", "head of safeguarding"),
    "icb": ("designated nurse", "designated doctor for safeguarding children"),
    "ambulance": ("safeguarding practitioner",),
}
PARTNERSHIPS = tuple(AREAS)
KINDS = tuple(ROLES)
#: Every agency named, for the shape checks.
AGENCIES = tuple(
    dict.fromkeys(a for area in AREAS.values() for k, v in area.items() if k != "venue" for a in v)
)
REFERENCES = ("RR 27-14", "LCSPR 2028/03", "CSPR-28-09", "RR/29/02", "LCSPR 29-05", "RR 28-21")
THEMES = (
    "safe sleeping for babies",
    "children missing education",
    "parental mental ill health",
    "intra-familial child sexual abuse",
    "neglect of teenagers",
    "children with disabilities and complex needs",
    "criminal exploitation and county lines",
    "fathers and male carers",
    "children who are privately fostered",
    "the impact of poverty on neglect",
)
COURSES = (
    "Introduction to the Graded Care Profile 2",
    "Safeguarding children with disabilities",
    "Recognising and responding to child sexual abuse",
    "Trauma-informed practice",
    "Professional curiosity and challenge",
    "Domestic abuse, stalking and harassment (DASH) risk assessment",
)
ROOMS = ("Committee Room 1", "the Council Chamber", "Room 3.07", "the Mayor's Suite")
ROOMS += ("Conference Room B", "the Training Room")
TIMES = ("9am", "9.30am", "10:00", "10.15am", "11am", "12:30", "1.30pm", "14:00", "3.30pm")
PERIODS = ("2027-28", "2028-29", "Q2 2028/29", "quarter 3", "autumn 2028", "2029-30")
AGE_BANDS = ("under one", "aged 1 to 4", "aged 5 to 11", "aged 12 to 15", "aged 16 or 17")
#: The benign fields drawn from a list each time.
DRAWS = {"ref": REFERENCES, "theme": THEMES, "room": ROOMS, "period": PERIODS}
DRAWS |= {"age_band": AGE_BANDS, "course": COURSES, "rag": ("green", "amber", "red")}
CHOSEN = ("Pebblebrook", "Larch", "Cobalt", "Thistle", "Shingle", "Quartz", "Marram", "Drystone")

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (never more than three).
BENIGN: dict[str, tuple[str, ...]] = {
    "slack": (
        "notification for {ref} submitted, confirmation email saved to the folder",
        "morning all - who has the agency summary template?",
        "{police} summary arrived overnight :tada:",
        "can we move the rr meeting to {time}? clash with ICPC",
        "reminder: day 5 is {date}",
        "chronology merged, 3 agencies left to add",
        "is {room} free on {date}?",
        "panel form asks for ethnicity - do we have it from {council}?",
        "sign-off from the ICB still outstanding",
        "tried ringing the named nurse at {trust}, voicemail",
        "who's minuting today",
        "draft rationale in the channel for comments pls",
        "coffee machine on floor 2 broken again fyi",
        "{agency} asked for an extension to {date}, ok?",
    ),
    "checklist_note": (
        "[x] Panel notified within 5 working days ({ref})",
        "[ ] Agency summaries requested from {agency} and {agency2}",
        "[x] Ofsted informed of the death of a looked-after child on {date}",
        "[ ] Rapid review meeting booked: {date}, {time}, {room}",
        "[x] CDOP notified",
        "[ ] Rationale drafted for the partners to sign",
        "Checklist for {ref}: 4 of 7 steps complete; next due {date}.",
        "[ ] Check whether siblings need an immediate strategy discussion",
        "[x] Family told that a rapid review is taking place",
        "[ ] Confirm whether a second local authority is involved",
        "[x] Police disclosure check with the CPS done for {ref}",
    ),
    "case_summary": (
        "{Role} summary: the agency had contact with the family four times in the year before "
        "the incident.",
        "Health summary from {trust}: the baby was seen at the six-to-eight-week check; growth "
        "normal.",
        "Police summary: two domestic abuse call-outs in {period}; both graded standard risk.",
        "Children's social care summary ({council}): a single assessment closed with no further "
        "action eight months before.",
        "Education summary: attendance fell from 94% to 71% over the spring term.",
        "The GP practice summary notes the mother was referred for perinatal mental health "
        "support.",
        "Summary from {ambulance}: crew attended at {time}; the child was conveyed to the "
        "emergency department.",
        "Agency summary from the {role} at {agency}: no safeguarding concerns recorded before the "
        "incident.",
        "The youth offending service summary describes a young person {age_band} known for "
        "two years.",
        "Probation's summary confirms the adult male in the household was not under supervision.",
        "Housing summary: the family were placed in temporary accommodation out of area.",
        "School nursing summary from {trust}: the child was on the caseload for enuresis.",
    ),
    "rapid_review_rationale": (
        "Rationale: the partners agree the case meets the criteria for a local review because "
        "more than two agencies were involved and learning is likely.",
        "Decision for {ref}: no LCSPR; the learning is known and already in the improvement plan.",
        "The partners recommend the Panel considers a national review, given the theme of {theme}.",
        "Reason for decision: the practice episodes show no concern about multi-agency working.",
        "The partners considered SI 2018/789 regulation 11 and agreed a local review for {ref}.",
        "No immediate safeguarding action is needed for other children; siblings are safe.",
        "The decision was agreed by the three partners on {date} and shared with the family.",
        "The review found the incident could not have been predicted; a learning briefing will "
        "follow.",
        "Rationale shared with the Panel: a practice learning review will look at {theme}.",
        "Because {police} and {agency2} hold conflicting records, a local review is proposed.",
        "Protected characteristics: the review considered how disability and ethnicity may have "
        "affected the child's experience.",
    ),
    "minutes": (
        "Rapid review meeting, {date}, {room}, {venue}\nChair: the {role} ({agency})",
        "Item 1: apologies from {icb}; the designated doctor sent a deputy.",
        "Item 2: agency summaries discussed; the timeline has gaps between {date} and {date2}.",
        "Item 4: the group agreed to recommend a local review to the partners.",
        "Minutes agreed as accurate; no matters arising.",
        "Action: the {role2} at {agency2} to confirm what information was shared with the GP.",
        "The chair reminded members not to record names of family members in the minutes.",
        "Next meeting {date} at {time}, {venue}.",
        "Item 6 - any other business: the annual report timetable for {period}.",
        "Decision recorded: the case does not meet the criteria for a national review.",
        "Meeting closed at {time}.",
    ),
    "email_with_sign_off": (
        "Dear colleagues,\nThe rapid review for {ref} has been submitted to the Panel.\n\n"
        "Kind regards\nBusiness Manager\n{scp}",
        "Hi all,\nPlease send agency summaries by {date}.\n\nThanks\nReview Officer",
        "Good afternoon,\nI attach the {police} summary for {ref}.\n\nRegards\n{Role}\n{agency}",
        "Hello,\nCould we book {room} at {venue} for {date}?\n\nMany thanks\nPartnership "
        "Administrator, {scp}",
        "Dear partners,\nThe draft rationale is ready for sign-off.\n\nBest wishes\n"
        "Independent Scrutineer",
        "Hi,\nApologies, I cannot attend on {date}; my deputy will come.\n\nThanks\n{Role}, "
        "{agency}",
        "Morning,\nThe training calendar for {period} is attached.\n\nCheers\nWorkforce "
        "Development Officer",
        "All,\nThe Panel has written back about {ref}. Letter attached.\n\nRegards\n"
        "Safeguarding Partnership Manager, {scp}",
        "Dear all,\nPlease note the new learning briefing on {theme}.\n\nKind regards\n"
        "Learning and Improvement Lead",
        "Thanks everyone for a constructive meeting.\n\nWarm regards\nChair, {scp}",
        "Hello both,\nThe reviewer has asked for the supervision records.\n\nBest\n"
        "Review Officer, {scp}",
    ),
    "chronology": (
        "{date}: antenatal booking at {trust}; no concerns noted.",
        "{date}: referral to {council} from the school; closed at the front door.",
        "{date} - {police} attended a report of a disturbance; no arrests.",
        "{date}: child seen in the emergency department at {trust}; discharged home.",
        "{date}: initial child protection conference; plan under the category of neglect.",
        "{date}: health visitor's new birth visit completed.",
        "{date}: {ambulance} called; child taken to hospital.",
        "{date}: strategy discussion held; section 47 enquiry agreed.",
        "{date}: case transferred in from another local authority; records requested on {date2}.",
        "{date}: GP appointment missed; practice sent a letter.",
        "{date}: the school bought the child a Daim bar as a reward for good attendance.",
    ),
    "notice": (
        "Practitioner learning event for {ref}: {date}, {time} to {time2}, {room}, {venue}.",
        "Course: '{course}', {date}, {time}, {venue}. Booking essential.",
        "Lunchtime briefing on {theme}, {date} at {time}, on Teams.",
        "The multi-agency conference is at {venue} on {date}; doors open at {time}.",
        "'{course}' is running again in {period}; 20 places.",
        "Drop-in for designated safeguarding leads, {room}, {venue}, {date}.",
        "Please note: the {date} session of '{course}' has moved to {room}.",
        "Safeguarding awareness week starts {date} with a talk at {venue}.",
        "Reflective practice session for staff involved in {ref}, {date}, {time}.",
        "Train the trainer: '{course}', two days from {date}, {venue}.",
        "Cancelled: '{course}' on {date}; all delegates will be rebooked.",
    ),
    "improvement_action": (
        "Action 1: {agency} to audit how it records who lives in the household; due {date}.",
        "Action 2 ({rag}): multi-agency guidance on {theme} to be written by {period}.",
        "Action 3 closed: the safe sleep message is now in every health visiting contact.",
        "Action 4: the {role} to report progress to the executive on {date}.",
        "Action 5 update: {n} practitioners trained in '{course}'.",
        "Improvement plan for {ref}: 8 actions; 5 green, 2 amber, 1 red.",
        "Action 6 (amber): the escalation policy refresh is with {agency2} for comment.",
        "Action 7: {council} to check that closure letters go to referrers.",
        "Action 8 owner changed to the {role2}; target date unchanged.",
        "action 9 evidence received, propose close at next QA subgroup",
        "Action 10: {trust} to add a was-not-brought alert to the child's record.",
    ),
    "panel_note": (
        "Panel acknowledgement for {ref} received on {date}.",
        "The Panel agreed with the partners' decision not to hold a local review.",
        "The Panel asked for more detail on the involvement of {agency}.",
        "The Child Safeguarding Practice Review Panel will consider {ref} at its meeting in "
        "{period}.",
        "The Panel's letter asks how the voice of the child was heard.",
        "Panel response: the rapid review was thorough and the analysis clear.",
        "The Panel has asked to be kept informed of progress with the local review.",
        "Serious incident notification for {ref} was made by {council} on {date}.",
        "The Panel flagged {theme} as a recurring national theme.",
        "Panel query on {ref} answered by the review officer on {date}.",
        "The Panel's annual report for {period} refers to learning from rapid reviews.",
    ),
    "publication_note": (
        "Publication of {ref} is planned for {date}; the full report goes to the Panel 7 "
        "working days before.",
        "The LCSPR report will be published on the {scp} website.",
        "Publication is paused until the criminal trial ends; the Panel has been told.",
        "The report will be published in {period} with the partners' response.",
        "Final report sent to the Panel, the Secretary of State and Ofsted on {date}.",
        "The coroner's inquest is listed for {period}; publication will follow.",
        "The published report will stay online for at least a year.",
        "Media statement for publication agreed by {police} and {agency2}.",
        "The family saw the report before publication and their views are included.",
        "Publication date for {ref} confirmed as {date}.",
        "The report refers to the child as 'Child Q' and to family members by relationship.",
    ),
    "named_service": (
        "Leaflets about the NSPCC helpline and Childline are in {room}.",
        "Barnardo's runs the independent child trafficking guardians service locally.",
        "Action for Children delivers the family support service commissioned by {council}.",
        "Women's Aid and Refuge both attended the learning event at {venue}.",
        "The Lucy Faithfull Foundation's Stop It Now helpline was discussed at the meeting.",
        "Young people are signposted to Kooth for online counselling.",
        "Clare's Law (the Domestic Violence Disclosure Scheme) requests rose in {period}.",
        "Sarah's Law disclosures are handled by {police}.",
        "The section 47 enquiry under the Children Act 1989 began on {date}.",
        "Working Together to Safeguard Children 2023 sets out the rapid review timescales.",
        "The child was transferred to Great Ormond Street Hospital for specialist care.",
        "The baby was treated at Alder Hey Children's Hospital in Liverpool.",
        "A referral was made to the Queen Elizabeth Hospital's paediatric team.",
        "Learning from the Arthur Labinjo-Hughes and Star Hobson national review was applied.",
        "The Care Crisis Review and the Independent Review of Children's Social Care were cited.",
        "The school uses CPOMS to record safeguarding concerns.",
        "The Graded Care Profile 2 tool is used by {council} for neglect.",
        "Operation Encompass notifications reach schools the morning after an incident.",
        "The Samaritans and Papyrus HOPELINE247 numbers are on the briefing.",
        "Signs of Safety is the practice model used by {council}.",
        "The Prevent referral was discussed with the Channel panel.",
    ),
    "annual_report": (
        "In {period} the partnership carried out {n} rapid reviews.",
        "Annual report: {n} serious incident notifications were made in {period}.",
        "The independent scrutineer's annual report praises the quality of the rapid reviews.",
        "Multi-agency training reached {n}0 practitioners in {period}.",
        "The partnership budget for {period} is shared between the three statutory partners.",
        "The annual report will be presented at {venue} on {date}.",
        "Figures: {n} children subject to a child protection plan at the end of {period}.",
        "The yearly report sets out progress on the priorities for {theme}.",
    ),
    "audit_finding": (
        "Audit finding: {n} of 20 case files showed the child's views were recorded.",
        "The multi-agency audit on {theme} found good information sharing in the MASH.",
        "Dip sample of {agency} strategy discussions: most included health.",
        "Finding: {agency2} did not always record the reason for closure.",
        "Audit rated {rag}: timeliness of initial child protection conferences in {period}.",
        "Re-audit planned for {period} to test whether the actions have worked.",
        "The section 11 audit returns from all partners are due by {date}.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child A",
    "Child MK",
    "Infant C",
    "Baby T",
    "Young Person E",
    "Sibling 1",
    "Sibling 3",
    "Unborn Baby R",
    "JL",
    "P.D.",
    "Child X and Child Y",
    "Pebblebrook",
    "Larch",
    "Cobalt",
    "Thistle",
    "Shingle",
    "Quartz",
    "Marram",
    "Drystone",
    "Child U",
    "Infant SB",
    "Baby GW",
    "Young Person L",
    "HN",
    "Q",
    "Child Z",
    "Sibling B",
    "F.A.",
    "Baby M and Baby N",
    "Child RT",
    "Young Person KO",
    "VC",
    "Infant D",
    "Unborn Child H",
)


def _uses(template: str, n: int) -> int:
    """How many samples a benign template gives: once with nothing to fill, else twice, and
    every fifth template of a register three times."""
    return 1 if "{" not in template else 3 if n % 5 == 4 else 2


def _benign(rng: random.Random) -> list[Sample]:
    laps = itertools.count()
    named: dict[str, int] = dict.fromkeys(AGENCIES, 0)
    homes = [(n, k, a) for n, area in AREAS.items() for k in KINDS for a in area[k]]

    def least(agencies: tuple[str, ...]) -> str:
        return min(agencies, key=named.__getitem__)

    def filled(template: str) -> str:
        # A template that names an agency takes the one named least so far, and its area,
        # so that every partner is named; any other takes the areas in turn.
        lap = next(laps)
        fields = [k for k in ("agency", "agency2", *KINDS) if "{" + k + "}" in template]
        name, kind = PARTNERSHIPS[lap % len(PARTNERSHIPS)], KINDS[lap % len(KINDS)]
        if fields:
            wanted = [h for h in homes if fields[0] in ("agency", "agency2", h[1])]
            name, kind, _ = min(wanted, key=lambda home: named[home[2]])
        area = AREAS[name]
        kind2 = KINDS[(KINDS.index(kind) + 2) % len(KINDS)]
        if fields[:1] == ["agency2"]:
            kind, kind2 = kind2, kind
        values = {k: least(area[k]) for k in KINDS}
        values |= {"agency": least(area[kind]), "agency2": least(area[kind2])}
        for field in fields:
            named[values[field]] += 1
        role, role2 = rng.choice(ROLES[kind]), rng.choice(ROLES[kind2])
        values |= {"role": role, "role2": role2, "Role": role[:1].upper() + role[1:]}
        values |= {key: rng.choice(choices) for key, choices in DRAWS.items()}
        times = sorted(rng.sample(TIMES, 2), key=TIMES.index)
        values |= dict(zip(("time", "time2"), times, strict=True))
        values |= {key: _date(rng, (2027, 2029), WHEN_FORMS) for key in ("date", "date2")}
        values |= {"venue": area["venue"][lap // len(PARTNERSHIPS) % 2], "scp": SCP[name]}
        return _fill(template, values | {"partnership": name, "n": str(rng.randint(2, 30))})

    return registers_written(BENIGN, filled, _uses) + as_pseudonyms(BENIGN_PSEUDONYM_TEXT)


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("eighteenth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
