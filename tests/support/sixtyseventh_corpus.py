"""A sixty-seventh held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtyseventh_names.json``, a seeded snapshot (seed ``sixtyseventh-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in turn,
  no first name that is also in the table's surname list) from names-dataset 3.3.1 (PyPI,
  Apache-2.0, Philippe Remy's frequency tables per country), its AE (United Arab Emirates)
  and QA (Qatar) tables. Earlier corpora that name those tables, and Saudi Arabia's, took
  these ranks (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py``
  for ``"SA"``, ``"AE"``, ``"QA"``, Saudi, Emirates and Qatar, and by reading every
  snapshot's keys): SA the thirteenth's 100-1499, the eighteenth's 1500-2999 and the
  twenty-first's 3000-4999 (where it kept nobody); AE the fourteenth's 100-1499 and the
  twentieth's 1500-2999; QA the fourteenth's 100-1499 (the twentieth left QA out at
  1500-2999, too few women). The seventeenth's Faker locales ``ar-ae`` and ``ar-qa`` are
  another source, not these tables; the fourth, eighth and tenth drew none of the three. SA
  was dropped: its women's column ends at rank 4815, so no rank of it is left that no
  corpus drew, and a draw takes women and men in turn. AE is drawn from rank 3000
  (``AE_RANKS``: first names and surnames 3000-3399; its women's column ends at 3139) and
  QA from rank 1500 (``QA_RANKS``: 1500-1899; its women's column ends at 1608). Only entries
  in plain letters are drawn (``ASCII_ONLY``). At these ranks both tables are mostly the
  names of people who moved to the Gulf from South Asia, Nepal, the Philippines and East
  Africa (``Shipra``, ``Jayasree``, ``Tikaram``, ``Gyanendra``, ``Maricor``, ``Tadelech``,
  ``Chaurasiya``, ``Dangal``), with typos, pet forms, handles and words among them
  (``Mlanie``, ``Dharmendr``, ``Lynlyn``, ``Pasaway``, ``Honeybee``, ``Filinvestor``,
  ``Alhamdulillah``, ``Brothers``, ``Dhabi``, ``Dohaqatar``). So every plain-letter entry
  of the four pools was read by hand first, by someone who reads these names as an English
  caseworker would, not as a specialist, and only those that read as Gulf or wider Arab
  given names and family names were kept as drawable (``READ_AS_NAMES``; honorifics such
  as ``Hanem``, pet forms such as ``Azoz`` and spellings such as ``Zanab`` left out). The
  draw's first go was read again: ``Malaka`` (a Greek insult), ``Nafas`` (the word for
  breath) and ``Amoor`` (a pet form) were put in ``NOT_NAMES`` and drawn again, and the
  last draw (``PACKAGE_DRAWN``: 24 AE and 14 QA people) read as names throughout, so
  ``DROPPED`` is empty and ``DRAWN`` keeps all 38. The filter keeps no word of any earlier
  snapshot (``EARLIER``: every ``*_names.json`` through the sixty-sixth's, and those of the
  sixty-eighth and sixty-ninth, written alongside, which did not exist in their worktrees
  when these names were drawn; eight readable names, among them ``Mansouri``, ``Yaman`` and
  ``Yaqoob``, were skipped as earlier snapshots hold them). Regenerate with ``uv venv
  /tmp/regen67 && uv pip install -p /tmp/regen67 names-dataset==3.3.1 && PYTHONPATH=.
  /tmp/regen67/bin/python -m tests.support.sixtyseventh_corpus``; names-dataset is not a
  dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (mill, clog, hat, weather and
  kitchen words), each starting with a letter from A to H, none in an earlier corpus file
  nor in the sibling corpora being written alongside (``NICKNAMES``; each checked by
  grepping ``tests/support`` and the other worktrees' ``tests/support``, whole words, any
  case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files and the sibling worktrees': a clog dancing
  teacher, a hat museum guide, a crown green bowls secretary, a whit walk steward, a weaving
  shed demonstrator, an organ grinder, a gurdwara langar volunteer, a fencing coach, a dance
  school owner, a Boys' Brigade captain, a soup kitchen volunteer, a BMX track coach, a
  pageant organiser, a hook-a-duck stallholder, a paper round lad, a mosque caretaker, a
  Saturday school Arabic teacher, a Metrolink customer service rep, a kickboxing
  instructor, a door supervisor, a street cleaner, a mobile DJ, a party entertainer, a toy
  shop owner, a theatre usher and an aquafit instructor), in lower case and in sign-offs;
  names and give-away details in pseudonyms; nicknames; dates of birth in twelve typed forms
  (``BIRTH_FORMS``); addresses on invented streets (``STREETS``) in the real towns;
  postcodes; phone, NHS and NI numbers; invented schools and a pupil referral unit
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's. The sixty-sixth's shape was followed, not its sentences;
  every template, identifying and benign, was compared by a text-similarity ratio (Python's
  ``difflib``) with every string of every earlier corpus file, and those that matched one
  exactly or came out close (ratio 0.89 or more; short lines such as a bare postcode or a
  checklist item converge) were rewritten, so none matches exactly and the rest score under
  that; 21 short ones found word for word in the sixty-eighth's file as it stood in its
  worktree were rewritten too.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve towns of five metropolitan
  boroughs of the GM city region that no earlier corpus file names (``AREAS``; each checked
  by grep, whole word and as part of a word, any case, in ``tests/support`` and the sibling
  worktrees): Ramsbottom, Tottington, Whitefield, Littleborough, Milnrow, Marple, Romiley,
  Mossley, Denton, Atherton, Tyldesley and Golborne. Of the brief's fourteen suggestions the
  two of a sixth borough were left out, to keep to five boroughs of two or three towns
  each. All five boroughs are named in earlier corpus files (the tests assert it), and so
  is the city in the name of the police force, the ICB and the mental health trust, so each
  is written by its initials, as staff type them: BMBC for Ramsbottom, Tottington and
  Whitefield, with
  BISP, its integrated safeguarding partnership; RBC for Littleborough and Milnrow, with
  RBSCP; SMBC for Marple and Romiley, with SSCP; TMBC for Mossley and Denton, with TSCP, and
  T&G ICFT, the acute trust whose name holds the borough and a Derbyshire town; WMBC for
  Atherton, Tyldesley and Golborne, with WSCP, and WWL, the acute trust whose name holds the
  borough; and GMP, NHS GM ICB and GMMH, the mental health trust, for all or some of them,
  and SFT, the acute trust named after its borough. Names without an earlier area in them
  are written in full: North West Ambulance Service NHS Trust, Northern Care Alliance NHS
  Foundation Trust and Pennine Care NHS Foundation Trust. Checked with the ``search`` tool
  (pages): BMBC's partnership site calls itself the borough's Integrated Safeguarding
  Partnership (and its Safeguarding Partnership), covering adults and children, and says
  it uses the GM procedures; SSCP's site says the partnership began in June 2019 with the
  council, GMP and the borough's clinical commissioning group as its three statutory
  partners; RBSCP's site names it and says all ten GM partnerships run a safeguarding
  children's week together. Written from memory, not checked: TSCP and WSCP (the names of
  those two partnerships), every trust and which serves which town, the ambulance trust and
  the ICB's short name, and every venue (the libraries of the twelve towns; Ramsbottom Civic
  Hall; the Tottington Centre; Whitefield, Littleborough, Romiley and Tyldesley community
  centres; Milnrow Village Hall; Marple and Golborne leisure centres; George Lawton Hall in
  Mossley; Denton Festival Hall; Formby Hall in Atherton); some may be named differently,
  have moved, closed or not exist. Venues are council offices, libraries, halls, leisure
  centres and community centres, never a person's address. Roles, themes, courses, rooms,
  times and periods come from the twenty-first through the twenty-second's ``DRAWS``, and
  nobody in the benign text is named except by role.
- Identifiers: every phone, NHS and national insurance number, email address and postcode is
  invented by the tenth corpus's ``person_values`` inside ranges set aside for fiction
  (numbers Ofcom keeps for drama, NHS numbers from 999 with a correct check digit, QQ
  national insurance prefixes, the example.com, .org and .net domains, postcode areas Royal
  Mail never issued). Samples naming a drawn person carry their table's label
  (``names-dataset-AE`` or ``-QA``), samples naming a nickname ``hand-nicknames``, and all
  the rest ``hand``.
- Benign pseudonyms are written as DOMAIN.md allows (``BENIGN_PSEUDONYM_TEXT``): bare
  initials, initials after a word of ``PSEUDONYM_WORDS``, brothers and sisters by number or
  letter, and a few words of cloughs, mills and chimneys that are nobody's first name and
  that no earlier corpus file uses (``CHOSEN``, checked by grep like the nicknames).

No drawn person shares a word with the benign side (the tenth's ``assembled`` drops any who
would). The guard was never run on any of this, so none of it is shaped by what it does.
"""

