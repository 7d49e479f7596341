"""A fifty-second held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftysecond_names.json``, a seeded snapshot (seed ``fiftysecond-arabnamer-<list>``,
  Python's ``random.Random``) from the PyPI package arabnamer 0.1.3, which no earlier corpus
  drew (checked by grepping ``tests/support`` for ``arabnamer`` and ``persian-name``: no
  file names either). The package is an offline transliterator; its data file
  ``data/dict_FINAL.json`` maps 22,797 names spelt in Latin letters to Arabic script. It
  has names in Latin letters, so the fallback (fake-persian-name 1.2.2) was not needed: that
  package was installed and read too, and holds Persian script only (``name_boy.txt``,
  ``name_girl.txt``), which anyascii turns into vowelless strings (``atws``, ``abtyn``)
  nobody would type. But arabnamer's dictionary marks neither sex nor first and family
  names, and mixes Arabic names with the world's surnames (``aaltonen``, ``chopin``) and
  made-up compounds (``abdfadl``, ``binnhesham``). So its keys were shuffled with the seed
  ``fiftysecond-arabnamer``, those already in an earlier snapshot left out, and the first
  1,400 read by hand (with the next 229 whose Arabic ends in ``ة``, ``اء`` or ``ى``, to find
  enough women's names): the Arabic women's first names, men's first names and family names
  found are ``FEMALE``, ``MALE`` and ``FAMILY``, each checked to be a key of the package's
  dictionary when the snapshot is drawn. Left out in that reading: Persian and Urdu names
  (``Farahnaz``, ``Munawar``, ``Bagheri``), words, weekdays and titles (``Hayat``,
  ``Khamis``, ``Juma``, ``Sayedeh``), a brand (``Huda``), a kinship word (``Abla``), a
  divine name (``Wadud``), a poem form (``Ghazal``), places (``Medina``, ``Barca``), famous
  people (``Bourguiba``, ``Battuta``) and names whose sex or spelling was unsure
  (``Ramid``, ``Omayra``, ``Rola``). The twenty-fifth's filter then keeps each list's first
  people whose names are plain letters, three or more, in no earlier snapshot (``EARLIER``:
  every ``*_names.json`` through the fiftyfirst's), no first name a family name, not drawn
  already and not in ``NOT_NAMES``. Regenerate with ``uv venv /tmp/regen52 && uv pip
  install -p /tmp/regen52 arabnamer==0.1.3 && PYTHONPATH=. uv run python -m
  tests.support.fiftysecond_corpus /tmp/regen52/lib/python3.11/site-packages``; the package
  is not a dependency and the corpus itself reads the JSON only. Read by hand, the draw
  needed nothing more left out (``NOT_NAMES`` and ``DROPPED`` are empty), so the snapshot
  keeps all 48 drawn.
- Nicknames: pet names written by hand for this corpus (Devon words and play names), each
  starting with a letter from A to H, none in an earlier corpus file (``NICKNAMES``; each
  checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files: a ball clay works driver, a holiday park
  entertainer, a clotted cream dairy hand, a sailing school instructor, a pannier market
  trader, a Ten Tors training marshal, a letterboxer on the moor, a wreath maker, a vintage
  rally stoker, a fly fishing ghillie, a river warden, a deckchair attendant, a cob wall
  builder, a tractor run organiser, a milk tanker driver, an abattoir worker, a pub quiz
  host...; a pony drift volunteer, a cream tea cook, a tin mine guide, a ferryman, a rugby
  club physio, a verger, a dry stone waller and a cider picker, in earlier corpora, were
  swapped out), in lower case and in sign-offs; names and give-away details in pseudonyms;
  nicknames; dates of birth in twelve typed forms; addresses on invented streets
  (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers; invented
  schools and a pupil referral unit (``SCHOOLS``); email addresses; written out by the
  twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, all hand-written (``BENIGN``; no template is filled more than three times,
  by the twenty-first's ``_uses``), roughly a third of it long (case summaries, rapid
  review decisions, minutes, emails to partners and local review notes) and the rest short
  (chronology entries, checklists, notices, Slack messages, Panel and publication notes,
  improvement actions, housing and community safety notes, training notes). It is set in
  twelve Devon towns no earlier corpus file names (``AREAS``; each checked by grep, none
  needed replacing): Axminster, Holsworthy, Buckfastleigh, Ashburton, Teignmouth,
  Chudleigh, Bovey Tracey, Moretonhampstead, Chagford, Hatherleigh, Topsham and Budleigh
  Salterton. Devon is
  two-tier: Devon County Council's children's services over the district each town lies
  in, whose housing options and community safety teams are the ``district``. The districts'
  names are earlier corpora's areas, which their tests keep out of every later file, so each
  is written here by its initials only: EDDC for Axminster and Budleigh Salterton; TDC for
  Buckfastleigh, Ashburton, Teignmouth, Chudleigh, Bovey Tracey and Moretonhampstead (the
  district council of the Teign valley and estuary); TorDC for Holsworthy (the north-west
  district, whose usual initials are the same as the Teign's, so lengthened here); WDBC
  (the west borough) for Chagford and Hatherleigh; ECC (the city council) for Topsham.
  Checked with the ``search`` tool: the partnership's own pages (devonscp.org.uk) say it
  began on 1 July 2017 as the Devon Children and Families Partnership and was renamed the
  Devon Safeguarding Children Partnership (Devon SCP; ``SCP``) on 5 September 2023, its
  safeguarding partners Devon County Council, Devon and Cornwall Police and NHS Devon
  Integrated Care Board. Written from memory, not checked: Royal Devon University
  Healthcare NHS Foundation Trust (for the east, north and west Devon towns and Topsham),
  Torbay and South Devon NHS Foundation Trust (for the Teign valley towns), Devon
  Partnership NHS Trust, South Western Ambulance Service NHS Foundation Trust, which trust
  serves which town, and every venue (each town's library, Axminster Hospital, Holsworthy
  Hospital, Buckfastleigh and Ashburton town halls, the Teignmouth Health and Wellbeing
  Centre, Chudleigh Town Hall, Bovey Tracey Town Hall,
  Moretonhampstead Parish Hall, the Jubilee Hall in Chagford, Hatherleigh Community Centre,
  Matthews Hall in Topsham and the Public Hall in Budleigh Salterton); some may be named
  differently, have moved or closed. Venues are council offices, libraries, halls,
  leisure centres and hospitals, never a person's address. Roles, themes, courses, rooms,
  times and periods come from the twenty-first through the twenty-second's ``DRAWS``, and
  nobody in the benign text is named except by role.
- Identifiers: all invented by the tenth corpus's ``person_values`` from ranges set aside
  for fiction: phone numbers from Ofcom's drama ranges, NHS numbers that begin 999 and
  carry a correct check digit, QQ-prefixed national insurance numbers, addresses at
  example.com, .org and .net, and postcodes shaped like real ones in areas Royal Mail has
  never issued.
  A sample that names a drawn person has the source ``arabnamer-female`` or
  ``arabnamer-male``; one that names a nickname, ``hand-nicknames``; any other, ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of Dartmoor and the
  Devon coast that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import json
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fiftyfirst_corpus,
    fortyeighth_corpus,
    fortysecond_corpus,
    tenth_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.independent_corpus import Sample

#: The attributes the tenth's ``person_values`` and the twenty-fifth's filter look up on a
#: corpus, and the snapshot writer and reader, all borrowed from earlier corpora.
INWARD_LETTERS, nhs_check_digit = (
    fiftyfirst_corpus.INWARD_LETTERS,
    fiftyfirst_corpus.nhs_check_digit,
)
DRAMA_PREFIXES, POSTCODE_AREAS = fiftyfirst_corpus.DRAMA_PREFIXES, fiftyfirst_corpus.POSTCODE_AREAS
_earlier_names, benign_words = tenth_corpus._earlier_names, tenth_corpus.benign_words
assembled, snapshot_people = tenth_corpus.assembled, tenth_corpus.snapshot_people
write_snapshot, PLAIN = tenth_corpus.write_snapshot, twentyfifth_corpus.PLAIN
_district, _kept = twentyfifth_corpus._district, twentyfifth_corpus._kept

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftysecond_names.json")
SOURCES = "arabnamer 0.1.3"
SEED = "fiftysecond-arabnamer-<list>"
#: Every earlier snapshot: the fifty-first's list and the fifty-first's own.
EARLIER = tuple(dict.fromkeys((*fiftyfirst_corpus.EARLIER, "fiftyfirst_names.json")))
#: The package's dictionary keys read by hand as Arabic women's first names, men's first
#: names and family names (see the docstring), in the order they were found.
FEMALE = ("Sanae", "Bahija", "Hafsa", "Fatiha", "Atikah", "Naglaa", "Sukayna", "Salima")
FEMALE += ("Naziha", "Badreya", "Rashida", "Jalila", "Hasna", "Malika", "Najat", "Massouma")
FEMALE += ("Badra", "Rafika", "Morjana", "Shadia", "Buthayna", "Hassiba", "Ramziya", "Samiha")
FEMALE += ("Hanifa", "Nayla", "Radwa", "Moufida", "Umamah", "Tahia", "Fawzia", "Dalila")
FEMALE += ("Zakya", "Bahja", "Masuda", "Shahira", "Mahbooba", "Munira", "Madiha", "Anissa")
FEMALE += ("Maymunah", "Bakhita", "Nuha", "Khawlah", "Fadwa", "Nabila", "Mayada", "Zouheira")
MALE = ("Yasir", "Burhan", "Farhan", "Falah", "Tawfiq", "Yusef", "Tareq", "Qasim", "Amjad")
MALE += ("Mohab", "Fayez", "Wadah", "Tammam", "Husni", "Nagib", "Mouloud", "Miloud", "Zaher")
MALE += ("Ruhi", "Karrar", "Mubashir", "Usama", "Ubada", "Uqba", "Muqtada", "Huzaifa")
MALE += ("Maslama", "Utbah", "Suraqah")
FAMILY = ("Darwish", "Afifi", "Elhalabi", "Elnajjar", "Alzahrani", "Aldosari", "Alsaedi")
FAMILY += ("Musawi", "Hendawi", "Kfoury", "Ajami", "Allam", "Rahal", "Maddah", "Sahraoui")
FAMILY += ("Tolba", "Salhab", "Zerhouni", "Chehayeb", "Batarseh", "Shennib", "Kulaylat")
FAMILY += ("Yaziji", "Majdalani", "Samhadana", "Mirdasi", "Yamani", "Almasry", "Douri")
FAMILY += ("Sfeir", "Rabhi", "Aridi", "Shatat", "Mushaima", "Jowder", "Rahbani", "Hamieh")
FAMILY += ("Tarawneh", "Ghawanmeh", "Hawatmeh", "Nusseibeh", "Frangieh", "Sawalha", "Zahalka")
FAMILY += ("Tabbara", "Abaza", "Shehata", "Qudwa", "Qafisha", "Boujenah", "Boullata")
FAMILY += ("Achouri", "Khafaja", "Halaweh", "Shousha", "Fallatah", "Hussary", "Gholmieh")
FAMILY += ("Freiha", "Nayfeh", "Kashmoula", "Husrieh", "Bshara", "Adaileh", "Attiyah")
FAMILY += ("Mersal", "Chiha", "Khoukhi", "Basindawa", "Aghbariyya", "Khufaji", "Kudmani")
#: A thousand seeded candidates per list; the filter keeps 24 of each (``PACKAGE_DRAWN``)
#: and the snapshot holds them all (``DRAWN``), as nothing was dropped.
CANDIDATES = 1000
PACKAGE_DRAWN = (("arabnamer-female", 24), ("arabnamer-male", 24))
DRAWN = (("arabnamer-female", 24), ("arabnamer-male", 24))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the draw read by hand as words or places: none were.
DROPPED: frozenset[str] = frozenset()
NOT_NAMES: frozenset[str] = frozenset()


def candidates(site_packages: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fiftysecond-arabnamer-<list>``) from the hand-read lists,
    each name first checked to be a key of the package's dictionary."""
    data = site_packages / "arabnamer" / "data" / "dict_FINAL.json"
    keys = set(json.loads(data.read_text(encoding="utf-8")))
    missing = [n for n in (*FEMALE, *MALE, *FAMILY) if n.casefold() not in keys]
    assert not missing, missing
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex, names in (("female", FEMALE), ("male", MALE)):
        rng = random.Random(f"fiftysecond-arabnamer-{sex}")
        people = [["any", rng.choice(names), rng.choice(FAMILY)] for _ in range(CANDIDATES)]
        out[f"arabnamer-{sex}"] = {"people": people, "surnames": list(FAMILY)}
    return out


