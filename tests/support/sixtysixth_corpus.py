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
  twenty-first's 3000-4999, where it kept nobody. The seventh's Faker locales ``fil_PH``
  and ``id_ID`` and the twenty-fifth's faker-js ``id_ID`` are other sources, not these
  tables; the fourth and eighth drew none of the three. So PH is drawn here at ranks
  1500-2999 (``PH_RANKS``, first names and surnames), ID at 1500-2999 (``ID_RANKS``) and
  MY from rank 5000 (``MY_RANKS``: first names 5000-7499, surnames 5000-7999). Only entries
  in plain letters are drawn (``ASCII_ONLY``): entries in Chinese script or with an accent
  are not drawn at all rather than rewritten. The filter keeps no word of any earlier
  snapshot (``EARLIER``: every ``*_names.json`` through the sixty-third's, and those of
  the sixty-fourth and sixty-fifth, written alongside: the sixty-fourth's was read from its
  worktree as it stood when these names were drawn; the sixty-fifth's had not been
  written). Every draw was read by hand (by someone who reads these names as an English
  caseworker would, not as a specialist). The tables at these ranks hold much that is not
  a name, MY's most of all (its surname list is mostly first names, words and handles):
  Malay, Indonesian and Tagalog words (``Bawang``, ``Molek``, ``Barat``, ``Jeruk``,
  ``Lautan``, ``Pertanian``, ``Gorengan``, ``Bahay``, ``Ubat``), English words and brands
  (``Havoc``, ``Toffee``, ``Spray``, ``Classic``, ``Diecast``, ``Moonlighting``),
  places and peoples (``Lorca``, ``Kuching``, ``Dayak``, ``Tamilan``), pet forms and
  typos (``Jiejie``, ``Kaypee``, ``Bogie``, ``Icank``, ``Catherien``, ``Sofhia``,
  ``Daneil``), abbreviations and handles (``Brgy``, ``Nworld``, ``Lindyctr``, ``Yllib``),
  names in the other sex's column (``Ragunathan``, ``Rizana``, ``Elyse``, ``Syaqila``,
  and women's names ending in -wati or -yani in the surname list, which a draw may give a
  man), and Korean, Burmese, Japanese and Indian names (``Leemihyun``, ``Myat``,
  ``Shizuka``, ``Prasheena``); those of the first draw were put in ``NOT_NAMES`` and drawn
  again, and in the last draw (``PACKAGE_DRAWN``: 44 people of PH and ID, 100 of MY, whose
  draws gave one kept person in ten) the people with such an entry (``DROPPED``: the entry
  read as not a name, the first name where both were) were left out without drawing
  again. ``DRAWN`` is what is kept: 14 PH, 17 ID and 7 MY people. Regenerate with ``uv
  venv /tmp/regen66 && uv pip install -p /tmp/regen66 names-dataset==3.3.1 &&
  PYTHONPATH=. /tmp/regen66/bin/python -m tests.support.sixtysixth_corpus`` (with the
  sixty-fourth's snapshot, as it stood in its worktree when this was drawn, beside this
  file); names-dataset is not a dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (slag, steel, shore and fishing
  words), each starting with a letter from R to Z, none in an earlier corpus file nor in
  the sibling corpora being written alongside (``NICKNAMES``; each checked by grepping
  ``tests/support`` and the other worktrees' ``tests/support``, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files and the sibling worktrees': a funicular
  attendant, a transporter bridge operator, a steelworks heritage guide, a jet ski hire
  man, a Rotary club volunteer, a horse riding instructor, a golf caddy, a driving range
  attendant, a pitch and putt kiosk worker, a steel drum band leader, a feed merchant, an
  animal sanctuary volunteer, a zipline operator, a pantomime dame, a food festival
  stallholder, a surf lifesaving coach, a sea glass jewellery maker, a repair cafe
  volunteer, a community fridge volunteer, a warm space host, a litter pick organiser, a
  speedway track marshal, a greyhound trainer, a motocross coach, a majorette troupe
  leader), in lower case and in sign-offs; names and give-away details in pseudonyms;
  nicknames; dates of birth in twelve typed forms (``BIRTH_FORMS``); addresses on invented
  streets (``STREETS``) in the real towns; postcodes; phone, NHS and NI numbers; invented
  schools and a pupil referral unit (``SCHOOLS``); email addresses; written out by the
  twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve towns and
  large villages of the Tees Valley and Cheshire that no earlier corpus file names
  (``AREAS``; each checked by grep, whole word, in ``tests/support`` and the sibling
  worktrees): Ingleby Barwick, Eaglescliffe, Billingham, Seaton Carew, Saltburn-by-the-Sea,
  Marske-by-the-Sea, Loftus, Brotton, Skelton-in-Cleveland, Malpas, Tattenhall and Audlem.
  Of the brief's suggestions two were left out: Yarm, because an earlier corpus file holds
  it inside another town's name (the tests match areas as parts of words), with Ingleby
  Barwick, a large town of the same council, in its place; and Eccleston, because the
  Cheshire Eccleston is a small estate village and larger places of the name lie in other
  counties, with Tattenhall, a large village of the same council, in its place. Every one of the five councils these towns are
  in is an earlier corpus's area (the eleventh's, fourteenth's, seventeenth's,
  nineteenth's and twentieth's; their names are not written in this file), so each
  council, its teams and the partnerships and trusts named after places that are earlier
  areas are written by their initials, as staff type them: SBC for Ingleby Barwick, Eaglescliffe and
  Billingham and HBC for Seaton Carew, with their joint partnership HSSCP and NTHFT, the
  two towns' acute trust; RCBC for Saltburn-by-the-Sea, Marske-by-the-Sea, Loftus,
  Brotton and Skelton-in-Cleveland, with STSCP (the partnership RCBC shares with its
  neighbour to the west); CWAC for Malpas and Tattenhall, with CWAC SCP, the partnership
  named after the council; CEC for Audlem, with CESCP; and CWP, the Cheshire mental health
  trust, whose name holds an earlier area, and TEWV for short. Names without an earlier
  area in them are written in full: Cleveland Police, Cheshire Constabulary, NHS North
  East and North Cumbria ICB, NHS Cheshire and Merseyside ICB, North East Ambulance
  Service NHS Foundation Trust, North West Ambulance Service NHS Trust, South Tees
  Hospitals NHS Foundation Trust, Countess of Chester Hospital NHS Foundation Trust and Mid
  Cheshire Hospitals NHS Foundation Trust. Checked with the ``search`` tool (pages): HSSCP's
  own blog says the partnership of the two councils began on 10 April 2019, a cabinet
  record of SBC names its partners (both councils, their clinical commissioning group and
  Cleveland Police) and HBC's pages name the Children's Hub it hosts for both (a 2026
  notice of SBC plans to take its front door back); the pages of the partnership's
  neighbouring host council and of a Redcar voluntary body name STSCP with both councils,
  NHS North East and North Cumbria ICB and Cleveland Police; CWAC's partnership site calls
  itself the council's Safeguarding Children Partnership (SCP); CESCP's site names it with
  CEC, Cheshire Police and NHS Cheshire and Merseyside. Written from memory, not checked:
  the trusts and which serves which town, the ambulance trusts' names, Cheshire
  Constabulary (the police's formal name), and every venue (the libraries of the twelve
  towns; Loftus Town Hall; Skelton Civic Hall; Audlem Public Hall; Saltburn
  Community Hall; Marske, Brotton, Malpas and Tattenhall village halls; Eaglescliffe and
  Seaton Carew community centres; Billingham Forum Leisure Centre and Ingleby Barwick
  Leisure Centre); some may be named
  differently, have moved, closed or not exist. Venues are council offices, libraries,
  halls, leisure centres and community centres, never a person's address. Roles, themes,
  courses, rooms, times and periods come from the twenty-first through the
  twenty-second's ``DRAWS``, and nobody in the benign text is named except by role.
