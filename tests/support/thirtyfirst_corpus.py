"""A thirty-first held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtyfirst_names.json``, a seeded snapshot from two sources no earlier corpus
  drew from: the npm package unique-names-generator 4.7.1 (MIT; its ``names`` dictionary,
  first names only, given surnames from casual's table) and the npm package casual 1.6.2
  (MIT; ``casual.first_name`` and ``casual.last_name``, en_US). The brief also asked for
  Python Faker locales no earlier corpus used, but there is none with names of its own:
  the sixth, seventh, twelfth and fifteenth drew every locale that has its own person
  provider (es_CA and de_LI included, which an early draw here took by mistake), and the
  rest (dk_DK, ng_NG, it_CH...) fall back on American names, so Faker is not used.
  ``thirtyfirst_names.mjs`` writes 200 candidates for each source, seeded with the FNV-1a
  hash of ``thirtyfirst-<source>``. The Python side (``regenerate_names``) keeps, in
  order, the people of each source (``DRAWN``) whose names pass the twenty-fifth's filter:
  one capitalised word of plain letters, three or more, a first name not in casual's
  surname table, and in no earlier snapshot (``EARLIER``: the fourth to the twenty-eighth,
  where present) nor drawn already. casual's surnames are faker's old American table,
  which earlier corpora drew heavily, so many were skipped. Every draw was read by hand
  and entries that read as ordinary words, brands, characters, pet forms, typos or not a
  person's name were left out (``NOT_NAMES``) and drawn again. Neither package is a
  dependency; regenerate with, in a temporary folder, ``npm install
  unique-names-generator@4.7.1 casual@1.6.2`` and then ``uv run python -m
  tests.support.thirtyfirst_corpus <that folder>/node_modules``; the corpus itself reads
  the JSON only.
- Nicknames: pet names written by hand for this corpus, snacks, small creatures and
  sounds, each starting with a letter from G to L (other corpora written at the same time
  coin from other letters), none in an earlier corpus file (``NICKNAMES``; checked by
  grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a chimney sweep, a school crossing patrol, a canal boat hirer, a mobile
  library driver, a dog groomer, a climbing wall instructor, a cobbler, a taxi marshal, a
  church warden, a locum pharmacist, a car wash attendant, a trampoline park supervisor,
  a chip shop owner, a campsite manager, a gym receptionist...), in lower case and in
  sign-offs by a child, a parent or a relative; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on invented
  streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI numbers;
  invented schools and nurseries (``SCHOOLS``); email addresses; written out by the
  thirteenth's ``identifying_written`` (through the twenty-fifth's ``identifying_of``), as
  many of each category as its ``MIX`` says.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long as the bot's 500-character
  summary and note fields allow: incident case summaries, rapid review decision
  rationales, multi-line minutes extracts, local review notes and emails of a few
  paragraphs with a sign-off block; and short text: chronology lines, checklist notes,
  notices with dates, times, rooms and venues, Slack lines, Panel and publication notes,
  improvement actions, housing and community safety notes and training notes. It is set
  in twelve two-tier district council areas of Nottinghamshire, Leicestershire,
  Derbyshire and Staffordshire that no earlier corpus file names (``AREAS``): Rushcliffe,
  Broxtowe, Harborough, Blaby, Oadby and Wigston, North West Leicestershire, Bolsover,
  North East Derbyshire, Derbyshire Dales, South Derbyshire, Lichfield and Staffordshire
  Moorlands, each with its district or borough council's housing options and community
  safety teams, the county's partners (the county council's children's services;
  Nottinghamshire Police, Leicestershire Police, Derbyshire Constabulary or Staffordshire
  Police; the NHS trusts; the integrated care board; the ambulance service) and each
  county partnership by the name it uses (``SCP``: the Nottinghamshire, Leicestershire and
  Rutland, Derby and Derbyshire and Staffordshire Safeguarding Children Partnerships).
  Partners, trusts and venues were written from knowledge; there was no time to check
  them one by one against their own pages, and a few venues may since have closed, moved
  or been renamed (notably North West Leicestershire District Council's offices, given
  here as Whitwick Business Centre, Coalville; the Tangent, Shirebrook; the Arc, Clowne;
  Mill Lane, Wingerworth; Brocks Hill, Oadby). Venues are council offices, civic halls,
  libraries and theatres, never a person's address. People are named only by role; the
  roles, themes, courses, rooms, times and periods are the twenty-first's, imported
  (through the twenty-second's ``DRAWS``).
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  telephone numbers in the ranges Ofcom keeps for drama, NHS numbers in the 999 range with
  a correct check digit, NI numbers that start QQ, email at example.com, .org or .net, and
  postcodes of a real shape in areas that Royal Mail has not given out. An identifying
  sample's ``source`` is ``unique-names-generator`` or ``casual`` when it
  names a drawn person, ``hand-nicknames`` when it names a nickname, and otherwise
  ``hand``.
- Benign pseudonyms follow DOMAIN.md and were written out by hand
  (``BENIGN_PSEUDONYM_TEXT``): initials alone or after one of ``PSEUDONYM_WORDS`` ("Child",
  "Infant", "Baby"...), a sibling by number or letter, and landscape words of the Peak,
  the Trent valley and the Wolds that nobody has as a first name (``CHOSEN``).

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
    twentysixth_corpus,
)
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import assembled, birth_values, snapshot_people, write_snapshot
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("thirtyfirst_names.json")
NODE_SCRIPT = Path(__file__).with_name("thirtyfirst_names.mjs")
SOURCES = "unique-names-generator 4.7.1 (MIT) and casual 1.6.2 (MIT)"
SEED = "thirtyfirst-<source>"
#: The snapshots whose names are skipped: every earlier one.
EARLIER = (*twentysixth_corpus.EARLIER, "twentysixth_names.json")
EARLIER += ("twentyseventh_names.json", "twentyeighth_names.json")
#: The sources and how many people of each the snapshot keeps.
DRAWN = (("unique-names-generator", 30), ("casual", 28))
ROMANISED: tuple[str, ...] = ()
#: Entries of the candidates read by hand in the draw as words, brands, characters, pet
#: forms, typos, first names as surnames or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Buster", "Little", "Funk", "Chiquia", "Drusy", "Ammamaria", "Parisian", "Dicki"),
        *("Savanna", "Loma", "Blanca", "Vern", "Sissie", "Bobbi", "Addi", "Benny"),
        *("Nettle", "Elle", "Toy", "Lyric", "Brandy", "Belle", "Josie", "Jaunita", "Bins"),
        *("Kary", "Anallise", "Mack", "Molli", "Buddy", "Cicero"),
    }
)


def regenerate_names(node_modules: str) -> None:
    """Run the node script on ``node_modules``, keep (the twenty-fifth's filter) and write
    the snapshot."""
    out = subprocess.run(
        ["node", str(NODE_SCRIPT), node_modules], capture_output=True, text=True, check=True
    ).stdout
    candidates = json.loads(out)
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    people = twentyfifth_corpus._kept(candidates, _earlier_names(present), DRAWN, NOT_NAMES)
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Hosiery Yard", "Lacemaker's Row", "Gritstone Rise", "Framework Knitters Way")
STREETS += ("Cheese Fair Close", "Slipper Mill Lane", "Tufa Hollow", "Packhorse Stile")
TOWNS = ("West Bridgford", "Radcliffe on Trent", "Bingham", "Beeston", "Stapleford")
TOWNS += ("Kimberley", "Market Harborough", "Lutterworth", "Narborough", "Enderby")
TOWNS += ("Wigston", "Coalville", "Ashby-de-la-Zouch", "Shirebrook", "Clowne", "Dronfield")
TOWNS += ("Matlock", "Ashbourne", "Swadlincote", "Burntwood", "Leek", "Cheadle")
SCHOOLS = (
    "Hosiery Yard Primary School",
    "Lacemaker's Row Academy",
    "St Alkmund's Catholic Primary",
    "Gritstone Rise Infant School",
    "Framework Knitters Junior School",
    "Slipper Mill High School",
    "Tufa Hollow Day Nursery",
    "Packhorse Stile Pupil Referral Unit",
)
SCHOOL_SHORT = ("Hosiery Yard", "Lacemaker's", "St Alkmund's", "Gritstone", "Slipper Mill")
RELATIVES = ("nannan", "grandad", "great-nan", "mam", "stepmum", "mum's new fella", "cousin")
#: Dates of birth as typed (the tenth's ``_date`` fields), twelve forms.
BIRTH_FORMS = ("{d}/{mm}/{y}", "{d} {mo} {yy}", "{dd}{mm}{y}", "{mo} the {d}{th}, {y}")
BIRTH_FORMS += ("{y}/{mm}/{dd}", "{wd} {d} {mon} {y}", "{d}-{m}-{yy}", "{mm}.{dd}.{y}")
BIRTH_FORMS += ("{d}{th} {mo}, {y}", "{mon}. {d} {y}", "{dd} / {mm} / {y}", "{d} of {mo} {y}")
WHEN_FORMS = ("{wd} {d} {mo} {y}", "{d} {mon} {y}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d}.{m}.{y}",)

#: Children born from 2011 to 2028, as the benign text's years are 2027 to 2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# The fields are person_values' (the tenth corpus), with {rel} a relative: {f} {l} name the
# child, {g} {h} a parent or carer, {k} a brother or sister.
NAME_TEXT = (
    "The chimney sweep found {f} {l} sleeping on a mattress in the cellar next to the boiler.",
    "School crossing patrol says {f} {l} crosses alone at 7.30 with {k} on her hip.",
    "Canal boat hirer: {g} {h} left {f} and {k} on the moored boat overnight with no adult.",
    "The mobile library driver says {f} {l} waits at the stop every week because it is warm.",
    "Dog groomer saw {g} {h} grab {f} by the hair in the shop doorway.",
    "Climbing wall instructor noticed finger-shaped bruises on {f} {l}'s upper arms.",
    "Cobbler says {g} {h} sends {f}, aged nine, to collect money from men on the market.",
    "Taxi marshal at the rank saw {f} {l}, 14, put into a car by two men at 2am.",
    "The church warden found {f} {l} and {k} sleeping in the porch on Sunday morning.",
    "Locum pharmacist: {g} {h} asked for extra methadone and said {f} drinks it to sleep.",
    "Car wash attendant says {f} {l} works the jet wash all day instead of going to school.",
    "Trampoline park supervisor: {g} {h} dropped {f} off at ten and never came back.",
    "The chip shop owner gives {f} {l} free chips most nights as there is nothing at home.",
    "Campsite manager says {f} {l} and {g} have lived in a tent on pitch 14 since March.",
    "Gym receptionist saw {g} {h} shake {f}, a baby, in the car seat in the foyer.",
    "A well-dressing volunteer says {f} {l} told her {g} burns her with cigarettes.",
    "Bus driver reports {f} {l}, 11, rides the route all night and says {g} locks her out.",
    "Garden centre cafe staff saw {g} {h} force {f} to eat off the floor.",
    "The tack shop owner says {f} {l} came in with a black eye and asked for a plaster.",
    "Swimming teacher noticed cigarette burns on {f} {l}'s back in the changing room.",
    "Market trader says {g} {h} leaves {f}, a toddler, in a pram behind the stall all day.",
    "The ice cream van driver saw {f} {l} at the window of the flat, alone, every evening.",
    "Reservoir warden found {f} {l}, 13, drunk by the dam with a man in his thirties.",
    "Cricket club groundsman: {g} {h} locks {f} in the pavilion during matches.",
    "Snooker hall manager says {f} {l} is brought in by older lads who give her vapes.",
    "The hearing aid audiologist says {g} {h} refuses to let {f} wear her aids at home.",
    "Caretaker at the flats saw {g} {h} throw {f}'s clothes off the balcony.",
    "Lollipop lady says {f} {l} has no coat and the same shoes with holes all winter.",
    "Allotment neighbour saw {f} {l} eating raw vegetables from the plots, starving.",
    "Music shop owner: {f} {l} told him {g} smashed her guitar over {k}'s head.",
    "The forecourt attendant says {g} {h} leaves {f} asleep in the car while drinking.",
    "{f} {l} told the climbing instructor that {g} ties her to the bed when she is naughty.",
)
NAME_LOWER = (
    "sweep worried re {fl} {ll} - sleeping in the cellar",
    "{fl} {ll} on the canal boat alone again",
    "{gl} {hl} kicking off at the rank, {fl} crying",
    "crossing patrol says {fl} {ll} looks thin",
    "{ll} kids at the campsite, no food",
    "bus driver asking if anyone knows {fl} {ll}",
    "{fl} says {gl} spent the gas money",
    "spoke to {fl}'s {rel} - {gl} using again",
    "{fl} {ll} not at swimming, mum not answering",
    "nobody collected {fl} or {k} from the trampoline park",
    "{gl} {hl} shouted at the pharmacist, {fl} hiding",
    "{fl} {ll} at the taxi rank at 2am with older men",
    "warden flagged {fl} {ll} by the reservoir",
    "chip shop feeding {fl} again, {gl} out",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{ll}",
    "{l} sisters",
    "{f}, {age}",
    "{fi}. {l}",
    "{f} and {k}",
    "Little {f}",
    "the {l} children",
    "{g} {h}'s lad",
    "{f} from the campsite",
    "{l}, {f}",
)
SIGN_OFF = (
    "from {fl} pls dont tell mam",
    "Best wishes\n{g} {h}\n({f}'s {rel})",
    "ta,\n{g} (mum of {f} and {k})",
    "thats all i know\n{f} {l} yr {year_group}",
    "Written for {f} by her {rel}, {g} {h}",
    "Regards,\n{g} {l}\nkinship carer",
    "from {f}'s {rel} {g} who cannot cope any more",
    "{f} {l}\naged {age}",
    "Thanks, {g} {h}, {f}'s foster mum",
)
NICKNAMES = ("Gherkin", "Haggis", "Kiwi", "Lemondrop", "Imp", "Gecko", "Loopy", "Hiccup")
NICKNAMES += ("Jammy", "Hoppity", "Jitterbug", "Lollop", "Grumbles", "Ketchup")
NICKNAME_TEXT = (
    "At the climbing wall he is only ever called {n}, even on his membership card.",
    "The older boys on the estate call her {n}, and so does the man who drives her about.",
    "{f}'s {rel} kept calling her {n} on the phone to the front door.",
    "His gaming name is {n}, which is how the adult found him.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} (the {l} girl)")
DOB_TEXT = (
    "DOB off the GP letter: {dob}",
    "d.o.b {dob}",
    "{g} says {f}'s birthday is {dob}",
    "Date of birth (from the passport) {dob}",
    "born {dob} at home, unplanned",
    "{f} {l} b. {dob}",
    "DoB {dob}, so {age} now",
    "birthday {dob} though nan gave another",
    "baby delivered {dob} at 29 weeks",
)
PHONE_TEXT = (
    "mam's mobile {phone}",
    "{g} on {phone}",
    "{rel}'s number {phone}",
    "home phone {phone}",
    "{f} rang from {phone}",
    "stepdad mob - {phone}",
)
NHS_TEXT = (
    "NHS no off the red book {nhs}",
    "{f} NHS# {nhs}",
    "newborn NHS number {nhs}",
    "NHS number (from the GP) {nhs}",
)
NI_TEXT = (
    "mam's NI {ni}",
    "NI number {ni} (mum's partner)",
    "dad NI no. {ni}",
    "NINO {ni} - grandad",
)
ADDRESS_TEXT = (
    "Family now at {street}, {town}",
    "address: {street}, ground floor flat",
    "called at {street}, {town} - dog barking, no answer",
    "{f} is sofa-surfing at her {rel}'s on {street}",
    "police called to {street} three times this week",
    "family evicted from {street} into a B&B in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "p.code: {postcode}", "moved to {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Yr {year_group}, {school}; attendance 58%",
    "The DSL at {short} phoned it in",
    "{f} moved to {short} after Easter",
    "{f} is at {school} but has missed {n2} days this term",
)
EMAIL_TEXT = ("mam's email is {e}", "{g} emailed from {e}", "reply to {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li} - {short} - yr {year_group}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} born {dob}",
    "Yr {year_group} pupil at {school}",
    "{l} twins of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyfifth_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_EMAS = ("East Midlands Ambulance Service NHS Trust",)
_NOTTS = {
    "council": ("Nottinghamshire County Council children's services",),
    "police": ("Nottinghamshire Police",),
    "icb": ("NHS Nottingham and Nottinghamshire Integrated Care Board",),
    "ambulance": _EMAS,
    "trust": (
        "Nottingham University Hospitals NHS Trust",
        "Nottinghamshire Healthcare NHS Foundation Trust",
    ),
}
_LEICS = {
    "council": ("Leicestershire County Council children's services",),
    "police": ("Leicestershire Police",),
    "icb": ("NHS Leicester, Leicestershire and Rutland Integrated Care Board",),
    "ambulance": _EMAS,
    "trust": (
        "University Hospitals of Leicester NHS Trust",
        "Leicestershire Partnership NHS Trust",
    ),
}
_DERBYS = {
    "council": ("Derbyshire County Council children's services",),
    "police": ("Derbyshire Constabulary",),
    "icb": ("NHS Derby and Derbyshire Integrated Care Board",),
    "ambulance": _EMAS,
}
_NORTH_DERBYS = _DERBYS | {
    "trust": (
        "Chesterfield Royal Hospital NHS Foundation Trust",
        "Derbyshire Community Health Services NHS Foundation Trust",
    ),
}
_SOUTH_DERBYS = _DERBYS | {
    "trust": (
        "University Hospitals of Derby and Burton NHS Foundation Trust",
        "Derbyshire Healthcare NHS Foundation Trust",
    ),
}
_STAFFS = {
    "council": ("Staffordshire County Council children's services",),
    "police": ("Staffordshire Police",),
    "icb": ("NHS Staffordshire and Stoke-on-Trent Integrated Care Board",),
    "ambulance": ("West Midlands Ambulance Service University NHS Foundation Trust",),
}
_MPFT = "Midlands Partnership University NHS Foundation Trust"

#: The twelve areas (none an earlier corpus file names): the district or borough council's
#: teams, the county's partners by their real names, and civic venues of the area. The
#: kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Rushcliffe": _NOTTS
    | _district("Rushcliffe Borough Council")
    | {"venue": ("Rushcliffe Arena, West Bridgford", "West Bridgford Library")},
    "Broxtowe": _NOTTS
    | _district("Broxtowe Borough Council")
    | {"venue": ("the Council Offices, Foster Avenue, Beeston", "Beeston Library")},
    "Harborough": _LEICS
    | _district("Harborough District Council")
    | {"venue": ("the Symington Building, Market Harborough", "Market Harborough Library")},
    "Blaby": _LEICS
    | _district("Blaby District Council")
    | {"venue": ("the Council Offices, Desford Road, Narborough", "Braunstone Civic Centre")},
    "Oadby and Wigston": _LEICS
    | _district("Oadby and Wigston Borough Council")
    | {"venue": ("Brocks Hill Council Offices, Oadby", "Wigston Library")},
    "North West Leicestershire": _LEICS
    | _district("North West Leicestershire District Council")
    | {"venue": ("Whitwick Business Centre, Coalville", "Coalville Library")},
    "Bolsover": _NORTH_DERBYS
    | _district("Bolsover District Council")
    | {"venue": ("the Arc, Clowne", "the Tangent, Shirebrook")},
    "North East Derbyshire": _NORTH_DERBYS
    | _district("North East Derbyshire District Council")
    | {"venue": ("the District Council Offices, Mill Lane, Wingerworth", "Dronfield Civic Hall")},
    "Derbyshire Dales": _NORTH_DERBYS
    | _district("Derbyshire Dales District Council")
    | {"venue": ("the Town Hall, Matlock", "Ashbourne Town Hall")},
    "South Derbyshire": _SOUTH_DERBYS
    | _district("South Derbyshire District Council")
    | {"venue": ("the Civic Offices, Swadlincote", "Swadlincote Library")},
    "Lichfield": _STAFFS
    | _district("Lichfield District Council")
    | {
        "trust": ("University Hospitals of Derby and Burton NHS Foundation Trust", _MPFT),
        "venue": ("the Guildhall, Lichfield", "District Council House, Lichfield"),
    },
    "Staffordshire Moorlands": _STAFFS
    | _district("Staffordshire Moorlands District Council")
    | {
        "trust": ("University Hospitals of North Midlands NHS Trust", _MPFT),
        "venue": ("Moorlands House, Leek", "the Foxlowe, Leek"),
    },
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_NSCP = "Nottinghamshire Safeguarding Children Partnership"
_LRSCP = "Leicestershire and Rutland Safeguarding Children Partnership"
_DDSCP = "Derby and Derbyshire Safeguarding Children Partnership"
_SSCP = "Staffordshire Safeguarding Children Partnership"
#: Each area's partnership as it styles itself.
SCP = {area: _NSCP for area in tuple(AREAS)[:2]}
SCP |= {area: _LRSCP for area in tuple(AREAS)[2:6]}
SCP |= {area: _DDSCP for area in tuple(AREAS)[6:10]}
SCP |= {area: _SSCP for area in tuple(AREAS)[10:]}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 31-07", "LCSPR 30/12", "RR/29/41", "CSPR-31-02", "RR 30/58", "PLR 29-16")
AGE_BANDS = ("aged five weeks", "under two", "of pre-school age", "aged 12", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Limestone", "Scree", "Millstone", "Dale", "Wold", "Trentside", "Edge", "Clough")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}: a baby {age_band} was taken to {trust} after a carer rang 999 "
        "to say the child had stopped breathing. {ambulance} crews started resuscitation. "
        "Scans showed bleeding on the brain. {police} opened an investigation and {council} "
        "held a strategy discussion the same night. The family had moved into the area "
        "from another county two months before.",
        "Incident summary: a young person {age_band} in {area} was found by {police} in a "
        "car with adults linked to county lines. There had been eleven missing episodes in "
        "four months. School, the youth service and the {district} each held part of the "
        "picture. The review asks why return home interviews were not shared.",
        "Summary for {ref}: a child {age_band} was admitted to {trust} severely "
        "underweight. The family had withdrawn from health visiting and the child was not "
        "registered with a GP. {council} had closed an early help plan a year earlier. "
        "The rapid review will look at how agencies noticed that the child was not seen.",
        "Case summary: a teenager {age_band} disclosed to a school counsellor in {area} "
        "that a family friend had abused her over two years. {police} and {council} held a "
        "strategy discussion and an achieving best evidence interview followed. The "
        "review will consider why two earlier concerns from sport were not joined up.",
        "Summary for {ref}: an infant {age_band} died unexpectedly at home after sharing "
        "a sofa with a parent who had been drinking. {ambulance} attended and the child was "
        "pronounced dead at {trust}. Safer sleep advice had been given twice. The family "
        "were living in temporary housing arranged by the {district}.",
        "Incident summary: a child {age_band} with complex health needs missed nine "
        "hospital appointments at {trust}. Letters went to an old address. When the school "
        "raised concerns, {council} found the home cold and the child unwell. The review "
        "will look at was-not-brought policies across health.",
        "Summary for {ref}: a young person {age_band} was stabbed in a park in {area} and "
        "survived. {police} believe the attack was linked to exploitation. The young person "
        "had been excluded from school and was on a reduced timetable. The review asks "
        "how partners in {scp} share intelligence on exploitation.",
        "Case summary: a baby {age_band} was found with bruising to the face by a health "
        "visitor from {trust}. The baby was not mobile. A child protection medical was "
        "arranged the same day and {police} were informed. Both parents had care "
        "experience, and the review will look at support to young parents.",
        "Summary for {ref}: a child {age_band} was injured by a family dog at home. "
        "{ambulance} took the child to {trust}. Agencies had known about the dog after an "
        "earlier bite reported to {police} and the {district}. The review will consider "
        "whether risks from animals were recorded and shared.",
    ),
    "rapid_review_rationale": (
        "Decision for {ref}: the rapid review found that the criteria for a local child "
        "safeguarding practice review are met. There is serious harm, and learning about "
        "how {trust} and {council} shared information when the family moved between "
        "districts. The three partners agreed the decision on {date}.",
        "Rationale: the rapid review for {ref} concluded that a local review is not needed. "
        "The learning about safer sleep is already part of the {scp} campaign and agencies "
        "worked together well. A learning briefing will be written instead, and the Panel "
        "will be told by {date}.",
        "Decision rationale for {ref}: the partners agreed to carry out a local child "
        "safeguarding practice review because of the themes of neglect and parental mental "
        "health. {police} and {icb} asked for the review to include adult services. The "
        "terms of reference will be drafted by {date2}.",
        "Rationale: the case in {area} meets the criteria for a rapid review, and the rapid "
        "review found that national learning may apply, so the partners recommend to the "
        "Panel that a national review is considered. The {role} will write to the Panel by "
        "{date}.",
        "Decision for {ref}: no further review. The learning on the role of the {district} "
        "in placing families in temporary housing was already picked up by an earlier "
        "review, and the action plan from that review is still under way. Progress will be "
        "reported to the executive in {period}.",
        "Rationale for {ref}: a local review will go ahead with an independent reviewer "
        "using a systems approach. Practitioners from {council}, {trust}, {police} and "
        "education will be invited to a learning event. The family will be offered the "
        "chance to take part.",
        "Decision for {ref}: the rapid review identified good practice by the school and "
        "by {ambulance}. There is learning on escalation between health and children's "
        "social care. The partners agreed a thematic review on {theme} rather than a single "
        "case review, to report in {period}.",
        "Rationale: the rapid review for {ref} was held within 15 working days. The partners "
        "agreed that the criteria are met but that learning can be captured through an "
        "existing review in {area}. The Panel will be asked to agree this approach by "
        "{date}.",
        "Decision for {ref}: the partners agreed that a local review is needed, focused on "
        "how {icb} commissioned services and how {police} shared domestic abuse "
        "notifications. The {role} will chair the review panel and the first meeting is "
        "on {date2}.",
    ),
    "minutes": (
        "Neglect strategy group, {room}, {venue}, {date}\n"
        "Present: the {role}, {council}, {police}, the {district}.\n"
        "1. The graded care profile is used in most early help work in {area}.\n"
        "2. Use by health is low; the designated nurse will raise it with GPs.\n"
        "3. Refreshed strategy to the executive in {period}.",
        "Exploitation subgroup, {date}, {time} to {time2}, via Teams\n"
        "Present: {police}, {council}, the {district}, youth justice, health.\n"
        "1. Missing episodes in {area} are up this quarter; most return within a day.\n"
        "2. Return home interviews completed within 72 hours: {rag}.\n"
        "3. The {role} will bring a deep dive on the night-time economy in {period}.",
        "Case review group, {room}, {venue}, {date}\n"
        "Present: the {role}, {council}, {police}, {trust}, education.\n"
        "1. Two new referrals from {area} considered; one to go to rapid review.\n"
        "2. Learning briefing for {ref} agreed.\n"
        "Next meeting: {date2}.",
        "Executive group, {date}, via Teams\n"
        "1. Budget for {period} agreed by the three partners.\n"
        "2. Independent scrutineer's report received and discussed.\n"
        "3. {icb} to lead on the health strand of the neglect strategy.\n"
        "4. {ref}: final report approved for publication.",
        "Rapid review meeting, {date}, {time} to {time2}, {venue}\n"
        "Chair: the {role}. Agencies: {council}, {trust}, {police}, the {district}.\n"
        "Chronologies were read in advance. Good practice by the health visitor was noted. "
        "Learning: the plan was not reviewed after the move. Draft report by {date2}.",
        "Quality assurance subgroup, {room}, {venue}, {date}\n"
        "The multi-agency audit on {theme} was presented. Fourteen cases were looked at. "
        "Strengths: voice of the child recorded. Areas to improve: management oversight. "
        "The {role} will bring an action plan in {period}.",
        "Learning and development subgroup, {date}\n"
        "1. Feedback on {course} was positive.\n"
        "2. {police} offered trainers for the exploitation module.\n"
        "3. New dates for {period} to be published on the {scp} website.",
        "Minutes: child death overview liaison, {date}\n"
        "1. Three deaths in {area} notified this quarter; one referred for rapid review.\n"
        "2. {trust} to share the learning on safer sleep.\n"
        "3. Modifiable factors report to the executive in {period}.",
        "Extract: {scp} business meeting, {date}\n"
        "1. Two review reports published in {period}.\n"
        "2. Training: {course} oversubscribed.\n"
        "3. {ref}: Panel response received.\n"
        "4. Next meeting {date2}, {time}, {venue}.",
        "Joint meeting with the community safety partnership, {venue}, {date}\n"
        "The {district} presented its work on youth violence. {police} shared figures for "
        "{area}. Agreed: one shared contextual safeguarding plan and joint training in "
        "{period}. Action owner: the {role}.",
    ),
    "partner_email": (
        "Dear colleagues,\n\n"
        "The final report for {ref} has been agreed by the three statutory partners and "
        "will go to the Panel and the Department for Education by {date}. We plan to "
        "publish on {date2} on the {scp} website.\n\n"
        "If there is any reason to delay, please tell me by the end of the week.\n\n"
        "Regards,\nBusiness manager\n{scp}",
        "Dear scrutineer,\n\n"
        "Thanks for agreeing to look at rapid reviews in {area}. We have set "
        "up meetings with {council}, {police} and {icb} during {period}, and the first is "
        "on {date} at {time} at {venue}.\n\n"
        "Papers will reach you a week before each meeting.\n\n"
        "Best regards,\nPartnership manager\n{scp}",
        "Hello,\n\n"
        "Following the meeting on {date}, the action log for {ref} is attached. Three "
        "actions sit with {council}, one with {police} and one with {trust}.\n\n"
        "Updates are due by {date2}. Please reply to the partnership inbox rather than "
        "to me directly, so that nothing is missed while I am on leave.\n\n"
        "Thank you,\nBusiness support\n{scp}",
        "Dear colleagues,\n\n"
        "Please find attached the request for information for rapid review {ref}. Could "
        "each agency send its chronology and analysis by {date}?\n\n"
        "The meeting will be on {date2} at {time} at {venue}.\n\n"
        "Many thanks,\nReview officer\n{scp}",
        "Hello all,\n\n"
        "Just to remind you that the notification to the Panel for the incident in {area} "
        "must go within five working days, by {date}.\n\n"
        "Could {police} and {trust} confirm their involvement by {time} tomorrow?\n\n"
        "Thanks,\nBusiness manager\n{scp}",
        "Dear {role},\n\n"
        "Thank you for the chronology from {council} for {ref}. Could you say whether "
        "health took part in the strategy discussion, and what happened after the "
        "school's referral in the autumn?\n\n"
        "A reply by {date} would help.\n\n"
        "Kind regards,\nReview officer\n{scp}",
        "Dear partners,\n\n"
        "The Panel has replied on {ref} and agrees with our decision. It asks the review "
        "to look closely at {theme} and at the part the {district} played.\n\n"
        "A draft scope will follow by {date}.\n\n"
        "Best wishes,\nPartnership manager\n{scp}",
        "Hi all,\n\n"
        'Places are open for "{course}" on {date} at {venue}, {time} to {time2}, for '
        "staff from {council}, {police}, health, schools and the district councils.\n\n"
        "Please book through the {scp} website.\n\n"
        "Thanks,\nTraining coordinator",
        "Dear {role2},\n\n"
        "{ambulance} will send a paramedic and our safeguarding lead to the practitioner "
        "event for {ref} on {date}.\n\n"
        "Our own learning review will be shared by {date2}.\n\n"
        "Regards,\nHead of safeguarding\n{ambulance}",
        "Dear housing colleagues,\n\n"
        "For {ref}, the reviewer would like to understand how the {district} decides where "
        "to place families with babies in temporary housing.\n\n"
        "Could someone join a short call on {date} at {time}?\n\n"
        "With thanks,\nReview officer\n{scp}",
        "Dear all,\n\n"
        "The {icb} designated nurse will chair the health task and finish group on "
        "{theme}. The first meeting is on {date} in {room}, {venue}.\n\n"
        "Please nominate one person from each trust, including {trust}.\n\n"
        "Regards,\nPartnership support officer\n{scp}",
    ),
    "local_review": (
        "Local review {ref}: the reviewer's first findings were shared with the review "
        "panel on {date}. They point to delays in recognising neglect, to the pressure on "
        "health visiting caseloads in {area}, and to a lack of curiosity about the adults "
        "coming and going from the home. {council} and {trust} will respond in writing "
        "before the draft report goes to the partners in {period}.",
        "Local review {ref}: practitioners from {police}, {trust} and the {district} met "
        "the reviewer at {venue} on {date}. They described high workloads, frequent changes "
        "of social worker and uncertainty about who held the lead role. The reviewer will "
        "test these themes with managers before writing the draft report in {period}.",
        "Local review {ref}: the review panel agreed the key lines of enquiry on {date}: "
        "how agencies heard the voice of the child, how the move between districts was "
        "handled, how {icb} commissioned the health visiting service and how escalation "
        "worked. The {role} will share the lines of enquiry with {scp} partners.",
        "Local review {ref}: the independent reviewer has met practitioners from {council} "
        "and {trust}. A draft report is due in {period}, with findings on {theme} and on "
        "how agencies in {area} worked with fathers. The family has been invited to meet "
        "the reviewer before the draft is finished.",
        "Local review update: the practitioner event for {ref} is set for {date} at {venue}.",
        "Local review {ref}: terms of reference agreed by the partners on {date}.",
        "Reviewer appointed for {ref}; first meeting with the panel on {date2}.",
        "Local review {ref}: family declined to take part; reviewer informed.",
        "Local review for {ref} paused until the criminal trial ends.",
    ),
    "chronology": (
        "{date}: referral to the front door from the health visitor.",
        "{date}: {police} attended a report of shouting; children in the house.",
        "{date}: strategy discussion held; section 47 enquiries agreed.",
        "{date}: {ambulance} took the child to {trust}.",
        "{date}: the {district} placed the family in temporary accommodation.",
        "{date}: initial child protection conference; plan under emotional abuse.",
        "{date}: new birth visit by the health visitor; no concerns noted.",
        "{date}: missed appointment at {trust}; was-not-brought letter sent.",
        "{date}: early help plan closed, family declined further support.",
        "{date}: child seen alone by the social worker from {council}.",
        "{date} and {date2}: two missing episodes reported to {police}.",
        "{date}: school attendance below 70%; education welfare visit made.",
    ),
    "checklist": (
        "Chronologies received from every agency: yes.",
        "Panel notified within five working days: yes, on {date}.",
        "Family informed about the review: letter sent {date}.",
        "Child's views sought: not yet; to be arranged by {date2}.",
        "Independent reviewer in place: yes.",
        "Terms of reference signed off by the partners: pending.",
        "Health information from {trust} included: yes.",
        "Housing information from the {district} included: yes.",
        "Coroner told about the review: yes, {date}.",
        "Disclosure check done with {police}: yes.",
        "Learning briefing drafted: not started.",
        "Rapid review sent to the Panel within 15 working days: yes.",
    ),
    "notice": (
        "Case review group: {date}, {time}, {room}, {venue}.",
        "Practitioner event for {ref}: {date2} at {venue}, {time} to {time2}.",
        "{scp} annual conference: {date}, {venue}.",
        "Executive group moved to {date} at {time} in {room}.",
        "Designated safeguarding leads' network: {date}, {venue}, {time}.",
        'Lunchtime briefing "{course}", {date}, {time}.',
        "Drop-in for early years settings at {venue} on {date}.",
        "Exploitation strategy launch, {room}, {venue}, {date} at {time}.",
        "Performance subgroup cancelled on {date}; next meeting {date2}.",
        "Multi-agency audit day: {date}, {room}, {venue}.",
        "Young people's scrutiny panel, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for the case review group is pinned in the channel",
        "has anyone had the chronology back from {trust} for {ref}?",
        "room at {venue} booked for {date}",
        "reminder: Panel notification due today",
        "the {district} rep can't do {time}, could we try {time2}?",
        "draft terms of reference on Teams, comments by {date} please",
        "thanks everyone for this morning, notes to follow",
        "{police} lead confirmed for the rapid review",
        "training dates for {period} are up on the website",
        "quick one: does {ref} go to the exec first or straight to the Panel?",
        "scrutineer's report is in the shared drive",
        "who is chairing on {date}?",
        "can someone share the learning briefing template?",
        "{icb} nurse will dial in for the {time} meeting",
    ),
    "panel": (
        "Panel letter on {ref} received {date}: agrees with the decision.",
        "Notification for {ref} sent to the Panel on {date}.",
        "Panel asked for the rapid review by {date2}.",
        "Panel feedback: analysis clear and learning well evidenced.",
        "The Panel will not carry out a national review of {ref}.",
        "Rapid review for {ref} sent to the Panel and to Ofsted.",
        "Panel queried the timeline; response sent {date}.",
        "Final report for {ref} sent to the Panel on {date}.",
        "Panel agreed an extension for {ref} to {date2}.",
        "The Panel's annual report shared with all partners.",
    ),
    "publication": (
        "Report for {ref} to be published on {date}.",
        "Publication held back until the criminal proceedings end.",
        "Only the executive summary will be published, agreed {date}.",
        "Family told of the publication date.",
        "Press statement agreed with the {council} communications team.",
        "Report published on the {scp} website on {date}.",
        "Seven-minute briefing published with the report.",
        "Publication moved to {date2} at the coroner's request.",
        "Report taken off the website after twelve months, as agreed.",
        "Publication plan sent to the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit was-not-brought follow-up by {date}.",
        "Action 2: {council} to record who lives in the home at every visit.",
        "Action: {police} to share domestic abuse notifications with schools by 9am.",
        "Action: {icb} to fund safer sleep training for maternity staff.",
        "Action 3: multi-agency training on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding prompt to crew handovers.",
        "Action: the {district} to tell health when a family is placed out of area.",
        "Action 4 complete: escalation protocol reissued {date}.",
        "Action 5: the {role} to report progress to the executive.",
        "Improvement plan for {period}: 12 actions, 8 complete, 4 {rag}.",
        "Action: all partners to use the joint chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed the tenancy start date.",
        "{district}: homelessness application received {date}.",
        "The {district} will send two officers to the learning event.",
        "Community safety officers at the {district} briefed on {ref}.",
        "Disabled facilities grant request logged by the {district} on {date}.",
        "Housing officers in {area} to complete {course} by {date}.",
        "Rushcliffe Borough Council and Nottinghamshire Police reviewed anti-social "
        "behaviour reports from West Bridgford where children lived in the household.",
        "Broxtowe Borough Council housing staff met Nottingham University Hospitals NHS "
        "Trust discharge nurses about families in Beeston and Stapleford.",
        "Harborough District Council and University Hospitals of Leicester NHS Trust agreed "
        "a contact route for families placed in Market Harborough.",
        "Harborough District Council community safety team met youth workers in Lutterworth "
        "about anti-social behaviour near the leisure centre.",
        "Blaby District Council community safety staff briefed Leicestershire Partnership "
        "NHS Trust school nurses on the youth offer in Narborough.",
        "Oadby and Wigston Borough Council joined NHS Leicester, Leicestershire and Rutland "
        "Integrated Care Board for a session on children in temporary housing.",
        "North West Leicestershire District Council and Leicestershire Police shared a "
        "briefing on exploitation around Coalville bus station.",
        "Bolsover District Council and Chesterfield Royal Hospital NHS Foundation Trust "
        "agreed how midwives learn of families moving into Shirebrook.",
        "North East Derbyshire District Council housing staff met Derbyshire Community "
        "Health Services NHS Foundation Trust health visitors in Dronfield.",
        "Derbyshire Dales District Council and Derbyshire Constabulary reviewed the rural "
        "youth offer in Matlock and Ashbourne.",
        "South Derbyshire District Council and Derbyshire Healthcare NHS Foundation Trust "
        "agreed a referral route for young carers in Swadlincote.",
        "Lichfield District Council housing staff and Midlands Partnership University NHS "
        "Foundation Trust discussed families placed in Burntwood.",
        "Staffordshire Moorlands District Council and University Hospitals of North "
        "Midlands NHS Trust agreed how to share discharge plans for babies in Leek.",
    ),
    "training": (
        'New e-learning module "{course}" now live.',
        "Training needs survey open until {date}.",
        "Induction for new partnership members on {date} at {venue}.",
        "{course}: 20 places left for {period}.",
        "Trainer pool meeting, {room}, {date}.",
        "Evaluation of the {theme} course shows greater confidence.",
        "Refresher for designated leads due in {period}.",
        "Staffordshire Safeguarding Children Partnership course for Lichfield youth workers "
        "moved to the Guildhall, Lichfield.",
        "University Hospitals of Derby and Burton NHS Foundation Trust and Staffordshire "
        "Police ran a joint session on bruising in non-mobile babies.",
        "West Midlands Ambulance Service University NHS Foundation Trust crews in the "
        "Staffordshire Moorlands completed safeguarding level 3 training.",
        "East Midlands Ambulance Service NHS Trust and Derbyshire County Council children's "
        "services ran a joint training day for crews in Bolsover.",
        "Nottinghamshire Healthcare NHS Foundation Trust staff joined the Nottinghamshire "
        "Safeguarding Children Partnership course on neglect in Rushcliffe.",
        "NHS Staffordshire and Stoke-on-Trent Integrated Care Board and Staffordshire "
        "County Council children's services planned the next round of audits.",
        "NHS Nottingham and Nottinghamshire Integrated Care Board and Nottinghamshire "
        "County Council children's services held a session on parental conflict.",
        "NHS Derby and Derbyshire Integrated Care Board and the Derby and Derbyshire "
        "Safeguarding Children Partnership refreshed the neglect toolkit.",
        "Leicestershire County Council children's services and the Leicestershire and "
        "Rutland Safeguarding Children Partnership launched new exploitation training.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    "Child R",
    "Child MT",
    "Infant S",
    "Baby H",
    "Young Person D",
    "Sibling 2",
    "Sibling 4",
    "Unborn Baby V",
    "KW",
    "P.B.",
    "Child E and Child F",
    "Limestone",
    "Scree",
    "Millstone",
    "Dale",
    "Wold",
    "Trentside",
    "Edge",
    "Clough",
    "Child X",
    "Infant JD",
    "Baby NC",
    "Young Person T",
    "RG",
    "Z",
    "Child B",
    "Sibling Y",
    "M.H.",
    "Baby F and Baby G",
    "Child WQ",
    "Young Person AL",
    "CJ",
    "Infant P",
    "Unborn Child K",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtyfirst-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