def regenerate_names(site_packages: str) -> None:
    """Write the snapshot: the seeded candidates through the twenty-fifth's filter (against
    the earlier snapshots present), less ``DROPPED``, by the tenth's ``write_snapshot``."""
    earlier = _earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists()))
    kept = _kept(candidates(Path(site_packages)), earlier, PACKAGE_DRAWN, NOT_NAMES)
    about = {"source": SOURCES, "seed": SEED}
    write_snapshot(
        NAMES_FILE, about, {s: [p for p in ps if not set(p) & DROPPED] for s, ps in kept.items()}
    )


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Clay Pit Road", "Dairy Scald Lane", "Mainsail Close", "Pannier Yard")
STREETS += ("Tor Marshal Way", "Letterbox Rise", "Ghillie Walk", "Deckchair Parade")
TOWNS = ("Axminster", "Holsworthy", "Buckfastleigh", "Ashburton", "Teignmouth", "Chudleigh")
TOWNS += ("Bovey Tracey", "Moretonhampstead", "Chagford", "Hatherleigh", "Topsham")
TOWNS += ("Budleigh Salterton", "Kingsteignton", "Dawlish")
SCHOOLS = (
    "Clay Pit Road Primary School",
    "Dairy Scald Lane Infant School",
    "St Petrocka's Church of England Primary",
    "Mainsail Close Junior School",
    "Tor Marshal Way Academy",
    "Letterbox Rise Nursery School",
    "Ghillie Walk Community College",
    "Pannier Yard Pupil Referral Unit",
)
SCHOOL_SHORT = ("Clay Pit", "Dairy Scald", "St Petrocka's", "Tor Marshal", "Ghillie Walk")
RELATIVES = ("teta", "grandad", "stepdad", "aunty", "khalto", "mum's partner", "big cousin")
#: A dozen further ways people type a date of birth (fields of the tenth's ``_date``), and
#: the forms the benign side writes its dates in.
BIRTH_FORMS = ("{dd}.{mm}.{y}", "{d}/{m}/{yy}", "{mo} {d} {y}", "{wd}, {d} {mo} {y}")
BIRTH_FORMS += ("{d}{th} {mo} {y}", "{y}-{mm}-{dd}", "{dd}/{mm}/{y}", "{d} {mon} {yy}")
BIRTH_FORMS += ("{d}-{mo}-{yy}", "{mon} the {d}{th}, {y}", "{dd}{mm}{yy}", "{d} {mon}, {y}")
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {d}/{mm}", "{mon} {d}", "{d}{th} {mon} {y}")
WHEN_FORMS += ("{wd} the {d}{th}",)
#: Births as the forty-second draws them (2011-2028, ages 0-17), typed in the forms above.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying ---------------------------------------------------------------------------

