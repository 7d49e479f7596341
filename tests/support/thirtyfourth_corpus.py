"""A thirty-fourth held-out corpus for the confidentiality guard, written by someone who
has not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``thirtyfourth_names.json``, a seeded snapshot (seed ``thirtyfourth-<country>``)
  from names-dataset 3.3.1 (Apache-2.0), five country tables of Latin-script names that
  no earlier snapshot holds (checked against every ``*_names.json`` key in
  ``tests/support``): Bolivia and Jordan (``DEEP_DRAWN``), the only undrawn tables with
  more than 16000 surnames, at surname ranks 16000-17999 (``RANKS``), deeper than any
  corpus drew (the thirtieth's 14000-15999 was the deepest); and Uruguay, Costa Rica and
  Panama (``SMALL_DRAWN``), whose tables stop short of 16000, at surname ranks
  12000-13999 (``SMALL_RANKS``; Panama's table ends at 13046). First names come from ranks
  3000-4499 of the same tables (``FIRST_RANKS``), women and men in turn. The tenth's
  ``dataset_people`` keeps one capitalised word of plain letters, three or more, a first
  name not in the country's surname table, in no earlier snapshot (``EARLIER``) nor drawn
  already. Every draw was read by hand: entries that read as words, places, brands, pet
  forms (``-ito``, ``-cita``), typos (``Rodtiguez``, ``Hernandezz``) or first names in the
  surname column were left out (``NOT_NAMES``) and drawn again (three draws, Guatemala
  dropped after the first as mostly typos, Panama taken instead); in the last two draws
  the people with such a word (``DROPPED``) were left out without drawing again, which
  keeps 46 of the draw (``DATASET_DRAWN`` counts the draw, ``DRAWN`` what is kept). These
  deep ranks are noisy; a few kept spellings may still be rare variants rather than
  standard names. Regenerate with ``uv venv /tmp/regen34 && uv pip install -p
  /tmp/regen34 names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen34/bin/python -m
  tests.support.thirtyfourth_corpus``; names-dataset is not a dependency and the corpus
  itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (foods, sweets, small creatures),
  each starting with a letter from G to L, none in an earlier corpus file (``NICKNAMES``;
  checked by grepping ``tests/support``).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (a canal lock keeper, a dry stone waller, a narrowboat hirer, a brewery
  tour guide, a racecourse steward, a sheep shearer, a farrier, a wool mill shop
  assistant, a cattle market drover, a lavender farm picker, a greenkeeper, a bell
  ringers' tower captain, a tack shop owner, a steam railway guard...), in lower case and
  in sign-offs; names and give-away details in pseudonyms; nicknames; dates of birth in
  twelve typed forms; addresses on invented streets (``STREETS``) in real towns of the
  areas; postcodes; phone, NHS and NI numbers; invented schools and a nursery
  (``SCHOOLS``); email addresses; written out by the twenty-fifth's ``identifying_of``
  through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each
  template at most three times), about a third of it long: case summaries, rapid review
  decisions, minutes, partner emails, local review notes; and short chronology lines,
  checklists, notices, Slack lines, Panel and publication notes, improvement actions,
  housing and community safety notes and training notes. It is set in twelve areas no
  earlier corpus file names (``AREAS``): the districts Cotswold, Tewkesbury, North
  Warwickshire, East Staffordshire, Newcastle-under-Lyme, South Staffordshire and South
  Kesteven, and the towns Cirencester, Atherstone, Burton upon Trent, Uttoxeter and
  Grantham (with their district council), with the county's children's services,
  Gloucestershire Constabulary, Warwickshire Police, Staffordshire Police or Lincolnshire
  Police, NHS trusts, the integrated care board, the ambulance service (South Western,
  West Midlands or East Midlands) and each partnership (``SCP``). The partnerships' names
  were checked with the ``search`` tool: the Gloucestershire Safeguarding Children
  Partnership (ghll.org.uk and the constabulary's news page), the Warwickshire
  Safeguarding Children Partnership (as the Warwickshire Police and Crime Commissioner's
  page styles it; its own site brands it "Warwickshire Safeguarding") and the
  Staffordshire Safeguarding Children Partnership (staffsscp.org.uk). The Lincolnshire
  Safeguarding Children Partnership, the trusts, the ICBs, the ambulance services and the
  venues were written from knowledge and not checked one by one; the Maltsters (East
  Staffordshire's offices), Castle House, the Codsall council offices, Wombourne
  Library, Moreton-in-Marsh Library, Atherstone Memorial Hall, Cirencester Leisure Centre
  and Uttoxeter Leisure Centre in particular may be named differently, have moved or
  closed. Venues are council offices, town halls, libraries, leisure centres and
  hospitals, never a person's address. People are named only by role; roles, themes,
  courses, rooms, times and periods are the twenty-first's, through the twenty-second's
  ``DRAWS``.
- Identifiers: every one invented by the tenth corpus's ``person_values`` (Ofcom's drama
  telephone ranges; NHS numbers starting 999 whose check digit is right; QQ national
  insurance numbers; addresses at example.com, .org or .net; postcodes shaped like real
  ones in areas Royal Mail never issued). Samples naming a drawn person carry the source
  ``names-dataset-<country>``, those naming a nickname ``hand-nicknames``, the rest
  ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the wolds, canals
  and maltings that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    thirtyfirst_corpus,
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
NAMES_FILE = Path(__file__).with_name("thirtyfourth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0)"
SEED = "thirtyfourth-<country>"
#: The snapshots whose names are skipped: every earlier one (the thirty-second's and
#: thirty-first's lists, those two, and the thirty-third's, where present).
EARLIER = tuple(
    dict.fromkeys(
        (
            *thirtyfirst_corpus.EARLIER,
            *("twentyninth_names.json", "thirtieth_names.json", "thirtyfirst_names.json"),
            *("thirtysecond_names.json", "thirtythird_names.json"),
        )
    )
)
#: Surname ranks of the two tables with more than 16000 surnames that no corpus drew
#: (BO, JO), and of the three smaller ones no corpus drew (UY, CR, GT hold 14881-15760).
RANKS = (16000, 18000)
SMALL_RANKS = (12000, 14000)
#: First-name ranks of the same tables (none of which any corpus drew from).
FIRST_RANKS = (3000, 4500)
DEEP_DRAWN = (("BO", 34), ("JO", 20))
SMALL_DRAWN = (("UY", 26), ("CR", 28), ("PA", 20))
DATASET_DRAWN = DEEP_DRAWN + SMALL_DRAWN
#: How many people of each table the snapshot holds.
DRAWN = (("BO", 10), ("JO", 14), ("UY", 10), ("CR", 9), ("PA", 3))
ROMANISED: tuple[str, ...] = ()
ASCII_ONLY = frozenset(c for c, _ in DATASET_DRAWN)
NOT_NAMES = frozenset(
    {
        *("Bautist", "Gabrielita", "Yerson", "Amilkar", "Alej", "Juangabriel", "Wilys"),
        *("Guzmancito", "Airam", "Dieguin", "Tatis", "Peregrino", "Hmzeh", "Sltan", "Jorj"),
        *("Mlkawe", "Brhom", "Alzwahrh", "Merie", "Hetel", "Rodario", "Comprando", "Waltito"),
        *("Chuca", "Nevel", "Iberia", "Osucar", "Robriguez", "Broadway", "Kimberling"),
        *("Stewarth", "Romney", "Riquelmer", "Pavas", "Hernandezhernandez", "Maderas"),
        *("Ixtahuacan", "Rotos", "Luicito", "Aguilae", "Agustim", "Vato", "Carrllo", "Gume"),
        *("Serbantes", "Estre", "Edwuar", "Vizente", "Guthy", "Torke", "Sotito", "Juca"),
        *("Tacoos", "Danielito", "Juniors", "Amliv", "Darwing", "Rodtiguez", "Granadino"),
        *("Ahcor", "Matiu", "Rkan", "Wasigton", "Mariaenela", "Csyd", "Gorocito", "Cebolla"),
        *("Elmono", "Momento", "Maiter", "Yisse", "Diori", "Gasparin", "Popin", "Chope"),
        *("Toluco", "Courtenay", "Colphan"),
    }
)
DROPPED = frozenset(
    {
        *("Yobana", "Briyith", "Francico", "Wilian", "Candicita", "Egar", "Tuvida", "Bhjat"),
        *("Aggus", "Chetiando", "Cridtina", "Leeti", "Mirians", "Casanovas", "Villalobod"),
        *("Sarge", "Enriq", "Brooklynn", "Foseca", "Waits", "Tacoma", "Pinkay", "Galvex"),
        *("Lamparero", "Yahveh", "Castto", "Ballest", "Bonillq", "Caled", "Keylin"),
        *("Kneloso", "Analdo", "Abelcito", "Filito", "Mamanu", "Vecky", "Quirroz", "Betzabe"),
        *("Emelio", "Merett", "Maikol", "Pachito", "Zipepe", "Urzula", "Wallaa", "Mahmmd"),
        *("Mrcelo", "Stiwar", "Pirana", "Sabiguero", "Elmauri", "Pochola", "Baily"),
        *("Hernandezz", "Mixy", "Dernier", "Evanjelina", "Cerro", "Adrianis", "Variedad"),
        *("Fumigadora", "Modquera", "Mcklean", "Adrades", "Vuelva", "Cley", "Aspetty"),
        *("Israelito", "Grillo", "Marha", "Roycito", "Meliza", "Ronalcito", "Mijail"),
        *("Falsteen", "Fefo", "Ahram", "Xiimee", "Wachin", "Gice", "Fioravanti", "Gladiys"),
        *("Poas", "Corban", "Haggard", "Nelgita", "Ldiego"),
    }
)


def _usable(name: str, country: str) -> bool:
    """A names-dataset entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw names-dataset's people (importable only here) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    people = dataset_people(DEEP_DRAWN, RANKS, used, "thirtyfourth", _usable, FIRST_RANKS)
    people |= dataset_people(SMALL_DRAWN, SMALL_RANKS, used, "thirtyfourth", _usable, FIRST_RANKS)
    people = {
        source: [pair for pair in pairs if not set(pair) & DROPPED]
        for source, pairs in people.items()
    }
    about = {"source": SOURCES, "seed": SEED}
    about["ranks"] = (
        f"surnames {RANKS[0]}-{RANKS[1] - 1} (BO, JO) and {SMALL_RANKS[0]}-"
        f"{SMALL_RANKS[1] - 1} (UY, CR, PA); first names {FIRST_RANKS[0]}-{FIRST_RANKS[1] - 1}"
    )
    write_snapshot(NAMES_FILE, about, people)


