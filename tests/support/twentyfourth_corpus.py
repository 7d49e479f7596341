"""A twenty-fourth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentyfourth_names.json``, a seeded snapshot (seed ``twentyfourth-<source or
  country>``) of female and male first name and surname pairs from three sources: egy-names
  0.3.6 (MIT; its English spellings of two-part Egyptian names, 12 people), arabicnames 0.1.2
  (MIT; romanised Arabic first names and surnames from its own tables, 12 people) and
  names-dataset 3.3.1 (Apache-2.0) at ranks 7000 to 8999 (``RANKS``; no earlier corpus drew
  past 6999) of France, Brazil, Mexico, the United States and South Africa, 7 people each
  (``DRAWN``). Of the tables asked for, Italy, Spain, the United Kingdom, Egypt, Germany,
  the Netherlands, India, Nigeria and Turkey have fewer than 7000 female first names, so
  nothing (or, for Egypt, a single name) can be drawn at these ranks. Every entry is one
  capitalised word of plain letters, three or more, and no first name is in its source's
  surname table. Every draw was read by hand and the entries that read as words, places,
  brands, pet forms, typos, first names in the surname column or not a person's name were
  left out (``NOT_NAMES``: Steak, Cuisine, Tabasco, Hollywood, Amandinha, Moustafa...), then
  drawn again, twenty-three times. Any name in an earlier snapshot (``EARLIER``: the fourth to
  the twenty-second, and the twenty-third's and twenty-fifth's if present) is skipped. The
  packages are not dependencies; arabicnames needs pandas to build, so regenerate with
  ``uv venv /tmp/regen && uv pip install -p /tmp/regen pandas setuptools && uv pip install
  -p /tmp/regen --no-build-isolation arabicnames==0.1.2 egy-names==0.3.6
  names-dataset==3.3.1 && /tmp/regen/bin/python -m tests.support.twentyfourth_corpus``; the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, none in an earlier corpus file
  (``NICKNAMES``; checked by the tests).
- Identifying templates, written fresh by hand: names in notes by a dental nurse, a scout
  leader, a pharmacist, a caretaker, a neighbour, a lollipop man, a window cleaner, a
  lifeguard...; in lower case; in sign-offs by a child, a parent or a relative; names and
  give-away details in pseudonyms; nicknames; dates of birth in eleven typed forms;
  addresses on invented streets (``STREETS``) in real towns of the areas; postcodes; phone,
  NHS and NI numbers; invented schools (``SCHOOLS``); email addresses; written out by the
  thirteenth's ``identifying_written``, as many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries by role, rapid review
  decision rationales, multi-line minutes extracts, emails with a sign-off block; the rest
  short: checklist notes, chronology lines, Panel and publication notes, improvement
  actions, notices with dates, times, rooms and venues, Slack lines and district council
  notes (housing, early help hubs). It is set in twelve two-tier district areas no earlier
  corpus used (``AREAS``): Thanet, Swale, Sevenoaks, Folkestone and Hythe (Kent Safeguarding
  Children Multi-Agency Partnership), Pendle, Hyndburn, Wyre, Ribble Valley (Lancashire
  Children's Safeguarding Assurance Partnership), Breckland, King's Lynn and West Norfolk
  (Norfolk Safeguarding Children Partnership), Babergh and Mid Suffolk (Suffolk Safeguarding
  Partnership), with the county's partners (children's services, the police force, the NHS
  trusts, the integrated care board, the ambulance service), the district council's housing
  team, and real civic venues, never a person's address. People are named only by role; the
  roles, themes, courses, rooms, times and periods are the twenty-first's, imported.
- Every identifier is an invented one, filled in by the tenth corpus's ``person_values``.
  Identifying samples take the ``source`` ``egy-names``, ``arabicnames`` or
  ``names-dataset-<country>`` if a drawn person is named in them, ``hand-nicknames`` if a
  nickname is, and ``hand`` if neither.
- The benign pseudonyms keep to DOMAIN.md and are listed by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials, "Child", "Baby" and the like with a letter or
  number, or a chosen word no one bears as a first name (``CHOSEN``).

A drawn name that is also a word of the benign text would be dropped (``assembled``). No
sample was changed after seeing what the guard does with it.
"""

from __future__ import annotations

import dataclasses
import importlib
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import twentyfirst_corpus, twentysecond_corpus
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import (
    assembled,
    birth_values,
    dataset_people,
    snapshot_people,
    table_entry_ok,
    write_snapshot,
)
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.thirteenth_corpus import MIX, Kin, Nicknames, identifying_written, mixed
from tests.support.twentyfirst_corpus import COURSES, PERIODS, ROOMS, THEMES

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentyfourth_names.json")
EGY_NAMES_VERSION = "0.3.6"
ARABICNAMES_VERSION = "0.1.2"
DATASET_VERSION = "3.3.1"
RANKS = (7000, 9000)
#: The snapshots whose names are skipped: every earlier one, and the sibling corpora's.
EARLIER = (*twentysecond_corpus.EARLIER, "twentysecond_names.json")
EARLIER += ("twentythird_names.json", "twentyfifth_names.json")

