"""A thirtieth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtieth_names.json``, a seeded snapshot (seed ``thirtieth-<source or
  country>``) from two sources: names 0.3.0 (MIT; the US Census 1990 lists, which no
  earlier corpus drew from) and names-dataset 3.3.1 (Apache-2.0) at ranks 14000-15999
  (``RANKS``), which no earlier corpus drew (the deepest was the twenty-seventh's
  9000-11999), for the surname tables of GB, US and ZA. No names-dataset table holds 14000
  first names of both sexes (the largest women's table, US, has 9728), so every drawn
  first name is a Census one, at ranks 1000-4274 of its women's list and 300-1218 of its
  men's (``CENSUS_RANKS``), women and men in turn; the ``names`` people's surnames are the
  Census surname list's at ``RANKS`` too. Names are one capitalised word of plain
  letters, three or more; no first name is a surname of the Census list or of its table;
  none is in an earlier snapshot (``EARLIER``: the fourth to the twenty-eighth, where
  present; the twenty-ninth, written at the same time, is not on main and not checked).
  Every draw was read by hand: entries that read as ordinary words, brands, celebrities,
  characters, pet forms, abbreviations, typos or first names in the surname column were
  left out (``NOT_NAMES``) and drawn again (three draws); in the last draw the people with
  such a word (``DROPPED``) were left out of the snapshot without drawing again, which
  leaves 48 of the 54 drawn (``PACKAGE_DRAWN`` and ``DATASET_DRAWN`` count the draw,
  ``DRAWN`` what is kept). Regenerate with ``uv venv /tmp/regen30 && uv pip install -p
  /tmp/regen30 names==0.3.0 names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen30/bin/python
  -m tests.support.thirtieth_corpus``; neither is a dependency and the corpus itself reads
  the JSON only.
- Nicknames: pet names written by hand for this corpus, foods and small creatures, each
  starting with a letter from A to F (other corpora written at the same time coin from
  other letters), none in an earlier corpus file (``NICKNAMES``; checked by grepping
  ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a lollipop man, a chip shop owner, a harbour master, ferry terminal staff,
  a church warden, a crossing keeper, a hop farm supervisor, a cobbler, a taxi marshal, a
  mobile library driver, an ice cream van driver, a sea cadets officer, a market
  stallholder, a cricket groundsman, a night porter, a paper round manager, a car wash
  owner, a marina guard...), in lower case and in sign-offs by a child, a parent or a
  relative; names and give-away details in pseudonyms; nicknames; dates of birth in
  twelve typed forms; addresses on invented streets (``STREETS``) in real towns of the
  areas; postcodes; phone, NHS and NI numbers; invented schools and a nursery
  (``SCHOOLS``); email addresses; written out by the thirteenth's ``identifying_written``
  (through the twenty-fifth's ``identifying_of``), as many of each category as its
  ``MIX`` says.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long as the bot's 500-character
  summary and note fields allow: incident case summaries by role, rapid review decision
  rationales, multi-line minutes extracts, emails of a few paragraphs with a sign-off
  block; and short text: chronology lines, checklist notes, notices with dates, times,
  rooms and venues, Slack lines, Panel and publication notes, improvement actions,
  district council notes and training notes. It is set in twelve two-tier district
  council areas of Devon, Kent and Lancashire (``AREAS``) that no earlier corpus file
  names: East Devon, West Devon, South Hams, Tonbridge and Malling, Dartford, Gravesham,
  Dover, Burnley, Rossendale, Chorley, Lancaster and South Ribble, with the district
  council's housing options and community safety teams, the county's partners (the county
  council's children's services; Devon and Cornwall Police, Kent Police or Lancashire
  Constabulary; the NHS trusts; NHS Devon, NHS Kent and Medway or NHS Lancashire and South
  Cumbria integrated care board; the ambulance service), real civic venues, never a
  person's address, and each partnership by the name it uses (``SCP``: the Devon
  Safeguarding Children Partnership, so named since September 2023, when it stopped being
  the Devon Children and Families Partnership; the Kent Safeguarding Children Multi-Agency
  Partnership; and the Lancashire Children's Safeguarding Assurance Partnership, the
  county's own board since the pan-Lancashire one split by place in September 2023). The
  partnerships' names were checked against their own pages (devonscp.org.uk,
  kscmp.org.uk, safeguardingpartnership.org.uk); the trusts and venues were written from
  knowledge and not checked one by one, and some venues may have closed, moved or been
  renamed (Follaton House, Totnes, which South Hams District Council has been leaving;
  the Kingsbridge Quay House; the White Cliffs Business Park offices of Dover District
  Council; the Business Centre, Futures Park, Bacup; the
  Woodville, Gravesend). People are named only by role; the roles, themes, courses,
  rooms, times and periods are the twenty-first's, imported (through the
  twenty-second's ``DRAWS``).
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  telephone numbers in the ranges Ofcom keeps for drama, NHS numbers in the 999 range with
  a correct check digit, NI numbers that start QQ, email at example.com, .org or .net, and
  postcodes of a real shape in areas that Royal Mail has not given out. An identifying
  sample's ``source`` is ``names`` or ``names-dataset-<country>`` when it names a drawn
  person, ``hand-nicknames`` when it names a nickname, and otherwise ``hand``.
- Benign pseudonyms follow DOMAIN.md and were written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials alone or after one of ``PSEUDONYM_WORDS`` ("Child",
  "Infant", "Baby"...), a sibling by number or letter, and landscape words of the areas'
  coasts, downs and fells that nobody has as a first name (``CHOSEN``).

Were a drawn name also a word of the benign text, ``assembled`` would leave it out. Nothing
here was changed after seeing the guard's answer to it; the guard was never run on it.
"""

from __future__ import annotations

