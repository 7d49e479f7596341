"""A sixty-ninth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtyninth_names.json``, a seeded snapshot (seed ``sixtyninth-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in turn,
  no first name that is also in the table's surname list) from names-dataset 3.3.1 (PyPI,
  Apache-2.0, Philippe Remy's frequency tables per country), its JO (Jordan), LB (Lebanon)
  and PS (Palestine) tables. Earlier corpora that name those tables took these ranks
  (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for ``"JO"``,
  ``"LB"``, ``"PS"``, Jordan, Lebanon and Palestine, and by reading every snapshot's keys):
  JO the thirty-fourth's first names 3000-4499 and surnames 16000-17999; LB and PS the
  eleventh's 100-1499. The sixth's ``ar_PS`` is a Faker locale and the ninth's Jordanian
  names are mimesis's, other sources than these tables. So all three are drawn here at ranks
  1500-2999, first names and surnames alike (``RANKS``), where none of them was drawn. Only
  entries in plain letters are drawn (``ASCII_ONLY``). The filter keeps no word of any
  earlier snapshot (``EARLIER``: every ``*_names.json`` through the sixty-sixth's, and those
  of the sixty-seventh and sixty-eighth, written alongside, which were not yet in their
  worktrees when these names were drawn; the kept names were checked afterwards against
  both, as they then stood in their worktrees, and share no word with either; any that are
  beside this file are read). One draw was made (``PACKAGE_DRAWN``: 40 people of each table)
  and read by hand, by someone who reads these names as an English caseworker would, not as
  a specialist. At these ranks the tables hold much that is not a Jordanian, Lebanese or
  Palestinian name: typos and dropped vowels (``Mahmmud``, ``Sdam``, ``Momn``, ``Frhan``,
  ``Wfaa``, ``Kaml``), kunyas and pet forms (``Omahmad``, ``Aboomar``, ``Zouzi``,
  ``Mayoucha``, ``Nanoosh``, ``Ghanoujet``), English words (``Arch``, ``Elite``, ``Swed``),
  first names in the surname column (``Firas``, ``Majdi``), and the names of other
  countries' people: the Sri Lankan, Ethiopian, Eritrean, Somali and Bangladeshi workers in
  the LB table (``Sujeewa``, ``Hayimanot``, ``Bizu``, ``Faxuma``, ``Parbin``), the Indian
  and South Asian ones in JO (``Nupur``, ``Akhter``), and in PS the Hebrew, Eritrean,
  Russian and Georgian names of Israel (``Gitit``, ``Ranit``, ``Menahem``, ``Tesfaldet``,
  ``Yevgeni``, ``Natela``). The people with such an entry (``DROPPED``: the entry read as
  not a name, the first name where both were) were left out without drawing again, and
  ``NOT_NAMES`` is empty. ``DRAWN`` is what is kept: 23 JO, 7 LB and 8 PS people; LB and PS
  yield few real names at these ranks but were kept, as together with JO they make 38. A few
  kept spellings are transliterations a specialist might write otherwise (``Heiam``,
  ``Aiat``, ``Ghasan``). Regenerate with ``uv venv /tmp/regen69 && uv pip install -p
  /tmp/regen69 names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen69/bin/python -m
  tests.support.sixtyninth_corpus``; names-dataset is not a dependency and the corpus itself
  reads the JSON only.
- Nicknames: pet names written by hand for this corpus (rivets, ropes, staithes, tugs,
  winches and the river), each starting with a letter from R to Z, none in an earlier
  corpus file nor in the sibling corpora being written alongside (``NICKNAMES``; each
  checked by grepping ``tests/support`` and the other worktrees' ``tests/support``, whole
  words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files and the sibling worktrees': a colliery band
  conductor, a sand sculptor, a quoits team captain, a rag rug maker, a fairground fortune
  teller, a shipyard welder, a dockside crane driver, a sorting office worker, a leek club
  secretary, a Metro cleaner, an accordion teacher, a glassblower, a wedding videographer,
  an amateur astronomer, an aquarium keeper, a reptile shop owner, a bat walk leader, a
  ghost tour guide, a scrabble club organiser, a knitting group leader, a calligraphy
  tutor, a clockmaker, a bicycle mechanic, a skatepark volunteer, a bait shop owner), in
  lower case and in sign-offs; names and give-away details in pseudonyms; nicknames; dates
  of birth in twelve typed forms (``BIRTH_FORMS``); addresses on invented streets
  (``STREETS``, each grepped like the nicknames) in the real towns; postcodes; phone, NHS
  and NI numbers; invented schools (one named after an invented saint) and a pupil
  referral unit (``SCHOOLS``); email addresses; written out by the twenty-fifth's
  ``identifying_of`` through the twenty-seventh's. The sixty-sixth's shape was followed,
  not its sentences.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve towns and large villages
  of four metropolitan boroughs of the north-east that no earlier corpus file names
  (``AREAS``; each checked by grep, whole word and as part of a word, any case, in
  ``tests/support`` and the sibling worktrees): Whickham, Ryton, Blaydon, Birtley, Boldon,
  Hebburn, Whitburn, Hetton-le-Hole, Houghton-le-Spring, Cullercoats, Tynemouth and
  Killingworth. Of the brief's candidates Wideopen and Rowlands Gill were left out (twelve
  were enough; both are smaller). All four boroughs are earlier corpora's areas, and so is
  the city one neighbours (none of their names is written in this file, nor the county's,
  which earlier files name), so each council, its teams and the partnerships and trusts
  named after them are written by their initials, as staff type them: GC (the borough
  council of Whickham, Ryton, Blaydon and Birtley) with GSCP and GHFT, its acute trust;
  STC (Boldon, Hebburn, Whitburn) with STSCP; SCC (Hetton-le-Hole, Houghton-le-Spring),
  whose children's services are run by Together for Children, with SSCP; STSFT, the trust
  of those two boroughs; NTC (Cullercoats, Tynemouth, Killingworth) with NTSCP; and CNTW,
  the mental health trust, for short. Names without an earlier area in them are written in
  full: Northumbria Police, NHS North East and North Cumbria ICB, North East Ambulance
  Service NHS Foundation Trust, Northumbria Healthcare NHS Foundation Trust and Together for
  Children. Checked with the ``search`` tool (pages): NTC's partnership's own site calls
  itself NTSCP, and an NTC page names the hub it runs with Northumbria Police and
  Northumbria Healthcare NHS Foundation Trust; GSCP's pages call it so, with a business
  unit at GC's civic centre; an STC page names the borough's Safeguarding Children
  Partnership (written STSCP here); SSCP's site calls it so, with SCC, the city's clinical
  commissioning group and Northumbria Police as its partners, and Together for Children's
  pages host it. Written from memory, not checked: STSCP and the trusts' initials as staff
  type them, which trust serves which town, the ICB and ambulance trust's names, and every
  venue (the libraries of the twelve towns; the community centres of Whickham, Ryton,
  Boldon, Hebburn, Hetton and Cullercoats; Whitburn Village Hall; Blaydon and Birtley
  leisure centres; Houghton Sports Centre; Tynemouth Park Centre; Killingworth Lakeside
  Centre); some may be named differently, have moved, closed or not exist. Venues are
  council offices, libraries, halls, leisure centres and community centres, never a
  person's address. Roles, themes, courses, rooms, times and periods come from the
  twenty-first through the fifty-seventh's ``DRAWS``, and nobody in the benign text is
  named except by role.
- Identifiers: every phone, NHS and national insurance number, email address and postcode is
  invented by the tenth corpus's ``person_values`` inside ranges set aside for fiction
  (numbers Ofcom keeps for drama, NHS numbers from 999 with a correct check digit, QQ
  national insurance prefixes, the example.com, .org and .net domains, postcode areas Royal
  Mail never issued). Samples naming a drawn person carry their table's label
  (``names-dataset-JO``, ``-LB`` or ``-PS``), samples naming a nickname ``hand-nicknames``,
  and all the rest ``hand``.
- Benign pseudonyms are written as DOMAIN.md allows (``BENIGN_PSEUDONYM_TEXT``): bare
  initials, initials after a word of ``PSEUDONYM_WORDS``, brothers and sisters by number or
  letter, and a few words of the pits, the staithes and the river that are nobody's first
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
from tests.support import sixtysixth_corpus as _66
from tests.support import twentyfifth_corpus as _25
from tests.support import twentyfirst_corpus as _21
from tests.support import twentyseventh_corpus as _27
from tests.support.independent_corpus import Sample

# The fictional ranges, the NHS check digit, the benign-word filter and the reader of
# earlier snapshots, which the tests and the shared writers look up on every corpus.
DRAMA_PREFIXES, POSTCODE_AREAS = _66.DRAMA_PREFIXES, _66.POSTCODE_AREAS
INWARD_LETTERS, PLAIN, benign_words = _66.INWARD_LETTERS, _66.PLAIN, _66.benign_words
nhs_check_digit, _earlier_names = _66.nhs_check_digit, _66._earlier_names

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtyninth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), JO, LB and PS tables"
SEED = "sixtyninth-<country>"
#: Every earlier snapshot: the sixty-sixth's list and its own, and those of the
#: sixty-seventh and sixty-eighth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_66.EARLIER,
            "sixtysixth_names.json",
            *("sixtyseventh_names.json", "sixtyeighth_names.json"),
        )
    )
)
#: The one span of ranks every table is drawn at, for first names and surnames alike (the
#: docstring says which ranks earlier corpora took from these tables).
RANKS = (1500, 3000)
COUNTRIES = ("JO", "LB", "PS")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-JO", 40), ("names-dataset-LB", 40), ("names-dataset-PS", 40))
DRAWN = (("names-dataset-JO", 23), ("names-dataset-LB", 7), ("names-dataset-PS", 8))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries to leave out before drawing: none, as there was one draw only (see ``DROPPED``).
NOT_NAMES: frozenset[str] = frozenset()
#: People of the one draw with an entry read by hand as a word, a typo, a pet form, a
#: kunya, a first name in the surname column or another country's name, left out without
#: drawing again (the entry read as not a name; the first name where both were).
DROPPED = frozenset(
    {
        *("Loae", "Omahmad", "Saduni", "Hamadh", "Danea", "Arch", "Bisti", "Mahmmud"),
        *("Momn", "Firas", "Majdi", "Nupur", "Sdam", "Akhter", "Taraq", "Odae", "Amenh"),
        *("Kedst", "Elite", "Allord", "Rasho", "Gizele", "Sujeewa", "Abdalslam", "Sivine"),
        *("Zakor", "Zouzi", "Moulou", "Ghanoujet", "Manoush", "Frhan", "Ziz", "Mayoucha"),
        *("Faxuma", "Zeino", "Hayimanot", "Ahmaf", "Swed", "Mirat", "Verra", "Robil"),
        *("Beshadu", "Fatfatt", "Bizu", "Faesal", "Gexe", "Parbin", "Kouloud", "Aboomar"),
        *("Roukouz", "Meda", "Orin", "Tesfalem", "Ranit", "Tesfaldet", "Noemie", "Kaml"),
        *("Tolen", "Yohannes", "Nanoosh", "Smaher", "Natela", "Yevgeni", "Gitit", "Keinan"),
        *("Wfaa", "Abrhem", "Menahem", "Gleb", "Rzan", "Yaso", "Bzoor", "Mhde", "Hilit"),
        *("Natsnet", "Mahr", "Habtom", "Muli", "Ronel", "Rapoport", "Selen", "Aehab"),
    }
)

#: Which table entries may be drawn (the tenth's test, in plain letters only).
_usable = partial(_57.table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw the three tables in one call of the tenth's ``dataset_people`` (names-dataset
    importable only here; one seed per table, the words of ``EARLIER``'s snapshots and of
    each person drawn taken as it goes), then leave out ``DROPPED`` and write the JSON."""
    snapshots = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    asked = tuple((c, n) for c, (_, n) in zip(COUNTRIES, PACKAGE_DRAWN, strict=True))
    drawn = _57.dataset_people(
        asked, RANKS, _earlier_names(snapshots), "sixtyninth", _usable, RANKS
    )
    people = {f"names-dataset-{c}": [p for p in drawn[c] if not DROPPED & set(p)] for c in drawn}
    _57.write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(_57.snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Keelman's Wynd", "Rope Ferry Lane", "Colliery Gates", "Winch House Terrace")
STREETS += ("Pulley Street", "Bankhead Loop", "Slipway Mews", "Ballast Hill Close")
TOWNS = ("Whickham", "Ryton", "Blaydon", "Birtley", "Boldon", "Hebburn", "Whitburn")
TOWNS += ("Hetton-le-Hole", "Houghton-le-Spring", "Cullercoats", "Tynemouth", "Killingworth")
SCHOOLS = (
    "Keelman's Wynd Primary School",
    "Rope Ferry Infant School",
    "St Cuthbald's RC Primary",
    "Winch House Junior School",
    "Pulley Street Academy",
    "Slipway Mews Nursery School",
    "Ballast Hill High School",
    "Bankhead Loop Pupil Referral Unit",
)
SCHOOL_SHORT = ("Keelman's", "Rope Ferry", "St Cuthbald's", "Winch House", "Ballast Hill")
RELATIVES = ("teta", "jiddo", "khalto", "uncle", "nana", "granda", "aunty", "step-dad")
#: A dozen shapes staff type a birthday in, from the tenth's ``_date`` fields; after them,
#: the shapes of meeting and notification dates on the benign side.
BIRTH_FORMS = ("{d}/{m}/{yy}", "{dd}-{mm}-{y}", "{y}.{mm}.{dd}", "{d} {mon} {y}")
BIRTH_FORMS += ("{wd}, {d}{th} {mo} {y}", "{mon} {d}, {y}", "{dd}.{mm}.{y}", "{m}/{d}/{y}")
BIRTH_FORMS += ("{d}{th} {mo} {yy}", "{dd} {mo} {y}", "{y}{mm}{dd}", "{d}-{m}-{yy}")
WHEN_FORMS = ("{wd} {d} {mon}", "{dd}/{mm}/{y}", "{d}{th} {mo}", "{wd} {d}.{m}", "{mon} {d}")
#: A child's date of birth and age (the forty-second's births, up to 17), in these forms.
_birth = partial(_42._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "The colliery band conductor says {f} {l}, 11, turns up to practice with no tea in her "
    "and told the cornets that {g} keeps the cupboards locked.",
    "A sand sculptor on the beach saw {g} {h} kick {f} in the back when the child knocked "
    "over a bucket, then laugh about it.",
    "Quoits team captain at the social club says {f} {l}, 14, is served pints at the bar "
    "by men who call her their girlfriend.",
    "rag rug maker at the craft fair says {f} sat under her table all day and said {g} "
    "{h} would batter her for losing the purse",
    "The fortune teller at the fairground found {f} {l}, 9, alone in her caravan doorway "
    "at 11pm; {g} had gone off with the ride crew.",
    "Shipyard welder next door hears {g} {h} scream at {f} and {k} most nights and then "
    "something heavy hitting the wall.",
    "Dockside crane driver saw {f} {l}, 15, climbing into a container lorry with a man who "
    "drove off towards the ferry.",
    "Sorting office worker says {f} {l} collects parcels for {g} that are addressed to "
    "other names and full of phones.",
    "Leek club secretary says {f} {l}, 12, sleeps in the allotment shed when {g} has "
    "visitors and nobody comes looking.",
    "The Metro cleaner at the interchange says {f} {l} has ridden the trains every night "
    "this week and will not say why {g} lets her.",
    "Accordion teacher says {f} {l}, 10, has burn marks on both hands and said {g} holds "
    "them over the hob for lying.",
    "A glassblower running the studio class says {g} {h} turned up drunk to fetch {f} and "
    "pulled the child out by the hair.",
    "The wedding videographer caught {g} {h} on film slapping {f}, 6, round the head at the "
    "reception and has kept the clip.",
    "Amateur astronomer at the dark sky event says {f} {l}, 13, was there till 2am and told "
    "him {g} does not care where she sleeps.",
    "Aquarium keeper says {f} {l} comes in every school day on her own and asks staff for "
    "food because {g} has none in.",
    "The reptile shop owner says {g} {h} leaves {f} and {k} in the shop for hours while he "
    "goes to the bookies.",
    "Bat walk leader found {f} {l}, 16, crying by the dene; she said {g}'s partner had "
    "touched her and she would not go back.",
    "Ghost tour guide says {f} {l}, 8, has been out on the streets after the last tour "
    "every Friday, and {g} never answers.",
    "scrabble club organiser says {f} {l} told the group {g} burned her school books",
    "Knitting group leader at the chapel says {f} {l} wears the same thin jumper all winter "
    "and says {g} sold her coat.",
    "The calligraphy tutor says {f} {l}, 14, writes about wanting to die in every exercise "
    "and that {g} laughs when she cries.",
    "Clockmaker on the high street says {g} {h} sends {f} in to sell watches the child "
    "could not own, always on school mornings.",
    "Bicycle mechanic at the bike hub says {f} {l}, 15, brings in new bikes every week for "
    "a man in a car who pays him in weed.",
    "Skatepark volunteer says {f} {l} has a split lip and told the others {g}'s new "
    "boyfriend did it over a phone charger.",
    "Bait shop owner on the pier says {g} {h} leaves {f}, 7, fishing alone off the end of "
    "the pier until dark.",
)
NAME_LOWER = (
    "colliery band lady on again about {fl} {ll} not eating",
    "quoits captain thinks {fl} is being passed round the club",
    "rang {fl}'s {rel} three times, no answer",
    "{fl} {ll} slept in the allotment shed again",
    "metro cleaner says {fl} on the trains till 1am",
    "{fl} at the skatepark after dark, {gl} not bothered",
    "accordion teacher saw the burns on {fl} {ll} again",
    "{ll} bairns at the reptile shop all afternoon again",
    "{gl} {hl} ignoring calls, {fl} at the aquarium again",
    "bike hub man says {fl} {ll} brought two more bikes in",
    "bat walk lady worried sick about {fl}",
    "ghost tour bloke saw {fl} out after midnight",
)
NAME_PSEUDONYM = (
    "the {l} twins",
    "{f} {l}",
    "{f} aged {age}",
    "{l}",
    "{f}",
    "{f} {l} junior",
    "{f} {l} and {k}",
    "little {f} {l}",
    "{l} boy (middle one)",
    "eldest of {g} {h}",
    "{f} from the colliery band",
    "{l} household - {f}",
)
SIGN_OFF = (
    "please dont tell my dad\n{fl}",
    "Thank you for your time,\n{g} {h}, {f}'s {rel}",
    "cheers pet\n{g}, mam of {f} and {k}",
    "from {f} {l}\nsorry its long",
    "{rel} {g} {h} writing for {f}",
    "Kind regards,\n{g} {l}\nkinship carer",
    "{g} ({f}'s {rel}) - ring after 5",
    "{f} {l}\nim {age} and i dont feel safe",
    "{g} {h}, neighbour looking after {f}",
)
NICKNAMES = ("Rivetty", "Rustlegs", "Ropeyarn", "Staithie", "Shipwrighty", "Tynie", "Tugsy")
NICKNAMES += ("Tarbucket", "Ushy", "Vinegartop", "Wearie", "Winchy", "Yarky", "Zorbie")
NICKNAMES += ("Rivethead", "Velvo")
NICKNAME_TEXT = (
    "The lads at the Metro interchange shout {n} at her and send her to the shop for them.",
    "Staff at the leisure centre heard {f}'s {rel} yell {n} across the car park at 1am.",
    "On the phone taken from the man at the takeaway she is saved only as {n}, police say.",
    "Down by the fish quay everyone calls him {n}; the men in the van give him money.",
)
NICKNAME_PSEUDONYM = ("{n}", "{n} off the quay", "{n} the {l} lass", "{n} (surname {l})")
DOB_TEXT = (
    "baby book says {f} was born {dob}, 5lb 11oz",
    "dob off the tenancy form {dob}",
    "{g} on the phone: {f} arrived {dob}",
    "DOB as held by the school {dob}",
    "born {dob} at the QE",
    "{f} {l}, birthday {dob}",
    "born {dob} (just turned {age})",
    "{rel} says {dob} but the GP has a different day",
    "born {dob} at 29 weeks, six weeks in special care",
)
PHONE_TEXT = (
    "mam's new number (keeps changing) {phone}",
    "{g} answers {phone} after school pick-up",
    "{rel}, if nobody else picks up: {phone}",
    "landline, hardly ever answered: {phone}",
    "the man on instagram also rings {f} from {phone}",
    "number for teta downstairs {phone}",
)
NHS_TEXT = (
    "NHS number {nhs} (confirmed on the spine)",
    "NHS for {f} off the red book: {nhs}",
    "NHS for the second twin {nhs}",
    "discharge letter from A&E gives NHS {nhs}",
)
NI_TEXT = (
    "mam's NI no. off the universal credit letter: {ni}",
    "partner's NI number is {ni}",
    "NINO for dad (from DWP) {ni}",
    "{rel} gave her NI number as {ni}",
)
ADDRESS_TEXT = (
    "moved into {street}, {town}, after the fire",
    "sofa surfing at a friend's on {street}",
    "called at {street}, {town} at 3 and again at 5, curtains shut, dog barking",
    "{f} stopping at {rel}'s on {street} most weekends",
    "{street} had four police visits over christmas",
    "evicted from {street} last month, family split up around {town}",
)
POSTCODE_TEXT = (
    "address is {postcode}",
    "postcode on the contact {postcode}",
    "moved to {postcode} over the summer",
)
SCHOOL_TEXT = (
    "{f} (Year {year_group}) attends {school}",
    "{school} says Year {year_group} attendance is down to half",
    "DSL at {short} rang at 9.10",
    "{f} started at {short} in March from another authority",
    "{f} at {school} has missed {n2} sessions this term",
)
EMAIL_TEXT = (
    "{g} emails the school from {e}",
    "the photos were sent from {e}",
    "{g} {h} prefers email: {e}",
)
PSEUDONYM_REVEALING = (
    "{l} baby, born {dob}",
    "{fi}{li} ({street})",
    "{short} Year {year_group} ({fi}{li})",
    "the child at {postcode} (top flat)",
    "NHS {nhs} - {fi}{li}",
    "{age}-year-old {l} in {town}",
    "{fi}{li}, DOB {dob}",
    "the lad in Year {year_group} who gets the bus to {school}",
    "{town} {l} family (4 children)",
)


# The twenty-fifth lays these tables out as its own (KIN, TEMPLATES, NICKNAMED), and the
# twenty-seventh writes the identifying side from them.
_THIS = sys.modules[__name__]
KIN, TEMPLATES, NICKNAMED = _25.identifying_tables(_THIS)
_identifying = _27.identifying_of(_THIS)


# --- benign (real places of England, organisations by their initials or real names) ------

_NORTHUMBRIA = {
    "police": ("Northumbria Police",),
    "icb": ("NHS North East and North Cumbria ICB",),
    "ambulance": ("North East Ambulance Service NHS Foundation Trust",),
}
_GC = {"council": ("GC children's services",), "trust": ("GHFT", "CNTW")}
_STC = {"council": ("STC children's services",), "trust": ("STSFT", "CNTW")}
_SCC = {"council": ("Together for Children",), "trust": ("STSFT", "CNTW")}
_NTC = {"council": ("NTC children's services",)}
_NTC |= {"trust": ("Northumbria Healthcare NHS Foundation Trust", "CNTW")}
Area = dict[str, tuple[str, ...]]


def _town(borough: dict[str, tuple[str, ...]], council: str, *venues: str) -> Area:
    """A town: the force, ICB and ambulance trust, its borough's partners and teams, and
    two venues (the sixty-sixth's ``_town``)."""
    return _66._town(_NORTHUMBRIA | borough, council, *venues)


#: The twelve areas, towns and large villages no earlier corpus file names: the partners,
#: the borough council's teams (by its initials) and two civic venues of the town
#: (libraries, halls, community and leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, Area] = {
    "Whickham": _town(_GC, "GC", "Whickham Library", "Whickham Community Centre"),
    "Ryton": _town(_GC, "GC", "Ryton Library", "Ryton Community Centre"),
    "Blaydon": _town(_GC, "GC", "Blaydon Library", "Blaydon Leisure Centre"),
    "Birtley": _town(_GC, "GC", "Birtley Library", "Birtley Leisure Centre"),
    "Boldon": _town(_STC, "STC", "Boldon Library", "Boldon Community Centre"),
    "Hebburn": _town(_STC, "STC", "Hebburn Library", "Hebburn Community Centre"),
    "Whitburn": _town(_STC, "STC", "Whitburn Library", "Whitburn Village Hall"),
    "Hetton-le-Hole": _town(_SCC, "SCC", "Hetton Library", "Hetton Community Centre"),
    "Houghton-le-Spring": _town(_SCC, "SCC", "Houghton Library", "Houghton Sports Centre"),
    "Cullercoats": _town(_NTC, "NTC", "Cullercoats Library", "Cullercoats Community Centre"),
    "Tynemouth": _town(_NTC, "NTC", "Tynemouth Library", "Tynemouth Park Centre"),
    "Killingworth": _town(_NTC, "NTC", "Killingworth Library", "Killingworth Lakeside Centre"),
}
#: The partner kinds (the forty-eighth's), the partnerships as their own pages name them
#: (by initials, see the docstring), and every agency named.
KINDS, PARTNERSHIPS = _57.KINDS, tuple(AREAS)
_BY_COUNCIL = {"GC": "GSCP", "STC": "STSCP", "SCC": "SSCP", "NTC": "NTSCP"}
SCP = {area: _BY_COUNCIL[AREAS[area]["district"][0].split()[0]] for area in AREAS}
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: What each benign fill draws from: the fifty-seventh's lists (the twenty-second's roles,
#: themes, courses, rooms and periods) with this corpus's own review numbers and ages.
DRAWS = _57.DRAWS | {
    "age_band": ("aged four weeks", "of eight months", "aged 23 days", "of seven months"),
    "ref": ("RR 69-03", "LCSPR 69/02", "RR/69/07", "CSPR-69-05", "RR 69/10", "TR 69-01"),
}
#: Benign pseudonyms: initials after one of these words, or one of this corpus's own words.
PSEUDONYM_WORDS = _57.PSEUDONYM_WORDS
CHOSEN = ("Keelboat", "Coalhopper", "Hopperside", "Cokeyard", "Pitheap")

