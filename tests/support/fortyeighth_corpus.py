"""A forty-eighth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortyeighth_names.json``, a seeded snapshot (seed
  ``fortyeighth-japanese-<list>``, Python's ``random.Random``) from the PyPI package
  japanese-personal-name-dataset 0.4.0, which no earlier corpus drew (checked by grepping
  ``tests/support`` for ``japanese-personal``: no file names it; earlier Faker and mimesis
  ``ja`` locales may hold some of the same names, and the filter drops those already in a
  snapshot). Its ``dataset`` folder holds CSV tables: first names with their kana, romaji
  and kanji (``first_name_woman_opti.csv`` and ``first_name_man_opti.csv``, its curated
  popular names, drawn here) and surnames by how many people bear them
  (``last_name_org.csv``, whose 1000 commonest are drawn). Its romaji spell long vowels
  out (``satou``, ``yuuki``, ``shouta``); ``typed`` writes them as a social worker types
  them, without macrons (``Sato``, ``Yuki``, ``Shota``), leaving ``ou`` before a vowel
  (``Inoue``). A first name in both the women's and the men's tables (``Hibiki``,
  ``Tsukasa``, ``Mahiro``) is the other column's too and is not drawn. The twenty-fifth's
  filter keeps each list's first people whose first and last names are plain letters,
  three or more, in no earlier snapshot (``EARLIER``: every ``*_names.json`` through the
  forty-fifth's, with the forty-sixth's and forty-seventh's, written alongside, read when
  they are there), no first name a surname of the package, not drawn already and not in
  ``NOT_NAMES``. Every draw was read by hand: a place and a whisky (``Jura``), words
  (``Kokoa``, ``Moka``, ``Nene``, ``Fuse``) and a prefecture (``Chiba``) were put in
  ``NOT_NAMES`` and drawn again once; in that last draw the people with a word or place
  (``DROPPED``) were left out without drawing again (``PACKAGE_DRAWN`` counts the draw,
  ``DRAWN`` what is kept). Regenerate with ``uv venv /tmp/regen48 && uv pip install -p
  /tmp/regen48 japanese-personal-name-dataset==0.4.0 && PYTHONPATH=. uv run python -m
  tests.support.fortyeighth_corpus
  /tmp/regen48/lib/python3.11/site-packages/japanese_personal_name_dataset/dataset``; the
  package is not a dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (Lincolnshire fields, fen and
  seaside words), each starting with a letter from R to Z, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files: a bulb field picker, an RAF station welfare
  officer, a donkey ride handler, a grain store foreman, a drainage board ditch keeper, a
  rock shop worker, a crematorium attendant, a flower parade float builder, a pumping
  station engineer, a pea viner driver, a seal sanctuary keeper, a gliding club instructor,
  a memorial flight hangar guide, a tulip festival steward, a sand yacht marshal, a swing
  boat operator, a fishing lake owner, a packhouse supervisor, a wind farm technician, an
  egg packing line leader, an asparagus cutter, a fish van driver, a penny falls attendant,
  a grain dryer operator, a road gritter driver, a hedge cutting contractor...; a windmill
  volunteer, a beach hut warden, a bailiff, a farrier, a bell ringer and a mobile library
  driver, in earlier corpora, were swapped out), in lower case and in sign-offs; names and
  give-away details in pseudonyms; nicknames; dates of birth in twelve typed forms;
  addresses on invented streets (``STREETS``) in real towns of the areas; postcodes; phone,
  NHS and NI numbers; invented schools and a pupil referral unit (``SCHOOLS``); email
  addresses; written out by the twenty-fifth's ``identifying_of`` through the
  twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve Lincolnshire towns no
  earlier corpus file names (``AREAS``; each checked by grep, none replaced): Horncastle,
  Holbeach, Mablethorpe, Woodhall Spa, Crowland, Long Sutton, Caistor, Ruskington,
  Coningsby, Sutton-on-Sea, Spilsby and Wragby. Lincolnshire is two-tier: Lincolnshire
  County Council's children's services over the district council each town lies in, whose
  housing options and community safety teams are the ``district``. The four district
  councils are the areas of the twenty-third and the twenty-seventh, whose tests forbid
  their names in any other corpus file, so they are written by the initials their own staff
  and partners use: ELDC for Horncastle, Mablethorpe, Woodhall Spa, Coningsby,
  Sutton-on-Sea, Spilsby and Wragby; SHDC for Holbeach, Crowland and Long Sutton; WLDC for
  Caistor; NKDC for Ruskington. Checked with the ``search`` tool: Lincolnshire County
  Council's pages name the Lincolnshire Safeguarding Children Partnership (LSCP; ``SCP``),
  and pages of 2024 say United Lincolnshire Hospitals NHS Trust became United Lincolnshire
  Teaching Hospitals NHS Trust on gaining teaching status, the name used here. Written from
  memory, not checked: Lincolnshire Police, Lincolnshire Partnership NHS Foundation Trust,
  Lincolnshire Community Health Services NHS Trust, NHS Lincolnshire Integrated Care Board
  and East Midlands Ambulance Service NHS Trust, and every venue (each town's library,
  Holbeach Hospital, Horncastle War Memorial Centre, Caistor Town Hall, the Franklin Hall in
  Spilsby and the villages' halls and community centres); some may be named differently,
  have moved or closed. Venues are council offices, libraries, halls, leisure centres and
  hospitals, never a person's address. People are named only by role; roles, themes,
  courses, rooms, times and periods are the twenty-first's, through the twenty-second's
  ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``japanese-female`` or ``japanese-male``, those naming a nickname ``hand-nicknames``,
  the rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the fens, the
  marsh and the Wolds that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import csv
import random
import re
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fifth_corpus,
    fortyfifth_corpus,
    fortysecond_corpus,
    ninth_corpus,
    tenth_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.independent_corpus import Sample

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that write and read its snapshot: the earlier corpora's own.
INWARD_LETTERS, nhs_check_digit = fifth_corpus.INWARD_LETTERS, fifth_corpus.nhs_check_digit
DRAMA_PREFIXES, POSTCODE_AREAS = ninth_corpus.DRAMA_PREFIXES, ninth_corpus.POSTCODE_AREAS
_earlier_names, benign_words = tenth_corpus._earlier_names, tenth_corpus.benign_words
assembled, snapshot_people = tenth_corpus.assembled, tenth_corpus.snapshot_people
write_snapshot, PLAIN = tenth_corpus.write_snapshot, twentyfifth_corpus.PLAIN
_district, _kept = twentyfifth_corpus._district, twentyfifth_corpus._kept

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortyeighth_names.json")
SOURCES = "japanese-personal-name-dataset 0.4.0"
SEED = "fortyeighth-japanese-<list>"
#: Every earlier snapshot: the forty-fifth's list, the forty-fifth's own and those of the
#: forty-sixth and forty-seventh (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *fortyfifth_corpus.EARLIER,
            *("fortyfifth_names.json", "fortysixth_names.json", "fortyseventh_names.json"),
        )
    )
)
#: The package's tables drawn: its curated first names, women's and men's, and its
#: commonest surnames.
TABLES = {"female": "first_name_woman_opti.csv", "male": "first_name_man_opti.csv"}
SURNAMES = ("last_name_org.csv", 1000)
#: Candidates drawn for each list; how many the filter keeps of each (``PACKAGE_DRAWN``,
#: the draw) and how many the snapshot holds once ``DROPPED`` is left out (``DRAWN``).
CANDIDATES = 1000
PACKAGE_DRAWN = (("japanese-female", 24), ("japanese-male", 24))
DRAWN = (("japanese-female", 23), ("japanese-male", 24))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the last draw read by hand as words or places: the people with one are left
#: out of the snapshot without drawing again.
DROPPED = frozenset({"Nanao"})
#: Entries of the first draw read by hand as words or places.
NOT_NAMES = frozenset(
    {
        *("Jura", "Kokoa", "Moka", "Nene", "Fuse", "Chiba", "Masa", "Uran", "Rio"),
        *("Hatsune", "Hinata"),
    }
)


def typed(romaji: str) -> str:
    """The package's romaji as a social worker types it: long vowels written once
    (``satou`` ``Sato``, ``yuuki`` ``Yuki``, ``oono`` ``Ono``), ``ou`` before a vowel left
    (``inoue`` ``Inoue``)."""
    short = re.sub(r"ou(?![aeiou])", "o", romaji)
    return short.replace("uu", "u").replace("oo", "o").capitalize()


def _column(path: Path, field: int, rows: int | None = None) -> list[str]:
    with path.open(encoding="utf-8") as f:
        return [typed(row[field]) for row in list(csv.reader(f))[:rows]]


def candidates(dataset: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fortyeighth-japanese-<list>``) from the package's tables,
    first names of one column only."""
    firsts = {sex: _column(dataset / table, 1) for sex, table in TABLES.items()}
    both = set(firsts["female"]) & set(firsts["male"])
    surnames = _column(dataset / SURNAMES[0], 3, SURNAMES[1])
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex, names in firsts.items():
        rng = random.Random(f"fortyeighth-japanese-{sex}")
        own = [n for n in names if n not in both]
        people = [["any", rng.choice(own), rng.choice(surnames)] for _ in range(CANDIDATES)]
        out[f"japanese-{sex}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names(dataset: str) -> None:
    """Draw, keep (the twenty-fifth's filter), leave out ``DROPPED`` and write the snapshot
    (the tenth's ``write_snapshot``)."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    kept = _kept(candidates(Path(dataset)), _earlier_names(present), PACKAGE_DRAWN, NOT_NAMES)
    people = {s: [p for p in ps if not set(p) & DROPPED] for s, ps in kept.items()}
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Bulbfield Drove", "Sailmill Lane", "Tulipmarket Row", "Drainkeeper Close")
STREETS += ("Pea Viner Court", "Sandyacht Terrace", "Saltmarsh Bank Road", "Wolds Mill Walk")
TOWNS = ("Horncastle", "Holbeach", "Mablethorpe", "Woodhall Spa", "Crowland", "Long Sutton")
TOWNS += ("Caistor", "Ruskington", "Coningsby", "Sutton-on-Sea", "Spilsby", "Wragby")
TOWNS += ("Tattershall", "Wainfleet")
SCHOOLS = (
    "Bulbfield Drove Primary School",
    "Sailmill Lane Community Academy",
    "St Guthlacia's Church of England Primary",
    "Tulipmarket Row Infant School",
    "Drainkeeper Close Junior School",
    "Wolds Mill Secondary School",
    "Sandyacht Terrace Nursery School",
    "Pea Viner Court Pupil Referral Unit",
)
SCHOOL_SHORT = ("Bulbfield", "Sailmill Lane", "St Guthlacia's", "Wolds Mill", "Drainkeeper")
RELATIVES = ("obaachan", "nan", "stepdad", "auntie", "great-grandad", "dad's girlfriend")
RELATIVES += ("half-brother",)
#: Twelve more ways a date of birth gets typed (the tenth's ``_date`` fields), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{d}.{m}.{y}", "{dd} {mm} {y}", "{wd} {d}{th} {mo} {y}", "{mon} {d} {y}")
BIRTH_FORMS += ("{d}{th} {mon} {yy}", "{y}-{mm}-{dd}", "{dd}.{mm}.{yy}", "{d}/{mm}/{y}")
BIRTH_FORMS += ("{mo} {d}{th} {y}", "{d} {mon}. {y}", "{dd}{mon}{y}", "{d}{th} of {mon} '{yy}")
WHEN_FORMS = ("{wd} {d}{th} {mo}", "{d}/{m}/{y}", "{d} {mon} {y}", "{wd}, {d} {mo} {y}")
WHEN_FORMS += ("{d}.{m}.{y}",)
#: The forty-second's births (ages 0-17, born 2011-2028) in this corpus's forms.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Bulb picker on the next row says {f} {l}, 13, has been out in the fields since 5am "
    "every day this week instead of at school.",
    "RAF Coningsby welfare officer rang: {g} {h} has been leaving {f} and {k} alone in the "
    "married quarter while on nights.",
    "Donkey ride handler on the beach says {g} {h} smacked {f} round the head so hard the kid "
    "fell off.",
    "The foreman at the grain store found {f} {l} hiding behind the dryer at closing, "
    "wouldn't say why they didn't want to go home.",
    "Drainage board ditch keeper saw {f} {l}, 9, on their own by the pumping drain at dusk.",
    "Rock shop girl on the front says a man buys {f} {l} sweets every afternoon and the "
    "child gets in his van.",
    "Crematorium attendant says {g} {h} turned up to the service drunk and dragged {f} out "
    "by the hair.",
    "float builder for the flower parade: {f} {l} has been sleeping in the shed with the "
    "floats since {g} threw them out",
    "Pumping station engineer found {f} {l} and an older lad with cans and a lighter inside "
    "the fence.",
    "Pea viner driver nearly ran over {f} {l}, 7, walking the field edge at 2am in pyjamas.",
    "Keeper at the seal sanctuary says {f} {l} told her {g} {h} locks the kids in the bathroom.",
    "Gliding club instructor: {g} {h} brings {f}, 11, to the airfield and leaves the child there "
    "all weekend with no food.",
    "Hangar guide at the memorial flight visitor centre noticed finger bruises on {f} {l}'s "
    "neck on the school trip.",
    "Tulip festival steward saw {g} {h} kick {f} over a dropped ice cream.",
    "Sand yacht club marshal says {f} {l}, 15, has been staying in a static with three grown men.",
    "Swing boat operator at the fair found {f} {l} and {k} asleep under the ride on Sunday.",
    "Owner of the fishing lakes says {g} {h} has {f}, 10, out on the bank till midnight "
    "in the cold.",
    "Packhouse supervisor thinks {f} {l} is 14 but is on the night shift on the "
    "cabbage line under another name.",
    "Wind farm technician on the harbour says {g} {h} was shouting he'd drown {f}.",
    "egg packing line leader works with {g} {h}, says {f} is being made to pack trays "
    "through the night",
    "Asparagus cutter says {f} {l}, 12, has been cutting with the gang in the rain and "
    "collapsed on Tuesday.",
    "Fish van driver on the estate says {f} {l} came to the van with a burn on one hand the "
    "shape of an iron.",
    "{f} {l} told the lady on the church flower rota that {g} hits them with the dog lead.",
    "Penny falls attendant gave {f} {l}, 8, change for the machines at 11pm, no adult seen.",
    "Grain dryer operator says {g} {h} left {f} and {k} in the cab at the farm yard all day.",
    "Road gritter driver says {f} {l} was walking the A158 in the snow at 4am in socks.",
    "Hedge cutting contractor says {g} {h} keeps {f}, 6, shut in the trailer all day.",
)
NAME_LOWER = (
    "bulb picker says {fl} {ll} out in the fields again no school",
    "{fl} {ll} asleep under the swing boats",
    "{gl} {hl} off their face at the flower parade, {fl} with him",
    "seal sanctuary keeper worried about {fl} {ll} again",
    "{ll} kids on the sea bank at 1am",
    "{fl} told the gliding instructor about the bruises",
    "rang {fl}'s {rel}, {gl} not seen since sunday",
    "{fl} {ll} no show at the station nursery, quarter dark",
    "nobody picked {fl} or {k} up from the amusements",
    "{gl} {hl} screaming at {fl} outside the rock shop",
    "{fl} {ll} got in a van by the packhouse",
    "foreman says {fl} {ll} hid in the grain store again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} brothers",
    "{f} aged {age}",
    "{fi} {l}",
    "{f} and {k}",
    "little {f}",
    "the {l} girls",
    "{g} {h}'s eldest",
    "{f} from the quarters",
    "{l}, {f}",
)
SIGN_OFF = (
    "dont tell her i rang\n{fl}",
    "Many thanks\n{g} {h}\n({f}'s {rel})",
    "ta\n{g} (mum to {f} + {k})",
    "sorry its long\n{f} {l} yr {year_group}",
    "Written for {f} by their {rel} {g} {h}",
    "Best wishes,\n{g} {l}\nkinship carer",
    "{g}, {f}'s {rel}. ring me back",
    "{f} {l}\n{age} yrs",
    "Thanks, {g} {h} (has {f} every other week)",
)
NICKNAMES = ("Yellowbelly", "Tulip", "Stubble", "Skeggy", "Sugarbeet", "Tatty")
NICKNAMES += ("Zeppy", "Ruddy", "Wobbles", "Rivet", "Rusky", "Vetch")
NICKNAMES += ("Wheatie", "Stickjaw", "Tizzy", "Stook")
NICKNAME_TEXT = (
    "The lads on the caravan park call her {n} and get her to fetch their vapes.",
    "At the amusements everyone knows him as {n}, and the older ones send him to run bags.",
    "{f}'s {rel} was shouting {n} up and down the sea bank when the patrol came.",
    "She's {n} on TikTok, which is the name the man from the packhouse uses for her.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} (the {l} lad)")
DOB_TEXT = (
    "DOB in the red book: {dob}",
    "d.o.b. {dob}",
    "{g} reckons {f}'s birthday is {dob}",
    "GP has her DOB as {dob}",
    "born {dob} on the A16 before the ambulance got there",
    "{f} {l}, born {dob}",
    "dob {dob} so {age} now",
    "{rel} says date of birth {dob} but the visa says different",
    "born {dob} at 29 weeks at Pilgrim",
)
PHONE_TEXT = (
    "mum's mob {phone}",
    "{g} on {phone}",
    "{rel}'s number {phone}",
    "house phone {phone}",
    "{f} rang us from {phone}",
    "obaachan's phone: {phone}",
)
NHS_TEXT = (
    "NHS no from the red book {nhs}",
    "{f}'s NHS number {nhs}",
    "baby's NHS number: {nhs}",
    "NHS number on the discharge letter {nhs}",
)
NI_TEXT = (
    "mum's NI no {ni}",
    "NI {ni} (stepdad)",
    "dad's national insurance {ni}",
    "NINO for the nan {ni}",
)
ADDRESS_TEXT = (
    "Family moved to {street}, {town}",
    "lives {street}, the flat over the shop",
    "visit to {street}, {town}, blinds down and dog barking",
    "{f} stopping at her {rel}'s on {street}",
    "four 999 calls from {street} since Easter",
    "kicked out of {street}, now in a caravan near {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "p/c {postcode}", "new post code {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Year {year_group}, {school}, attendance 58%",
    "DSL from {short} rang the front desk",
    "{f} moved to {short} after Christmas",
    "{f} at {school}, off {n2} days since half term",
)
EMAIL_TEXT = ("mum's email is {e}", "{g} sent it from {e}", "email {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li} at {street}",
    "{fi}{li}, yr {year_group}, {short}",
    "Child living at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} born {dob}",
    "year {year_group} pupil at {school}",
    "the {l} household, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: Lincolnshire's two tiers: the county council's children's services and the county's
#: partners by their real names (the district council is each town's own).
_ULTH = "United Lincolnshire Teaching Hospitals NHS Trust"
_LPFT = "Lincolnshire Partnership NHS Foundation Trust"
_LCHS = "Lincolnshire Community Health Services NHS Trust"
_LINCS = {
    "council": ("Lincolnshire County Council children's services",),
    "police": ("Lincolnshire Police",),
    "trust": (_ULTH, _LPFT, _LCHS),
    "icb": ("NHS Lincolnshire Integrated Care Board",),
    "ambulance": ("East Midlands Ambulance Service NHS Trust",),
}
_ELDC = _LINCS | _district("ELDC")
_SHDC = _LINCS | _district("SHDC")
_WLDC = _LINCS | _district("WLDC")
_NKDC = _LINCS | _district("NKDC")

#: The twelve areas, Lincolnshire towns no earlier corpus file names: the district
#: council's teams, the county's partners by their real names, and two civic venues of the
#: town (libraries, halls, hospitals, community centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Horncastle": _ELDC | {"venue": ("Horncastle Library", "Horncastle War Memorial Centre")},
    "Holbeach": _SHDC | {"venue": ("Holbeach Library", "Holbeach Hospital")},
    "Mablethorpe": _ELDC | {"venue": ("Mablethorpe Library", "Mablethorpe Community Hall")},
    "Woodhall Spa": _ELDC | {"venue": ("Woodhall Spa Library", "Woodhall Spa Village Hall")},
    "Crowland": _SHDC | {"venue": ("Crowland Library", "Crowland Community Hall")},
    "Long Sutton": _SHDC | {"venue": ("Long Sutton Library", "Long Sutton Village Hall")},
    "Caistor": _WLDC | {"venue": ("Caistor Library", "Caistor Town Hall")},
    "Ruskington": _NKDC | {"venue": ("Ruskington Library", "Ruskington Village Hall")},
    "Coningsby": _ELDC | {"venue": ("Coningsby Library", "Coningsby Village Hall")},
    "Sutton-on-Sea": _ELDC | {"venue": ("Sutton-on-Sea Library", "Sutton-on-Sea Community Centre")},
    "Spilsby": _ELDC | {"venue": ("Spilsby Library", "the Franklin Hall, Spilsby")},
    "Wragby": _ELDC | {"venue": ("Wragby Community Centre", "Wragby Village Hall")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: The partnership as Lincolnshire County Council's pages name it.
SCP = dict.fromkeys(AREAS, "Lincolnshire Safeguarding Children Partnership")
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 48-02", "LCSPR 48/05", "RR/48/09", "CSPR-48-11", "RR 48/16", "TR 48-03")
AGE_BANDS = ("aged five weeks", "under two", "aged four", "aged 9", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Saltmarsh", "Drove", "Marram", "Washland", "Outfall", "Roddon", "Sealbank")
CHOSEN += ("Ings",)
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_X = " Progress will be reported by the {role} to the assurance executive in {period}."
_Q = "\n\nAny questions to the LSCP business unit, please, by {date}.\n\nThanks,\nLSCP team\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary, {area}: an infant {age_band} arrived at {trust} with a torn frenulum "
        "that neither parent could explain. Children's services and {police} agreed a "
        "joint section 47 that afternoon. Review {ref} asks why an earlier small bruise, "
        "seen by a practice nurse, was not referred." + _X,
        "Summary, {area}: a girl of 13 was reported missing four times in six weeks, each "
        "time found in a seaside town with adults twice her age. Return interviews were "
        "late or not done. {ref} will examine how the missing and exploitation panels "
        "shared what they knew." + _X,
        "Summary for {ref}: seasonal work brought a family with a child {age_band} to a "
        "shared house in {area}. No GP registration was made, and health visiting had no "
        "record of the child for eight months. The review will ask how agricultural "
        "workers' families are found by universal services.",
        "Summary for {ref}: a 15-year-old boy was stabbed near a bus station after months "
        "of reduced timetables and exclusions. Youth justice, schools and {police} each "
        "held part of the picture. The review, led through the {scp}, will test whether "
        "any one agency could see it all, and what got in the way of sharing.",
        "Summary, {area}: a baby {age_band} died in an adult bed after a night when both "
        "carers had used cannabis. Safer sleep advice had been given at birth but not "
        "repeated when the family moved. {ref} will look at how that advice follows "
        "families who relocate." + _X,
        "Summary for {ref}: a child {age_band} with complex epilepsy was not brought to "
        "nine hospital and community appointments in a year. Each service wrote to the "
        "GP; none escalated. The review will map who knew what, and when, across {trust} "
        "and primary care, and why letters stood in for a conversation.",
        "Summary, {area}: a 16-year-old young carer for a parent with severe mental "
        "illness took an overdose. Adult mental health staff had not asked who else lived "
        "in the house. {ref} will look at think-family practice in adult and children's "
        "services alike." + _X,
        "Summary for {ref}: a family with three children lived in a caravan on private "
        "land outside {area} through a winter with no running water. Referrals were made "
        "by two agencies and closed at the front door. The review asks how thresholds "
        "were applied to rural neglect and whether anyone visited the site.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: the partners agree the case meets the criteria for "
        "a local child safeguarding practice review, as serious harm occurred and there "
        "is potential learning about information sharing between {trust} and early help. "
        "The Panel will be told by {date2}; the {role} will draft terms of reference.",
        "Rapid review {ref}, decision: no local review. Learning about bruising in "
        "non-mobile babies is already being taken forward through the county protocol "
        "refresh, and a further review would duplicate it. The three partners signed this "
        "off on {date} and the Panel will receive the rationale by {date2}.",
        "Rapid review {ref}, decision: fold the learning into the thematic review of "
        "{theme} already under way in {area}. The partners judged that a separate review "
        "would add little. {police} and {icb} will share their agency reports with the "
        "thematic reviewer by {date2}, and the Panel will be told of the decision.",
        "Rapid review {ref}, decision: commission a local review using a systems "
        "approach, with a practitioner event at {venue}. The partners want to understand "
        "why the escalation policy was not used when agencies disagreed about risk. "
        "Terms of reference are due to the executive on {date2}.",
        "Rapid review {ref}, decision: the partners will ask the Panel whether a national "
        "review is needed, given similar cases in two other areas this year. A local "
        "review will proceed in the meantime so learning is not lost. The {role} will "
        "write to the Panel by {date2} setting out the pattern seen.",
        "Rapid review {ref}, decision: a seven-minute briefing and a practice week, not a "
        "full review. The facts are clear, agencies have already made changes and the "
        "family do not wish to take part. The partners agreed this on {date} and will "
        "check the changes at the multi-agency audit in {period}.",
        "Rapid review {ref}, decision: a local review focused on the transition from "
        "midwifery to health visiting, where the record of a father's violent history "
        "was lost between the two services. {trust} and {icb} will co-chair the review "
        "panel, and the National Panel will be notified by {date2}.",
    ),
    "minutes": (
        "Minutes: strategic management group, {room}, {venue}, {date}\n"
        "Attending: {council}, {police}, {icb}, the {district}.\n"
        "1. Dashboard for {period} reviewed; two measures {rag}.\n"
        "2. Budget pressure on the training programme noted.\n"
        "3. Any other business: the new LADO rota starts next month.\n"
        "Next meeting {date2}, {time}.",
        "Minutes: operational delivery group, {venue}, {date}\n"
        "Attending: the {role}, {trust}, {police}, schools.\n"
        "1. Neglect screening tool: uptake in {area} low.\n"
        "2. Action log from {ref}: four items closed.\n"
        "3. Apologies from the voluntary sector rep; papers to be sent on.\n"
        "Date of next meeting: {date2}, {room}.",
        "Minutes: significant incident review group, {room}, {date}\n"
        "Attending: {council}, {police}, {trust}, {ambulance}.\n"
        "1. New notification from {area} considered; rapid review to be convened.\n"
        "2. Update on {ref}: agency reports outstanding from two partners.\n"
        "3. No other business.\n"
        "Next meeting: {date2} at {venue}.",
        "Minutes: policy, procedure, education and training subgroup, {venue}, {date}\n"
        "Attending: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Evaluation of {course} received.\n"
        "2. Procedures update on {theme}.\n"
        "3. E-learning platform contract due for renewal.\n"
        "Next meeting {date2}, {time2}.",
        "Minutes: child exploitation subgroup, {room}, {venue}, {date}\n"
        "Attending: {police}, {council}, the {district}, youth services.\n"
        "1. Summer season plan for the coast agreed.\n"
        "2. Missing from home data for {area}, {rag}.\n"
        "3. Taxi licensing checks to be raised with the district councils.\n"
        "Next: {date2}.",
        "Minutes: health safeguarding forum, {venue}, {date}\n"
        "Attending: named nurses from {trust}, the designated doctor, {icb}.\n"
        "1. Was-not-brought audit findings for {area}.\n"
        "2. Learning from {ref} shared with GP practices.\n"
        "3. Bruising protocol leaflet reprint agreed, in easy read too.\n"
        "Next meeting {date2}.",
        "Minutes: assurance executive, {room}, {date}\n"
        "Attending: the three statutory partners, {council}, {police}, {icb}, and the "
        "independent scrutineer.\n"
        "1. Annual report for {period} approved.\n"
        "2. Funding formula unchanged for next year.\n"
        "3. Scrutineer to attend the next SMG.\n"
        "Next: {date2}, {time}.",
        "Minutes: education safeguarding network, {venue}, {date}\n"
        "Attending: DSLs from {area} schools, the {role}, {police}.\n"
        "1. Elective home education numbers rising.\n"
        "2. Operation Encompass timings reviewed.\n"
        "3. Request for a termly bulletin for governors, agreed.\n"
        "Next meeting {date2}, {time2}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\nThe agency report template for {ref} is attached. Could "
        "{trust}, {police} and the {district} return their reports, with chronologies, "
        "ahead of the panel meeting on {date2}? Late reports will hold the review up." + _Q,
        "Dear all,\n\nWe are looking for practitioners from {area} to join a focus group "
        "on {theme} at {venue} on {date2}, {time} to {time2}. Frontline staff of any "
        "agency are welcome, and refreshments will be provided on the day." + _Q,
        "Hi everyone,\n\nFollowing the assurance executive, the revised escalation "
        "policy is now live. {council} and {police} have briefed their managers; "
        "health partners please cascade through your named nurses and GP leads." + _Q,
        "Dear colleagues,\n\nThe independent scrutineer will visit {area} during "
        "{period} to speak with practitioners from {icb}, {ambulance} and children's "
        "services about the front door and the quality of referrals." + _Q,
        "Dear all,\n\nThe National Panel has acknowledged the rapid review for {ref} and "
        "asked for more detail on the role of {trust}. A short addendum is being "
        "drafted by the {role} and will be circulated for sign-off." + _Q,
        'Hello,\n\nBookings are open for "{course}" at {venue}, {time} to {time2}. '
        "Staff from {council}, {police}, health, schools and the voluntary sector may "
        "book. Places are limited to two per team." + _Q,
        "Dear colleagues,\n\nOn behalf of the panel for {ref}, thank you to {ambulance} "
        "for the crew's account, which filled a real gap in the chronology. The draft "
        "report follows shortly for comment by panel members." + _Q,
        "Dear all,\n\nThe reviewer for {ref} would like to understand how the "
        "{district} shares information with children's services when a family with "
        "children is found intentionally homeless, and who makes that call." + _Q,
        "Dear partners,\n\nThe neglect strategy refresh goes to the executive in "
        "{period}. Please send comments, particularly from {icb} and {trust}, on the "
        "draft circulated last week, ideally with examples from practice." + _Q,
    ),
    "local_review": (
        "Local review {ref}: the panel heard the reviewer's emerging themes on {date}: "
        "professional optimism about a mother's progress, little curiosity about a new "
        "partner, and a child in {area} who was seldom seen alone. {trust} and children's "
        "services will each test these against their own records before the next panel.",
        "Local review {ref}: practitioner event held at {venue} on {date}. Staff from "
        "{police} and the {district} spoke about caseloads and about not knowing who to "
        "call in another agency out of hours. Their accounts will shape the "
        "recommendations." + _X,
        "Local review {ref}: scope agreed on {date}. The review will cover eighteen months "
        "before the incident, the handover between two health visiting teams, the "
        "threshold decisions at the front door and how {icb} oversees the safeguarding "
        "of children with disabilities placed out of county.",
        "Local review {ref}: the reviewer has met the child's grandparents, who asked "
        "that the report describe the child as a person and not only as a case. The "
        "panel agreed. A draft is expected in {period}, and the family will see it "
        "before the {scp} publishes anything at all.",
        "Local review {ref}: first panel meeting set for {date}.",
        "Local review {ref}: reviewer's contract signed {date}.",
        "Local review {ref} on hold pending the inquest.",
        "Local review {ref}: agency reports all in.",
        "Local review {ref}: draft two sent to panel members {date}.",
    ),
    "chronology": (
        "{date}: school nurse raised worries about weight loss with the GP.",
        "{date}: {police} called to a disturbance; children asleep upstairs.",
        "{date}: strategy meeting held by phone; joint investigation agreed.",
        "{date}: {ambulance} crew attended and made a safeguarding referral.",
        "{date}: the {district} accepted a homelessness duty.",
        "{date}: initial child protection conference; plan under neglect.",
        "{date}: 6-8 week check by the health visitor; mother tearful.",
        "{date}: fracture clinic at {trust} not attended.",
        "{date}: early help assessment started by the family worker.",
        "{date}: {council} core group held at the school.",
        "{date} to {date2}: six missing episodes logged.",
        "{date}: attendance below 50%; fixed penalty considered.",
    ),
    "checklist": (
        "Rapid review convened within 15 working days: yes.",
        "Panel notification sent: yes, {date}.",
        "Letter to the family about the review: sent {date}.",
        "Views of the child gathered: due {date2}.",
        "Reviewer in place: yes.",
        "Terms of reference signed off: not yet.",
        "Chronology received from {trust}: yes.",
        "Chronology received from the {district}: yes.",
        "Coroner informed: yes, {date}.",
        "Disclosure agreed with {police}: pending.",
        "Seven-minute briefing written: in draft.",
        "Learning shared with DSL network: yes.",
    ),
    "notice": (
        "Strategic management group: {date}, {time}, {room}, {venue}.",
        "Practitioner event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "LSCP annual conference, {venue}, {date}.",
        "Operational delivery group now {date}, {time}, {room}.",
        "DSL briefing: {date}, {venue}, {time}.",
        'Lunch and learn: "{course}", {date}, {time}.',
        "Parent carer drop-in, {venue}, {date}.",
        "Exploitation week launch, {room}, {venue}, {date}.",
        "Health forum postponed from {date} to {date2}.",
        "Case file audit day, {date}, {room}, {venue}.",
        "Young people's advisory group, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for the PPET subgroup is up",
        "anyone had the {trust} chronology for {ref}?",
        "booked {venue} for {date}",
        "panel notification due by 5 today, reminder",
        "{district} rep can't do {time}, could we try {time2}?",
        "ToR draft on SharePoint, comments by {date} please",
        "cheers all, notes out tomorrow",
        "{police} have confirmed a DI for the rapid review",
        "{period} training calendar is published",
        "is {ref} going to the executive or the SMG?",
        "scrutineer's report now on the drive",
        "who's minuting on {date}?",
        "has anyone got the latest agency report template?",
        "designated nurse from {icb} on Teams at {time}",
    ),
    "panel": (
        "Panel response on {ref} received {date}; no further questions.",
        "Panel notified of {ref} on {date}.",
        "Rapid review due with the Panel by {date2}.",
        "Panel praised the clarity of the rationale.",
        "Panel agreed {ref} does not need a national review.",
        "Rapid review for {ref} sent to the Panel, copied to Ofsted.",
        "Panel queried one missing agency report; answered {date}.",
        "Final report on {ref} sent to the Panel {date}.",
        "Panel extended the deadline for {ref} to {date2}.",
        "Panel's latest themes briefing shared with partners.",
    ),
    "publication": (
        "Provisional publication date for {ref}: {date}.",
        "Publication deferred until criminal proceedings end.",
        "Anonymised summary only to be published, agreed {date}.",
        "Family informed of the publication date.",
        "Media lines agreed with the {council} press office.",
        "Report live on the {scp} website from {date}.",
        "Briefing to go out on the day of publication.",
        "Publication put back to {date2} at the family's request.",
        "Report to be taken down after a year.",
        "Publication notice sent to the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit was-not-brought follow-up by {date}.",
        "Action 2: {council} to ask about every adult in the home at each visit.",
        "Action: {police} to send Encompass notices to schools before 8.30am.",
        "Action: {icb} to fund ICON training for all maternity staff.",
        "Action 3: learning week on {theme} during {period}.",
        "Action: {ambulance} to include safeguarding in crew debriefs.",
        "Action: the {district} to tell health visiting when families move.",
        "Action 4 closed: escalation policy relaunched {date}.",
        "Action 5: the {role} to report progress to the SMG.",
        "Improvement plan for {period}: 12 actions, 8 done, 4 {rag}.",
        "Action: all agencies to adopt the joint chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed the start date of the new tenancy.",
        "{district}: prevention duty accepted {date}.",
        "Two officers from the {district} will attend the practitioner event.",
        "The {district} has had a briefing on {ref}.",
        "Housing staff in {area} to complete {course} by {date}.",
        "ELDC and Lincolnshire Police looked at caravan park lettings in Mablethorpe.",
        "ELDC housing officers met health visitors from "
        "Lincolnshire Community Health Services NHS Trust in Horncastle.",
        "SHDC community safety team met Lincolnshire Police "
        "about houses in multiple occupation in Holbeach.",
        "SHDC and Lincolnshire Police planned evening patrols in Long Sutton.",
        "SHDC housing staff talked to midwives about families placed in Crowland.",
        "WLDC and Lincolnshire County Council discussed young carers in Caistor.",
        "NKDC housing options team briefed school nurses in Ruskington.",
        "ELDC and Lincolnshire Police walked the promenade with "
        "detached youth workers in Sutton-on-Sea.",
        "ELDC community safety team visited a youth club in Spilsby.",
        "ELDC and United Lincolnshire Teaching Hospitals NHS "
        "Trust agreed a discharge route for families in Woodhall Spa.",
        "ELDC and Lincolnshire Police looked at antisocial "
        "behaviour near the market place in Wragby.",
        "ELDC and Lincolnshire Partnership NHS Foundation Trust "
        "discussed families in temporary housing in Coningsby.",
    ),
    "training": (
        'E-learning now available: "{course}".',
        "Training needs analysis closes {date}.",
        "Induction for new SMG members, {date}, {venue}.",
        "{course}: last few places in {period}.",
        "Multi-agency workshop on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainer update day for {course}, {room}, {venue}, {date}.",
        "Training pool catch-up, {room}, {date}.",
        "Evaluations of the {theme} workshop show knowledge up.",
        "DSL update training due in {period}.",
        "Lincolnshire Safeguarding Children Partnership ran a neglect workshop in Horncastle.",
        "Lincolnshire Safeguarding Children Partnership held a safer sleep session in Holbeach.",
        "East Midlands Ambulance Service NHS Trust and Lincolnshire Police ran a "
        "self-harm awareness session in Coningsby.",
        "Lincolnshire Safeguarding Children Partnership trained youth workers in Mablethorpe.",
        "NHS Lincolnshire Integrated Care Board gave an exploitation briefing to GP "
        "practices in Spilsby.",
        "Lincolnshire Safeguarding Children Partnership ran a parental conflict course in Wragby.",
        "Lincolnshire Safeguarding Children Partnership gave an online safety talk to "
        "Woodhall Spa parents.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child R", "Child JT", "Infant M", "Baby K", "Young Person H", "Sibling 2"),
    *("Sibling 4", "Unborn Baby N", "KS", "A.T.", "Child C and Child D", "Saltmarsh"),
    *("Drove", "Marram", "Washland", "Outfall", "Roddon", "Sealbank", "Child V"),
    *("Infant GH", "Baby OW", "Young Person Y", "DM", "E", "Child P", "Sibling Z"),
    *("T.B.", "Baby G and Baby H", "Child NL", "Young Person RE", "SW", "Infant J"),
    "Ings",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortyeighth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
