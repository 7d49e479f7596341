"""A twenty-ninth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``twentyninth_names.json``, a seeded snapshot from two sources. @faker-js/faker
  10.6.0 (MIT; ``faker.person.firstName(sex)`` and ``lastName(sex)`` on the ready-made
  instance of each locale, seeded with the FNV-1a hash of ``twentyninth-<locale>``) for six
  locales no earlier corpus drew from: de, de_CH, es, pt_BR, en_HK and eo
  (``twentyninth_names.mjs``, through the twenty-sixth's ``draw``, writes 600 candidates a
  locale, women and men in turn, with the locale's surname table; es gives two surnames
  and the first is kept). And
  names-dataset 3.3.1 (Apache-2.0) for three tables no corpus drew from at all, CA, IL and
  LY (``_dataset_people``, seeded ``twentyninth-<country>``, women and men in turn):
  surnames at ranks 12000-13999, which no corpus reached; no table holds first names that
  far (the longest, US, stops near 9700), so the first names are the same table's at ranks
  1500-2999. IL and LY are taken in plain letters only, which leaves their Hebrew and
  Arabic script entries out. The faker-js candidates are kept by the twenty-fifth's filter
  ``_kept`` (six a locale, in order): names of one capitalised word of plain letters,
  three or more, no first name in a drawn locale's surname table, none in an earlier
  snapshot (``EARLIER``: the fourth to the twenty-seventh, and the twenty-eighth's,
  written at the same time, where present) nor drawn already; the names-dataset draw
  keeps the same rules. Every draw was read by hand: entries that read as ordinary words,
  brands, places, pet forms, typos, first names in the surname column or not a person's
  name were left out (``NOT_NAMES``) and drawn again; in the last draw the people with such
  a word (``DROPPED``) were left out without drawing again, which leaves 57 of the 60
  drawn (``FAKER_DRAWN`` and ``DATASET_DRAWN`` count the draw, ``DRAWN`` what is kept).
  Esperanto's names are the forms faker-js gives (Stefanino, Gastono...), in use among
  Esperanto speakers. Neither source is a dependency; regenerate with, in a temporary
  folder, ``npm install @faker-js/faker@10.6.0``, and ``uv venv /tmp/regen29 && uv pip
  install -p /tmp/regen29 names-dataset==3.3.1 && /tmp/regen29/bin/python -m
  tests.support.twentyninth_corpus <that folder>/node_modules``; the corpus itself reads
  the JSON only.
- Nicknames: pet names written by hand for this corpus, all beginning with a letter from M
  to Z (the twenty-eighth, written at the same time, takes A to L), none in an earlier
  corpus file (``NICKNAMES``; checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a sheep shearer, a lock keeper, a milkman, a chimney sweep, a gamekeeper, a
  ferry deckhand, a fishmonger, a hotel chambermaid, a quarry foreman, a cricket umpire, a
  church organist, a fairground ride operator, a beekeeper, a golf caddie master, a court
  usher, a campsite owner, a pizza delivery rider, a Brownie leader, a mountain rescue
  team, a taxidermist...), in lower case and in sign-offs by a child, a parent or a
  relative; names and give-away details in pseudonyms; nicknames; dates of birth in twelve
  typed forms; addresses on invented streets (``STREETS``) in real towns of the areas;
  postcodes; phone, NHS and NI numbers; invented schools (``SCHOOLS``); email addresses;
  written out by the thirteenth's ``identifying_written`` (through the twenty-fifth's
  ``identifying_of``), as many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long as the bot's 500-character
  summary and note fields allow: incident case summaries by role, rapid review decision
  rationales, multi-line minutes extracts, emails of a few paragraphs with a sign-off
  block; and short text: local review notes, chronology lines, checklist notes, notices
  with dates, times, rooms and venues, Slack lines, Panel and publication notes,
  improvement actions, housing and community safety notes and training notes. It is set in
  twelve areas no earlier corpus file names (``AREAS``): Craven, Ryedale, Selby and
  Richmondshire, former districts of North Yorkshire, and Allerdale, Copeland and South
  Lakeland, former districts of Cumbria, all abolished in April 2023, so their housing and
  community safety teams are those of North Yorkshire Council, Cumberland Council or
  Westmorland and Furness Council; Malvern Hills, Bromsgrove, Redditch and Wyre Forest in
  Worcestershire; and Tamworth in Staffordshire. The partners are named as they are:
  North Yorkshire Police, Cumbria Constabulary, West Mercia Police and Staffordshire
  Police; NHS Humber and North Yorkshire ICB (NHS West Yorkshire ICB for Craven), NHS North
  East and North Cumbria ICB, NHS Lancashire and South Cumbria ICB (South Lakeland), NHS
  Herefordshire and Worcestershire ICB and NHS Staffordshire and Stoke-on-Trent ICB; the
  NHS trusts and ambulance services of each place; and each partnership by its own name
  (``SCP``: North Yorkshire, Cumberland, Westmorland and Furness, Worcestershire and
  Staffordshire Safeguarding Children Partnerships; Cumbria's split into the second and
  third in April 2025). Venues are real civic buildings, never a person's address. Checked
  against public pages: the Cumbrian partnerships and their partners, the Worcestershire
  partnership and West Mercia Police, the North Yorkshire partnership, Marmion House and
  the Assembly Rooms in Tamworth, Wyre Forest House and Kidderminster Town Hall, Ryedale
  House and the Milton Rooms in Malton, Allerdale House in Workington, Cockermouth Town
  Hall, the Copeland Centre and the Market Hall in Whitehaven, and Belle Vue Square in
  Skipton. Not checked: the trusts and ICB named for each place (from general knowledge;
  Craven's ICB and Selby's 0-19 provider are the least sure), Worcestershire's children's
  services (delivered for some years through Worcestershire Children First) and the other
  venues (Skipton Town Hall, the Civic Centre and Town Hall in Selby, Mercury House and
  the Georgian Theatre Royal in Richmond, South Lakeland House and Kendal Town Hall, the
  Council House and Malvern Theatres in Malvern, Parkside and the Artrix in Bromsgrove,
  Redditch Town Hall and the Palace Theatre, Redditch). People are named only by role;
  the roles, themes, courses, rooms, times and periods are the twenty-first's, imported
  (through the twenty-second's ``DRAWS``).
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  telephone numbers in the ranges Ofcom keeps for drama, NHS numbers in the 999 range with
  a correct check digit, NI numbers that start QQ, email at example.com, .org or .net, and
  postcodes of a real shape in areas that Royal Mail has not given out. An identifying
  sample's ``source`` is ``faker-js-<locale>`` or ``names-dataset-<country>`` when it
  names a drawn person, ``hand-nicknames`` when it names a nickname, and otherwise
  ``hand``.
- Benign pseudonyms follow DOMAIN.md and were written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials alone or after one of ``PSEUDONYM_WORDS`` ("Child",
  "Infant", "Baby"...), a sibling by number or letter, and landscape words of the fells,
  dales and orchards of the areas that nobody has as a first name (``CHOSEN``).

Were a drawn name also a word of the benign text, ``assembled`` would leave it out. Nothing
here was changed after seeing the guard's answer to it; the guard was never run on it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from functools import partial
from pathlib import Path

from tests.support import (
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
from tests.support.tenth_corpus import (
    assembled,
    birth_values,
    dataset_people,
    snapshot_people,
    table_entry_ok,
    write_snapshot,
)
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district, _kept

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentyninth_names.json")
NODE_SCRIPT = Path(__file__).with_name("twentyninth_names.mjs")
FAKER_VERSION = "10.6.0"
DATASET_VERSION = "3.3.1"
SOURCES = f"@faker-js/faker {FAKER_VERSION} (MIT); names-dataset {DATASET_VERSION} (Apache-2.0)"
SEED = "twentyninth-<locale or country>"
#: names-dataset surnames are taken at these ranks (no table holds first names this far).
RANKS = (12000, 14000)
#: names-dataset first names are taken at these ranks of the same tables.
FIRST_RANKS = (1500, 3000)
#: The snapshots whose names are skipped: every earlier one, and the sibling corpus's.
EARLIER = (*twentyseventh_corpus.EARLIER, "twentyseventh_names.json", "twentyeighth_names.json")

#: faker-js's locales, none drawn by an earlier corpus, and how many people from each.
FAKER_JS = ("de", "de_CH", "es", "pt_BR", "en_HK", "eo")
FAKER_DRAWN = tuple((f"faker-js-{locale}", 6) for locale in FAKER_JS)
#: names-dataset tables no corpus drew from at all, and how many people from each.
DATASET_DRAWN = (("CA", 8), ("IL", 8), ("LY", 8))
#: How many people of each source the snapshot holds: the draw less ``DROPPED``.
DRAWN = (("faker-js-de", 5), *FAKER_DRAWN[1:], ("CA", 8), ("IL", 6), ("LY", 8))
ROMANISED: tuple[str, ...] = ()
#: Tables whose entries are taken only in plain letters (all of them).
ASCII_ONLY = frozenset(c for c, _ in DATASET_DRAWN)
#: Entries of the candidates read by hand in the draw as words, places, brands, pet forms,
#: typos, first names in the surname column or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Willy", "Benz", "Meister", "Adorno", "Lung", "Jany", "Filipino", "Kriss", "Arran"),
        *("Aber", "Rean", "Maab", "Algore", "Wesoo", "Trhona", "Caldera", "Drew", "Sofa"),
        *("Dmitry", "Mastafa", "Tweer", "Natanel", "Yoram", "Mohamaad", "Hemi", "Sfaa", "Pun"),
        *("Morin", "Freddy"),
    }
)
#: People of the final draw read by hand as having a word that is not clearly a person's
#: name in its place: left out of the snapshot after the draw, not drawn again.
DROPPED = frozenset({"Shoshy", "Benel", "Karst"})


def _usable(name: str, country: str) -> bool:
    """A names-dataset entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names(node_modules: str) -> None:
    """Run the node script on ``node_modules`` (faker-js), keep with the twenty-fifth's
    filter, draw names-dataset's people (importable only here) and write the snapshot."""
    out = subprocess.run(
        ["node", str(NODE_SCRIPT), node_modules], capture_output=True, text=True, check=True
    ).stdout
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    people = _kept(json.loads(out), used, FAKER_DRAWN, NOT_NAMES)
    people |= dataset_people(DATASET_DRAWN, RANKS, used, "twentyninth", _usable, FIRST_RANKS)
    people = {
        source: [pair for pair in pairs if not set(pair) & DROPPED]
        for source, pairs in people.items()
    }
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Shearling Fold", "Lapwing Garth", "Cider Mill Ginnel", "Nailmakers Row")
STREETS += ("Quarryman's Brow", "Hopkiln Close", "Fellgate Terrace", "Needle Weir Lane")
TOWNS = ("Skipton", "Settle", "Malton", "Pickering", "Selby", "Tadcaster", "Richmond")
TOWNS += ("Catterick Garrison", "Workington", "Cockermouth", "Maryport", "Whitehaven")
TOWNS += ("Egremont", "Kendal", "Ulverston", "Windermere", "Malvern", "Bromsgrove")
TOWNS += ("Redditch", "Kidderminster", "Stourport-on-Severn", "Bewdley", "Tamworth")
SCHOOLS = (
    "Shearling Fold Primary School",
    "Lapwing Garth Academy",
    "St Aelred's Catholic Primary",
    "Hopkiln Infant School",
    "Fellgate Junior School",
    "Quarryman's Brow High School",
    "Needle Weir Nursery School",
    "Nailmakers Row Pupil Referral Unit",
)
SCHOOL_SHORT = ("Lapwing Garth", "Hopkiln", "St Aelred's", "Fellgate", "Quarryman's Brow")
RELATIVES = ("nan", "grandad", "aunty", "step-mum", "dad's girlfriend", "big cousin", "uncle")
#: Dates of birth as typed (the tenth's ``_date`` fields), twelve forms.
BIRTH_FORMS = ("{d}/{mm}/{y}", "{d}-{m}-{y}", "{mon}. {d} {y}", "{y}/{mm}/{dd}")
BIRTH_FORMS += ("{wd} {d} {mon} {y}", "{d} {mo}, {y}", "{dd}{mm}{y}", "{mo} {d}{th} {y}")
BIRTH_FORMS += ("{d}{th} {mon} {yy}", "{dd}/{mm}/{yy}", "{dd} {mo} {y}", "{m}/{d}/{yy}")
WHEN_FORMS = ("{wd} {d} {mon} {y}", "{d} {mo} {y}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d}.{m}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "Sheep shearer at the farm says {f} {l}, nine, sleeps in the barn when {g} has visitors.",
    "Lock keeper on the canal found {f} {l} alone on the towpath at dusk with no coat.",
    "The milkman says {f} {l} answers the door in the same clothes every morning.",
    "Chimney sweep saw {g} {h} push {f} down the stairs at the cottage.",
    "Gamekeeper found {f} {l} and {k} camping in the woods, saying they had been sent out.",
    "Ferry deckhand reports {f} {l}, 13, crossing twice a day with a man who pays in cash.",
    "Fishmonger on the market says {g} {h} sends {f} to beg for scraps after school.",
    "Hotel chambermaid found {f} {l} asleep in a linen cupboard, hiding from {g}.",
    "The barber says {f} {l} has a bald patch where {g} pulled her hair out.",
    "Quarry foreman saw {f} {l} riding on the back of a dumper with {g} at the wheel.",
    "Cricket umpire heard {g} {h} threaten to drown {f} after the match.",
    "Falconry centre volunteer: {f} {l} comes every day in school hours and will not go home.",
    "Church organist says {f} {l} told her that {g} shuts her in the coal shed.",
    "Motorway services cleaner found {f} {l}, 12, in the toilets at 2am with an older man.",
    "Fairground ride operator says {f} {l} hangs round the waltzer till midnight, no adult.",
    "Beekeeper next door says {g} {h} locks {f} out in the garden in all weathers.",
    "Golf caddie master saw {g} {h} slap {f} {l} across the face in the car park.",
    "The dental receptionist says {f} {l} has not been brought in despite a broken tooth.",
    "Paper round manager: {f} {l}, 11, does two rounds before school and hands {g} the money.",
    "Youth hostel warden took in {f} {l} and {k}, who walked there in the rain from home.",
    "Funeral director says {g} {h} left {f} in the hearse car park during the service.",
    "Brass band leader noticed burns on {f} {l}'s fingers that she said came from {g}.",
    "Court usher says {f} {l} was sent to the hearing alone to speak for {g}.",
    "Campsite owner: {g} {h} and {f} {l} have lived in a tent on the site since October.",
    "Pizza delivery rider saw {f} {l}, about six, answer the door at 11pm, no adult in.",
    "Ice cream van driver says {f} {l} gets in the van with a man who buys her cigarettes.",
    "Tree surgeon working next door heard {f} {l} screaming and {g} shouting for an hour.",
    "Nail technician says {g} {h} brought {f} in with a split lip and told her to say nothing.",
    "Brownie leader: {f} {l} said {g} will not let her eat until the washing up is done.",
    "Rugby coach saw bruises shaped like fingers on {f} {l}'s arms at training.",
    "Roofer on the estate saw {f} {l} on the flat roof of the block at night, alone.",
    "Mountain rescue team found {f} {l}, 15, on the fell with a man she met online.",
    "The taxidermist says {g} {h} sends {f} round to his shop to collect money owed.",
    "Swimming baths cashier: {f} {l} comes in every evening because {g} has locked her out.",
    "Chip shop owner says {f} {l} asks for free chips as {g} has spent the money on drink.",
)
NAME_LOWER = (
    "sheep shearer worried about {fl} {ll} - sleeping in the barn",
    "{fl} {ll} on the towpath again, no coat",
    "{gl} {hl} shouting at the milkman, {fl} crying",
    "lock keeper says {fl} {ll} out alone till dark",
    "{ll} kids camping in the woods again",
    "chambermaid asking who is looking after {fl} {ll}",
    "{fl} says {gl} spent the dinner money on scratchcards",
    "spoke to {fl}'s {rel} - says {gl} is using again",
    "{fl} {ll} missed brownies, mobile off",
    "nobody collected {fl} or {k} from the baths",
    "{gl} {hl} kicked off at the dentist, {fl} ran out",
    "{fl} {ll} seen at the services at 2am with adults",
    "rugby coach flagged {fl} {ll} - finger bruises",
    "chip shop says {gl} drinking, {fl} hungry every night",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{ll}",
    "{l} lads",
    "{f}, {age}",
    "{fi}. {l}",
    "{f} and {k}",
    "Baby {l}",
    "the {l} children",
    "{g} {h}'s son",
    "{f} from the campsite",
    "{f} ({l})",
)
SIGN_OFF = (
    "from {fl} plz dont tell mum i said",
    "Regards\n{g} {h}\n{f}'s {rel}",
    "ta,\n{g} (mum of {f} and {k})",
    "thats all i know\n{f} {l} year {year_group}",
    "Written for {f} by {g} {h}",
    "Kind regards,\n{g} {l}\nkinship carer",
    "from {f}'s {rel} {g} who cannot cope any more",
    "{f} {l}\n(aged {age})",
    "Thanks, {g} {h}, {f}'s foster carer",
)
NICKNAMES = ("Minnow", "Quokka", "Weasel", "Widget", "Woodlouse", "Wellie", "Rocket")
NICKNAMES += ("Sproglet", "Whippet", "Zoomer", "Tumbleweed", "Mudlark", "Scallywag")
NICKNAMES += ("Tuppence", "Squidgy")
NICKNAME_TEXT = (
    "At the boxing club everyone calls him {n}, and it is on his gloves.",
    "The older boys at the bus station call her {n}, and so does the man with the van.",
    "{f}'s {rel} only ever called her {n} on the phone to the duty team.",
    "His gaming name is {n}, and that is how the adult found him.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} (the {l} girl)")