#: The packages drawn (each a source of its own), and how many people from each.
PACKAGE_DRAWN = (("egy-names", 12), ("arabicnames", 12))
#: names-dataset tables drawn at ``RANKS``, and how many people from each.
DATASET_DRAWN = tuple((country, 7) for country in ("FR", "BR", "MX", "US", "ZA"))
DRAWN = PACKAGE_DRAWN + DATASET_DRAWN
ROMANISED: tuple[str, ...] = ()
#: Tables whose entries are taken only in plain letters (all of them).
ASCII_ONLY = frozenset({"egy-names", "arabicnames", *(c for c, _ in DATASET_DRAWN)})
#: Entries read by hand in the draw as words, places, brands, pet forms, typos, first names
#: in the surname column or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Rubi", "Tariqah", "Moustafa", "Mehdi", "Sadik", "Sharif", "Djany", "Bebey"),
        *("Steak", "Let", "Lza", "Pavie", "Benicia", "Tunes", "Amandinha", "Maul", "Cycero"),
        *("Jonnes", "Montezuma", "Sthephany", "Vid", "Diianitha", "Greece", "Paw", "Xochi"),
        *("Aredondo", "Kelz", "Bane", "Seyed", "Angus", "Yeyson", "Alter", "Neg", "Bigger"),
        *("Calos", "Luck", "Navil", "Tehmeed", "Lulue", "Nae", "Thas", "Tis", "Cuisine"),
        *("Lapuce", "Moune", "Edyy", "Bitencurt", "Janyelly", "Limarcos", "Antoniio", "Irmao"),
        *("Atonio", "Viviz", "Maax", "Malenii", "Morena", "Sanny", "Loreal", "Lourdez"),
        *("Stoner", "Veja", "Topollo", "Yahia", "Badr", "Wami", "Chey", "Guillem", "Matignon"),
        *("Kilyann", "Damon", "Helle", "Palo", "Crhis", "Brick", "Construtora", "Ariell"),
        *("Graciela", "Fres", "Stephanya", "Asadero", "Johs", "Karlithaa", "Lupo", "Nanis"),
        *("Jedd", "Peu", "Rae", "Midas", "Kiddo", "Macyah", "Vusimuzi", "Riyadh", "Fares"),
        *("Gilly", "Boa", "Marotte", "Pitchoun", "Tdy", "Kanelle", "Immo", "Claudinho", "Melos"),
        *("Antoniofrancisco", "Fim", "Esca", "Tecnologia", "Rocher", "Oss", "Astrid", "Oris"),
        *("Fran", "Mcdaniels", "Gudalupe", "Brandenburg", "Mnr", "Kgosietsile", "Phuma"),
        *("Pinto", "Shouaa", "Sav", "Platon", "Voltaire", "Carpe", "Sandryne", "Macan"),
        *("Juanchis", "Cajica", "Jabo", "Banderas", "Morado", "Fia", "Tsubi", "Bud"),
        *("Parents", "Schimitt", "Leall", "Vitaliano", "Stall", "Ruix", "Todo", "Winchester"),
        *("Tempest", "Natale", "Force", "Mujer", "Makhoc", "Zevile", "Cois", "Vuako"),
        *("Siphumze", "Fatie", "Bride", "Pariente", "Aneso", "Loryane", "Tortelli", "Valdirene"),
        *("Cearense", "Kecia", "Flored", "Cuautla", "Luisjavier", "Hmo", "Florezz", "Motor"),
        *("Fonceca", "Immaculate", "Con", "Bye", "Selia", "Fell", "Tame", "Nombusoh", "Asafika"),
        *("Side", "Mbarlie", "Mounass", "Kyliana", "Cyri", "Alecio", "Lenno", "Adryan"),
        *("Motolinia", "Rojitas", "Melky", "Arcangel", "Scrapy", "Tabasco", "Jubilee"),
        *("Claudia", "Broadway", "Aurora", "Eusevio", "Burg", "Boreadi", "Nasipi", "Paps"),
        *("Dvs", "Dmg", "Shalimar", "Didin", "Seba", "Guetty", "Sap", "Rodigues", "Elane"),
        *("Nazaro", "Donoban", "Garxia", "Jolu", "Cln", "Dom", "Bash", "Tome", "Jenry", "Khomby"),
        *("Phethi", "Pax", "Arno", "Quint", "Turtle", "Blacks", "Staf", "Dorange", "Firmeza"),
        *("Nectali", "Flors", "Perezperez", "Palillo", "Mch", "Weed", "Haggard", "Tax"),
        *("Moline", "Dasi", "Urshula", "Justine", "Cnothando", "Spoko", "Phillimon", "Balise"),
        *("Pesce", "Jez", "Maoui", "Carolayne", "Elayne", "Sheyla", "Renteral", "Compu"),
        *("Chucho", "Peluches", "Vallez", "Rayas", "Hazard", "Nantes", "Enos", "Bear"),
        *("Mamnguni", "Gesh", "Gopolang", "Masandie", "Sga", "Auguy", "Mouah", "Sym", "Gustavo"),
        *("Jadilma", "Jhonathan", "Barsenas", "Negris", "Manchas", "Camelas", "Dianys", "Vga"),
        *("Seus", "Amesari", "Wine", "Cristoval", "Elain", "Bron", "Stout", "Rofhie", "Duke"),
        *("Striker", "Malebogo", "Sbucardo", "Orelien", "Delphy", "Jays", "Styles", "Miyi"),
        *("Joseraul", "Juanito", "Aale", "Aztrid", "Pulley", "Via", "Lear", "Truly", "Riaana"),
        *("Mole", "Liau", "Snehope", "Mthokozic", "Mantombi", "Road", "Matter", "Laouni"),
        *("Adixia", "Yamis", "Candelo", "Guzma", "Luzii", "Pico", "Bunnie", "Tae", "War"),
        *("Bryam", "Mckelvey", "Anafi", "Dullah", "Syabongah", "Vier", "Bzd", "Picon", "Amn"),
        *("Maro", "Yunny", "Chuz", "Hermoxa", "Portes", "Yarelly", "Coyolt", "Hollywood"),
        *("Tostado", "Adriano", "Click", "Borg", "Khayoh", "Cbn", "Staacy", "Snap", "Mss"),
        *("Valler", "Pikena", "Sauz", "Rosarito", "Gamaliel", "Ranses", "Aristotle", "Castello"),
        *("Veon", "Poroza", "Grigri", "Caporal", "Drz", "Fany", "Strasbourg", "Sarandi"),
        *("Grigio", "Quel", "Chocoteco", "Bec", "Colocho", "Nonato", "Novela", "Geegee"),
        *("Licet", "Galante", "Vha", "Amaze", "Elec", "Arthure", "Coaching", "Merino"),
        *("Santossilva", "Crislaine", "Tonix", "Joshuan", "Chz", "Antonlo", "Arc", "Chinchillas"),
        *("Margarett", "Henrri", "Abriz", "Mrx", "Luy", "Adilene", "Hdeez", "Chisco", "Ballin"),
        *("Marmoles", "Viza", "Divad", "Siham", "Rockdriguez", "Chepito", "Mccartney"),
        *("Nallely", "Josera", "Narcizo", "Priscou", "Galet", "Cuevaz", "Villo", "Pad"),
        *("Barri", "Junnior", "Echat", "Pivert", "Sanjuanero", "Ellioth", "Efren", "Jjavier"),
        *("Elacio", "Yorch", "Mfrance", "Delphiine", "Dima", "Michoacano", "Godos", "Barbaro"),
        *("Jos", "Genry", "Mamzell", "Nee", "Gfm", "Gleen", "Pasteles", "Trevi", "Kaos", "Dav"),
    }
)


