"""A thirty-sixth held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtysixth_names.json``, a seeded snapshot (seed ``thirtysixth-<country>``).
  First names come from the npm package human-names 1.0.13 (MIT), which no earlier corpus
  drew (no other corpus file names it; no snapshot key holds it): all twelve of its lists,
  the women's and the men's of its six locales (``LOCALES``: en, de, es, fr, it, nl), read
  from its JSON tables, women and men in turn. Surnames come from names-dataset 3.3.1
  (Apache-2.0), three Latin-script country tables that no other snapshot holds at all
  (checked against every ``*_names.json`` country key in ``tests/support``; the
  thirty-fourth took BO, JO, UY, CR and PA): Hungary, Ecuador and Iceland (``COUNTRIES``),
  at surname ranks 1000-5999 (``RANKS``), less any surname that is also a first name of
  the country's table or of human-names. The first draw also took Luxembourg and Malta;
  the thirty-seventh corpus, written alongside, drew those two tables, so they were
  dropped and the three others drawn deeper (``DRAWN``: 17, 17 and 16 people). Each word
  is in no other snapshot (``EARLIER``, every earlier ``*_names.json`` and the
  thirty-seventh's) and drawn once, one capitalised word of plain letters, three or more
  (the twenty-fifth's ``PLAIN``). Every draw was read by hand: words, places, brands, pet
  forms (``Nikki``, ``Robbie``), typos (``Eliizabeth``, ``Willam``), truncations
  (``Skarph``), first names in the surname column and strings that are no one's name
  (``Djv``) were left out (``NOT_NAMES``) and the draw made again, eighteen times in all,
  until all 50 people read as names. These tables are noisy (Iceland's holds many
  non-Icelandic entries); a few kept spellings may be rare variants. Regenerate with
  ``npm install --prefix /tmp/c36npm human-names@1.0.13``, ``uv venv /tmp/regen36 && uv
  pip install -p /tmp/regen36 names-dataset==3.3.1`` and ``PYTHONPATH=.
  /tmp/regen36/bin/python -m tests.support.thirtysixth_corpus /tmp/c36npm/node_modules``;
  neither package is a dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (puddings, fruit, small creatures,
  toys), each starting with a letter from M to R (other corpora written at the same time
  coin from other letters), none in an earlier corpus file (``NICKNAMES``; checked by
  grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a Thames sailing barge skipper, an oyster fishery packer, a beach hut
  warden, a marina night guard, a reservoir bailiff, a museum attendant, a film studio
  runner, a windmill volunteer, a cattery owner, a recycling centre attendant, a morris
  side squire, a sea cadet instructor, a lido lifeguard, a pier arcade attendant, a golf
  caddie master...), in lower case and in sign-offs; names and give-away details in
  pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on invented
  streets (``STREETS``) in real towns and villages of the areas; postcodes; phone, NHS and
  NI numbers; invented schools and a nursery (``SCHOOLS``); email addresses; written out
  by the twenty-fifth's ``identifying_of``.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve towns of
  Hertfordshire and Essex that no earlier corpus file names (``AREAS``): Tring, Bushey,
  Kings Langley, Radlett, Thaxted, Brightlingsea, Frinton-on-Sea, Halstead,
  Burnham-on-Crouch, South Woodham Ferrers, Great Dunmow and Coggeshall. Thaxted stands in
  for Chipping Ongar, which the brief named, because the thirty-third's towns hold
  "Ongar". Each town comes with its district council's housing options and community
  safety teams (Dacorum, Hertsmere, Uttlesford, Tendring, Braintree, Maldon, Chelmsford),
  Hertfordshire County Council or Essex County Council children's services,
  Hertfordshire Constabulary or Essex Police, NHS trusts, its integrated care board (NHS
  Hertfordshire and West Essex; NHS Mid and South Essex; NHS Suffolk and North East
  Essex), the East of England Ambulance Service and its partnership (``SCP``: the
  Hertfordshire Safeguarding Children Partnership and the Essex Safeguarding Children
  Board, as the thirty-third names them). Checked with the ``search`` tool: the Essex
  Safeguarding Children Board's name (escb.co.uk, and Essex County Council's schools
  pages, which say its statutory partners work under that title with three ICBs), the
  McGrigor Hall in Fourth Avenue, Frinton-on-Sea, and Foakes Hall in Great Dunmow (first
  written from memory as "Foakes House", corrected). Everything else was written from
  memory and not checked one by one: the trusts, the ICBs' areas, the councils' offices
  (The Forum in Hemel Hempstead, the Civic Offices in Borehamwood, Causeway House in
  Braintree, the Council Offices in Saffron Walden and Maldon, Clacton Town Hall) and the
  libraries, leisure centres, halls and hospitals; Kings Langley Library, Bushey Museum,
  the Guildhall in Thaxted and Halstead Leisure Centre in particular may be named
  differently, have moved or closed. Five of the district names are areas of the
  twenty-third and the twenty-sixth, whose tests now let this file name their councils.
  Venues are council offices, civic halls, libraries, leisure centres and hospitals,
  never a person's address. People are named only by role; roles, themes, courses, rooms,
  times and periods are the twenty-first's, through the twenty-second's ``DRAWS``.
- Identifiers are all invented, as the tenth corpus's ``person_values`` makes them:
  drama-range telephone numbers, 999-range NHS numbers with a correct check digit, NI
  numbers starting QQ, email at example.com/.org/.net, and postcodes of a real shape in
  unissued areas. An identifying sample's ``source`` is its snapshot key
  (``human-names+names-dataset-<country>``) when it names a drawn person,
  ``hand-nicknames`` when it names a nickname, and otherwise ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Essex coast
  and the Chilterns that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were).
Nothing here was changed after seeing the guard's answer to it; the guard was never run on
it.
"""