import importlib
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    twentyeighth_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import (
    assembled,
    birth_values,
    snapshot_people,
    table_entry_ok,
    write_snapshot,
)
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("thirtieth_names.json")
NAMES_VERSION = "0.3.0"
DATASET_VERSION = "3.3.1"
#: names-dataset surname ranks (no earlier corpus drew past rank 11999), and the rank of
#: the Census surnames too.
RANKS = (14000, 16000)
#: The Census 1990 first-name ranks of names 0.3.0 (its lists hold 4275 women's and 1219
#: men's names), below the commonest that earlier snapshots mostly hold.
CENSUS_RANKS = {"female": (1000, 4275), "male": (300, 1219)}
#: The snapshots whose names are skipped: every earlier one.
EARLIER = (*twentyeighth_corpus.EARLIER, "twentyeighth_names.json")

#: The names package (first names and surnames both from the Census lists) and the
#: names-dataset tables whose surnames at ``RANKS`` go with Census first names, and how
#: many people each.
PACKAGE_DRAWN = (("names", 24),)
DATASET_DRAWN = tuple((country, 10) for country in ("GB", "US", "ZA"))
#: How many people of each source the snapshot holds: the draw less ``DROPPED``.
DRAWN = (("names", 24), ("GB", 10), ("US", 9), ("ZA", 5))
ROMANISED: tuple[str, ...] = ()
#: Tables whose entries are taken only in plain letters (all of them).
ASCII_ONLY = frozenset({"names", *(c for c, _ in DATASET_DRAWN)})
#: Entries read by hand in the draw as words, places, brands, characters, pet forms, typos,
#: first names in the surname column or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Jared", "Rocky", "Tad", "Jeniffer", "Rexha", "Freddy", "Robt", "Marca"),
        *("Monsanto", "Sebas", "Dusty", "Bobbie", "Michale", "Chas", "Kris", "Preety"),
        *("Dodie", "Lulo", "Mignon", "Luigi", "Scipio", "Lack", "Fenix", "Christoper"),
        *("Yah", "Bolding", "Ulysses", "Shabs", "Ndlovo", "Moshi"),
    }
)

#: People of the final draw read by hand as having a word that is not clearly a person's
#: name in its place: left out of the snapshot after the draw, not drawn again.
DROPPED = frozenset({"Kente", "Mats", "Mni", "Spamer", "Nurse", "Cleto"})


def _usable(name: str, source: str) -> bool:
    """A table entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, source, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def _census(list_name: str, ranks: tuple[int, int]) -> list[str]:
    """One of names 0.3.0's Census lists (importable only here) at ``ranks``, capitalised."""
    folder = Path(str(importlib.import_module("names").__file__)).parent
    rows = (folder / f"dist.{list_name}").read_text(encoding="ascii").splitlines()
    return [row.split()[0].capitalize() for row in rows[ranks[0] : ranks[1]]]


def _drawn_people(source: str, count: int, used: set[str]) -> list[list[str]]:
    """``count`` people, seeded ``thirtieth-<source>``, women and men in turn: Census first
    names at ``CENSUS_RANKS`` and surnames at ``RANKS`` of the Census list (``names``) or of
    names-dataset's table of the country, no first name a surname of either list, no word
    of theirs in ``used``."""
    census_last = _census("all.last", (0, 88799))
    if source == "names":
        last_all = census_last
        surnames = census_last[RANKS[0] : RANKS[1]]
    else:
        tables = importlib.import_module("names_dataset").NameDataset()
        last_all = tables.get_top_names(n=RANKS[1], use_first_names=False)[source]
        surnames = last_all[RANKS[0] : RANKS[1]]
    family = {s.casefold() for s in (*last_all, *census_last)}
    surnames = [s for s in surnames if _usable(s, source)]
    pools = [
        [n for n in _census(f"{sex}.first", CENSUS_RANKS[sex]) if n.casefold() not in family]
        for sex in ("female", "male")
    ]
    rng = random.Random(f"thirtieth-{source}")
    drawn: list[list[str]] = []
    for attempt in range(count * 400):
        first = rng.choice(pools[attempt % 2])
        last = rng.choice(surnames)
        words = {first.casefold(), last.casefold()}
        if _usable(first, source) and len(words) == 2 and not words & used:
            drawn.append([first, last])
            used |= words
        if len(drawn) == count:
            break
    return drawn