from __future__ import annotations

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

SEEN, SEED = "", "sixtyseventh-<country>"
NAMES_FILE = Path(__file__).with_name("sixtyseventh_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), AE and QA tables"
#: What the tests and the shared writers read from every corpus (the fictional number
#: ranges and check digit, the benign-word filter, the reader of earlier snapshots), all
#: as the sixty-sixth has them from the sixty-third.
(DRAMA_PREFIXES, INWARD_LETTERS, POSTCODE_AREAS, PLAIN) = (
    *(_66.DRAMA_PREFIXES, _66.INWARD_LETTERS),
    *(_66.POSTCODE_AREAS, _66.PLAIN),
)
nhs_check_digit, benign_words, _earlier_names = (
    *(_66.nhs_check_digit, _66.benign_words),
    _66._earlier_names,
)
#: Every earlier snapshot: the sixty-sixth's list and its own, and those of the sixty-eighth
#: and sixty-ninth (``ALONGSIDE``: written at the same time, so read only when there).
ALONGSIDE = ("sixtyeighth_names.json", "sixtyninth_names.json")
EARLIER = tuple(dict.fromkeys((*_66.EARLIER, "sixtysixth_names.json", *ALONGSIDE)))
#: The ranks drawn here, first names then surnames (see the docstring for the ranks earlier
#: corpora took from these tables). AE's women's column ends at rank 3139, QA's at 1608.
AE_RANKS = ((3000, 3400), (3000, 3400))
QA_RANKS = ((1500, 1900), (1500, 1900))
COUNTRIES = ("AE", "QA")
ASCII_ONLY = frozenset(COUNTRIES)
#: Every plain-letter entry of the two tables at these ranks was read by hand; these are
#: the ones that read as Gulf or wider Arab given names and family names. The rest (most
#: of each table: names of South Asia, Nepal, the Philippines and East Africa, typos, pet
#: forms and words) are not drawn at all.
READ_AS_NAMES = {
    "AE": frozenset(
        {
            *("Urwa", "Khatija", "Zeineb", "Lailah", "Sireen", "Sayeeda", "Duniya", "Hasnah"),
            *("Aamina", "Nusaiba", "Noorhan", "Moaza", "Mawada", "Sumayah", "Mooza"),
            *("Shahood", "Eklas", "Malaka", "Sarmad", "Naufal", "Yaman", "Mishal"),
            *("Abdurrahman", "Nawar", "Baqir", "Naqib", "Thaer", "Jasir", "Amoor", "Shariq"),
            *("Zarif", "Mahboob", "Alteneiji", "Alahmed", "Almamari", "Baloushi", "Alzahmi"),
            *("Alharbi", "Thabet", "Alaryani", "Hammoud", "Badran", "Alhajeri", "Alnahdi"),
            *("Kassab", "Mansouri", "Salloum", "Obeidat", "Alsaedi", "Alshaer", "Albedwawi"),
            *("Alnaimi", "Alattar", "Hamadi", "Zahran", "Alqaydi", "Alhaddad", "Shehadeh"),
            *("Jumaa", "Almarzoqi"),
        }
    ),
    "QA": frozenset(
        {
            *("Nafla", "Hayaat", "Momena", "Hebah", "Ghinwa", "Khaloud", "Hanouf", "Manha"),
            *("Nafas", "Numan", "Thamer", "Abubaker", "Luqman", "Izhar", "Jubair", "Sharaf"),
            *("Shuaib", "Unais", "Eissa", "Alobaidly", "Najim", "Razzaq", "Yaqoob"),
            *("Albalushi", "Almahmoud", "Alhumaidi", "Alnaemi", "Abdeen", "Refaat"),
            *("Dalloul", "Alathba", "Alshahwani", "Alshamari", "Alshehhi", "Lotfy"),
            *("Abdulsalam", "Alghanim", "Alenazi", "Albloushi", "Alomari", "Alyazidi"),
            *("Kuwari", "Alameri", "Alqubaisi", "Odeh"),
        }
    ),
}
#: Entries of the first draw read by hand as a word or a pet form (a Greek insult, the word
#: for breath, a pet form of Amr): put here and drawn again.
NOT_NAMES = frozenset({"Malaka", "Nafas", "Amoor"})
#: People of the last draw left out without drawing again: none, as it read as names.
DROPPED: frozenset[str] = frozenset()
PACKAGE_DRAWN = (("names-dataset-AE", 24), ("names-dataset-QA", 14))
DRAWN = (("names-dataset-AE", 24), ("names-dataset-QA", 14))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Each table with its first-name and surname ranks, in the order of ``PACKAGE_DRAWN``.
TABLES = (("AE", AE_RANKS), ("QA", QA_RANKS))


def _usable(name: str, country: str) -> bool:
    """An entry to draw: read as a name (``READ_AS_NAMES``), and the tenth's test, plain
    letters, less ``NOT_NAMES``."""
    return name in READ_AS_NAMES[country] and _57.table_entry_ok(
        name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY
    )


def regenerate_names() -> None:
    """Write the snapshot afresh (names-dataset importable only here): each table of
    ``TABLES`` at its ranks through the tenth's ``dataset_people``, every table sharing one
    set of taken words (those of the snapshots of ``EARLIER`` beside this file). ``DROPPED``
    is empty, so every person drawn is kept."""
    here = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    taken, seed = _earlier_names(here), "sixtyseventh"
    kept = {
        label: _57.dataset_people(((table, asked),), last, taken, seed, _usable, first)[table]
        for (table, (first, last)), (label, asked) in zip(TABLES, PACKAGE_DRAWN, strict=True)
    }
    _57.write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


_people = partial(_57.snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

#: Invented streets, and schools named after them, in the real towns (the areas below).
STREETS = ("Doffers Lane", "Shuttle Row", "Clough Hollow", "Tram Shed Walk")
STREETS += ("Spindle Loft Terrace", "Reedmaker Street", "Dyehouse Brow", "Carders Fold")
SCHOOLS = ("Doffers Lane Primary School", "Shuttle Row Infant School")
SCHOOLS += ("Holy Rood Church of England Primary", "Reedmaker Street Junior School")
SCHOOLS += ("Dyehouse Brow Academy", "Carders Fold Nursery School")
SCHOOLS += ("Tram Shed Walk High School", "Clough Hollow Pupil Referral Unit")
SCHOOL_SHORT = ("Doffers Lane", "Shuttle Row", "Holy Rood", "Reedmaker", "Dyehouse Brow")
TOWNS = ("Ramsbottom", "Tottington", "Whitefield", "Littleborough", "Milnrow", "Marple")
TOWNS += ("Romiley", "Mossley", "Denton", "Atherton", "Tyldesley", "Golborne")
RELATIVES = ("teta", "jiddo", "khalto", "uncle", "nana", "stepdad", "auntie", "big cousin")
#: The shapes of meeting and notification dates on the benign side; before them, a dozen
#: shapes staff type a birthday in (the tenth's ``_date`` fields), and a child's date of
#: birth and age in them (the forty-second's births, up to 17).
BIRTH_FORMS = (
    *("{d}.{m}.{y}", "{dd}-{mm}-{yy}", "{y}/{mm}/{dd}", "{wd}, {d} {mon} {y}"),
    *("the {d}{th} of {mo} {y}", "{mon} {d}, {y}", "{dd}/{mm}/{yy}", "{mm}/{dd}/{y}"),
    *("{d}-{mon}-{y}", "{mo} {d}{th} {y}", "{dd}.{mm}.{yy}", "{d}/{m}/{y}"),
)
_birth = partial(_42._birth, forms=BIRTH_FORMS)
WHEN_FORMS = ("{wd} {d} {mon}", "{d}.{m}.{y}", "{d}{th} {mo}", "{wd} {dd}/{mm}", "{mon} {d}")


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "The clog dancing teacher says {f} {l}, 10, turns up to practice with welts on the "
    "backs of her legs and says {g} used the belt.",
    "Hat museum guide found {f} {l} hiding in the felting room at closing time; the child "
    "said {g} {h} had told them not to come home.",
    "Crown green bowls secretary says {g} {h} leaves {f} and {k} on the bench outside the "
    "clubhouse until gone ten, in all weathers.",
    "A whit walk steward saw {g} {h} kick {f} in the back of the leg for stepping out of "
    "line and then pull the child off by the hood.",
    "Weaving shed demonstrator says {f} {l}, 13, comes to every open day alone and asked "
    "her whether she could live at the mill.",
    "The organ grinder at the Sunday market says {f} {l} begs for coins by his barrow "
    "every week and says {g} takes what she gets.",
    "Gurdwara langar volunteer says {f} {l}, 9, eats three plates at a sitting and takes "
    "rotis home in a pocket for {k}.",
    "Fencing coach says {f} {l} has a burn mark on the inside of her wrist and told him "
    "{g}'s boyfriend did it with a lighter.",
    "dance school owner says {f} {l} is dropped at 4 and never picked up before 9, {g} "
    "not answering",
    "Boys' Brigade captain says {f} {l}, 12, was sick on the coach and smelt of cannabis; "
    "he said {g} {h} lets him smoke it at home.",
    "Soup kitchen volunteer says {f} {l}, 15, comes in late with a man of about forty who "
    "does all the talking and calls her his niece.",
    "BMX track coach says {f} {l} has stopped wearing shorts and has bruises on both "
    "thighs; {g} told the coach to mind his own business.",
    "Pageant organiser says {g} {h} made {f}, 8, go on stage with a temperature and "
    "shouted at the child in the car park when she lost.",
    "The hook-a-duck stallholder saw {f} {l} on the fairground alone after midnight for "
    "three nights; the child said {g} was at the pub.",
    "A paper round lad says {f} {l} opens the door at 6am in the same clothes every day "
    "and says {g} has not been home since Friday.",
    "Mosque caretaker says {f} {l}, 11, sleeps in the wudu area some nights and says {g} "
    "{h} locked the flat.",
    "Arabic teacher at the Saturday school says {f} {l} has a split lip and whispered "
    "that {g} hits her when the homework is wrong.",
    "Metrolink customer service rep found {f} {l}, 14, riding the trams all night; the "
    "child said {g} had thrown her bag into the street.",
    "Kickboxing instructor says {f} {l}, 16, turned up with a cracked rib and told the "
    "class it was the older lads he runs parcels for.",
    "Door supervisor at the takeaway says {f} {l}, 15, was put into a taxi by two men "
    "who said {g} {h} had sent them.",
    "Street cleaner says {f} {l} was asleep in the bin store at 5am and said {g} had "
    "changed the locks.",
    "Mobile DJ at a christening says {g} {h} was drunk and dropped {f}, 2, on the dance "
    "floor, then left with the baby before anyone could help.",
    "Party entertainer says {f} {l}, 7, asked to go home with her and said {g} shuts "
    "her in the cupboard when she is naughty.",
    "The toy shop owner says {f} {l} comes in every day at school time and says {g} "
    "keeps her off to look after {k}.",
    "Theatre usher found {f} {l}, 13, in the toilets after the matinee, crying, with "
    "messages on her phone from a man asking where she was.",
    "Aquafit instructor says {g} {h} brings {f} to the class and leaves the toddler "
    "alone on the side of the pool.",
)
NAME_LOWER = (
    "clog teacher worried about {fl} again, more marks",
    "bowls club rang, {fl} {ll} on the bench again till late",
    "rang {fl}'s {rel} three times, no answer",
    "no {fl} {ll} at toast and cereal club mon-fri",
    "usher at the theatre called about {fl} {ll} again",
    "{fl} riding the trams again, {gl} not picking up",
    "kickboxing man says {fl} {ll} hurt again",
    "{ll} kids outside the clubhouse again at 10",
    "{gl} {hl} not answering, {fl} at the soup kitchen alone",
    "dj says {fl} {ll} went off in a white van",
    "caretaker found {fl} in the mosque again last night",
    "langar lady says {fl} hungry again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "the two {l} girls",
    "{f} aged {age}",
    "{f} {l} junior",
    "{f} {l} and {k}",
    "little {f} {l}",
    "{l} boy (middle one)",
    "eldest of {g} {h}",
    "{f} from the dance school",
    "{l} household - {f}",
)
SIGN_OFF = (
    "my dad cant know about this ok\n{fl}",
    "Sorry to bother you and thank you,\n{g} {h} ({rel} of {f})",
    "thanks so much\n{g}, mum of {f} and {k}",
    "love {f} {l}\nsorry its long",
    "from {g} {h}, {rel}, on behalf of {f}",
    "All the best,\n{g} {l}\n(grandparent carer)",
    "{g} ({f}'s {rel}), free after 5",
    "{f} {l}\ni am {age} please dont make me go home",
    "{g} {h}\nnext door, minding {f} for now",
)
NICKNAMES = ("Ambleshanks", "Bobbinhead", "Cloggy", "Dandelbug", "Flatcapper", "Gritstoner")
NICKNAMES += ("Hotpotty", "Bobbinette", "Cobblepie", "Ducklet", "Featherboots", "Hatterbox")
NICKNAMES += ("Chimbly", "Drizzlebone", "Brewsy", "Butterbap")
NICKNAME_TEXT = (
    "The lads by the tram stop shout {n} at her and send her into the shop for vapes.",
    "At 11pm a lifeguard locking up heard {f}'s {rel} bawling {n} by the bike racks.",
    "On the phone taken from the man in the flat above the bookies she is saved as {n}.",
    "Behind the retail park he is just {n}; the men in the silver car pay him in cash.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} from the tram stop", "{n} the {l} lad", "{n} (surname {l})")
DOB_TEXT = (
    "red book has {f}'s birth as {dob}, 7lb 1oz",
    "date of birth on the tenancy form {dob}",
    "{g} rang the duty line: {f} was born {dob}",
    "school system DOB {dob}",
    "born {dob} at the Royal Albert Edward",
    "{f} {l}, birthday {dob}",
    "dob {dob} (only just {age})",
    "{rel} says {dob} but the GP has it a day later",
    "born {dob} at 30 weeks, five weeks in special care",
)
PHONE_TEXT = (
    "mum's new mobile (changes it often) {phone}",
    "{g} answers on {phone} after school pick-up",
    "try {rel} on {phone} when mum is off grid",
    "house phone, rings out mostly: {phone}",
    "the man from the game also texts {f} from {phone}, a burner",
    "number for teta in the next flat {phone}",
)
NHS_TEXT = (
    "NHS number {nhs} (confirmed on PDS)",
    "red book page 1 has {f} down as NHS {nhs}",
    "twin 2 NHS {nhs}",
    "A&E letter home quotes NHS no {nhs}",
)
NI_TEXT = (
    "mum's national insurance number off the UC letter {ni}",
    "stepdad's NI {ni}",
    "NI no. for dad (DWP) {ni}",
    "{rel} gave NI number as {ni}",
)
ADDRESS_TEXT = (
    "moved into {street}, {town} after the fire",
    "dossing on a mate's settee, {street}",
    "called at {street}, {town} at 3 and at 5, curtains shut, van outside",
    "{f} staying at {rel}'s on {street} most nights",
    "{street} had four police call-outs over Christmas",
    "eviction at {street} last month, family split between relatives in {town}",
)
POSTCODE_TEXT = (
    "lives in {postcode}, ground floor",
    "MASH form gives the postcode as {postcode}",
    "moved to {postcode} in the autumn",
)
SCHOOL_TEXT = (
    "{f} is in Y{year_group}, on the register at {school}",
    "{school} reports Y{year_group} attendance of about half",
    "{short} safeguarding lead on the phone before registration",
    "{f} started at {short} in the spring from another borough",
    "{f} at {school} has missed {n2} sessions this year",
)
EMAIL_TEXT = (
    "school gets emails from {g} at {e}",
    "the photos were sent from the account {e}",
    "best to email {g} {h} on {e}",
)
#: Pseudonyms that give a child away by a date of birth, a home, a school or a number.
PSEUDONYM_REVEALING = ("{l} baby, DOB {dob}", "{fi}{li} (lives on {street})")
PSEUDONYM_REVEALING += (
    "{fi}{li} (year {year_group}, {short})",
    "{postcode} little one (flat 3)",
)
PSEUDONYM_REVEALING += ("NHS {nhs} - {fi}{li}", "{l} child, {age}, {town}", "{fi}{li} born {dob}")
PSEUDONYM_REVEALING += ("the boy in Y{year_group} who gets the tram to {school}",)
PSEUDONYM_REVEALING += ("{town} {l} children (4)",)


#: This module's tables as the twenty-fifth lays them out (homes and schools, the templates
#: per category, the nicknames), and the twenty-seventh's writer over them.
_THIS = sys.modules[__name__]
KIN, TEMPLATES, NICKNAMED = _25.identifying_tables(_THIS)
_identifying = _27.identifying_of(_THIS)


# --- benign (real places of England, organisations by their initials or real names) ------

#: The partners every borough of GM shares: the police, the ICB and the ambulance trust.
_GM = dict(police=("GMP",), icb=("NHS GM ICB",))
_GM |= {"ambulance": ("North West Ambulance Service NHS Trust",)}
#: An email's sign-off and a progress line, ending some of the templates below.
_S = "\n\nAnswers to the business support team by {date}, please.\n\nWith thanks,\n{scp}"
_P = " An update is due at the assurance subgroup in {period}."

_BURY = {"council": ("BMBC children's services",)}
_BURY |= {
    "trust": ("Northern Care Alliance NHS Foundation Trust", "Pennine Care NHS Foundation Trust")
}
_ROCH = {"council": ("RBC children's services",)}
_ROCH |= {
    "trust": ("Northern Care Alliance NHS Foundation Trust", "Pennine Care NHS Foundation Trust")
}
_STOC = {"council": ("SMBC children's services",)}
_STOC |= {"trust": ("SFT", "Pennine Care NHS Foundation Trust")}
_TAME = {"council": ("TMBC children's services",)}
_TAME |= {"trust": ("T&G ICFT", "Pennine Care NHS Foundation Trust")}
_WIGA = {"council": ("WMBC children's services",), "trust": ("WWL", "GMMH")}


#: An area: the GM partners, the borough's own, its council's teams and two venues (the
#: sixty-sixth's ``_town``).
def _town(
    partners: dict[str, tuple[str, ...]], council: str, *venues: str
) -> dict[str, tuple[str, ...]]:
    return _66._town(_GM | partners, council, *venues)


#: Each town: its borough's partners, its council by initials, the partnership as its own
#: pages name it (by initials, see the docstring) and two civic venues of the town
#: (libraries, halls, community and leisure centres).
_PLACES = (
    ("Ramsbottom", _BURY, "BMBC", "BISP", "Ramsbottom Library", "Ramsbottom Civic Hall"),
    ("Tottington", _BURY, "BMBC", "BISP", "Tottington Library", "Tottington Centre"),
    ("Whitefield", _BURY, "BMBC", "BISP", "Whitefield Library", "Whitefield Community Centre"),
    (
        *("Littleborough", _ROCH, "RBC", "RBSCP"),
        *("Littleborough Library", "Littleborough Community Centre"),
    ),
    ("Milnrow", _ROCH, "RBC", "RBSCP", "Milnrow Library", "Milnrow Village Hall"),
    ("Marple", _STOC, "SMBC", "SSCP", "Marple Library", "Marple Leisure Centre"),
    ("Romiley", _STOC, "SMBC", "SSCP", "Romiley Library", "Romiley Community Centre"),
    ("Mossley", _TAME, "TMBC", "TSCP", "Mossley Library", "George Lawton Hall"),
    ("Denton", _TAME, "TMBC", "TSCP", "Denton Library", "Denton Festival Hall"),
    ("Atherton", _WIGA, "WMBC", "WSCP", "Atherton Library", "Formby Hall"),
    ("Tyldesley", _WIGA, "WMBC", "WSCP", "Tyldesley Library", "Tyldesley Community Centre"),
    ("Golborne", _WIGA, "WMBC", "WSCP", "Golborne Library", "Golborne Leisure Centre"),
)
#: The twelve areas, towns of the five GM boroughs no earlier corpus file names, with the
#: kinds of ``KINDS`` (the forty-eighth's) and their venues; each one's partnership.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    town: _town(partners, council, *venues) for town, partners, council, _, *venues in _PLACES
}
SCP = {town: partnership for town, _, _, partnership, *_ in _PLACES}
KINDS = _57.KINDS
PARTNERSHIPS = tuple(AREAS)
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: What each benign fill draws from: the fifty-seventh's lists (the twenty-second's roles,
#: themes, courses, rooms and periods), with this corpus's own review numbers and ages; the
#: words of ``PSEUDONYM_WORDS`` that go before initials, and this corpus's own words.
DRAWS = {
    **_57.DRAWS,
    "ref": ("RR 67-03", "LCSPR 67/02", "RR/67/08", "CSPR-67-05", "RR 67/11", "TR 67-01"),
    "age_band": ("aged eight weeks", "of seven months", "aged 23 days", "of eleven months"),
}
PSEUDONYM_WORDS = _57.PSEUDONYM_WORDS
CHOSEN = ("Cloughside", "Spindlewell", "Loomhouse", "Chimneystack", "Weftside", "Cloughtop")