_people = partial(snapshot_people, NAMES_FILE)


# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Drystone Rise", "Malthouse Yard", "Wharf Cut Lane", "Fleece Walk")
STREETS += ("Oakum Close", "Pitstead Row", "Carters Hollow", "Brewhouse Ginnel")
TOWNS = ("Cirencester", "Moreton-in-Marsh", "Tetbury", "Bourton-on-the-Water")
TOWNS += ("Tewkesbury", "Bishop's Cleeve", "Winchcombe", "Atherstone", "Coleshill")
TOWNS += ("Polesworth", "Burton upon Trent", "Uttoxeter", "Barton-under-Needwood")
TOWNS += ("Kidsgrove", "Audley", "Codsall", "Wombourne", "Cheslyn Hay", "Grantham")
TOWNS += ("Stamford", "Bourne", "Market Deeping")
SCHOOLS = (
    "Drystone Rise Primary School",
    "Malthouse Yard Academy",
    "St Kenelm's Catholic Primary",
    "Wharf Cut Infant School",
    "Fleece Walk Junior School",
    "Pitstead Row High School",
    "Oakum Close Day Nursery",
    "Carters Hollow Pupil Referral Unit",
)
SCHOOL_SHORT = ("Drystone Rise", "Malthouse", "St Kenelm's", "Pitstead", "Fleece Walk")
RELATIVES = ("gran", "grandpa", "great-nan", "mam", "stepmum", "mum's partner", "uncle")
#: Twelve ways a date of birth gets typed, in the tenth's ``_date`` fields.
BIRTH_FORMS = ("{d}-{mm}-{y}", "{dd}/{m}/{y}", "{mo} {d} {y}", "{y}.{mm}.{dd}")
BIRTH_FORMS += ("the {d}{th} of {mo}, {y}", "{wd} {dd} {mo} {y}", "{d}-{mon}-{yy}")
BIRTH_FORMS += ("{dd}-{mm}-{yy}", "{mon}. {d}, {y}", "{d}{th} {mo} {y}", "{dd}{mm}{yy}")
BIRTH_FORMS += ("{mm}/{dd}/{y}",)
WHEN_FORMS = ("{wd} {d} {mo}", "{d}.{mm}.{y}", "{dd} {mon} {y}", "{wd} {d}{th} {mo}")
WHEN_FORMS += ("{d}/{m}/{y}",)