# Filled by the tenth's person_values: {f} {l} is the child, {g} {h} a parent or carer,
# {k} a brother or sister, {rel} another relative.
NAME_TEXT = (
    "Driver at the ball clay works says {f} {l}, 13, has been riding in the cab of a "
    "tipper with a man from the pit on school days.",
    "Entertainer at the holiday park says {g} {h} leaves {f} and {k} at the kids' club "
    "from nine till the bar shuts, every night since they arrived.",
    "One of the girls in the clotted cream dairy says {f} {l} came in with {g} and had "
    "finger marks round the neck.",
    "sailing school instructor: {f} {l} flinched when I reached for the tiller and said "
    "{g} hits them with the belt",
    "Trader on the pannier market says {f} {l}, 11, minds the stall alone all Saturday "
    "while {g} {h} sleeps it off in the van.",
    "Marshal on a Ten Tors training walk found {f} {l} in the group with no coat, no food "
    "and a note from {g} saying don't bring her back early.",
    "A letterboxer out on the moor came across {f} {l} and {k} by the clapper bridge at "
    "dusk, both under ten, nobody with them.",
    "The lady who makes Christmas wreaths at the garden centre says {g} {h} pays {f} in "
    "vapes to work the back shed.",
    "Stoker on one of the engines at the steam rally saw {g} {h} punch {f} in the face "
    "by the beer tent.",
    "Ghillie on the river beat says {f} {l}, 14, has been living rough in the fishing hut "
    "and {g} has not reported them missing.",
    "River warden stopped {f} {l} and two older men netting at night; the child said {g} "
    "sends them out to pay off a debt.",
    "Deckchair attendant on the front says {f} {l} was left on the beach from eight in the "
    "morning and {g} {h} only turned up at dark.",
    "Cob builder working on the barn conversion says {f} {l} told him {g} locks them in "
    "the linhay when the boyfriend is round.",
    "Organiser of the tractor run says {g} {h} drove the lead tractor drunk with {f}, 5, "
    "on the mudguard.",
    "milk tanker driver saw {f} {l} walking the lane at 5am in pyjamas, says its the "
    "third time, {g} never comes out",
    "Worker at the abattoir says {g} {h} brings {f} to the lairage on night shifts and "
    "the kid sleeps in the car.",
    "The pub quiz host heard {f} {l} tell the table that {g} burnt them with a cigarette "
    "for wetting the bed.",
    "Lifeboat shop volunteer says {f} {l}, 12, comes in with a different man each week "
    "who calls himself her uncle.",
    "Woman running the crabbing kiosk on the quay says {f} {l} begs for food off the "
    "tourists and {g} {h} is never about.",
    "Shepherd at lambing says {g} {h} has {f} and {k} sleeping in the lambing shed with "
    "no heating since the eviction.",
    "Chip shop owner on the strand says {f} {l} told staff {g} pushed them down the "
    "stairs on Sunday.",
    "Bellboy at the seafront hotel found {f} {l}, 15, in a guest's room with a man "
    "in his fifties at 2am.",
    "The surf hire lad says {f} {l} has been selling bags for older boys on the car park "
    "since the summer.",
    "Guide on the wildlife boat says {g} {h} kept shaking {f} by the shoulders and "
    "screaming the whole trip.",
    "{f} {l} whispered to the woman on the donation desk at the charity shop that "
    "{g} {h} won't let them go to school.",
    "Volunteer at the bike hire on the trail says {f} {l}, 9, rides the old railway path "
    "alone till nine at night.",
)
NAME_LOWER = (
    "tipper driver again re {fl} {ll}, 3rd time this month",
    "kids club staff still have {fl} at 11pm, {gl} not answering",
    "{gl} {hl} over the limit driving tractor with {fl} on board",
    "{fl} {ll} sleeping in the fishing hut per the ghillie",
    "the {ll} children out on the tor with no coats",
    "quiz host says {fl} showed him the burn on her arm",
    "phoned {fl}'s {rel}, says {gl} went off with a new bloke",
    "{fl} {ll} not been to nursery since the 4th",
    "{fl} and {k} still at the beach cafe at closing",
    "market trader heard {gl} {hl} threaten {fl}",
    "someone saw {fl} {ll} get in a white transit at the quay",
    "{ll} boy in the lane at dawn again says milk tanker",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} kids",
    "{f} aged {age}",
    "{f} {li}.",
    "{f}+{k}",
    "baby {f} {l}",
    "{l} twins",
    "{h} family ({g})",
    "{f} at the caravan",
    "{f} ({l})",
)
SIGN_OFF = (
    "please keep my name out of it\n{gl} {hl}",
    "Many thanks\n{g} {h}, {rel} to {f}",
    "{g} x\n(mum of {f}, {k})",
    "from {f} {l}, year {year_group}, sorry about spelling",
    "on behalf of {f}, from their {rel} {g} {h}",
    "Kind regards\n{g} {l}\nfoster carer for {f}",
    "call me on this number - {g} ({f}'s {rel})",
    "{fl} {ll} {age}",
    "Thanks\n{g} {h}\n{f} stays with me alternate weekends",
)
NICKNAMES = ("Grockle", "Chudder", "Dodger", "Cobber", "Flicker", "Hoppy")
NICKNAMES += ("Ebby", "Ammo", "Drizzle", "Ferny", "Heathy", "Coddle")
NICKNAMES += ("Buzzy", "Gadget", "Happs", "Dabber")
NICKNAME_TEXT = (
    "The older boys at the skate park shout {n} and he runs their errands to the garage.",
    "At the holiday park she's only ever called {n}; the men by the bar give her money "
    "to fetch things.",
    "When the patrol arrived {f}'s {rel} was on the quay yelling {n} over and over.",
    "On TikTok he's {n}, which is what the driver from the clay pit calls him too.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {l}", "{n} aka {f}")