def _usable(name: str, source: str) -> bool:
    """A table entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, source, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def _package_people(source: str, count: int, used: set[str]) -> list[list[str]]:
    """``count`` people of egy-names or arabicnames (importable only here), seeded
    ``twentyfourth-<source>``, women and men in turn, no word of theirs in ``used``."""
    rng = random.Random(f"twentyfourth-{source}")
    if source == "egy-names":
        index = importlib.import_module("egy_names._index").get_all()
        kinds = importlib.import_module("egy_names._types")
        family = {v for e in index if e.role == kinds.NameRole.FAMILY for v in e.en_variants}
        family |= {e.en for e in index if e.role == kinds.NameRole.FAMILY}
        names = importlib.import_module("egy_names").EgyptianNames()

        def pair(female: bool) -> list[str]:
            gender = "female" if female else "male"
            seed = rng.randrange(2**32)
            return names.generate(1, gender=gender, length=2, lang="en", seed=seed)[0].parts_en

    else:
        data = importlib.resources.files("ArabicNames")  # type: ignore[attr-defined]
        rows = [r.split(",") for r in (data / "names.csv").read_text().splitlines()[1:]]
        family = {r for r in (data / "lastnames.csv").read_text().splitlines()[1:]}
        firsts = {g: sorted({n for n, s in rows if s == g}) for g in ("Female", "Male")}
        lasts = sorted(family)

        def pair(female: bool) -> list[str]:
            return [rng.choice(firsts["Female" if female else "Male"]), rng.choice(lasts)]

    drawn: list[list[str]] = []
    for attempt in range(count * 400):
        first, last = pair(attempt % 2 == 0)
        words = {first.casefold(), last.casefold()}
        usable = _usable(first, source) and _usable(last, source) and first not in family
        if usable and len(words) == 2 and not words & used:
            drawn.append([first, last])
            used |= words
        if len(drawn) == count:
            break
    return drawn


def regenerate_names() -> None:
    """Draw the names afresh (the three packages are importable only here) and write the
    snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    people = {source: _package_people(source, count, used) for source, count in PACKAGE_DRAWN}
    people |= dataset_people(DATASET_DRAWN, RANKS, used, "twentyfourth", _usable)
    about = {
        "source": f"egy-names {EGY_NAMES_VERSION} (MIT); arabicnames {ARABICNAMES_VERSION} (MIT); "
        f"names-dataset {DATASET_VERSION} (Apache-2.0)",
        "ranks": f"{RANKS[0]}-{RANKS[1] - 1} (names-dataset)",
        "seed": "twentyfourth-<source or country>",
    }
    write_snapshot(NAMES_FILE, about, people)


_people = partial(snapshot_people, NAMES_FILE)


