from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtyfifth_corpus,
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
from tests.support.twentyfifth_corpus import _district

SEEN = ""
NAMES_FILE = Path(__file__).with_name("thirtyseventh_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0)"
SEED = "thirtyseventh-<country>"
#: Every earlier snapshot: the thirty-fifth's list, and the thirty-fifth's own.
EARLIER = tuple(dict.fromkeys((*thirtyfifth_corpus.EARLIER, "thirtyfifth_names.json")))
#: Surname and first-name ranks (the four tables are new to the corpora, so any ranks do).
RANKS = (40, 1000)
FIRST_RANKS = (20, 500)
#: Malta, the Maldives and Luxembourg: Latin-script tables no snapshot holds (Honduras, tried
#: first, was dropped: most of its draw read as typos and words).
DATASET_DRAWN = (("MT", 30), ("MV", 28), ("LU", 27))
ASCII_ONLY = frozenset(c for c, _ in DATASET_DRAWN)
NOT_NAMES = frozenset(
    {
        *("Gorga", "Bokica", "Josrph", "Marbeck", "Canka", "Mediterranean", "Larken", "Genuis"),
        *("Njay", "Larner", "Joeeph", "Scorfna", "Sherr", "Liusha", "Ablo", "Jaxlaan", "Brw"),
        *("Shahoo", "Areesha", "Firasha", "Moade", "Lirar", "Simbe", "Jaah", "Xaee", "Xakir"),
        *("Pizzaferri", "Busca", "Bibia", "Amko", "Barbosa", "Pitt", "Metty", "Catheriine"),
    }
)
#: How many people of each table the snapshot keeps.
DRAWN = (("MT", 13), ("MV", 20), ("LU", 17))
ROMANISED: tuple[str, ...] = ()
DROPPED = frozenset(
    {
        *("Svetty", "Nazju", "Antiana", "Spira", "Cabdicasiis", "Daikon", "Bambinu", "Guzi"),
        *("Mattei", "Shaymin", "Pollianne", "Redianne", "Chalie", "Dzsupin", "Salvinu"),
        *("Mcelhatton", "Mobde", "Eefa", "Rifu", "Faru", "Alibe", "Dissanayaka", "Jalle"),
        *("Faxoo", "Shaaii", "Sulejmani", "Katiu", "Asbl", "Tixa", "Luxembourg", "Prott"),
        *("Zezinho", "Prommenschenkel", "Zezito", "Srce"),
    }
)


def _usable(name: str, country: str) -> bool:
    """A names-dataset entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw names-dataset's people (importable only here), leave out ``DROPPED`` and write."""
    used = _earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists()))
    drawn = dataset_people(DATASET_DRAWN, RANKS, used, "thirtyseventh", _usable, FIRST_RANKS)
    people = {c: [p for p in pairs if not set(p) & DROPPED] for c, pairs in drawn.items()}
    ranks = f"surnames {RANKS[0]}-{RANKS[1] - 1}; first names {FIRST_RANKS[0]}-{FIRST_RANKS[1] - 1}"
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED, "ranks": ranks}, people)


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Perrypear Lane", "Hopkiln Row", "Cidermill Close", "Oast Yard")
STREETS += ("Wenlock Edge Crescent", "Mynd View Terrace", "Bramblecote Walk", "Scrumpy Court")
TOWNS = ("Wotton-under-Edge", "Nailsworth", "Dursley", "Newent", "Ledbury", "Kington")
TOWNS += ("Bromyard", "Leominster", "Tenbury Wells", "Ludlow", "Church Stretton")
TOWNS += ("Much Wenlock", "Cam", "Dymock", "Presteigne Road")
SCHOOLS = (
    "Perrypear Lane Primary School",
    "Hopkiln Row Church of England Academy",
    "St Milburga's Catholic Primary",
    "Oast Yard Infant School",
    "Cidermill Close Junior School",
    "Mynd View High School",
    "Bramblecote Walk Pre-School",
    "Scrumpy Court Short Stay School",
)
SCHOOL_SHORT = ("Perrypear", "Hopkiln Row", "St Milburga's", "Mynd View", "Cidermill")
RELATIVES = ("nan", "grampy", "step-dad", "aunty", "great-gran", "mum's boyfriend", "cousin")
#: Twelve ways a date of birth gets typed, in the tenth's ``_date`` fields.
BIRTH_FORMS = ("{dd}.{mm}.{y}", "{d}/{mm}/{yy}", "{mo} {d}, {y}", "{y}-{mm}-{dd}")
BIRTH_FORMS += ("{d}{th} {mon} {y}", "{wd}, {d} {mo} {y}", "{dd}-{mon}-{y}")
BIRTH_FORMS += ("{d}.{m}.{yy}", "{mon} {dd} {y}", "{dd} {mo} {yy}", "{d} {mo} {y}")
BIRTH_FORMS += ("{dd}/{mm}/{y}",)
WHEN_FORMS = ("{wd} {dd} {mo}", "{d} {mon} {y}", "{dd}/{mm}/{y}", "{wd} {d}{th} {mon}")
WHEN_FORMS += ("{d} {mo} {y}",)