DOB_TEXT = (
    "date of birth {dob} according to the red book",
    "DoB - {dob}",
    "{g} not sure, thinks {f} was born {dob}",
    "surgery record says born {dob}",
    "born at home {dob}, unregistered for six weeks",
    "{f} {l} b. {dob}",
    "{dob} (so {age})",
    "{rel} says {dob}, school records differ",
    "premature, born {dob} at Derriford",
)
PHONE_TEXT = (
    "best number for mum {phone}",
    "{g}'s phone {phone}",
    "can get the {rel} on {phone}",
    "house phone {phone} (rarely answered)",
    "{f} texted us from {phone}",
    "number for the teta {phone}",
)
NHS_TEXT = (
    "{f} NHS {nhs}",
    "NHS number (from the red book) {nhs}",
    "NHS no. for the new baby {nhs}",
    "ED letter gives NHS number {nhs}",
)
NI_TEXT = (
    "NI number for mum {ni}",
    "stepdad NI {ni}",
    "{g}'s NI no {ni}",
    "grandad's national insurance number is {ni}",
)
ADDRESS_TEXT = (
    "moved to {street}, {town} last month",
    "now living {street}, above the takeaway",
    "home visit to {street}, {town}: curtains drawn, no reply",
    "{f} sofa surfing at the {rel}'s, {street}",
    "police called to {street} four times since the spring",
    "lost the tenancy on {street}, living in the car outside {town}",
)
POSTCODE_TEXT = ("postcode: {postcode}", "PC {postcode}", "post code is now {postcode}")
SCHOOL_TEXT = (
    "{f} is Y{year_group} at {school}",
    "{school}, year {year_group}, 58% attendance",
    "safeguarding lead at {short} made the referral",
    "{f} started at {short} after the Easter holidays",
    "{f} ({school}) missed {n2} days this half",
)
EMAIL_TEXT = ("mum's email {e}", "{g} wrote in from {e}", "reply to {g} {h}: {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} ({dob})",
    "{fi}{li} on {street}",
    "{fi}{li} / Y{year_group} / {short}",
    "{postcode} child",
    "{fi}{li} - NHS {nhs}",
    "{l} girl aged {age} from {town}",
    "{fi}.{li}. b. {dob}",
    "{school} pupil, Y{year_group}",
    "{l} household, {town}",
)

