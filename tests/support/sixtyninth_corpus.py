"""DOCSTRING"""

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

#: Read from every corpus by the tests and the shared writers (fictional number ranges,
#: the check digit, the benign-word filter, earlier snapshots), as the sixty-sixth has them.
DRAMA_PREFIXES, INWARD_LETTERS, POSTCODE_AREAS = (
    _66.DRAMA_PREFIXES,
    _66.INWARD_LETTERS,
    _66.POSTCODE_AREAS,
)
PLAIN, nhs_check_digit, benign_words = _66.PLAIN, _66.nhs_check_digit, _66.benign_words
_earlier_names = _66._earlier_names

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
#: The ranks drawn here, first names then surnames (see the docstring for the ranks earlier
#: corpora took from these tables).
JO_RANKS = ((1500, 3000), (1500, 3000))
LB_RANKS = ((1500, 3000), (1500, 3000))
PS_RANKS = ((1500, 3000), (1500, 3000))
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

#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(_57.table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: Each table with its first-name and surname ranks, in the order of ``PACKAGE_DRAWN``.
TABLES = (("JO", JO_RANKS), ("LB", LB_RANKS), ("PS", PS_RANKS))


def regenerate_names() -> None:
    """Write the snapshot afresh (names-dataset importable only here): each table of
    ``TABLES`` through the tenth's ``dataset_people``, all sharing one set of words already
    taken (every snapshot of ``EARLIER`` beside this file), the people of ``DROPPED`` left
    out."""
    taken = _earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists()))
    kept: dict[str, list[list[str]]] = {}
    for (table, (first, last)), (label, asked) in zip(TABLES, PACKAGE_DRAWN, strict=True):
        people = _57.dataset_people(((table, asked),), last, taken, "sixtyninth", _usable, first)
        kept[label] = [pair for pair in people[table] if DROPPED.isdisjoint(pair)]
    _57.write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


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
RELATIVES = ("teta", "jiddo", "khalto", "ammo", "nana", "granda", "aunty", "step-dad")
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
    "{f}",
    "{l}",
    "{f} {l}",
    "the {l} twins",
    "{f} aged {age}",
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


#: This module's tables as the twenty-fifth lays them out (homes and schools, the templates
#: per category, the nicknames), and the twenty-seventh's writer over them.
_THIS = sys.modules[__name__]
KIN, TEMPLATES, NICKNAMED = _25.identifying_tables(_THIS)
_identifying = _27.identifying_of(_THIS)


if __name__ == "__main__":
    regenerate_names()