#: The benign text, by register (each sample's category): the twenty-first's ``_uses``
#: fills each template one to three times, and the long ones (about a third) keep to the
#: 500 characters of a note field.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Case outline {ref}. A boy of three from {area} pulled a chest of drawers onto "
        "himself and was taken to {trust} with a head injury. The drawers were not fixed "
        "to the wall and the flat was overcrowded. The review will ask whether "
        "home safety checks reached families in private rented flats, and whether the "
        "health visitor had time to see the home while posts were vacant." + _P,
        "{ref}, what happened: a girl of 15 from {area} was found in a city centre flat "
        "after being missing for six days. She had been reported missing eleven times in "
        "a year, and each return interview was done by a different worker. Partners want "
        "to know whether anyone joined the missing episodes together, and why the "
        "exploitation screening tool was never completed.",
        "Families who came to {area} under the resettlement scheme are often housed a long "
        "way from the people who speak their language. When a baby {age_band} was "
        "admitted with a fracture, the parents had no interpreter at the first strategy "
        "meeting. {ref} will ask how {council}, {trust} and {police} book interpreters "
        "quickly, and how family members are kept out of that role." + _P,
        "Why {ref} was opened: a 13-year-old was sent sexual images by an adult he met "
        "through a video game chat. The school heard of it from another pupil and rang "
        "the front door, but the police were not told for a week. The {scp} will look at "
        "how online harm is triaged at the front door and how quickly {police} is "
        "brought in when an adult may be involved.",
        "Summary ({area}): three children were taken to hospital after a chip pan fire in "
        "a terraced house where the smoke alarm had no battery. The family had moved four "
        "times in two years and had lost contact with the health visitor. {ref} asks "
        "whether {district} knew of the moves, and whether fire safety visits are offered "
        "to families placed in temporary housing." + _P,
        "{ref}, in brief: a baby {age_band} died after being put to sleep in a car seat "
        "overnight because the family had no cot after a move. A cot had been promised by "
        "a charity but not delivered. The review will look at how practical help is "
        "followed up, who checks it arrived, and what {trust} teaches parents about sleep "
        "in car seats.",
        "Review background, {area}. A boy of ten stopped attending school after a fall in "
        "the playground and was later found to be caring for a parent with MS. No young"
        "  carers assessment was done. {ref} will ask how schools "
        "spot hidden caring, how {council} assesses young carers, and how adult social "
        "care and {trust} think about the children of the adults they support." + _P,
        "Outline of {ref}: a 16-year-old with autism was restrained by staff at an "
        "out-of-area residential placement and injured. Her parents had raised concerns "
        "with {council} twice. The review will test how placements far from home are "
        "monitored, how often social workers visit, and how a child's own complaints are "
        "heard when she does not use many words.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: commission a local child safeguarding practice "
        "review. The partners saw that a GP's worry about a parent's drinking was not "
        "shared with {council} before the baby came home from hospital. {trust} will "
        "bring together the health chronology, and the {role} will write to the Panel by "
        "{date2} and look for an independent reviewer this month.",
        "Rapid review {ref}, decision: no further review is needed. The response was "
        "prompt, the paediatrician found the injury consistent with the account given, "
        "and the single gap, a delayed discharge letter, has been fixed. Agreed on "
        "{date}. The reasons go to the Panel by {date2} and a short summary will appear "
        "in the next practitioner newsletter.",
        "Rapid review {ref}, decision: the learning will be taken into the multi-agency "
        "audit of {theme} already planned for {period}, which covers {area}. {police} and "
        "{icb} will add the child's records to the sample. The Panel will get the "
        "rationale with the rapid review template by {date2}.",
        "Rapid review {ref}, decision: a learning review using a systems approach, with "
        "practitioners invited to a session at {venue}. The partners want to understand "
        "what helped in the first days as well as why the child in need plan drifted "
        "over the Christmas period. The executive will agree the scope on {date2}.",
        "Rapid review {ref}, decision: ask the Panel to consider a national review, "
        "because the teenager was moved between four counties by the same network. Local "
        "work will carry on alongside. The {role} will send the Panel a note on the links "
        "with the other partnerships by {date2}.",
        "Rapid review {ref}, decision: hold a multi-agency reflective session rather than "
        "a full review. The facts are agreed, the family asked for privacy, and every "
        "agency already has a single-agency plan. Agreed on {date}; the quality assurance "
        "subgroup will check progress in {period} and raise any plan that slips.",
        "Rapid review {ref}, decision: a local review limited to how records followed the "
        "family when they moved into the borough. {trust} and {icb} will co-chair the "
        "review panel. The Panel will be told by {date2}, and the parents will be offered "
        "a conversation with the reviewer.",
    ),
    "minutes": (
        "Minutes of the {scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}: re-referrals to children's social care {rag}.\n"
        "2. Annual report draft approved with minor amendments.\n"
        "3. Partner funding for next year: each agency to confirm in writing.\n"
        "Next meeting: {date2}, {time}.",
        "Learning and development subgroup, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a further education safeguarding lead.\n"
        "1. Take-up of {course} low in {area}; a local session to be arranged.\n"
        "2. Findings from {ref} to be added to the core training.\n"
        "3. Training room booking system changing from next term.\n"
        "Next meeting: {date2}, {room}.",
        "Rapid review meeting, {date}, online\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Notification from {area} considered; agency reports requested within five days.\n"
        "2. {ref}: reviewer's early themes noted; questions to follow.\n"
        "3. Any other business: none raised.\n"
        "Next meeting: {date2} at {venue}.",
        "Performance and quality subgroup, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Section 11 self-assessments: ten of twelve returned.\n"
        "2. Findings of the {theme} audit to become a short learning brief.\n"
        "3. Feedback from {course} collated by the business unit.\n"
        "Next meeting: {date2}, {time2}.",
        "Exploitation and missing subgroup, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, the youth justice service.\n"
        "1. Summer holiday plan for parks and the canal towpaths agreed.\n"
        "2. Hotspots near {area}: {rag}.\n"
        "3. A guest speaker from a national charity at the next meeting.\n"
        "Next meeting: {date2}.",
    ),
    "partner_email": (
        "Good morning,\n\nThe reviewer for {ref} has asked that agency reports use the "
        "template rather than copied case notes. We are still waiting for {trust} and the "
        "{district}; {police} have sent theirs. Everything is needed before the panel "
        "meets on {date2}." + _S,
        "Dear colleagues,\n\nWe need half a dozen practitioners from {area} to test a "
        "draft leaflet for parents on {theme} and tell us what does not make sense. We "
        "will meet at {venue} on {date2}, {time} to {time2}, lunch provided." + _S,
        "Hello everyone,\n\nThe revised escalation policy is now in force. {council} has "
        "built it into supervision and {police} will brief it at shift handovers. Could "
        "health colleagues say how it will reach dental and GP practices?" + _S,
        "Dear partners,\n\nOur independent scrutineer would like to sit in on two "
        "strategy meetings during {period} and to talk to managers at {icb} and "
        "{ambulance}. If you can help, please send a contact name and a few dates." + _S,
        "Hi all,\n\nThe Panel has replied on {ref}: they support our decision and praised "
        "{trust} for a clear chronology. The {role} will now write a one-page briefing with "
        "the designated nurse to go out next month." + _S,
        'Dear all,\n\nBecause so many people are waiting for "{course}", we have added a '
        "session at {venue}, {time} to {time2}. It is open to {council}, {police}, health, "
        "schools and voluntary groups; places are given in order of booking." + _S,
        "Dear colleagues,\n\nThank you to {ambulance}: a call handler and a paramedic came "
        "to the practitioner event for {ref}. Hearing what the 999 call was like in the "
        "moment changed how many of us saw that night." + _S,
        "Hello,\n\nFor {ref}, could the {district} tell us how many families with children "
        "were in temporary accommodation over the winter, the longest stay, and whether "
        "schools hear when a pupil is moved out of the area?" + _S,
    ),
    "local_review": (
        "Local review {ref}: at the panel on {date} the reviewer shared three early "
        "themes: the mother's new partner was never assessed, the child's silence at "
        "school was read as shyness, and {trust} held a record of an earlier injury that "
        "no one requested. Agencies will test these themes before the first draft.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} "
        "and the {district} said they felt they could not question a more senior "
        "colleague's view of the family. The reviewer will include this in the findings "
        "on challenge between professionals." + _P,
        "Local review {ref}: terms of reference agreed on {date}. The review covers the "
        "eighteen months before the incident, including two house moves, a change of "
        "school and the way {icb} commissioned the child's therapy.",
        "Local review {ref}: the reviewer has met the child's grandmother, who wants the "
        "report to say the girl loved drawing and singing, not only what was done to "
        "her. The panel agreed. The final draft is due in {period} and the family will "
        "see it first, before the {scp} signs it off.",
        "Local review {ref}: three panel meetings booked, starting {date}.",
        "Local review {ref}: the independent reviewer begins on {date}, three days a week.",
        "Local review {ref}: on hold while the court case runs.",
        "Local review {ref}: the last of nine agency reports came in today.",
        "Local review {ref}: second draft circulated {date}, comments welcome.",
    ),
    "chronology": (
        "{date}: nursery saw a graze on the child's cheek; parent said she fell off the sofa.",
        "{date}: {police} attended a report of a domestic row; three children awake at 1am.",
        "{date}: front door recorded no further action; advice given to the parent.",
        "{date}: {ambulance} took the father to A&E after a seizure; aunt cared for the baby.",
        "{date}: the {district} placed the family in a single room at a hotel by the motorway.",
        "{date}: initial child protection conference; both children on plans for neglect.",
        "{date}: two-year review missed; letter sent.",
        "{date}: {trust} outpatients called the mother twice; no answer.",
        "{date}: family support worker called at 11 and 3; lights on, no answer.",
        "{date}: {council} review conference kept the plan for three more months.",
        "{date} to {date2}: school attendance 68%, mostly Mondays missed.",
        "{date}: school agreed a part-time timetable for one week.",
        "{date}: booking appointment missed; midwife offered a home visit.",
    ),
    "checklist": (
        "Working days between notification and rapid review: 14.",
        "Panel notified at 3pm on {date}.",
        "Mother and father written to at their two addresses on {date}.",
        "Advocate to speak with the older sibling before {date2}.",
        "Independent reviewer appointed? Yes, contract signed.",
        "Terms of reference: draft 3, comments tracked.",
        "{trust} timeline in? Yes, all of it.",
        "{district} timeline in? No, chased twice.",
        "Coroner's pre-inquest review: {date}.",
        "{police} disclosure: agreed, awaiting redaction.",
        "Learning brief: written, needs proofreading.",
        "Shared with school designated leads? Not yet.",
        "Outstanding: {police} and {icb}, new deadline {date2}.",
    ),
    "notice": (
        "{scp} executive on {date}: {time} start, {room}, {venue}; park on the side street.",
        "Tell the reviewer of {ref} about your experience: {venue}, {date2}, {time}-{time2}.",
        "Save the date: {date}, launch of safeguarding children's week at {venue}.",
        "Learning subgroup moved to {date} {time}, {room}, to avoid the school holidays.",
        "Designated safeguarding leads' network, {venue}, {date}, coffee from {time}.",
        'Lunch and learn: "{course}", online, {date}, {time}, forty-five minutes.',
        "Kinship carers' drop-in, {venue}, {date}.",
        "County lines: an after-work briefing in {room} at {venue} on {date}.",
        "Designated professionals' meeting moved from {date} to {date2}.",
        "Multi-agency case audit: ten files, {date}, {room}, {venue}, laptops needed.",
        "Youth voice panel meets at {venue}, {date}, {time}-{time2}, snacks provided.",
        "Try out the revised graded care profile in pairs: {venue}, {date}, {time}.",
    ),
    "slack": (
        "exec pack goes out weds, send me bits by tues pls",
        "nothing yet from {trust} for {ref}, want me to nudge?",
        "{venue} confirmed for {date}, they need numbers by friday :thumbsup:",
        "reminder: panel notification has to go by 5pm",
        "the {district} can do {time2} but not {time}, is that ok?",
        "comments on the terms of reference please by {date}",
        "thanks everyone, good session, notes to follow",
        "{police} sending a DS from the child protection unit for the review panel",
        "{period} training calendar is live, the neglect day is nearly full",
        "would {ref} go to the review group or straight to exec?",
        "annual report draft 2 on sharepoint, need partner bits for section 4",
        "anyone free to take notes {date}? cake provided",
        "has anyone got the newest version of the rapid review form",
        "{icb} designated nurse on the call from {time}",
        "{council} person off on {date} so a stand-in is coming",
    ),
    "panel": (
        "{ref}: Panel response dated {date} agrees with the local decision.",
        "{ref} notified to the Panel through the online portal on {date}.",
        "{date2} is the last day for the Panel template.",
        "Panel feedback: clear and candid about the gaps.",
        "The Panel has decided not to take {ref} forward nationally.",
        "{ref} template submitted; copies to Ofsted and the DfE.",
        "Panel asked for the ambulance timeline; sent {date}.",
        "{ref}: the finished report reached the Panel inbox on {date}.",
        "Panel happy for {ref} to run on to {date2}.",
        "Panel annual report on the agenda for discussion.",
        "Panel query on the health visitor's role in {ref} ({date}); the {role} will respond.",
    ),
    "publication": (
        "We hope {ref} can go public on {date}.",
        "Nothing goes on the website until the jury is back.",
        "On {date} partners agreed to publish a summary rather than the whole report.",
        "We will ask the family when they would like it out.",
        "Media lines signed off by the {council} press office.",
        "Since {date} the {scp} pages carry {ref} in full.",
        "A seven-minute briefing will be released with the report.",
        "At the family's request publication slides to {date2}.",
        "A year after publication each report comes off the site.",
        "Panel and DfE informed a week before publication.",
        "Timetable for publishing {ref} agreed by the three statutory partners, {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit fifteen cases of children not brought to appointments, "
        "by {date}.",
        "Action 2: {council} to record all adults living in or visiting the home at each visit.",
        "Action: {police} to get last night's domestic abuse call-outs to schools "
        "before registration.",
        "Action: {icb} to fund coping-with-crying sessions in every maternity unit.",
        "Action 3: a week of short webinars on {theme} in {period}.",
        "Action: {ambulance} to note every child present when crews attend a home.",
        "Action: the {district} to send the health visiting hub a same-day alert on each "
        "temporary placement.",
        "Action 4 complete: the professional curiosity guidance went live on {date}.",
        "Action 5: the {role} to give a short progress update at each executive.",
        "{period}: 15 actions tracked, 10 complete, 5 at {rag}.",
        "Action: every agency to build its chronology in the same five columns from {date}.",
        "Action 6: {trust} to ask about children in the household at every adult A&E "
        "attendance by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed a move-in date for next week.",
        "{district} accepted a prevention duty for the family on {date}.",
        "The {district} will send both of its family support officers to the workshop.",
        "{district} managers have been briefed on the learning from {ref}.",
        "Every tenancy officer with homes in {area} has a seat on {course} ahead of {date}.",
        "BMBC housing options team and GMP looked at holiday lets in Ramsbottom being used "
        "by other boroughs to place families.",
        "BMBC community safety team and a youth worker spent an evening at the tram stop "
        "in Whitefield after reports of fights and vaping.",
        "BMBC housing options team talked with Northern Care Alliance NHS Foundation Trust "
        "health visitors about shared houses in Tottington.",
        "RBC community safety team and GMP discussed quad bikes on the canal towpath at "
        "Littleborough.",
        "RBC housing options team and Pennine Care NHS Foundation Trust agreed how to tell "
        "health visitors about families moved into Milnrow.",
        "SMBC community safety team dropped in on Friday night football in Marple.",
        "SMBC housing options team and SFT went over cluttered homes with babies in Romiley.",
        "TMBC community safety team and GMP mapped antisocial behaviour by the river in Mossley.",
        "TMBC housing options team and T&G ICFT looked at care leavers sofa surfing in Denton.",
        "WMBC housing options team and GMMH discussed young parents in supported housing "
        "in Atherton.",
        "WMBC community safety team met WWL youth workers about the precinct in Tyldesley.",
        "WMBC housing options team and WWL set up a route for families leaving hospital to "
        "temporary flats in Golborne.",
        "WMBC community safety team and GMP walked the old railway line at Golborne after "
        "reports of fires.",
    ),
    "training": (
        'New on the e-learning site, twenty minutes: "{course}".',
        "A short survey on next year's training needs; please reply by {date}.",
        "First-time executive members meet the business unit at {venue} on {date}.",
        "{course} in {period}: three places left, book via your line manager.",
        "Half-day on {theme}: {venue}, {date}, {time} until {time2}.",
        "Rehearsal of the {course} session with co-facilitators, {room}, {venue}, {date}.",
        "Co-trainers meet to swap notes: {room}, {date}.",
        "After the {theme} workshop, 88% said they felt more confident.",
        "Refresher sessions for safeguarding leads run all through {period}.",
        "BISP ran a safer sleep briefing for childminders in Ramsbottom and Tottington.",
        "RBSCP and the RBC community safety team briefed taxi drivers in Littleborough and "
        "Milnrow on spotting exploitation.",
        "SSCP held a session for sports coaches in Marple and Romiley.",
        "TSCP delivered neglect training to nursery staff in Mossley and Denton.",
        "WSCP and GMMH ran a course on parental mental health in Atherton and Tyldesley.",
        "North West Ambulance Service NHS Trust and GMP spoke to sixth formers in Whitefield "
        "about self-harm.",
        "NHS GM ICB held a was-not-brought session for GP practices in Golborne and Denton.",
        "BISP, Pennine Care NHS Foundation Trust and the BMBC community safety team held an "
        "evening on online safety for parents in Whitefield.",
    ),
}

#: Benign pseudonyms, one per line of this string.
BENIGN_PSEUDONYM_TEXT = tuple(
    """Child R|Child KT|Infant P|Baby S|Young Person D|Sibling 2|Sibling 4|Unborn Baby J
HF|M.B.|Child E and Child F|Cloughside|Spindlewell|Loomhouse|Chimneystack|Weftside
Cloughtop|Child N|Infant WC|Baby RT|Young Person V|JP|X|Child A|Sibling B|K.L.
Baby C and Baby D|Child GH|Young Person NM|DL|Infant Y|Sibling C""".replace("\n", "|").split("|")
)


#: The twenty-first's count of fills per benign template, and its writer of the benign side
#: over this module's tables.
_uses, _benign = _21._uses, _21.benign_written(_THIS)


def samples() -> list[Sample]:
    """Benign and identifying samples together, in the order the tenth's ``assembled``
    gives them for this corpus's seed (so every run yields the same list)."""
    return _57.assembled("sixtyseventh-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
