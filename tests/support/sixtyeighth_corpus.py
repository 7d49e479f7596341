"""A sixty-eighth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtyeighth_names.json``, a seeded snapshot (seed ``sixtyeighth-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in turn,
  no first name that is also in the table's surname list) from names-dataset 3.3.1 (PyPI,
  Apache-2.0, Philippe Remy's frequency tables per country), its ZA (South Africa), BW
  (Botswana) and NA (Namibia) tables. Earlier corpora that name those tables took these
  ranks (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for
  ``"ZA"``, ``"BW"``, ``"NA"``, South Africa, Botswana and Namibia, and by reading every
  snapshot's keys): ZA the eleventh's 100-1499, the eighteenth's 1500-2999, the
  twenty-first's 3000-4999, the twenty-fourth's 7000-8999, the twenty-seventh's 9000-11999
  and the thirtieth's 14000-15999; BW and NA the thirteenth's 100-1499 only. The fourth's
  ``southern-african`` origin (ZA's top names), the seventh's and twenty-third's Faker
  ``zu_ZA`` and the twenty-fifth's and twenty-sixth's faker-js ``en_ZA`` and ``af_ZA`` are
  other draws or other sources, not these ranks. So ZA is drawn here at ranks 5000-6999
  (``ZA_RANKS``, first names and surnames), the one gap below 12000 that no corpus took, and
  BW and NA at 1500-2999 (``BW_RANKS``, ``NA_RANKS``). Only entries in plain letters are
  drawn (``ASCII_ONLY``). The filter keeps no word of any earlier snapshot (``EARLIER``:
  every ``*_names.json`` through the sixty-sixth's, and those of the sixty-seventh and
  sixty-ninth, written alongside, which did not yet exist in their worktrees when these
  names were drawn; the draw reads every ``sixty*_names.json`` of the sibling worktrees when
  there, and the kept names were checked later against both siblings' snapshots, of the AE
  and QA and the JO, LB and PS tables, and share no word with either). Every draw was read
  by hand (by someone who reads these names as an English caseworker would, not as a
  specialist). The tables at these ranks hold much that is not a name: English words
  (``Donation``, ``Saviour``, ``Navigator``, ``Bricks``, ``Petty``, ``Christians``), a
  country (``Cameroon``), a Japanese surname (``Kagawa``), an Indonesian word (``Bantuan``),
  an Indian name (``Ishaan``), DJs' and rappers' handles (``Kabza``, ``Kartel``, ``Oskido``,
  ``Dallaz``), pet forms and shortenings (``Nix``, ``Timza``, ``Kebs``, ``Khanie``,
  ``Herbie``, ``Nollie``, ``Drienie``, ``Sizzy``, ``Lovey``), typos (``Miceala``, ``Hezel``,
  ``Archibold``, ``Lucrucia``, ``Theophillus``, ``Oiver``, ``Porcha``, ``Marchall``),
  surnames in a first-name column (``Mabusha``, ``Pritchard``, ``Huggins``, ``Nkhala``) and
  a Botswana surname in the Namibian table (``Sechogele``); those of the first draw were put
  in ``NOT_NAMES`` and drawn again, and in the last draw (``PACKAGE_DRAWN``: 20 people of
  each table) the people with such an entry (``DROPPED``: the entry read as not a name) were
  left out without drawing again. ``DRAWN`` is what is kept: 11 ZA, 12 BW and 14 NA people;
  no table was dropped. Regenerate with ``uv venv /tmp/regen68 && uv pip install -p
  /tmp/regen68 names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen68/bin/python -m
  tests.support.sixtyeighth_corpus``; names-dataset is not a dependency and the corpus
  itself reads the JSON only.
- Nicknames: pet names coined by hand for this corpus, each starting with a letter from I to
  Q, none in an earlier corpus file nor in the sibling corpora being written alongside
  (``NICKNAMES``; each checked by grepping ``tests/support`` and the other worktrees'
  ``tests/support``, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files and the sibling worktrees': a red squirrel
  reserve ranger, a glass museum guide, a kitesurf instructor, a shellfish gatherer, a dune
  warden, an axe throwing coach, a balloon artist, a phone repair man, a foam party host, a
  cake decorator, a sand sculptor, a beach wheelchair volunteer, a roller derby coach, a
  stilt walker, a vinyl record stallholder, a comic shop owner, a board game cafe owner, a
  pedalo hire man, a knitting group leader, a glassblower, a seal watch volunteer, a
  kickboxing coach, a breakdance teacher, a drag queen at a story hour, a street food
  trader, a rugby union coach, a netball umpire, a fencing coach, a ballroom teacher and a
  line dancing teacher), in lower case and in sign-offs; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms (``BIRTH_FORMS``); addresses
  on invented streets (``STREETS``) in the real towns; postcodes; phone, NHS and NI numbers;
  invented schools and a pupil referral unit (``SCHOOLS``); email addresses; written out by
  the twenty-fifth's ``identifying_of`` through the twenty-seventh's. The sixty-sixth's
  shape was followed, not its sentences.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve towns and large villages of
  Merseyside (both banks of the estuary) that no earlier corpus file names (``AREAS``; each
  checked by grep, in ``tests/support``, ``tests/test_unseen_corpora.py`` and the sibling
  worktrees, as whole words and as parts of words): Southport, Crosby and Maghull, Prescot
  and Halewood, Rainford, Billinge and Rainhill, and Hoylake, Heswall, West Kirby and
  Bebington. Of the brief's suggestions Newton-le-Willows, Wallasey and Moreton were left
  out because an earlier corpus file names them, with Rainhill, a large village of SHBC that
  none names, in their place; and Formby, because the sixty-seventh, written alongside,
  names a hall after it in another town (the tests match areas as parts of words), with
  Southport, the largest town of SMBC, which no corpus file names, in its place. Every one
  of the four boroughs is an earlier corpus's area (the sixth's, fifteenth's, nineteenth's
  and fourteenth's; their names are not written in this file), so each council, its teams
  and the partnerships and trusts named after places that are earlier areas are written by
  their initials, as staff type them: SMBC for Southport, Crosby and Maghull, with SSCP;
  KMBC for Prescot and Halewood, with KSCP; SHBC for Rainford, Billinge and Rainhill, with
  SHSCP; WBC for Hoylake, Heswall, West Kirby and Bebington, with WSCP; and the trusts MWL
  (the hospitals' trust of the boroughs east and north of the city, whose name holds an
  earlier area), LUHFT (the city's hospitals), WUTH and CWP (the peninsula's hospitals and
  its mental health trust). Names without an earlier area in them are written in full:
  Merseyside Police, NHS Cheshire and Merseyside ICB, North West Ambulance Service NHS
  Trust, Mersey Care NHS Foundation Trust and Alder Hey Children's NHS Foundation Trust.
  Checked with the ``search`` tool (pages): SSCP's own site names it so, led by the council,
  Merseyside Police and the ICB; KSCP's site calls itself so; SHSCP's site and a council
  news item (2025) name it with SHBC (written out in full), Merseyside Police and NHS
  Cheshire and Merseyside; WSCP's site calls itself so, led by the council, Merseyside
  Police and the ICB. Written from memory, not checked: the councils' initials as typed, the
  trusts and which serves which town, the ambulance trust's name, and every venue (the
  libraries of the twelve towns; Maghull Town Hall; Crosby Civic Hall; Southport Town Hall;
  Prescot and Halewood leisure centres; Rainford, Billinge and Rainhill village halls;
  Hoylake Community Centre; Heswall Hall; West Kirby Concourse; Bebington Civic Centre);
  some may be named differently, have moved, closed or not exist. Venues are council
  offices, libraries, halls, leisure centres and community centres, never a person's
  address. Roles, themes, courses, rooms, times and periods come from the twenty-first
  through the twenty-second's ``DRAWS``, and nobody in the benign text is named except by
  role.
- Identifiers: every phone, NHS and national insurance number, email address and postcode is
  invented by the tenth corpus's ``person_values`` inside ranges set aside for fiction
  (numbers Ofcom keeps for drama, NHS numbers from 999 with a correct check digit, QQ
  national insurance prefixes, the example.com, .org and .net domains, postcode areas Royal
  Mail never issued). Samples naming a drawn person carry their table's label
  (``names-dataset-ZA``, ``-BW`` or ``-NA``), samples naming a nickname ``hand-nicknames``,
  and all the rest ``hand``.
- Benign pseudonyms are written as DOMAIN.md allows (``BENIGN_PSEUDONYM_TEXT``): bare
  initials, initials after a word of ``PSEUDONYM_WORDS``, brothers and sisters by number or
  letter, and a few words of the dunes, the shore and the estuary that are nobody's first
  name and that no earlier corpus file uses (``CHOSEN``, checked by grep like the
  nicknames).

No drawn person shares a word with the benign side (the tenth's ``assembled`` drops any who
would). The guard was never run on any of this, so none of it is shaped by what it does.
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyseventh_corpus as _57
from tests.support import fortysecond_corpus as _42
from tests.support import sixtysixth_corpus as _66
from tests.support import twentyfifth_corpus as _25
from tests.support import twentyfirst_corpus as _21
from tests.support import twentyseventh_corpus as _27
from tests.support.independent_corpus import Sample

#: Read from every corpus by the tests and the shared writers (fictional number ranges,
#: the check digit, the benign-word filter, earlier snapshots), the sixty-sixth's.
from tests.support.sixtysixth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.sixtysixth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.sixtysixth_corpus import PLAIN as PLAIN
from tests.support.sixtysixth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.sixtysixth_corpus import _earlier_names
from tests.support.sixtysixth_corpus import benign_words as benign_words
from tests.support.sixtysixth_corpus import nhs_check_digit as nhs_check_digit

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtyeighth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), ZA, BW and NA tables"
SEED = "sixtyeighth-<country>"
#: Every earlier snapshot: the sixty-sixth's list, its own, and those of the sixty-seventh and
#: sixty-ninth (written alongside, so read only when they are there).
_LATER = ("sixtysixth", "sixtyseventh", "sixtyninth")
EARLIER = tuple(dict.fromkeys((*_66.EARLIER, *(f"{n}_names.json" for n in _LATER))))
#: Each table with its first-name and surname ranks, in the order of ``PACKAGE_DRAWN`` (see
#: the docstring for the ranks earlier corpora took from these tables).
TABLES = (("ZA", ((5000, 7000),) * 2), ("BW", ((1500, 3000),) * 2), ("NA", ((1500, 3000),) * 2))
ZA_RANKS, BW_RANKS, NA_RANKS = (ranks for _, ranks in TABLES)
COUNTRIES = tuple(table for table, _ in TABLES)
ASCII_ONLY = frozenset(COUNTRIES)
#: How many people were asked of each table, and how many were kept.
PACKAGE_DRAWN = tuple((f"names-dataset-{c}", 20) for c in COUNTRIES)
DRAWN = tuple(zip((label for label, _ in PACKAGE_DRAWN), (11, 12, 14), strict=True))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the first draw read by hand as words, places, brands, pet forms, typos,
#: handles, names of another country or of the other column: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Nix", "Mabusha", "Timza", "Miceala", "Donation", "Hezel", "Archibold", "Mmatau"),
        *("Vero", "Twane", "Nwai", "Ndoza", "Cate", "Lucrucia", "Cameroon", "Bbt", "Kagawa"),
        *("Khanie", "Kabza", "Kartel", "Saziba", "Kebs", "Nkhala", "Nanki", "Tsoo", "Bafi"),
        *("Ndiyapo", "Yaone", "Vengai", "Ntuthuko", "Oskido", "Dallaz", "Kasta", "Huggins"),
        *("Petty", "Christians", "Tjono", "Sechogele", "Rienie", "Tauno"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED = frozenset(
    {
        *("Herbie", "Pritchard", "Thandour", "Lovey", "Ishaan", "Saviour", "Nollie"),
        *("Nosbusiso", "Smangela", "Modester", "Grattoh", "Cido", "Sizzy", "Calvine"),
        *("Theophillus", "Navigator", "Mfundisi", "Drienie", "Marchall", "Bantuan"),
        *("Porcha", "Fess", "Oiver", "Bricks"),
    }
)

#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(_57.table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: The sibling worktrees whose snapshots, when there, are read too.
SIBLINGS = tuple(Path("/work").glob("wt-sixty*/tests/support"))


def _sibling_words() -> set[str]:
    """Every word of the sibling worktrees' sixty-something snapshots, case-folded."""
    words: set[str] = set()
    for folder in SIBLINGS:
        for path in folder.glob("sixty*_names.json"):
            if path.name != NAMES_FILE.name:
                people = json.loads(path.read_text(encoding="utf-8")).get("people", {})
                words |= {w.casefold() for pairs in people.values() for p in pairs for w in p}
    return words