- Identifiers: every phone, NHS and national insurance number, email address and
  postcode is invented by the tenth corpus's ``person_values`` inside ranges set aside for
  fiction (numbers Ofcom keeps for drama, NHS numbers from 999 with a correct check digit,
  QQ national insurance prefixes, the example.com, .org and .net domains, postcode areas
  Royal Mail never issued). Samples naming a drawn person carry their table's label
  (``names-dataset-PH``, ``-ID`` or ``-MY``), samples naming a nickname
  ``hand-nicknames``, and all the rest ``hand``.
- Benign pseudonyms are written as DOMAIN.md allows (``BENIGN_PSEUDONYM_TEXT``): bare
  initials, initials after a word of ``PSEUDONYM_WORDS``, brothers and sisters by number
  or letter, and a few words of the slag banks, the coast and the canal that are nobody's
  first name and that no earlier corpus file uses (``CHOSEN``, checked by grep like the
  nicknames).

``assembled`` would leave out any drawn person whose name were a word of the benign text;
none is. Nothing here was tuned to the guard, which has never been run on this corpus.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyseventh_corpus as _57
from tests.support import fortysecond_corpus, twentyfifth_corpus, twentyfirst_corpus
from tests.support import sixtythird_corpus as _63
from tests.support import twentyseventh_corpus

