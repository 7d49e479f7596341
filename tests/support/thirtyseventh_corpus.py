"""A thirty-seventh held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtyseventh_names.json``, a seeded snapshot (seed ``thirtyseventh-<country>``)
  from names-dataset 3.3.1 (Apache-2.0), from three country tables that no earlier
  snapshot holds at all (checked against the ``people`` keys of every ``*_names.json`` in
  ``tests/support``): Malta (``MT``), the Maldives (``MV``) and Luxembourg (``LU``). The
  brief asked for African or Oceanian tables, but every such table names-dataset has (BW,
  NA, GH, NG, CM, FJ, MU, ET, ZA and the North African ones) is already in a snapshot, and
  KE, ZM and the like are not in names-dataset; Honduras was tried too and dropped, as
  most of its draw read as typos and words. Surnames come from ranks 40-999 and first
  names from ranks 20-499 of each table (``RANKS``, ``FIRST_RANKS``), women and men in
  turn, through the tenth's ``dataset_people``: one capitalised word of plain letters,
  three or more, a first name not in the country's surname table, in no earlier snapshot
  (``EARLIER``, every ``*_names.json`` before this one) nor drawn already. Every draw was
  read by hand: entries that read as words, places, brands, pet forms (``Guzi``,
  ``Salvinu``, ``Zezito``), typos (``Josrph``, ``Catheriine``), a Pokémon, or surnames in
  the first-name column were left out (``NOT_NAMES``) and drawn again once; in the second
  draw the people with such a word (``DROPPED``) were left out without drawing again,
  which keeps 50 of the 85 drawn (``DATASET_DRAWN`` counts the draw, ``DRAWN`` what is
  kept). The Malta table holds many names of people living there from elsewhere, and in
  the Maldives a first name often stands as the family name, so a few kept pairs may read
  as rare rather than typical. Regenerate with ``uv venv /tmp/regen37 && uv pip install
  -p /tmp/regen37 names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen37/bin/python -m
  tests.support.thirtyseventh_corpus``; names-dataset is not a dependency and the corpus
  itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (foods and small creatures), each
  starting with a letter from S to Z, none in an earlier corpus file (``NICKNAMES``;
  checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a hop picker, a cider press operator, an orchard owner, a hill trail
  ranger, a mobile library driver, a livestock auctioneer, a castle ticket desk, a canoe
  hirer, a hedge layer, a beekeeper, a show steward, a chimney sweep, a piano tuner, a
  rural postie, a dog groomer, a caravan park warden, a glider club instructor, a
  cobbler, a clock repairer...), in lower case and in sign-offs; names and give-away
  details in pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on
  invented streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI
  numbers; invented schools and a pre-school (``SCHOOLS``); email addresses; written out
  by the twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve towns no
  earlier corpus file names (``AREAS``) in Gloucestershire (Wotton-under-Edge,
  Nailsworth, Dursley, Stonehouse: Stroud District Council), Herefordshire (Ledbury,
  Kington, Bromyard, Leominster: Herefordshire Council) and Shropshire (Cleobury
  Mortimer, Ludlow, Church Stretton, Much Wenlock: Shropshire Council), with the county's
  children's services, Gloucestershire Constabulary or West Mercia Police, NHS trusts,
  the integrated care board, the ambulance service (South Western or West Midlands) and
  each partnership (``SCP``). Of the twelve towns the brief named, Bishop's Cleeve is one
  of the thirty-fourth's towns, and Newent and Tenbury Wells were left out because their
  district councils carry the names of earlier corpora's areas, which this file may not
  contain; so no Worcestershire town is an area, and Worcestershire is named only in the
  Herefordshire and Worcestershire bodies and one cross-border training line. The
  partnerships' names were checked with the ``search`` tool: the Herefordshire
  Safeguarding Children Partnership (herefordshiresafeguardingboards.org.uk, which also
  gave Herefordshire Council's Plough Lane offices), the Shropshire Safeguarding
  Community Partnership (its own site; it covers children, adults and community safety)
  and the Worcestershire Safeguarding Children Partnership (safeguardingworcestershire
  .org.uk); the Gloucestershire Safeguarding Children Partnership follows the
  thirty-fourth's check. The trusts, the ICBs, the ambulance services and the venues were
  written from memory and not checked one by one: Ebley Mill and the Subscription Rooms
  (Stroud), the Civic Centre at Wotton-under-Edge, the Vale Community Hospital (Dursley),
  Stonehouse, Nailsworth, Kington and Cleobury Mortimer libraries, the community
  hospitals of Ledbury, Bromyard, Leominster, Ludlow and Bridgnorth, Bromyard Leisure
  Centre, the Mayfair Centre (Church Stretton) and Shirehall (Shrewsbury) in particular
  may be named differently, have moved or closed. Venues are council offices, libraries,
  community centres, leisure centres and hospitals, never a person's address. People are
  named only by role; roles, themes, courses, rooms, times and periods are the
  twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``names-dataset-<country>``, those naming a nickname ``hand-nicknames``, the rest
  ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the orchards,
  hop yards and hills of the Marches that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtyfifth_corpus,
    thirtyfourth_corpus,
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
#: Surname and first-name ranks (the tables are new to the corpora, so any ranks do).
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
STREETS += ("Wenlock Edge Crescent", "Mynd View Terrace", "Bramblecote Walk", "Pomace Court")
TOWNS = ("Wotton-under-Edge", "Nailsworth", "Dursley", "Stonehouse", "Ledbury", "Kington")
TOWNS += ("Bromyard", "Leominster", "Cleobury Mortimer", "Ludlow", "Church Stretton")
TOWNS += ("Much Wenlock", "Cam", "Dymock", "Clun")
SCHOOLS = (
    "Perrypear Lane Primary School",
    "Hopkiln Row Church of England Academy",
    "St Milburga's Catholic Primary",
    "Oast Yard Infant School",
    "Cidermill Close Junior School",
    "Mynd View High School",
    "Bramblecote Walk Pre-School",
    "Pomace Court Short Stay School",
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
    "Cider press operator saw {g} {h} hand {f} a pint of strong cider and laugh when he was sick.",
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
    "Farm shop butcher says {g} {h} sends {f}, 11, to pay for meat with cash wrapped in foil.",
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
    "{f}'s {rel} was shouting {n} along the high street when the officers turned up.",
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


# --- benign (real places of England, organisations by their real names) -------------------

#: Gloucestershire's county partners, as the thirty-fourth names them.
_GLOS = thirtyfourth_corpus._GLOS
_WMAS = ("West Midlands Ambulance Service University NHS Foundation Trust",)
_HW_ICB = ("NHS Herefordshire and Worcestershire Integrated Care Board",)
_HWHCT = "Herefordshire and Worcestershire Health and Care NHS Trust"
_HEREFS = {
    "council": ("Herefordshire Council children's services",),
    "police": ("West Mercia Police",),
    "icb": _HW_ICB,
    "ambulance": _WMAS,
    "trust": ("Wye Valley NHS Trust", _HWHCT),
} | _district("Herefordshire Council")
_SHROPS = {
    "council": ("Shropshire Council children's services",),
    "police": ("West Mercia Police",),
    "icb": ("NHS Shropshire, Telford and Wrekin Integrated Care Board",),
    "ambulance": _WMAS,
    "trust": (
        "The Shrewsbury and Telford Hospital NHS Trust",
        "Shropshire Community Health NHS Trust",
    ),
} | _district("Shropshire Council")
_STROUD = _GLOS | _district("Stroud District Council")

#: The twelve areas, towns no earlier corpus file names (of the twelve first asked for,
#: Bishop's Cleeve is one of the thirty-fourth's towns, and Newent and Tenbury Wells could
#: not be written with their district councils, whose names are earlier corpora's areas;
#: Wotton-under-Edge, Stonehouse and Cleobury Mortimer stand in):
#: the district or unitary council's teams, the county's partners by their real names, and
#: two civic venues of the town or its council (libraries, hospitals, council offices,
#: leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Wotton-under-Edge": _STROUD
    | {"venue": ("Wotton-under-Edge Library", "the Civic Centre, Wotton-under-Edge")},
    "Nailsworth": _STROUD | {"venue": ("Nailsworth Library", "Ebley Mill, Stroud")},
    "Dursley": _STROUD | {"venue": ("Dursley Library", "the Vale Community Hospital, Dursley")},
    "Stonehouse": _STROUD | {"venue": ("Stonehouse Library", "the Subscription Rooms, Stroud")},
    "Ledbury": _HEREFS | {"venue": ("Ledbury Library", "Ledbury Community Hospital")},
    "Kington": _HEREFS | {"venue": ("Kington Library", "the Plough Lane Offices, Hereford")},
    "Bromyard": _HEREFS | {"venue": ("Bromyard Community Hospital", "Bromyard Leisure Centre")},
    "Leominster": _HEREFS | {"venue": ("Leominster Library", "Leominster Community Hospital")},
    "Cleobury Mortimer": _SHROPS
    | {"venue": ("Cleobury Mortimer Library", "Bridgnorth Community Hospital")},
    "Ludlow": _SHROPS | {"venue": ("Ludlow Library", "Ludlow Community Hospital")},
    "Church Stretton": _SHROPS
    | {"venue": ("Church Stretton Library", "the Mayfair Centre, Church Stretton")},
    "Much Wenlock": _SHROPS
    | {"venue": ("Much Wenlock Library", "Shirehall, Abbey Foregate, Shrewsbury")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_HSCP = "Herefordshire Safeguarding Children Partnership"
_SHROPS_SCP = "Shropshire Safeguarding Community Partnership"
_COUNTY = {
    **dict.fromkeys(("Wotton-under-Edge", "Nailsworth", "Dursley", "Stonehouse"), "Glos"),
    **dict.fromkeys(("Cleobury Mortimer", "Ludlow", "Church Stretton", "Much Wenlock"), "Shrops"),
}
_SCP_OF = {
    "Glos": "Gloucestershire Safeguarding Children Partnership",
    "Shrops": _SHROPS_SCP,
}
#: Each area's partnership as it styles itself.
SCP = {area: _SCP_OF.get(_COUNTY.get(area, ""), _HSCP) for area in AREAS}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 37-03", "LCSPR 36/11", "RR/37/08", "CSPR-36-14", "RR 35/29", "PLR 37-02")
AGE_BANDS = ("aged ten weeks", "under one", "aged three", "aged 9", "aged 15")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Orchard", "Hopyard", "Marches", "Hillfort", "Oxbow", "Kiln", "Sandstone", "Cider")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_U = " The {role} will update the partners in {period}."
_S = (
    "\n\nPlease reply to the partnership inbox by {date}.\n\nKind regards,\n"
    "Partnership business unit\n{scp}"
)
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Summary for the partners, {{area}}: {event}. {{council}} held a strategy discussion "
        f"with {{police}}, and {{trust}} shared its records. Under {{ref}} the partners will "
        f"look at {question}.{_U}"
        for event, question in (
            (
                "a baby {age_band} was brought in with bruising to the ear and cheek",
                "how the first explanation was checked with the family doctor",
            ),
            (
                "a teenager was arrested carrying drugs on a train",
                "whether the earlier missing episodes were treated as exploitation",
            ),
            (
                "a child {age_band} was found at home alone with no heating or food",
                "how signs of neglect were shared by school and health visiting",
            ),
            (
                "a girl of 13 was groomed through a gaming platform",
                "how her school and the police worked on the disclosure",
            ),
            (
                "an infant {age_band} died while bed-sharing after a family party",
                "how safer sleep advice was given to both parents",
            ),
            (
                "a disabled child {age_band} missed a year of therapy appointments",
                "how was-not-brought policies were followed by health teams",
            ),
            (
                "a boy of 16 was seriously assaulted outside a takeaway",
                "how peer group risks were mapped across agencies",
            ),
            (
                "a family with a child {age_band} lived in four rented homes in two years",
                "how records moved with the family across county borders",
            ),
            (
                "a child {age_band} told a dinner lady that the adults at home fight",
                "how police domestic abuse notifications reached the school",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review outcome, {{ref}}: {outcome} This was agreed on {{date}} by the "
        f"safeguarding partners ({{council}}, {{police}} and {{icb}}), and the rapid review "
        f"goes to the National Panel by {{date2}}. The {{role}} will brief the {{scp}}."
        for outcome in (
            "the criteria for a local child safeguarding practice review are met.",
            "no local review is needed, as the learning is already in hand.",
            "a themed review of {theme} will serve better than a single-case review.",
            "the learning will join a review already running in {area}.",
            "a local review will be commissioned, built around a practitioner event.",
            "the Panel is asked whether a national review would add anything.",
            "a one-page learning summary will be issued and no review is needed.",
            "a local review is needed on how health and schools escalated concerns.",
            "the partners will wait for the inquest before deciding on a review.",
        )
    ),
    "minutes": tuple(
        f"{group} - {{room}}, {{venue}}, {{date}}\n"
        "Present: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"1. {item}\n2. Actions from {{ref}} reviewed.\n3. Next meeting {{date2}} at {{time}}."
        for group, item in (
            ("Child exploitation and missing group", "Return interview rates in {area}, {rag}."),
            ("Case review subgroup", "Two new referrals for rapid review from {area}."),
            ("Quality and effectiveness group", "Multi-agency audit on {theme} presented."),
            ("Partnership executive", "Budget and partner contributions for {period}."),
            ("Learning and development group", "Feedback on {course} discussed."),
            ("Child death overview liaison", "Learning from sudden infant deaths in {area}."),
            ("Education safeguarding group", "Children missing education in {area}."),
            ("Designated and named professionals", "Was-not-brought audit for {area}."),
            ("Performance subgroup", "Dashboard for {period}; two indicators {rag}."),
            ("Neglect strategy group", "Take-up of the neglect toolkit in {area}."),
        )
    ),
    "partner_email": tuple(
        f"Hello everyone,\n\n{body}{_S}"
        for body in (
            "The partners have approved the final report for {ref}. It goes to the National "
            "Panel and the Department for Education before publication in {period}.",
            "Please send your agency chronology for rapid review {ref}. The review meeting "
            "is on {date2} at {time} in {room}, {venue}.",
            "The revised action plan for {ref} is attached. Leads are {council}, {police} and "
            "{trust}; please update your actions before the executive.",
            "Our independent scrutineer will meet {council}, {police} and {icb} during "
            "{period} to see how rapid reviews are working in {area}.",
            "The National Panel has replied about {ref}. It asks that the review looks at "
            "{theme} and at the part played by the {district}.",
            'Places are open for "{course}" at {venue}, {time} to {time2}, for staff from '
            "{council}, {police}, health and the district councils.",
            "{ambulance} will send a paramedic and its named professional to the learning "
            "event for {ref} at {venue}.",
            "For {ref}, the reviewer would like to know how the {district} chooses temporary "
            "housing for families with new babies.",
            "The designated nurse at {icb} will run the health workshop on {theme}. Could "
            "{trust} put forward a named nurse to join her?",
            "The serious incident in {area} needs a Panel notification within five working "
            "days. Could {police} and {trust} confirm their contact with the family?",
            "Thanks for the chronology from {council} for {ref}. Could you check whether "
            "anyone from health was at the strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: emerging findings went to the review panel on {date}. They point "
        "to drift in child in need plans in {area}, stretched school nursing at {trust} and "
        "little curiosity about the adults coming and going. {council} will reply in writing." + _U,
        "Local review {ref}: practitioners from {police}, {trust} and the {district} met the "
        "reviewer at {venue} on {date}. They described frequent changes of worker and not "
        "knowing who held the plan. The reviewer will test this with managers." + _U,
        "Local review {ref}: on {date} the panel set the lines of enquiry: the child's daily "
        "life, the move between counties, how {icb} commissions health visiting and how "
        "concerns were escalated across the {scp}." + _U,
        "Local review {ref}: the reviewer has now spoken with staff at {council} and {trust}. "
        "A first draft is due in {period}, covering {theme} and how agencies in {area} worked "
        "with fathers. The family has been invited to meet the reviewer.",
        "Local review {ref}: learning event booked for {date} at {venue}.",
        "Local review {ref}: terms of reference agreed on {date}.",
        "Reviewer appointed for {ref}; the panel sits on {date2}.",
        "Local review {ref}: the parents chose not to take part.",
        "Local review {ref} paused while the trial goes ahead.",
    ),
    "chronology": (
        "{date}: community midwife contacted the front door.",
        "{date}: {police} called to a disturbance; two children at home.",
        "{date}: strategy meeting; section 47 enquiries to begin.",
        "{date}: {ambulance} conveyed the baby to {trust}.",
        "{date}: the {district} moved the family to temporary housing.",
        "{date}: initial child protection conference; plan under neglect.",
        "{date}: new birth visit by the health visitor; no worries raised.",
        "{date}: outpatient appointment at {trust} missed; GP informed.",
        "{date}: early help closed; family did not want further help.",
        "{date}: {council} social worker saw the child alone at school.",
        "{date} to {date2}: {police} recorded two missing episodes.",
        "{date}: attendance 68%; school attendance officer home visit.",
    ),
    "checklist": (
        "Chronologies in from all agencies: yes.",
        "Panel notified within five working days: yes, {date}.",
        "Parents written to about the review on {date}.",
        "Child's wishes and feelings: to be sought by {date2}.",
        "Reviewer appointed: yes.",
        "Terms of reference agreed by the partners: not yet.",
        "Records from {trust} received: yes.",
        "Records from the {district} received: yes.",
        "Coroner's office told: yes, {date}.",
        "Disclosure agreed with {police}: yes.",
        "Seven-minute briefing drafted: no.",
        "Rapid review to the Panel within 15 working days: yes.",
    ),
    "notice": (
        "Case review subgroup: {date}, {time}, {room}, {venue}.",
        "Learning event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} safeguarding summit, {venue}, {date}.",
        "Executive now on {date} at {time}, {room}.",
        "DSL network meeting: {date}, {venue}, {time}.",
        'Lunch and learn: "{course}", {date}, {time}.',
        "Childminders' safeguarding drop-in, {venue}, {date}.",
        "Neglect strategy launch, {room}, {venue}, {date}.",
        "Performance subgroup off on {date}; next on {date2}.",
        "Joint audit day, {date}, {room}, {venue}.",
        "Youth voice panel, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "case review subgroup agenda pinned above",
        "has {trust} got its chronology in for {ref}?",
        "booked a room at {venue} for {date}",
        "reminder - Panel notification due today",
        "{district} can't make {time}, is {time2} ok?",
        "ToR draft in the shared drive, comments by {date}",
        "thanks all, minutes to follow",
        "{police} lead for the RR confirmed",
        "training programme for {period} is up",
        "does {ref} go to exec before the Panel?",
        "scrutineer's report now on SharePoint",
        "who's in the chair on {date}?",
        "can someone resend the chronology template?",
        "{icb} designated nurse on the {time} Teams call",
    ),
    "panel": (
        "Panel reply on {ref} received {date}; decision agreed.",
        "Panel notified of {ref} on {date}.",
        "Panel expects the rapid review by {date2}.",
        "Panel feedback: clear analysis, learning well focused.",
        "Panel will not take {ref} forward nationally.",
        "Rapid review for {ref} sent to the Panel and Ofsted.",
        "Panel asked about gaps in the timeline; answered {date}.",
        "Final report on {ref} sent to the Panel {date}.",
        "Panel granted more time on {ref}, to {date2}.",
        "Panel's annual report circulated to partners.",
    ),
    "publication": (
        "Report on {ref} to be published on {date}.",
        "Publication held back until the trial ends.",
        "Executive summary only to be published, agreed {date}.",
        "Parents told of the publication date.",
        "Press lines agreed with {council} communications.",
        "Report on the {scp} website from {date}.",
        "Seven-minute briefing published alongside.",
        "Publication moved to {date2} at the coroner's request.",
        "Report removed after twelve months as planned.",
        "Publication plan sent to the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed appointments by {date}.",
        "Action 2: {council} to note every adult in the home on each visit.",
        "Action: {police} to send domestic abuse notifications to schools by 9am.",
        "Action: {icb} to fund safer sleep training for midwives.",
        "Action 3: joint sessions on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding prompt to patient handover.",
        "Action: the {district} to alert health visitors when families move out.",
        "Action 4 done: escalation policy reissued {date}.",
        "Action 5: the {role} to report progress to the executive.",
        "Improvement plan, {period}: 14 actions, 9 done, 5 {rag}.",
        "Action: all partners to use the shared chronology form from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed when the new tenancy starts.",
        "{district}: main homelessness duty accepted on {date}.",
        "Two officers from the {district} will join the learning event.",
        "The {district} has been briefed about {ref}.",
        "Housing staff in {area} to finish {course} by {date}.",
        "Stroud District Council and Gloucestershire Constabulary looked at anti-social "
        "behaviour reports from Nailsworth.",
        "Stroud District Council housing officers met Gloucestershire Health and Care NHS "
        "Foundation Trust school nurses in Dursley.",
        "Stroud District Council and Gloucestershire Hospitals NHS Foundation Trust agreed a "
        "discharge route for families in Stonehouse.",
        "Herefordshire Council housing staff and Wye Valley NHS Trust discussed families "
        "placed in Leominster.",
        "Herefordshire Council and West Mercia Police reviewed the youth offer in Kington.",
        "Herefordshire Council community safety team met youth workers in Bromyard.",
        "Shropshire Council and Shropshire Community Health NHS Trust agreed how midwives hear "
        "of families moving to Cleobury Mortimer.",
        "Shropshire Council housing options staff briefed Shropshire Community Health NHS "
        "Trust health visitors in Ludlow.",
        "Shropshire Council and The Shrewsbury and Telford Hospital NHS Trust agreed a contact "
        "route for families in Church Stretton.",
        "Shropshire Council community safety team met West Mercia Police about exploitation "
        "near Much Wenlock.",
        "Herefordshire Council and Herefordshire and Worcestershire Health and Care NHS Trust "
        "discussed young carers in Ledbury.",
        "Stroud District Council and Gloucestershire Constabulary reviewed night-time "
        "economy concerns in Wotton-under-Edge.",
    ),
    "training": (
        'Online module "{course}" is now live.',
        "Training needs survey closes on {date}.",
        "Induction for new partnership members on {date} at {venue}.",
        "{course}: a few places left in {period}.",
        "Trainers' forum, {room}, {date}.",
        "Evaluation of the {theme} course shows staff feel more confident.",
        "Designated leads' refresher due in {period}.",
        "Gloucestershire Safeguarding Children Partnership ran a neglect workshop in Dursley.",
        "Herefordshire Safeguarding Children Partnership trained youth workers in Leominster.",
        "Shropshire Safeguarding Community Partnership ran an exploitation session in "
        "Cleobury Mortimer.",
        "Shropshire Safeguarding Community Partnership held a safer sleep session in Ludlow.",
        "South Western Ambulance Service NHS Foundation Trust crews in Nailsworth completed "
        "level 3 training.",
        "West Midlands Ambulance Service University NHS Foundation Trust and West Mercia "
        "Police held a self-harm session in Bromyard.",
        "Worcestershire Safeguarding Children Partnership and Shropshire Safeguarding Community "
        "Partnership planned joint training for schools either side of the county border.",
        "NHS Herefordshire and Worcestershire Integrated Care Board and Wye Valley NHS Trust "
        "refreshed the bruising in babies course.",
        "NHS Shropshire, Telford and Wrekin Integrated Care Board and Shropshire Council "
        "children's services ran a parental mental health course in Church Stretton.",
        "NHS Gloucestershire Integrated Care Board and Gloucestershire Health and Care NHS "
        "Foundation Trust ran a safer sleep session in Stonehouse.",
        "Shropshire Safeguarding Community Partnership ran a county lines briefing for "
        "Much Wenlock schools.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child T", "Child MW", "Infant S", "Baby L", "Young Person D", "Sibling 3"),
    *("Sibling 5", "Unborn Baby K", "HT", "R.B.", "Child G and Child H", "Orchard"),
    *("Hopyard", "Marches", "Hillfort", "Oxbow", "Kiln", "Sandstone", "Cider", "Child Q"),
    *("Infant LM", "Baby TW", "Young Person F", "NW", "T", "Child A", "Sibling X"),
    *("J.D.", "Baby F and Baby G", "Child RS", "Young Person CK", "MB", "Infant P"),
    "Unborn Child Y",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtyseventh-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
