"""A sixty-sixth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtysixth_names.json``, a seeded snapshot (seed ``sixtysixth-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in turn,
  no first name that is also in the table's surname list) from names-dataset 3.3.1 (PyPI,
  Apache-2.0, Philippe Remy's frequency tables per country), its PH (Philippines), ID
  (Indonesia) and MY (Malaysia) tables. Earlier corpora that name those tables took these
  ranks (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for
  ``"PH"``, ``"ID"``, ``"MY"``, the Philippines, Indonesia and Malaysia, and by reading
  every snapshot's keys): PH the tenth's 600-1499 and the seventeenth's 3000-4999; ID the
  eleventh's 100-1499; MY the tenth's 600-1499, the eighteenth's 1500-2999 and the
  twenty-first's 3000-4999, where it kept nobody. The seventh's Faker locales ``fil_PH`` and
  ``id_ID`` and the twenty-fifth's faker-js ``id_ID`` are other sources, not these tables;
  the fourth and eighth drew none of the three. So PH is drawn here at ranks 1500-2999
  (``PH_RANKS``, first names and surnames), ID at 1500-2999 (``ID_RANKS``) and MY from rank
  5000 (``MY_RANKS``: first names 5000-7499, surnames 5000-7999). Only entries in plain
  letters are drawn (``ASCII_ONLY``): entries in Chinese script or with an accent are not
  drawn at all rather than rewritten. The filter keeps no word of any earlier snapshot
  (``EARLIER``: every ``*_names.json`` through the sixty-third's, and those of the
  sixty-fourth and sixty-fifth, written alongside: the sixty-fourth's was read from its
  worktree as it stood when these names were drawn; the sixty-fifth's was written after the
  draw, and the kept names were checked later against every snapshot in every sibling
  worktree, the sixty-fifth's among them, and share no word with any). Every draw was read
  by hand (by someone who reads these names as an English caseworker would, not as a
  specialist). The tables at these ranks hold much that is not a name, MY's most of all (its
  surname list is mostly first names, words and handles): Malay, Indonesian and Tagalog
  words (``Bawang``, ``Molek``, ``Barat``, ``Jeruk``, ``Lautan``, ``Pertanian``,
  ``Gorengan``, ``Bahay``, ``Ubat``), English words and brands (``Havoc``, ``Toffee``,
  ``Spray``, ``Venture``, ``Diecast``, ``Moonlighting``), places and peoples (``Lorca``,
  ``Kuching``, ``Dayak``, ``Tamilan``), pet forms and typos (``Jiejie``, ``Kaypee``,
  ``Bogie``, ``Icank``, ``Catherien``, ``Sofhia``, ``Daneil``), abbreviations and handles
  (``Brgy``, ``Nworld``, ``Lindyctr``, ``Yllib``), names in the other sex's column
  (``Ragunathan``, ``Rizana``, ``Elyse``, ``Syaqila``, and women's names ending in -wati or
  -yani in the surname list, which a draw may give a man), and Korean, Burmese, Japanese and
  Indian names (``Leemihyun``, ``Myat``, ``Shizuka``, ``Prasheena``); those of the first
  draw were put in ``NOT_NAMES`` and drawn again, and in the last draw (``PACKAGE_DRAWN``:
  44 people of PH and ID, 100 of MY, whose draws gave one kept person in ten) the people
  with such an entry (``DROPPED``: the entry read as not a name, the first name where both
  were) were left out without drawing again. ``DRAWN`` is what is kept: 14 PH, 17 ID and 7
  MY people. Regenerate with ``uv venv /tmp/regen66 && uv pip install -p /tmp/regen66
  names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen66/bin/python -m
  tests.support.sixtysixth_corpus`` (with the sixty-fourth's snapshot, as it stood in its
  worktree when this was drawn, beside this file); names-dataset is not a dependency and the
  corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (slag, steel, shore and fishing
  words), each starting with a letter from R to Z, none in an earlier corpus file nor in the
  sibling corpora being written alongside (``NICKNAMES``; each checked by grepping
  ``tests/support`` and the other worktrees' ``tests/support``, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files and the sibling worktrees': a funicular
  attendant, a transporter bridge operator, a steelworks heritage guide, a jet ski hire man,
  a Rotary club volunteer, a horse riding instructor, a golf caddy, a driving range
  attendant, a pitch and putt kiosk worker, a steel drum band leader, a feed merchant, an
  animal sanctuary volunteer, a zipline operator, a pantomime dame, a food festival
  stallholder, a surf lifesaving coach, a sea glass jewellery maker, a repair cafe
  volunteer, a community fridge volunteer, a warm space host, a litter pick organiser, a
  speedway track marshal, a greyhound trainer, a motocross coach, a majorette troupe
  leader), in lower case and in sign-offs; names and give-away details in pseudonyms;
  nicknames; dates of birth in twelve typed forms (``BIRTH_FORMS``); addresses on invented
  streets (``STREETS``) in the real towns; postcodes; phone, NHS and NI numbers; invented
  schools and a pupil referral unit (``SCHOOLS``); email addresses; written out by the
  twenty-fifth's ``identifying_of`` through the twenty-seventh's. Every template here,
  identifying and benign, was compared by a text-similarity ratio (Python's ``difflib``)
  with every template of every earlier corpus file, and those that came out close (short
  notes such as a bare postcode line converge across corpora) were rewritten until none
  matched one exactly and all but a few short ones stood well apart; the sixty-third's shape
  was followed, not its sentences.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve towns and large villages of
  the Tees Valley and Cheshire that no earlier corpus file names (``AREAS``; each checked by
  grep, whole word, in ``tests/support`` and the sibling worktrees): Ingleby Barwick,
  Eaglescliffe, Billingham, Seaton Carew, Saltburn-by-the-Sea, Marske-by-the-Sea, Loftus,
  Brotton, Skelton-in-Cleveland, Malpas, Tattenhall and Audlem. Of the brief's suggestions
  two were left out: Yarm, because an earlier corpus file holds it inside another town's
  name (the tests match areas as parts of words), with Ingleby Barwick, a large town of the
  same council, in its place; and Eccleston, because the Cheshire Eccleston is a small
  estate village and larger places of the name lie in other counties, with Tattenhall, a
  large village of the same council, in its place. Every one of the five councils these
  towns are in is an earlier corpus's area (the eleventh's, fourteenth's, seventeenth's,
  nineteenth's and twentieth's; their names are not written in this file), so each council,
  its teams and the partnerships and trusts named after places that are earlier areas are
  written by their initials, as staff type them: SBC for Ingleby Barwick, Eaglescliffe and
  Billingham and HBC for Seaton Carew, with their joint partnership HSSCP and NTHFT, the two
  towns' acute trust; RCBC for Saltburn-by-the-Sea, Marske-by-the-Sea, Loftus, Brotton and
  Skelton-in-Cleveland, with STSCP (the partnership RCBC shares with its neighbour to the
  west); CWAC for Malpas and Tattenhall, with CWAC SCP, the partnership named after the
  council; CEC for Audlem, with CESCP; and CWP, the Cheshire mental health trust, whose name
  holds an earlier area, and TEWV for short. Names without an earlier area in them are
  written in full: Cleveland Police, Cheshire Constabulary, NHS North East and North Cumbria
  ICB, NHS Cheshire and Merseyside ICB, North East Ambulance Service NHS Foundation Trust,
  North West Ambulance Service NHS Trust, South Tees Hospitals NHS Foundation Trust,
  Countess of Chester Hospital NHS Foundation Trust and Mid Cheshire Hospitals NHS
  Foundation Trust. Checked with the ``search`` tool (pages): HSSCP's own blog says the
  partnership of the two councils began on 10 April 2019, a cabinet record of SBC names its
  partners (both councils, their clinical commissioning group and Cleveland Police) and
  HBC's pages name the Children's Hub it hosts for both (a 2026 notice of SBC plans to take
  its front door back); the pages of the partnership's neighbouring host council and of a
  Redcar voluntary body name STSCP with both councils, NHS North East and North Cumbria ICB
  and Cleveland Police; CWAC's partnership site calls itself the council's Safeguarding
  Children Partnership (SCP); CESCP's site names it with CEC, Cheshire Police and NHS
  Cheshire and Merseyside. Written from memory, not checked: the trusts and which serves
  which town, the ambulance trusts' names, Cheshire Constabulary (the police's formal name),
  and every venue (the libraries of the twelve towns; Loftus Town Hall; Skelton Civic Hall;
  Audlem Public Hall; Saltburn Community Hall; Marske, Brotton, Malpas and Tattenhall
  village halls; Eaglescliffe and Seaton Carew community centres; Billingham Forum Leisure
  Centre and Ingleby Barwick Leisure Centre); some may be named differently, have moved,
  closed or not exist. Venues are council offices, libraries, halls, leisure centres and
  community centres, never a person's address. Roles, themes, courses, rooms, times and
  periods come from the twenty-first through the twenty-second's ``DRAWS``, and nobody in
  the benign text is named except by role.
- Identifiers: every phone, NHS and national insurance number, email address and postcode is
  invented by the tenth corpus's ``person_values`` inside ranges set aside for fiction
  (numbers Ofcom keeps for drama, NHS numbers from 999 with a correct check digit, QQ
  national insurance prefixes, the example.com, .org and .net domains, postcode areas Royal
  Mail never issued). Samples naming a drawn person carry their table's label
  (``names-dataset-PH``, ``-ID`` or ``-MY``), samples naming a nickname ``hand-nicknames``,
  and all the rest ``hand``.
- Benign pseudonyms are written as DOMAIN.md allows (``BENIGN_PSEUDONYM_TEXT``): bare
  initials, initials after a word of ``PSEUDONYM_WORDS``, brothers and sisters by number or
  letter, and a few words of the slag banks, the coast and the canal that are nobody's first
  name and that no earlier corpus file uses (``CHOSEN``, checked by grep like the
  nicknames).

No drawn person shares a word with the benign side (the tenth's ``assembled`` drops any who
would). The guard was never run on any of this, so none of it is shaped by what it does.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyseventh_corpus as _57
from tests.support import fortysecond_corpus as _42
from tests.support import sixtythird_corpus as _63
from tests.support import twentyfifth_corpus as _25
from tests.support import twentyfirst_corpus as _21
from tests.support import twentyseventh_corpus as _27
from tests.support.independent_corpus import Sample

#: Read from every corpus by the tests and the shared writers (fictional number ranges,
#: the check digit, the benign-word filter, earlier snapshots), taken over from the
#: sixty-third, which has them from the forty-ninth.
DRAMA_PREFIXES, INWARD_LETTERS, POSTCODE_AREAS = (
    _63.DRAMA_PREFIXES,
    _63.INWARD_LETTERS,
    _63.POSTCODE_AREAS,
)
PLAIN, nhs_check_digit, benign_words = _63.PLAIN, _63.nhs_check_digit, _63.benign_words
_earlier_names = _63._earlier_names

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtysixth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), PH, ID and MY tables"
SEED = "sixtysixth-<country>"
#: Every earlier snapshot: the sixty-third's list and its own, and those of the sixty-fourth
#: and sixty-fifth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_63.EARLIER,
            "sixtythird_names.json",
            *("sixtyfourth_names.json", "sixtyfifth_names.json"),
        )
    )
)
#: The ranks drawn here, first names then surnames (see the docstring for the ranks earlier
#: corpora took from these tables).
PH_RANKS = ((1500, 3000), (1500, 3000))
ID_RANKS = ((1500, 3000), (1500, 3000))
MY_RANKS = ((5000, 7500), (5000, 8000))
COUNTRIES = ("PH", "ID", "MY")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-PH", 44), ("names-dataset-ID", 44), ("names-dataset-MY", 100))
DRAWN = (("names-dataset-PH", 14), ("names-dataset-ID", 17), ("names-dataset-MY", 7))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the first draw read by hand as words, places, pet forms, typos, handles,
#: names of another country or of the other column: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Ehd", "Badet", "Brgy", "Putang", "Clar", "Lorca", "Bogie", "Jiejie", "Kaypee"),
        *("Bahay", "Dhudz", "Lhuz", "Nworld", "Akok", "Nurhaeni", "Senopati", "Prasheena"),
        *("Hendriana", "Lindyctr", "Waelah", "Mozaik", "Darmawati", "Pans", "Siannih"),
        *("Apry", "Catherien", "Hendriyani", "Dadut", "Iswati", "Jeruk", "Onk", "Indrayani"),
        *("Sheendy", "Isna", "Darwati", "Rinelle", "Icank", "Deyske", "Gay", "Beby", "Ammi"),
        *("Dauz", "Ragunathan", "Havoc", "Rizana", "Bawang", "Effah", "Syazatul", "Rozmi"),
        *("Weii", "Norzi", "Aceng", "Case", "Elyse", "Madbor", "Toyol", "Molek", "Tamilan"),
        *("Safaruddin", "Aidaa", "Lerry", "Nagen", "Isnani", "Dayak", "Aro", "Suhara"),
        *("Aiqal", "Nuriyah", "Barat"),
    }
)
#: People of the last draw with such an entry, left out without drawing again (the entry
#: read as not a name; the first name where both were).
DROPPED = frozenset(
    {
        *("Rench", "Shyn", "Jhuls", "Toffee", "Iel", "Jhoey", "Sofhia", "Wence", "Ryaj"),
        *("Fatz", "Ising", "Yllib", "Migi", "Keena", "Rhonie", "Shyr", "Paopao", "Straw"),
        *("Demie", "Tootz", "Patz", "Asle", "Spade", "Melit", "Johnlee", "Aiesha", "Akashi"),
        *("Azile", "Seann", "Joena", "Ratnaa", "Barokah", "Moonlighting", "Hape", "Lautan"),
        *("Peily", "Phen", "Dhamma", "Leacyes", "Pertanian", "Anyen", "Ujang", "Uhti"),
        *("Jagoan", "Indry", "Anggie", "Kylha", "Nurmala", "Katharyna", "Leemihyun"),
        *("Kencono", "Dhedi", "Gorengan", "Diecast", "Yurielle", "Uye", "Tahta", "Akon"),
        *("Daneil", "Zirah", "Saffiya", "Paytren", "Galvin", "Rafidi", "Sohana", "Lebai"),
        *("Fadh", "Semah", "Riez", "Vannessa", "Spray", "Saro", "Natasyah", "Lyaa", "Khaty"),
        *("Tedy", "Penunggu", "Syaqila", "Myat", "Amiyy", "Norizal", "Erra", "Somu", "Log"),
        *("Rayson", "Elicia", "Mans", "Norbaiti", "Budox", "Rohaina", "Kuching", "Jinn"),
        *("Naven", "Yulita", "Ubat", "Norulhuda", "Minto", "Norhasanah", "Qayum", "Febby"),
        *("Kuku", "Selia", "Hazz", "Norlisa", "Khairel", "Rizma", "Zaharul", "Lisah", "Cal"),
        *("Mix", "Selamet", "Yoki", "Rohaizam", "Ruzie", "Eiwan", "Lanceng", "Ramdhan"),
        *("Hesty", "Azraei", "Pida", "Ayus", "Rusinah", "Aheng", "Amet", "Piza", "Quang"),
        *("Goon", "Chintya", "Mantan", "Shazatul", "Kikie", "Azz", "Von", "Adz", "Wal"),
        *("Rosmawati", "Chakra", "Epie", "Shizuka", "Vicknesh", "Iswari", "Wincent"),
        *("Shena", "Memet", "Venture", "Dorris", "Robson", "Teteh", "Kul", "Suminah"),
    }
)

#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(_57.table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: Each table with its first-name and surname ranks, in the order of ``PACKAGE_DRAWN``.
TABLES = (("PH", PH_RANKS), ("ID", ID_RANKS), ("MY", MY_RANKS))


def regenerate_names() -> None:
    """Write the snapshot afresh (names-dataset importable only here): each table of
    ``TABLES`` through the tenth's ``dataset_people``, all sharing one set of words already
    taken (every snapshot of ``EARLIER`` beside this file), the people of ``DROPPED`` left
    out."""
    taken = _earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists()))
    kept: dict[str, list[list[str]]] = {}
    for (table, (first, last)), (label, asked) in zip(TABLES, PACKAGE_DRAWN, strict=True):
        people = _57.dataset_people(((table, asked),), last, taken, "sixtysixth", _usable, first)
        kept[label] = [pair for pair in people[table] if DROPPED.isdisjoint(pair)]
    _57.write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


_people = partial(_57.snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Transporter Way", "Funicular Row", "Cliff Lift Walk", "Cheesepress Fold")
STREETS += ("Locksweep Lane", "Blast Furnace Close", "Cobble Landing", "Wrackline Terrace")
TOWNS = ("Ingleby Barwick", "Eaglescliffe", "Billingham", "Seaton Carew", "Saltburn-by-the-Sea")
TOWNS += ("Marske-by-the-Sea", "Loftus", "Brotton", "Skelton-in-Cleveland", "Malpas")
TOWNS += ("Tattenhall", "Audlem")
SCHOOLS = (
    "Transporter Way Primary School",
    "Funicular Row Infant School",
    "St Aelfric's Church of England Primary",
    "Cheesepress Fold Junior and Infant School",
    "Locksweep Lane Free School",
    "Cobble Landing Nursery School",
    "Wrackline High School",
    "Cliff Lift Walk Pupil Referral Unit",
)
SCHOOL_SHORT = ("Transporter Way", "Funicular Row", "St Aelfric's", "Cheesepress", "Wrackline")
RELATIVES = ("lola", "tita", "nenek", "tante", "atuk", "mak cik", "nan", "mum's boyfriend")
#: A dozen shapes staff type a birthday in, from the tenth's ``_date`` fields; after them,
#: the shapes of meeting and notification dates on the benign side.
BIRTH_FORMS = ("{dd}.{mm}.{yy}", "{d}-{mo}-{y}", "{y}-{mm}-{dd}", "{wd} {d} {mo} {y}")
BIRTH_FORMS += ("{d}{th} of {mon} {y}", "{mo}. {d}, {y}", "{dd}/{mm}/{y}", "{m}.{d}.{y}")
BIRTH_FORMS += ("{d} {mo} {yy}", "{mon} {d}{th} {y}", "{dd}{mm}{y}", "{d} / {m} / {y}")
WHEN_FORMS = ("{wd} {d} {mo}", "{dd}.{mm}.{y}", "{d}{th} {mon}", "{wd} {d}/{m}", "{mo} {d}")
#: A child's date of birth and age (the forty-second's births, up to 17), in these forms.
_birth = partial(_42._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "The funicular attendant says {f} {l}, 9, rides up and down the cliff on her own all "
    "afternoon because {g} tells her not to come back before tea.",
    "Transporter bridge operator saw {g} {h} grab {f} by the neck in the gondola and hold "
    "the child against the rail over the river.",
    "A steelworks heritage guide says {f} {l}, 12, has come on every tour this month and "
    "asked if he could sleep in the visitor centre.",
    "Jet ski hire man on the slipway says {f} {l}, 15, was dropped off by two older men "
    "who paid cash and told him she was their cousin.",
    "rotary club volunteer at the fun run says {f} had a black eye and said {g} {h} "
    "did it when the dinner was late",
    "Horse riding instructor says {f} {l} arrives at the yard at 6am without breakfast "
    "and cries when {g} comes to collect them.",
    "The golf caddy says {g} {h} leaves {f} and {k} in the clubhouse car park for five "
    "hours at a time with the windows shut.",
    "Driving range attendant found {f} {l}, 13, sleeping in the ball store; said {g} had "
    "thrown them out after a row about a phone.",
    "Pitch and putt kiosk worker says {f} {l} has been selling small bags to other "
    "children for a man who waits by the gate.",
    "Steel drum band leader says {f} {l}, 11, flinches at loud sounds and told the group "
    "that {g} hits them with a shoe.",
    "Feed merchant says {g} {h} sent {f}, 10, to carry sacks from the yard on school days "
    "and shouts at the child in front of customers.",
    "Volunteer at the animal sanctuary says {f} {l} told her she is not allowed to eat "
    "at home until {g}'s boyfriend has finished.",
    "The zipline operator refused {f} {l}, 14, who was drunk at noon and said {g} had "
    "given them vodka for the trip.",
    "Pantomime dame at the theatre says {f} {l} was found backstage after the show "
    "asking to stay because {g} {h} was not answering.",
    "Food festival stallholder saw {g} {h} slap {f} hard across the face by the stage and "
    "drag the child away by the arm.",
    "Surf lifesaving coach says {f} {l}, 16, has cuts on both forearms and has stopped "
    "changing in front of the others.",
    "A sea glass jewellery maker says {f} {l} sits outside her stall every day of the "
    "holidays and says {g} locks the flat in the day.",
    "Repair cafe volunteer says {f} {l}, 8, came in alone with a broken tablet and said "
    "{g} would beat them if it was not mended.",
    "community fridge volunteer says {f} {l} takes food for {k} every day and says there "
    "is nothing at home since {g} left",
    "Warm space host at the chapel says {f} {l}, 7, arrives in a wet coat and says {g} {h} "
    "has no money for the meter.",
    "Litter pick organiser found {f} {l} sleeping under the pier; the child said {g} "
    "would not let them in after 9pm.",
    "A speedway track marshal says {f} {l}, 15, is with a man in his thirties at every "
    "meeting who tells people he is her boyfriend.",
    "Greyhound trainer says {g} {h} brought {f} to the kennels at midnight and left the "
    "child in the van until morning.",
    "Motocross coach says {f} {l} has bruises on both upper arms and said {g} squeezes "
    "hard when cross.",
    "Majorette troupe leader says {f} {l}, 10, has lost weight and told the girls that "
    "{g} only feeds {k}.",
)
NAME_LOWER = (
    "speedway marshal on again - {fl} in the pits with that older bloke",
    "riding yard lady thinks {fl} is getting thinner every week",
    "tried {fl}'s {rel} twice, phone just rings out",
    "{fl} {ll} missed toast club three mornings, first time this year",
    "funicular lady rang again about {fl} {ll}",
    "{fl} at the driving range again after dark, {gl} not answering",
    "zipline man says {fl} {ll} drunk again",
    "{ll} kids in the clubhouse car park again",
    "{gl} {hl} not picking up, {fl} at the warm space with no coat",
    "jet ski bloke saw {fl} {ll} get into a black car",
    "pitch and putt - {fl} hanging round the gate again",
    "majorettes say {fl} hungry again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "both {l} sisters",
    "{f} who is {age}",
    "{f} {l} the second",
    "{f} {l} + {k}",
    "our {f} {l}",
    "{l} lad (eldest)",
    "youngest of {g} {h}",
    "{f} off the riding yard",
    "{l} family - {f}",
)
SIGN_OFF = (
    "dont tell mam i sent this\n{fl}",
    "Many thanks for listening,\n{g} {h}, {f}'s {rel}",
    "ta v much\n{g}, mam to {f} & {k}",
    "from {f} {l}\nsorry for going on",
    "{rel} {g} {h} typing this for {f}",
    "Best wishes,\n{g} {l}\nspecial guardian",
    "{g} - {f}'s {rel} - home after 6",
    "{f} {l}\ni am {age} and i am scared to go home",
    "{g} {h}, family friend caring for {f}",
)
NICKNAMES = ("Rivvy", "Rustbucket", "Ropey", "Smelty", "Slaggy", "Skerry", "Sprattie")
NICKNAMES += ("Scoria", "Tidewrack", "Tuggie", "Trawlerboy", "Tidey", "Urchy", "Whelkie")
NICKNAMES += ("Winklepicker", "Zinky")
NICKNAME_TEXT = (
    "Older lads who hang about the bus interchange call her {n} and make her fetch them cans.",
    "Lifeguards heard {f}'s {rel} bellow {n} across the leisure centre car park near midnight.",
    "In the phone seized from the man at the chippy she is listed only as {n}, the DSL says.",
    "Round the back of the arcade he is only {n}; the men in the car give him cash.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} from the arcades", "{n} the {l} kid", "{n} (real name {l})")
DOB_TEXT = (
    "red book says {f} was born {dob}, weighed 6lb 2oz",
    "dob from the housing form {dob}",
    "{g} on the duty line: {f} came along on {dob}",
    "DOB on the school system {dob}",
    "born {dob} at James Cook",
    "{f} {l}, whose birthday is {dob}",
    "born {dob} (turned {age} at the weekend)",
    "{rel} swears it is {dob} but the surgery has the 3rd",
    "born {dob} at 31 weeks, four weeks on the neonatal unit",
)
PHONE_TEXT = (
    "mam's mobile (she changes it a lot) {phone}",
    "{g} picks up on {phone} after 4",
    "{rel}, if mum can't be reached: {phone}",
    "home landline, rarely answered: {phone}",
    "the snapchat man also texts {f} from {phone}, a pay as you go",
    "number for lola in the flat upstairs {phone}",
)
NHS_TEXT = (
    "NHS no. {nhs} (checked on the spine)",
    "NHS for {f} copied off the vaccination card: {nhs}",
    "NHS for the newborn twin: {nhs}",
    "A&E discharge summary quotes NHS {nhs}",
)
NI_TEXT = (
    "mam's NI number, from the benefits letter: {ni}",
    "boyfriend's NI number {ni}",
    "NINO for dad (per DWP) {ni}",
    "{rel} gave her NI as {ni}",
)
ADDRESS_TEXT = (
    "new tenancy at {street}, {town}, since the flood",
    "sleeping on a mate's floor on {street}",
    "knocked at {street}, {town} at 4 and at 6, blinds down, car on the drive",
    "{f} sleeping over at {rel} on {street} most nights",
    "{street} had three police callouts over the bank holiday",
    "bailiffs at {street} last week, family split between friends in {town}",
)
POSTCODE_TEXT = (
    "lives at {postcode}",
    "pcode on the referral {postcode}",
    "moved to {postcode} in june",
)
SCHOOL_TEXT = (
    "{f} (Y{year_group}) is on roll at {school}",
    "{school} says Y{year_group} attendance is barely three days a week",
    "DSL at {short} phoned at 8.45",
    "{f} joined {short} mid-year from out of county",
    "{f} at {school} has missed {n2} sessions since the autumn",
)
EMAIL_TEXT = (
    "{g} messages the school from {e}",
    "the images came from an account, {e}",
    "{g} {h} would rather be emailed, at {e}",
)
PSEUDONYM_REVEALING = (
    "{l} newborn, DOB {dob}",
    "{fi}{li} ({street} address)",
    "{short} Y{year_group} ({fi}{li})",
    "the child at {postcode} (ground floor)",
    "NHS {nhs} child {fi}{li}",
    "{age}-year-old {l} from {town}",
    "{fi}{li}, birthday {dob}",
    "the girl in Y{year_group} who boards the bus to {school}",
    "{town} {l} family (3 kids)",
)


#: This module's tables as the twenty-fifth lays them out (homes and schools, the templates
#: per category, the nicknames), and the twenty-seventh's writer over them.
_THIS = sys.modules[__name__]
KIN, TEMPLATES, NICKNAMED = _25.identifying_tables(_THIS)
_identifying = _27.identifying_of(_THIS)


# --- benign (real places of England, organisations by their initials or real names) ------

_TEES = {
    "police": ("Cleveland Police",),
    "icb": ("NHS North East and North Cumbria ICB",),
    "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
}
_CHES = {
    "police": ("Cheshire Constabulary",),
    "icb": ("NHS Cheshire and Merseyside ICB",),
    "ambulance": ("North West Ambulance Service NHS Trust",),
}
_NORTH = {"council": ("SBC children's services",), "trust": ("NTHFT", "TEWV")}
_SEATON = {"council": ("HBC children's services",), "trust": ("NTHFT", "TEWV")}
_SOUTH = {"council": ("RCBC children's services",)}
_SOUTH |= {"trust": ("South Tees Hospitals NHS Foundation Trust", "TEWV")}
_WEST = {"council": ("CWAC children's services",)}
_WEST |= {"trust": ("Countess of Chester Hospital NHS Foundation Trust", "CWP")}
_EAST = {"council": ("CEC children's services",)}
_EAST |= {"trust": ("Mid Cheshire Hospitals NHS Foundation Trust", "CWP")}


def _town(
    partners: dict[str, tuple[str, ...]], council: str, *venues: str
) -> dict[str, tuple[str, ...]]:
    """An area: its partners, its council's teams (the twenty-fifth's ``_district``) and two
    venues."""
    return partners | _57._district(council) | {"venue": venues}


#: The twelve areas, towns and large villages no earlier corpus file names: the partners,
#: the borough or unitary council's teams (by its initials) and two civic venues of the
#: town (libraries, halls, community and leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Ingleby Barwick": _town(
        _TEES | _NORTH, "SBC", "Ingleby Barwick Library", "Ingleby Barwick Leisure Centre"
    ),
    "Eaglescliffe": _town(
        _TEES | _NORTH, "SBC", "Eaglescliffe Library", "Eaglescliffe Community Centre"
    ),
    "Billingham": _town(
        _TEES | _NORTH, "SBC", "Billingham Library", "Billingham Forum Leisure Centre"
    ),
    "Seaton Carew": _town(
        _TEES | _SEATON, "HBC", "Seaton Carew Library", "Seaton Carew Community Centre"
    ),
    "Saltburn-by-the-Sea": _town(
        _TEES | _SOUTH, "RCBC", "Saltburn Library", "Saltburn Community Hall"
    ),
    "Marske-by-the-Sea": _town(_TEES | _SOUTH, "RCBC", "Marske Library", "Marske Village Hall"),
    "Loftus": _town(_TEES | _SOUTH, "RCBC", "Loftus Library", "Loftus Town Hall"),
    "Brotton": _town(_TEES | _SOUTH, "RCBC", "Brotton Library", "Brotton Village Hall"),
    "Skelton-in-Cleveland": _town(_TEES | _SOUTH, "RCBC", "Skelton Library", "Skelton Civic Hall"),
    "Malpas": _town(_CHES | _WEST, "CWAC", "Malpas Library", "Malpas Village Hall"),
    "Tattenhall": _town(_CHES | _WEST, "CWAC", "Tattenhall Library", "Tattenhall Village Hall"),
    "Audlem": _town(_CHES | _EAST, "CEC", "Audlem Library", "Audlem Public Hall"),
}
#: The partner kinds (the forty-eighth's), the partnerships as their own pages name them
#: (by initials, see the docstring), and every agency named.
KINDS, PARTNERSHIPS = _57.KINDS, tuple(AREAS)
_BY_COUNCIL = {"SBC": "HSSCP", "HBC": "HSSCP", "RCBC": "STSCP", "CWAC": "CWAC SCP"}
_BY_COUNCIL |= {"CEC": "CESCP"}
SCP = {
    area: _BY_COUNCIL[AREAS[area]["council"][0].removesuffix(" children's services")]
    for area in AREAS
}
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: What each benign fill draws from: the fifty-seventh's lists (the twenty-second's roles,
#: themes, courses, rooms and periods) with this corpus's own review numbers and ages.
DRAWS = _57.DRAWS | {
    "age_band": ("aged six weeks", "of ten months", "aged 19 days", "of five months"),
    "ref": ("RR 66-02", "LCSPR 66/05", "RR/66/09", "CSPR-66-04", "RR 66/12", "TR 66-03"),
}
#: Benign pseudonyms: initials after one of these words, or one of this corpus's own words.
PSEUDONYM_WORDS = _57.PSEUDONYM_WORDS
CHOSEN = ("Slagheap", "Breakwater", "Lockside", "Seacoal", "Staith", "Coalshore")

#: Closing lines that some templates share (a progress line, an email's sign-off).
_P = " Progress goes to the partnership's quality assurance group in {period}."
_S = "\n\nReplies to the business unit by {date}, please.\n\nThanks,\n{scp} business team"
#: The benign text by register, which is each sample's category. ``_uses`` fills a template
#: one to three times; long ones (a third or so) stay within a 500-character note field.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Case outline {ref}. A girl of two from {area} swallowed a button battery from "
        "a television remote and needed surgery at {trust}. The house was cluttered and "
        "the family had been offered early help twice. The panel will look at home safety "
        "advice, whether anyone asked to see where the children slept, and how the health "
        "visiting caseload in the town was covered during a long vacancy." + _P,
        "{ref}, what happened: a boy of 16 from {area} was stabbed outside a takeaway and "
        "survived. He had moved between four foster homes in two years, each further from "
        "his school. Partners want to understand whether anyone held the whole picture of "
        "his placements, and whether the youth offending team's worries reached the "
        "placement team before the last move.",
        "Care workers and nurses recruited from Manila, Jakarta and Kuala Lumpur now make "
        "up a large part of the night staff in care homes around {area}. When a baby "
        "{age_band} was left with a neighbour during long shifts, no service knew the "
        "family. {ref} will ask how employers, GP surgeries and {council} can share "
        "information about new arrivals and private childcare arrangements." + _P,
        "Why {ref} was opened: a 12-year-old was groomed through an online game by an adult "
        "who later travelled to meet the child near a retail park. The child's phone was "
        "checked once by the school after a disclosure from a friend, and the police were "
        "told four days later. The {scp} will test the online safety pathway and the "
        "speed of referrals from schools to {police}.",
        "Summary ({area}): carbon monoxide from a faulty gas fire made three children "
        "ill in a privately rented house. The landlord had ignored letters and the "
        "family feared eviction if they complained. {ref} asks whether private renters are "
        "visible to {district} and whether workers who visited noticed the fumes, the "
        "headaches and the blocked vent." + _P,
        "{ref}, the short version: a baby {age_band} died while sharing a sofa with a "
        "parent who had been drinking after a family party. Safe sleep advice had been "
        "given on the ward and by the health visitor, both times in writing only. The "
        "review will look at how advice lands with parents under stress, and what {trust} "
        "learned from earlier sofa deaths.",
        "Review background, {area}. Twins aged nine were taken out of school to be "
        "educated at home after a row with the head teacher. Within a year neither had "
        "been seen by anyone outside the family. {ref} will ask how elective home "
        "education is monitored, how often {council} visits, and what power it has when a "
        "family will not engage." + _P,
        "Outline of {ref}: a 17-year-old with a learning disability was financially "
        "exploited by an older man who moved into the family's flat near {area}. Adult and "
        "children's services each thought the other would act as she neared 18. The review "
        "will test transition planning and how {district} tenancy staff raise concerns "
        "about new occupants.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: a local child safeguarding practice review will be "
        "commissioned. The partners found missed chances to share a midwife's concern "
        "about coercive control with {council} in the weeks before the baby's birth. "
        "{trust} will lead the health chronology. The Panel hears of the decision by "
        "{date2}, and the {role} will approach two possible reviewers this month.",
        "Rapid review {ref}, decision: no further review. The agencies acted quickly, the "
        "injury was accidental according to the paediatric opinion, and the one gap found "
        "(a late referral letter) has already been fixed. Partners agreed this on {date}. "
        "A short note explaining the reasons will go to the Panel by {date2} and to staff "
        "in the monthly bulletin.",
        "Rapid review {ref}, decision: fold the learning into the multi-agency audit of "
        "{theme} planned for {period}, which already covers {area} and the coastal towns. "
        "{police} and {icb} will add this child's records to the audit sample. The Panel "
        "will be sent the reasoning alongside the rapid review template by {date2}.",
        "Rapid review {ref}, decision: a learning review using an appreciative approach, "
        "with practitioners invited to {venue}. The partners want to know what went well "
        "in the first 48 hours as well as why the core group stopped meeting over the "
        "summer. The executive will sign off the scope on {date2}.",
        "Rapid review {ref}, decision: ask the Panel whether a national review is "
        "warranted, since the pattern of a teenager exploited across three force areas "
        "goes beyond this partnership. Local learning continues in parallel. The {role} "
        "will send the Panel a summary of the cross-border links by {date2}.",
        "Rapid review {ref}, decision: a multi-agency practice workshop instead of a full "
        "review. The family asked for privacy, the facts are not in dispute and each "
        "agency has written its own action plan. Agreed on {date}; the quality assurance "
        "group will check the plans in {period} and report any that stall.",
        "Rapid review {ref}, decision: a local review looking only at the transfer of the "
        "family's records when they moved into the area from another county. {trust} and "
        "{icb} will jointly chair the panel. The Panel is to be told by {date2}, and the "
        "family will be offered a meeting with the reviewer.",
    ),
    "minutes": (
        "Notes of the {scp} executive, {date}, {room}, {venue}\n"
        "Attending: {council}, {police}, {icb}, the {district}.\n"
        "Item 1: quarterly dashboard for {period}; contacts to the front door {rag}.\n"
        "Item 2: draft business plan agreed subject to two wording changes.\n"
        "Item 3: budget contributions for next year to be confirmed by each partner.\n"
        "Date of next meeting: {date2}, {time}.",
        "Workforce development subgroup, {date}, {venue}\n"
        "Attending: the {role}, {trust}, {police}, a college safeguarding lead.\n"
        "Item 1: attendance at {course} dropped in {area}; a locality session is planned.\n"
        "Item 2: the learning from {ref} to go into the annual refresher.\n"
        "Item 3: e-learning licences renewed for twelve months.\n"
        "Date of next meeting: {date2}, {room}.",
        "Rapid review panel, {date}, via Teams\n"
        "Attending: {council}, {police}, {trust}, {ambulance}.\n"
        "Item 1: a serious incident from {area} discussed; agency information requested.\n"
        "Item 2: {ref} reviewer's first findings noted; questions sent by email.\n"
        "Item 3: any other business: none.\n"
        "Date of next meeting: {date2} at {venue}.",
        "Quality assurance subgroup, {venue}, {date}\n"
        "Attending: the {role}, {icb}, {trust}, the {district}.\n"
        "Item 1: section 11 audit returns: nine of eleven received.\n"
        "Item 2: {theme} audit findings to be written up as a two-page briefing.\n"
        "Item 3: evaluation forms from {course} summarised by the business unit.\n"
        "Date of next meeting: {date2}, {time2}.",
        "Child exploitation group, {room}, {venue}, {date}\n"
        "Attending: {police}, {council}, the {district}, the youth service.\n"
        "Item 1: plan for the bonfire night period and the autumn half term agreed.\n"
        "Item 2: locations of concern near {area}: {rag}.\n"
        "Item 3: the children's society worker to present at the next meeting.\n"
        "Date of next meeting: {date2}.",
    ),
    "partner_email": (
        "Morning all,\n\nThe reviewer for {ref} has asked for each agency's records to be "
        "sent in the template, not as printouts. {trust} and the {district} are still "
        "outstanding; {police} have already returned theirs. We need everything before the "
        "panel sits on {date2}." + _S,
        "Dear colleagues,\n\nWe are looking for six frontline workers from {area} to read a "
        "new leaflet for parents about {theme} and tell us what is confusing. The session is "
        "at {venue} on {date2}, {time} to {time2}, with sandwiches." + _S,
        "Hello all,\n\nThe new escalation and resolution protocol is now live. {council} "
        "has added it to supervision templates and {police} will cover it in sergeants' "
        "briefings. Health partners, please tell us how it will reach GP practices." + _S,
        "Dear partners,\n\nOur scrutineer plans to observe two strategy discussions during "
        "{period} and to interview managers at {icb} and {ambulance}. If you are willing to "
        "take part, reply with a named contact and some dates that suit." + _S,
        "Hi all,\n\nThe Panel has written back about {ref}: they agree with our decision and "
        "thanked {trust} for a clear chronology. The {role} will now prepare a seven-minute "
        "briefing with the named nurse for circulation next month." + _S,
        'Dear all,\n\nWe have opened an extra session of "{course}" at {venue}, {time} to '
        "{time2}, because the waiting list grew so long. Places are open to {council}, "
        "{police}, health, schools and the voluntary sector on a first come basis." + _S,
        "Dear colleagues,\n\nA thank you to {ambulance}, whose call handler and crew came "
        "to the practitioner session on {ref}. Hearing how the call sounded at the time "
        "changed how several of us understood the family's situation." + _S,
        "Hello,\n\nAs part of {ref}, could the {district} tell us how many children were "
        "placed in bed and breakfast last year, the longest stay, and whether schools are "
        "told when a pupil is placed out of the town?" + _S,
    ),
    "local_review": (
        "Local review {ref}: at the panel on {date} the reviewer set out three emerging "
        "findings: the father was invisible to most agencies, the eldest child's anger was "
        "treated as behaviour rather than distress, and {trust} held a key injury report "
        "that nobody asked for. Agencies will check these findings before the draft.",
        "Local review {ref}: the practitioner event took place at {venue} on {date}. "
        "Workers from {police} and the {district} said they felt unable to challenge a "
        "senior colleague's view of the family. The reviewer will reflect this in the "
        "findings on professional confidence." + _P,
        "Local review {ref}: terms of reference signed off on {date}. The period under "
        "review is the child's last year, including the hospital admissions, the change "
        "of social worker and the way {icb} commissioned the child's specialist nursing.",
        "Local review {ref}: the reviewer has visited the child's father, who wants the "
        "report to say his son was funny and kind and loved football on the beach, not "
        "only that he was harmed. The panel supports this. The final draft is expected in "
        "{period} and the family will read it first, before the {scp} signs it off.",
        "Local review {ref}: four panel sittings booked, the first on {date}.",
        "Local review {ref}: the lead reviewer starts work on {date}, two days a week.",
        "Local review {ref}: on ice until the CPS charging decision.",
        "Local review {ref}: the eleventh and final agency report has arrived.",
        "Local review {ref}: draft three out to members {date}, red pen welcome.",
    ),
    "chronology": (
        "{date}: childminder saw a toddler with a cut lip; parent said the dog knocked her over.",
        "{date}: {police} heard shouting reported by a neighbour; two children found awake at 2am.",
        "{date}: front door decided no further action; family given a leaflet.",
        "{date}: {ambulance} crew took mother to A&E after a fall; grandparent looked after baby.",
        "{date}: the {district} gave the family one room in a hostel above a pub.",
        "{date}: ICPC; all four children made subject to plans, category neglect.",
        "{date}: nine-month check not attended; a text reminder sent.",
        "{date}: {trust} fracture clinic rang the family twice; no reply either time.",
        "{date}: support worker knocked at 10 and 2; dog barking, nobody came.",
        "{date}: {council} chair kept the plan going for another three months.",
        "{date} to {date2}: attendance at 71% with gaps after weekends.",
        "{date}: school agreed mornings only for two weeks.",
        "{date}: first scan missed; midwife rebooked for the following week.",
    ),
    "checklist": (
        "Working days from notification to rapid review: 13.",
        "Form sent to the Panel inbox on {date} at 4pm.",
        "Letter to both parents (separate addresses) posted {date}.",
        "Advocate to meet the sibling about the review before {date2}.",
        "Lead reviewer confirmed? Yes, by the business manager.",
        "Scope document: version 4, tracked changes.",
        "{trust} records in? Yes, complete.",
        "{district} records in? Reminder sent.",
        "Pre-inquest review hearing with the coroner: {date}.",
        "{police} records: permission given, copies pending.",
        "One-page summary: drafted, not yet proofed.",
        "Circulated to school safeguarding leads? Not yet.",
        "Still awaited, {police} and {icb}; deadline now {date2}.",
    ),
    "notice": (
        "{scp} executive, {date}: {time} start, {room}, {venue}; parking at the rear.",
        "Come and tell the reviewer of {ref} what it was like: {venue}, {date2}, {time}-{time2}.",
        "Please hold {date} for the safeguarding week opening at {venue}.",
        "Workforce subgroup: new slot {date} {time}, {room} (the old date clashed with half term).",
        "Termly forum for school DSLs, {venue}, {date}, doors open {time}.",
        'Bring your lunch: "{course}" online, {date}, {time}, forty minutes.',
        "Foster and kinship carers' coffee and questions, {venue}, {date}.",
        "Evening session on knife crime, {room}, {venue}, {date}.",
        "The designated doctor and nurse meeting slips from {date} to {date2}.",
        "Twelve case files, six auditors: {date}, {room}, {venue}, bring a laptop.",
        "Young inspectors' group at {venue}, {date}, {time}-{time2}, pizza provided.",
        "Come and try the new neglect toolkit in pairs: {venue}, {date}, {time}.",
    ),
    "slack": (
        "exec papers go out friday, send me anything by thurs",
        "still nothing from {trust} on {ref}, shall i chase?",
        "{venue} said yes for {date}, they want numbers by the weekend :tada:",
        "heads up: notification window closes at midnight",
        "the {district} can only do {time2}, not {time}, does that work?",
        "scope doc comments please by {date}",
        "ta all, good meeting, will type up tonight",
        "{police} are sending a DI from the public protection unit for the review",
        "{period} course list is up, sixth form safeguarding day already half full",
        "is {ref} one for case review or the full exec?",
        "annual report v2 is in the teams files, pages 6-9 need partner quotes",
        "looking for a volunteer scribe {date}, biscuits in it for you",
        "can someone send me the latest rapid review template",
        "{icb} nurse joining the call from {time}",
        "{council} lead away {date}, deputy attending",
    ),
    "panel": (
        "{ref}: Panel letter dated {date} accepts the local decision in full.",
        "{ref} went through the Panel's online form on {date}.",
        "Rapid review template for the Panel to be finished by {date2}.",
        "Panel comment: thorough and honest about gaps.",
        "For {ref} the Panel will not take a national review forward.",
        "{ref} template sent; Ofsted's regional team and the DfE also sent a copy.",
        "Panel requested the ambulance chronology; provided {date}.",
        "The Panel now holds the finished {ref} report (emailed {date}).",
        "Panel allowed {ref} to run over, now ending {date2}.",
        "National Panel's annual report tabled for discussion.",
        "Panel asked about the GP's role in {ref} ({date}); the {role} is drafting a reply.",
    ),
    "publication": (
        "Aim to publish {ref} on {date}.",
        "Publication waits on the outcome of the trial.",
        "On {date} partners chose to publish a short summary, not the full report.",
        "Parents asked for their view on timing.",
        "Holding statement for journalists agreed with {council} comms.",
        "Since {date} anyone can read {ref} on the {scp} pages.",
        "A practice briefing will accompany publication.",
        "Family requested a delay; new date {date2}.",
        "Published reports come down after one year online.",
        "DfE and the Panel told the week before publication.",
        "Police, health and council leads each initialled the {ref} publishing timetable, {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit twenty records of under-fives not brought to clinic, "
        "by {date}.",
        "Action 2: {council} social workers to list every adult who stays over, at each visit.",
        "Action: {police} to phone each school about last night's incidents by 8.40am.",
        "Action: {icb} funding for crying-baby coping advice in every antenatal class.",
        "Action 3: five days of bite-size events on {theme}, {period}.",
        "Action: {ambulance} to record the names and ages of children present at callouts.",
        "Action: the {district} to email the health visiting hub the day a family enters a hostel.",
        "Action 4 signed off: the new professional challenge policy, live since {date}.",
        "Action 5: a one-page progress sheet from the {role} at each quarterly executive.",
        "{period}: of 14 tracked actions, 9 are closed and 5 sit at {rag}.",
        "Action: a single spreadsheet for chronologies, columns agreed by all, live {date}.",
        "Action 7: {trust} to add a household question to every emergency department "
        "triage by {date2}.",
    ),
    "housing_note": (
        "The {district} confirmed the keys will be handed over next week.",
        "{district} owes the family the relief duty as of {date}.",
        "The {district} is sending its two tenancy sustainment officers to the session.",
        "{district} team leaders were briefed on the findings of {ref}.",
        "Every housing officer with a patch in {area} is booked on {course} ahead of {date}.",
        "SBC housing options team and Cleveland Police reviewed short-term lets in Ingleby "
        "Barwick used by other councils to place families.",
        "SBC community safety team and a detached youth worker spent a Friday evening at "
        "the Eaglescliffe station car park, where parents had seen vaping and fights.",
        "SBC housing options team spoke with NTHFT health visitors about houses in "
        "multiple occupation in Billingham.",
        "HBC community safety team and Cleveland Police discussed off-road bikes along the "
        "sea front at Seaton Carew.",
        "RCBC housing options team and South Tees Hospitals NHS Foundation Trust agreed how "
        "to tell health visitors about families placed in caravans near Saltburn-by-the-Sea.",
        "RCBC community safety team called in at the youth project in Marske-by-the-Sea.",
        "RCBC housing options team and TEWV talked through hoarding cases in Loftus.",
        "RCBC community safety team and Cleveland Police mapped antisocial behaviour near "
        "the old ironstone workings above Brotton.",
        "RCBC housing options team and TEWV looked at young people leaving care who sleep on "
        "friends' sofas in Skelton-in-Cleveland.",
        "HBC children's services and the HBC housing options team now share a weekly list "
        "of families moving into the holiday flats along the front at Seaton Carew.",
        "CWAC community safety team met CWP youth workers about the bus shelter in Malpas.",
        "CWAC housing options team set up a route with the Countess of Chester Hospital NHS "
        "Foundation Trust for families leaving hospital to Tattenhall.",
        "CEC community safety team and Cheshire Constabulary checked moorings by the "
        "flight of locks at Audlem.",
        "CEC housing options team and Mid Cheshire Hospitals NHS Foundation Trust spoke "
        "about seasonal farm workers in caravans around Audlem.",
    ),
    "training": (
        'Fresh on the learning portal, thirty minutes long: "{course}".',
        "Ten questions on what you would like to learn next year; answers by {date}.",
        "New board members' briefing, {date}, {venue}.",
        "{course} in {period}: four seats left, book through your manager.",
        "{theme} morning at {venue} on {date}, {time} start, finishing {time2}.",
        "Dry run of the {course} slides with the co-trainers, {room}, {venue}, {date}.",
        "Volunteer trainers' supervision circle, {room}, {date}.",
        "After the {theme} session, 9 in 10 said they knew what to do next.",
        "Safeguarding lead update sessions are on throughout {period}.",
        "HSSCP held a safer sleep briefing for nursery staff in Billingham and Ingleby Barwick.",
        "STSCP and the RCBC community safety team briefed takeaway delivery drivers in "
        "Saltburn-by-the-Sea and Marske-by-the-Sea on exploitation.",
        "HSSCP ran a session for swimming and boxing coaches in Eaglescliffe and Seaton Carew.",
        "STSCP delivered neglect training to playgroup staff across Loftus, Brotton and "
        "Skelton-in-Cleveland.",
        "North East Ambulance Service NHS Foundation Trust and Cleveland Police talked to "
        "sixth formers in Billingham about self-harm.",
        "NHS North East and North Cumbria ICB held a was-not-brought session for surgeries "
        "in Ingleby Barwick and Loftus.",
        "CWAC SCP and CWP ran a course on parents' mental health in Malpas and Tattenhall.",
        "CESCP, NHS Cheshire and Merseyside ICB and North West Ambulance Service NHS Trust "
        "held a rural safeguarding evening in Audlem.",
    ),
}

#: Benign pseudonyms, one per line of this string.
BENIGN_PSEUDONYM_TEXT = tuple(
    """Child T|Child PR|Infant L|Baby M|Young Person H|Sibling 1|Sibling 3|Unborn Baby K
GD|R.T.|Child C and Child D|Slagheap|Breakwater|Lockside|Seacoal|Staith|Coalshore
Child J|Infant NB|Baby AW|Young Person Y|SK|Q|Child W|Sibling D|L.M.|Baby G and Baby H
Child EF|Young Person OS|TB|Infant Z|Sibling E""".replace("\n", "|").split("|")
)


#: How many times each benign template is filled, and the benign side written from this
#: module's tables (both the twenty-first's).
_uses = _21._uses
_benign = _21.benign_written(_THIS)


def samples() -> list[Sample]:
    """Benign and identifying samples together, in the order the tenth's ``assembled``
    gives them for this corpus's seed (so every run yields the same list)."""
    return _57.assembled("sixtysixth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
