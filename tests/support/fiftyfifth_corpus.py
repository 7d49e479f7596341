"""A fifty-fifth held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``fiftyfifth_names.json``, a seeded snapshot (seed ``fiftyfifth-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in
  turn, no first name that is also in the table's surname list, Polish and Lithuanian
  surnames matched to the first name's sex by the tenth's ``_fits``) from names-dataset
  3.3.1 (PyPI, Apache-2.0, Philippe Remy's frequency tables per country), its PL (Poland)
  and LT (Lithuania) tables. Earlier corpora that name names-dataset PL or LT took these
  ranks: the fourth the top 60 first names and top 80 surnames of both (its "polish" and
  "lithuanian" origins); the eighth ranks 100-599 of both (16 PL and 12 LT people); the
  tenth ranks 600-1499 of both (10 PL and 8 LT people); the sixteenth drew both at
  1500-2999 and kept none; the twenty-first drew PL at 3000-4999 and kept none, and did not
  draw LT (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for
  ``"PL"``, ``"LT"``, Polish and Lithuanian). No corpus drew PL surnames past rank 4999 or
  LT surnames past 2999, so the surnames here are PL 5000-11999 and LT 3000-11999
  (``SURNAME_RANKS``). First names past every earlier rank (PL 5000 to the end of its
  lists, 5619 women and 6022 men; LT 3000-4999, which no corpus drew) were drawn first and
  read by hand: about one in twenty-five was a person's name. So, as the brief allows when
  the unused ranks hold no names, first names are also drawn from the least-used ranks,
  600-1499 (where the tenth kept only 18 people, all filtered out here) and 1500-2999
  (where the sixteenth kept none): ``FIRST_RANKS``, three draws per table, each seeded
  alike and each against the earlier snapshots only. Only entries in plain letters are
  drawn (``ASCII_ONLY``): entries with a Polish or Lithuanian diacritic are not drawn at
  all rather than stripped, so the snapshot keeps names as the table already types them
  (``Boleslawa``, ``Kasperaviciene``), as a social worker in England types them; nothing
  was changed by hand. The filter keeps no word of any earlier snapshot (``EARLIER``:
  every ``*_names.json`` through the fifty-fourth's). Every draw was read by hand, and the
  people with an entry that is not a person's name (``DROPPED``, the first name of each)
  were left out without drawing again: words (``Niebieski``, ``Zakochany``, ``Telewizja``,
  ``Koordynator``, ``Saturnas``, ``Kalnas``, ``Pigus``, ``Keturi``), businesses and brands
  (``Drogeria``, ``Autokomis``, ``Luxhome``, ``Coworking``, ``Autonuoma``, ``Nordica``),
  places (``Baltic``, ``Azja``, ``Europos``, ``Huron``), pet forms (``Urszulka``,
  ``Oliwcia``, ``Domcia``, ``Kasiu``, ``Evute``, ``Reginele``), typos (``Gzegorz``,
  ``Agniszka``, ``Krstyna``, ``Jurgta``, ``Alvyraa``), handles and keyboard mash
  (``Dgsdgsd``, ``Jjookkuubbaass``, ``Windtalker``), vulgar words, names of other
  languages (``Haocheng``, ``Hungnhung``, ``Uisdean``), surnames and a word in the surname
  column (``Tiesinimas``, ``Ugnius``, ``Kirpeja``), and men's names beside women's Russian
  surnames (``Eimuntas Kostygova``, ``Algerdas Cerniavskaja``). ``DRAWN`` is what is kept:
  16 PL and 15 LT people, fewer than the 45 hoped for, as even the least-used ranks are
  mostly junk. Regenerate with ``uv venv /tmp/regen55 && uv pip install -p /tmp/regen55
  names-dataset==3.3.1 && PYTHONPATH=. /tmp/regen55/bin/python -m
  tests.support.fiftyfifth_corpus``; names-dataset is not a dependency and the corpus
  itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (seaside, caravan park, pea field
  and boatyard words), each starting with a letter from A to H, none in an earlier corpus
  file (``NICKNAMES``; each checked by grepping ``tests/support``, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora did
  not use (checked by grepping their files: a bird ringer, a seaside donkey handler, a
  wind farm technician, a pea viner driver, a boatyard rigger, a poultry catcher, an egg
  packer, a trawler mate, a sailmaker, a tarmac gang foreman, a chip shop fryer, a kite
  surf instructor, a clay pigeon trapper, a grain dryer operator, a fish filleter, a land
  train driver, a cold store forklift driver, a wildfowler, a holiday camp entertainer and
  lifeguard, a potato grader, a lobster hatchery volunteer, a goose farm hand...; a
  caravan site warden, a livestock auctioneer, a crab boat skipper, a caddie master, a
  bingo caller, a pony club instructor, a deckchair attendant, a hedge layer, a sugar beet
  haulier, a harbourmaster, a tyre fitter and a livery yard are in earlier corpora and
  were not used), in lower case and in sign-offs; names and give-away
  details in pseudonyms; nicknames; dates of birth in twelve typed forms; addresses on
  invented streets (``STREETS``) in real towns of the areas; postcodes; phone, NHS and NI
  numbers; invented schools and a pupil referral unit (``SCHOOLS``); email addresses;
  written out by the twenty-fifth's ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``; the twenty-first's ``_uses`` fills each template
  at most three times), about a third of it long: case summaries, rapid review decisions,
  minutes, partner emails, local review notes; and short chronology lines, checklists,
  notices, Slack lines, Panel and publication notes, improvement actions, housing and
  community safety notes and training notes. It is set in twelve towns and large villages
  of the East Riding of Yorkshire, a unitary council (``AREAS``): Driffield, Hornsea,
  Withernsea, Pocklington, Market Weighton, Howden, Hedon, Cottingham, Hessle, Snaith,
  Patrington and South Cave. Each was checked by grepping ``tests/support``: none is named
  by an earlier corpus file (Brough, Beverley, Bridlington, Goole and Leven are, so they
  were not used). The nineteenth's AREA is the county itself, which its tests forbid
  elsewhere, so the council is written ERYC (East Riding of Yorkshire Council) and the
  partnership by its initials, ERSCP: checked with the ``search`` tool, the East Riding's
  online procedures pages name the East Riding Safeguarding Children Partnership, which
  followed the East Riding Safeguarding Children Board (ERSCB, whose old pages are still
  up); the nineteenth uses the full name. Partners, as the brief gives them and written
  from memory, not checked: Humberside Police, Hull University Teaching Hospitals NHS
  Trust, Humber Teaching NHS Foundation Trust, NHS Humber and North Yorkshire Integrated
  Care Board, Yorkshire Ambulance Service NHS Trust (a North East Lincolnshire partnership
  page found in the search names Humberside Police and the Humber and North Yorkshire ICB
  as partners, so those two are in use). Also from memory, not checked: every venue (each
  town's library, Driffield Community Centre, Hornsea Floral Hall, Withernsea Pavilion
  Leisure Centre, Pocklington Arts Centre, Market Weighton Community Hall, Howden Shire
  Hall, Hedon Town Hall, Cottingham Civic Hall, Hessle Town Hall, Snaith Priory Hall,
  Patrington Village Hall, South Cave Village Hall) and the hospitals (Alfred Bean
  Hospital in Driffield, Hornsea Cottage Hospital, Withernsea Community Hospital, Castle
  Hill Hospital in Cottingham); some may be named differently, have moved or closed.
  Venues are council offices, libraries, halls, leisure centres and hospitals, never a
  person's address. Roles, themes, courses, rooms, times and periods come from the
  twenty-first through the twenty-second's ``DRAWS``, and nobody in the benign text is
  named except by role.
- Identifiers: the tenth corpus's ``person_values`` makes every one up, from ranges kept
  for fiction: Ofcom's drama phone numbers, NHS numbers beginning 999 with a valid check
  digit, national insurance numbers with the QQ prefix, email at example.com, .org and
  .net, and postcodes in the shape of real ones but in areas Royal Mail has never used.
  A sample that names a drawn person has the source ``names-dataset-PL`` or
  ``names-dataset-LT``; one that names a nickname, ``hand-nicknames``; any other, ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the Holderness
  coast, the Wolds and the Humber that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fiftyfourth_corpus,
    fortyeighth_corpus,
    fortyninth_corpus,
    fortysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.independent_corpus import Sample

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that draw, write and read its snapshot: the earlier corpora's own, as the
#: forty-ninth (which drew names-dataset the same way) gathers them.
_49 = fortyninth_corpus
DRAMA_PREFIXES, INWARD_LETTERS, PLAIN = _49.DRAMA_PREFIXES, _49.INWARD_LETTERS, _49.PLAIN
POSTCODE_AREAS, nhs_check_digit = _49.POSTCODE_AREAS, _49.nhs_check_digit
_district, _earlier_names, assembled = _49._district, _49._earlier_names, _49.assembled
benign_words, dataset_people = _49.benign_words, _49.dataset_people
snapshot_people, table_entry_ok = _49.snapshot_people, _49.table_entry_ok
write_snapshot = _49.write_snapshot

__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "nhs_check_digit"]
__all__ += ["benign_words", "samples"]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftyfifth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), PL and LT tables"
SEED = "fiftyfifth-<country>"
#: Every earlier snapshot: the fifty-fourth's list and its own.
EARLIER = tuple(dict.fromkeys((*fiftyfourth_corpus.EARLIER, "fiftyfourth_names.json")))
#: The ranks drawn here (see the docstring for the ranks earlier corpora took): three
#: first-name draws per table, and the surnames no corpus drew.
FIRST_RANKS = {
    "PL": ((600, 1500), (1500, 3000), (5000, 6100)),
    "LT": ((600, 1500), (1500, 3000), (3000, 5000)),
}
SURNAME_RANKS = {"PL": (5000, 12000), "LT": (3000, 12000)}
#: How many people each of the three draws asks for, per table.
PER_DRAW = {"PL": (40, 120, 80), "LT": (40, 120, 60)}
COUNTRIES = ("PL", "LT")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-PL", 240), ("names-dataset-LT", 220))
DRAWN = (("names-dataset-PL", 16), ("names-dataset-LT", 15))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
NOT_NAMES: frozenset[str] = frozenset()
#: The first names of the drawn people read by hand as words, brands, places, pet forms,
#: typos, handles, names of other languages, or beside a surname that is a word, a first
#: name or of the other sex: those people are left out, not drawn again.
DROPPED = frozenset(
    {
        *("Aaricia", "Abdulbosit", "Abdumanon", "Afgat", "Aganda", "Aghavni", "Agmnieszka"),
        *("Agnieshka", "Agniszka", "Airijus", "Aisaka", "Aivanas", "Akerke", "Alehander"),
        *("Aleksandria", "Algerdas", "Algissvetlana", "Alionika", "Alksandra", "Allochka"),
        *("Alvyraa", "Alvyta", "Amcia", "Amigoss", "Andreyx", "Andrima", "Andrju"),
        *("Androna", "Anielcia", "Anrius", "Antantoskeantoske", "Antas", "Argana"),
        *("Ariandas", "Arikas", "Aringas", "Arklys", "Armarium", "Artut", "Asdaf"),
        *("Astule", "Astut", "Atkadiusz", "Auksinis", "Aurija", "Aurioshka", "Autokomis"),
        *("Autonuoma", "Azja", "Azuoliukas", "Baglan", "Baltic", "Bangyte", "Beroness"),
        *("Biovata", "Biura", "Boguska", "Boks", "Bumza", "Ciavo", "Ciu", "Corben"),
        *("Coworking", "Curlyfur", "Czerwona", "Dadla", "Dafik", "Dagiliok", "Daiwa"),
        *("Daluel", "Dariax", "Dariu", "Darq", "Darusz", "Daviti", "Dazasvydis"),
        *("Decoupage", "Deimintas", "Deinaras", "Deiz", "Dgsdgsd", "Dilj", "Diota"),
        *("Dirota", "Dmytriy", "Docia", "Doktorek", "Domasito", "Domcia", "Domowe"),
        *("Dorek", "Dotka", "Doublle", "Drauge", "Drogeria", "Dunce", "Dupla", "Dzasmina"),
        *("Dzidzi", "Dziku", "Dziwki", "Edvile", "Edycia", "Eea", "Egesta", "Eimuntas"),
        *("Eisvina", "Eitva", "Eivintas", "Elgun", "Elvyna", "Emiliia", "Emilius", "Esox"),
        *("Esposito", "Europos", "Evute", "Evvelina", "Ewii", "Ewo", "Ewulka", "Extremee"),
        *("Fabijonas", "Fanki", "Fantastyczna", "Filp", "Finka", "Firdovsi", "Fitfab"),
        *("Forestas", "Frolov", "Gabka", "Gabrele", "Gabrieliux", "Gaiga", "Gajana"),
        *("Gajane", "Galera", "Galiu", "Garsija", "Gedimine", "Geliniai", "Geralt", "Gien"),
        *("Gintsras", "Golfas", "Gonorata", "Goretta", "Granuliniai", "Gzegorz"),
        *("Haocheng", "Hejka", "Hrizo", "Hubba", "Hungnhung", "Huron", "Iirena"),
        *("Ilijanka", "Interhostas", "Iqor", "Iteneusz", "Iustyna", "Iwek", "Jacol"),
        *("Jamrat", "Jaonna", "Jaroo", "Jarro", "Jarune", "Jjookkuubbaass", "Jolantos"),
        *("Jolnta", "Jovitta", "Jullierda", "Jurana", "Jurgta", "Juricha", "Juza"),
        *("Jystyna", "Kaamaa", "Kakari", "Kalafi", "Kalnas", "Kamiliu", "Karbik", "Karcio"),
        *("Karczma", "Karil", "Karteczki", "Karwena", "Kashtanochka", "Kasiamarcel"),
        *("Kasiu", "Kasiul", "Kaskader", "Katatzyna", "Kateruna", "Kempiniukas", "Keraj"),
        *("Keturi", "Kiau", "Kkrystyna", "Klivija", "Kobieta", "Kociaki", "Koksu"),
        *("Koordynator", "Kopciuszek", "Krstian", "Krstyna", "Krylovaite", "Krysian"),
        *("Krystin", "Krysztof", "Krzysztofbeata", "Ksiezniczka", "Kto", "Kurator"),
        *("Kurnikova", "Kutas", "Kuzia", "Kybernautas", "Laimes", "Laneda", "Lashmaker"),
        *("Ledynas", "Leksema", "Lesio", "Lesny", "Lindeta", "Litek", "Livieen", "Lodka"),
        *("Lorneta", "Luxhome", "Lygantas", "Maaciek", "Machinery", "Macieja", "Madajus"),
        *("Magdalenan", "Magnes", "Majusia", "Makaaitis", "Makyta", "Malgozata", "Malutki"),
        *("Mantukas", "Mantvidas", "Manvy", "Margaretta", "Mariolia", "Markwins"),
        *("Martemarte", "Martyncia", "Maruisz", "Marysiaull", "Masterka", "Maszynowe"),
        *("Medumos", "Menager", "Merajem", "Mesliu", "Michlina", "Migse", "Mihalina"),
        *("Milve", "Mislius", "Modny", "Monikaa", "Mopik", "Muilo", "Multik", "Mykeltie"),
        *("Mykolo", "Nadev", "Nadidja", "Naimad", "Naitsyrk", "Nataa", "Neimante", "Nesia"),
        *("Nicodem", "Nicram", "Niebieski", "Nieznajoma", "Noclegi", "Nordica", "Nurautas"),
        *("Odetuks", "Okazje", "Olesub", "Oliwcia", "Omek", "Paeel", "Paffcio", "Panito"),
        *("Papuosk", "Partycja", "Patinka", "Patrysia", "Paulek", "Pawlok", "Payryk"),
        *("Perkeltine", "Pet", "Pigiai", "Pigus", "Poit", "Polskie", "Porady", "Prawdziwy"),
        *("Predsedatel", "Ptakas", "Pukuota", "Pumpuska", "Pustka", "Puzneckis", "Pynsawk"),
        *("Qaduzpew", "Radg", "Ramzel", "Rasaite", "Reginele", "Reikia", "Remarque"),
        *("Renats", "Reniusia", "Renka", "Rijdi", "Rimvas", "Rinkodaros", "Ruhangiz"),
        *("Rulys", "Rycho", "Rydzard", "Rygute", "Ryszad", "Sabriu", "Saidija"),
        *("Saldainis", "Sandrula", "Saturnas", "Senas", "Shpitaliov", "Skrita", "Slawus"),
        *("Slepkit", "Slodka", "Slun", "Slwomir", "Smaliziaus", "Smutny", "Snieckuviene"),
        *("Sonremo", "Souvre", "Specnaz", "Spindle", "Spox", "Stanlej", "Stanoslaw"),
        *("Stasas", "Surachka", "Sutama", "Svieta", "Swiat", "Szejki", "Szp", "Szwagier"),
        *("Szycie", "Taicho", "Tedausz", "Telewizja", "Terga", "Testy", "Tevai"),
        *("Timofeeva", "Tobulos", "Tolyan", "Tomasso", "Tomee", "Tomeek", "Topkey"),
        *("Tralala", "Tuen", "Turbinkis", "Typ", "Ufik", "Uisdean", "Ulanbek", "Urszulka"),
        *("Vacis", "Valdareza", "Valentynka", "Vardiniai", "Vedauta"),
        *("Veikliumoteruklubas", "Venandas", "Vesia", "Vidman", "Visko", "Vitalij"),
        *("Vittoraider", "Volodya", "Vup", "Vyt", "Walduk", "Waldus", "Wariatkowo"),
        *("Weneta", "Wiciu", "Wienio", "Wiewiur", "Windtalker", "Wislaw", "Witalja"),
        *("Wojtech", "Wuj", "Yauheni", "Zakochany", "Zaska", "Zbanowany", "Zbys"),
        *("Zdjecia", "Zefir", "Zilva", "Zuqq", "Zuzanka", "Zuziaa"),
    }
)


def _usable(name: str, country: str) -> bool:
    """A names-dataset entry to draw from (the tenth's test, plain letters)."""
    return table_entry_ok(name, country, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def regenerate_names() -> None:
    """Draw the PL and LT people (the tenth's ``dataset_people``, three times per table,
    each against the earlier snapshots only; names-dataset importable only here), leave
    out ``DROPPED`` and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    people: dict[str, list[list[str]]] = {}
    for country in COUNTRIES:
        kept = people.setdefault(f"names-dataset-{country}", [])
        for first, count in zip(FIRST_RANKS[country], PER_DRAW[country], strict=True):
            ranks = SURNAME_RANKS[country]
            drawn = dataset_people(
                ((country, count),), ranks, set(used), "fiftyfifth", _usable, first
            )
            kept += [p for p in drawn[country] if not set(p) & DROPPED]
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, people)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Pea Viner Lane", "Donkey Stand Row", "Turbine View Close", "Crab Pot Walk")
STREETS += ("Caravan Field Road", "Rigger's Yard", "Saleyard Drive", "Boulder Clay Court")
TOWNS = ("Driffield", "Hornsea", "Withernsea", "Pocklington", "Market Weighton", "Howden")
TOWNS += ("Hedon", "Cottingham", "Hessle", "Snaith", "Patrington", "South Cave")
SCHOOLS = (
    "Pea Viner Lane Primary School",
    "Crab Pot Walk Infant School",
    "St Everild's Church of England Primary",
    "Saleyard Junior Academy",
    "Turbine View Free School",
    "Donkey Stand Row Nursery School",
    "Boulder Clay High School",
    "Rigger's Yard Pupil Referral Unit",
)
SCHOOL_SHORT = ("Pea Viner", "Crab Pot", "St Everild's", "Saleyard", "Turbine View")
RELATIVES = ("babcia", "mociute", "nan", "step-mum", "dziadek", "mum's boyfriend", "aunty")
RELATIVES += ("older cousin",)
#: Twelve ways a date of birth gets typed (fields of the tenth's ``_date``), and the
#: when-forms of the benign side's dates.
BIRTH_FORMS = ("{dd}.{mm}.{yy}", "{d}-{mon}-{y}", "{mo} {d}, {y}", "{d}{th} of {mon} {yy}")
BIRTH_FORMS += ("{y}/{mm}/{dd}", "{dd}/{m}/{y}", "{wd} {d} {mo} {y}", "{d} {mo}. {yy}")
BIRTH_FORMS += ("{mm}/{dd}/{y}", "{d}{th} {mon}, {y}", "{dd} {mon} {yy}", "{d}/{mm}/{yy}")
WHEN_FORMS = ("{wd} {d} {mon}", "{dd}/{mm}/{y}", "{d}{th} {mo}", "{wd} the {d}{th}")
WHEN_FORMS += ("{d} {mon} {y}",)
#: Births of children up to 17 (the forty-second's), typed in ``BIRTH_FORMS``.
_birth = partial(fortysecond_corpus._birth, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# {f} {l} is the child, {g} {h} a parent or carer, {k} a brother or sister and {rel} another
# relative, as the tenth's person_values fills them.
NAME_TEXT = (
    "Bird ringer at the nature reserve says {f} {l}, 8, has been on her own in the static since "
    "Tuesday; {g} went off in a taxi and hasn't come back.",
    "Donkey handler on the beach says {g} {h} leaves {f} with him all day and pays him in "
    "cigarettes, the lad has been wearing the same clothes for a week.",
    "wind farm tech says {f} {l} keeps climbing the fence at the substation at night, "
    "told him {g} locks them out",
    "Pea viner driver working nights saw {f} {l}, about 12, walking the A road at 3am with "
    "no coat, said she was going to her {rel}'s.",
    "Poultry catcher on the night crew says {g} {h} was slapping {f} round the head in the "
    "shed yard and shouting that he'd sell her.",
    "Rigger at the boatyard found {f} {l} sleeping under a tarp on one of the hulls, "
    "bruise on the cheek, says {g} did it.",
    "Egg packer at the farm shop says {f} {l}, 11, is in the packing shed every night "
    "counting twenties an older man gives her.",
    "Trawler mate says {g} {h} has had {f}, 14, out sorting the catch on school days since Easter.",
    "Sailmaker says {f} {l} has been sleeping in the loft over the workshop and told "
    "her {g}'s new fella hits them.",
    "Tarmac gang foreman saw {g} {h} drive off from the lay-by leaving {f} and {k} on the verge "
    "in the dark.",
    "Fryer at the chippy says {f} {l} comes in asking for scraps most nights, says there's "
    "no tea at home and {g} is asleep.",
    "Kite surf instructor says {f} {l} told her on the beach that {g} {h} burns her with a "
    "lighter when she's naughty.",
    "Clay pigeon trapper noticed {f} {l}, 9, flinching when {g} raised a hand at the "
    "shoot, and marks on the back of her legs.",
    "Grain dryer operator says {g} {h} brings {f} to the farm on the night shift and "
    "leaves the baby in the tractor cab.",
    "Fish filleter at the smokehouse says {f} {l} has been with a man in his forties "
    "every afternoon this week, not a relative.",
    "Driver of the land train on the prom says {f} {l} rides round all day with no adult, told "
    "him {g} said not to come home before dark.",
    "Forklift driver at the cold store saw {g} {h} drag {f} across the car park by the arm.",
    "The wildfowler says {g} {h} is out on the marsh most nights with {f}, 3, asleep in the hide "
    "till gone eleven.",
    "Entertainer at the holiday camp says {f} {l}, 15, has been going to the chalets of "
    "the older lads on the staff and coming back drunk.",
    "Potato grader in the next yard heard {g} screaming at {f} {l} that she'd wish she was dead, "
    "then a slap and crying.",
    "Woman on the seafood stall on the front says {f} {l} is picking up parcels from a car that "
    "pulls up every Friday.",
    "Campsite shower block cleaner found {f} {l} washing blood out of her top, said {g} "
    "caught her with the kettle.",
    "A lobster hatchery volunteer says {g} {h} is living on a narrowboat with {f} and {k} "
    "and no heating since the gas ran out.",
    "Mobility scooter shop fitter says {f} {l}, 13, is doing shifts in the back for cash "
    "and {g} takes his wages.",
    "Ice cream van man says {f} {l} asked him for money for food and said {g} hadn't "
    "been home for two days.",
    "Pier fishing bailiff saw {f} {l} being pushed about by {g} {h} on the prom, kid "
    "had a split lip.",
    "Holiday camp lifeguard says {f} {l} turns up hungry every session and says {g} "
    "spends the benefits on scratchcards.",
    "A pub quizmaster says {g} {h} leaves {f} in the car in the car park all night, "
    "engine running in the cold.",
    "Goose farm hand says {f} {l}, 16, has been living in the feed store since {g} threw her out.",
    "Turbine blade inspector at the port says {g} {h} was seen shaking {f} hard in the "
    "canteen queue.",
)
NAME_LOWER = (
    "bird ringer rang again, {fl} {ll} alone in the static",
    "donkey man has {fl} all day again",
    "{gl} {hl} at the mart shouting at {fl}",
    "{ll} kids on the verge by the lay-by, tarmac lorry stopped",
    "chippy says {fl} begging for scraps",
    "{fl} {ll} out on the trawler, no school",
    "marsh again - {gl} out wildfowling with {fl}",
    "spoke to {fl}'s {rel}, {gl} still not in",
    "{fl} {ll} in the sail loft again",
    "egg packer says {fl} in the shed till closing",
    "holiday camp: {fl} {ll} back from the chalets drunk",
    "{fl} and {k} left at the seafront, no adult",
)
NAME_PSEUDONYM = (
    "{l}",
    "{f}",
    "{l} {f}",
    "{l} twins",
    "{f}, {age}",
    "{f} {li}.",
    "{f} and {k}",
    "little {f}",
    "the {l} girl",
    "{g} {h}'s youngest",
    "{f} from the caravan site",
    "{l} ({f})",
)
SIGN_OFF = (
    "please dont say it was me\n{fl}",
    "Many thanks\n{g} {h}\n({rel} to {f})",
    "ta\n{g}, mum to {f} and {k}",
    "{f} {l} xx\nsorry its messy",
    "Sent for {f} by {rel} {g} {h}",
    "Best wishes,\n{g} {l}\nkinship carer",
    "{g} ({f}'s {rel}) - on earlies all week",
    "{f} {l} age {age}",
    "{g} {h}, looking after {f} since March",
)
NICKNAMES = ("Fizzpop", "Candyfloss", "Codling", "Dabby", "Ebbtide", "Foghorn")
NICKNAMES += ("Crabstick", "Dodgem", "Eelpie", "Gullwing", "Helterskelter", "Chipfork")
NICKNAMES += ("Bucketspade", "Beanpole", "Fishcake", "Hoopla")
NICKNAME_TEXT = (
    "The boys at the arcade call her {n} and she fetches their vapes from the van.",
    "On the caravan park everyone knows him as {n}; the men in the end static feed him.",
    "Staff on the pier heard {f}'s {rel} yelling {n} along the front after midnight.",
    "He's saved in the older lad's phone as {n}, school saw the messages.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}.", "{n}, the {l} boy")
DOB_TEXT = (
    "DOB per the GP: {dob}",
    "d.o.b {dob}",
    "{g} says {f}'s birthday is {dob}",
    "hospital records give DOB {dob}",
    "born {dob} at Castle Hill",
    "{f} {l} - {dob}",
    "dob {dob} so she's {age} now",
    "{rel} said {dob}, school has another date",
    "born early, {dob}, 31 weeks",
)
PHONE_TEXT = (
    "mum's number {phone}",
    "call {g} on {phone}",
    "{rel} mob {phone}",
    "landline {phone}",
    "messages came from {phone}, {f} says it's an older lad",
    "babcia's phone {phone}",
)
NHS_TEXT = (
    "NHS no. for {f}: {nhs}",
    "nhs {nhs}",
    "baby's NHS number is {nhs}",
    "discharge letter shows NHS {nhs}",
)
NI_TEXT = (
    "mum's NI number {ni}",
    "NI no {ni} (dad)",
    "national insurance {ni} - step-dad",
    "{rel} NI: {ni}",
)
ADDRESS_TEXT = (
    "now living at {street}, {town}",
    "staying on {street} in the flat over the bookies",
    "went to {street}, {town}, curtains shut, no answer",
    "{f} is at her {rel}'s on {street}",
    "several police calls to {street} this winter",
    "evicted from {street}; sleeping in the van in {town}",
)
POSTCODE_TEXT = ("postcode {postcode}", "post code - {postcode}", "new postcode {postcode}")
SCHOOL_TEXT = (
    "{f} goes to {school}, year {year_group}",
    "{school} (Y{year_group}) say attendance is 55%",
    "DSL at {short} phoned this morning",
    "{f} moved to {short} after half term",
    "{f} at {school}: {n2} sessions off since September",
)
EMAIL_TEXT = ("{g} emails from {e}", "the email was from {e}", "contact {g} {h} on {e}")
PSEUDONYM_REVEALING = (
    "Baby {l}, born {dob}",
    "{fi}{li} of {street}",
    "{fi}{li}, Y{year_group}, {short}",
    "Child living at {postcode}",
    "{fi}{li} - NHS {nhs}",
    "{l} girl, {age}, {town}",
    "{fi}{li} dob {dob}",
    "Y{year_group} pupil at {school}",
    "the {l} family, {town}",
)


#: Where the people live and learn, the templates of each identifying category and the
#: nicknames (the twenty-fifth's ``identifying_tables``).
KIN, TEMPLATES, NICKNAMED = twentyfifth_corpus.identifying_tables(sys.modules[__name__])


_identifying = twentyseventh_corpus.identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The partners. The council's name holds an earlier corpus's area, so it is written ERYC
#: (see the docstring); the others by their own names.
_HUTH = "Hull University Teaching Hospitals NHS Trust"
_HUMBER = "Humber Teaching NHS Foundation Trust"
_PARTNERS = {
    "council": ("ERYC children's social care",),
    "police": ("Humberside Police",),
    "icb": ("NHS Humber and North Yorkshire Integrated Care Board",),
    "ambulance": ("Yorkshire Ambulance Service NHS Trust",),
    "trust": (_HUTH, _HUMBER),
} | _district("ERYC")

#: The twelve areas, towns and large villages no earlier corpus file names, with the
#: unitary council's teams, the partners, and two civic venues of the town (libraries,
#: halls, hospitals, community and leisure centres). The kinds are ``KINDS``.
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    "Driffield": _PARTNERS | {"venue": ("Driffield Library", "Alfred Bean Hospital")},
    "Hornsea": _PARTNERS | {"venue": ("Hornsea Library", "Hornsea Floral Hall")},
    "Withernsea": _PARTNERS
    | {"venue": ("Withernsea Library", "Withernsea Pavilion Leisure Centre")},
    "Pocklington": _PARTNERS | {"venue": ("Pocklington Library", "Pocklington Arts Centre")},
    "Market Weighton": _PARTNERS
    | {"venue": ("Market Weighton Library", "Market Weighton Community Hall")},
    "Howden": _PARTNERS | {"venue": ("Howden Library", "Howden Shire Hall")},
    "Hedon": _PARTNERS | {"venue": ("Hedon Library", "Hedon Town Hall")},
    "Cottingham": _PARTNERS | {"venue": ("Cottingham Civic Hall", "Castle Hill Hospital")},
    "Hessle": _PARTNERS | {"venue": ("Hessle Library", "Hessle Town Hall")},
    "Snaith": _PARTNERS | {"venue": ("Snaith Library", "Snaith Priory Hall")},
    "Patrington": _PARTNERS | {"venue": ("Patrington Library", "Patrington Village Hall")},
    "South Cave": _PARTNERS | {"venue": ("South Cave Library", "South Cave Village Hall")},
}
#: The partner kinds (the forty-eighth's), the partnership by its initials, and every
#: agency named.
KINDS, PARTNERSHIPS = fortyeighth_corpus.KINDS, tuple(AREAS)
SCP = dict.fromkeys(AREAS, "ERSCP")
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: Review references and age bands of this corpus, over the twenty-second's other draws
#: (roles, themes, courses, rooms, periods), and the words benign pseudonyms may use.
DRAWS = twentysecond_corpus.DRAWS | {
    "ref": ("RR 55-04", "LCSPR 55/02", "RR/55/11", "CSPR-55-07", "RR 55/19", "TR 55-03"),
    "age_band": ("aged three weeks", "under one", "aged three", "aged 11", "aged 15"),
}
PSEUDONYM_WORDS = twentysecond_corpus.PSEUDONYM_WORDS
CHOSEN = ("Holderness", "Spurn", "Wold", "Saltmarsh", "Carr", "Foreshore", "Headwater")

_P = " The ERSCP learning and improvement group will track the work from {period}."
_S = "\n\nReplies to the ERSCP business unit, please, by {date}.\n\nThanks,\nERSCP business unit"
#: Benign templates by register (the sample's category), each filled up to three times as
#: ``_uses`` decides; roughly a third run long, up to the 500 characters a note field takes.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary for {ref}. A baby {age_band} from {area} was brought to {trust} with a "
        "swollen thigh; the X-ray showed a fracture no one could explain. The family had "
        "been seen by three health visitors in as many months because of staff sickness, "
        "and none had met the father. The review will ask how continuity is kept when a "
        "team is short." + _P,
        "{ref}: a 15-year-old boy from {area} was stabbed in a park in the city after "
        "months of going missing from home. {police} held intelligence about the group he "
        "was with; his school had logged a rise in cash and new clothes. The reviewer is "
        "asked whether those two pictures were ever put side by side, and by whom.",
        "Outline ({area}). Seasonal farm work meant a family moved between two caravan "
        "parks over one summer, and a child {age_band} was not registered with a GP at "
        "either. A scald was treated at a minor injuries unit and not shared onwards. "
        "{ref} will look at how mobile families are tracked across health systems." + _P,
        "Context for the panel: {ref} concerns a girl of 14 who was groomed online by a "
        "man posing as a teenager and then met him in {area}. Her parents had asked the "
        "school for help with her phone use twice. The review will test what advice "
        "parents get, and how quickly schools pass online harm to {police}.",
        "In {area}, a mother with a learning disability cared for two children {age_band} "
        "with little support after her own mother died. Adult services closed her case as "
        "the children's social workers were involved; children's services assumed adult "
        "services were still there. {ref} is about that gap between the two front doors.",
        "{ref}, the facts in short: a child {age_band} was found with a serious head "
        "injury after a night when a lodger was caring for the children. No agency knew "
        "the lodger lived there. The reviewer will look at how practitioners ask who "
        "lives in and who visits a household, and how that is recorded." + _P,
        "Case background, {ref}. A teenager in {area} with an eating disorder was on a "
        "waiting list at {trust} for five months while her weight fell. Her GP, school "
        "nurse and parents wrote to chase it eleven times between them. The review will "
        "ask how risk on waiting lists is watched and who escalates when it rises.",
        "{ref} - a brief account. Two brothers from {area} were taken into police "
        "protection after officers found the house without heating or food in January. "
        "The family had been known to early help, which had closed the case as "
        "disengaged. The panel will look at what disengagement meant here, and at the "
        "choice to close rather than step up.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}: decision recorded. The three partners agree this case meets "
        "the criteria for a local child safeguarding practice review, as there appears to "
        "be learning about information sharing between {trust} and {police} when a "
        "parent's mental health worsened. The Panel will be told by {date2}, and the "
        "{role} will draft terms of reference.",
        "Rapid review {ref}: decision recorded. No local review will be held. The learning "
        "on safer sleep in temporary housing is already being taken forward through the "
        "ERSCP's current action plan, and a further review would not add to it. Agreed by "
        "the partners on {date}; the Panel will have the reasons by {date2}.",
        "Rapid review {ref}: decision recorded. The partners consider the case would be "
        "best looked at within the existing thematic review of {theme}, which already "
        "covers {area} and the surrounding villages. Agency reports from {icb} and "
        "{council} go to the thematic reviewer by {date2}; the Panel will receive the "
        "rationale with the rapid review report.",
        "Rapid review {ref}: decision recorded. A local review will be held using a "
        "systems approach, with a practitioner session at {venue}. The partners wish to "
        "understand why concerns raised by {ambulance} crews on two call-outs did not "
        "reach the social worker. The draft scope goes to the executive on {date2}.",
        "Rapid review {ref}: decision recorded. Because similar features have been seen in "
        "two other reviews across the Humber this year, the partners will ask the Panel "
        "to consider national learning. The local review will continue in parallel. The "
        "{role} will prepare the letter to the Panel by {date2}.",
        "Rapid review {ref}: decision recorded. The partners will publish a practice "
        "briefing instead of a full review: agency reports agree on what happened, the "
        "changes needed are already under way, and the family have asked not to be "
        "involved. Signed off {date}; progress will be tested by audit in {period}.",
        "Rapid review {ref}: decision recorded. A local review will look at the hand-over "
        "between the neonatal unit at {trust} and community health visiting, where a "
        "father's previous convictions were not known to the visiting team. {icb} will "
        "chair the review panel; the Panel is to be notified by {date2}.",
    ),
    "minutes": (
        "ERSCP executive, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}.\n"
        "1. Quarterly data for {period} noted; child protection numbers {rag}.\n"
        "2. Independent scrutineer's report accepted with one change.\n"
        "3. Budget for next year: partner contributions to be confirmed.\n"
        "Next: {date2} at {time}.",
        "Learning and improvement group - notes - {date}, {venue}\n"
        "Present: the {role}, {trust}, {ambulance}, a primary head.\n"
        "1. {ref}: action plan {rag}; two actions overdue.\n"
        "2. Seven-minute briefing on {theme} approved for circulation.\n"
        "3. Audit of neglect cases in {area} to start in {period}.\n"
        "Next: {date2}, {room}.",
        "Case review group, {date} (Teams)\n"
        "Present: {council}, {police}, {trust}, {icb}.\n"
        "1. New notification from {area}: rapid review to be held within 15 days.\n"
        "2. {ref}: lead reviewer has started interviews with staff.\n"
        "3. Panel feedback on the last review shared.\n"
        "Next: {date2}.",
        "Education safeguarding forum, {room}, {venue}, {date}\n"
        "Present: DSLs, the {role}, {council}, {district}.\n"
        "1. Attendance and children missing education: data for {period}.\n"
        "2. Guidance on {theme} for schools to be refreshed.\n"
        "3. {course} dates for the spring agreed.\n"
        "Next: {date2}, {time2}.",
        "Exploitation sub-group, {venue}, {date}\n"
        "Present: {police}, {council}, {district}, the youth justice service.\n"
        "1. Coastal resorts summer plan: {rag}.\n"
        "2. Missing episodes in {area} up since the spring; a deep dive agreed.\n"
        "3. Partner training on contextual safeguarding to be booked.\n"
        "Next: {date2}.",
        "Health safeguarding leads, {venue}, {date}\n"
        "Present: named nurses of {trust}, designated professionals from {icb}.\n"
        "1. Was-not-brought policy audit: findings for {period}.\n"
        "2. {ref}: GP practice learning session planned.\n"
        "3. Interpreting for Polish and Lithuanian-speaking parents: use to be reviewed.\n"
        "Next: {date2}.",
    ),
    "partner_email": (
        "Hi all,\n\nJust chasing agency reports for {ref}, which were due on Friday. We "
        "still need the returns from {icb} and the {district}; thank you to {police} for "
        "getting theirs in early. The reviewer wants to start reading next week and the "
        "panel sits on {date2}." + _S,
        "Dear colleagues,\n\nWe'd like a handful of practitioners who work in {area} to "
        "try out a draft leaflet on {theme} before it is printed. We'll meet at {venue} on "
        "{date2}, {time} to {time2}. Lunch is provided and managers have agreed the time." + _S,
        "Good afternoon,\n\nThe executive has approved the revised escalation and "
        "resolution protocol. {council} will run briefings for its teams, and {police} "
        "will cover it in the next MASH team meeting. Health colleagues, how would you "
        "like to share it with frontline staff?" + _S,
        "Dear partners,\n\nIn {period} the independent scrutineer hopes to sit in on a "
        "strategy discussion and speak with staff from {trust} and {ambulance}. If your "
        "service could host, please send a contact name and two or three dates that "
        "suit." + _S,
        "Hello all,\n\nPleased to say the Panel has accepted our rapid review report for "
        "{ref} with no further questions, and commented on the quality of the "
        "contribution from {icb}. The {role} will now draft the briefing with the "
        "designated doctor." + _S,
        "Hi everyone,\n\nBecause the first session filled so fast we have put on another "
        '"{course}" at {venue}, {time} to {time2}. Places are open to {council}, {police}, '
        "health, schools, nurseries and voluntary groups across the East Riding." + _S,
        "Dear all,\n\nA thank you to {ambulance} for freeing up two crew members to come "
        "to the practitioner session for {ref}. Hearing what the scene looked like on "
        "arrival changed how the group saw the first hour of the response." + _S,
        "Hello,\n\nFor {ref}, could the {district} tell us how schools and health visitors "
        "are told when a family with children is placed in emergency accommodation out of "
        "their home town, and how long such placements lasted last year?" + _S,
    ),
    "local_review": (
        "Local review {ref}: the reviewer shared emerging themes with the panel on {date}: "
        "professional optimism about a mother's recovery, too little attention to the "
        "men coming and going, and a child in {area} who was seldom spoken to alone. "
        "{council} and {trust} will test these against their records before the next "
        "panel.",
        "Local review {ref}: practitioner session at {venue} on {date}. Staff from "
        "{ambulance} and {police} talked about rural call-outs, long waits for back-up and "
        "not knowing who to ring out of hours in another agency. Their accounts will "
        "inform the recommendations." + _P,
        "Local review {ref}: terms of reference agreed on {date}. The review covers the "
        "eighteen months before the incident, transfer between two school nursing teams, "
        "decisions at the front door, and how {icb} assures itself about children placed "
        "in health settings a long way from home.",
        "Local review {ref}: the reviewer met the child's grandmother, who asked that the "
        "report describe the child as she was: funny, stubborn and fond of the sea. The "
        "panel agreed to reflect this. A draft is due in {period}, and the family will "
        "see it before anything is published.",
        "Local review {ref}: panel to meet again on {date}.",
        "Local review {ref}: independent reviewer appointed {date}.",
        "Local review {ref}: paused while the police investigation continues.",
        "Local review {ref}: every agency report received.",
        "Local review {ref}: second draft to the panel {date}.",
    ),
    "chronology": (
        "{date}: nursery reported a child arriving hungry most mornings.",
        "{date}: {police} called to a disturbance; two children in the house.",
        "{date}: MASH triage; referred to the locality safeguarding team.",
        "{date}: {ambulance} took father to hospital; children stayed with a neighbour.",
        "{date}: the {district} provided emergency accommodation.",
        "{date}: initial child protection conference; plan made.",
        "{date}: two-year review not attended; rebooked by health visitor.",
        "{date}: outpatient appointment at {trust} cancelled by the family.",
        "{date}: early help worker's first visit.",
        "{date}: core group meeting held, {council} chairing.",
        "{date} to {date2}: four unauthorised absences recorded.",
        "{date}: reduced timetable agreed by the school.",
        "{date}: late booking with midwifery at 26 weeks.",
    ),
    "checklist": (
        "Rapid review held within 15 working days? Yes.",
        "Panel notified within five days: done {date}.",
        "Family told about the review: letter sent {date}.",
        "Child's voice captured: due {date2}.",
        "Reviewer commissioned? Yes, contract signed.",
        "Terms of reference: second draft.",
        "{trust} agency report received? Yes.",
        "{district} agency report? Still awaited.",
        "Coroner's date known? {date}.",
        "{police} disclosure check: sent, awaiting reply.",
        "Learning briefing: with comms for design.",
        "Briefing circulated to DSLs: yes.",
        "Reports due from {ambulance} and {icb}: {date2}.",
    ),
    "notice": (
        "ERSCP executive: {date}, {time}, {room}, {venue}.",
        "{ref} learning event - {date2} - {venue}, {time} to {time2}.",
        "Save the date: ERSCP annual conference, {venue}, {date}.",
        "Learning and improvement group moved to {date} at {time}, {room}.",
        "DSL network meeting, {venue}, {date} at {time}.",
        'Online session "{course}", {date}, {time}.',
        "Drop-in for parents on online safety at {venue}, {date}.",
        "Exploitation awareness evening, {room}, {venue}, {date}.",
        "Health leads meeting now {date2}, not {date}.",
        "Multi-agency audit day on {theme}, {date}, {room}, {venue}.",
        "Young people's forum at {venue}, {date}, {time} to {time2}.",
        "Launch of the new neglect toolkit at {venue}, {date}, {time}.",
    ),
    "slack": (
        "agenda for tuesday is on the shared drive",
        "has anyone seen the {trust} report for {ref}?",
        "booked {venue} for {date} :white_check_mark:",
        "reminder - Panel notification due by 4pm",
        "{district} want to move from {time} to {time2}, ok with everyone?",
        "comments on the draft scope please by {date}",
        "thanks everyone, actions to follow",
        "DS confirmed from {police} for the rapid review",
        "{period} training calendar now live",
        "should {ref} go to exec or the case review group first?",
        "scrutineer's report link is in the channel topic",
        "minute-taker needed for {date} - any takers?",
        "which template are we using for agency reports now?",
        "{icb} named GP dialling in at {time}",
        "{council} lead on leave {date}, who can cover?",
    ),
    "panel": (
        "Panel response on {ref} received {date}; no further queries.",
        "{ref} notified to the Panel {date}.",
        "Rapid review report to the Panel by {date2}.",
        "Panel feedback: clear and well reasoned.",
        "Panel agreed no national review for {ref}.",
        "{ref} rapid review sent; Ofsted and DfE copied in.",
        "Panel asked for the ambulance service's view; provided {date}.",
        "Final report for {ref} sent to the Panel {date}.",
        "Panel agreed a later date for {ref}: {date2}.",
        "Panel annual report discussed at the executive.",
        "Panel query on {ref} {date}; {role} to respond.",
    ),
    "publication": (
        "Planned publication for {ref}: {date}.",
        "Publication on hold until criminal proceedings end.",
        "Decision {date}: publish the executive summary only.",
        "Family told of the publication plan.",
        "Press lines agreed with the ERYC communications team.",
        "{ref} published on the ERSCP website on {date}.",
        "Seven-minute briefing to be released alongside.",
        "Publication moved at the family's request to {date2}.",
        "Report to come off the website after a year.",
        "DfE informed of publication date.",
        "Publication plan for {ref} agreed by partners {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to follow up each was-not-brought appointment in a week, from {date}.",
        "Action 2: {council} to note everyone living in the household at every visit.",
        "Action: {police} to send Operation Encompass notices to schools before 9am.",
        "Action: {icb} to fund abusive head trauma training for midwives.",
        "Action 3: a practice week on {theme} in {period}.",
        "Action: {ambulance} to add a child safeguarding question to the patient record.",
        "Action: the {district} to tell health visitors of any family moved across the county.",
        "Action 4 complete: escalation protocol relaunched {date}.",
        "Action 5: {role} to report progress to the executive quarterly.",
        "{period} plan: 9 actions, 5 done, 4 {rag}.",
        "Action: one chronology template for all partners from {date}.",
        "Action 6: {trust} to add a think-family prompt to triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed the new tenancy.",
        "{district}: relief duty accepted from {date}.",
        "Two officers from the {district} will attend the learning event.",
        "{ref} briefing delivered to {district} team leaders.",
        "Housing staff covering {area} to finish {course} by {date}.",
        "ERYC housing options team and Humberside Police checked winter lets on caravan "
        "parks near Withernsea and Patrington.",
        "ERYC community safety team walked Hornsea seafront with youth workers after "
        "complaints about older teenagers drinking.",
        "ERYC housing options team talked with Humber Teaching NHS Foundation Trust "
        "health visitors about families placed in Driffield.",
        "ERYC community safety team and Humberside Police planned extra patrols for the "
        "Pocklington summer fair.",
        "ERYC housing options team reviewed overcrowding reports from Market Weighton and "
        "South Cave.",
        "ERYC community safety team met the youth club in Howden about e-scooters.",
        "ERYC housing options team and Hull University Teaching Hospitals NHS Trust agreed "
        "a discharge route for families from Cottingham.",
        "ERYC community safety team looked at the foreshore in Hessle after dark with "
        "Humberside Police.",
        "ERYC children's social care and the ERYC housing options team met about young "
        "carers in Hedon and Snaith.",
    ),
    "training": (
        'New on the e-learning site: "{course}".',
        "Training needs survey closes {date}.",
        "Induction for new DSLs, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "Workshop on {theme} at {venue}, {date}, {time} to {time2}.",
        "Trainer day for {course}, {room}, {venue}, {date}.",
        "Pool trainers' catch-up, {room}, {date}.",
        "Feedback from the {theme} workshop shows confidence up.",
        "DSL refresher sessions run in {period}.",
        "ERSCP ran a bruising protocol session for childminders in Driffield.",
        "ERSCP gave an exploitation briefing to arcade and caravan park staff in Withernsea.",
        "ERSCP trained junior football coaches in Pocklington.",
        "Yorkshire Ambulance Service NHS Trust and Humberside Police ran a self-harm "
        "session for sixth formers in Hornsea.",
        "NHS Humber and North Yorkshire Integrated Care Board briefed GP practices in "
        "Market Weighton and Howden on was-not-brought.",
        "Humber Teaching NHS Foundation Trust ran a perinatal mental health course in Hedon.",
        "Hull University Teaching Hospitals NHS Trust named nurses gave a head injury talk "
        "to parents in Cottingham and Hessle.",
        "ERSCP held a neglect workshop for parish councils in Snaith, Patrington and South Cave.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child P", "Child KR", "Infant L", "Baby J", "Young Person G", "Sibling 3"),
    *("Sibling 1", "Unborn Baby F", "TW", "M.H.", "Child E and Child F", "Holderness"),
    *("Spurn", "Wold", "Saltmarsh", "Carr", "Foreshore", "Headwater", "Child N"),
    *("Infant CW", "Baby RL", "Young Person B", "JD", "V", "Child Q", "Sibling Y"),
    *("K.T.", "Baby C and Baby D", "Child HA", "Young Person EM", "NB", "Infant Z"),
    "Sibling B",
)


#: The twenty-first's writer of the benign side and its count of fills per template.
_benign, _uses = twentyfirst_corpus.benign_written(sys.modules[__name__]), twentyfirst_corpus._uses


def samples() -> list[Sample]:
    """Both sides, put together by the tenth's ``assembled`` (identical on every run)."""
    return assembled("fiftyfifth-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