def _sourced(samples: list[Sample]) -> list[Sample]:
    """A named sample is labelled ``names-dataset-<key>``; the packages' keys are their own."""
    packages = {source for source, _ in PACKAGE_DRAWN}
    return [
        dataclasses.replace(s, source=s.source.removeprefix("names-dataset-"))
        if s.source.removeprefix("names-dataset-") in packages
        else s
        for s in samples
    ]


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Lugworm Parade", "Oystercatcher Rise", "Hopkiln Close", "Weaver's Ginnel")
STREETS += ("Flaxmoor Terrace", "Samphire Walk", "Cobnut Lane", "Reedcutter's Row")
TOWNS = ("Margate", "Sittingbourne", "Edenbridge", "Hythe", "Nelson", "Oswaldtwistle")
TOWNS += ("Fleetwood", "Clitheroe", "Dereham", "Downham Market", "Sudbury", "Stowmarket")
SCHOOLS = (
    "Oystercatcher Primary School",
    "Hopkiln Community College",
    "St Walstan's Catholic Primary",
    "Samphire Walk Infant School",
    "Cobnut Lane Church of England Junior School",
    "Flaxmoor High School",
    "Reedcutter's Alternative Provision",
    "Lugworm Bay Pre-School",
)
SCHOOL_SHORT = ("Oystercatcher", "Hopkiln", "St Walstan's", "Samphire Walk", "Flaxmoor")
RELATIVES = ("nanny", "grandpa", "aunt", "stepfather", "great-aunt", "big sister", "cousin")
#: Dates of birth as typed (the tenth's ``_date`` fields).
BIRTH_FORMS = ("{d}.{m}.{y}", "{d}-{mo}-{y}", "{d} {mon}, {y}", "{mon} {d}{th} {y}")
BIRTH_FORMS += ("{dd}/{mm}/{yy}", "{y}.{mm}.{dd}", "{d}/{m}/{y}", "{wd}, {d} {mon} {y}")
BIRTH_FORMS += ("{d} {mo}. {y}", "{dd} {mon} {yy}", "{mm}/{dd}/{y}")
WHEN_FORMS = ("{d} {mon} {y}", "{wd} {d} {mo}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d}/{m}/{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

NAME_TEXT = (
    "The dental nurse counted eleven rotten teeth in {f} {l}'s mouth; no recall was booked.",
    "Scout leader says {f} {l} sleeps in the minibus because {g} won't pick him up.",
    "Pharmacist refused {g} {h} a third early prescription; {f} was waiting outside crying.",
    "School caretaker found {f} {l} sleeping in the bike shed at 7am.",
    "{g} {h} told the midwife she will hide the baby if social care come.",
    "Neighbour heard {f} {l} begging to be let in at 11pm in the frost.",
    "The lollipop man saw {g} {h} drag {f} across the road by the hair.",
    "Dance teacher noticed {f} {l} has lost a lot of weight over the half term.",
    "Paramedic crew found {f} {l}, aged {age}, alone with two younger children and no food.",
    "{f} {l} told the breakfast club that {g} sold her phone for drugs.",
    "The ice cream van driver reported {f} {l} getting into a car with two men.",
    "Mosque teacher says {f} {l} has a burn on his hand that he would not explain.",
    "{k} {l} said at the fire station open day that {g} hits {f} with a slipper.",
    "Allotment holder saw {g} {h} leave {f} in a locked shed for hours.",
    "Ward clerk says {g} {h} gave a false name when bringing {f} in.",
    "Caravan park warden is worried about {f} {l}, who is out all night.",
    "{f} {l} wrote in her diary at school that {g} touches her.",
    "Martial arts instructor saw finger-shaped bruises on {f} {l}'s upper arm.",
    "Foodbank volunteer says {g} {h} has had no gas for weeks and {f} has a cough.",
    "The GP receptionist heard {g} {h} threaten to throw {f} down the stairs.",
    "Bowling alley staff found {f} {l}, 13, drunk in the toilets with an older man.",
    "{g} {h} admitted to the probation officer that {f} has seen the beatings.",
    "Rugby coach says {f} {l} turned up with a split lip and a story that changed.",
    "Post office clerk is worried {g} {h} takes {f}'s disability payments for alcohol.",
    "{f} and {k} {l} were left overnight in a car outside the casino.",
    "Music teacher heard {f} {l} say she wants to die rather than go home to {g}.",
    "Window cleaner saw {f} {l} tied to a chair through the back window.",
    "Hospital play specialist says {f} {l} is terrified when {g} visits.",
    "Sexual health nurse: {F} {L}, 13, says her boyfriend is 24.",
    "Lifeguard noticed {f} {l} had old cigarette burns on both legs.",
    "{g} {h} has been seen giving {f} vodka at the bus shelter.",
    "Baby {f} {l} was seen at the walk-in centre with a torn frenulum.",
    "The school minibus driver says {g} {h} was asleep and {f} answered the door alone.",
    "Librarian reports {f} {l} has been using the computers to message adult men.",
    "{f} {l} told her speech therapist that {g} locks the fridge.",
    "Gymnastics coach saw {g} {h} slap {f} in the car park after training.",
)
NAME_LOWER = (
    "{fl} {ll} came in with nits again and no coat",
    "has anyone heard from {gl} {hl} since tuesday?",
    "{fl} was dropped off by her {rel} at 6am, school not open",
    "{ll} family moved out overnight, {fl} not on any roll",
    "spoke to {fl} {ll}, says {gl} hit her last night",
    "{fl}'s {rel} says {gl} took the kids to the coast",
    "ambulance called for {fl} {ll} again, 3rd time this month",
    "can we chase {gl} {hl} for the missed clinic?",
    "{fl} {ll} and {k} both absent, no answer at home",
    "{gl} {hl} was abusive on the phone to reception",
    "{fl} told me {gl} sleeps all day",
    "not sure {fl} {ll} is safe at her {rel}'s",
)
NAME_PSEUDONYM = (
    "{f} {l}",
    "{F} {L}",
    "{l} {f}",
    "{fl} {ll}",
    "{fi}. {l}",
    "{f} {li}.",
    "Baby boy {l}",
    "{l} sisters",
    "{f} and {k}",
    "{f} ({age} yrs)",
    "Miss {l}",
    "{g} {h}'s daughter",
    "{l} household",
    "{f}{li}",
)
SIGN_OFF = (
    "sorry i ran away again\n{f}",
    "Many thanks for listening to us,\n{g} {h}",
    "from {f} {l} class {year_group}",
    "Kind regards\n{g} {h}, {f}'s mum",
    "{f} xx",
    "{g} ({rel} of {f})",
    "Warm regards,\n{g} {l}",
    "please dont tell my mum\n{f} {l}, {short}",
    "Thanks again\n{g}, dad to {f} and {k}",
)
NICKNAMES = ("Fizzlewick", "Sherbetlemon", "Crumbcake", "Marrowbun", "Tiddlypom")
NICKNAMES += ("Snufflebean", "Piccalilli", "Humbug", "Wobblebean", "Kazoo", "Bunbun")
NICKNAMES += ("Figgyroll", "Nibblet", "Chutney", "Marrowbone", "Custardpot")
NICKNAME_TEXT = (
    "Everyone at the estate calls her {n}, even the police officers who know her.",
    "He signs his drawings {n} and the older lads at the skate park use it.",
    "{n} - that's what {f}'s {rel} calls her - was seen at the service station at 2am.",
    "Her {rel} thinks {n} is staying with a man she met online.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} {l}", "baby {n}", "{n} ({fi}.{li}.)")
DOB_TEXT = (
    "DOB - {dob}",
    "date of birth {dob} per the red book",
    "Born {dob} at 36 weeks",
    "dob given by mum as {dob}",
    "{f}'s birthday: {dob}",
    "b. {dob}",
    "he was born on {dob}, so he is {age} now",
    "Date of Birth: {dob}",
    "baby arrived {dob}",
)
PHONE_TEXT = (
    "mum's number {phone}",
    "ring the {rel} on {phone}",
    "{g}'s mobile: {phone}",
    "contact no. {phone}",
    "dad can be reached on {phone}",
    "{f} texted from {phone}",
)
NHS_TEXT = ("NHS no. {nhs}", "nhs number: {nhs}", "{f}'s NHS no is {nhs}", "NHS - {nhs}")
NI_TEXT = ("mum NI no {ni}", "NI number (dad): {ni}", "Nat. Ins. {ni}", "{g}'s NI {ni}")
ADDRESS_TEXT = (
    "Home address: {street}, {town}",
    "lives on {street}",
    "Home visit to {street}, {town}, nobody in",
    "now at her {rel}'s on {street}",
    "police attended {street} after a 999 call",
    "family placed in a hostel in {town} after leaving {street}",
)
POSTCODE_TEXT = ("postcode {postcode}", "post code now {postcode}", "pcode: {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}",
    "in year {year_group} at {school}",
    "{short} safeguarding lead rang",
    "{f} moved to {short} after Easter",
    "Attendance at {school} is 61%",
)
EMAIL_TEXT = ("mum's email is {e}", "dad emails from {e}", "{g}: {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, DOB {dob}",
    "Child {fi}{li}, {street}",
    "{fi}{li} aged {age}, {short}",
    "Child in {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} triplets, born {dob}",
    "Year {year_group} boy at {short}",
    "{fi}.{li}. born {dob}",
    "the {l} girls at {short}",
)

KIN = Kin((STREETS, TOWNS, SCHOOLS, SCHOOL_SHORT), _birth, RELATIVES)
_WRITTEN = (NAME_TEXT, NAME_LOWER, NAME_PSEUDONYM, SIGN_OFF, DOB_TEXT, PHONE_TEXT, NHS_TEXT)
_WRITTEN += (NI_TEXT, ADDRESS_TEXT, POSTCODE_TEXT, SCHOOL_TEXT, EMAIL_TEXT, PSEUDONYM_REVEALING)
TEMPLATES = {category: written for (category, _, _), written in zip(MIX, _WRITTEN, strict=True)}
NICKNAMED = Nicknames(16, NICKNAMES, (NICKNAME_TEXT, NICKNAME_PSEUDONYM))


def _identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
    plan = mixed(TEMPLATES)
    return _sourced(identifying_written(rng, people, KIN, plan, NICKNAMED, stride=0))


# --- benign (real places of England, organisations by their real names) -------------------

_KCC = ("Kent County Council Integrated Children's Services",)
_KENT = ("Kent Police",)
_KM_ICB = ("NHS Kent and Medway Integrated Care Board",)
_SECAMB = ("South East Coast Ambulance Service NHS Foundation Trust",)
_EKHUFT = "East Kent Hospitals University NHS Foundation Trust"
_KCHFT = "Kent Community Health NHS Foundation Trust"
_LCC = ("Lancashire County Council children's social care",)
_LANCS = ("Lancashire Constabulary",)
_LSC_ICB = ("NHS Lancashire and South Cumbria Integrated Care Board",)
_NWAS = ("North West Ambulance Service NHS Trust",)
_LSCFT = "Lancashire and South Cumbria NHS Foundation Trust"
_ELHT = "East Lancashire Hospitals NHS Trust"
_NCC = ("Norfolk County Council children's services",)
_NORF = ("Norfolk Constabulary",)
_NW_ICB = ("NHS Norfolk and Waveney Integrated Care Board",)
_EEAST = ("East of England Ambulance Service NHS Trust",)
_NSFT = "Norfolk and Suffolk NHS Foundation Trust"
_SCC = ("Suffolk County Council children and young people's services",)
_SUFF = ("Suffolk Constabulary",)
_SNEE_ICB = ("NHS Suffolk and North East Essex Integrated Care Board",)
#: The twelve district areas (none an earlier corpus used), with the county's partners and
#: the district council, by their real names, and civic venues. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Thanet": {
        "council": _KCC,
        "police": _KENT,
        "trust": (_EKHUFT, _KCHFT),
        "icb": _KM_ICB,
        "ambulance": _SECAMB,
        "district": ("Thanet District Council housing options team",),
        "venue": ("the Thanet District Council offices, Margate", "Ramsgate Library"),
    },
    "Swale": {
        "council": _KCC,
        "police": _KENT,
        "trust": ("Medway NHS Foundation Trust", _KCHFT),
        "icb": _KM_ICB,
        "ambulance": _SECAMB,
        "district": ("Swale Borough Council housing team",),
        "venue": ("Swale House, Sittingbourne", "the Guildhall, Faversham"),
    },
    "Sevenoaks": {
        "council": _KCC,
        "police": _KENT,
        "trust": (
            "Maidstone and Tunbridge Wells NHS Trust",
            "Kent and Medway NHS and Social Care Partnership Trust",
        ),
        "icb": _KM_ICB,
        "ambulance": _SECAMB,
        "district": ("Sevenoaks District Council housing service",),
        "venue": ("the Sevenoaks District Council offices, Argyle Road", "Sevenoaks Library"),
    },
    "Folkestone and Hythe": {
        "council": _KCC,
        "police": _KENT,
        "trust": (_EKHUFT, _KCHFT),
        "icb": _KM_ICB,
        "ambulance": _SECAMB,
        "district": ("Folkestone and Hythe District Council housing team",),
        "venue": ("the Civic Centre, Folkestone", "Hythe Town Hall"),
    },
    "Pendle": {
        "council": _LCC,
        "police": _LANCS,
        "trust": (_ELHT, _LSCFT),
        "icb": _LSC_ICB,
        "ambulance": _NWAS,
        "district": ("Pendle Borough Council housing needs service",),
        "venue": ("Nelson Town Hall", "Colne Municipal Hall"),
    },
    "Hyndburn": {
        "council": _LCC,
        "police": _LANCS,
        "trust": (_ELHT, _LSCFT),
        "icb": _LSC_ICB,
        "ambulance": _NWAS,
        "district": ("Hyndburn Borough Council housing team",),
        "venue": ("Accrington Town Hall", "the Haworth Art Gallery, Accrington"),
    },
    "Wyre": {
        "council": _LCC,
        "police": _LANCS,
        "trust": ("Blackpool Teaching Hospitals NHS Foundation Trust", _LSCFT),
        "icb": _LSC_ICB,
        "ambulance": _NWAS,
        "district": ("Wyre Council housing advice team",),
        "venue": ("the Wyre Civic Centre, Poulton-le-Fylde", "Marine Hall, Fleetwood"),
    },
    "Ribble Valley": {
        "council": _LCC,
        "police": _LANCS,
        "trust": (_ELHT, _LSCFT),
        "icb": _LSC_ICB,
        "ambulance": _NWAS,
        "district": ("Ribble Valley Borough Council housing team",),
        "venue": ("the Ribble Valley Council Offices, Clitheroe", "Clitheroe Library"),
    },
    "Breckland": {
        "council": _NCC,
        "police": _NORF,
        "trust": ("Norfolk and Norwich University Hospitals NHS Foundation Trust", _NSFT),
        "icb": _NW_ICB,
        "ambulance": _EEAST,
        "district": ("Breckland Council housing team",),
        "venue": ("Elizabeth House, Dereham", "Dereham Memorial Hall"),
    },
    "King's Lynn and West Norfolk": {
        "council": _NCC,
        "police": _NORF,
        "trust": ("The Queen Elizabeth Hospital King's Lynn NHS Foundation Trust", _NSFT),
        "icb": _NW_ICB,
        "ambulance": _EEAST,
        "district": ("Borough Council of King's Lynn and West Norfolk housing service",),
        "venue": ("King's Court, King's Lynn", "the Corn Exchange, King's Lynn"),
    },
    "Babergh": {
        "council": _SCC,
        "police": _SUFF,
        "trust": ("East Suffolk and North Essex NHS Foundation Trust", _NSFT),
        "icb": _SNEE_ICB,
        "ambulance": _EEAST,
        "district": ("Babergh District Council housing team",),
        "venue": ("Endeavour House, Ipswich", "Sudbury Town Hall"),
    },
    "Mid Suffolk": {
        "council": _SCC,
        "police": _SUFF,
        "trust": ("West Suffolk NHS Foundation Trust", _NSFT),
        "icb": _SNEE_ICB,
        "ambulance": _EEAST,
        "district": ("Mid Suffolk District Council housing team",),
        "venue": ("the John Peel Centre, Stowmarket", "Stowmarket Library"),
    },
}
KINDS = ("council", "police", "trust", "icb", "ambulance", "district")
_KSCMP = "Kent Safeguarding Children Multi-Agency Partnership"
_LCSAP = "Lancashire Children's Safeguarding Assurance Partnership"
#: Each area's partnership as it styles itself (the county's, shared by its districts).
SCP = {area: _KSCMP for area in ("Thanet", "Swale", "Sevenoaks", "Folkestone and Hythe")}
SCP |= {area: _LCSAP for area in ("Pendle", "Hyndburn", "Wyre", "Ribble Valley")}
SCP |= {
    area: "Norfolk Safeguarding Children Partnership"
    for area in ("Breckland", "King's Lynn and West Norfolk")
}
SCP |= {area: "Suffolk Safeguarding Partnership" for area in ("Babergh", "Mid Suffolk")}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 29-07", "LCSPR 28/15", "RR/28/63", "CSPR-29-02", "RR 27/41", "PLR 29-09")
AGE_BANDS = ("under six months", "aged three", "at primary school", "aged 14", "aged 17")
DRAWS = {"ref": REFERENCES, "theme": THEMES, "room": ROOMS, "period": PERIODS}
DRAWS |= {"age_band": AGE_BANDS, "course": COURSES, "rag": ("green", "amber", "red")}
CHOSEN = ("Shingle", "Teasel", "Lantern", "Basalt", "Gorse", "Kelp", "Flotsam", "Cairn")
PSEUDONYM_WORDS = ("Child", "Infant", "Baby", "Young Person", "Sibling", "Unborn")

BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: a baby was taken to {trust} with a head injury the parents "
        "said followed a fall from a changing mat. A scan found a bleed on the brain and a "
        "healing wrist fracture. {police} opened an investigation and {council} held a "
        "strategy discussion that evening. Health visiting had seen the family twice, with "
        "nothing recorded as a worry.",
        "Case summary ({ref}): a boy aged 15 from {area} was stabbed near a train station "
        "and survived after surgery. He had been excluded from school in the spring and was "
        "open to youth justice. {police} held intelligence about his links to a county "
        "line, but early help and the school did not know. The review asks how partners "
        "bring that picture together sooner.",
        "Summary: a baby died after sharing an adult bed with a parent who had been "
        "drinking. {ambulance} arrived within eight minutes and the coroner has opened an "
        "inquest. The midwife and the health visitor gave safe sleep advice, but the notes "
        "do not say whether alcohol was discussed. The partners notified the Panel within "
        "five working days of {council} becoming aware.",
        "Summary by role: a mother and four children moved into emergency accommodation "
        "arranged by the {district}. Her new partner had convictions for violence known to "
        "{police}, but the housing officer and the school did not know he had joined the "
        "household. The second child told a teaching assistant. The review looks at how "
        "agencies learn who lives in a home.",
        "Summary of {ref}: a child {age_band} with complex health needs was admitted to "
        "{trust} severely underweight. Eight outpatient appointments had been missed and "
        "the school nurse had raised concerns twice. {council} began a section 47 enquiry. "
        "The rapid review will examine how missed health care for a disabled child is "
        "recognised as possible neglect and escalated.",
        "Incident summary: a girl of 15 was found by {police} in a flat in another county "
        "with adults who had given her drugs. She had gone missing from her foster home two "
        "days earlier and was reported promptly. The review found the placing authority "
        "and the host area each expected the other to lead on exploitation planning.",
        "Case summary ({ref}): a toddler was seen at {trust} with bruising to the ear and "
        "cheek. The account of a fall on a step was accepted, and the protocol for bruising "
        "in young children was not followed. Three weeks later the child was admitted with "
        "further injuries. The review considers why the protocol was missed and what has "
        "changed since.",
        "Summary for {ref}: a young person of 17 died by suicide after a year of contact "
        "with mental health services at {trust}, the school counsellor and a youth charity "
        "in {area}. Each service held part of the story. {council} had closed a child in "
        "need plan four months before. The review will consider how risk was shared and "
        "what the family were told.",
    ),
    "rapid_review_rationale": (
        "Decision rationale ({ref}), {date}: the partners agreed not to commission a local "
        "review. The facts are established and the learning, about the bruising protocol "
        "for non-mobile babies, sits with one agency; {trust} has already changed its "
        "triage prompt. A learning briefing will go to all partners by {date2}, and the "
        "Panel will see these reasons.",
        "Rationale: on {date} the {area} partners decided to commission an LCSPR. The "
        "criteria are met: the child was seriously harmed, there are concerns about how "
        "{council}, {police} and health worked together, and the case repeats a known theme "
        "({theme}). An independent reviewer will lead a systems review with a practitioner "
        "event. Terms of reference go to the executive by {date2}.",
        "Rapid review decision, {date}: the partners recommend that the Panel considers a "
        "national review, as the case spans three local authorities and two police forces "
        "and raises questions about unregistered placements that no single partnership can "
        "answer. Local agencies will still complete chronologies. The {role} will send the "
        "rapid review by {date2}.",
        "Rationale for no further review: the paediatric opinion from {trust}, given on "
        "{date}, is that the injury was accidental. Agencies acted quickly and shared "
        "information well, and the crew from {ambulance} made a good referral. The partners "
        "agreed the criteria are not met; a note on the good practice will appear in the "
        "{scp} newsletter.",
        "Decision ({ref}): no local review, because both learning points, about checking "
        "household membership and escalating before closure, are already in the {period} "
        "improvement plan from an earlier review. The partners will test those actions "
        "through a multi-agency audit reported on {date}. All three partners sign off on "
        "{date2}.",
        "Rationale, {date}: the partners agreed an LCSPR is needed. The child died, the "
        "neglect was long-standing, and the family moved between {area} and two other areas "
        "so records did not follow them. An independent lead reviewer is being appointed. "
        "The review will pause if the criminal investigation requires it, and publication "
        "will wait.",
        "Decision summary for {ref}: the partners did not agree at the first meeting, as "
        "{police} favoured a local review and the health partner did not. At a second "
        "meeting on {date} all three agreed a practice learning review on {theme}, narrower "
        "than an LCSPR. The covering letter to the Panel, sent by {date2}, explains why.",
        "Decision ({ref}), {date}: commission an LCSPR. {council} and the {district} each "
        "held information about the household that was not shared, and the case reflects "
        "the partnership's priority on {theme}. The Panel has been told, and the {role} "
        "will draft terms of reference for the executive meeting on {date2}.",
    ),
    "minutes": (
        "Extract from the rapid review meeting, {date}\n"
        "Present: {role}, {role2}, the police and ICB leads.\n"
        "1. Chronologies in from {council} and {trust}; school due.\n"
        "2. The siblings are staying with extended family under a safety plan.\n"
        "3. Emerging learning on {theme}.\n"
        "Action: the business manager to draft the summary by {date2}.",
        "Minutes, {scp} case review group, {venue}, {time}\n"
        "Item 2: {ref}. All agency summaries are in. Members discussed whether the "
        "criteria for a local review are met and agreed to recommend an LCSPR to the "
        "executive.\n"
        "Item 3: the Panel replied on {date} to an earlier rapid review, agreeing with the "
        "decision.\n"
        "Next meeting: {date2}, {room}.",
        "Notes of the practitioner event for {ref}, {date}\n"
        "Staff from {council}, {trust} and the {district} took part. Themes: knowing who "
        "was in the home, and how hard escalation felt. The reviewer will use these.\n"
        "Action: attendees to send reflections by {date2}.",
        "Executive extract, {date}, {room}\n"
        "Present: the three statutory partners for {area} and the independent scrutineer.\n"
        "The {role} said the LCSPR for {ref} is on course for a draft by {date2}. The "
        "{police} lead asked that publication wait for the trial. Agreed.\n"
        "Decision: note progress and review the timetable next time.",
        "Rapid review meeting, {ref}, at {venue} and online\n"
        "The chair reminded members the review is about learning, not blame.\n"
        "Health: {trust} summary presented; five contacts, none flagged.\n"
        "Police: {police} attended two domestic abuse incidents in the year.\n"
        "Children's social care: one contact, no further action.\n"
        "Outcome: a practice learning review is recommended.",
        "Case review subgroup, {date}, minutes (extract)\n"
        "1. Actions log: {rag} overall; three actions overdue and owners written to.\n"
        "2. {ref}: the draft terms of reference were agreed with one change.\n"
        "3. The {role2} will present the audit on {theme} next time.\n"
        "AOB: the {period} training calendar is on the {scp} website.",
        "Safeguarding partners' sign-off, {date}, {time}\n"
        "The rapid review for {ref} was read with each agency's comments.\n"
        "{council}: agreed.\n{police}: agreed, with one factual correction.\n"
        "{icb}: agreed.\n"
        "The review officer will send it to the Panel by {date2}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\n"
        "Attached is the request for agency information for rapid review {ref}. Please send "
        "your chronology and summary by {date}, using the template.\n\n"
        "The review meeting is on {date2} at {time} in {room}, {venue}. Let me know if you "
        "cannot attend so that a deputy can come.\n\n"
        "Many thanks,\nReview officer\n{scp}",
        "Hello all,\n\n"
        "A reminder that the Panel notification for {ref} is due by {date}. The {role} has "
        "drafted it and it will go through the government's reporting system, not by "
        "email.\n\n"
        "Could the {police} and {icb} leads confirm by {time} tomorrow that they are happy "
        "with the summary?\n\n"
        "Kind regards,\nBusiness manager, {scp}",
        "Dear {role},\n\n"
        "Thank you for the {trust} summary for {ref}; it was clear and thorough. Two "
        "questions: were the missed appointments followed up, and did the GP know of the "
        "referral?\n\n"
        "Answers before the meeting on {date} would be very helpful.\n\n"
        "Best wishes,\nLearning and review officer\n{scp}",
        "Dear partners,\n\n"
        "The Panel has replied on the rapid review for {ref}. It agrees with the decision "
        "to commission an LCSPR and asks that the review considers {theme}.\n\n"
        "I will circulate draft terms of reference by {date}; comments by {date2}, "
        "please.\n\n"
        "Regards,\nPartnership manager\n{scp}",
        "Hi everyone,\n\n"
        'Places are open on the multi-agency course "{course}" on {date} at {venue}, '
        "{time} to {time2}. It is for practitioners in {council}, {police}, health, "
        "district housing teams and schools.\n\n"
        "Please book through the {scp} training pages.\n\n"
        "Thanks,\nTraining coordinator",
        "Dear colleagues,\n\n"
        "The final report for {ref} must reach the Panel and the Secretary of State seven "
        "working days before publication on {date2}, so by {date} at the latest.\n\n"
        "Legal advice is that publication can go ahead, as the inquest has concluded.\n\n"
        "With thanks,\nBusiness manager\n{scp}",
        "Dear {role2},\n\n"
        "I can confirm that {ambulance} will attend the practitioner event for {ref} on "
        "{date}: two crew members and our safeguarding lead.\n\n"
        "We will send our single-agency learning by {date2}.\n\n"
        "Kind regards,\nHead of safeguarding\n{ambulance}",
        "Good morning,\n\n"
        "Publication of the LCSPR for {ref} is paused while criminal proceedings continue. "
        "{police} will tell us when the trial ends. I have written to the Panel and the "
        "Secretary of State to explain the reasons for the delay, as the guidance asks.\n\n"
        "I will update the partners again on {date}.\n\n"
        "Regards,\nPartnership manager, {scp}",
    ),
    "chronology": (
        "{date}: the local authority became aware after a call from {ambulance}.",
        "{date}: strategy discussion; {police} and {council} attended.",
        "{date}: serious incident notification made to the Panel.",
        "{date}: agency information requests sent for {ref}.",
        "{date}: health chronology received from {trust}.",
        "{date}: housing records received from the {district}.",
        "{date}: review meeting held; decision deferred to {date2}.",
        "{date}: rapid review submitted to the Panel.",
        "{date}: Panel response received, agreeing with the decision.",
        "{date}: LCSPR commissioned; lead reviewer appointed {date2}.",
        "{date}: practitioner event at {venue}.",
        "{date}: draft report shared with the three partners.",
        "{date}: publication paused until the inquest.",
        "{date}: final report sent to the Panel and the Secretary of State.",
        "{date}: report published on the {scp} website.",
        "{date}: child death review partners notified.",
    ),
    "checklist": (
        "Panel notification: sent {date}, within five working days.",
        "Partners told: {council}, {police}, {icb} - all confirmed.",
        "Agency summaries: 6 of 7 received; GP practice outstanding.",
        "Immediate safety of siblings considered: yes.",
        "Race, culture and disability considered in the analysis: yes.",
        "Sign-off: local authority done, police done, ICB due {date}.",
        "Rationale shared with the family: planned for {date}.",
        "CDOP informed: yes, on {date}.",
        "Terms of reference agreed: {date}.",
        "Reviewer contract signed; starts {date}.",
        "Final report to the Panel 7 working days before publication: due {date}.",
        "Parallel proceedings: trial listed; publication on hold.",
        "Improvement actions added to the tracker: 7.",
        "Deadline basis: counted from the date of awareness.",
        "District housing records requested from the {district}: yes.",
        "Neighbouring partnership informed: yes, {date}.",
    ),
    "notice": (
        "Rapid review meeting for {ref}: {date}, {time}, {room}, {venue}.",
        "Practitioner learning event: {date}, {time}-{time2}, {venue}.",
        "Executive board: {date} at {time} in {room}.",
        'Course "{course}" on {date} at {venue}; refreshments provided.',
        "Designated safeguarding leads' drop-in: {date}, {time}, {venue}.",
        "{scp} annual conference: {date}, {venue}.",
        "The case review group meets in {room} from {date}.",
        "Online briefing on {theme}: {date}, {time}.",
        "The partnership office at {venue} is closed on {date}.",
        "Scrutiny panel: {date}, {time2}, {room}.",
        "Multi-agency audit day on {theme}: {date}, {venue}.",
        "The {period} learning programme dates are now on the website.",
        "Seven-minute briefing launch: {date} at {time}.",
        "Health leads' forum hosted by {icb}: {date}, {time}.",
        "Police safeguarding leads' meeting, {police}: {date}.",
        "Housing and safeguarding forum hosted by the {district}: {date}, {time}.",
        "Lunchtime learning on {theme}: {date}, {time}, {room}, {venue}.",
    ),
    "slack": (
        "morning all - {ref} chronologies due today",
        "has {trust} sent its summary yet?",
        "notification for {ref} went in at {time}",
        "could someone book {room} for {date}?",
        "got it, thanks",
        "{icb} and {ambulance} summaries both in",
        "has the {district} replied about the tenancy?",
        "reminder: {ref} sign-off by {date}",
        "I'll chase {police} for the call logs",
        "draft terms of reference are in the channel",
        "Panel came back - they agree with us",
        "running ten minutes late for the {time} call",
        "who's covering for the {role} next week?",
        "deadline is provisional until the notification is logged",
        "moving the review meeting to {date2}, apologies",
        "{council} chronology received, thank you",
        "ICB lead on leave; deputy will sign",
        "{district} have sent the tenancy history",
        "tracker updated, {rag} overall",
        "anyone booked on the {course} session?",
        "is {ref} counted from awareness or notification?",
        "publication of {ref} paused until the trial ends",
    ),
    "panel": (
        "Panel response to {ref} received {date}: agrees with the decision.",
        "The Panel asked for more on {theme} before responding.",
        "Panel agreed no national review is needed; the local review goes ahead.",
        "Rapid review for {ref} submitted to the Panel on {date}.",
        "The Panel's letter asks the LCSPR to look at cross-border working.",
        "Panel told of the delay to publishing {ref}.",
        "Panel feedback: the rapid review was clear and on time.",
        "Panel queried the decision not to hold a local review; reply sent {date}.",
        "Serious incident notification for {ref} acknowledged by the Panel.",
        "Panel asked to see the final report by {date}.",
        "The Panel's annual report themes shared with {area} partners.",
        "Panel asked how learning from {ref} will reach district councils.",
        "The Panel's practice guidance on {theme} circulated to leads.",
    ),
    "publication": (
        "Publication of {ref} planned for {date}.",
        "Report to stay on the {scp} website for at least a year.",
        "Publication delayed while criminal proceedings continue.",
        "Anonymised report approved by all three partners on {date}.",
        "Press statement drafted with {council} communications.",
        "Report to go to the NSPCC repository after a year.",
        "Family told of the publication date on {date}.",
        "Only the improvement information will be published, for exceptional reasons.",
        "Publication moved to {date2} after the inquest was relisted.",
        "Final report sent to Ofsted with the Secretary of State's copy.",
        "Seven-minute briefing published with the report.",
        "Publication pause lifted on {date}.",
        "Publication date for {ref} confirmed with {police} after sentencing.",
    ),
    "improvement": (
        "Action 1: {trust} to audit use of the bruising protocol by {date}.",
        "Action 2: {council} to add household checks to every assessment.",
        "Action: {police} to share domestic abuse incidents with schools next day.",
        "Action: {icb} to commission safe sleep training for GP practices.",
        "Action 3: the partnership to hold a learning event on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding prompt to handovers.",
        "Evidence for action 4: audit results due {date}.",
        "Action 5 closed: revised escalation policy launched {date}.",
        "Action: the {district} to tell children's social care when a family is placed.",
        "Action owner changed to the {role}; due date unchanged.",
        "Improvement plan for {period}: 10 actions, 7 complete, 3 {rag}.",
        "Action: health visitors to ask about alcohol and sleep at each contact.",
        "Action: every agency to use the shared chronology template from {date}.",
        "Assurance: re-audit in {period} to test whether learning is embedded.",
        "Action 6 overdue: owner asked for an update by {date}.",
        "Action 7: learning from {ref} added to staff induction by {date}.",
    ),
    "district_note": (
        "The {district} joined the early help hub meeting on {date}.",
        "Housing allocation records for {ref} were provided by the {district}.",
        "The {district} has named a safeguarding lead for the review.",
        "Early help hub in {area}: referrals up in {period}.",
        "District housing officers to attend the {course} course on {date}.",
        "The {district} confirmed temporary accommodation checks now include visitors.",
        "Community safety partnership briefed on {ref} at {venue}.",
        "The {district} has shared its learning from {ref} with landlords.",
        "District council licensing staff trained on {theme} in {period}.",
        "Joint visit protocol agreed between {council} and the {district}.",
        "The {district} asked to join the LCSPR panel for {ref}.",
        "Early help hub staff at {venue} briefed on the findings.",
        "Homelessness duty referrals from the {district} now copied to the front door.",
        "The {district} reviewed its safeguarding policy after {ref}.",
        "Tenancy sustainment officers from the {district} joined the audit.",
        "The {district} took part in the learning review for {ref}.",
        "Pendle Borough Council housing needs service now attends the early help hub.",
        "NHS Norfolk and Waveney Integrated Care Board hosts the district health leads' group.",
        "Mid Suffolk District Council housing team signed the information sharing agreement.",
        "NHS Suffolk and North East Essex Integrated Care Board funds the hub's health post.",
        "South East Coast Ambulance Service NHS Foundation Trust crews briefed on the findings.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child R",
    "Child JT",
    "Infant M",
    "Baby Q",
    "Young Person F",
    "Sibling 1",
    "Sibling 3",
    "Unborn Baby N",
    "HW",
    "D.P.",
    "Child A and Child B",
    "Shingle",
    "Teasel",
    "Lantern",
    "Basalt",
    "Gorse",
    "Kelp",
    "Flotsam",
    "Cairn",
    "Child Y",
    "Infant RB",
    "Baby KM",
    "Young Person L",
    "SG",
    "W",
    "Child O",
    "Sibling X",
    "A.J.",
    "Baby C and Baby D",
    "Child LS",
    "Young Person MT",
    "BR",
    "Infant Z",
    "Unborn Child V",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentyfourth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