from __future__ import annotations

import importlib
import json
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtyfifth_corpus,
    thirtythird_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
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
NAMES_FILE = Path(__file__).with_name("thirtysixth_names.json")
SOURCES = "human-names 1.0.13 (MIT) and names-dataset 3.3.1 (Apache-2.0)"
SEED = "thirtysixth-<country>"
#: The snapshots whose names are skipped: every other one (the thirty-fifth's list, the
#: thirty-fifth's own and the thirty-seventh's, written alongside).
EARLIER = tuple(
    dict.fromkeys(
        (*thirtyfifth_corpus.EARLIER, "thirtyfifth_names.json", "thirtyseventh_names.json")
    )
)
#: human-names's locales, each with a women's and a men's list (all twelve lists drawn).
LOCALES = ("en", "de", "es", "fr", "it", "nl")
#: names-dataset country tables in Latin script that no other snapshot holds at all
#: (Hungary, Ecuador, Iceland), and the surname ranks drawn.
COUNTRIES = ("HU", "EC", "IS")
RANKS = (1000, 6000)
#: How many people each source gives: a human-names first name with a surname of the table.
DRAWN = tuple(
    (f"human-names+names-dataset-{c}", n) for c, n in zip(COUNTRIES, (17, 17, 16), strict=True)
)
ROMANISED: tuple[str, ...] = ()
#: Entries read by hand in the draw as words, places, brands, pet forms, typos, first names
#: in the surname column or not a person's name; each was drawn again.
NOT_NAMES = frozenset(
    {
        *("America", "Nile", "Rover", "Montgomery", "Sammy", "Nikki", "Lou", "Amie"),
        *("Aurora", "Royce", "Emery", "Nauth", "Abree", "Rien", "Lilou", "Sike", "Wohl"),
        *("Eliizabeth", "Espiritual", "Eufrazio", "Kinn", "Cdingli", "Slsr", "Elaida"),
        *("Geirs", "Kris", "Pansy", "Juul", "Lotta", "Fabula", "Durazno", "Shkoder"),
        *("Kamilly", "Rmthn", "Ttcc", "Mycmaka", "Einatsdottir", "Siddidd", "Spandau"),
        *("Svavone", "Nico", "Thaynara", "Dude", "Ries", "Atkiins", "Aceeasi", "Coral"),
        *("Donnie", "Mccrann", "Buivydad", "Axseldotter", "Mahe", "Llanganate", "Capuz"),
        *("Robbie", "Bazilio", "Siggiewi", "Stigh", "Littleboy", "Swef", "Beautyplus"),
        *("Bladen", "Lori", "Ronlor", "Peneiras", "Timothe", "Sigurvinsoghreins"),
        *(
            "Iclande",
            "Quintrell",
            "Jamchid",
            "Xayir",
            "Chance",
            "Euroltd",
            "Klkn",
            "Normayanti",
            "Alexandria",
            "Plasencia",
        ),
        *("Cristal", "Honey", "Fije", "Chastity", "Veda", "Haven", "Pim", "Sverrirdottir"),
        *("Toby", "Nala", "Saquisili", "Gustavino", "Dick", "Reveals", "Darayen", "Zeb"),
        *("Kali", "Sjef", "Chongo", "Maquillaje", "Xciempre", "Joninu", "Deacon", "Willam"),
        *("Lexie", "Gref", "Kataleya", "Djv", "Jeres", "Beiia", "Sidel", "Bonifacius"),
        *("Jeenisha", "Iskraft", "Granger", "Bonquesha", "Meg", "Zoria", "Ferrety", "Skarph"),
        *("Ireneusz", "Bjarnasson", "Gian", "Clarity", "Gunnlaugsd", "Josefino"),
        *("Campoberde", "Pancerny", "Arenarius", "Bielenda", "Egypts", "Sgubea"),
        *("Mitag", "Sveinsd", "Olvers", "Calamno"),
    }
)


def _first_names(node_modules: Path) -> tuple[list[str], list[str]]:
    """human-names's women's and men's first names of every locale, plain and in order."""
    data = node_modules / "human-names" / "data"
    lists = []
    for sex in ("female", "male"):
        names: list[str] = []
        for locale in LOCALES:
            text = (data / f"{sex}-human-names-{locale}.json").read_text(encoding="utf-8")
            names += json.loads(text)
        lists.append(list(dict.fromkeys(n for n in names if PLAIN.fullmatch(n))))
    return lists[0], lists[1]