#: The helpers the tests and the earlier corpora's writers read from a corpus (the tenth's
#: ``person_values``, the twenty-fifth's filter), as the sixty-third gathers them.
from tests.support.sixtythird_corpus import (
    DRAMA_PREFIXES,
    INWARD_LETTERS,
    PLAIN,
    POSTCODE_AREAS,
    _earlier_names,
    benign_words,
    nhs_check_digit,
)
from tests.support.independent_corpus import Sample

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtysixth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), PH, ID and MY tables"
__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "benign_words"]
__all__ += ["nhs_check_digit", "samples"]
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
#: Twelve ways a date of birth gets typed (fields of the tenth's ``_date``), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{dd}.{mm}.{yy}", "{d}-{mo}-{y}", "{y}-{mm}-{dd}", "{wd} {d} {mo} {y}")
BIRTH_FORMS += ("{d}{th} of {mon} {y}", "{mo}. {d}, {y}", "{dd}/{mm}/{y}", "{m}.{d}.{y}")
BIRTH_FORMS += ("{d} {mo} {yy}", "{mon} {d}{th} {y}", "{dd}{mm}{y}", "{d} / {m} / {y}")
WHEN_FORMS = ("{wd} {d} {mo}", "{dd}.{mm}.{y}", "{d}{th} {mon}", "{wd} {d}/{m}", "{mo} {d}")
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


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
    "funicular lady rang again about {fl} {ll}",
    "{fl} at the driving range again after dark, {gl} not answering",
    "zipline man says {fl} {ll} drunk again",
    "{ll} kids in the clubhouse car park again",
    "speedway marshal - {fl} with the older man again",
    "{gl} {hl} not picking up, {fl} at the warm space with no coat",
    "riding school worried about {fl}'s weight",
    "jet ski bloke saw {fl} {ll} get into a black car",
    "pitch and putt - {fl} hanging round the gate again",
    "rang {fl}'s {rel}, no answer, left voicemail",
    "{fl} {ll} not at breakfast club since tues",
    "majorettes say {fl} hungry again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} girls",
    "{f} (age {age})",
    "{fi}. {l}",
    "{f} and {k} {l}",
    "little {f} {l}",
    "the {l} boy",
    "{g} {h}'s youngest",
    "{f} from the riding school",
    "{l}, {f}",
)
SIGN_OFF = (
    "please dont say it was me\n{fl}",
    "Thanks\n{g} {h}\n{rel} to {f}",
    "ta\n{g} (mam of {f} and {k})",
    "{f} {l}\nsorry its long",
    "Written for {f} by their {rel}, {g} {h}",
    "Best wishes,\n{g} {l}\nspecial guardian",
    "{g} - {f}'s {rel} - home after 6",
    "{f} {l}, aged {age}",
    "{g} {h}, family friend caring for {f}",
)
NICKNAMES = ("Rivvy", "Rustbucket", "Ropey", "Smelty", "Slaggy", "Skerry", "Sprattie")
NICKNAMES += ("Scoria", "Tidewrack", "Tuggie", "Trawlerboy", "Tidey", "Urchy", "Whelkie")
NICKNAMES += ("Winklepicker", "Zinky")
NICKNAME_TEXT = (
    "The lads by the bus station call her {n} and send her into the shop for them.",
    "Round the back of the arcade he is only {n}; the men in the car give him cash.",
    "Staff at the pool heard {f}'s {rel} yelling {n} across the car park at midnight.",
    "{n} is what the man at the kebab shop has her saved as, the DSL says.",
)
NICKNAME_PSEUDONYM = ("{n}", "wee {n}", "{n} {li}", "{n} aka {l}")
DOB_TEXT = (
    "DOB (red book) {dob}",
    "d.o.b. {dob}",
    "{g} gave {f}'s date of birth as {dob}",
    "DOB on the school system {dob}",
    "born {dob} at James Cook",
    "{f} {l}, DOB {dob}",
    "{dob} so {age} now",
    "{rel} says born {dob}, GP has another date",
    "born {dob}, in the special care unit for a month",
)
PHONE_TEXT = (
    "mam's mobile {phone}",
    "{g} is on {phone}",
    "{rel} - {phone}",
    "landline {phone}",
    "messages came from {phone}; {f} says it is the man with the van",
    "lola's number {phone}",
)
NHS_TEXT = (
    "NHS no: {nhs}",
    "{f}'s NHS number {nhs}",
    "newborn NHS {nhs}",
    "NHS {nhs} (from the discharge letter)",
)
NI_TEXT = (
    "mam NI {ni}",
    "boyfriend's NI number {ni}",
    "dad NINO {ni}",
    "{rel}'s NI no. {ni}",
)
ADDRESS_TEXT = (
    "family moved to {street}, {town}",
    "staying at a friend's on {street}",
    "visit to {street}, {town} - curtains shut, no answer",
    "{f} is at their {rel}'s on {street}",
    "police called to {street} four times since may",
    "evicted from {street}; sofa surfing in {town} now",
)
POSTCODE_TEXT = ("postcode {postcode}", "PC: {postcode}", "new address, postcode {postcode}")
SCHOOL_TEXT = (
    "{f} is at {school} (year {year_group})",
    "{school} Y{year_group}, attendance 58%",
    "DSL at {short} phoned at 8.45",
    "{f} moved to {short} after Easter",
    "{f}, {school}: {n2} sessions missed this term",
)
EMAIL_TEXT = ("{g} writes from {e}", "the photos were sent from {e}", "email {g} {h}: {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li} - year {year_group} - {short}",
    "child living at {postcode}",
    "{fi}{li} NHS no {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} DOB {dob}",
    "Y{year_group} pupil at {school}",
    "the {l}s of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


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


def _town(partners: dict[str, tuple[str, ...]], council: str, *venues: str) -> dict[str, tuple[str, ...]]:
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
    "Skelton-in-Cleveland": _town(
        _TEES | _SOUTH, "RCBC", "Skelton Library", "Skelton Civic Hall"
    ),
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
    "age_band": ("aged six weeks", "under 18 months", "aged five", "aged 13", "aged 17"),
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
        "Summary for {ref}. A baby {age_band} from {area} was brought to {trust} with a "
        "swollen thigh; an X-ray found a fracture that the parents could not explain. "
        "{police} and children's social care met the same night. The review will ask why "
        "two earlier visits to the GP with a baby who would not settle were not linked." + _P,
        "{ref}: a 15-year-old girl from {area} was found at a house party two towns away at "
        "4am, with older men she had met online. She had been reported missing eight times "
        "in a year. The reviewer is asked how return home interviews were used and who "
        "held the exploitation plan when her school place changed.",
        "Many families from the Philippines, Indonesia and Malaysia have come to {area} "
        "in recent years, often to work in hospitals and care homes on long shifts. A "
        "child {age_band} missed two developmental checks while both parents worked "
        "nights. {ref} will look at how services reach families working unsocial hours, "
        "and how interpreters are offered." + _P,
        "Context for {ref}. A boy of 13 told a youth worker he was being paid to carry "
        "packages on the coastal bus route after school. The school had seen new trainers "
        "and a second phone but recorded nothing. The {scp} wants to know how the "
        "exploitation screening tool was used and what {council} now does with such signs.",
        "Background ({area}): a toddler {age_band} was found alone on the promenade early "
        "one morning while the parents slept in a caravan nearby. It was the second call "
        "about the family that season. {ref} asks how seasonal and holiday-park families "
        "are known to health visitors, and how neglect is seen when families move often." + _P,
        "{ref}, brief account: a girl {age_band} with cerebral palsy was cared for at home "
        "by a mother with depression after the father left. Health, school and social care "
        "each saw part of the strain, at {trust}, in class and at the front door. The "
        "review will look at how respite and short breaks were planned and who led.",
        "Panel summary, {area}. A 14-year-old looked after two younger siblings most "
        "evenings while a parent drank. Teachers saw a tired child who was often late, but "
        "no young carer's assessment was offered. {ref} will test whether young carers are "
        "noticed in the partnership and whether adult services ask who is at home." + _P,
        "Outline, {ref}: three children lived in a farm cottage near {area} with no "
        "working toilet, rats in the kitchen and a father who refused entry to visitors. "
        "Two referrals closed after one visit each. The review will ask whether rural "
        "isolation hid the neglect and how {district} and social care shared what they saw.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, outcome: the three safeguarding partners agree a local child "
        "safeguarding practice review is needed. The harm was serious and there is learning "
        "about how {trust} and {council} shared concerns about an infant whose mother had "
        "hidden her pregnancy. The National Panel will be told by {date2} and the {role} "
        "will draft terms of reference.",
        "Rapid review {ref}, outcome: no local review. The learning about injuries in "
        "babies who cannot yet crawl is already in the updated bruising protocol, and the "
        "teams involved have changed practice. A full review would add little. Agreed by the "
        "partners on {date}; the reasons go to the Panel by {date2} with a short staff briefing.",
        "Rapid review {ref}, outcome: the learning will go to the thematic review of "
        "{theme} already running across {area} and nearby towns, rather than a separate "
        "review. {police} and {icb} will send agency reports to the thematic reviewer by "
        "{date2}. The Panel will get the reasoning with the rapid review report.",
        "Rapid review {ref}, outcome: a systems review will go ahead, with a practitioner "
        "event at {venue}. The partners want to understand why nobody escalated when the "
        "health visitor and the social worker disagreed about risk for two months. Draft "
        "terms of reference go to the executive on {date2} for sign-off.",
        "Rapid review {ref}, outcome: the partners will ask the Panel to consider a national "
        "review, as a very similar death happened in another northern area this year. Local "
        "work carries on alongside so that learning is not delayed. The {role} will write to "
        "the Panel setting out the pattern by {date2}.",
        "Rapid review {ref}, outcome: a learning briefing and a practice week instead of a "
        "full review. The facts are agreed, the family have asked not to take part, and "
        "agencies have already changed what they do. Signed off on {date}; the changes will "
        "be checked through the multi-agency audit programme in {period}.",
        "Rapid review {ref}, outcome: a local review will focus on discharge from the "
        "neonatal unit to community midwives, where a partner's violent history was not "
        "passed on. {trust} and {icb} will co-chair the review panel, and the National "
        "Panel will be told by {date2}.",
    ),
    "minutes": (
        "Action notes, {scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance data for {period}: repeat referrals {rag}.\n"
        "2. The independent scrutineer's annual report received and discussed.\n"
        "3. Readiness for a joint targeted area inspection: a planning day to be set.\n"
        "Next meeting {date2}, {time}.",
        "Learning and improvement subgroup, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a primary head.\n"
        "1. {course} take-up lowest in {area}; twilight sessions to be offered.\n"
        "2. {ref} learning added to the induction pack for new staff.\n"
        "3. Trainer pool down to five; a call for volunteers agreed.\n"
        "Next meeting {date2}, {room}.",
        "Case review group, {date}, on Teams\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Notification from {area} considered; a rapid review to be held.\n"
        "2. {ref}: the reviewer's draft chronology shared, comments within a fortnight.\n"
        "3. No other business raised.\n"
        "Next meeting {date2} at {venue}.",
        "Policy and procedures subgroup, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Unborn baby protocol: partner comments collected in one table.\n"
        "2. {theme} procedure shortened and rewritten in plain English.\n"
        "3. Feedback from {course} to be summarised for next time.\n"
        "Next meeting {date2}, {time2}.",
        "Exploitation and missing subgroup, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth justice.\n"
        "1. Safety plan for the summer seafront events agreed by all.\n"
        "2. Exploitation hotspots around {area}: {rag}.\n"
        "3. The return home interview service to attend next time.\n"
        "Next meeting {date2}.",
    ),
    "partner_email": (
        "Hi all,\n\nJust a reminder that agency chronologies for {ref} were due last week. "
        "We are still waiting for {trust} and the {district}; {police} have sent theirs. The "
        "reviewer cannot begin the analysis without them, and the panel meets on {date2}."
        + _S,
        "Dear colleagues,\n\nWe would like practitioners from {area} to try out a draft "
        "one-page guide on {theme}. We will meet at {venue} on {date2}, {time} to {time2}; "
        "lunch is provided and managers have agreed the time out." + _S,
        "Hello everyone,\n\nThe executive has signed off the refreshed threshold document. "
        "{council} will brief its teams over the next month and {police} will build it into "
        "training for new officers. Could health colleagues say how they will share it?" + _S,
        "Dear partners,\n\nIn {period} our independent scrutineer would like to spend a "
        "day with the front door and speak with staff from {icb} and {ambulance}. If your "
        "team can host, please send a contact and two possible dates." + _S,
        "Hi everyone,\n\nGood news: the Panel has accepted the rapid review for {ref} "
        "without further questions and noted the clear information from {trust}. The "
        "{role} will now draft the learning summary with the designated nurse." + _S,
        'Dear all,\n\nBecause of demand we have added another date for "{course}" at '
        "{venue}, {time} to {time2}. It is open to {council}, {police}, health, schools, "
        "early years and the voluntary sector; the first date filled in a morning." + _S,
        "Dear colleagues,\n\nThanks to {ambulance} for releasing two paramedics for the "
        "practitioner event on {ref}. Their account of the first call helped the panel see "
        "how much pressure the crew were under that night." + _S,
        "Hello,\n\nFor {ref}, could the {district} explain how families placed in emergency "
        "accommodation are made known to health visitors and schools, and how long the "
        "longest stay lasted in the past year?" + _S,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer shared early themes with the panel: "
        "too much weight on a mother's account, too little curiosity about a new partner, "
        "and a child in {area} who was seldom seen alone. {trust} and children's social "
        "care will check these against their records before the next panel meeting.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} and "
        "the {district} spoke about workloads and about not knowing whom to ring in another "
        "agency at night. Their views will shape the recommendations." + _P,
        "Local review {ref}: scope agreed {date}. The review covers eighteen months before "
        "the incident, a move between two schools, decisions at the front door, and how "
        "{icb} follows children with complex health needs placed out of area.",
        "Local review {ref}: the reviewer has met the child's grandmother, who asked that "
        "the report describe the child as someone who loved the beach and drawing, not only "
        "as a list of events. The panel agreed. A draft is due in {period}, and the family "
        "will see it before the {scp} publishes.",
        "Local review {ref}: first panel meeting fixed for {date}.",
        "Local review {ref}: independent reviewer appointed {date}.",
        "Local review {ref} paused until the criminal trial ends.",
        "Local review {ref}: every agency report is now in.",
        "Local review {ref}: second draft to the panel on {date}.",
    ),
    "chronology": (
        "{date}: nursery noted a child arriving without a coat in the rain three days running.",
        "{date}: {police} attended a domestic incident; three children in the house.",
        "{date}: contact screened at the front door; passed to early help.",
        "{date}: {ambulance} took father to hospital; children went to an aunt.",
        "{date}: the {district} offered the family a temporary flat.",
        "{date}: strategy discussion held; section 47 enquiry agreed.",
        "{date}: two-year review missed; health visitor wrote again.",
        "{date}: paediatric appointment at {trust} not attended.",
        "{date}: first home visit by the family support worker.",
        "{date}: core group met, {council} chairing.",
        "{date} to {date2}: school recorded six unexplained absences.",
        "{date}: reduced timetable agreed by the school.",
        "{date}: booking appointment with the midwife at 28 weeks.",
    ),
    "checklist": (
        "Rapid review held within 15 working days? Yes.",
        "National Panel notified on {date}.",
        "Family told about the review on {date}.",
        "Voice of the child to be gathered by {date2}.",
        "Independent reviewer in place? Yes.",
        "Terms of reference: draft 3.",
        "{trust} agency report received? Yes.",
        "{district} agency report received? Chased twice.",
        "Inquest opened: {date}.",
        "{police} disclosure: asked for, awaited.",
        "Seven-minute briefing: with comms.",
        "Sent to the DSL network? Yes.",
        "Reports due from {police} and {icb}: {date2}.",
    ),
    "notice": (
        "{scp} executive: {date}, {time}, {room}, {venue}.",
        "{ref} practitioner event, {date2}, {venue}, {time} to {time2}.",
        "Save the date: safeguarding week opening event, {venue}, {date}.",
        "Learning and improvement subgroup moved to {date}, {time}, {room}.",
        "DSL network meeting at {venue}, {date}, {time}.",
        'Online session "{course}", {date}, {time}.',
        "Parents' coffee morning at {venue} on {date}.",
        "County lines awareness evening, {room}, {venue}, {date}.",
        "Health leads meeting moved from {date} to {date2}.",
        "Multi-agency case audit day, {date}, {room}, {venue}.",
        "Young people's forum at {venue}, {date}, {time} to {time2}.",
        "Launch of the updated graded care profile at {venue}, {date}, {time}.",
    ),
    "slack": (
        "agenda for the exec is on the sharepoint",
        "has the {trust} chronology for {ref} landed yet?",
        "room at {venue} booked for {date} :white_check_mark:",
        "reminder: Panel notification has to go today",
        "{district} asked to move to {time2} from {time}, ok with everyone?",
        "comments on draft ToR by {date} please",
        "thanks all, minutes to follow",
        "{police} have put forward a DCI for the rapid review",
        "{period} training programme is up on the website",
        "does {ref} go to case review group or straight to exec?",
        "scrutineer's report pinned in the channel",
        "anyone free to minute on {date}?",
        "which version of the agency report template is current",
        "{icb} designated nurse dialling in at {time}",
        "{council} rep on leave {date}, can someone cover?",
    ),
    "panel": (
        "Panel response on {ref} received {date}: no further questions.",
        "{ref} notified to the Panel on {date}.",
        "Rapid review report due to the Panel by {date2}.",
        "Panel feedback: reasoning clear and well set out.",
        "Panel agreed {ref} does not need a national review.",
        "{ref} rapid review submitted; Ofsted and the DfE copied in.",
        "Panel asked for the ambulance trust's report; sent {date}.",
        "{ref} final report sent to the Panel {date}.",
        "Panel agreed an extension for {ref}, to {date2}.",
        "Panel annual report discussed at the executive.",
        "Panel query on {ref} arrived {date}; the {role} to respond.",
    ),
    "publication": (
        "Planned publication date for {ref}: {date}.",
        "Publication deferred until the criminal proceedings end.",
        "Summary report only, agreed {date}.",
        "Family asked about the publication date.",
        "Press statement agreed with the {council} communications team.",
        "{ref} published on the {scp} website, {date}.",
        "Learning briefing to go out with the report.",
        "Family asked for more time; publication moved to {date2}.",
        "Report to come down from the website after a year.",
        "DfE told of publication.",
        "Publication plan for {ref} agreed by partners on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed outpatient appointments by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to share overnight domestic abuse notifications with schools by 8.30am.",
        "Action: {icb} to fund safe sleep training for all maternity staff.",
        "Action 3: practice week on {theme} in {period}.",
        "Action: {ambulance} to ask crews to note every child present at a call.",
        "Action: the {district} to tell health visitors when families go into emergency flats.",
        "Action 4 complete: new escalation policy in use since {date}.",
        "Action 5: the {role} to report to the executive every quarter.",
        "{period} plan: 12 actions, 8 complete, 4 {rag}.",
        "Action: one chronology template for every agency from {date}.",
        "Action 6: {trust} to ask who else lives at home at every triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed when the new tenancy starts.",
        "{district}: prevention duty accepted from {date}.",
        "The {district} will send two officers to the practitioner event.",
        "{ref} briefing given to {district} managers.",
        "All housing officers covering {area} to complete {course} by {date}.",
        "SBC housing options team and Cleveland Police checked holiday lets in Ingleby "
        "Barwick used for emergency placements from other areas.",
        "SBC community safety team walked the riverside path in Eaglescliffe with youth "
        "workers after reports of younger teenagers drinking under the viaduct.",
        "SBC housing options team met NTHFT health visitors about crowded flats above shops "
        "in Billingham.",
        "HBC community safety team and Cleveland Police met about quad bikes on the dunes "
        "at Seaton Carew.",
        "RCBC housing options team briefed South Tees Hospitals NHS Foundation Trust health "
        "visitors on families placed in holiday lets in Saltburn-by-the-Sea.",
        "RCBC community safety team visited the youth club in Marske-by-the-Sea.",
        "RCBC housing options team spoke with TEWV staff about families in Loftus.",
        "RCBC community safety team and Cleveland Police planned patrols near the cliff "
        "path in Brotton.",
        "RCBC housing options team and TEWV discussed sofa surfing by care leavers in "
        "Skelton-in-Cleveland.",
        "CWAC community safety team met CWP staff about young people gathering in Malpas "
        "after dark.",
        "CWAC housing options team agreed a discharge route with the Countess of Chester "
        "Hospital NHS Foundation Trust for families from Tattenhall.",
        "CEC community safety team and Cheshire Constabulary looked at the canal towpath "
        "by the locks in Audlem.",
        "CEC housing options team and Mid Cheshire Hospitals NHS Foundation Trust "
        "discussed farm workers' tied cottages near Audlem.",
    ),
    "training": (
        'New on the e-learning site: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "{theme} workshop at {venue}, {date}, {time} to {time2}.",
        "Train the trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' network, {room}, {date}.",
        "Evaluations from the {theme} workshop show staff feel more confident.",
        "DSL refresher sessions run through {period}.",
        "HSSCP ran a safer sleep session for childminders in Billingham and Ingleby Barwick.",
        "STSCP and the RCBC community safety team gave an exploitation briefing to taxi "
        "drivers in Saltburn-by-the-Sea and Marske-by-the-Sea.",
        "HSSCP trained cricket and football coaches in Eaglescliffe and Seaton Carew.",
        "STSCP ran a neglect session for early years staff in Loftus, Brotton and "
        "Skelton-in-Cleveland.",
        "North East Ambulance Service NHS Foundation Trust and Cleveland Police gave a "
        "self-harm talk in Billingham.",
        "NHS North East and North Cumbria ICB briefed GP practices in Ingleby Barwick and Loftus on "
        "was-not-brought.",
        "CWAC SCP and CWP ran a perinatal mental health course in Malpas and Tattenhall.",
        "CESCP, NHS Cheshire and Merseyside ICB and North West Ambulance Service NHS Trust "
        "ran a session on rural safeguarding in Audlem.",
    ),
}

#: Benign pseudonyms, one per line of this string.
BENIGN_PSEUDONYM_TEXT = tuple(
    """Child T|Child PR|Infant L|Baby M|Young Person H|Sibling 1|Sibling 3|Unborn Baby K
GD|R.T.|Child C and Child D|Slagheap|Breakwater|Lockside|Seacoal|Staith|Coalshore
Child J|Infant NB|Baby AW|Young Person Y|SK|Q|Child W|Sibling D|L.M.|Baby G and Baby H
Child EF|Young Person OS|TB|Infant Z|Sibling E""".replace("\n", "|").split("|")
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """The corpus: the benign and the identifying samples, laid out by the tenth's
    ``assembled`` with this corpus's own seed, the same on every run."""
    return _57.assembled("sixtysixth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