def regenerate_names() -> None:
    """Draw the names afresh (the packages are importable only here) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    people = {s: _drawn_people(s, n, used) for s, n in PACKAGE_DRAWN + DATASET_DRAWN}
    about = {
        "source": f"names {NAMES_VERSION} (MIT; US Census 1990 lists); names-dataset "
        f"{DATASET_VERSION} (Apache-2.0)",
        "ranks": f"{RANKS[0]}-{RANKS[1] - 1} (surnames: the Census list and names-dataset GB, "
        f"US and ZA); Census first names {CENSUS_RANKS['female'][0]}-"
        f"{CENSUS_RANKS['female'][1] - 1} (women) and {CENSUS_RANKS['male'][0]}-"
        f"{CENSUS_RANKS['male'][1] - 1} (men)",
        "seed": "thirtieth-<source or country>",
    }
    people = {
        source: [pair for pair in pairs if not set(pair) & DROPPED]
        for source, pairs in people.items()
    }
    write_snapshot(NAMES_FILE, about, people)


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Ropewalk Furlong", "Pilchard Steps", "Hopgarden Close", "Weaver's Ginnel")
STREETS += ("Oast Field Rise", "Clogger's Row", "Limekiln Drang", "Sandpiper Wynd")
TOWNS = ("Exmouth", "Sidmouth", "Honiton", "Tavistock", "Okehampton", "Ivybridge")
TOWNS += ("Kingsbridge", "Dartmouth", "Snodland", "West Malling", "Swanscombe", "Gravesend")
TOWNS += ("Deal", "Sandwich", "Padiham", "Rawtenstall", "Bacup", "Morecambe", "Carnforth")
TOWNS += ("Leyland", "Penwortham", "Adlington")
SCHOOLS = (
    "Ropewalk Furlong Primary School",
    "Hopgarden Close Academy",
    "St Brannoc's Catholic Primary",
    "Oast Field Infant School",
    "Clogger's Row Junior School",
    "Limekiln Drang High School",
    "Sandpiper Wynd Day Nursery",
    "Weaver's Ginnel Short Stay School",
)
SCHOOL_SHORT = ("Hopgarden", "Oast Field", "St Brannoc's", "Clogger's Row", "Limekiln")
RELATIVES = ("nan", "grandad", "step-gran", "uncle", "mum's new partner", "aunty", "cousin")
#: Dates of birth as typed (the tenth's ``_date`` fields), twelve forms.
BIRTH_FORMS = ("{d}/{m}/{y}", "{d} {mon} '{yy}", "{dd}.{mm}.{yy}", "{mo} {d}, {y}")
BIRTH_FORMS += ("{y}/{mm}/{dd}", "{wd} {d} {mon} {y}", "the {d}{th} of {mo} {y}", "{d}-{m}-{y}")
BIRTH_FORMS += ("{dd} {mo} {y}", "{mon}-{d}-{y}", "{d}{th} {mon} {y}", "{dd}{mm}{y}")
WHEN_FORMS = ("{wd} {d}{th} {mon}", "{d} {mo} {y}", "{dd}/{mm}/{yy}", "{wd} {dd}.{mm}")
WHEN_FORMS += ("{d}.{m}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "The lollipop man says {f} {l} crosses alone at 7am with no coat and a baby on her hip.",
    "Chip shop owner gives {f} {l} the leftovers most nights because {g} never collects him.",
    "Harbour master found {f} {l} asleep in a dinghy on the slipway after midnight.",
    "Ferry terminal staff stopped {f} {l}, 15, travelling with an adult not on her booking.",
    "The church warden says {g} {h} leaves {f} in the porch during the evening service.",
    "Crossing keeper saw {f} {l} and {k} playing on the level crossing after dark.",
    "Hop farm supervisor: {f} {l}, 13, picking in the fields on a school day with {g}.",
    "The cobbler says {g} {h} brought in shoes for {f} that were two sizes too small.",
    "Taxi marshal at the rank saw {f} {l} put into a car by two men at 2am.",
    "Mobile library driver says {f} {l} waits at the stop every week, hungry and alone.",
    "The blacksmith's apprentice told police that {g} {h} burnt {f}'s hand on the forge.",
    "Ice cream van driver reported {f} {l} begging on the estate with cuts on her arms.",
    "Dance teacher says {f} {l} has bruises on her legs she will not explain.",
    "Sea cadets officer: {f} {l} has not been home since {g} threw him out on Sunday.",
    "Stallholder on the market says {g} {h} slaps {f} whenever she asks for food.",
    "The cricket club groundsman found {f} {l} sleeping in the pavilion.",
    "Lorry driver at the services found {f} {l}, 14, hiding in a trailer from Dover.",
    "Swimming teacher noticed {f} {l} has a scald mark that {g} said was an accident.",
    "Night porter at the hotel says {f} {l} is brought in by different men each weekend.",
    "The community nurse was told by {g} {h} that {f} is not to be seen by doctors.",
    "Scout leader says {f} {l} told him {g} makes her sleep on the landing.",
    "Paper round manager: {f} {l}, 12, does three rounds and {g} takes all the money.",
    "Crossing patrol warden says {g} {h} dragged {f} across the road by the hair.",
    "Car wash owner says {f} {l} works there after school for a man he calls uncle.",
    "Youth club cook: {f} {l} and {k} eat everything and ask to take bread home.",
    "The charity shop manager saw {g} {h} push {f} into a rail and leave her crying.",
    "Bus driver says {f} {l}, about eight, rides the route alone until the depot closes.",
    "Allotment neighbour heard {g} {h} threaten to drown {f} in the water butt.",
    "Football coach at the rec: {f} {l} has a burn on his neck the shape of a lighter.",
    "The dentist says {g} {h} has cancelled {f}'s extractions five times.",
    "{f} {l} told the Brownie leader that {g} keeps her home to mind the baby.",
    "Petrol station cashier: {f} {l}, 11, buys vodka with a note signed by {g}.",
    "The bike shop owner says {f} {l} sells him bikes that are not his, sent by older boys.",
    "Marina security found {f} {l} and {k} living on a boat with no adult on board.",
    "Ambulance crew were told by {f} {l} that {g} {h} pushed her down the stairs.",
)
NAME_LOWER = (
    "lollipop man worried about {fl} {ll} again",
    "{fl} {ll} in the dinghy on the slipway, police called",
    "{gl} {hl} kicked off at reception, {fl} with her",
    "hop farm: {fl} {ll} picking on a school day",
    "{ll} boys sleeping in the pavilion?",
    "taxi marshal saw {fl} {ll} with men at the rank",
    "{fl} says {gl} locked her out overnight",
    "spoke to {fl}'s {rel} - {gl} not coping at all",
    "{fl} {ll} missed sea cadets, nobody knows where he is",
    "nobody collected {fl} and {k} from the chip shop",
    "{gl} {hl} refusing the dentist for {fl} again",
    "{fl} {ll} on the ferry with an adult, not the booking",
    "paper round - {fl} {ll} not paid, {gl} takes it",
    "marina says {fl} {ll} still on the boat alone",
)
NAME_PSEUDONYM = (
    "{f}",
    "{fl} {ll}",
    "{l}",
    "the {l} girls",
    "{f} (aged {age})",
    "{f} {li}",
    "{f} and {k}",
    "baby {l}",
    "{l} household",
    "{h}'s son",
    "{f} from the boat",
    "{f}/{l}",
)
SIGN_OFF = (
    "its {fl} please help me",
    "Best wishes\n{g} {h}\n({f}'s {rel})",
    "ta,\n{g} - mum of {f} and {k}",
    "thats all i know\n{f} {l} yr {year_group}",
    "Written for {f} by her {rel}, {g} {h}",
    "Regards,\n{g} {l}\nkinship carer",
    "from {g}, {f}'s {rel}, please ring me back",
    "{f} {l}\nage {age}",
    "Yours, {g} {h}, {f}'s foster carer",
)
NICKNAMES = ("Eggcup", "Fudgebun", "Bramblekit", "Crumpetta", "Biscotto", "Dandelix")
NICKNAMES += ("Figgy", "Elfkin", "Chipolata", "Barnacle", "Bobtail", "Cuddlebun")
NICKNAMES += ("Dumplingo",)
NICKNAME_TEXT = (
    "Everyone at the sea cadets calls her {n}; it is on her lanyard too.",
    "The older boys call him {n}, and that is the name the man in the car used.",
    "{f}'s {rel} called her {n} all the way through the home visit.",
    "On the game chat she goes by {n}, which is how the adult found her.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} ({l} family)")
DOB_TEXT = (
    "DOB per the GP letter: {dob}",
    "d.o.b {dob}",
    "{g} says {f} was born {dob}",
    "Birth date on the school form {dob}",
    "born {dob} at home, unplanned",
    "{f} {l}, b. {dob}",
    "DoB {dob} ({age} now)",
    "dob given as {dob} but the red book says otherwise",
    "baby delivered {dob}, 29 weeks",
)
PHONE_TEXT = (
    "mum's mob {phone}",
    "ring {g} on {phone}",
    "the {rel}'s number is {phone}",
    "home phone {phone}",
    "{f} messaged from {phone}",
    "stepdad - {phone}",
)
NHS_TEXT = (
    "NHS num off the red book {nhs}",
    "{f}'s NHS no {nhs}",
    "nhs number for baby: {nhs}",
    "NHS {nhs} (from the GP)",
)
NI_TEXT = (
    "dad's NINO {ni}",
    "NI no. {ni} for the mother",
    "carer NI {ni}",
    "{g}'s national insurance {ni}",
)
ADDRESS_TEXT = (
    "Lives at {street}, {town}",
    "address: {street}, ground floor flat",
    "home visit to {street}, {town}, nobody answered",
    "{f} sleeping at the {rel}'s on {street}",
    "three call-outs to {street} since Friday",
    "moved from {street} to a B&B in {town}",
)
POSTCODE_TEXT = ("post code {postcode}", "pc: {postcode}", "her postcode now {postcode}")
SCHOOL_TEXT = (
    "Attends {school}, year {year_group}",
    "Yr {year_group} at {school}, attendance 58%",
    "DSL from {short} phoned in this morning",
    "{f} moved to {short} after Easter",
    "{f} is on the roll at {school} but has missed {n2} days",
)
EMAIL_TEXT = ("mum's email is {e}", "{g} emailed from {e}", "reply to {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, {short}, yr {year_group}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}.{li}. born {dob}",
    "Yr {year_group} pupil at {school}",
    "{l} sisters, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


#: The twenty-fifth's writer; a names-dataset table's sample is ``names-dataset-<key>``
#: (the twenty-seventh's ``identifying_of``).
_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_DEVON = {
    "council": ("Devon County Council children's services",),
    "police": ("Devon and Cornwall Police",),
    "icb": ("NHS Devon Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
}
_DPT = "Devon Partnership NHS Trust"
_KENT = {
    "council": ("Kent County Council children's services",),
    "police": ("Kent Police",),
    "icb": ("NHS Kent and Medway Integrated Care Board",),
    "ambulance": ("South East Coast Ambulance Service NHS Foundation Trust",),
}
_KMPT = "Kent and Medway NHS and Social Care Partnership Trust"
_KCHFT = "Kent Community Health NHS Foundation Trust"
_LANCS = {
    "council": ("Lancashire County Council children's services",),
    "police": ("Lancashire Constabulary",),
    "icb": ("NHS Lancashire and South Cumbria Integrated Care Board",),
    "ambulance": ("North West Ambulance Service NHS Trust",),
}
_LSCFT = "Lancashire and South Cumbria NHS Foundation Trust"
_ELHT = "East Lancashire Hospitals NHS Trust"
_LTH = "Lancashire Teaching Hospitals NHS Foundation Trust"

#: The twelve district council areas (none an earlier corpus file names), the district's
#: teams and the county's partners by their real names, and civic venues of the district.
#: The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "East Devon": _DEVON
    | _district("East Devon District Council")
    | {
        "trust": ("Royal Devon University Healthcare NHS Foundation Trust", _DPT),
        "venue": ("Blackdown House, Honiton", "the Exmouth Pavilion"),
    },
    "West Devon": _DEVON
    | _district("West Devon Borough Council")
    | {
        "trust": ("University Hospitals Plymouth NHS Trust", _DPT),
        "venue": ("Kilworthy Park, Tavistock", "the Tavistock Town Hall"),
    },
    "South Hams": _DEVON
    | _district("South Hams District Council")
    | {
        "trust": ("Torbay and South Devon NHS Foundation Trust", _DPT),
        "venue": ("Follaton House, Totnes", "the Kingsbridge Quay House"),
    },
    "Tonbridge and Malling": _KENT
    | _district("Tonbridge and Malling Borough Council")
    | {
        "trust": ("Maidstone and Tunbridge Wells NHS Trust", _KCHFT),
        "venue": ("the Gibson Building, Kings Hill", "the Angel Centre, Tonbridge"),
    },
    "Dartford": _KENT
    | _district("Dartford Borough Council")
    | {
        "trust": ("Dartford and Gravesham NHS Trust", _KMPT),
        "venue": ("the Civic Centre, Home Gardens", "the Orchard Theatre"),
    },
    "Gravesham": _KENT
    | _district("Gravesham Borough Council")
    | {
        "trust": ("Dartford and Gravesham NHS Trust", _KCHFT),
        "venue": ("the Civic Centre, Windmill Street", "the Woodville, Gravesend"),
    },
    "Dover": _KENT
    | _district("Dover District Council")
    | {
        "trust": ("East Kent Hospitals University NHS Foundation Trust", _KMPT),
        "venue": ("the White Cliffs Business Park offices, Whitfield", "the Maison Dieu"),
    },
    "Burnley": _LANCS
    | _district("Burnley Borough Council")
    | {
        "trust": (_ELHT, _LSCFT),
        "venue": ("Burnley Town Hall", "Burnley Mechanics"),
    },
    "Rossendale": _LANCS
    | _district("Rossendale Borough Council")
    | {
        "trust": (_ELHT, _LSCFT),
        "venue": ("the Business Centre, Futures Park, Bacup", "the Whitaker, Rawtenstall"),
    },
    "Chorley": _LANCS
    | _district("Chorley Council")
    | {
        "trust": (_LTH, _LSCFT),
        "venue": ("Chorley Town Hall", "Astley Hall, Chorley"),
    },
    "Lancaster": _LANCS
    | _district("Lancaster City Council")
    | {
        "trust": ("University Hospitals of Morecambe Bay NHS Foundation Trust", _LSCFT),
        "venue": ("Lancaster Town Hall", "Morecambe Town Hall"),
    },
    "South Ribble": _LANCS
    | _district("South Ribble Borough Council")
    | {
        "trust": (_LTH, _LSCFT),
        "venue": ("the Civic Centre, Leyland", "the Worden Arts Centre, Leyland"),
    },
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: Each area's county partnership as it styles itself.
SCP = {area: "Devon Safeguarding Children Partnership" for area in tuple(AREAS)[:3]}
SCP |= {area: "Kent Safeguarding Children Multi-Agency Partnership" for area in tuple(AREAS)[3:7]}
_LCSAP = "Lancashire Children's Safeguarding Assurance Partnership"
SCP |= {area: _LCSAP for area in tuple(AREAS)[7:]}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 29-31", "LCSPR 27/09", "RR/28/44", "CSPR-27-17", "RR 29/58", "PLR 28-26")
AGE_BANDS = ("aged ten weeks", "under a year old", "of pre-school age", "aged 12", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Shingle", "Clifftop", "Fellside", "Foreshore", "Chalkdown", "Tidewater", "Heathland")
CHOSEN += ("Dunes",)
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: a baby {age_band} was taken to {trust} by {ambulance} after a "
        "seizure at home in {area}. Scans showed bleeding that the paediatrician could not "
        "explain. {council} and {police} held a strategy discussion the same night and the "
        "baby stayed in hospital under a safety plan while enquiries went on.",
        "Incident summary: a boy {age_band} was found with a knife injury after a fight "
        "linked to drug supply between two towns. He had gone missing five times that year "
        "and return interviews were not always done. The review will ask whether the "
        "exploitation risk was shared with {police} and the youth justice service in time.",
        "Case summary ({ref}): a child {age_band} with a life-limiting condition died after "
        "a long stay in hospital. {trust} led the care. The review will ask whether "
        "{council} offered short breaks early enough and whether the family's housing "
        "needs were raised with the {district} before discharge.",
        "Summary by role: the midwife booked the mother late and noted missed scans. The "
        "health visitor made two visits and found the home cramped. {police} attended "
        "twice for arguments between the adults. The GP practice did not hear about the "
        "police call-outs until the baby was admitted to {trust}.",
        "Summary for {ref}: a girl {age_band} was admitted to {trust} after self-harm and "
        "said she had been groomed online. She had been referred to child and adolescent "
        "mental health services in the spring and was still waiting. {council} had no open "
        "plan. The review will look at how schools, health and {police} shared concerns.",
        "Incident summary: a toddler {age_band} fell from an upstairs window of a flat in "
        "{area}. {ambulance} took her to {trust} with serious injuries. The flat had been "
        "reported to the {district} for broken window restrictors. A rapid review is needed "
        "because the family were already known to early help.",
        "Case summary for {ref}: children {age_band} were found living in a home with rubbish "
        "piled in every room and no food. The school had raised concerns about clothing and "
        "hunger, and a neighbour had complained to the {district} about the smell. Nobody "
        "put the two pieces of information together for several months.",
        "Summary by role for {ref}: education: attendance of 74%, two part-time timetables. "
        "Health: three missed immunisation appointments. {police}: one report of the child "
        "missing overnight. {council}: a referral that did not meet the threshold. Housing: "
        "the {district} moved the family into temporary accommodation in the spring.",
        "Incident summary: a baby {age_band} died while sharing a bed with an adult who had "
        "been drinking, in {area}. {ambulance} attended and the joint agency response "
        "began. Safe sleep advice had been given by {trust} on the ward. The review will "
        "ask how that advice reached the father and other carers.",
        "Summary for {ref}: a looked-after teenager {age_band} placed by {council} far from "
        "home was criminally exploited and arrested for supplying drugs. {police} later "
        "treated him as a victim of modern slavery. The review will consider how the "
        "placement was matched and how often he was visited by his social worker.",
        "Case summary: a child {age_band} was hurt in a road collision while out alone late "
        "at night in {area}. {ambulance} took him to {trust}. He had been reported missing "
        "by his carers several times. The review will look at how missing episodes were "
        "recorded and whether the pattern was seen.",
        "Summary by role ({ref}): the childminder noticed a burn and rang the front door "
        "straight away. {council} and {police} held a strategy discussion, and a medical "
        "at {trust} found the explanation plausible. The partners agree the response was "
        "quick, child-focused and well recorded.",
    ),
    "rapid_review_rationale": (
        "Decision for {ref}, {date}: the partners agree the criteria for a local child "
        "safeguarding practice review are met. There is learning about neglect where "
        "parents have learning needs, and about how the {district} and {council} share "
        "information on housing moves. The {scp} will tell the Panel by {date2}.",
        "Rationale ({ref}): the rapid review showed mostly good practice, and {trust} and "
        "{council} have already changed their procedures. A full review would add little. "
        "A seven-minute briefing will be written instead, and the Panel will be told of the "
        "decision on {date}.",
        "Decision made {date}: the safeguarding partners agree that {ref} meets the "
        "criteria for notifying the Panel. The meeting heard from {police}, {icb} and "
        "{ambulance}. The case raises wider questions about children harmed by adults met "
        "through gaming sites, which the Panel may wish to look at nationally.",
        "Rationale for {ref}: the rapid review timetable was extended to {date2} because "
        "the GP records had not arrived. The partners agreed the extension was needed for a "
        "fair picture. The Panel was told on {date}, and the {scp} business team sent a "
        "revised plan to all agencies.",
        "Decision on {ref} ({date}): no LCSPR. The injury was found to be accidental and "
        "{police} took no further action. Some learning on record keeping was found and "
        "will go to the {theme} working group. The Panel agreed with the decision when it "
        "replied on {date2}.",
        "Rationale: the case review group recommends one thematic review covering {ref} "
        "and two other cases in {area}, all involving teenagers exploited outside the "
        "home. A single review will give clearer learning. The independent scrutineer "
        "agrees. Terms of reference will go to the partners on {date}.",
        "Decision for {ref}: criteria met. The child died, abuse or neglect is known or "
        "suspected, and there are concerns about how {council}, {police} and health worked "
        "together. A reviewer will be commissioned by {date} and the review will finish "
        "within six months.",
        "Rationale ({ref}, {date}): the partners considered the criteria carefully. The "
        "child was seriously harmed, but agencies acted promptly and the harm could not "
        "have been predicted. Learning on {theme} will be shared through the {scp} "
        "bulletin. No LCSPR will be held.",
        "Decision recorded {date}: the rapid review of {ref} is closed. Three learning "
        "points were agreed: hearing the child's voice, escalation between {trust} and "
        "{council}, and using chronologies well. These will be tested by a multi-agency "
        "audit in {period} instead of a full review.",
        "Rationale for {ref}: an LCSPR is recommended because the family moved between two "
        "counties and both sets of agencies held part of the picture. The {scp} will lead "
        "with the neighbouring partnership. The rapid review report will go to the Panel by "
        "{date2} with a note on joint working.",
        "Decision on {ref} ({date}): the community safety partnership is also considering "
        "a domestic homicide review. To avoid two separate processes the reviews will run "
        "together, with the {district} on the review panel and a joint chair agreed by "
        "{date2}.",
    ),
    "minutes": (
        "Safeguarding partners' executive, {venue}, {date}\n"
        "Present: delegated leads for {council}, {police} and {icb}.\n"
        "1. Funding formula for next year agreed.\n"
        "2. {ref}: rapid review report signed off.\n"
        "3. Scrutiny report due at the next meeting.\n"
        "Action: business manager to send the report to the Panel.",
        "Case review subgroup, {room}, {date}, {time}\n"
        "1. Apologies from {ambulance}.\n"
        "2. Two new referrals for consideration; one to go to rapid review.\n"
        "3. {ref}: first draft of the report discussed; comments by {date2}.\n"
        "4. Any other business: the {role} to update on the {theme} audit.",
        "Learning and development subgroup, {date}\n"
        "The subgroup looked at evaluations from the {course} sessions held in {period}. "
        "Attendance from {council} and schools was high and from GP practices low. The "
        "{icb} lead will share the next dates with primary care. Action: the {role2} to "
        "bring the full evaluation to the next meeting.",
        "Extract from the executive minutes, {venue}\n"
        "Item 3: the annual report was approved with small changes.\n"
        "Item 4: {police} shared figures on children missing from home in {area}.\n"
        "Item 5: the {district} asked to join the exploitation subgroup.\n"
        "Decision: agreed from {date}.",
        "Rapid review meeting, {date}, {time} to {time2}, on Teams\n"
        "Chair: the {role}. Agencies present: {council}, {trust}, {police} and education.\n"
        "Each agency summarised its involvement. The nursery's quick referral was praised. "
        "Learning: records did not follow the family when they moved.\n"
        "Next: draft report by {date2}.",
        "Quality and performance subgroup, {room}, {venue}, {date}\n"
        "The data for {period} show contacts to the front door up by 6%. Repeat referrals "
        "are level. Strategy discussions within one working day remain {rag}. The {role} "
        "will look at why health attendance at strategy meetings is lower in {area}.",
        "Notes: child death review liaison meeting, {date}\n"
        "1. Two child deaths in {area} reported; one sent to the partnership for rapid "
        "review ({ref}).\n"
        "2. Water safety campaign: {trust} and {icb} to share messages before summer.\n"
        "3. Themes to go to the executive in {period}.",
        "Schools safeguarding network, {venue}, {date}\n"
        "Designated safeguarding leads heard from {police} about sharing domestic abuse "
        "notifications with schools before the start of the school day. Questions about "
        "half-term were noted. The {role} will circulate a short guide by {date2}.",
        "Practitioner workshop for {ref}, {room}, {date}\n"
        "Eighteen practitioners from {council}, {trust}, schools and the {district} "
        "attended. The reviewer asked what helped them and what got in the way. Themes: "
        "caseloads, changes of worker and not knowing who else was involved. A summary will "
        "go to everyone by {date2}.",
        "Extract: {scp} business group, {date}\n"
        "1. Website: two new reports added to the reviews page.\n"
        "2. Training: {course} full for {period}.\n"
        "3. {ref}: letter from the Panel received and shared.\n"
        "4. Next meeting {date2}, {time}, {venue}.",
        "Joint session with the community safety partnership, {venue}, {date}\n"
        "The {district} set out its plan on youth violence and exploitation. {police} "
        "shared data for {area}. Agreed: one approach to contextual safeguarding and a joint "
        "learning day in {period}. Owner: the {role}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\n"
        "Attached is the information request for rapid review {ref}. Please return your "
        "agency chronology and analysis by {date}.\n\n"
        "We will meet on {date2} at {time} in {room}, {venue}.\n\n"
        "Many thanks,\nReview support officer\n{scp}",
        "Hello everyone,\n\n"
        "Just a reminder that the Panel notification for the incident in {area} must go "
        "in within five working days, so by {date}. The business unit will submit it.\n\n"
        "Could {police} and {trust} confirm their involvement by {time} tomorrow?\n\n"
        "Thanks,\nBusiness manager\n{scp}",
        "Dear {role},\n\n"
        "Thank you for sending the {council} chronology for {ref}. It would help to know "
        "whether health took part in the strategy discussion, and what happened to the "
        "nursery's referral in the winter.\n\n"
        "A reply by {date} would be much appreciated.\n\n"
        "Best wishes,\nReview officer\n{scp}",
        "Dear partners,\n\n"
        "The Panel has responded about {ref}. It supports our decision and asks the "
        "review to look closely at {theme} and at the role of the {district} in moving the "
        "family.\n\n"
        "A draft scope will be sent by {date}.\n\n"
        "Kind regards,\nPartnership manager\n{scp}",
        "Hi all,\n\n"
        'Places are now open for "{course}" on {date} at {venue}, {time} to {time2}. The '
        "session is for staff from {council}, {police}, health, schools and the district "
        "councils.\n\n"
        "Please book through the {scp} training pages.\n\n"
        "Thanks,\nLearning and development officer",
        "Dear colleagues,\n\n"
        "The three partners have agreed the final report for {ref}. It will go to the Panel "
        "and the Department for Education by {date}, and we plan to publish on {date2}.\n\n"
        "Please tell me by return if there is any reason to wait.\n\n"
        "Regards,\nBusiness manager\n{scp}",
        "Dear {role2},\n\n"
        "{ambulance} will send a paramedic, a call handler and our safeguarding lead to the "
        "practitioner workshop for {ref} on {date}.\n\n"
        "Our own internal review will be shared by {date2}.\n\n"
        "Best regards,\nSafeguarding lead\n{ambulance}",
        "Dear housing team,\n\n"
        "For {ref}, the reviewer would like to understand how the {district} chooses "
        "temporary accommodation for families with babies and how health visitors are "
        "told of a move.\n\n"
        "Could someone join a short call on {date} at {time}?\n\n"
        "Many thanks,\nReview officer\n{scp}",
        "Dear all,\n\n"
        "The {icb} designated nurse will chair the health working group on {theme}. The "
        "first meeting is on {date} in {room}, {venue}.\n\n"
        "Please send one named person from each trust, including {trust}.\n\n"
        "Regards,\nPartnership officer\n{scp}",
        "Hello,\n\n"
        "Following the meeting on {date}, please find the action log for {ref} attached. "
        "Three actions are with {council} and one is with {police}.\n\n"
        "Updates are due by {date2}; please reply to the shared mailbox rather than to "
        "me.\n\n"
        "Thank you,\nBusiness support officer\n{scp}",
        "Dear independent scrutineer,\n\n"
        "Thank you for agreeing to look at the rapid review process in {area}. We have set "
        "up meetings with {council}, {police} and {icb} during {period}.\n\n"
        "The first will be on {date} at {time} at {venue}.\n\n"
        "With best wishes,\nPartnership manager\n{scp}",
    ),
    "chronology": (
        "{date}: referral to the front door from the GP practice.",
        "{date}: {police} called to an argument at the home; children upstairs.",
        "{date}: strategy discussion; section 47 enquiries agreed.",
        "{date}: {ambulance} took the child to {trust}.",
        "{date}: the {district} placed the family in emergency accommodation.",
        "{date}: initial child protection conference; plan under emotional abuse.",
        "{date}: health visitor's six-week check; weight gain good.",
        "{date}: appointment at {trust} not attended; second letter sent.",
        "{date}: early help plan ended, goals met.",
        "{date}: social worker from {council} saw the child on her own.",
        "{date} and {date2}: missing episodes reported to {police}.",
        "{date}: attendance at 76%; education welfare visit made.",
        "{date}: school nurse drop-in attended; referral to the GP.",
        "{date}: core group meeting held at {venue}.",
    ),
    "checklist": (
        "Agency chronologies all received: yes.",
        "Panel notified within five working days: yes ({date}).",
        "Parents told about the review: letter sent {date}.",
        "Child's views sought: not yet, planned for {date2}.",
        "Reviewer commissioned: yes.",
        "Terms of reference signed off by the partners: not yet.",
        "Information from {trust} included: yes.",
        "Information from the {district} included: yes.",
        "Coroner's office told of the review: yes, {date}.",
        "Disclosure agreed with {police}: yes.",
        "Learning briefing: being drafted.",
        "Rapid review sent to the Panel within 15 working days: yes.",
    ),
    "notice": (
        "Case review subgroup: {date}, {time}, {room}, {venue}.",
        "Practitioner workshop for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} annual conference on {date} at {venue}.",
        "Executive moved to {date}, {time}, {room}.",
        "Briefing for designated safeguarding leads: {date}, {venue}, {time}.",
        'Webinar at lunchtime: "{course}", {date}, {time}.',
        "Early years drop-in at {venue} on {date}.",
        "Launch of the exploitation strategy, {room}, {venue}, {date} at {time}.",
        "Quality subgroup on {date} is cancelled; next one {date2}.",
        "Multi-agency case audit: {date}, {room}, {venue}.",
        "Young people's scrutiny panel, {venue}, {date}, {time} to {time2}.",
        "Partnership office at {venue} closed on {date}; inbox monitored.",
    ),
    "slack": (
        "agenda for Tuesday's case review subgroup is pinned",
        "has {trust} sent its chronology for {ref} yet?",
        "booked {room} at {venue} for {date}",
        "nudge: panel notification due by end of tomorrow",
        "{district} colleague can't do {time}, ok to move to {time2}?",
        "draft ToR in the folder, comments by {date} please",
        "thanks everyone, action notes coming",
        "{police} have confirmed who's attending the rapid review",
        "{period} training dates now on the website",
        "does {ref} go to the exec first or straight to the Panel?",
        "scrutineer's findings are in the team drive",
        "who is chairing on {date}, anyone know?",
        "minutes from {venue} uploaded, shout if anything is wrong",
        "can someone from {icb} pick up the health action on {ref}?",
    ),
    "panel": (
        "Panel reply on {ref} received {date}: agrees with our decision.",
        "Notification for {ref} sent to the Panel on {date}.",
        "Panel has asked for the rapid review by {date2}.",
        "Panel feedback: good analysis and clear learning.",
        "The Panel is not planning a national review of {ref}.",
        "Rapid review for {ref} sent to the Panel and to Ofsted.",
        "Panel asked about gaps in the timeline; answered {date}.",
        "Final LCSPR for {ref} sent to the Panel on {date}.",
        "The Panel's latest themes report circulated to partners.",
        "Panel agreed more time for {ref}, now due {date2}.",
        "Panel thanked the partners for the quality of the {ref} report.",
    ),
    "publication": (
        "Report for {ref} due to be published on {date}.",
        "Publication on hold until the criminal case ends.",
        "Only the executive summary will be published (agreed {date}).",
        "Family asked about the publication date.",
        "Press statement agreed with the {council} communications team.",
        "Report now on the {scp} website ({date}).",
        "Seven-minute briefing published with the report.",
        "Publication moved to {date2} at the coroner's request.",
        "Report taken down after twelve months, as agreed.",
        "Publication plan sent to the Department for Education.",
        "Easy-read version of the {ref} report to be published on {date2}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed appointments by {date}.",
        "Action 2: {council} to note every adult in the household at each visit.",
        "Action: {police} to send notifications to health visitors within 24 hours.",
        "Action: {icb} to fund safer sleep training for maternity staff.",
        "Action 3: multi-agency learning on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding prompt to crew handover forms.",
        "Action: the {district} to tell health when a family is placed out of area.",
        "Action 4 done: escalation protocol reissued on {date}.",
        "Action 5: the {role} to report progress to the executive.",
        "Improvement plan for {period}: 12 actions, 8 complete, 4 {rag}.",
        "Action: all partners to use the shared chronology form from {date}.",
    ),
    "district_note": (
        "The {district} confirmed the tenancy start date.",
        "{district}: homeless application received {date}.",
        "The {district} will send someone to the practitioner workshop.",
        "Community safety team at the {district} briefed on {ref}.",
        "Temporary accommodation list sent to {council} each month.",
        "Adaptations request logged by the {district} on {date}.",
        "The {district} asked for the learning briefing for its staff.",
        "Housing staff in {area} to complete {course} by {date}.",
        "East Devon District Council and Devon and Cornwall Police looked at anti-social "
        "behaviour reports from Exmouth where children lived at the address.",
        "South Hams District Council housing staff met Torbay and South Devon NHS "
        "Foundation Trust health visitors about families in Kingsbridge.",
        "Dover District Council leisure staff in Deal completed safeguarding refresher "
        "training with the Kent Safeguarding Children Multi-Agency Partnership.",
        "Burnley Borough Council shared a note on the Padiham youth offer with Lancashire "
        "Constabulary.",
        "Gravesham Borough Council and South East Coast Ambulance Service NHS Foundation "
        "Trust agreed how crews raise concerns about families in council hostels.",
        "Lancaster City Council joined NHS Lancashire and South Cumbria Integrated Care "
        "Board for a session on children in temporary housing in Morecambe.",
        "Rossendale Borough Council housing staff and East Lancashire Hospitals NHS Trust "
        "agreed a contact route for health visitors in Bacup.",
        "East Devon District Council community safety team joined the Sidmouth youth "
        "forum on exploitation.",
        "West Devon Borough Council community safety team shared Okehampton patrol dates "
        "with the neighbourhood police team.",
    ),
    "training": (
        'New e-learning course "{course}" is now live.',
        "Training needs survey closes on {date}.",
        "Induction for new executive members on {date} at {venue}.",
        "{course}: 14 places left for {period}.",
        "Trainer network meeting, {room}, {date}.",
        "Evaluation of the {theme} course shows staff feel more confident.",
        "Designated leads' refresher due in {period}.",
        "Training offer for {period} sent to all partners.",
        "Train the trainer day for {course}: {date}, {venue}.",
        "Certificates for {course} sent to attendees from {council}.",
        "Lancashire Children's Safeguarding Assurance Partnership course for Chorley and "
        "South Ribble youth workers moved to the Worden Arts Centre.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child K",
    "Child TW",
    "Infant R",
    "Baby G",
    "Young Person H",
    "Sibling 2",
    "Sibling 4",
    "Unborn Baby M",
    "KE",
    "R.D.",
    "Child P and Child S",
    "Shingle",
    "Clifftop",
    "Fellside",
    "Foreshore",
    "Chalkdown",
    "Tidewater",
    "Heathland",
    "Dunes",
    "Child Y",
    "Infant CW",
    "Baby NL",
    "Young Person Z",
    "HB",
    "O",
    "Child D",
    "Sibling Y",
    "A.W.",
    "Baby C and Baby D",
    "Child MS",
    "Young Person TJ",
    "LF",
    "Infant E",
    "Unborn Child F",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtieth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