#: Birth years 2011-2028 (ages 0-17), to sit with the 2027-2029 dates of the benign side.
_birth = partial(birth_values, years=(2011, 2028), forms=BIRTH_FORMS, ages=(0, 17))


# --- identifying ---------------------------------------------------------------------------

# Placeholders as the tenth's person_values fills them: {f} {l} the child, {g} {h} the
# parent or carer, {k} a sibling, {rel} some other relative.
NAME_TEXT = (
    "The canal lock keeper pulled {f} {l} out of the water at dusk, soaked and alone.",
    "Dry stone waller says {f} {l}, 11, sleeps in a field barn most nights.",
    "Narrowboat hirer: {g} {h} left {f} and {k} tied up at the moorings for two days.",
    "The brewery tour guide saw {g} {h} pour lager into {f}'s bottle.",
    "Racecourse steward found {f} {l} selling betting slips for older lads.",
    "Sheep shearer says {g} {h} made {f} work the pens from dawn, no school.",
    "Pottery kiln volunteer saw a scald on {f} {l}'s hand and {g} laughed it off.",
    "The abbey guide says {f} {l} and {k} ask visitors for money every afternoon.",
    "Antiques dealer says {g} {h} brought {f} in to sell her grandmother's rings.",
    "Garden centre café manager: {f} {l}, 9, came in barefoot asking for bread.",
    "Farrier says {g} {h} shut {f} in the stable when she cried.",
    "Bus depot cleaner found {f} {l} asleep on the back seat at 5am.",
    "Wool mill shop assistant saw {g} {h} kick {f} under the counter.",
    "The rugby club kit man noticed finger-mark bruises on {f} {l}'s arms.",
    "Model railway club member says {f} {l} asked to live at the club hut.",
    "Cattle market drover saw {f} {l}, 13, in a van with a man he did not know.",
    "Lavender farm picker: {g} {h} leaves {f} in a hot car all afternoon.",
    "The canal trust volunteer says {f} {l} has a swollen eye and will not say why.",
    "Golf club greenkeeper found {g} {h} and {f} living in the maintenance shed.",
    "{f} {l} told the swimming teacher that {g} hits her with a slipper.",
    "Cider farm shop: {g} {h} sends {f} in to buy bottles for him.",
    "Motorway services night manager found {f} {l} alone in the lorry park.",
    "The bell ringers' tower captain says {f} {l} hides in the tower to avoid home.",
    "Pick-up driver from the quarry saw {g} {h} push {f} into the road.",
    "Tack shop owner says {f} {l}'s ribs show and {g} will not buy food.",
    "Steam railway guard found {f} {l}, 12, riding the trains all day alone.",
    "Bakery van driver says {g} {h} leaves baby {f} alone when she does the rounds.",
    "{f} {l} told the ice hockey coach that {g} keeps her off school to babysit.",
)
NAME_LOWER = (
    "lock keeper worried about {fl} {ll} again",
    "{fl} {ll} at the racecourse on her own",
    "{gl} {hl} drunk on the narrowboat, {fl} crying",
    "waller says {fl} {ll} sleeping rough",
    "{ll} children at the moorings, no heating",
    "drover asking after {fl} {ll}",
    "{fl} says {gl} pawned the telly",
    "spoke to {fl}'s {rel} - {gl} drinking again",
    "{fl} {ll} missed swimming, no answer",
    "no one collected {fl} or {k} from rugby",
    "{gl} {hl} kicking off at the services, {fl} in the cab",
    "{fl} {ll} seen at the cattle market with older men",
    "abbey guide flagged {fl} {ll} begging",
    "bus depot found {fl} asleep on board again",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{ll}",
    "{l} sisters",
    "{f} (aged {age})",
    "{fi}. {l}",
    "{f} and {k}",
    "little {f}",
    "the {l} kids",
    "{g} {h}'s lad",
    "{f} from the narrowboat",
    "{l}, {f}",
)
SIGN_OFF = (
    "please dont tell mum\n{fl}",
    "Yours faithfully\n{g} {h}\n({f}'s {rel})",
    "ta\n{g} (mum of {f} and {k})",
    "sorry its messy\n{f} {l} yr {year_group}",
    "Written for {f} by her {rel}, {g} {h}",
    "Best wishes,\n{g} {l}\nkinship carer",
    "from {f}'s {rel} {g}, I can't cope any more",
    "{f} {l}\naged {age}",
    "With thanks, {g} {h}, {f}'s foster mum",
)
NICKNAMES = ("Jalebi", "Kumquat", "Gnocchi", "Kedgeree", "Lentil", "Hedgepig", "Jujube")
NICKNAMES += ("Gingersnap", "Hazelnut", "Jackdaw", "Gravy", "Ibex", "Jester", "Ickle")
NICKNAME_TEXT = (
    "At the racecourse the lads only call him {n}, and the stewards know him by it.",
    "The men in the white van outside the chippy shout {n} when she walks past.",
    "{f}'s {rel} was yelling for {n} along the towpath when the police arrived.",
    "Her name on the chat app is {n}, which is how the older man found her.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} (the {l} lad)")