DOB_TEXT = (
    "DOB taken from the red book {dob}",
    "d.o.b {dob}",
    "{g} says {f} was born {dob}",
    "Date of birth per the GP letter: {dob}",
    "born {dob} at home before the midwife came",
    "{f} {l} ({dob})",
    "DOB: {dob}, will be {age} soon",
    "birthday {dob}, nan gave a different date",
    "baby born {dob}, 34 weeks",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} on {phone} after 6pm",
    "{rel}'s number is {phone}",
    "home phone {phone}",
    "{f} rang from {phone}",
    "dad - {phone}",
)
NHS_TEXT = (
    "NHS number from the red book {nhs}",
    "{f} NHS no {nhs}",
    "baby NHS no. {nhs}",
    "NHS number (per GP) {nhs}",
)
NI_TEXT = (
    "mum NI number {ni}",
    "NINo {ni} (dad)",
    "stepdad's NI no: {ni}",
    "National Ins. {ni} - mum's partner",
)
ADDRESS_TEXT = (
    "Family live at {street}, {town}",
    "address: {street}, ground floor flat",
    "called at {street}, {town} - no answer, dog barking",
    "{f} staying with her {rel} on {street}",
    "police called to {street} three times in a week",
    "family moved out of {street} to a B&B in {town}",
)
POSTCODE_TEXT = ("post code {postcode}", "postcode: {postcode}", "moved, new postcode {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Year {year_group} at {school}; attendance 58%",
    "DSL from {short} rang it in",
    "{f} moved to {short} after Easter",
    "{f} is at {school} but has missed {n2} days this term",
)
EMAIL_TEXT = ("mum's email is {e}", "{g} emailed from {e}", "{g} {h} - {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li} - {short} - Y{year_group}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} born {dob}",
    "Y{year_group} pupil at {school}",
    "{l} sisters, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


#: The twenty-seventh's writer: a names-dataset table's sample is ``names-dataset-<key>``.
_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_NYORKS = {
    "council": ("North Yorkshire Council children and families service",),
    "police": ("North Yorkshire Police",),
    "icb": ("NHS Humber and North Yorkshire Integrated Care Board",),
    "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
} | _district("North Yorkshire Council")
_YSTH = "York and Scarborough Teaching Hospitals NHS Foundation Trust"
_TEWV = "Tees, Esk and Wear Valleys NHS Foundation Trust"
_CUMBRIA = {
    "police": ("Cumbria Constabulary",),
    "ambulance": ("North West Ambulance Service NHS Trust",),
}
_CUMBERLAND = (
    _CUMBRIA
    | {
        "council": ("Cumberland Council children's services",),
        "trust": (
            "North Cumbria Integrated Care NHS Foundation Trust",
            "Cumbria, Northumberland, Tyne and Wear NHS Foundation Trust",
        ),
        "icb": ("NHS North East and North Cumbria Integrated Care Board",),
    }
    | _district("Cumberland Council")
)
_WORCS = {
    "council": ("Worcestershire County Council children's services",),
    "police": ("West Mercia Police",),
    "trust": (
        "Worcestershire Acute Hospitals NHS Trust",
        "Herefordshire and Worcestershire Health and Care NHS Trust",
    ),
    "icb": ("NHS Herefordshire and Worcestershire Integrated Care Board",),
    "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
}

#: The twelve areas (none an earlier corpus file names): four former districts of North
#: Yorkshire and three of Cumbria, now served by the unitary councils, whose own teams stand
#: as the ``district``; four Worcestershire districts and Tamworth, with the district
#: council's housing options and community safety teams. The county's or unitary council's
#: partners by their real names, and civic venues of the area. The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Craven": _NYORKS
    | {
        "trust": ("Airedale NHS Foundation Trust", "Bradford District Care NHS Foundation Trust"),
        "icb": ("NHS West Yorkshire Integrated Care Board",),
        "venue": ("Belle Vue Square, Skipton", "Skipton Town Hall"),
    },
    "Ryedale": _NYORKS
    | {
        "trust": (_YSTH, _TEWV),
        "venue": ("Ryedale House, Malton", "the Milton Rooms, Malton"),
    },
    "Selby": _NYORKS
    | {
        "trust": (_YSTH, "Harrogate and District NHS Foundation Trust"),
        "venue": ("the Civic Centre, Selby", "Selby Town Hall"),
    },
    "Richmondshire": _NYORKS
    | {
        "trust": ("South Tees Hospitals NHS Foundation Trust", _TEWV),
        "venue": ("Mercury House, Richmond", "the Georgian Theatre Royal, Richmond"),
    },
    "Allerdale": _CUMBERLAND | {"venue": ("Allerdale House, Workington", "Cockermouth Town Hall")},
    "Copeland": _CUMBERLAND
    | {"venue": ("the Copeland Centre, Whitehaven", "the Market Hall, Whitehaven")},
    "South Lakeland": _CUMBRIA
    | {
        "council": ("Westmorland and Furness Council children's services",),
        "trust": (
            "University Hospitals of Morecambe Bay NHS Foundation Trust",
            "Lancashire and South Cumbria NHS Foundation Trust",
        ),
        "icb": ("NHS Lancashire and South Cumbria Integrated Care Board",),
        "venue": ("South Lakeland House, Kendal", "Kendal Town Hall"),
    }
    | _district("Westmorland and Furness Council"),
    "Malvern Hills": _WORCS
    | _district("Malvern Hills District Council")
    | {"venue": ("the Council House, Malvern", "Malvern Theatres")},
    "Bromsgrove": _WORCS
    | _district("Bromsgrove District Council")
    | {"venue": ("Parkside, Bromsgrove", "the Artrix, Bromsgrove")},
    "Redditch": _WORCS
    | _district("Redditch Borough Council")
    | {"venue": ("Redditch Town Hall", "the Palace Theatre, Redditch")},
    "Wyre Forest": _WORCS
    | _district("Wyre Forest District Council")
    | {"venue": ("Wyre Forest House, Kidderminster", "Kidderminster Town Hall")},
    "Tamworth": {
        "council": ("Staffordshire County Council children's services",),
        "police": ("Staffordshire Police",),
        "trust": (
            "University Hospitals of Derby and Burton NHS Foundation Trust",
            "Midlands Partnership University NHS Foundation Trust",
        ),
        "icb": ("NHS Staffordshire and Stoke-on-Trent Integrated Care Board",),
        "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
    }
    | _district("Tamworth Borough Council")
    | {"venue": ("Marmion House, Tamworth", "Tamworth Assembly Rooms")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
#: Each area's partnership as it styles itself (Cumbria's split in two in April 2025).
SCP = {area: "North Yorkshire Safeguarding Children Partnership" for area in tuple(AREAS)[:4]}
SCP |= {area: "Cumberland Safeguarding Children Partnership" for area in tuple(AREAS)[4:6]}
SCP |= {"South Lakeland": "Westmorland and Furness Safeguarding Children Partnership"}
SCP |= {area: "Worcestershire Safeguarding Children Partnership" for area in tuple(AREAS)[7:11]}
SCP |= {"Tamworth": "Staffordshire Safeguarding Children Partnership"}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 29-71", "LCSPR 28/33", "RR/28/19", "CSPR-27-44", "RR 29/06", "PLR 28-57")
AGE_BANDS = ("aged ten weeks", "aged under two", "of reception age", "aged 12", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Fellside", "Tarn", "Scree", "Ghyll", "Limestone", "Drumlin", "Hopyard")
CHOSEN += ("Sandstone",)
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: a baby {age_band} was brought to {trust} by a grandparent "
        "with bruising to the ear. A CT scan found a bleed on the brain. {police} and "
        "{council} agreed a section 47 enquiry that evening and the baby's siblings went "
        "to stay with an aunt under a safety plan while enquiries went on.",
        "Incident summary: a boy {age_band} in {area} was assaulted by older youths who "
        "had been using him to carry drugs by train. He had been out of school since the "
        "autumn and a referral to the exploitation hub was waiting. The rapid review will "
        "ask how quickly the hub met after his first missing episode.",
        "Case summary ({ref}): a disabled child {age_band} died after a chest infection "
        "at home. Community children's nurses from {trust} had visited weekly. The review "
        "will look at whether the family had the equipment they needed and whether "
        "{council} ever carried out a carer's assessment.",
        "Summary by role: the health visitor saw the baby at ten days and six weeks. The "
        "GP treated the mother for anxiety. {police} were called twice by neighbours "
        "about shouting. Children's services were not told of either call before the "
        "baby was admitted with a fractured arm at seven weeks old.",
        "Summary for {ref}: a girl {age_band} was found by a friend after taking "
        "tablets and admitted to {trust}. She had been bullied online for months and "
        "had told a teacher. {council} had offered the family early help, which they "
        "declined. The review will ask who followed up the school's concern.",
        "Incident summary: a toddler {age_band} swallowed a parent's methadone at home "
        "in {area}. {ambulance} took him to {trust}, where he recovered after a day in "
        "intensive care. The {district} had recently moved the family into a new "
        "tenancy. A rapid review was agreed given the earlier safe storage advice.",
        "Case summary for {ref}: three children {age_band} were found living in a house "
        "full of rubbish and animal waste. Neighbours had complained to the {district} "
        "about the smell twice. The school had noted hunger and head lice but did not "
        "make a referral until the youngest was taken ill.",
        "Summary by role for {ref}: nursery: good attendance, one unexplained bruise "
        "logged. Health: immunisations up to date. {police}: one domestic call-out, no "
        "arrest. {council}: a referral was closed at the front door. Housing: the "
        "{district} took a homelessness application in the spring.",
        "Incident summary: a baby {age_band} died in an adult bed after a family party "
        "in {area}. {ambulance} attended and police and health began the joint agency "
        "response. The parents had both been given safer sleep advice by {trust}. The "
        "review will ask whether the advice covered nights away from home.",
        "Summary for {ref}: a young person {age_band} in foster care arranged by "
        "{council} was groomed by adults who took him to other towns to sell drugs. "
        "{police} made three arrests. The review will consider how his placement moves "
        "were planned and how the missing protocol was used each time.",
        "Case summary: a child {age_band} suffered burns when a chip pan caught fire at "
        "home in {area}. {ambulance} took her to the burns unit via {trust}. The family "
        "were known to early help for poor supervision. The review will ask what fire "
        "safety advice the agencies visiting the home had given.",
        "Summary by role ({ref}): the school nurse saw a mark on the child's neck and "
        "told the designated lead at once. The school rang the front door before lunch. "
        "{council} arranged a paediatric assessment at {trust} that afternoon. Partners "
        "found the response well coordinated and timely.",
    ),
    "rapid_review_rationale": (
        "Decision for {ref}, {date}: a local review will be held. The rapid review found "
        "learning about professional curiosity in {area} when families decline help, and "
        "about how the {district} shares concerns from housing visits. The {scp} will "
        "write to the Panel by {date2}, and the family will be told the same week.",
        "Rationale ({ref}): agencies recognised the risk, shared information and acted "
        "promptly, and the learning is already in hand at {council} and {trust}. A local "
        "review would add little. A learning briefing will be circulated and the Panel "
        "told on {date}. The scrutineer will check the briefing reached frontline staff.",
        "Decision made {date}: the partners agree {ref} meets the notification criteria. "
        "Contributions came from {police}, {icb} and {ambulance}. The case may be of wider "
        "interest because of the use of a social media app to contact the child, which "
        "the Panel is asked to note. A briefing for schools will follow.",
        "Rationale for {ref}: the rapid review timescale was extended to {date2} as "
        "records from {trust} were held up by an IT change. The partners accepted the "
        "reason. The Panel was told on {date} and the {scp} business unit updated the "
        "review tracker. No other reviews were affected by the delay.",
        "Decision on {ref} ({date}): no local review. The injury was found to be "
        "accidental and {police} closed the case. Minor learning on record keeping will "
        "go to the {theme} group, and the school will be thanked for its quick referral. The "
        "Panel's reply of {date2} supported the decision.",
        "Rationale: the case review group proposes one thematic review of {ref} and two "
        "recent cases in {area}, each involving a young person exploited away from home. "
        "A single review will show shared patterns. The independent scrutineer agrees. "
        "Scope to be settled on {date}, with the families invited to take part.",
        "Decision for {ref}: criteria met. Serious harm, known neglect and questions "
        "about how {council}, {police} and health shared information mean a review is "
        "needed. A reviewer will be commissioned by {date} and the report is expected "
        "within six months, with practitioners invited to a learning event.",
        "Rationale ({ref}, {date}): the partners weighed the criteria. The harm was "
        "serious, but no agency could reasonably have foreseen it and information was "
        "shared well. Learning on {theme} will be shared in the {scp} newsletter. No "
        "local review, with the decision shared with the family by letter.",
        "Decision recorded {date}: the rapid review of {ref} is closed. Learning themes: "
        "the child's lived experience, challenge between {trust} and {council}, and "
        "chronology quality. These will be checked through a themed audit in {period}, "
        "reported to the executive.",
        "Rationale for {ref}: a local review is recommended because the children lived "
        "in two local authority areas in the year before the incident. The {scp} will "
        "lead with the other partnership. The Panel will receive the rapid review by "
        "{date2} with the joint plan and a note of who will chair.",
        "Decision on {ref} ({date}): a domestic homicide review is also under way. The "
        "partners agreed a single joint review, with the {district} on the panel and "
        "one independent chair appointed by {date2}. The family will have a single "
        "point of contact for both processes, and the Home Office will be told.",
    ),
    "minutes": (
        "Three partners' meeting, {venue}, {date}\n"
        "Attending: delegated leads for {council}, {police} and {icb}.\n"
        "1. The scrutineer's challenge log was reviewed; two items closed.\n"
        "2. {ref}: partners signed off the learning summary.\n"
        "3. Funding formula for next year to be drafted by {date2}.",
        "Case review group, {room}, {date}, {time}\n"
        "1. Declarations of interest: none.\n"
        "2. Referrals: three discussed; one met the threshold for a rapid review.\n"
        "3. {ref}: {ambulance} still to send its records.\n"
        "4. The {role} to bring a paper on {theme} to the next meeting.",
        "Workforce development subgroup, {date}\n"
        "Uptake of {course} in {period} was highest among schools and lowest among "
        "dental practices. {icb} will write to practices about the free places. The "
        "subgroup agreed to run two evening sessions. Action: the {role2} to report "
        "numbers by agency next time.",
        "Extract from the executive's minutes, {venue}\n"
        "Item 2: risk register reviewed; the {theme} risk stays amber.\n"
        "Item 3: {police} outlined changes to the public protection unit in {area}.\n"
        "Item 4: the {district} to be invited to the exploitation subgroup.\n"
        "Agreed on {date}.",
        "Rapid review panel, {date}, {time} to {time2}, Teams\n"
        "Chair: the {role}. Present: {council}, {trust}, {police}, schools.\n"
        "Agencies' summaries heard in turn. The quality of the GP's records was praised. "
        "Gap found: no single agency held the full family picture.\n"
        "Draft to partners by {date2}.",
        "Quality assurance subgroup, {room}, {venue}, {date}\n"
        "Multi-agency audit of ten cases of neglect found plans were mostly clear, but "
        "fathers were rarely seen. Timeliness of initial conferences is {rag} for {period}. "
        "The {role} will share the audit with practitioners in {area}.",
        "Child death review meeting note, {date}\n"
        "1. One unexpected infant death in {area} notified to the partnership ({ref}).\n"
        "2. {trust} and {icb} to check safer sleep messages in discharge packs.\n"
        "3. Bereavement support for siblings to be reviewed in {period}.",
        "Headteachers' safeguarding briefing, {venue}, {date}\n"
        "{police} explained how early notice of police call-outs reaches schools. "
        "Heads asked about notices during the holidays and for pupils who live across "
        "the county border. The {role} will answer these in writing by {date2}.",
        "Learning event for {ref}, {room}, {date}\n"
        "Twenty-two staff from {council}, {trust}, schools and the {district} came. Small "
        "groups walked through the timeline and marked the moments where things could "
        "have gone differently. Feedback sheets to be collated by {date2}.",
        "Note of the {scp} business group, {date}\n"
        "1. New review pages are live.\n"
        "2. {course}: waiting list opened for {period}.\n"
        "3. {ref}: Panel response tabled.\n"
        "4. Next: {date2}, {time}, {venue}.",
        "Joint meeting with the community safety partnership, {venue}, {date}\n"
        "The {district} set out its work on knife crime with young people. {police} "
        "shared local figures for {area}. Agreed: one referral route for harm outside the "
        "home, and a shared briefing in {period}. Lead: the {role}.",
    ),
    "partner_email": (
        "Good afternoon,\n\n"
        "The rapid review for {ref} has been called. Please fill in the agency template "
        "and return it by {date}, with a named contact for queries.\n\n"
        "The review meeting is on {date2} at {time}, {room}, {venue}.\n\n"
        "Kind regards,\nBusiness and learning officer\n{scp}",
        "Hi all,\n\n"
        "A quick note that the serious incident notification for the case in {area} "
        "must be in by {date}. I will submit it once partners agree the wording.\n\n"
        "{police} and {trust}: could you confirm your involvement today?\n\n"
        "Thanks,\nPartnership manager\n{scp}",
        "Dear {role},\n\n"
        "Many thanks for the {council} records for {ref}. Two questions: was the child "
        "seen alone at the last visit, and was the health visitor invited to the core "
        "group?\n\n"
        "If you could reply by {date} that would keep us on track.\n\n"
        "Best wishes,\nLead reviewer's assistant\n{scp}",
        "Dear partners,\n\n"
        "The Panel has responded on {ref} and agrees a local review should go ahead. It "
        "suggests the review look at {theme} and at how the {district} worked with "
        "children's social care on the family's move.\n\n"
        "Draft terms of reference by {date}.\n\n"
        "Regards,\nPartnership lead\n{scp}",
        "Hello everyone,\n\n"
        'Booking is now open for "{course}" at {venue} on {date}, {time} to {time2}. It '
        "suits practitioners from {council}, {police}, health, early years and the "
        "voluntary sector.\n\n"
        "Book through the {scp} training page.\n\n"
        "Best,\nTraining administrator",
        "Dear colleagues,\n\n"
        "All three partners have now approved the final report of {ref}. We will send it "
        "to the Panel and the Department for Education by {date} and publish on "
        "{date2}, subject to the family's views.\n\n"
        "Please raise any concerns this week.\n\n"
        "Kind regards,\nBusiness manager\n{scp}",
        "Dear {role2},\n\n"
        "I can confirm that {ambulance} will be represented at the learning event for "
        "{ref} on {date} by a clinical team leader and our safeguarding practitioner.\n\n"
        "Our internal review will follow by {date2}.\n\n"
        "Regards,\nNamed professional for safeguarding\n{ambulance}",
        "Dear housing colleagues,\n\n"
        "The reviewer for {ref} would like to hear how the {district} checks on families "
        "with young children once they are placed in bed and breakfast.\n\n"
        "Could one of you spare thirty minutes on {date} at {time}?\n\n"
        "Many thanks,\nReview coordinator\n{scp}",
        "Dear all,\n\n"
        "The designated nurse at {icb} has agreed to lead the health working group on "
        "{theme}, starting on {date} in {room}, {venue}.\n\n"
        "Each provider, {trust} included, is asked to nominate a member.\n\n"
        "With thanks,\nPartnership officer\n{scp}",
        "Hello,\n\n"
        "Attached is the updated action plan for {ref} following the meeting on {date}. "
        "{council} holds three actions and {police} holds one.\n\n"
        "Please send progress notes to the partnership mailbox by {date2}.\n\n"
        "Regards,\nBusiness support\n{scp}",
        "Dear scrutineer,\n\n"
        "Thank you for taking on the review of our rapid review process in {area}. "
        "Interviews with {council}, {police} and {icb} have been set up for {period}.\n\n"
        "The first is at {time} on {date}, {venue}.\n\n"
        "Kind regards,\nPartnership manager\n{scp}",
    ),
    "local_review": (
        "Terms of reference for {ref} agreed on {date}; the review period runs for two "
        "years before the incident.",
        "Lead reviewer for {ref} met the family liaison lead from {police} on {date}.",
        "Scoping meeting for {ref} at {venue}, {date}, {time}.",
        "Family invited to take part in {ref}; a second letter goes out on {date2}.",
        "The {ref} review panel meets monthly in {room} until the report is signed off.",
        "Draft findings for {ref} shared with {trust} for a factual accuracy check.",
        "Reflective conversations with practitioners for {ref} end on {date}.",
        "Independent reviewer's second draft of {ref} due {date2}.",
        "Review panel for {ref} agreed to add the {district} as a member.",
        "Learning from {ref} on {theme} to be tested in an audit in {period}.",
    ),
    "chronology": (
        "{date}: midwife booking appointment; mother declined the routine enquiry about abuse.",
        "{date}: {police} shared a domestic abuse notification graded medium risk.",
        "{date}: strategy discussion by phone; health not present, notes sent after.",
        "{date}: {ambulance} crew raised a concern about the state of the home.",
        "{date}: the {district} accepted a duty to house the family.",
        "{date}: child protection plan ended after two reviews.",
        "{date}: dental check missed twice; practice closed the referral.",
        "{date}: family help worker allocated by {council}.",
        "{date}: return home interview offered and declined.",
        "{date} and {date2}: school nurse drop-in attended, no concerns noted.",
        "{date}: attendance panel meeting; parenting contract agreed.",
        "{date}: admission to the children's ward at {trust}, discharged next day.",
    ),
    "checklist": (
        "Information sharing agreement signed by every agency: yes.",
        "Notification sent to Ofsted and the Panel on {date}: yes.",
        "Named contact for the family agreed: the lead reviewer.",
        "Consultation with the child's school: booked for {date2}.",
        "Scope agreed at the case review group: yes, {date}.",
        "Records from GP practices requested through {icb}: yes.",
        "Ambulance records from {ambulance} received: yes.",
        "Police records cleared for disclosure by {police}: awaiting.",
        "Equality and diversity section of the report: drafted.",
        "Family's wish not to take part recorded: yes.",
        "Action plan owners named: all but one.",
        "Report checked against the Panel's quality markers: done.",
    ),
    "notice": (
        "Neglect practice forum: {venue}, {date}, {time}, tea from {time2}.",
        "Reflective session on {ref}, {room}, {date2}, {time}.",
        "{scp} annual report launch: {date}, {venue}.",
        "Please note the executive now starts at {time} in {room}.",
        "Designated nurses' network at {venue}, {date}.",
        'Webinar "{course}" on {date} at {time} - joining link in the bulletin.',
        "Faith settings safeguarding drop-in, {venue}, {date}.",
        "Child exploitation conference at {venue}: {date}, {time} to {time2}.",
        "Audit subgroup postponed from {date} to {date2}.",
        "Section 11 self-assessment deadline: {date}.",
        "Youth advisory group meets at {venue}, {date}, {time}.",
    ),
    "slack": (
        "just uploaded the scoping doc for {ref}",
        "has {police} confirmed who's coming to the review panel?",
        "I've got the big room at {venue} on {date} if anyone needs it",
        "panel letter in - forwarding to the exec now",
        "can we push the case review group back to {time2}?",
        "tracker updated, three actions still open",
        "lovely session this morning, thanks all",
        "{trust} have sent their IMR over",
        "bulletin for {period} goes out Friday",
        "does anyone know if the family have replied on {ref}?",
        "minutes from yesterday are on the drive",
        "off on {date}, the {role} is covering",
    ),
    "panel": (
        "Panel acknowledged the notification for {ref} on {date}.",
        "Panel asked whether a joint review with the neighbouring area was considered.",
        "Panel letter on {ref}: decision supported, no further questions.",
        "Rapid review for {ref} uploaded to the Panel's portal on {date}.",
        "Panel requested the final report for {ref} by {date2}.",
        "Panel analyst asked for the ethnicity of the children to be recorded.",
        "No national review; Panel content with a local review of {ref}.",
        "Panel's annual report themes discussed at the executive on {date}.",
        "Panel thanked the partnership for the timeliness of {ref}.",
        "Panel notified of the delay to {ref} on {date}.",
    ),
    "publication": (
        "Redacted version of {ref} agreed by the three partners on {date}.",
        "Publication date held until the inquest has concluded.",
        "{ref} to be published with the partnership's response.",
        "Family shown the report before publication, as offered.",
        "Media lines for {ref} drafted with the {council} press team.",
        "{ref} went live on the {scp} website on {date}.",
        "Easy-read summary of {ref} published on {date2}.",
        "Publication of {ref} delayed at the request of {police}.",
        "Anonymisation of {ref} checked by the Panel before release.",
        "Report links sent to the Department for Education on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to add a 'who lives here' question to antenatal booking by {date}.",
        "Action 2: {council} to audit supervision records for cases open over a year.",
        "Action: {police} to train call handlers on children heard in the background.",
        "Action: {icb} to review GP safeguarding leads' protected time.",
        "Action 3: refresh the escalation procedure by {period}.",
        "Action: {ambulance} to share concerns with the front door by email as well.",
        "Action: the {district} to flag households with babies in emergency housing.",
        "Action 4 closed {date}: neglect toolkit relaunched.",
        "Action 5: quarterly progress to the executive, led by the {role}.",
        "Improvement tracker for {period}: 9 actions, 5 complete, 4 {rag}.",
        "Action: every agency to test the new referral form by {date}.",
    ),
    "district_note": (
        "The {district} confirmed the date the family's tenancy began.",
        "{district}: homelessness application logged {date}.",
        "The {district} will send two officers to the learning event.",
        "Community safety officers at the {district} briefed on {ref}.",
        "Emergency housing list shared with {council} every month.",
        "Home adaptation request logged by the {district} on {date}.",
        "The {district} asked for the seven-minute briefing for its frontline staff.",
        "Housing officers in {area} to finish {course} by {date}.",
        "North Yorkshire Council housing staff in Skipton and North Yorkshire Police "
        "reviewed anti-social behaviour reports where children were in the home.",
        "Cumberland Council and Cumbria Constabulary agreed how neighbourhood officers in "
        "Workington pass concerns about children to the front door.",
        "Westmorland and Furness Council housing staff in Kendal met health visitors from "
        "University Hospitals of Morecambe Bay NHS Foundation Trust about families in "
        "temporary flats.",
        "Redditch Borough Council and West Mercia Police shared a briefing on the town "
        "centre youth offer with the Worcestershire Safeguarding Children Partnership.",
        "Wyre Forest District Council leisure staff in Kidderminster completed safeguarding "
        "refresher training.",
        "Tamworth Borough Council housing staff and NHS Staffordshire and Stoke-on-Trent "
        "Integrated Care Board agreed a contact route for school nurses.",
        "Malvern Hills District Council and Bromsgrove District Council will share one "
        "housing lead on the neglect strategy group.",
        "North Yorkshire Council's family help workers in Craven will join the learning "
        "event for schools in the Settle area.",
        "Tamworth Borough Council community safety team shared its summer youth "
        "diversion plan with Staffordshire Police.",
        "NHS West Yorkshire Integrated Care Board's designated nurse met school nurses "
        "covering Skipton and Settle about children on part-time timetables.",
        "Cumberland Council housing staff and NHS North East and North Cumbria Integrated "
        "Care Board agreed how GP practices in Maryport hear of families placed in "
        "emergency housing.",
    ),
    "training": (
        'New e-learning "{course}" is live.',
        "Training needs survey closes on {date}.",
        "Induction for new executive members, {date}, {venue}.",
        "{course}: 14 places left in {period}.",
        "Trainers' network, {room}, {date}.",
        "Evaluation of the {theme} course shows confidence up after three months.",
        "Refresher for designated leads due in {period}.",
        "Multi-agency learning offer for {period} sent to partners.",
        "North Yorkshire Safeguarding Children Partnership course for Selby youth workers "
        "moved to the Civic Centre.",
        "Cumberland Safeguarding Children Partnership briefing on neglect for Whitehaven "
        "schools held at the Copeland Centre.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child K",
    "Child TW",
    "Infant R",
    "Baby N",
    "Young Person H",
    "Sibling 2",
    "Sibling 4",
    "Unborn Baby S",
    "MK",
    "R.J.",
    "Child A and Child B",
    "Fellside",
    "Tarn",
    "Scree",
    "Ghyll",
    "Limestone",
    "Drumlin",
    "Hopyard",
    "Sandstone",
    "Child Z",
    "Infant PW",
    "Baby DL",
    "Young Person C",
    "BF",
    "Q",
    "Child G",
    "Sibling Y",
    "H.M.",
    "Baby C and Baby D",
    "Child SR",
    "Young Person JT",
    "WN",
    "Infant E",
    "Unborn Child F",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("twentyninth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