#: Birth years 2011-2028 (ages 0-17), to sit with the 2027-2029 dates of the benign side.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "The hop picker on the next row says {f} {l}, 10, is out in the yards every school day.",
    "Cider press operator saw {g} {h} hand {f} a pint of scrumpy and laugh when he was sick.",
    "Orchard owner found {f} {l} asleep in the apple store with no coat in November.",
    "Trail ranger on the Long Mynd says {f} {l} walks the ridge alone after dark.",
    "The mobile library driver says {g} {h} keeps {f} and {k} indoors with the curtains shut.",
    "Poultry unit worker: {f} {l} has been mucking out sheds at 6am instead of going to school.",
    "Livestock auctioneer saw {g} {h} drag {f} by the hair across the sale ring car park.",
    "Castle ticket desk: {f} {l}, 8, was left at the gate at opening and not collected till 5.",
    "Canoe hire lad on the Wye says {g} {h} let {f} go out on the river drunk.",
    "Hedge layer says {f} {l} has been living in a caravan on the lane with no water.",
    "The beekeeper saw burns on {f} {l}'s forearms and {g} said it was the smoker.",
    "Agricultural show steward found {f} {l} wandering the showground at midnight.",
    "Folk festival volunteer: {g} {h} left {f}, 4, in the tent while the bands played.",
    "The stately home guide says {f} {l} asks every coach party for bus fare home.",
    "Chimney sweep saw {f} {l} locked in the back bedroom; {g} would not open the door.",
    "Piano tuner heard {g} {h} screaming at {f} and a thud, then silence.",
    "Ice cream van driver says {f} {l} buys cigarettes for {g} with notes in his pocket.",
    "Rural postie says {g} {h} has not been seen for a week and {f} answers the door alone.",
    "The vet nurse says {f} {l} brought the dog in and had a black eye she tried to hide.",
    "Dog groomer: {g} {h} told {f} to wait in the van for three hours in the heat.",
    "Caravan park warden found {f} {l} and {k} eating from the bins by the laundry block.",
    "Community minibus driver says {f} {l} gets off at the wrong stop to avoid going home.",
    "The hairdresser noticed bald patches on {f} {l}'s head and {g} blamed the baby.",
    "Glider club instructor says {g} {h} brought {f} to the airfield and left him there.",
    "{f} {l} told the cobbler that {g} makes her sleep in the shed when she wets the bed.",
    "Farm shop butcher says {g} {h} sends {f}, 11, to collect meat and pay in cash wrapped in foil.",
    "Clock repairer says {f} {l} sells him watches and will not say where they come from.",
    "Scaffolder on the job saw {g} {h} slap {f} outside the chip shop in front of everyone.",
)
NAME_LOWER = (
    "hop yard says {fl} {ll} out picking again",
    "{fl} {ll} on the mynd alone at night",
    "{gl} {hl} off his head at the show, {fl} with him",
    "orchard found {fl} {ll} sleeping in the store",
    "{ll} kids in the caravan on the lane, no water",
    "auctioneer asking if {fl} {ll} is ok",
    "{fl} says {gl} sold the cooker",
    "rang {fl}'s {rel} - {gl} back on the drink",
    "{fl} {ll} not at cubs, phone off",
    "nobody picked up {fl} or {k} from the festival",
    "{gl} {hl} shouting at the castle gate, {fl} crying",
    "{fl} {ll} seen getting in a car by the cattle market",
    "postie flagged {fl} {ll} answering the door alone",
    "minibus driver worried about {fl} again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{ll}",
    "{l} brothers",
    "{f} ({age})",
    "{fi} {l}",
    "{f} & {k}",
    "baby {f}",
    "the {l} girls",
    "{g} {h}'s youngest",
    "{f} from the caravan",
    "{l} {f}",
)
SIGN_OFF = (
    "pls dont say it was me\n{fl}",
    "Kind regards\n{g} {h}\n({f}'s {rel})",
    "cheers\n{g} (mum to {f} and {k})",
    "sorry for spelling\n{f} {l} year {year_group}",
    "Typed up for {f} by her {rel} {g} {h}",
    "Many thanks,\n{g} {l}\nspecial guardian",
    "{f}'s {rel}, {g}. Please ring me back",
    "{f} {l}\n{age} years old",
    "Regards, {g} {h}, foster carer for {f}",
)
NICKNAMES = ("Spud", "Vole", "Zephyr", "Sultana", "Swede", "Wafer", "Zinger")
NICKNAMES += ("Scallop", "Tapioca", "Wasabi", "Trotter", "Sorbet", "Toadstool", "Udon")
NICKNAME_TEXT = (
    "The older lads at the skate park call him {n} and send him to fetch things for them.",
    "At the hop yard she only answers to {n}, and the pickers say the men use it too.",
    "{f}'s {rel} was shouting {n} down Corve Street when the officers turned up.",
    "On the gaming headset he is {n}, and that is how the man in his twenties found him.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} ({l} family)")