def regenerate_names(node_modules: str) -> None:
    """Draw the people (names-dataset importable only here) and write the snapshot: for
    each country, seeded ``thirtysixth-<country>``, women and men in turn, a human-names
    first name and a surname of ranks ``RANKS`` of the country's table, no word in an
    earlier snapshot, ``NOT_NAMES``, any first-name list or drawn already."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    women, men = _first_names(Path(node_modules))
    firsts = {n.casefold() for n in (*women, *men)}
    tables = importlib.import_module("names_dataset").NameDataset()
    top_first = tables.get_top_names(n=20000)
    top_last = tables.get_top_names(n=RANKS[1], use_first_names=False)
    people: dict[str, list[list[str]]] = {}
    for (source, count), country in zip(DRAWN, COUNTRIES, strict=True):
        known = {n.casefold() for key in ("F", "M") for n in top_first[country][key]}
        surnames = [
            n
            for n in top_last[country][RANKS[0] : RANKS[1]]
            if PLAIN.fullmatch(n) and n not in NOT_NAMES and n.casefold() not in known | firsts
        ]
        rng = random.Random(f"thirtysixth-{country}")
        drawn: list[list[str]] = []
        while len(drawn) < count:
            first = rng.choice((women, men)[len(drawn) % 2])
            last = rng.choice(surnames)
            words = {first.casefold(), last.casefold()}
            if first not in NOT_NAMES and len(words) == 2 and not words & used:
                drawn.append([first, last])
                used |= words
        people[source] = drawn
    about = {"source": SOURCES, "seed": SEED}
    about["ranks"] = f"surnames {RANKS[0]}-{RANKS[1] - 1}; first names: every entry"
    write_snapshot(NAMES_FILE, about, people)


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Barge Quay Row", "Oyster Pit Lane", "Beach Hut Parade", "Reservoir Bank Close")
STREETS += ("Saltings Hythe", "Hopbine Way", "Silk Mill Yard", "Windpump Drove")
TOWNS = ("Wigginton", "Aldbury", "Bovingdon", "Chipperfield", "Abbots Langley", "Shenley")
TOWNS += ("Elstree", "Borehamwood", "Walton-on-the-Naze", "Clacton-on-Sea", "St Osyth")
TOWNS += ("Thorpe-le-Soken", "Sible Hedingham", "Earls Colne", "Kelvedon", "Southminster")
TOWNS += ("Althorne", "Danbury", "Felsted", "Takeley", "Stebbing")
SCHOOLS = (
    "Barge Quay Primary School",
    "Oyster Pit Lane Academy",
    "St Edwold's Church of England Primary",
    "Hopbine Way Infant School",
    "Silk Mill Junior School",
    "Reservoir Bank High School",
    "Saltings Hythe Day Nursery",
    "Beach Hut Parade Pupil Referral Unit",
)
SCHOOL_SHORT = ("Barge Quay", "Oyster Pit", "St Edwold's", "Reservoir Bank", "Silk Mill")
RELATIVES = ("nanny", "grandpop", "great-gran", "step-dad", "mum's fella", "nan", "auntie")
#: Twelve ways a date of birth is typed here (in the fields of the tenth's ``_date``).
BIRTH_FORMS = ("{dd}.{m}.{y}", "{d} {mon} {y}", "{mo} {dd}, {y}", "{y}-{m}-{d}")
BIRTH_FORMS += ("{wd} the {d}{th} of {mo} {y}", "{d}/{mm}/{yy}", "{dd}-{mon}-{y}")
BIRTH_FORMS += ("{d}{th} of {mon} '{yy}", "{mm}.{dd}.{yy}", "{dd} {mo} {yy}", "{d}-{m}-{yy}")
BIRTH_FORMS += ("{yy}{mm}{dd}",)
WHEN_FORMS = ("{wd} {dd} {mon}", "{d}.{m}.{y}", "{d} {mo}", "{wd}, {d}/{mm}")
WHEN_FORMS += ("{dd}/{mm}/{y}",)

#: Birth years 2011-2028 (ages 0-17), beside the benign side's dates in 2027-2029.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders filled by the tenth's person_values: {f} {l} for the child, {g} {h} for a
# parent or carer, {k} for a brother or sister and {rel} for another relative.
NAME_TEXT = (
    "Sailing barge skipper says {f} {l}, 12, stows away on the barge most weekends.",
    "The oyster fishery packer saw {g} {h} drag {f} along the hard by her hair.",
    "Beach hut warden found {f} {l} and {k} sleeping in a hut on the prom in October.",
    "Marina night guard says {f} {l} is picked up from the pontoons by men in a RIB.",
    "The reservoir bailiff found {f} {l} fishing alone at midnight, no coat, shaking.",
    "Museum attendant says {g} {h} left {f} in the bird gallery all day, every day.",
    "Film studio runner says {f} {l}, 15, was promised work and taken to a flat in Borehamwood.",
    "Windmill volunteer noticed a handprint bruise across {f} {l}'s cheek.",
    "Cattery owner says {g} {h} shuts {f} in with the cats when she has visitors.",
    "Recycling centre attendant saw {g} {h} hit {f} in the car park with a belt.",
    "The kebab shop owner says {f} {l} comes in at 1am with older men who pay.",
    "Crossing patrol officer says {f} {l} is alone at the crossing at 7am in pyjamas.",
    "Hospital porter overheard {g} {h} tell {f} to lie about the burn on her leg.",
    "Car wash lad says {f} {l}, 13, works the jet wash all day for cash.",
    "Food bank volunteer: {g} {h} says {f} and {k} have had nothing since Friday.",
    "Morris side squire saw {g} {h} shove {f} off the green and kick her.",
    "The hairdresser found lice, sores and a bald patch on {f} {l}'s head.",
    "Bowls club secretary says {f} {l} sleeps in the pavilion when {g} locks her out.",
    "Sea cadet instructor says {f} {l} came to parade with cigarette burns on his wrist.",
    "Lido lifeguard saw {f} {l} with a man who filmed her on his phone for an hour.",
    "Pier arcade attendant says {f} {l} is given tokens by men who then walk her off.",
    "Allotment holder found {f} {l} eating raw potatoes in the shed.",
    "Egg farm packer says {g} {h} brings baby {f} in and leaves her in the chiller room.",
    "Scout leader says {f} {l} told him {g} holds his head under the bath water.",
    "Sunday league manager saw {g} {h} slap {f} after he missed a penalty.",
    "Church flower rota lady says {f} {l} hides in the vestry until dark.",
    "Bike shop mechanic says {f} {l} has a new phone and a new moped every month.",
    "The golf caddie master says {g} {h} leaves {f}, 6, in the van all afternoon.",
    "Market fishmonger saw {g} {h} pinch {f} till she screamed, then laugh.",
    "{f} {l} told the taekwondo coach that {g} ties her to the bed at night.",
)
NAME_LOWER = (
    "barge skipper rang about {fl} {ll} again",
    "{fl} {ll} at the marina past midnight",
    "{gl} {hl} screaming at {fl} on the hard",
    "lido says {fl} {ll} with that man again",
    "{ll} children at the food bank, no shoes",
    "bailiff asking where {fl} {ll} lives now",
    "{fl} says {gl} hit the dog and then her",
    "rang {fl}'s {rel} - {gl} gone off again",
    "{fl} {ll} not at cadets, nobody answering",
    "nobody picked {fl} or {k} up from scouts",
    "{gl} {hl} kicked off at the arcade, {fl} there",
    "{fl} {ll} seen getting into a car at the pier",
    "car wash say {fl} {ll} back working",
    "beach hut warden says {fl} out all night again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{ll}",
    "{l} boys",
    "{f}, {age}",
    "{fi}. {l}",
    "{f} + {k}",
    "baby {f}",
    "the {l} lot",
    "{g} {h}'s boy",
    "{f} from the marina",
    "{l}/{f}",
)
SIGN_OFF = (
    "please dont say i told u\n{fl}",
    "Kind regards\n{g} {h}\n({f}'s {rel})",
    "thanks\n{g} (mum to {f} and {k})",
    "sorry bout spelling\n{f} {l} yr {year_group}",
    "{g} {h} ({rel}) typing this for {f}",
    "Regards,\n{g} {l}\nspecial guardian",
    "{f}'s {rel} {g}, at the end of my tether",
    "{f} {l}\n{age} yrs",
    "With thanks, {g} {h}, {f}'s foster carer",
)
NICKNAMES = ("Meringue", "Magpie", "Periwinkle", "Quince", "Ragdoll", "Raisin", "Mallow")
NICKNAMES += ("Oddsock", "Ripple", "Macaroon", "Nectarine", "Pancake", "Muesli", "Rusk")
NICKNAME_TEXT = (
    "At the lido they all know her as {n}, staff included.",
    "The lads at the pier arcade call him {n} and send him on errands.",
    "{f}'s {rel} was shouting {n} up and down the front when the patrol came.",
    "On the gaming site she is {n}, which is how the man knew where to find her.",
)
NICKNAME_PSEUDONYM = ("{n}", "our {n}", "{n} {li}", "{n} (the {l} lad)")
DOB_TEXT = (
    "red book says DOB {dob}",
    "dob - {dob}",
    "{g} gives {f}'s date of birth as {dob}",
    "Date of birth from the birth certificate {dob}",
    "born {dob} in the car on the A120",
    "{f} {l}, d.o.b. {dob}",
    "DOB {dob} (so {age} now)",
    "birthday {dob}, school has a different one",
    "born {dob}, 31 weeks, NICU at Broomfield",
)
PHONE_TEXT = (
    "mum on her mobile {phone}",
    "best number for {g} is {phone}",
    "{rel} left her mobile as {phone}",
    "house phone is {phone}",
    "{f} phoned from {phone}",
    "boyfriend's mobile: {phone}",
)
NHS_TEXT = (
    "NHS no (from the discharge letter) {nhs}",
    "{f} - NHS {nhs} (GP letter)",
    "baby NHS number {nhs}",
    "NHS no per EMIS {nhs}",
)
NI_TEXT = (
    "step-dad's NI number {ni}",
    "NI no {ni} (mum)",
    "grandpop's national insurance number {ni}",
    "NINO {ni} for the lodger",
)
ADDRESS_TEXT = (
    "Family moved last week to {street}, {town}",
    "lives at {street}, top flat",
    "visited {street}, {town} - curtains shut, dog barking",
    "{f} kipping on her {rel}'s sofa, {street}",
    "police out to {street} twice since Friday",
    "kicked out of {street}, in a {town} hostel now",
)
POSTCODE_TEXT = ("postcode is {postcode}", "pc {postcode}", "new address {postcode}")
SCHOOL_TEXT = (
    "{school} has her on roll, year {year_group}",
    "{school}, year {year_group}, attending 61% of sessions",
    "the {short} DSL phoned it through",
    "{f} joined {short} after Christmas",
    "{f} is on the {school} register, {n2} days missed",
)
EMAIL_TEXT = ("mum emails from {e}", "{g}'s email: {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} (born {dob})",
    "{fi}{li} of {street}, {town}",
    "{fi}{li} - {short}, year {year_group}",
    "child living at {postcode}",
    "{fi}{li} (NHS no. {nhs})",
    "{l} girl ({age}) in {town}",
    "{fi}{li} d.o.b. {dob}",
    "pupil in year {year_group} at {school}",
    "the {l} triplets in {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyfifth_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The counties' partners as the thirty-third names them (its ``_HERTS`` and ``_ESSEX``),
#: with west Hertfordshire's trusts; each Essex town adds its ICB and trusts below.
_EPUT = thirtythird_corpus._EPUT
_HERTS = thirtythird_corpus._HERTS | {
    "trust": (thirtythird_corpus._WHTH, thirtythird_corpus._HCT, thirtythird_corpus._HPFT)
}
_ESSEX = thirtythird_corpus._ESSEX
_MSE = {
    "icb": ("NHS Mid and South Essex Integrated Care Board",),
    "trust": ("Mid and South Essex NHS Foundation Trust", _EPUT),
}
_SNEE = {
    "icb": ("NHS Suffolk and North East Essex Integrated Care Board",),
    "trust": ("East Suffolk and North Essex NHS Foundation Trust", _EPUT),
}
_HWE = {
    "icb": ("NHS Hertfordshire and West Essex Integrated Care Board",),
    "trust": ("The Princess Alexandra Hospital NHS Trust", _EPUT),
}
_DACORUM = _district("Dacorum Borough Council")
_HERTSMERE = _district("Hertsmere Borough Council")
_UTTLESFORD = _district("Uttlesford District Council")
_TENDRING = _district("Tendring District Council")
_BRAINTREE = _district("Braintree District Council")

#: The twelve towns (none an earlier corpus file names; Thaxted stands in for Chipping
#: Ongar, as the thirty-third's towns hold "Ongar"): the district council's teams, the
#: county's partners by their real names, and civic venues of the town. The kinds are
#: ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Tring": _HERTS
    | _DACORUM
    | {"venue": ("the Victoria Hall, Akeman Street, Tring", "Tring Library")},
    "Bushey": _HERTS | _HERTSMERE | {"venue": ("Bushey Library", "Bushey Museum")},
    "Kings Langley": _HERTS
    | _DACORUM
    | {"venue": ("The Forum, Marlowes, Hemel Hempstead", "Kings Langley Library")},
    "Radlett": _HERTS
    | _HERTSMERE
    | {"venue": ("the Radlett Centre", "the Civic Offices, Elstree Way, Borehamwood")},
    "Thaxted": _ESSEX
    | _HWE
    | _UTTLESFORD
    | {"venue": ("the Guildhall, Thaxted", "the Council Offices, London Road, Saffron Walden")},
    "Brightlingsea": _ESSEX
    | _SNEE
    | _TENDRING
    | {"venue": ("Brightlingsea Library", "the Town Hall, Station Road, Clacton-on-Sea")},
    "Frinton-on-Sea": _ESSEX
    | _SNEE
    | _TENDRING
    | {"venue": ("Frinton Library", "the McGrigor Hall, Frinton-on-Sea", "Clacton Hospital")},
    "Halstead": _ESSEX
    | _MSE
    | _BRAINTREE
    | {"venue": ("Halstead Library", "Halstead Leisure Centre", "Halstead Hospital")},
    "Burnham-on-Crouch": _ESSEX
    | _MSE
    | _district("Maldon District Council")
    | {"venue": ("Burnham-on-Crouch Library", "the Council Offices, Princes Road, Maldon")},
    "South Woodham Ferrers": _ESSEX
    | _MSE
    | _district("Chelmsford City Council")
    | {
        "venue": (
            "South Woodham Ferrers Leisure Centre",
            "South Woodham Ferrers Library",
            "Broomfield Hospital, Chelmsford",
        )
    },
    "Great Dunmow": _ESSEX
    | _HWE
    | _UTTLESFORD
    | {"venue": ("Foakes Hall, Great Dunmow", "Great Dunmow Library")},
    "Coggeshall": _ESSEX
    | _MSE
    | _BRAINTREE
    | {"venue": ("Causeway House, Bocking End, Braintree", "Coggeshall Library")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_HSCP = "Hertfordshire Safeguarding Children Partnership"
_ESCB = "Essex Safeguarding Children Board"
#: Each area's partnership as it styles itself (the thirty-third's names).
SCP = {area: _HSCP for area in tuple(AREAS)[:4]}
SCP |= {area: _ESCB for area in tuple(AREAS)[4:]}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 36-03", "LCSPR 35/09", "RR/36/14", "CSPR-36-02", "RR 35/41", "PLR 36-08")
AGE_BANDS = ("aged five weeks", "under one", "aged three", "aged 11", "aged 15")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Saltings", "Hythe", "Oyster", "Reservoir", "Flint", "Chalk", "Barge", "Windmill")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_L = " The {role} will report back to the three partners in {period}."
_E = "\n\nPlease reply to the business support inbox by {date}.\n\nKind regards,\n"
_E += "Safeguarding business support\n{scp}"
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Summary: {opening} in {{area}}. {{council}} convened a strategy "
        f"discussion with {{police}}, and {{trust}} shared its records. The review of {{ref}} "
        f"is asked to look at {theme}.{_L}"
        for opening, theme in (
            (
                "an infant {age_band} was brought to hospital with a bruise to the ear",
                "how bruising in a baby who is not yet mobile was acted on",
            ),
            (
                "a young person {age_band} was arrested carrying drugs on a train",
                "whether exploitation was recognised before the arrest",
            ),
            (
                "a child {age_band} had severe tooth decay and missed every dental check",
                "how oral health neglect was noticed by universal services",
            ),
            (
                "a teenager {age_band} was groomed through an online game",
                "how online harm was discussed with the family and the school",
            ),
            (
                "an infant {age_band} died while co-sleeping after a family party",
                "what safer sleep advice the parents had been given and when",
            ),
            (
                "a child {age_band} was withdrawn from school to be home educated",
                "how elective home education was followed up",
            ),
            (
                "a child {age_band} cared for a mother with severe depression",
                "how adult mental health services thought about the children",
            ),
            (
                "a family with a child {age_band} lived on a boat with no fixed mooring",
                "how services stayed in touch with a family who moved often",
            ),
            (
                "a child {age_band} was present at repeated police call-outs to the home",
                "how domestic abuse notifications reached the school",
            ),
            (
                "a young person {age_band} was discharged from A&E after an overdose",
                "how the discharge was followed up by community mental health",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review {{ref}} decision: {decision} {{council}}, {{police}} and {{icb}} "
        f"agreed this on {{date}} and the Panel will be told by {{date2}}. The {{role}} will "
        f"take it to the {{scp}} executive."
        for decision in (
            "the case meets the threshold for a local practice review.",
            "no local review, as the learning is already in the neglect strategy.",
            "the case will feed a thematic review of {theme} already commissioned.",
            "learning will be tested through a multi-agency case audit in {area}.",
            "a local review using a systems approach will be commissioned.",
            "the partners will seek the Panel's view on a national review.",
            "a seven-minute briefing will be issued instead of a review.",
            "a local review is agreed, focused on the response at the front door.",
            "the review will include the GP practice and the school nursing service.",
            "a local review will start once the criminal investigation allows.",
        )
    ),
    "minutes": tuple(
        f"Minutes of the {group}, {{room}}, {{venue}}, {{date}} at {{time}}\n"
        "Present: the {role}, {council}, {police}, {trust} and the {district}.\n"
        f"1. {item}\n2. {{ref}}: update received.\n3. Date of next meeting: {{date2}}."
        for group, item in (
            ("neglect steering group", "Use of the graded care profile in {area} reviewed."),
            ("exploitation subgroup", "County lines intelligence for {area}; rated {rag}."),
            ("case review group", "Two new notifications from {area} considered."),
            ("executive board", "Budget and partner contributions for {period} agreed."),
            ("quality assurance group", "Audit findings on {theme} presented."),
            ("learning and development group", "Feedback on {course} reviewed."),
            ("child death review liaison", "Learning on water safety in {area} shared."),
            ("education safeguarding group", "Suspensions and exclusions in {area} reviewed."),
            ("health safeguarding forum", "Was-not-brought rates in {area} discussed."),
            ("performance group", "Dataset for {period} agreed; three indicators {rag}."),
        )
    ),
    "partner_email": tuple(
        f"Dear all,\n\n{body}{_E}"
        for body in (
            "The final report for {ref} has been agreed by the partners and will be sent to "
            "the Panel and the Department for Education before publication in {period}.",
            "Please send your agency chronology for {ref}. The rapid review meeting is on "
            "{date2} at {time} in {room}, {venue}.",
            "Please find the refreshed action plan for {ref}. Lead agencies are {council}, "
            "{police} and {trust}; updates are due before the executive board.",
            "The independent scrutineer will meet {council}, {police} and {icb} during "
            "{period} to look at early help in {area}.",
            "The Panel has replied on {ref} and asks that the review considers {theme} and "
            "the part played by the {district}.",
            'Places are available on "{course}" at {venue}, {time} to {time2}, open to staff '
            "from {council}, {police}, health and district councils.",
            "{ambulance} will send a clinician and its safeguarding lead to the learning "
            "session for {ref} at {venue}.",
            "For {ref}, the reviewer would like to understand how the {district} allocates "
            "temporary accommodation to families with a new baby.",
            "The designated nurse at {icb} will chair a short health task group on "
            "{theme}; could {trust} put forward a named professional?",
            "The serious incident in {area} needs to be notified within five working days. "
            "Could {police} and {trust} confirm their involvement?",
            "Many thanks to {council} for the chronology on {ref}. Could you check whether "
            "the health visitor was invited to the strategy discussion?",
        )
    ),
    "local_review": (
        "Local review {ref}: the reviewer shared early themes with the panel on {date}: "
        "fathers and partners were rarely seen in {area}, vacancies in health visiting at "
        "{trust} slowed contact, and the baby's routine was never observed. {council} will "
        "send a formal response." + _L,
        "Local review {ref}: front-line staff of {police}, {trust} and the {district} met "
        "the reviewer at {venue} on {date}. They described unclear thresholds and referrals "
        "passed between teams without a decision. Senior managers will be asked next." + _L,
        "Local review {ref}: on {date} the panel agreed its questions: what the child told "
        "professionals, the move from another county, how {icb} commissions school nursing "
        "and how escalation worked across the {scp}." + _L,
        "Local review {ref}: the lead reviewer has met managers at {council} and {trust}. "
        "A draft report is due in {period}, covering {theme} and how services in {area} "
        "supported grandparents raising children. The family will be invited to meet the "
        "reviewer.",
        "Local review {ref}: practitioner learning event set for {date} at {venue}.",
        "Local review {ref}: the partners signed off its terms of reference on {date}.",
        "Reviewer for {ref} appointed; the panel next meets {date2}.",
        "Local review {ref}: the mother has chosen not to take part.",
        "Local review {ref} paused while the trial is pending.",
    ),
    "chronology": (
        "{date}: community midwife contacted the front door with a concern.",
        "{date}: {police} called to a domestic incident; two children present.",
        "{date}: strategy meeting held; section 47 enquiries to proceed.",
        "{date}: {ambulance} conveyed the baby to {trust}.",
        "{date}: the {district} moved the family into temporary accommodation.",
        "{date}: ICPC held; child protection plan, category neglect.",
        "{date}: new birth contact by the health visitor; nothing of concern.",
        "{date}: fracture clinic appointment at {trust} missed; GP informed.",
        "{date}: early help closed after the parents withdrew consent.",
        "{date}: {council} social worker saw the child alone at school.",
        "{date} to {date2}: four missing episodes recorded by {police}.",
        "{date}: attendance at 74%; attendance officer made a home visit.",
    ),
    "checklist": (
        "Chronology returns complete: yes.",
        "Panel notified within five working days: yes, {date}.",
        "Parents written to about the review on {date}.",
        "Child's voice: to be captured by {date2}.",
        "Independent reviewer engaged: yes.",
        "Terms of reference signed by all three partners: awaited.",
        "Information from {trust} received: yes.",
        "Information from the {district} received: yes.",
        "Ofsted informed of the notification: yes, {date}.",
        "Disclosure cleared by {police}: yes.",
        "Seven-minute briefing written: not yet.",
    ),
    "notice": (
        "Case review group meets {date}, {time}, in {room}, {venue}.",
        "Learning event ({ref}) at {venue} on {date2}, {time} to {time2}.",
        "{scp} conference for the year: {venue}, {date}.",
        "Executive board moved to {date} at {time}, {room}.",
        "DSL network meeting: {date} at {time}, {venue}.",
        'Lunchtime briefing: "{course}", {date}, {time}.',
        "Early years providers' drop-in, {venue}, {date}.",
        "Neglect strategy launch, {room}, {venue}, {date}.",
        "Performance group stood down on {date}; next {date2}.",
        "Joint audit day, {date}, {room}, {venue}.",
        "Youth voice panel, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "case review group papers are up in the channel",
        "anyone heard from {trust} on the chronology for {ref}?",
        "booked {venue} for {date}",
        "reminder: Panel notification is due today",
        "{district} are busy at {time} - could we do {time2}?",
        "ToR draft is on SharePoint, comments by {date} please",
        "thanks all, actions to follow",
        "{police} have confirmed their rep for the review",
        "course dates for {period} now on the website",
        "does {ref} need to go to exec first?",
        "scrutineer's report has landed in the shared drive",
        "who is taking notes on {date}?",
        "{icb} designated nurse joining the {time} on Teams",
    ),
    "panel": (
        "Panel reply on {ref} came in {date}; it agrees with the decision.",
        "{ref} sent to the Panel as a notification on {date}.",
        "Panel would like the rapid review report by {date2}.",
        "Panel feedback: thorough analysis and learning tied to practice.",
        "Panel has decided not to take {ref} as a national review.",
        "Rapid review for {ref} submitted to the Panel, copy to Ofsted.",
        "Panel asked about the timeline; answer sent {date}.",
        "Final report for {ref} went to the Panel on {date}.",
        "Panel extended the deadline for {ref} to {date2}.",
        "Panel's annual report circulated to the partners.",
    ),
    "publication": (
        "{ref} report: publication set for {date}.",
        "Publication on hold until the trial has finished.",
        "Executive summary only to be published, agreed on {date}.",
        "Parents given the publication date in person.",
        "Reactive press lines cleared by the {council} press office.",
        "Report goes up on the {scp} website on {date}.",
        "Seven-minute briefing goes out with the report.",
        "Publication put back to {date2}, as the coroner asked.",
        "Report removed from the website after twelve months.",
        "Publication timetable shared with DfE colleagues on {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to sample was-not-brought follow-ups by {date}.",
        "Action 2: {council} to record every adult in the home at each visit.",
        "Action: {police} to pass overnight domestic abuse reports to schools by 9am.",
        "Action: {icb} to fund safer sleep training for maternity and neonatal staff.",
        "Action 3: joint learning session on {theme} in {period}.",
        "Action: {ambulance} to add a safeguarding prompt to the patient handover.",
        "Action: the {district} to tell health visitors when families move out.",
        "Action 4 complete: escalation policy relaunched {date}.",
        "Action 5: the {role} to report progress to the executive board.",
        "Improvement plan for {period}: 14 actions, 9 complete, 5 {rag}.",
        "Action: every partner to use the joint chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} has confirmed when the tenancy starts.",
        "{district}: homelessness application accepted {date}.",
        "The {district} is sending two officers to the learning session.",
        "{ref} explained to the {district} at its team meeting.",
        "Housing officers in {area} are booked on {course} before {date}.",
        "Dacorum Borough Council housing options team and Hertfordshire Constabulary "
        "reviewed reports of young people gathering by the canal in Tring.",
        "Dacorum Borough Council community safety team met youth workers in Kings Langley.",
        "Hertsmere Borough Council housing options team met West Hertfordshire Teaching "
        "Hospitals NHS Trust midwives about families placed in Bushey.",
        "Hertsmere Borough Council community safety team walked the station area in Radlett.",
        "Uttlesford District Council housing options team and The Princess Alexandra "
        "Hospital NHS Trust agreed a discharge route for families in Great Dunmow.",
        "Uttlesford District Council community safety team met the parish council in Thaxted.",
        "Tendring District Council housing options team and East Suffolk and North Essex NHS "
        "Foundation Trust discussed holiday lets used as emergency housing in Brightlingsea.",
        "Tendring District Council community safety team and Essex Police reviewed the summer "
        "youth offer in Frinton-on-Sea.",
        "Braintree District Council housing options team met health visitors in Halstead.",
        "Braintree District Council community safety team met youth workers in Coggeshall.",
        "Maldon District Council housing options team and Mid and South Essex NHS Foundation "
        "Trust agreed how to share discharge plans for babies in Burnham-on-Crouch.",
        "Maldon District Council community safety team reviewed quayside incidents in "
        "Burnham-on-Crouch.",
        "Chelmsford City Council housing options team and Essex County Council children's "
        "services planned support for families in temporary housing in South Woodham Ferrers.",
        "Chelmsford City Council community safety team met Essex Police in South Woodham Ferrers.",
    ),
    "training": (
        'New e-learning course "{course}" is now live.',
        "The training needs survey closes {date}.",
        "New executive members' induction: {date}, {venue}.",
        "{course}: places left in {period}.",
        "Trainers' forum, {room}, {date}.",
        "Evaluation of the {theme} sessions shows higher confidence.",
        "DSL refresher training falls due in {period}.",
        "Hertfordshire Safeguarding Children Partnership ran a neglect workshop in Tring.",
        "Essex Safeguarding Children Board trained youth workers in Brightlingsea.",
        "Essex Safeguarding Children Board held an exploitation session in Halstead.",
        "East of England Ambulance Service NHS Trust crews in Bushey completed level 3 training.",
        "Hertfordshire Community NHS Trust health visitors in Kings Langley joined a course on "
        "bruising in babies.",
        "Hertfordshire Partnership University NHS Foundation Trust and Hertfordshire County "
        "Council children's services ran a session on parental mental health in Radlett.",
        "Essex Partnership University NHS Foundation Trust held a self-harm workshop in "
        "Great Dunmow.",
        "NHS Suffolk and North East Essex Integrated Care Board funded trauma-informed "
        "training in Frinton-on-Sea.",
        "NHS Mid and South Essex Integrated Care Board refreshed its safer sleep training for "
        "Coggeshall and Halstead.",
        "NHS Hertfordshire and West Essex Integrated Care Board ran a training day on "
        "fabricated illness in Thaxted.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child Q", "Child MW", "Infant T", "Baby N", "Young Person G", "Sibling 3"),
    *("Sibling 5", "Unborn Baby R", "HT", "J.K.", "Child C and Child D", "Saltings"),
    *("Hythe", "Oyster", "Reservoir", "Flint", "Chalk", "Barge", "Windmill", "Child X"),
    *("Infant LB", "Baby TW", "Young Person F", "RN", "M", "Child A", "Sibling W"),
    *("P.D.", "Baby E and Baby F", "Child KO", "Young Person SH", "GB", "Infant Y"),
    "Unborn Child J",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtysixth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names(sys.argv[1])