#: Closing lines that some templates share (a progress line, an email's sign-off).
_P = " The partnership's learning and improvement group hears progress in {period}."
_S = "\n\nPlease reply to the business unit by {date}.\n\nMany thanks,\n{scp} business unit"
#: The benign text by register, which is each sample's category. ``_uses`` fills a template
#: one to three times; long ones (a third or so) stay within a 500-character note field.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Case outline {ref}. A toddler from {area} pulled a hot drink over herself and was "
        "treated for scalds at {trust}. The family had moved three times in a year and no "
        "health visitor had seen the children since the second move. The review will ask "
        "how records follow a family between practices, and whether the burns unit's "
        "safeguarding questions reached the social worker in time." + _P,
        "{ref} in brief: a girl of 15 from {area} was found in a flat in another city after "
        "being missing for nine days. She had been reported missing eleven times that year. "
        "Partners want to know whether return interviews were done, who read them, and "
        "whether the pattern of older men collecting her from school was ever put together "
        "by one person.",
        "Families who came to the area from Syria, Lebanon and Iraq through resettlement "
        "schemes live in several estates around {area}. When a baby {age_band} was seen at "
        "{trust} with unexplained bruising, interpreters were booked late and the father "
        "answered for the mother. {ref} will look at how {council} and health partners "
        "use interpreters and hear from mothers directly." + _P,
        "Why {ref} began: a boy of 13 was drawn into selling drugs for a group working from "
        "a takeaway near {area}. His school excluded him for a knife in his bag and the "
        "referral to the exploitation team came a month later. The {scp} will test how "
        "exclusions are shared with {police} and whether a safety plan was in place.",
        "Summary ({area}): a baby {age_band} was shaken by a parent's new partner during a "
        "night feed. The partner had a history of violence known to probation but not to "
        "the midwife. {ref} asks how information about new adults in a household reaches "
        "health visitors, and whether {council} and {police} check who else lives there." + _P,
        "{ref}, the short version: a 14-year-old girl with type 1 diabetes was admitted "
        "three times in diabetic crisis after her insulin was not collected. The clinic "
        "recorded each missed appointment but no one asked whether it was neglect. The "
        "review will look at was-not-brought policies at {trust} and how clinics talk to "
        "schools.",
        "Review background, {area}. A family of six lived in a damp house with black mould "
        "in every bedroom; the youngest had repeated chest infections. The landlord did "
        "nothing and the tenants were afraid to complain. {ref} will ask how the {district} "
        "and environmental health act on disrepair when children are ill." + _P,
        "Outline of {ref}: a 16-year-old young carer looked after a mother with severe "
        "depression and a younger brother, and stopped going to college. Three agencies knew "
        "part of the story and each assumed another was leading. The review will test how "
        "young carers are identified near {area} and how adult mental health teams at "
        "{trust} think about children.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: a local child safeguarding practice review will go "
        "ahead. Partners found that a health visitor's worry about the father's drinking was "
        "not passed to {council} before the baby was discharged. {trust} will write the "
        "health chronology. The Panel will be told by {date2}, and the {role} will contact "
        "two reviewers this week.",
        "Rapid review {ref}, decision: no further review. Agencies shared information well, "
        "the paediatrician found the injury consistent with the account given, and the one "
        "delay found (a faxed referral) has been dealt with. Agreed by partners on {date}; "
        "a note of the reasons goes to the Panel by {date2} and into the staff newsletter.",
        "Rapid review {ref}, decision: the learning will be taken into the planned audit of "
        "{theme} in {period}, which already includes {area} and the river towns. {police} "
        "and {icb} will add this child's records to the sample. The Panel gets the reasons "
        "with the rapid review template by {date2}.",
        "Rapid review {ref}, decision: a learning review led through practitioner "
        "conversations at {venue}. Partners want to understand what helped in the first two "
        "days as well as why the child in need meetings stopped after the summer holidays. "
        "The executive will agree the scope on {date2}.",
        "Rapid review {ref}, decision: ask the Panel to consider a national review, because "
        "the exploitation of this young person crossed four force areas and two regions. "
        "Local learning carries on meanwhile. The {role} will send the Panel a note of the "
        "links with other areas by {date2}.",
        "Rapid review {ref}, decision: a practice learning event rather than a full review. "
        "The facts are agreed, the family asked not to be contacted again, and every agency "
        "has its own improvement plan. Decided on {date}; the learning group will test the "
        "plans in {period} and flag any that slip.",
        "Rapid review {ref}, decision: a focused local review of how the family's records "
        "moved when they came to the area from a council in the south. {trust} and {icb} "
        "will chair the review panel together. The Panel is told by {date2}, and the family "
        "will be offered time with the reviewer.",
    ),
    "minutes": (
        "Minutes of the {scp} executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance report for {period}; contacts to the front door {rag}.\n"
        "2. Draft business plan approved with one change to the priorities wording.\n"
        "3. Partner contributions to the budget to be confirmed by each agency.\n"
        "Next meeting: {date2}, {time}.",
        "Learning and development subgroup, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a sixth form safeguarding lead.\n"
        "1. Take-up of {course} fell in {area}; a local session will be arranged.\n"
        "2. Learning from {ref} to be built into the yearly refresher.\n"
        "3. E-learning contract extended for another year.\n"
        "Next meeting: {date2}, {room}.",
        "Rapid review meeting, {date}, on Teams\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. A serious incident in {area} considered; records requested from agencies.\n"
        "2. Initial findings from the {ref} reviewer noted; follow-up questions by email.\n"
        "3. Any other business: none raised.\n"
        "Next meeting: {date2} at {venue}.",
        "Scrutiny and assurance subgroup, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. Section 11 self-assessments: ten of twelve returned.\n"
        "2. Findings of the {theme} audit to become a short briefing.\n"
        "3. Feedback from {course} collated by the business unit.\n"
        "Next meeting: {date2}, {time2}.",
        "Exploitation and missing subgroup, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, the detached youth team.\n"
        "1. Plans for the Easter holidays and the summer fair season agreed.\n"
        "2. Places of concern around {area}: {rag}.\n"
        "3. The missing children's charity worker to attend next time.\n"
        "Next meeting: {date2}.",
    ),
    "partner_email": (
        "Good morning,\n\nThe {ref} reviewer would like agency records in the template, "
        "please, not as screenshots. We are still waiting for {trust} and the {district}; "
        "{police} have sent theirs already. Everything is needed before the panel meets on "
        "{date2}." + _S,
        "Dear colleagues,\n\nWe need six practitioners from {area} to read a new leaflet "
        "for parents on {theme} and tell us what makes no sense. We meet at {venue} on "
        "{date2}, {time} to {time2}, and lunch is provided." + _S,
        "Hello all,\n\nThe updated escalation policy is now on the website. {council} "
        "team managers will go through it at their next meeting and {police} will include "
        "it in shift briefings. Could health colleagues tell us how it will reach surgeries?" + _S,
        "Dear partners,\n\nOur independent scrutineer would like to sit in on two strategy "
        "meetings during {period} and speak with managers at {icb} and {ambulance}. If you "
        "are happy to help, please send us a contact name and a few possible dates." + _S,
        "Hi everyone,\n\nThe Panel has replied about {ref}: they support our decision and "
        "praised {trust} for a clear chronology. The {role} will now write a seven-minute "
        "briefing with the named nurse to share next month." + _S,
        'Dear all,\n\nWe have added another "{course}" session at {venue}, {time} to '
        "{time2}, as the waiting list is so long. Places are open to {council}, {police}, "
        "health, schools and voluntary groups, first come first served." + _S,
        "Dear colleagues,\n\nThank you to {ambulance}, whose call handler and paramedics "
        "joined the practitioner event for {ref}. Hearing how the call unfolded changed how "
        "many of us saw the family's situation that night." + _S,
        "Hello,\n\nFor {ref}, could the {district} let us know how many families with "
        "children were placed in temporary accommodation outside the borough last year, "
        "the longest stay, and whether schools were told?" + _S,
    ),
    "local_review": (
        "Local review {ref}: at the panel on {date} the reviewer shared three early "
        "findings: the mother's new partner was unknown to most agencies, the middle child's "
        "withdrawal was read as shyness rather than fear, and {trust} held an injury report "
        "that nobody requested. Agencies will check these before a draft is written.",
        "Local review {ref}: the practitioner event was held at {venue} on {date}. Staff "
        "from {police} and the {district} said they did not feel able to question a senior "
        "manager's view of the risk. The reviewer will include this in the findings on "
        "professional challenge." + _P,
        "Local review {ref}: terms of reference agreed on {date}. The review covers the "
        "eighteen months before the incident, including the school move, the change of "
        "health visitor and the way {icb} commissioned the child's therapy.",
        "Local review {ref}: the reviewer has met the child's grandmother, who wants the "
        "report to say her grandson loved the sea, his bike and his dog, not only what "
        "happened to him. The panel agrees. The final draft is due in {period} and the "
        "family will read it first, before the {scp} approves it.",
        "Local review {ref}: three panel meetings booked, the first on {date}.",
        "Local review {ref}: the reviewer begins on {date}, three days a fortnight.",
        "Local review {ref}: paused while the criminal trial goes ahead.",
        "Local review {ref}: the last agency report is in, nine of nine.",
        "Local review {ref}: second draft to panel members on {date} for comments.",
    ),
    "chronology": (
        "{date}: nursery saw a bruise on a toddler's cheek; parent said she fell off a chair.",
        "{date}: {police} called to a disturbance; three children found awake after midnight.",
        "{date}: front door closed the contact with advice; leaflet posted to family.",
        "{date}: {ambulance} took the father to hospital after a seizure; aunt minded children.",
        "{date}: the {district} placed the family in a single room in a guest house.",
        "{date}: initial conference; three children made subject to plans, category emotional.",
        "{date}: one-year review missed; letter sent offering another date.",
        "{date}: {trust} orthopaedic clinic tried the family twice; no answer either time.",
        "{date}: family worker called at 11 and 3; lights on, nobody answered.",
        "{date}: {council} conference chair extended the plan by three months.",
        "{date} to {date2}: attendance at 68%, mostly Mondays missed.",
        "{date}: school agreed a reduced timetable for ten days.",
        "{date}: booking appointment missed; midwife offered a home visit.",
    ),
    "checklist": (
        "Working days from notification to rapid review meeting: 14.",
        "Notification sent to the Panel on {date} at 3pm.",
        "Letters to each parent (two addresses) sent {date}.",
        "Advocate to talk to the older sibling about the review by {date2}.",
        "Reviewer appointed? Yes, confirmed by the business manager.",
        "Terms of reference: version 3, with comments.",
        "{trust} chronology in? Yes, all of it.",
        "{district} chronology in? Chased.",
        "Coroner's pre-inquest review: {date}.",
        "{police} chronology: agreed, copy to follow.",
        "Briefing note: drafted, needs a second read.",
        "Shared with school safeguarding leads? Not yet.",
        "Outstanding: {police} and {icb}; new deadline {date2}.",
    ),
    "notice": (
        "{scp} executive, {date}: starts {time}, {room}, {venue}; park at the back.",
        "Share your experience with the {ref} reviewer: {venue}, {date2}, {time}-{time2}.",
        "Save the date: {date}, safeguarding week launch at {venue}.",
        "Learning subgroup moved to {date} {time}, {room} (clash with the bank holiday).",
        "School DSL network meeting, {venue}, {date}, arrivals from {time}.",
        'Lunch and learn: "{course}" online, {date}, {time}, half an hour.',
        "Kinship carers' drop-in with tea and cake, {venue}, {date}.",
        "Evening briefing on county lines, {room}, {venue}, {date}.",
        "The designated professionals' meeting moves from {date} to {date2}.",
        "Audit day, ten cases and five auditors: {date}, {room}, {venue}.",
        "Youth board meets at {venue}, {date}, {time}-{time2}, food provided.",
        "Try the new graded care profile with a colleague: {venue}, {date}, {time}.",
    ),
    "slack": (
        "exec papers out on friday, anything for them by thursday please",
        "nothing back from {trust} on {ref} yet, want me to chase?",
        "{venue} can host on {date}, they need numbers by monday :tada:",
        "reminder: the notification deadline is 5pm today",
        "the {district} can do {time2} but not {time}, ok for everyone?",
        "comments on the terms of reference by {date} please",
        "thanks all, really useful session, notes to follow",
        "{police} sending a DS from the safeguarding unit to the panel",
        "{period} training calendar is live, the neglect day is nearly full",
        "does {ref} go to the case review group or the exec?",
        "annual report draft 2 is on teams, need partner bits for pages 4-7",
        "anyone free to take notes on {date}? cake offered",
        "has anyone got the newest rapid review template",
        "{icb} designated nurse dialling in from {time}",
        "{council} rep on leave {date}, sending a deputy",
    ),
    "panel": (
        "{ref}: the Panel's letter of {date} agrees with the local decision.",
        "{ref} submitted through the Panel's notification form on {date}.",
        "Rapid review template to the Panel by {date2}.",
        "Panel feedback: clear, and candid about what went wrong.",
        "For {ref} the Panel does not propose a national review.",
        "{ref} template sent; copies to Ofsted's regional office and the DfE.",
        "Panel asked for the ambulance timeline; sent {date}.",
        "Final {ref} report sent to the Panel on {date}.",
        "Panel agreed an extension for {ref} to {date2}.",
        "National Panel annual report on the agenda for discussion.",
        "Panel asked about the school's part in {ref} ({date}); the {role} will reply.",
    ),
    "publication": (
        "Planned publication date for {ref}: {date}.",
        "Publication on hold until the trial has finished.",
        "On {date} partners agreed to publish a summary rather than the whole report.",
        "Family asked for their views on when to publish.",
        "Press statement agreed with {council} communications.",
        "{ref} has been on the {scp} website since {date}.",
        "A learning briefing will be published alongside.",
        "Family asked for more time; new date {date2}.",
        "Reports are taken down after twelve months.",
        "DfE and the Panel told a week ahead of publication.",
        "Each statutory partner signed the {ref} publication plan on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit twenty cases of children not brought to outpatients, "
        "by {date}.",
        "Action 2: {council} social workers to record every adult living in or visiting the home.",
        "Action: {police} to send schools overnight domestic abuse notifications by 9am.",
        "Action: {icb} to fund coping-with-crying sessions in all antenatal groups.",
        "Action 3: a week of short sessions on {theme}, {period}.",
        "Action: {ambulance} crews to note children present at every domestic callout.",
        "Action: the {district} to tell health visitors the same day a family is rehoused.",
        "Action 4 complete: the resolving disagreements policy, in use since {date}.",
        "Action 5: a one-page update from the {role} at each executive.",
        "{period}: of 12 actions, 8 are closed and 4 are {rag}.",
        "Action: one shared chronology template for all agencies, in use from {date}.",
        "Action 6: {trust} to ask about children at home in every adult A&E assessment by {date2}.",
    ),
    "housing_note": (
        "The {district} confirmed the family can move in at the end of the month.",
        "{district} accepted the prevention duty on {date}.",
        "The {district} will send two tenancy support officers to the training.",
        "{district} managers were briefed on the findings of {ref}.",
        "All housing officers covering {area} are booked on {course} before {date}.",
        "GC housing options team and Northumbria Police looked at holiday lets in Whickham "
        "being used as emergency placements.",
        "GC community safety team and a youth worker walked the riverside path at Ryton on "
        "a Saturday night after reports of fires and drinking.",
        "GC housing options team met GHFT health visitors about shared houses in Blaydon.",
        "GC community safety team and Northumbria Police discussed quad bikes on the old "
        "railway line near Birtley.",
        "STC housing options team and STSFT agreed how to tell health visitors about "
        "families moved into temporary flats in Hebburn.",
        "STC community safety team visited the youth club in Boldon.",
        "STC housing options team and CNTW talked through cluttered homes cases in Whitburn.",
        "SCC community safety team and Northumbria Police mapped antisocial behaviour around "
        "the pit heap paths near Hetton-le-Hole.",
        "SCC housing options team and Together for Children looked at care leavers sofa "
        "surfing in Houghton-le-Spring.",
        "NTC housing options team and Northumbria Healthcare NHS Foundation Trust set up a "
        "route for families leaving hospital to Killingworth.",
        "NTC community safety team met CNTW youth workers about the seafront shelters in "
        "Cullercoats.",
        "NTC community safety team and Northumbria Police checked the cliff tops and the "
        "beach car parks at Tynemouth before the summer.",
        "NTC housing options team now sends NTC children's services a weekly list of "
        "families placed in bed and breakfast rooms near Tynemouth.",
    ),
    "training": (
        'New on the e-learning site, twenty minutes: "{course}".',
        "Twelve questions on what training you want next year; replies by {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course} in {period}: five places left, book through your line manager.",
        "{theme} half day at {venue} on {date}, {time} to {time2}.",
        "Rehearsal of the {course} materials with co-trainers, {room}, {venue}, {date}.",
        "Peer support circle for volunteer trainers, {room}, {date}.",
        "After the {theme} course, 8 in 10 said they felt more confident.",
        "DSL refresher sessions run all through {period}.",
        "GSCP ran a safer sleep session for childminders in Whickham and Blaydon.",
        "STSCP and the STC community safety team talked to taxi drivers in Hebburn and "
        "Boldon about spotting exploitation.",
        "SSCP held a neglect workshop for nursery staff in Hetton-le-Hole and Houghton-le-Spring.",
        "NTSCP ran a session for lifeguards and surf school staff in Tynemouth and Cullercoats.",
        "North East Ambulance Service NHS Foundation Trust and Northumbria Police spoke to "
        "college students in Killingworth about self-harm.",
        "NHS North East and North Cumbria ICB held a was-not-brought session for GP "
        "practices in Ryton and Birtley.",
        "GSCP and CNTW ran a course on parental mental health in Ryton and Birtley.",
        "STSCP, STSFT and Together for Children held a joint evening on online harm in Whitburn.",
    ),
}

#: Benign pseudonyms, one per line of this string.
BENIGN_PSEUDONYM_TEXT = tuple(
    """Child R|Child MK|Infant P|Baby S|Young Person D|Sibling 2|Sibling 4|Unborn Baby F
HT|J.B.|Child A and Child B|Keelboat|Coalhopper|Hopperside|Cokeyard|Pitheap
Child V|Infant JR|Baby CL|Young Person U|NW|X|Child Y|Sibling B|K.P.|Baby E and Baby F
Child GH|Young Person TM|RB|Infant W|Sibling C""".replace("\n", "|").split("|")
)


# Each benign template is filled as often as the twenty-first's ``_uses`` says, and its
# ``benign_written`` writes that side from this module.
_uses = _21._uses
_benign = _21.benign_written(_THIS)


def samples() -> list[Sample]:
    """This corpus's whole list, benign and identifying, shuffled by the tenth's
    ``assembled`` on a fixed seed."""
    return _57.assembled("sixtyninth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