DOB_TEXT = (
    "DOB from the child health record: {dob}",
    "dob - {dob}",
    "{g} gave {f}'s date of birth as {dob}",
    "Date of birth (birth certificate) {dob}",
    "born {dob} in the car on the way to hospital",
    "{f} {l} DOB {dob}",
    "date of birth {dob}, making him {age}",
    "{rel} says birthday is {dob}, school has it different",
    "premature, born {dob} at 31 weeks",
)
PHONE_TEXT = (
    "mum's mobile is {phone}",
    "{g} can be reached on {phone}",
    "{rel} gave her number as {phone}",
    "landline {phone}",
    "{f} called from {phone} crying",
    "boyfriend's number: {phone}",
)
NHS_TEXT = (
    "NHS number from the GP letter {nhs}",
    "{f}'s NHS no {nhs}",
    "baby's NHS number {nhs}",
    "NHS no. (EMIS) {nhs}",
)
NI_TEXT = (
    "mum's national insurance {ni}",
    "NI no. {ni} (step-dad)",
    "dad's NI number {ni}",
    "NINO {ni} - nan",
)
ADDRESS_TEXT = (
    "Family have moved to {street}, {town}",
    "lives at {street}, top flat",
    "visited {street}, {town} - curtains shut, no answer",
    "{f} staying at her {rel}'s on {street}",
    "three police call-outs to {street} this month",
    "evicted from {street}, now in a hostel in {town}",
)
POSTCODE_TEXT = ("postcode is {postcode}", "PCode {postcode}", "new address {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Year {year_group} at {school}; attendance 61%",
    "The DSL at {short} phoned the front door",
    "{f} started at {short} in September",
    "{f} is at {school} but has missed {n2} days",
)
EMAIL_TEXT = ("mum's email {e}", "{g} emailed us from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li}, {street}",
    "{fi}{li} of {short}, year {year_group}",
    "Child living at {postcode}",
    "{fi}{li} NHS no {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} dob {dob}",
    "Year {year_group}, {school}",
    "the {l} triplets, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])