def _table_kept(
    taken: set[str], table: str, ranks: tuple[tuple[int, int], ...], asked: int
) -> list[list[str]]:
    """One table's people through the tenth's ``dataset_people`` (first-name ranks, then
    surname ranks), taking their words into ``taken``, less the people of ``DROPPED``."""
    drawn = _57.dataset_people(((table, asked),), ranks[1], taken, "sixtyeighth", _usable, ranks[0])
    return [pair for pair in drawn[table] if DROPPED.isdisjoint(pair)]


def regenerate_names() -> None:
    """Write the snapshot afresh (names-dataset importable only here), the tables of
    ``TABLES`` in turn sharing one set of words already taken: every snapshot of ``EARLIER``
    beside this file, and the siblings'."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    taken = _earlier_names(present) | _sibling_words()
    kept = {
        label: _table_kept(taken, table, ranks, asked)
        for (table, ranks), (label, asked) in zip(TABLES, PACKAGE_DRAWN, strict=True)
    }
    _57.write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


_people = partial(_57.snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Sandgrown Terrace", "Ferryboat Walk", "Sandwort Close", "Duneslack Lane")
STREETS += ("Glasscone Row", "Squirrelgate Fold", "Firwood Landing", "Starwort Mews")
TOWNS = ("Southport", "Crosby", "Maghull", "Prescot", "Halewood", "Rainford", "Billinge")
TOWNS += ("Rainhill", "Hoylake", "Heswall", "West Kirby", "Bebington")
#: The schools, one on each invented street but the saint's, the last a pupil referral unit.
_KINDS_OF_SCHOOL = ("Primary School", "Infant School", "Junior School", "Academy")
_KINDS_OF_SCHOOL += ("Nursery School", "High School", "Pupil Referral Unit")
SCHOOLS = tuple(
    f"{street} {kind}"
    for street, kind in zip(
        STREETS[:3] + STREETS[5:8], _KINDS_OF_SCHOOL[:3] + _KINDS_OF_SCHOOL[4:], strict=True
    )
)
SCHOOLS += ("St Wyndreth's Catholic Primary School", "Duneslack Lane Academy")
SCHOOL_SHORT = ("Sandgrown", "Ferryboat Walk", "St Wyndreth's", "Duneslack", "Firwood Landing")
RELATIVES = ("gogo", "ouma", "koko", "nkgono", "aunty", "nan", "grandad", "stepdad")
#: A dozen shapes staff type a birthday in, from the tenth's ``_date`` fields; after them,
#: the shapes of meeting and notification dates on the benign side.
BIRTH_FORMS = (
    "{d}/{m}/{y}",
    "{dd}-{mm}-{yy}",
    "{d} {mon} {y}",
    "{wd}, {d} {mo} {y}",
    "{mon} {d}, {y}",
    "{d}{th} {mo} {yy}",
    "{y}/{mm}/{dd}",
    "{dd}.{mm}.{y}",
    "{d}.{m}.{yy}",
    "the {d}{th} of {mon} {y}",
    "{dd} {mo} {y}",
    "{d}-{m}-{y}",
)
WHEN_FORMS = ("{wd} {d}{th} {mo}", "{d}/{m}/{y}", "{d} {mon}", "{wd} {dd}.{mm}", "{mon} {d}")
#: A child's date of birth and age (the forty-second's births, up to 17), in these forms.
_birth = partial(_42._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "A red squirrel reserve ranger found {f} {l}, 10, alone in the pinewoods at dusk; the "
    "child said {g} had driven off after a row in the car park.",
    "Glass museum guide says {g} {h} shook {f} so hard by the furnace display that the "
    "child's head hit the rail, then laughed about it.",
    "The kitesurf instructor says {f} {l}, 15, turns up with men twice her age who pay for "
    "her lessons and wait in a van with blacked-out windows.",
    "shellfish gatherer on the sands saw {f} {l} out past the channel markers with the tide "
    "coming in and nobody watching, {g} asleep in the car",
    "Dune warden says {f} {l}, 13, has been sleeping in a hollow behind the boardwalk and "
    "told him {g} changed the locks.",
    "Axe throwing coach refused {f} {l}, 14, who came in smelling of drink and said {g} "
    "{h} gave him the money and a bottle.",
    "A balloon artist at the party says {f} {l} flinched every time {g} raised a hand and "
    "whispered that she gets hit at bedtime.",
    "Phone repair man found images of {f} {l} on a handset brought in by {g}'s lodger and "
    "kept the receipt for the police.",
    "Foam party host says {f} {l}, 12, was left at the venue until 1am and {g} {h} did "
    "not answer any of eleven calls.",
    "The cake decorator says {f} {l} asked to stay in the shop after closing because {g} "
    "throws things when the baby cries.",
    "Sand sculptor on the front says {f} {l}, 9, begs visitors for chips every weekend and "
    "says there is no food at {rel}'s.",
    "Beach wheelchair volunteer noticed {f} {l} has a burn on the back of the hand shaped "
    "like an iron; {g} said it was the oven.",
    "Roller derby coach says {f} {l}, 16, has stopped eating and told a teammate that {g} "
    "{h} weighs her every morning.",
    "A stilt walker at the gala saw {g} {h} drag {f} across the field by the hair and push "
    "the child into the back of a car.",
    "Vinyl record stallholder says {f} {l} comes to the market on school days and has been "
    "given cash by a man to carry a rucksack to the station.",
    "comic shop owner says {f} {l} hides in the back reading till closing and says {g} "
    "wont let {k} and him in till late",
    "Board game cafe owner says {f} {l}, 11, spoke of {g}'s boyfriend touching her in the "
    "bath and then asked her not to tell anyone.",
    "Pedalo hire man says {g} {h} left {f} and {k} on the lake for three hours and went "
    "to the pub across the road.",
    "Knitting group leader says {f} {l}'s {rel} brings the child every week with fresh "
    "bruises on the wrists and won't say how.",
    "The glassblower's assistant says {f} {l}, 15, is working shifts in the studio for cash "
    "on school days because {g} needs the money.",
    "Seal watch volunteer found {f} {l} crying on the slipway at 10pm; said {g} {h} had "
    "told them to get out and not come back.",
    "Kickboxing coach says {f} {l} has marks on the neck and said {g} grabbed him when he "
    "came in late.",
    "Breakdance teacher says {f} {l}, 12, arrives hungry, in the same clothes all week, and "
    "says {g} sleeps all day.",
    "A drag queen at the library story hour saw {g} {h} pinch {f} hard on the arm and "
    "threaten to leave the child at the bus station.",
    "Street food trader at the night market says {f} {l}, 14, gets into a different car "
    "each Friday and told him {g} does not care where she goes.",
    "Rugby union coach says {f} {l} has a split lip and a story that changes; {g} {h} "
    "shouted at the child on the touchline.",
    "Netball umpire says {f} {l}, 13, has scratches down both forearms and says {g} does not know.",
    "The fencing coach says {f} {l} was collected by a man not on the list who said he was "
    "{g}'s friend and that {f} stays with him.",
    "Ballroom teacher says {f} {l}, 10, told the class that {g} locks her in the bedroom "
    "when visitors come.",
    "Line dancing teacher says {g} {h} came to the hall drunk with {f} and {k} and fell "
    "asleep on the chairs while the children walked home.",
)
NAME_LOWER = (
    "squirrel ranger rang again re {fl} {ll} in the woods after dark",
    "dune warden saw {fl} behind the boardwalk again",
    "tried {fl}'s {rel} three times no joy",
    "{fl} {ll} no show at breakfast club again, 4th time",
    "kitesurf lad says {fl} {ll} with the van men again",
    "{gl} {hl} not answering, {fl} at the comic shop till 8",
    "foam party place rang about {fl} {ll} again",
    "{ll} kids left on the pedalos again",
    "{fl} at the night market again, new car",
    "stilt walker thinks {fl} {ll} scared of {gl}",
    "roller derby coach worried {fl} not eating",
    "{fl} {ll} - kickboxing coach saw neck marks",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} twin (the older)",
    "{f}, {age} yrs",
    "{f} {l} jnr",
    "{f} {l} & {k}",
    "little {f} {l}",
    "{l} girl (middle one)",
    "eldest of {g} {h}",
    "{f} from roller derby",
    "{l} household - {f}",
)
SIGN_OFF = (
    "please dont tell my dad\n{fl}",
    "Thank you for your time,\n{g} {h}, {f}'s {rel}",
    "cheers\n{g}, mum of {f} & {k}",
    "love from {f} {l}\nsorry its long",
    "{rel} {g} {h} writing for {f}",
    "Regards,\n{g} {l}\n(kinship carer for {f})",
    "{g} ({f}'s {rel}) - ring after 5",
    "{f} {l}\nim {age} and i dont want to go back",
    "{g} {h}, neighbour looking after {f}",
)
NICKNAMES = (
    *("Inchpot", "Izzleworth", "Jinglet", "Jellyfoot", "Kazoodle", "Knucklebones"),
    *("Lollipuff", "Nebbie", "Noodlehead", "Natterjack", "Ozzler", "Pebblet"),
    *("Puddlejump", "Quibbs", "Quaysider"),
)
NICKNAME_TEXT = (
    "The older boys at the skate ramp call him {n} and send him to the shop for them.",
    "Staff at the leisure centre heard {f}'s {rel} yell {n} across the pool at closing.",
    "On the seized phone she is saved as {n}, the officer in the case says.",
    "Behind the amusements everyone knows her as {n}; the men in the car give her vapes.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} off the prom", "{n} the {l} boy", "{n} (proper name {l})")
DOB_TEXT = (
    "health visitor's red book: {f} born {dob}, 7lb 1oz",
    "dob per the council tax form {dob}",
    "{g} rang the duty desk: {f} was born {dob}",
    "DOB on the nursery register {dob}",
    "born {dob} at Arrowe Park",
    "{f} {l}, date of birth {dob}",
    "born {dob} ({age} last month)",
    "{rel} says {dob} but the GP has a different day",
    "born {dob} at 29 weeks, six weeks in special care",
)
PHONE_TEXT = (
    "mum's mobile (new number again) {phone}",
    "{g} answers {phone} after school pick-up",
    "{rel}, backup if mum is unreachable: {phone}",
    "landline at the house, hardly answered: {phone}",
    "the man from the app also texts {f} on {phone}, a burner",
    "number for the gogo next door {phone}",
)
NHS_TEXT = (
    "NHS number {nhs} (verified on PDS)",
    "{f}'s NHS no. from the red book: {nhs}",
    "NHS for the younger twin: {nhs}",
    "discharge letter from A&E gives NHS {nhs}",
)
NI_TEXT = (
    "mum's NI no. off the UC letter: {ni}",
    "partner's NI {ni}",
    "NINO for dad (DWP check) {ni}",
    "{rel} gave NI as {ni}",
)
ADDRESS_TEXT = (
    "moved into {street}, {town}, after the fire",
    "sofa surfing at a friend's on {street}",
    "visited {street}, {town} at 3 and at 5, curtains shut, car outside",
    "{f} stopping at {rel}'s on {street} most weeknights",
    "{street} had four police visits over easter",
    "evicted from {street} last month, family split across {town}",
)
POSTCODE_TEXT = (
    "home postcode {postcode}",
    "postcode given on the MARF {postcode}",
    "now at {postcode} since july",
)
SCHOOL_TEXT = (
    "{f} (Y{year_group}) is on the roll at {school}",
    "{school} says Y{year_group} attendance is under 60%",
    "DSL at {short} rang at 8.50",
    "{f} started at {short} in the spring term from out of area",
    "{f} at {school} has missed {n2} sessions since september",
)
EMAIL_TEXT = (
    "{g} emails the school from {e}",
    "the messages came from an account, {e}",
    "{g} {h} prefers email: {e}",
)
PSEUDONYM_REVEALING = (
    "{l} baby, DOB {dob}",
    "{fi}{li} ({street})",
    "{short} Y{year_group} ({fi}{li})",
    "the child at {postcode} (top flat)",
    "NHS {nhs} child {fi}{li}",
    "{age}yo {l} from {town}",
    "{fi}{li}, born {dob}",
    "the boy in Y{year_group} at {school}",
    "{town} {l} family (4 kids)",
)


#: This module, its tables as the twenty-fifth lays them out (homes and schools, templates by
#: category, nicknames), and the twenty-seventh's writer of the identifying side over them.
_THIS = sys.modules[__name__]
KIN, TEMPLATES, NICKNAMED = _25.identifying_tables(_THIS)
_identifying = _27.identifying_of(_THIS)


# --- benign (real places of England, organisations by their initials or real names) ------

_MERSEY = dict(
    police=("Merseyside Police",),
    icb=("NHS Cheshire and Merseyside ICB",),
    ambulance=("North West Ambulance Service NHS Trust",),
)
_SEFTON = {"council": ("SMBC children's services",)}
_SEFTON |= {"trust": ("LUHFT", "Mersey Care NHS Foundation Trust")}
_KNOWS = {"council": ("KMBC children's services",)}
_KNOWS |= {"trust": ("MWL", "Alder Hey Children's NHS Foundation Trust")}
_HELENS = {"council": ("SHBC children's services",)}
_HELENS |= {"trust": ("MWL", "Mersey Care NHS Foundation Trust")}
_WIRRAL = {"council": ("WBC children's services",), "trust": ("WUTH", "CWP")}


def _town(
    partners: dict[str, tuple[str, ...]], council: str, *venues: str
) -> dict[str, tuple[str, ...]]:
    """An area: the Merseyside partners, its own, its council's teams (the twenty-fifth's
    ``_district``) and two venues."""
    return _MERSEY | partners | _57._district(council) | {"venue": venues}


#: The twelve areas, towns and large villages no earlier corpus file names: the partners,
#: the borough council's teams (by its initials) and two civic venues of the town
#: (libraries, halls, community and leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Southport": _town(_SEFTON, "SMBC", "Southport Library", "Southport Town Hall"),
    "Crosby": _town(_SEFTON, "SMBC", "Crosby Library", "Crosby Civic Hall"),
    "Maghull": _town(_SEFTON, "SMBC", "Maghull Library", "Maghull Town Hall"),
    "Prescot": _town(_KNOWS, "KMBC", "Prescot Library", "Prescot Leisure Centre"),
    "Halewood": _town(_KNOWS, "KMBC", "Halewood Library", "Halewood Leisure Centre"),
    "Rainford": _town(_HELENS, "SHBC", "Rainford Library", "Rainford Village Hall"),
    "Billinge": _town(_HELENS, "SHBC", "Billinge Library", "Billinge Village Hall"),
    "Rainhill": _town(_HELENS, "SHBC", "Rainhill Library", "Rainhill Village Hall"),
    "Hoylake": _town(_WIRRAL, "WBC", "Hoylake Library", "Hoylake Community Centre"),
    "Heswall": _town(_WIRRAL, "WBC", "Heswall Library", "Heswall Hall"),
    "West Kirby": _town(_WIRRAL, "WBC", "West Kirby Library", "West Kirby Concourse"),
    "Bebington": _town(_WIRRAL, "WBC", "Bebington Library", "Bebington Civic Centre"),
}
#: The partner kinds (the forty-eighth's) and the partnerships, each area's named after its
#: council's initials as the partnership's own pages give them (see the docstring).
KINDS, PARTNERSHIPS = _57.KINDS, tuple(AREAS)
_BY_COUNCIL = {"SMBC": "SSCP", "KMBC": "KSCP", "SHBC": "SHSCP", "WBC": "WSCP"}
SCP = {town: _BY_COUNCIL[parts["district"][0].split()[0]] for town, parts in AREAS.items()}
#: Every agency named, each once, in the order the areas first name them.
AGENCIES = tuple(dict.fromkeys(sum((AREAS[t][k] for t in AREAS for k in KINDS), ())))
#: The twenty-second's roles, themes, courses, rooms and periods (through the
#: fifty-seventh), and this corpus's own review numbers and ages; the benign pseudonyms'
#: words, and this corpus's own words of the shore.
DRAWS = _57.DRAWS | {"ref": ("RR 68-01", "LCSPR 68/03", "RR/68/07", "CSPR-68-02", "RR 68/11")}
DRAWS |= {"age_band": ("aged five weeks", "of eleven months", "aged 23 days", "of 7 months")}
PSEUDONYM_WORDS, CHOSEN = _57.PSEUDONYM_WORDS, ("Redrock", "Dunelands", "Seabank", "Tideway")
CHOSEN += ("Mudbank", "Sealpup")

#: Closing lines that some templates share (a progress line, an email's sign-off).
_P = " The partnership's learning and improvement group will see progress in {period}."
_S = "\n\nPlease reply to the business unit by {date}.\n\nMany thanks,\n{scp} business unit"
#: The benign text by register, which is each sample's category. ``_uses`` fills a template
#: one to three times; long ones (a third or so) stay within a 500-character note field.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Case outline {ref}. A boy of three from {area} was found wandering on the coast "
        "road at dawn in his pyjamas, two miles from home. The parents had both taken "
        "sleeping tablets. The family was known to early help for poor home conditions. "
        "The review will ask how the case was stepped down, who checked the home at night "
        "and whether the health visitor's worries about the parents' medication were heard.",
        "{ref}, what happened: a girl of 15 from {area} was taken to hospital after an "
        "overdose in a public toilet. She had been reported missing nine times in six "
        "months, and each return interview was done by a different worker. Partners want to "
        "understand why no one joined the episodes together, and how the {scp} exploitation "
        "screening tool was used, if at all, before the last episode.",
        "Many families now come to {area} for short-term work in warehouses and care "
        "homes, and some stay in holiday lets out of season. When a "
        "baby {age_band} was taken to A&E with a fractured arm, no GP or health visitor knew "
        "the family. {ref} will ask how {council}, {icb} and employers can make sure such "
        "families are registered and offered the usual checks." + _P,
        "Why {ref} was opened: a 13-year-old was persuaded by an adult on a social media app "
        "to send images, then blackmailed for money. The child told a teaching assistant, "
        "who passed it on the same day, but the report waited over a weekend before {police} "
        "saw it. The {scp} will test how sextortion reports are triaged and how quickly "
        "schools can reach an officer out of hours.",
        "Summary ({area}): a family of five lived for a winter in a flat with black mould "
        "on every wall; the youngest child was admitted twice with breathing problems. The "
        "letters from the GP to the landlord went unanswered. {ref} asks whether the "
        "{district} knew of the disrepair, and whether the paediatric team at {trust} linked "
        "the admissions to the housing." + _P,
        "{ref}, the short version: a baby {age_band} died after being put to sleep on a "
        "pillow in an adult bed. Safer sleep advice had been given at the birth and at the "
        "new birth visit, but the family had since moved twice and the advice was not "
        "repeated. The review will look at how moves between areas affect health visiting "
        "and what {trust} does when a baby's address changes.",
        "Review background, {area}. A boy of eleven with autism was taken off the school "
        "roll to be home educated after repeated exclusions. Over the next year he was seen "
        "by his GP once and by no one else. {ref} will ask how {council} checks on children "
        "who leave school this way, and what the school knew of the home before it agreed "
        "to the removal." + _P,
        "Outline of {ref}: a 16-year-old was cuckooed in her own flat, a supported tenancy "
        "near {area}, by men who used it to store drugs. Her support worker noticed new "
        "visitors and raised it twice. The review will test how supported housing providers "
        "share concerns with {police} and the {district}, and how quickly the tenancy could "
        "be made safe.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: a local child safeguarding practice review will be "
        "commissioned. Partners found that a domestic abuse referral from {police} did not "
        "reach the school or the GP before the second incident, and that the MARAC was "
        "told late. {trust} will write the health chronology. The Panel is to be told by "
        "{date2}; the {role} will brief two candidate reviewers this week.",
        "Rapid review {ref}, decision: no further review. Agencies shared information "
        "promptly, the paediatrician was clear that the burn was accidental, and the single "
        "gap (a discharge letter sent to an old address) has been corrected. Partners "
        "agreed this on {date}. A note of the reasons goes to the Panel by {date2} and to "
        "staff through the partnership newsletter.",
        "Rapid review {ref}, decision: take the learning into the multi-agency audit of "
        "{theme} in {period}, which already looks at {area} and the neighbouring towns. "
        "{police} and {icb} will add this family's records to the sample. The Panel will "
        "receive the reasoning with the rapid review template by {date2}.",
        "Rapid review {ref}, decision: a learning review using a systems approach, with "
        "frontline staff invited to {venue}. Partners want to see what helped in the first "
        "two days as well as why the child in need plan drifted over the winter. The "
        "executive will agree the scope on {date2}.",
        "Rapid review {ref}, decision: ask the Panel whether a national review is needed, "
        "because the young person was moved by the same group across four force areas. "
        "Local learning will go ahead at the same time. The {role} will send the Panel a "
        "note of the links with other partnerships by {date2}.",
        "Rapid review {ref}, decision: a reflective practice session in place of a full "
        "review. The family asked for privacy, the facts are agreed and every agency has "
        "already written its own actions. Agreed on {date}; the learning and improvement "
        "group will check the actions in {period} and flag any that have slipped.",
        "Rapid review {ref}, decision: a focused local review of how the family's records "
        "followed them when they moved into the borough from another region. {trust} and "
        "{icb} will co-chair the review panel. The Panel is to be told by {date2}, and the "
        "family will be offered time with the reviewer.",
    ),
    "minutes": (
        "Notes of the {scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}; front door contacts rated {rag}.\n"
        "2. Business plan agreed, with one change to the education priority.\n"
        "3. Partner contributions for next year to be confirmed in writing.\n"
        "Next meeting: {date2}, {time}.",
        "Learning and development subgroup, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a sixth form college safeguarding lead.\n"
        "1. Take-up of {course} fell in {area}; a local session will be offered.\n"
        "2. Learning from {ref} to be added to the refresher course.\n"
        "3. Online learning licences renewed for a year.\n"
        "Next meeting: {date2}, {room}.",
        "Rapid review meeting, {date}, on Teams\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Serious incident notification from {area} discussed; records requested.\n"
        "2. {ref}: the reviewer's early themes noted; questions to follow by email.\n"
        "3. Any other business: none raised.\n"
        "Next meeting: {date2} at {venue}.",
        "Scrutiny and assurance subgroup, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Section 11 returns: ten of twelve in.\n"
        "2. {theme} audit findings to become a two-page practice note.\n"
        "3. Feedback from {course} collated by the business unit.\n"
        "Next meeting: {date2}, {time2}.",
        "Exploitation and missing subgroup, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, the youth service.\n"
        "1. Plans for the summer holidays and the airshow weekend agreed.\n"
        "2. Hotspots near {area}: {rag}.\n"
        "3. The return interview provider to attend next time.\n"
        "Next meeting: {date2}.",
    ),
    "partner_email": (
        "Good morning,\n\nThe reviewer for {ref} needs each agency's records in the agreed "
        "template rather than as screenshots. {trust} and the {district} have not yet sent "
        "theirs; {police} returned theirs last week. Everything is needed before the panel "
        "meets on {date2}." + _S,
        "Dear colleagues,\n\nWe would like five practitioners from {area} to read a draft "
        "leaflet for parents on {theme} and tell us what does not make sense. We meet at "
        "{venue} on {date2}, {time} to {time2}, and lunch is provided." + _S,
        "Hello everyone,\n\nThe revised professional disagreement procedure is now in use. "
        "{council} has put it into supervision records and {police} will include it in "
        "team briefings. Health colleagues, please let us know how it will reach practices." + _S,
        "Dear partners,\n\nOur independent scrutineer will sit in on two strategy meetings "
        "in {period} and speak to managers at {icb} and {ambulance}. If you can help, reply "
        "with a contact name and some dates that work for you." + _S,
        "Hi all,\n\nThe Panel has replied on {ref}: it supports our decision and praised "
        "{trust} for a clear chronology. The {role} will now write a seven-minute briefing "
        "with the designated nurse to go out next month." + _S,
        'Dear all,\n\nAn extra date for "{course}" has been added at {venue}, {time} to '
        "{time2}, as the waiting list was long. It is open to {council}, {police}, health, "
        "schools and voluntary groups, first come first served." + _S,
        "Dear colleagues,\n\nThank you to {ambulance}, whose call handler and paramedic came "
        "to the practitioner event for {ref}. Hearing the call as it happened changed how "
        "many of us understood the family's night." + _S,
        "Hello,\n\nFor {ref}, could the {district} tell us how many families with children "
        "were in emergency accommodation last year, the longest stay, and whether schools "
        "are told when a child is placed outside the borough?" + _S,
    ),
    "local_review": (
        "Local review {ref}: at the panel on {date} the reviewer set out three early "
        "findings: the mother's partner was never assessed, the child's silence at school "
        "was read as shyness, and {trust} held a safeguarding note that no one else saw. "
        "Agencies will check the findings for accuracy before the draft is written.",
        "Local review {ref}: the practitioner event was held at {venue} on {date}. Staff "
        "from {police} and the {district} said they had not felt able to question a "
        "manager's view of the risk. The reviewer will reflect this in the findings on "
        "challenge and supervision." + _P,
        "Local review {ref}: scope agreed on {date}. The review covers the eighteen months "
        "before the incident, including two house moves, a change of school and how {icb} "
        "commissioned the child's therapy.",
        "Local review {ref}: the reviewer has met the child's grandmother, who wants the "
        "report to say her granddaughter loved horses and singing, not only what happened "
        "to her. The panel agrees. The final draft is due in {period} and the family will "
        "see it before the {scp} approves it.",
        "Local review {ref}: three panel meetings booked, the first on {date}.",
        "Local review {ref}: the reviewer starts on {date}, three days a week.",
        "Local review {ref}: paused until the criminal trial has finished.",
        "Local review {ref}: the last of nine agency reports is in.",
        "Local review {ref}: draft two to panel members {date}, comments welcome.",
    ),
    "chronology": (
        "{date}: nursery saw a bruise on a toddler's cheek; parent said she fell off a chair.",
        "{date}: {police} attended a neighbour's report of a row; three children up at 1am.",
        "{date}: MASH decided no further action; advice letter sent to the family.",
        "{date}: {ambulance} took the mother to hospital after a seizure; an aunt had the baby.",
        "{date}: the {district} placed the family in one room of a guest house.",
        "{date}: ICPC held; both children made subject to plans under emotional abuse.",
        "{date}: two-year review missed; the health visitor wrote to rebook.",
        "{date}: {trust} orthopaedic clinic called the family twice; no answer.",
        "{date}: family support worker called at 11 and 3; no reply, lights on.",
        "{date}: {council} conference chair extended the plan for three months.",
        "{date} to {date2}: attendance at 68%, with Mondays mostly missed.",
        "{date}: school agreed a reduced timetable for three weeks.",
        "{date}: booking appointment missed; the midwife rang and rebooked.",
    ),
    "checklist": (
        "Working days from notification to rapid review meeting: 14.",
        "Notification sent to the Panel on {date} at 3pm.",
        "Letters to both parents (living apart) sent {date}.",
        "Advocate to speak to the older sibling about the review before {date2}.",
        "Reviewer appointed? Yes, confirmed by the partnership manager.",
        "Terms of reference: draft 3, comments shown.",
        "{trust} chronology received? Yes, in full.",
        "{district} chronology received? Chased.",
        "Coroner's pre-inquest hearing: {date}.",
        "{police} disclosure: agreed in principle, papers awaited.",
        "Learning summary: written, needs checking.",
        "Shared with designated safeguarding leads? Not yet.",
        "Outstanding: {police} and {icb}; new deadline {date2}.",
    ),
    "notice": (
        "{scp} executive, {date}: {time} start, {room}, {venue}; parking on site.",
        "Tell the reviewer of {ref} how it was for you: {venue}, {date2}, {time}-{time2}.",
        "Save the date: {date}, safeguarding fortnight launch at {venue}.",
        "Learning subgroup moved to {date} {time}, {room} (the first date was half term).",
        "Designated safeguarding leads' network, {venue}, {date}, arrive from {time}.",
        'Lunch and learn: "{course}" on Teams, {date}, {time}, 45 minutes.',
        "Kinship carers' drop-in and questions, {venue}, {date}.",
        "Evening briefing on county lines, {room}, {venue}, {date}.",
        "Named and designated professionals' meeting moved from {date} to {date2}.",
        "Multi-agency case audit day: {date}, {room}, {venue}, laptops needed.",
        "Youth voice group at {venue}, {date}, {time}-{time2}, food provided.",
        "Try the new graded care profile in pairs: {venue}, {date}, {time}.",
    ),
    "slack": (
        "exec pack goes out thursday, anything to me by weds pls",
        "still waiting on {trust} for {ref}, want me to chase?",
        "{venue} have confirmed {date}, they need numbers by friday :thumbsup:",
        "reminder: the 5 working day notification deadline is today",
        "{district} can only make {time2} not {time}, ok with everyone?",
        "comments on the terms of reference by {date} please",
        "thanks all, really useful session, notes to follow",
        "{police} sending a DS from the child protection team to the panel",
        "{period} training calendar is live, the DSL refresher is nearly full",
        "does {ref} need to go to the full exec or just the case review group?",
        "annual report draft 2 is on the shared drive, need partner bits for section 4",
        "need a minute taker {date}, cake provided",
        "anyone got the newest rapid review template?",
        "{icb} designated nurse joining from {time}",
        "{council} rep on leave {date}, sending a deputy",
    ),
    "panel": (
        "{ref}: Panel letter of {date} agrees with the local decision.",
        "{ref} submitted through the Panel's online portal on {date}.",
        "Rapid review report to the Panel due {date2}.",
        "Panel feedback: clear, honest about what went wrong.",
        "The Panel will not carry out a national review of {ref}.",
        "{ref} sent; copies also went to Ofsted and the DfE.",
        "Panel asked for the ambulance records; sent {date}.",
        "Final {ref} report sent to the Panel by email, {date}.",
        "Panel agreed an extension for {ref}, new end date {date2}.",
        "The Panel's annual report to be discussed at the executive.",
        "Panel query on the school nurse's role in {ref} ({date}); the {role} will reply.",
    ),
    "publication": (
        "Planned publication date for {ref}: {date}.",
        "Publication on hold until criminal proceedings end.",
        "Partners agreed on {date} to publish a summary rather than the full report.",
        "The family were asked when they would like it published.",
        "Press lines agreed with {council} communications.",
        "{ref} has been on the {scp} website since {date}.",
        "A seven-minute briefing will be published alongside.",
        "Family asked for a delay; publication moved to {date2}.",
        "Reports are removed from the website after twelve months.",
        "DfE and Panel to be notified five days before publication.",
        "Publication plan for {ref} signed by the three partners, {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit 25 cases of children not brought to appointments, by {date}.",
        "Action 2: {council} workers to record every adult living in or visiting the home.",
        "Action: {police} to share overnight domestic abuse call-outs with schools by 9am.",
        "Action: {icb} to fund coping-with-crying sessions in every antenatal course.",
        "Action 3: a week of short sessions on {theme} during {period}.",
        "Action: {ambulance} crews to note every child present at a call-out.",
        "Action: the {district} to tell health visitors the same day a family is placed.",
        "Action 4 complete: the new escalation policy has been in use since {date}.",
        "Action 5: the {role} to report progress on one page at each executive.",
        "{period}: of 16 actions, 10 closed and 6 at {rag}.",
        "Action: one shared chronology template for all agencies, in use from {date}.",
        "Action 6: {trust} to ask about household members at every A&E visit by {date2}.",
    ),
    "housing_note": (
        "The {district} confirmed the family can move in at the end of the month.",
        "{district} accepted the prevention duty on {date}.",
        "The {district} will send both its tenancy support officers to the briefing.",
        "{district} managers have been told the findings of {ref}.",
        "All housing staff working in {area} are booked on {course} before {date}.",
        "SMBC housing options team and Merseyside Police looked at holiday lets near the "
        "seafront at Southport being used to house families from other areas.",
        "SMBC community safety team and outreach youth workers walked the promenade at "
        "Crosby on a Saturday night after reports of fighting near the statues.",
        "SMBC housing options team talked to LUHFT health visitors about shared houses in Maghull.",
        "KMBC community safety team and Merseyside Police discussed scrambler bikes on the "
        "paths around Halewood.",
        "KMBC housing options team and MWL agreed how to tell health visitors about families "
        "placed in temporary flats in Prescot.",
        "SHBC community safety team dropped in at the youth club in Rainford.",
        "SHBC housing options team and Mersey Care NHS Foundation Trust talked through "
        "hoarding cases in Billinge.",
        "SHBC community safety team and Merseyside Police mapped nuisance reports near "
        "the station in Rainhill.",
        "WBC housing options team and CWP looked at care leavers sofa surfing in Bebington.",
        "WBC community safety team met WUTH safeguarding nurses about the shelter on the front "
        "at Hoylake.",
        "WBC housing options team set up a route with WUTH for families leaving hospital "
        "to go home to Heswall.",
        "WBC community safety team and Merseyside Police checked the marine lake car park "
        "at West Kirby after reports of older men meeting teenagers there.",
        "KMBC housing options team and Alder Hey Children's NHS Foundation Trust spoke "
        "about discharge for children with complex needs going home to Halewood.",
    ),
    "training": (
        'New on the learning hub, twenty minutes: "{course}".',
        "Tell us what you want to learn next year: eight questions, by {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course} in {period}: five places left, book via your line manager.",
        "{theme} session at {venue} on {date}, {time} until {time2}.",
        "Rehearsal of the {course} materials with co-trainers, {room}, {venue}, {date}.",
        "Trainers' peer supervision group, {room}, {date}.",
        "After the {theme} session, 88% said they felt more confident.",
        "DSL refresher sessions run all through {period}.",
        "SSCP ran a safer sleep session for childminders in Southport, Crosby and Maghull.",
        "KSCP and the KMBC community safety team briefed taxi drivers in Prescot and "
        "Halewood on spotting exploitation.",
        "SHSCP held a session for football and swimming coaches in Rainford and Billinge.",
        "SHSCP delivered neglect training to nursery staff in Rainhill.",
        "WSCP and CWP ran a course on parental mental health in Hoylake and Heswall.",
        "WSCP, NHS Cheshire and Merseyside ICB and North West Ambulance Service NHS Trust "
        "held a water safety evening in West Kirby and Bebington.",
        "Mersey Care NHS Foundation Trust and Merseyside Police spoke to sixth formers in "
        "Maghull about self-harm.",
    ),
}

#: Benign pseudonyms: the chosen words, then initials, numbers and letters.
BENIGN_PSEUDONYM_TEXT = (*CHOSEN, "Child K", "Child RS", "Infant P", "Baby N", "Sibling 2")
BENIGN_PSEUDONYM_TEXT += ("Young Person J", "Sibling 4", "Unborn Baby D", "HT", "P.W.", "X")
BENIGN_PSEUDONYM_TEXT += ("Child A and Child B", "Child V", "Infant MC", "Baby LS", "JR")
BENIGN_PSEUDONYM_TEXT += ("Young Person T", "Child E", "Sibling B", "K.D.", "Child GH", "DB")
BENIGN_PSEUDONYM_TEXT += ("Baby F and Baby R", "Young Person NW", "Infant Y", "Sibling C")

#: The twenty-first's count of fills per benign template and its writer of the benign side
#: over this module; below, every sample, in the order the tenth's ``assembled`` gives
#: them for this corpus's seed (so every run yields the same list).
_uses, _benign = _21._uses, _21.benign_written(_THIS)


def samples() -> list[Sample]:
    """Every sample, benign and identifying, in ``assembled``'s order (read ``_people``
    afresh, so a test can watch which words it is given)."""
    return _57.assembled("sixtyeighth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