DOB_TEXT = (
    "DOB per the red book: {dob}",
    "d.o.b {dob}",
    "{g} says {f} was born {dob}",
    "Date of birth (passport) {dob}",
    "born {dob} at home, unplanned",
    "{f} {l} born {dob}",
    "DOB {dob}, so she is {age}",
    "birthday {dob}, GP has another date",
    "baby born {dob} at 29 weeks",
)
PHONE_TEXT = (
    "mum's mobile {phone}",
    "{g} is on {phone}",
    "{rel}'s number is {phone}",
    "house phone {phone}",
    "{f} rang us from {phone}",
    "partner's mobile: {phone}",
)
NHS_TEXT = (
    "NHS number off the discharge summary {nhs}",
    "{f} NHS no. {nhs}",
    "newborn's NHS number {nhs}",
    "NHS no (from SystmOne) {nhs}",
)
NI_TEXT = (
    "mum's NI no {ni}",
    "NI number {ni} (mum's partner)",
    "dad's NINo {ni}",
    "national insurance {ni} - gran",
)
ADDRESS_TEXT = (
    "Family now living at {street}, {town}",
    "address is {street}, ground floor flat",
    "called at {street}, {town} - dog barking, nobody came",
    "{f} stopping at her {rel}'s on {street}",
    "police called to {street} three times in a week",
    "evicted from {street}, now in a B&B in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "PC - {postcode}", "moved to {postcode}")
SCHOOL_TEXT = (
    "On roll at {school}, year {year_group}",
    "Year {year_group}, {school}; attendance 58%",
    "The DSL at {short} rang the front door",
    "{f} moved to {short} after Easter",
    "{f} goes to {school} but has missed {n2} days",
)
EMAIL_TEXT = ("mum's email is {e}", "{g} emailed from {e}", "reach {g} {h} at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} b. {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, {short} year {year_group}",
    "Child at {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} boy, {age}, {town}",
    "{fi}{li} born {dob}",
    "Yr {year_group}, {school}",
    "{l} twins of {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

_GLOS = {
    "council": ("Gloucestershire County Council children's services",),
    "police": ("Gloucestershire Constabulary",),
    "icb": ("NHS Gloucestershire Integrated Care Board",),
    "ambulance": ("South Western Ambulance Service NHS Foundation Trust",),
    "trust": (
        "Gloucestershire Hospitals NHS Foundation Trust",
        "Gloucestershire Health and Care NHS Foundation Trust",
    ),
}
_WMAS = ("West Midlands Ambulance Service University NHS Foundation Trust",)
_WARKS = {
    "council": ("Warwickshire County Council children's services",),
    "police": ("Warwickshire Police",),
    "icb": ("NHS Coventry and Warwickshire Integrated Care Board",),
    "ambulance": _WMAS,
    "trust": (
        "George Eliot Hospital NHS Trust",
        "Coventry and Warwickshire Partnership NHS Trust",
    ),
}
_STAFFS = {
    "council": ("Staffordshire County Council children's services",),
    "police": ("Staffordshire Police",),
    "icb": ("NHS Staffordshire and Stoke-on-Trent Integrated Care Board",),
    "ambulance": _WMAS,
    "trust": (
        "University Hospitals of Derby and Burton NHS Foundation Trust",
        "Midlands Partnership University NHS Foundation Trust",
    ),
}
_LINCS = {
    "council": ("Lincolnshire County Council children's services",),
    "police": ("Lincolnshire Police",),
    "icb": ("NHS Lincolnshire Integrated Care Board",),
    "ambulance": ("East Midlands Ambulance Service NHS Trust",),
    "trust": (
        "United Lincolnshire Hospitals NHS Trust",
        "Lincolnshire Community Health Services NHS Trust",
    ),
}
_EAST_STAFFS = _district("East Staffordshire Borough Council")
_SOUTH_KESTEVEN = _district("South Kesteven District Council")
_NORTH_WARKS = _district("North Warwickshire Borough Council")
_COTSWOLD = _district("Cotswold District Council")

#: The twelve areas (none an earlier corpus file names): the district or borough council's
#: teams, the county's partners by their real names, and civic venues of the area (hospitals,
#: libraries, council offices, leisure centres). The kinds are ``KINDS``. Cirencester,
#: Atherstone, Burton upon Trent, Uttoxeter and Grantham are towns, so their district
#: council is that of Cotswold, North Warwickshire, East Staffordshire or South Kesteven.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Cotswold": _GLOS
    | _COTSWOLD
    | {"venue": ("the Council Offices, Trinity Road, Cirencester", "Moreton-in-Marsh Library")},
    "Tewkesbury": _GLOS
    | _district("Tewkesbury Borough Council")
    | {"venue": ("the Council Offices, Gloucester Road, Tewkesbury", "Tewkesbury Library")},
    "North Warwickshire": _WARKS
    | _NORTH_WARKS
    | {"venue": ("the Council House, South Street, Atherstone", "Coleshill Library")},
    "East Staffordshire": _STAFFS
    | _EAST_STAFFS
    | {"venue": ("the Maltsters, Wetmore Road, Burton upon Trent", "Queen's Hospital, Burton")},
    "Newcastle-under-Lyme": _STAFFS
    | _district("Newcastle-under-Lyme Borough Council")
    | {
        "trust": (
            "University Hospitals of North Midlands NHS Trust",
            "North Staffordshire Combined Healthcare NHS Trust",
        ),
        "venue": ("Castle House, Barracks Road, Newcastle-under-Lyme", "Kidsgrove Town Hall"),
    },
    "South Staffordshire": _STAFFS
    | _district("South Staffordshire Council")
    | {
        "trust": (
            "The Royal Wolverhampton NHS Trust",
            "Midlands Partnership University NHS Foundation Trust",
        ),
        "venue": ("the Council Offices, Wolverhampton Road, Codsall", "Wombourne Library"),
    },
    "South Kesteven": _LINCS
    | _SOUTH_KESTEVEN
    | {"venue": ("the Council Offices, St Peter's Hill, Grantham", "Stamford Library")},
    "Cirencester": _GLOS
    | _COTSWOLD
    | {"venue": ("Cirencester Library", "Cirencester Leisure Centre")},
    "Atherstone": _WARKS
    | _NORTH_WARKS
    | {"venue": ("Atherstone Library", "Atherstone Memorial Hall")},
    "Burton upon Trent": _STAFFS
    | _EAST_STAFFS
    | {"venue": ("Burton Library, Riverside", "Burton Town Hall")},
    "Uttoxeter": _STAFFS
    | _EAST_STAFFS
    | {"venue": ("Uttoxeter Library", "Uttoxeter Leisure Centre")},
    "Grantham": _LINCS
    | _SOUTH_KESTEVEN
    | {"venue": ("Grantham Library", "Grantham and District Hospital")},
}
KINDS = ("district", "council", "police", "trust", "icb", "ambulance")
_GSCP = "Gloucestershire Safeguarding Children Partnership"
_WSCP = "Warwickshire Safeguarding Children Partnership"
_SSCP = "Staffordshire Safeguarding Children Partnership"
_LSCP = "Lincolnshire Safeguarding Children Partnership"
_COUNTY = {
    "Cotswold": _GSCP,
    "Tewkesbury": _GSCP,
    "Cirencester": _GSCP,
    "North Warwickshire": _WSCP,
    "Atherstone": _WSCP,
    "South Kesteven": _LSCP,
    "Grantham": _LSCP,
}
#: Each area's partnership as it styles itself.
SCP = {area: _COUNTY.get(area, _SSCP) for area in AREAS}
PARTNERSHIPS = tuple(AREAS)
#: Every agency named, for the shape checks.
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
REFERENCES = ("RR 34-02", "LCSPR 33/07", "RR/33/21", "CSPR-34-05", "RR 32/38", "PLR 34-01")
AGE_BANDS = ("aged six weeks", "under two", "aged four", "aged 12", "aged 16")
#: The benign fields drawn from a list each time: the twenty-second's, with this corpus's
#: references and age bands.
DRAWS = twentysecond_corpus.DRAWS | {"ref": REFERENCES, "age_band": AGE_BANDS}
CHOSEN = ("Wold", "Coppice", "Lock", "Weir", "Towpath", "Malting", "Ridge", "Spinney")
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS

_L = " The {role} will bring an update to the partners in {period}."
_E = (
    "\n\nReplies to the business unit mailbox by {date}, please.\n\nMany thanks,\n"
    "Business unit\n{scp}"
)
#: The benign text, by register (each sample's category); ``_uses`` says how many times each
#: template is filled (three at most). About a third is long, as the bot's 500-character
#: summary and note fields allow.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": tuple(
        f"Case summary, {{area}}: {opening}. {{council}} convened a strategy meeting with "
        f"{{police}}, and {{trust}} brought its records. Rapid review {{ref}} will consider "
        f"{theme}.{_L}"
        for opening, theme in (
            (
                "a baby {age_band} was seen in the emergency department with a head injury",
                "whether the explanation given was tested against the injury",
            ),
            (
                "a young person {age_band} was found in a county lines address",
                "how missing reports and school absence were joined up",
            ),
            (
                "a child {age_band} was left in the care of a sibling for a week",
                "how the early help offer picked up signs of neglect",
            ),
            (
                "a teenager {age_band} shared images after online coercion",
                "how schools and the police responded to the disclosure",
            ),
            (
                "an infant {age_band} died after an unsafe sleep on a sofa",
                "how safer sleep messages reached fathers and partners",
            ),
            (
                "a child {age_band} with complex health needs stopped attending clinics",
                "how health services followed up missed appointments",
            ),
            (
                "a young person {age_band} was stabbed near a railway station",
                "how contextual safeguarding plans were shared between agencies",
            ),
            (
                "a family with a child {age_band} moved between three districts in a year",
                "how records followed the family from one area to another",
            ),
            (
                "a child {age_band} told a school nurse about violence at home",
                "how domestic abuse notifications were acted on by schools",
            ),
        )
    ),
    "rapid_review_rationale": tuple(
        f"Rapid review decision, {{ref}}: {decision} The safeguarding partners, {{council}}, "
        f"{{police}} and {{icb}}, reached this view on {{date}}, and the National Panel will "
        f"receive the rapid review by {{date2}}. The {{role}} will brief the {{scp}}."
        for decision in (
            "the case meets the criteria for a local child safeguarding practice review.",
            "no local review is needed, since the learning is already being acted on.",
            "a thematic review of {theme} is preferred to a review of this case alone.",
            "the learning will be added to a review already under way in {area}.",
            "a local review will be commissioned, using a learning event with practitioners.",
            "the partners ask the Panel to consider whether a national review is needed.",
            "a seven-minute briefing will be produced and no further review is needed.",
            "a local review is needed, looking at escalation between schools and health.",
            "the review will take in probation, adult mental health and housing services.",
        )
    ),
    "minutes": tuple(
        f"{group} - {{room}}, {{venue}}, {{date}}\n"
        "Attendees: the {role}, {council}, {police}, {trust}, the {district}.\n"
        f"Item 1: {item}\nItem 2: {{ref}} progress noted.\nItem 3: next meeting {{date2}}, "
        "{time}."
        for group, item in (
            ("Neglect task group", "Graded care profile training take-up in {area}."),
            ("Child exploitation group", "Missing from home data for {area}; status {rag}."),
            ("Learning review group", "Three rapid review notifications from {area}."),
            ("Safeguarding partners' executive", "Partner contributions for {period} agreed."),
            ("Audit and assurance group", "Findings of the joint audit on {theme}."),
            ("Workforce development group", "Evaluation of {course} received."),
            ("CDOP and SUDIC liaison", "Themes from infant deaths in {area} shared."),
            ("Schools safeguarding forum", "Elective home education figures for {area}."),
            ("Health safeguarding leads", "Missed health appointments audit in {area}."),
            ("Data and performance group", "Scorecard for {period}; three measures {rag}."),
        )
    ),
    "partner_email": tuple(
        f"Good afternoon all,\n\n{body}{_E}"
        for body in (
            "The partners have signed off the final report for {ref}. It will be sent to the "
            "National Panel and the Department for Education ahead of publication in {period}.",
            "Could each agency send its chronology for rapid review {ref}? We meet on {date2} "
            "at {time} in {room}, {venue}.",
            "Attached is the updated action plan for {ref}. Owners are {council}, {police} "
            "and {trust}; please add progress before the executive meets.",
            "The independent scrutineer plans to meet {council}, {police} and {icb} in "
            "{period} to look at how rapid reviews are run in {area}.",
            "The National Panel has responded on {ref}. It would like the review to focus on "
            "{theme} and on the role of the {district}.",
            'Bookings are open for "{course}" at {venue}, {time} to {time2}, for practitioners '
            "from {council}, {police}, health and the district councils.",
            "{ambulance} has confirmed a paramedic and its named professional will attend the "
            "learning event for {ref} at {venue}.",
            "For {ref}, the lead reviewer has asked how the {district} decides where families "
            "with young babies are placed in emergency accommodation.",
            "The designated nurse at {icb} will lead the health workshop on {theme}; could "
            "{trust} nominate a named nurse to take part?",
            "The incident in {area} must be notified to the National Panel within five working "
            "days. Could {police} and {trust} confirm what contact they had?",
            "Thank you for sending the chronology from {council} for {ref}. Could you confirm "
            "whether a health colleague joined the strategy meeting?",
        )
    ),
    "local_review": (
        "Local review {ref}: early findings were presented to the review panel on {date}. "
        "They highlight drift in child in need planning in {area}, pressure on school nursing "
        "at {trust} and little exploration of who else lived in the household. {council} "
        "will send a written response." + _L,
        "Local review {ref}: front-line staff from {police}, {trust} and the {district} met "
        "the lead reviewer at {venue} on {date}. They spoke about changes of social worker "
        "and uncertainty over who led the plan. The reviewer will test this with managers." + _L,
        "Local review {ref}: on {date} the panel agreed the key lines of enquiry: the lived "
        "experience of the child, the move across county borders, how {icb} commissions "
        "health visiting and how escalation worked across the {scp}." + _L,
        "Local review {ref}: the lead reviewer has now interviewed staff at {council} and "
        "{trust}. A first draft is expected in {period}, covering {theme} and how agencies "
        "in {area} engaged fathers. The family has been offered a meeting with the reviewer.",
        "Local review {ref}: practitioner event booked for {date} at {venue}.",
        "Local review {ref}: scope agreed by the partners on {date}.",
        "Lead reviewer for {ref} commissioned; panel meets {date2}.",
        "Local review {ref}: the family declined to contribute.",
        "Local review {ref} on hold pending criminal proceedings.",
    ),
    "chronology": (
        "{date}: midwife raised a concern with the front door.",
        "{date}: {police} attended a domestic incident; children asleep upstairs.",
        "{date}: strategy discussion held; section 47 enquiry agreed.",
        "{date}: {ambulance} took the infant to {trust}.",
        "{date}: the {district} placed the family in emergency accommodation.",
        "{date}: initial child protection conference; plan under emotional abuse.",
        "{date}: health visitor primary birth visit; no concerns noted.",
        "{date}: paediatric appointment at {trust} not attended; GP told.",
        "{date}: family help case closed; parents declined further support.",
        "{date}: social worker from {council} saw the child on their own.",
        "{date} to {date2}: three missing episodes logged by {police}.",
        "{date}: attendance at 71%; education welfare officer visited.",
    ),
    "checklist": (
        "Chronologies received from every agency: yes.",
        "National Panel notified in five working days: yes, {date}.",
        "Family told about the review in writing on {date}.",
        "Views of the child: to be gathered by {date2}.",
        "Lead reviewer contracted: yes.",
        "Terms of reference signed off by the partners: pending.",
        "Records from {trust} included: yes.",
        "Records from the {district} included: yes.",
        "Coroner's officer informed: yes, {date}.",
        "Disclosure checked with {police}: yes.",
        "Learning briefing drafted: not yet.",
        "Rapid review sent to the Panel within 15 working days: yes.",
    ),
    "notice": (
        "Learning review group: {date}, {time}, {room}, {venue}.",
        "Practitioner event for {ref}: {date2}, {venue}, {time} to {time2}.",
        "{scp} annual safeguarding conference, {venue}, {date}.",
        "Executive moved to {date} at {time}, {room}.",
        "Designated safeguarding leads' network: {date}, {venue}, {time}.",
        'Bitesize session: "{course}", {date}, {time}.',
        "Early years safeguarding drop-in, {venue}, {date}.",
        "Launch of the exploitation strategy, {room}, {venue}, {date}.",
        "Data group cancelled on {date}; next one {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Young people's advisory group, {venue}, {date}, {time} to {time2}.",
    ),
    "slack": (
        "agenda for the learning review group is pinned",
        "has {trust} sent its chronology for {ref} yet?",
        "room booked at {venue} for {date}",
        "nudge - Panel notification goes today",
        "{district} can't do {time}, can we move to {time2}?",
        "draft ToR is in the Teams folder, comments by {date}",
        "thanks everyone, notes will follow",
        "{police} have named their lead for the RR",
        "training calendar for {period} is live",
        "does {ref} need exec sign-off before the Panel?",
        "scrutineer's report is in the shared folder",
        "who's chairing on {date}?",
        "anyone got the 7MB template?",
        "{icb} designated nurse joining the {time} call on Teams",
    ),
    "panel": (
        "Panel response on {ref} received {date}; decision accepted.",
        "Notification for {ref} sent to the Panel {date}.",
        "Panel has asked for the rapid review by {date2}.",
        "Panel feedback: strong analysis and clear learning.",
        "Panel will not take {ref} as a national review.",
        "Rapid review for {ref} sent to the Panel and to Ofsted.",
        "Panel queried the timeline; reply sent {date}.",
        "Final report for {ref} sent to the Panel on {date}.",
        "Panel agreed an extension for {ref} to {date2}.",
        "Panel annual report shared with the partners.",
    ),
    "publication": (
        "Report for {ref} due to be published {date}.",
        "Publication paused until criminal proceedings end.",
        "Only the executive summary will be published, agreed {date}.",
        "Family informed of the publication date.",
        "Media lines agreed with the {council} communications team.",
        "Report live on the {scp} website from {date}.",
        "Learning briefing published at the same time.",
        "Publication moved to {date2} at the coroner's request.",
        "Report taken down after a year, as agreed.",
        "Publication plan shared with the Department for Education.",
    ),
    "improvement": (
        "Action 1: {trust} to audit was-not-brought follow-up by {date}.",
        "Action 2: {council} to record every adult in the household at each visit.",
        "Action: {police} to share domestic abuse notifications with schools before 9am.",
        "Action: {icb} to fund safer sleep sessions for maternity staff.",
        "Action 3: joint training on {theme} during {period}.",
        "Action: {ambulance} to add a safeguarding question to handover.",
        "Action: the {district} to tell health visitors when families move away.",
        "Action 4 complete: escalation protocol reissued {date}.",
        "Action 5: the {role} to report on progress to the executive.",
        "Improvement plan for {period}: 12 actions, 7 complete, 5 {rag}.",
        "Action: partners to use the shared chronology template from {date}.",
    ),
    "housing_note": (
        "The {district} confirmed the tenancy start date.",
        "{district}: homelessness duty accepted {date}.",
        "Two housing officers from the {district} will attend the practitioner event.",
        "The {district} has been briefed on {ref}.",
        "Housing staff in {area} to complete {course} by {date}.",
        "Cotswold District Council and Gloucestershire Constabulary reviewed anti-social "
        "behaviour reports from Cirencester.",
        "Tewkesbury Borough Council housing officers met Gloucestershire Health and Care "
        "NHS Foundation Trust health visitors in Tewkesbury.",
        "North Warwickshire Borough Council and George Eliot Hospital NHS Trust agreed a "
        "discharge route for families in Atherstone.",
        "East Staffordshire Borough Council and University Hospitals of Derby and Burton NHS "
        "Foundation Trust discussed families placed in Burton upon Trent.",
        "Newcastle-under-Lyme Borough Council and University Hospitals of North Midlands NHS "
        "Trust agreed how midwives hear of families moving to Kidsgrove.",
        "South Staffordshire Council community safety team met youth workers in Codsall.",
        "South Kesteven District Council housing staff briefed Lincolnshire Community Health "
        "Services NHS Trust school nurses in Grantham.",
        "East Staffordshire Borough Council and Staffordshire Police reviewed the youth offer "
        "in Uttoxeter.",
        "South Staffordshire Council and The Royal Wolverhampton NHS Trust agreed a contact "
        "route for families in Wombourne.",
        "North Warwickshire Borough Council community safety team met Warwickshire Police about "
        "exploitation near Coleshill.",
        "Newcastle-under-Lyme Borough Council and North Staffordshire Combined Healthcare NHS "
        "Trust discussed young carers in Audley.",
        "South Kesteven District Council and United Lincolnshire Hospitals NHS Trust agreed "
        "how to share discharge plans for babies in Stamford.",
    ),
    "training": (
        'E-learning module "{course}" now available.',
        "Training needs analysis closes {date}.",
        "Induction for new board members on {date} at {venue}.",
        "{course}: places still free in {period}.",
        "Trainers' network, {room}, {date}.",
        "Evaluation of the {theme} course shows greater confidence.",
        "Refresher for designated leads due in {period}.",
        "Gloucestershire Safeguarding Children Partnership ran a neglect course in Cirencester.",
        "Warwickshire Safeguarding Children Partnership trained youth workers in Atherstone.",
        "Staffordshire Safeguarding Children Partnership ran an exploitation session in "
        "Burton upon Trent.",
        "Lincolnshire Safeguarding Children Partnership held a safer sleep session in Grantham.",
        "South Western Ambulance Service NHS Foundation Trust crews in Tewkesbury completed "
        "level 3 training.",
        "West Midlands Ambulance Service University NHS Foundation Trust and Staffordshire "
        "Police held a session on self-harm in Uttoxeter.",
        "East Midlands Ambulance Service NHS Trust and Lincolnshire Police planned joint "
        "training in South Kesteven.",
        "NHS Coventry and Warwickshire Integrated Care Board and Coventry and Warwickshire "
        "Partnership NHS Trust refreshed the bruising protocol course.",
        "NHS Staffordshire and Stoke-on-Trent Integrated Care Board and Midlands Partnership "
        "University NHS Foundation Trust ran a parental mental health course.",
        "NHS Gloucestershire Integrated Care Board and Gloucestershire Hospitals NHS Foundation "
        "Trust ran a safer sleep session in the Cotswold district.",
        "NHS Lincolnshire Integrated Care Board and Lincolnshire County Council children's "
        "services planned audits in Grantham.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child P", "Child KW", "Infant R", "Baby E", "Young Person H", "Sibling 2"),
    *("Sibling 4", "Unborn Baby M", "GT", "B.W.", "Child E and Child F", "Wold"),
    *("Coppice", "Lock", "Weir", "Towpath", "Malting", "Ridge", "Spinney", "Child Z"),
    *("Infant DS", "Baby RM", "Young Person V", "KE", "S", "Child B", "Sibling Y"),
    *("M.C.", "Baby C and Baby D", "Child OT", "Young Person JB", "LP", "Infant N"),
    "Unborn Child W",
)


#: How many samples a benign template gives, and the benign side itself: the twenty-first's.
_uses = twentyfirst_corpus._uses
_benign = twentyfirst_corpus.benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The corpus (``assembled``: the same on every run)."""
    return assembled("thirtyfourth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