#: Homes and schools, each identifying category's templates and the nicknames, laid out by
#: the twenty-fifth's ``identifying_tables``.
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: Devon's two tiers: Devon County Council's children's services and the county's partners
#: by their real names (the district council is each town's own, by its initials).
_ROYAL_DEVON = "Royal Devon University Healthcare NHS Foundation Trust"
_TSDFT = "Torbay and South Devon NHS Foundation Trust"
_DPT = "Devon Partnership NHS Trust"
_DEVON = {
    "council": ("Devon County Council children's services",),
    "police": ("Devon and Cornwall Police",),
    "icb": ("NHS Devon Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
}
_NORTH_EAST = _DEVON | {"trust": (_ROYAL_DEVON, _DPT)}
_SOUTH = _DEVON | {"trust": (_TSDFT, _DPT)}

#: The twelve areas, Devon towns no earlier corpus file names: the district council's teams
#: (by initials), the county's partners by their real names, and two civic venues of the
#: town (libraries, halls, hospitals, community centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Axminster": _NORTH_EAST
    | _district("EDDC")
    | {"venue": ("Axminster Library", "Axminster Hospital")},
    "Holsworthy": _NORTH_EAST
    | _district("TorDC")
    | {"venue": ("Holsworthy Library", "Holsworthy Hospital")},
    "Buckfastleigh": _SOUTH
    | _district("TDC")
    | {"venue": ("Buckfastleigh Library", "Buckfastleigh Town Hall")},
    "Ashburton": _SOUTH
    | _district("TDC")
    | {"venue": ("Ashburton Library", "Ashburton Town Hall")},
    "Teignmouth": _SOUTH
    | _district("TDC")
    | {"venue": ("Teignmouth Library", "Teignmouth Health and Wellbeing Centre")},
    "Chudleigh": _SOUTH
    | _district("TDC")
    | {"venue": ("Chudleigh Library", "Chudleigh Town Hall")},
    "Bovey Tracey": _SOUTH
    | _district("TDC")
    | {"venue": ("Bovey Tracey Library", "Bovey Tracey Town Hall")},
    "Moretonhampstead": _SOUTH
    | _district("TDC")
    | {"venue": ("Moretonhampstead Library", "Moretonhampstead Parish Hall")},
    "Chagford": _NORTH_EAST
    | _district("WDBC")
    | {"venue": ("Chagford Library", "Jubilee Hall, Chagford")},
    "Hatherleigh": _NORTH_EAST
    | _district("WDBC")
    | {"venue": ("Hatherleigh Library", "Hatherleigh Community Centre")},
    "Topsham": _NORTH_EAST
    | _district("ECC")
    | {"venue": ("Topsham Library", "Matthews Hall, Topsham")},
    "Budleigh Salterton": _NORTH_EAST
    | _district("EDDC")
    | {"venue": ("Budleigh Salterton Library", "Public Hall, Budleigh Salterton")},
}
#: Kinds of partner as the forty-eighth has them; the Devon SCP by the name on its pages;
#: and the agencies, each once, that the tests look for in the text.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
SCP = dict.fromkeys(AREAS, "Devon Safeguarding Children Partnership")
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 52-03", "LCSPR 52/05", "RR/52/11", "CSPR-52-02", "RR 52/17", "TR 52-08")
AGE_BANDS = ("aged five weeks", "under six months", "aged two", "aged nine", "aged 16")
#: Fields filled from a list on each use (the twenty-second's), plus the references and
#: age bands above.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Leat", "Clitter", "Combe", "Clapper", "Mire", "Linhay", "Estuary")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_P = " Progress goes to the Devon SCP executive in {period}, reported by the {role}."
_S = "\n\nPlease reply to the Devon SCP business unit by {date}.\n\nWith thanks,\n{scp}"
#: Benign templates grouped by register, the register being the category; each is filled
#: one to three times (``_uses``), and roughly a third run long, up to the 500 characters a
#: summary or note field takes.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref} ({area}): a nine-week-old was brought to {trust} with a bleed "
        "on the brain and rib fractures of different ages. Four services had seen the "
        "family that month, each for something small. A strategy meeting with {police} "
        "followed that night. The review will ask how the small things looked side by "
        "side.",
        "{ref}, {area}. A 13-year-old had been reported missing nine times in a term, "
        "twice turning up two counties away. School called it truancy; the police called it "
        "running away; nobody called it exploitation until a knife was found in her bag. "
        "The panel wants to know how the language agencies use shaped the response, and "
        "whether a child exploitation screening tool was ever completed.",
        "Summary, {area}: seasonal work at a holiday park brought a couple and a child "
        "{age_band} to a chalet with a six-month licence. When the season ended they "
        "moved on and no record followed. Health visiting, the GP and children's centres "
        "each had part of the picture. {ref} will look at how a family's history travels "
        "when the family itself keeps moving." + _P,
        "Summary for {ref}: over eighteen months a teenage boy's school attendance fell "
        "from ninety per cent to under forty. A managed move, a reduced timetable and an "
        "alternative provision place were tried in turn. Nobody visited the home. He was "
        "later found to have been caring for a younger sibling while a parent worked "
        "nights. The {scp} asked the reviewer to focus on education's part.",
        "{ref}, {area}: an infant {age_band} died in the night in a car seat after the "
        "family came home late from a relative's. The parents had been given safer sleep "
        "advice in hospital, but nothing about car seats used as beds. The review will "
        "consider what advice is given, by whom, and whether it covers the ways families "
        "really live once they are home." + _P,
        "Summary for {ref}. A child {age_band} with cerebral palsy and a gastrostomy was "
        "admitted malnourished. Community nursing, the special school and the wheelchair "
        "service had each noted missed feeds, and each assumed another service was "
        "leading. {trust} has already begun its own learning review; the partnership review "
        "will look across agencies at how disabled children's neglect is recognised.",
        "{ref}, {area}: a 16-year-old living in supported lodgings was assaulted by an "
        "older man she had met through a friend. Her placement had been made in a hurry "
        "after a family breakdown, and the lodgings provider had no information about "
        "earlier concerns. The review will test how risk information goes with a young "
        "person when they move in a crisis." + _P,
        "Summary for {ref}: three siblings were found living in a caravan on farmland near "
        "{area} with no electricity and a parent too unwell to cope. Neighbours had raised "
        "concerns twice. Both referrals were screened out as lifestyle choices. The review "
        "will look hard at how cultural assumptions about rural life affect the way "
        "neglect referrals are weighed.",
    ),
    "rapid_review_rationale": (
        "{ref}: rapid review outcome. Threshold for a local child safeguarding practice "
        "review is met. The child was seriously harmed and the chronology shows three "
        "points where {trust}, the school and early help held information the others did "
        "not. The partners agreed this on {date}; notification to the National Panel "
        "goes by {date2}, with the {role} leading on terms of reference.",
        "{ref}: rapid review outcome. Threshold is met but a full review is not "
        "recommended. The key learning, on how injuries in non-mobile babies are "
        "explained away, is already being addressed through the peninsula bruising "
        "protocol refresh. The partners signed off this position on {date}; the Panel will "
        "receive the reasons by {date2}.",
        "{ref}: rapid review outcome. Rather than a separate review, this case will feed "
        "the thematic work on {theme} that the partnership began earlier this year, which "
        "already includes two cases from {area}. {police} and {icb} will send their "
        "information to the thematic reviewer by {date2}. The Panel will be told why this "
        "route was chosen.",
        "{ref}: rapid review outcome. A local review will be commissioned, using a "
        "practitioner-led approach with a learning event at {venue}. The partners are "
        "most concerned about a professional disagreement over risk that lasted four "
        "months without being escalated. Terms of reference go to the executive on {date2}.",
        "{ref}: rapid review outcome. The partners consider this case may be part of a "
        "wider pattern seen across the south west peninsula and will invite the Panel to "
        "consider a national review. Local learning will not wait: a short review runs "
        "alongside, and the {role} will send the Panel a summary of the linked cases by "
        "{date2}.",
        "{ref}: rapid review outcome. No further review. The facts are clear, each "
        "agency has already acted on its own learning, and the family have asked not to "
        "be involved. A learning brief and a practice week will share what was found. "
        "Agreed {date}; the multi-agency audit in {period} will check the changes stuck.",
        "{ref}: rapid review outcome. A local review will look at the gap between "
        "maternity and health visiting, where a father's domestic abuse history was known "
        "to one service only. {trust} and {icb} will jointly chair the review, and the "
        "National Panel will be notified by {date2}.",
    ),
    "minutes": (
        "Executive group, {date}, {room}, {venue}\n"
        "Members: {council}, {police}, {icb}; the {district} attending.\n"
        "- Performance pack for {period} noted; two areas {rag}.\n"
        "- Funding formula for next year: agreed, subject to sign-off.\n"
        "- LADO capacity over August raised.\n"
        "Date of next: {date2}, {time}.",
        "Quality assurance delivery group, {date}, {venue}\n"
        "Members: the {role}; {trust}; {police}; two DSLs.\n"
        "- Audit of strategy discussions in {area}: report received.\n"
        "- {ref} actions: three of seven signed off.\n"
        "- Voluntary sector seat vacant; chair to follow up.\n"
        "Date of next: {date2}, {room}.",
        "Notes, CSPR group, {date} ({room})\n"
        "Members: {council}; {police}; {trust}; {ambulance}.\n"
        "- Notification from {area}: rapid review to be convened within the timescale.\n"
        "- {ref}: awaiting two individual agency reports.\n"
        "- Nothing else raised.\n"
        "Date of next: {date2}, {venue}.",
        "Workforce group, {date}, {venue}\n"
        "Members: the {role}; {icb}; {trust}; the {district}.\n"
        "- Feedback on {course}: mostly positive, timing too short.\n"
        "- Procedures: {theme} chapter now live.\n"
        "- E-learning licences renewed to March.\n"
        "Date of next: {date2}, {time2}.",
        "Missing and exploited subgroup, {date}, {room}, {venue}\n"
        "Members: {police}; {council}; the {district}; the youth service.\n"
        "- Summer plan for beaches and festivals signed off.\n"
        "- Return interview completion in {area}: {rag}.\n"
        "- Licensing checks on holiday lets passed to district colleagues.\n"
        "Date of next: {date2}.",
        "Named professionals' meeting, {date}, {venue}\n"
        "Members: named nurses ({trust}); designated doctor; {icb}.\n"
        "- Was not brought: audit results for {area}.\n"
        "- {ref} learning shared at the GP safeguarding forum.\n"
        "- Bruising leaflet reprint approved, easy read included.\n"
        "Date of next: {date2}.",
    ),
    "partner_email": (
        "Good morning,\n\nThe individual agency report template for {ref} is attached. "
        "Could {trust}, {police} and the {district} return reports and chronologies ahead "
        "of the review panel on {date2}? Anything late will push the timetable back." + _S,
        "Dear all,\n\nAs part of the work on {theme} we are holding a listening session "
        "for frontline staff who work in {area}, at {venue} on {date2}, {time} to {time2}. "
        "All agencies welcome; tea and cake provided." + _S,
        "Hello everyone,\n\nThe executive has signed off the new escalation policy and it "
        "now applies. {council} and {police} have cascaded it to their managers. Please "
        "can health colleagues pass it on through named nurses and practice leads?" + _S,
        "Dear partners,\n\nOur independent scrutineer plans to visit {area} in {period} to "
        "speak with staff from {icb}, {ambulance} and children's services about the front "
        "door and how referrals are written. Please help find volunteers." + _S,
        "Good afternoon,\n\nFeedback has come from the National Panel on the {ref} rapid "
        "review. It asks for more detail about the involvement of {trust}. The {role} is "
        "drafting a short addendum for partners to agree." + _S,
        'Dear colleagues,\n\nBooking has opened for "{course}" at {venue}, {time} to '
        "{time2}. Open to {council}, {police}, health, schools and voluntary sector "
        "staff; please keep it to two places a team." + _S,
        "Dear all,\n\nThe {ref} review panel sends its thanks to {ambulance} for the crew's "
        "account, which answered a question the chronology could not. A draft report "
        "will come to panel members for comment soon." + _S,
        "Good morning,\n\nFor {ref}, the lead reviewer would like to understand how the "
        "{district} tells children's services about a family with children found "
        "intentionally homeless, and who in the team decides to do so." + _S,
    ),
    "local_review": (
        "{ref}, local review update, {date}: the lead reviewer shared early themes with "
        "the panel. Professionals took reassurance from a parent's account without "
        "checking it; a new adult in the household was never asked about; the child in "
        "{area} was almost always seen with a parent in the room. {trust} and children's "
        "services will check these findings against their records.",
        "{ref}, local review update: the learning event at {venue} on {date} brought "
        "together staff from {police} and the {district}. They described high caseloads "
        "and not knowing who to ring in other agencies out of hours, and said the "
        "out-of-hours directory was out of date." + _P,
        "{ref}, local review update: scope agreed on {date}. The review period is the two "
        "years before the incident, and it will look at a GP practice change, threshold "
        "decisions at the front door, and how {icb} keeps track of children with complex "
        "health needs placed outside Devon.",
        "{ref}, local review update: the reviewer met the child's grandmother, who asked "
        "that the report describe the child as a child who loved animals and music, not "
        "only as a case. The panel agreed to this. A draft is planned for {period}, and "
        "the family will see it before the {scp} publishes.",
        "{ref}: panel's first sitting booked for {date}.",
        "{ref}: reviewer's contract signed {date}.",
        "{ref} paused while the inquest is outstanding.",
        "{ref}: last agency report arrived.",
        "{ref}: draft report to panel on {date} for comment.",
    ),
    "chronology": (
        "{date} - GP saw baby for a rash; no concerns recorded.",
        "{date} - {police} attended a report of shouting; children asleep.",
        "{date} - strategy discussion; agreed no section 47 at this stage.",
        "{date} - {ambulance} took mother to ED; children left with a neighbour.",
        "{date} - {district} placed family in bed and breakfast.",
        "{date} - review child protection conference; plan continued.",
        "{date} - health visitor six-week check; weight on the 9th centile.",
        "{date} - missed paediatric outpatients at {trust}.",
        "{date} - family support worker began weekly visits.",
        "{date} - core group, {council} chairing; school absent.",
        "{date} to {date2} - three missing reports, all returned within a day.",
        "{date} - school attendance 61%; fixed penalty considered.",
        "{date} - midwife booked the pregnancy at 24 weeks.",
    ),
    "checklist": (
        "[x] rapid review meeting within 15 days",
        "[x] Panel notified {date}",
        "[ ] family letter - draft with the {role}",
        "[ ] child's own views - by {date2}",
        "[x] reviewer confirmed",
        "[ ] terms of reference - at executive",
        "[x] {trust} chronology in",
        "[x] {district} chronology in",
        "[x] coroner's office told {date}",
        "[ ] {police} disclosure decision",
        "[ ] learning brief - second draft",
        "[x] DSL bulletin item sent",
        "[ ] {icb} agency report - due {date2}",
    ),
    "notice": (
        "Devon SCP executive meets {date} at {time} in {room}, {venue}.",
        "Learning event for {ref} on {date2}, {venue}, {time}-{time2}.",
        "SaFest opens at {venue} on {date}.",
        "Quality assurance delivery group moved to {date}, {time}.",
        "DSL network: {venue}, {date}, {time}.",
        'Bitesize webinar "{course}", {date} at {time}.',
        "Open morning for parents at {venue}, {date}.",
        "Child exploitation awareness day, {room}, {venue}, {date}.",
        "Named professionals' meeting now {date2} (was {date}).",
        "Case file audit day {date}, {room}, {venue}.",
        "Youth advisory board at {venue}, {date}, {time}-{time2}.",
        "Graded care profile 2 workshop, {venue}, {date}, {time}.",
    ),
    "slack": (
        "QADG papers uploaded",
        "has the {trust} chronology for {ref} come in?",
        "got {venue} for {date} :tada:",
        "panel notification deadline is 5pm, just a nudge",
        "{district} can't make {time}. {time2} instead?",
        "ToR draft is in the channel, thoughts by {date}",
        "ta everyone, notes to follow",
        "{police} confirmed their DI for the rapid review",
        "{period} course list is out",
        "exec or QADG first for {ref}?",
        "scrutiny report's on SharePoint",
        "anyone free to take notes {date}?",
        "which version of the IAR template are we on?",
        "{icb} designated nurse joining remotely at {time}",
        "anyone from {council} able to sit in at QADG on {date}?",
    ),
    "panel": (
        "{ref}: Panel content with the rapid review, {date}.",
        "{ref} notified to the Panel on {date}.",
        "Rapid review report to reach the Panel by {date2}.",
        "Panel feedback: rationale clear and well evidenced.",
        "Panel agrees no national review for {ref}.",
        "{ref} rapid review sent to the Panel; Ofsted in copy.",
        "Panel chased one outstanding IAR; supplied {date}.",
        "{ref} final report lodged with the Panel {date}.",
        "Extension agreed by the Panel for {ref} to {date2}.",
        "Panel's annual themes report circulated.",
        "Panel question on {ref} received {date}; {role} drafting the reply.",
    ),
    "publication": (
        "{ref} pencilled in for publication on {date}.",
        "Held back from publication pending the trial.",
        "Summary report only, agreed on {date}.",
        "Family know the publication date and have the report.",
        "{council} communications team has the press lines.",
        "{ref} is now on the {scp} website ({date}).",
        "Learning brief to go out the same day as the report.",
        "Family asked for more time; publication moved to {date2}.",
        "Report comes off the website twelve months after publishing.",
        "DfE told the report is published.",
        "Partners agreed the {ref} publication plan on {date}.",
    ),
    "improvement": (
        "{trust}: audit of children not brought to appointments, due {date}.",
        "{council}: ask about every adult in the home at every visit.",
        "{police}: Operation Encompass notices to schools before registration.",
        "{icb}: ICON training commissioned for all maternity teams.",
        "Practice week on {theme} planned for {period}.",
        "{ambulance}: safeguarding added to the crew debrief checklist.",
        "{district}: tell health visiting when a family is placed in the area.",
        "Escalation policy relaunched {date}; action closed.",
        "{role} to bring a progress update to the executive.",
        "Plan for {period}: 10 actions, 6 done, 4 {rag}.",
        "Single chronology template in use across agencies from {date}.",
        "{trust}: think-family question added to triage by {date2}.",
    ),
    "housing_note": (
        "New tenancy start date confirmed by the {district}.",
        "Prevention duty accepted by the {district} on {date}.",
        "The {district} is sending two officers to the learning event.",
        "{ref} briefing given to the {district}.",
        "All housing staff in {area} to have done {course} by {date}.",
        "EDDC and Devon and Cornwall Police looked at use of holiday lets for emergency "
        "housing around Axminster.",
        "EDDC housing staff and Royal Devon University Healthcare NHS Foundation Trust "
        "health visitors met in Budleigh Salterton.",
        "TorDC community safety officers and Devon and Cornwall Police discussed the "
        "square in Holsworthy.",
        "TDC and Devon and Cornwall Police agreed evening patrols in Buckfastleigh.",
        "TDC housing officers met school nurses about families placed in Ashburton.",
        "TDC and Devon County Council reviewed support for young carers in Teignmouth.",
        "TDC housing options staff briefed the midwives in Chudleigh.",
        "TDC and Devon and Cornwall Police did a walkabout with youth workers in Bovey Tracey.",
        "TDC community safety staff visited the youth club in Moretonhampstead.",
        "WDBC and Royal Devon University Healthcare NHS Foundation Trust set up a "
        "hospital discharge route for families in Chagford.",
        "WDBC and Devon and Cornwall Police looked at antisocial behaviour by the car park "
        "in Hatherleigh.",
        "The ECC community safety team and Devon Partnership NHS Trust talked through "
        "families in temporary accommodation in Topsham.",
    ),
    "training": (
        'E-learning now live: "{course}".',
        "Last day for the training needs survey: {date}.",
        "New executive members' induction, {venue}, {date}.",
        "Few places left on {course} in {period}.",
        "{theme}: multi-agency workshop, {venue}, {date}, {time}-{time2}.",
        "{course} trainers' update, {room}, {venue}, {date}.",
        "Training pool get-together, {room}, {date}.",
        "{theme} workshop evaluations: confidence up on every question.",
        "DSL refresher round in {period}.",
        "Devon Safeguarding Children Partnership led a neglect workshop in Axminster.",
        "Devon Safeguarding Children Partnership ran safer sleep training in Topsham.",
        "South Western Ambulance Service NHS Foundation Trust and Devon and Cornwall "
        "Police delivered a self-harm session in Teignmouth.",
        "Devon Safeguarding Children Partnership trained grassroots coaches in Holsworthy.",
        "NHS Devon Integrated Care Board gave GP practices an exploitation briefing in Chagford.",
        "Devon Partnership NHS Trust delivered a parental mental health course in Hatherleigh.",
        "Torbay and South Devon NHS Foundation Trust talked to Bovey Tracey parents about "
        "head injuries.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child R", "Child DT", "Infant M", "Baby K", "Young Person H", "Sibling 2"),
    *("Sibling 4", "Unborn Baby P", "AK", "N.B.", "Child G and Child J", "Leat"),
    *("Clitter", "Combe", "Clapper", "Mire", "Linhay", "Estuary", "Child V"),
    *("Infant SA", "Baby TM", "Young Person C", "BW", "E", "Child Y", "Sibling Z"),
    *("R.H.", "Baby A and Baby B", "Child MN", "Young Person JD", "GL", "Infant W"),
    "Sibling C",
)


#: The twenty-first's count of fills per template and its builder of the benign side.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """Every sample, benign and identifying, built the same way each time (``assembled``)."""
    return assembled("fiftysecond-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
