"""A sixty-first held-out corpus for the confidentiality guard, written by someone who has
not read the guard's rules, code or word lists and never ran the guard on it (issue 24).

Where each part comes from:

- Names: ``sixtyfirst_names.json``, a seeded snapshot (seed ``sixtyfirst-<country>``,
  Python's ``random.Random``, through the tenth's ``dataset_people``: women and men in
  turn, no first name that is also in the table's surname list) from names-dataset 3.3.1
  (PyPI, Apache-2.0, Philippe Remy's frequency tables per country), its FR (France) and
  BE (Belgium) tables. Earlier corpora that name names-dataset FR or BE took these ranks
  (checked by grepping ``tests/support`` and ``tests/test_unseen_corpora.py`` for ``"FR"``,
  ``"BE"``, France and Belgium): FR the eleventh's 100-1499, the eighteenth's 1500-2999,
  the twenty-first's 3000-4999, the twenty-second's 5000-6999 and the twenty-fourth's
  7000-8999 (the twenty-seventh asked for FR at 9000-11999 and found too few names); BE
  the fourteenth's 100-1499 and the twentieth's 1500-2999. The package gives FR 7562
  women's first names, 9516 men's and 19328 surnames, and BE 4742, 6040 and 16751
  (counted with the package before drawing). So no FR first-name rank is unused for
  women: FR first names are drawn at 7000-9599 (``FR_FIRST_RANKS``: the women from the
  twenty-fourth's 7000-7561, the deepest and least used, seven FR people in all, with the
  earlier snapshots' people filtered out; the men mostly from the new 9000-9515), FR
  surnames at 9000-15999 (``FR_RANKS``), and BE first names at 3000-6099 and surnames at
  3000-11999 (``BE_FIRST_RANKS``, ``BE_RANKS``), all new. Only entries in plain letters
  are drawn (``ASCII_ONLY``): an entry with an accent or a cedilla is not drawn at all
  rather than rewritten, so the snapshot keeps the names as the tables already type them
  (``Delalleau``, ``Athenais``, ``Perichon``), as a social worker in England would; nothing
  was changed by hand. The filter keeps no word of any earlier snapshot (``EARLIER``:
  every ``*_names.json`` through the fifty-seventh's, and those of the fifty-eighth,
  fifty-ninth, sixtieth, sixty-second and sixty-third, written alongside, read when they
  are there); when drawing, ``regenerate_names`` also reads those five in their own
  worktrees (``ALONGSIDE``; only the fifty-ninth's existed at the first draws, all five
  at the last check, and the draw came out the same). Every draw was read by hand, five
  draws in all. The deep ranks of both tables hold much that is not a name: French and
  Dutch words (``Pompon``, ``Pasta``, ``Achat``, ``Tarte``, ``Fouine``, ``Gamin``,
  ``Concours``, ``Enfants``, ``Gewoon``, ``Huis``, ``Tweedehands``, ``Snelle``, ``Sturm``),
  places (``Creusot``, ``Fleurance``, ``Doune``, ``Rabat``, ``Castille``, ``Manhattan``),
  brands (``Dhl``, ``Yugo``, ``Quick``, ``Corona``), characters (``Gribouille``,
  ``Fantomas``, ``Gavroche``, ``Squall``, ``Nala``), pet forms (``Mimine``, ``Nenesse``,
  ``Minouch``, ``Patounette``, ``Mamounette``, ``Tigrou``, ``Jolientje``, ``Mieken``),
  typos (``Tiiffany``, ``Stephaniie``, ``Oceeane``, ``Eloodiie``, ``Guilaume``), letters
  that are no name (``Bna``, ``Lza``, ``Svg``, ``Cms``), a first name in the surname
  column (``Laurette``) and names of another country's people (``Avetisyan``,
  ``Vardanyan``, ``Quyen``, ``Xinyu``, ``Rexhep``, ``Zsanett``, ``Sevdalina``,
  ``Almudena``, ``Myrddin``, ``Katri``). The rule followed in reading: names of the
  Maghrebi and West and Central African families long settled in France and Belgium are
  the tables' people and were kept (``Abdelfettah``, ``Kandjoura``, ``Ismahane``); names
  read as Turkish, Balkan, Caucasian, Central European, Asian or Spanish were not, nor
  Dutch or Frisian names that read as the Netherlands' rather than Flanders'
  (``Sjouke``, ``Brechje``). Such entries were put in ``NOT_NAMES`` and drawn again, four
  times (more people asked for each time, ``PACKAGE_DRAWN`` the last), and in the last
  draw the people with such an entry (``DROPPED``) were left out without drawing again.
  ``DRAWN`` is what is kept: 18 FR and 12 BE people, 30 in all. Regenerate with ``uv
  venv /tmp/regen61 && uv pip install -p /tmp/regen61 names-dataset==3.3.1 &&
  PYTHONPATH=. /tmp/regen61/bin/python -m tests.support.sixtyfirst_corpus``; names-dataset
  is not a dependency and the corpus itself reads the JSON only.
- Nicknames: pet names written by hand for this corpus (the Trent's tidal bore, the
  Southwell cooking apple, lace and hosiery, Goose Fair, the greenwood and its elves, a
  minster's bells, drays and coal), each starting with a letter from A to H, none in an earlier
  corpus file nor in the files of the corpora written alongside (``NICKNAMES``; each
  checked by grepping ``tests/support`` of every worktree, whole words, any case).
- Identifying templates, written fresh by hand: names in notes by people earlier corpora
  did not use (checked by grepping their files, and those written alongside: a
  bellringer, a gravel pit security guard, a gatehouse guard at an old power station, a
  water-ski instructor, a mining museum volunteer, a winding engine volunteer, a longbow
  coach, a hedgelayer, a molecatcher, a drayman, a pedal boat hire man, a pest control
  officer, an upholsterer, a sexton, a tiler, a knife grinder, a seamstress, a
  podiatrist, a dental hygienist, a harpist, a fiddler, a party magician, a grotto Santa,
  a coalman, a bin man, a tip attendant, an electrician and a plumber), in lower case and
  in sign-offs; names and give-away details in pseudonyms; nicknames; dates of birth in
  twelve typed forms (``BIRTH_FORMS``); addresses on invented streets (``STREETS``) in
  the real towns of the areas; postcodes; phone, NHS and NI numbers; invented schools and
  a pupil referral unit (``SCHOOLS``); email addresses; written out by the twenty-fifth's
  ``identifying_of`` through the twenty-seventh's.
- Benign text, written by hand (``BENIGN``, 167 templates; the twenty-first's ``_uses``
  fills each at most three times), about a third of it long: case summaries, rapid
  review decisions, minutes, partner emails, local review notes; and short chronology
  lines, checklists, notices, Slack lines, Panel and publication notes, improvement
  actions, housing and community safety notes and training notes. It is set in twelve
  towns and large villages of Nottinghamshire that no earlier corpus file names
  (``AREAS``; each checked by grep, whole words, in this worktree and those written
  alongside): Southwell, Retford, Cotgrave, Keyworth, Rainworth, Blidworth, Calverton,
  Tuxford, East Leake, Ruddington, Harworth and Edwinstowe. Of the brief's suggestions the
  village on the Trent was not taken, as the thirty-first names it (spelt without hyphens
  in its ``TOWNS``), and Misterton was left out for Edwinstowe, the larger. The county is
  two-tier and three of the district councils are earlier corpora's areas (the
  twenty-fifth's and the thirty-first's), so those are written by initials, as staff type
  them: NSDC (the district council for Southwell, Rainworth, Blidworth and Edwinstowe),
  RBC (for Cotgrave, Keyworth, East Leake and Ruddington) and GBC (for Calverton);
  Bassetlaw District Council (for Retford, Tuxford and Harworth) is no corpus's area and
  is named in full. The county's own bodies are named in full, as the twenty-fifth names
  them, although Nottinghamshire is the sixteenth's area and Nottingham the twelfth's:
  they are not district councils. Checked with the ``search`` tool: the partnership's own site
  (nscp.nottinghamshire.gov.uk) names the Nottinghamshire Safeguarding Children
  Partnership (NSCP), its Strategic Leadership Group, its Safeguarding Assurance and
  Improvement Group led by the independent scrutineer, and its Child Safeguarding
  Practice Review Group; the county council's pages name Pathway to Provision (its
  levels of need guidance), the MASH and Nottinghamshire Police; the procedures are
  shared with the Nottingham City partnership. Written from memory, not checked: NHS
  Nottingham and Nottinghamshire ICB, East Midlands Ambulance Service NHS Trust, the
  county council's children's social care and Early Help Unit as named here, which trust
  serves which town (Sherwood Forest Hospitals NHS Foundation Trust for Southwell,
  Rainworth, Blidworth and Edwinstowe; Nottingham University Hospitals NHS Trust for
  Cotgrave, Keyworth, East Leake, Ruddington and Calverton; Doncaster and Bassetlaw
  Teaching Hospitals NHS Foundation Trust for Retford, Tuxford and Harworth;
  Nottinghamshire Healthcare NHS Foundation Trust for all twelve), King's Mill as a
  birthplace in the identifying text, Operation Encompass and ICON, and every venue (the
  libraries of all twelve towns; Southwell, Cotgrave, Keyworth, Calverton and East Leake
  Leisure Centres; Retford Town Hall; the village halls of Rainworth, Blidworth,
  Ruddington and Edwinstowe; Tuxford Memorial Hall and Harworth Community Centre); some
  may be named differently, have moved, closed or not exist. Venues are council offices,
  libraries, halls, leisure centres and community centres, never a person's address.
  Roles, themes, courses, rooms, times and periods come from the twenty-first through
  the twenty-second's ``DRAWS``, and nobody in the benign text is named except by role.
- Identifiers: the tenth corpus's ``person_values`` makes every one up, from ranges kept
  for fiction: Ofcom's drama phone numbers, NHS numbers beginning 999 with a valid check
  digit, national insurance numbers with the QQ prefix, email at example.com, .org and
  .net, and postcodes in the shape of real ones but in areas Royal Mail has never used.
  A sample that names a drawn person has the source ``names-dataset-FR`` or
  ``names-dataset-BE``; one that names a nickname, ``hand-nicknames``; any other, ``hand``.
- Benign pseudonyms follow DOMAIN.md (``BENIGN_PSEUDONYM_TEXT``): initials alone or after
  one of ``PSEUDONYM_WORDS``, a sibling by number or letter, and words of the coalfield,
  the lace trade, the sugar beet fields, the Chesterfield Canal, the forest, the minster
  and the apple orchards that nobody has as a first name (``CHOSEN``).

No drawn name is a word of the benign text (``assembled`` would drop any that were). The
guard has never been run on this corpus, so nothing in it was tuned to the guard.
"""

from __future__ import annotations

import json
import sys
from functools import partial
from pathlib import Path

# Taken by name: from the fifty-seventh (which has them from the forty-ninth) the ranges
# of the fictional identifiers that the tenth's ``person_values`` and the twenty-fifth's
# filter look up on a corpus, the snapshot's draw, writer and reader, and its empty
# ``DATASET_DRAWN`` and ``ROMANISED``; from earlier corpora the writers of both sides.
from tests.support.fiftyseventh_corpus import (
    DATASET_DRAWN,
    DRAMA_PREFIXES,
    INWARD_LETTERS,
    PLAIN,
    POSTCODE_AREAS,
    ROMANISED,
    _district,
    _earlier_names,
    assembled,
    benign_words,
    dataset_people,
    nhs_check_digit,
    snapshot_people,
    table_entry_ok,
    write_snapshot,
)
from tests.support.fiftyseventh_corpus import EARLIER as _EARLIER_57
from tests.support.fortyeighth_corpus import KINDS
from tests.support.fortysecond_corpus import _birth as _birth_in
from tests.support.independent_corpus import Sample
from tests.support.twentyfifth_corpus import identifying_tables
from tests.support.twentyfirst_corpus import _uses, benign_written
from tests.support.twentysecond_corpus import DRAWS as _DRAWS_22
from tests.support.twentysecond_corpus import PSEUDONYM_WORDS
from tests.support.twentyseventh_corpus import identifying_of

__all__ = [
    "DATASET_DRAWN",
    "DRAMA_PREFIXES",
    "INWARD_LETTERS",
    "PLAIN",
    "POSTCODE_AREAS",
    "PSEUDONYM_WORDS",
    "ROMANISED",
    "_uses",
    "benign_words",
    "nhs_check_digit",
    "samples",
]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtyfirst_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), FR and BE tables"
SEED = "sixtyfirst-<country>"
#: The corpora written alongside this one (their snapshots read only when they are there).
ALONGSIDE = ("fiftyeighth", "fiftyninth", "sixtieth", "sixtysecond", "sixtythird")
#: Every earlier snapshot: the fifty-seventh's list and its own, and those of the corpora
#: written alongside.
EARLIER = tuple(
    dict.fromkeys(
        (*_EARLIER_57, "fiftyseventh_names.json", *(f"{n}_names.json" for n in ALONGSIDE))
    )
)
#: The ranks drawn here (see the docstring for the ranks earlier corpora took): FR's
#: surnames and first names (its women's list ends at rank 7562, its men's at 9516), and
#: BE's surnames and first names (its women's list ends at 4742, its men's at 6040).
FR_RANKS = (9000, 16000)
FR_FIRST_RANKS = (7000, 9600)
BE_RANKS = (3000, 12000)
BE_FIRST_RANKS = (3000, 6100)
#: The two tables, both read in plain letters only; how many people the last draw asked
#: of each, and how many the snapshot keeps.
ASCII_ONLY = frozenset({"FR", "BE"})
PACKAGE_DRAWN = (("names-dataset-FR", 72), ("names-dataset-BE", 64))
DRAWN = (("names-dataset-FR", 18), ("names-dataset-BE", 12))
#: What the first four draws held that is no one's name here (the docstring says which
#: kinds), kept out of the pools so that the next draw took others.
NOT_NAMES = frozenset(
    {
        *("Achat", "Adixia", "Aichaa", "Albayrak", "Almudena", "Alpachino", "Amedeo", "Anoucha"),
        *("Avetisyan", "Avo", "Axell", "Azemina", "Azniv", "Banken", "Bapt", "Baue", "Bch"),
        *("Bebelle", "Bidi", "Bilyana", "Blacks", "Bna", "Bnj", "Bouch", "Boud", "Brr", "Brubru"),
        *("Buffel", "Buh", "Byurhan", "Cand", "Caramelle", "Carolo", "Carrot", "Carti"),
        *("Cessprin", "Ceylin", "Chape", "Chapo", "Chel", "Chelle", "Chinois", "Cind", "Cirdec"),
        *("Cleopatre", "Cloclo", "Cms", "Corona", "Creusot", "Crysty", "Cvr", "Cyssou", "Dark"),
        *("Dauphine", "Davio", "Deesse", "Destin", "Dhl", "Dimmy", "Dims", "Djody", "Dlx"),
        *("Dolce", "Doum", "Doune", "Dre", "Ehsanullah", "Eirini", "Eldiablo", "Eloodiie", "Elou"),
        *("Emrys", "Enric", "Enyo", "Erzsebet", "Fally", "Fantomas", "Fardi", "Fath", "Feyyaz"),
        *("Fidjy", "Fisnik", "Flas", "Fleurance", "Fonzy", "Forge", "Fortunata", "Fouine", "Gai"),
        *("Gamer", "Gamin", "Georgica", "Gerti", "Gewoon", "Gey", "Gianpaolo", "Gib", "Gilette"),
        *("Gine", "Goffrey", "Gotze", "Grenadine", "Gribouille", "Guigs", "Gumus", "Gunther"),
        *("Gurcu", "Gyt", "Hairstyle", "Hanoune", "Henrie", "Hof", "Huis", "Iasmina", "Iliqn"),
        *("Incarnation", "Isaia", "Jadzia", "Jasko", "Jolientje", "Jps", "Jull", "Kalou", "Kamie"),
        *("Karagoz", "Kassie", "Katlyne", "Katri", "Kats", "Kef", "Kess", "Kheda", "Klaire"),
        *("Kudret", "Kyl", "Lawin", "Leea", "Lesliie", "Lmc", "Lnr", "Lore", "Lycia", "Lza"),
        *("Mademoizelle", "Magamed", "Maicky", "Mallau", "Mambo", "Mamounette", "Manhattan"),
        *("Manoa", "Maoro", "Mapy", "Marcu", "Marik", "Mathie", "Matice", "Matte", "Matthi"),
        *("Memoli", "Messon", "Mesude", "Mieken", "Miimii", "Miklos", "Mimille", "Mimine"),
        *("Minoucha", "Mizo", "Mjid", "Morganee", "Mos", "Moums", "Mselle", "Mustie", "Myrddin"),
        *("Nala", "Nalli", "Nanoush", "Nanthan", "Nems", "Neuf", "Nevim", "Nezir", "Ngn"),
        *("Nikoloz", "Nisanur", "Nousa", "Oceeane", "Oktay", "Olwen", "Orore", "Orphee", "Oussam"),
        *("Pakos", "Pappy", "Pasqual", "Pasta", "Patounette", "Pen", "Persoon", "Pint", "Pompon"),
        *("Port", "Priin", "Quick", "Quyen", "Ramize", "Ratnam", "Rave", "Reglisse", "Reintje"),
        *("Rexhep", "Ripsime", "Robio", "Rolo", "Rscl", "Ruan", "Ruveyda", "Ruxandra", "Sabsab"),
        *("Saladin", "Saliev", "Salieva", "Samiaa", "Sap", "Sartre", "Selvije", "Sepho"),
        *("Sergent", "Sevdalina", "Sezgin", "Sharlotte", "Shawna", "Shone", "Shr", "Sjouke"),
        *("Skr", "Soa", "Sohret", "Sorinel", "Soumy", "Squall", "Sta", "Stephaniie", "Sturm"),
        *("Svg", "Svilen", "Tabard", "Talle", "Tamerlan", "Tarte", "Tengo", "Thim", "Tht"),
        *("Tigrou", "Tiiffany", "Till", "Timote", "Timucin", "Tite", "Titom", "Tizi", "Toietmoi"),
        *("Touty", "Trad", "Troc", "Trotse", "Tsewang", "Tuco", "Twee", "Uwamahoro", "Vardanyan"),
        *("Vesko", "Wald", "Waltraud", "Witten", "Witz", "Xinyu", "Yako", "Ylber", "Yoika", "Yom"),
        *("Yorn", "Yugo", "Yume", "Yunal", "Ziyi", "Zoki", "Zolikha", "Zsanett"),
    }
)
#: Entries of the same kinds in the fifth and last draw: their people are not kept.
DROPPED = frozenset(
    {
        *("Alexiaa", "Amo", "Antonny", "Arb", "Arbresha", "Automne", "Avy", "Bahriye", "Barou"),
        *("Bekhan", "Bellissima", "Benben", "Boub", "Brayann", "Brechje", "Camylle", "Castille"),
        *("Cengizhan", "Centre", "Cerena", "Concours", "Crab", "Dans", "Delil", "Dessislava"),
        *("Dilruba", "Dinaz", "Djen", "Echat", "Elioth", "Emiliie", "Enfants", "Eveil", "Evelynn"),
        *("Fantine", "Fatmira", "Gavroche", "Getty", "Gras", "Gretl", "Guilaume", "Hajj", "Hasso"),
        *("Heetch", "Houssa", "Ibti", "Inter", "Islamm", "Jayce", "Jeef", "Jehona", "Jeunesse"),
        *("Kapo", "Kinsley", "Kristiyan", "Lassi", "Laurette", "Leslye", "Madissone", "Mamdou"),
        *("Manolo", "Messa", "Minouch", "Mirac", "Moineau", "Mondialu", "Montaigne", "Moul"),
        *("Mwa", "Nenesse", "Nivek", "Paqui", "Patte", "Pause", "Payne", "Perles", "Petites"),
        *("Pionnier", "Porto", "Rabat", "Rafc", "Riftonne", "Ruya", "Sadeta", "Sanane"),
        *("Sandryne", "Satilmis", "Sener", "Snelle", "Somporn", "Steed", "Stefka", "Stm"),
        *("Sumeyya", "Thales", "Touri", "Trezor", "Tri", "Trine", "Tweedehands", "Vardar", "Vent"),
        *("Veska", "Weslie", "Wilo", "Younss"),
    }
)

#: The tenth's test of a table entry, with this corpus's ``NOT_NAMES`` and ``ASCII_ONLY``;
#: and the tables with their surname and first-name ranks, as ``PACKAGE_DRAWN`` orders them.
_usable = partial(table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
TABLE_RANKS = (("FR", FR_RANKS, FR_FIRST_RANKS), ("BE", BE_RANKS, BE_FIRST_RANKS))


def _alongside_words() -> set[str]:
    """The words of the snapshots of the corpora written alongside, in their own worktrees
    (read only when the snapshot is drawn, never by the tests)."""
    words: set[str] = set()
    for name in ALONGSIDE:
        path = Path(f"/work/wt-{name}/tests/support/{name}_names.json")
        if path.exists():
            people = json.loads(path.read_text(encoding="utf-8"))["people"]
            words |= {w.casefold() for ps in people.values() for p in ps for w in p}
    return words


def regenerate_names() -> None:
    """Write the snapshot: FR's people, then BE's, each drawn by the tenth's
    ``dataset_people`` at the table's ranks with no word of an earlier or alongside
    snapshot (names-dataset is imported only here), less those with a ``DROPPED`` entry."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    taken = _earlier_names(present) | _alongside_words()
    kept = {}
    for (table, surnames, firsts), (label, asked) in zip(TABLE_RANKS, PACKAGE_DRAWN, strict=True):
        pairs = dataset_people(((table, asked),), surnames, taken, "sixtyfirst", _usable, firsts)
        kept[label] = [pair for pair in pairs[table] if DROPPED.isdisjoint(pair)]
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


_people = partial(snapshot_people, NAMES_FILE)

# --- fictional identifiers (invented streets and schools in real towns) -------------------

STREETS = ("Headstocks Row", "Pit Pony Walk", "Lacemakers Yard", "Winding Wheel Close")
STREETS += ("Malt Kiln Lane", "Hosiery Mill Road", "Ironstone Court", "Seedling Orchard Way")
TOWNS = ("Southwell", "Retford", "Cotgrave", "Keyworth", "Rainworth", "Blidworth")
TOWNS += ("Calverton", "Tuxford", "East Leake", "Ruddington", "Harworth", "Edwinstowe")
SCHOOLS = (
    "Headstocks Row Primary School",
    "Pit Pony Walk Infant School",
    "St Edwin's Church of England Primary",
    "Lacemakers Yard Junior Academy",
    "Winding Wheel Free School",
    "Malt Kiln Nursery School",
    "Ironstone High School",
    "Hosiery Mill Pupil Referral Unit",
)
SCHOOL_SHORT = ("Headstocks", "Pit Pony", "St Edwin's", "Lacemakers", "Winding Wheel")
RELATIVES = ("mamie", "bompa", "tonton", "nan", "step-mum", "jidda", "mum's boyfriend")
RELATIVES += ("half-sister",)
#: A date of birth as twelve different hands type it, and a meeting's date as the benign
#: side types it (the fields are those of the tenth's ``_date``).
BIRTH_FORMS = ("{d}.{m}.{y}", "{dd}-{mo}-{y}", "{d} {mon} {y}", "{mon} {d}, {y}")
BIRTH_FORMS += ("{wd}, {d}{th} {mo} {y}", "{y}/{mm}/{dd}", "{d}/{m}/{yy}", "{dd} {mo} {y}")
BIRTH_FORMS += ("{d}{th} {mon} '{yy}", "{mm}/{dd}/{yy}", "{mo}. {d} {y}", "{dd} / {mm} / {y}")
WHEN_FORMS = ("{wd} {d}{th} {mon}", "{d}/{m}/{y}", "{d} {mo} {y}", "{wd} {dd}/{mm}")
WHEN_FORMS += ("{mon} {d}{th}",)
#: A child's birth, aged 0 to 17 as the forty-second draws it, in one of ``BIRTH_FORMS``.
_birth = partial(_birth_in, forms=BIRTH_FORMS)


# --- identifying: the drawn people, nicknames and made-up identifiers ----------------------

# In every template the child is {f} {l}; {g} {h} is the adult at home, {k} a brother or
# sister, {rel} one of ``RELATIVES`` (filled by the tenth's person_values).
NAME_TEXT = (
    "Bellringer at the minster says {f} {l}, 10, sits on the steps of the ringing chamber "
    "till gone nine most nights because {g} won't open the front door.",
    "Security guard at the gravel pit found {f} {l} and two older lads swimming in the "
    "flooded workings at midnight; {g} {h} said it was none of his business.",
    "The gatehouse guard at the old power station says {g} {h} has been sleeping in a car "
    "in the lay-by with {f} and {k} for a week, with no food he could see.",
    "Water-ski instructor at the lake says {f} {l}, 13, turned up with a burn the shape of "
    "an iron on the forearm and said {g} did it for answering back.",
    "Volunteer at the mining museum says {f} {l} told her {g} {h} shuts them in the coal "
    "shed when the new boyfriend comes round.",
    "Winding engine volunteer at the heritage open day saw {g} drag {f} {l} by the hair "
    "across the pit yard and out to the car park.",
    "Longbow coach at the archery club says {f} {l}, 12, has stopped eating on club camps "
    "and shakes every time {g} {h} rings.",
    "Hedgelayer working the back lane says {f} {l} was out on their own at 5am in pyjamas "
    "looking for {g}, who had not come home.",
    "The molecatcher on the estate farm says {g} {h} leaves {f}, 4, shut in a static "
    "caravan all day while working the fields.",
    "Drayman delivering to the pub says {f} {l}, 15, is serving behind the bar at closing "
    "time and {g} takes her tips off her at the end of the night.",
    "Pedal boat hire man at the park lake says {g} {h} pushed {f} {l} off the jetty and "
    "held the child under by the hood of the coat.",
    "Pest control officer called to the flat says {f} {l} and {k} sleep on a mattress "
    "covered in droppings; {g} would not let him into the back bedroom.",
    "Upholsterer who came to measure the sofa says {g} {h} screamed at {f} the whole time "
    "and the child had a black eye and a split lip.",
    "The sexton found {f} {l}, 14, sleeping behind the vestry in a sleeping bag and says "
    "{g} threw her out on Friday night.",
    "Tiler fitting the bathroom saw {g} {h} hit {f} {l} round the head hard enough to "
    "knock the child onto the floor.",
    "Knife grinder on the market says {f} {l}, 11, asked him to sharpen a kitchen knife "
    "for the man who looks after me.",
    "Seamstress doing alterations says {f} {l} came in to have a school blazer taken in, "
    "with bite marks on one wrist, and would not say whose.",
    "Podiatrist at the clinic says {f} {l}'s feet are blistered raw from shoes two sizes "
    "too small and {g} {h} laughed about it in the waiting room.",
    "Dental hygienist says {f} {l}, 8, has eleven decayed teeth and {g} has cancelled the "
    "extraction under general anaesthetic three times.",
    "Harpist who teaches at the music centre says {f} {l} told her {g} {h} makes them "
    "kneel on dried rice as a punishment.",
    "Fiddler at the folk night says {f} {l}, 16, left with a man in his forties who says "
    "he is her uncle; {g} dropped her off there.",
    "The magician booked for a birthday party says {f} {l} was locked out on the landing "
    "the whole afternoon while {g} and friends drank.",
    "Grotto Santa at the garden centre says {f} {l} whispered to him that they want {g} "
    "{h} to stop hurting {k}.",
    "Coalman on his round says {g} {h} sends {f}, 9, to the door with the cash and the "
    "child has bruises up both arms.",
    "Bin man on the early round says {f} {l} was going through the wheelie bins for food "
    "again at 6am and {g}'s car was not outside.",
    "Tip attendant at the household waste site says {g} {h} left {f} and {k} in a van "
    "for three hours in the heat with the windows shut.",
    "Electrician rewiring the house says there is a bolt on the outside of {f} {l}'s "
    "bedroom door and {g} keeps it locked at night.",
    "Plumber says {g} {h} made {f} {l} stand under a cold shower as a punishment while he "
    "was in the loft with the boiler.",
)
NAME_LOWER = (
    "bellringer rang again - {fl} {ll} on the tower steps till late",
    "{fl} swimming in the gravel pit at midnight, {gl} not bothered",
    "power station lay-by: {gl} {hl} and the kids in the car again",
    "{ll} children on a dirty mattress, pest control rang it in",
    "{fl} {ll} asked the knife man to sharpen a knife",
    "archery coach says {fl} not eating, shakes when phone goes",
    "{gl} {hl} cancelled {fl}'s dental op again",
    "magician says {fl} left on the landing all afternoon",
    "rang {fl}'s {rel} - says {gl} has taken the car and gone",
    "coalman says {fl} answers the door with bruises",
    "{fl} {ll} not in school since the bank holiday",
    "dray lad says {fl} {ll} serving at the bar after 11",
)
NAME_PSEUDONYM = (
    "{f}",
    "{f} {l}",
    "{l} twins",
    "{f} aged {age}",
    "{f} ({l})",
    "young {f} {l}",
    "{f} and {k} {l}",
    "the {l} lad",
    "{g} {h}'s girl",
    "{f} from the pit cottages",
    "{l} {f}",
    "{fi}.{li}. {l}",
)
SIGN_OFF = (
    "sorry to ring it in this late\n{f}'s {rel}",
    "Kind regards\n{g} {h}\n({rel} of {f})",
    "thanks\n{g} - {f} and {k}'s mum",
    "{g} {h}\nplease ring after my shift",
    "Written by {g} {l} for {f}, who asked me to",
    "{f} {l} (aged {age})\nthis is my own words",
    "Best,\n{g} {h}, foster carer for {f}",
    "{rel} of {f} {l} - on nights this week",
    "cheers\n{gl} {hl}",
)
NICKNAMES = ("Aegir", "Acornhat", "Bramleybud", "Bobbinlace", "Bellrope", "Chapelbell")
NICKNAMES += ("Drayhorse", "Flitch", "Fernowl", "Goosefair", "Gobbin", "Elfbolt")
NICKNAMES += ("Greenwoodie", "Fustian", "Gingerbeer", "Coalscuttle")
NICKNAME_TEXT = (
    "The lads at the gravel pit call her {n} and get her to carry their bags.",
    "At the archery club everyone knows him as {n}; the older men pay him in vapes.",
    "{f}'s {rel} was heard shouting {n} down the lane at two in the morning.",
    "The man from the pub has her saved as {n} in his phone, the school says.",
)
NICKNAME_PSEUDONYM = ("{n}", "little {n}", "{n} {li}", "{n} ({f})")
DOB_TEXT = (
    "DOB on the GP record {dob}",
    "d.o.b. {dob}",
    "{g} gives {f}'s birthday as {dob}",
    "born {dob} at King's Mill",
    "school admissions form: {dob}",
    "{f} {l}, born {dob}",
    "{dob} - so {age} this year",
    "{rel} says {dob} but the nursery has another date",
    "born {dob} at 34 weeks, in special care a month",
)
PHONE_TEXT = (
    "{g}'s mobile {phone}",
    "ring {rel} on {phone}",
    "home number {phone}",
    "{f} gave this number: {phone}",
    "texts from {phone}, {f} says that's the man from the pub",
    "mamie's landline {phone}",
)
NHS_TEXT = (
    "NHS number: {nhs}",
    "{f}'s NHS no {nhs}",
    "from the hospital letter, NHS {nhs}",
    "baby NHS {nhs}",
)
NI_TEXT = (
    "dad's NI no. {ni}",
    "mum's partner NINO {ni}",
    "NI number for {g}: {ni}",
    "{rel} NI {ni}",
)
ADDRESS_TEXT = (
    "moved to {street}, {town}",
    "sofa surfing at a mate's on {street}",
    "home visit {street}, {town} - no answer, dogs inside",
    "{f} staying with {rel} at {street}",
    "five police call-outs to {street} since March",
    "rent arrears on {street}; family now in a tent near {town}",
)
POSTCODE_TEXT = ("post code {postcode}", "pc {postcode}", "new address postcode {postcode}")
SCHOOL_TEXT = (
    "{f} is at {school}, year {year_group}",
    "{school}, Y{year_group}, attendance 61%",
    "DSL at {short} called us back",
    "{f} started at {short} in September",
    "{f} at {school}: {n2} days missed since Christmas",
)
EMAIL_TEXT = ("email for {g}: {e}", "the messages came from {e}", "{g} {h} can be emailed at {e}")
PSEUDONYM_REVEALING = (
    "Baby {l} born {dob}",
    "{fi}{li}, {street}",
    "{fi}{li} year {year_group} at {short}",
    "Child of {postcode}",
    "{fi}{li} NHS {nhs}",
    "{l} girl aged {age} in {town}",
    "{fi}{li} born {dob}",
    "year {year_group} at {school}",
    "the {l} household, {town}",
)


#: The tables above as the twenty-fifth's writer wants them: homes and schools, the
#: templates of each category, and the sixteen nicknames.
KIN, TEMPLATES, NICKNAMED = identifying_tables(sys.modules[__name__])


_identifying = identifying_of(sys.modules[__name__])


# --- benign (real places of England, organisations by their real names) -------------------

#: The partners of every town: the county's, then each town's hospital trust with the
#: county's community and mental health trust (see the docstring).
_SFH = "Sherwood Forest Hospitals NHS Foundation Trust"
_NUH = "Nottingham University Hospitals NHS Trust"
_DBTH = "Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust"
_NHCT = "Nottinghamshire Healthcare NHS Foundation Trust"
_NOTTS = {
    "council": (
        "Nottinghamshire County Council children's social care",
        "Nottinghamshire County Council Early Help Unit",
    ),
    "police": ("Nottinghamshire Police",),
    "icb": ("NHS Nottingham and Nottinghamshire ICB",),
    "ambulance": ("East Midlands Ambulance Service NHS Trust",),
}
_MID, _SOUTH, _NORTH = (_SFH, _NHCT), (_NUH, _NHCT), (_DBTH, _NHCT)
_BASSETLAW = "Bassetlaw District Council"
#: Each town with its hospital trusts, its district council as staff write it, and the
#: kinds of its two civic venues.
_TOWNS = (
    ("Southwell", _MID, "NSDC", ("Library", "Leisure Centre")),
    ("Retford", _NORTH, _BASSETLAW, ("Library", "Town Hall")),
    ("Cotgrave", _SOUTH, "RBC", ("Library", "Leisure Centre")),
    ("Keyworth", _SOUTH, "RBC", ("Library", "Leisure Centre")),
    ("Rainworth", _MID, "NSDC", ("Library", "Village Hall")),
    ("Blidworth", _MID, "NSDC", ("Library", "Village Hall")),
    ("Calverton", _SOUTH, "GBC", ("Library", "Leisure Centre")),
    ("Tuxford", _NORTH, _BASSETLAW, ("Library", "Memorial Hall")),
    ("East Leake", _SOUTH, "RBC", ("Library", "Leisure Centre")),
    ("Ruddington", _SOUTH, "RBC", ("Library", "Village Hall")),
    ("Harworth", _NORTH, _BASSETLAW, ("Library", "Community Centre")),
    ("Edwinstowe", _MID, "NSDC", ("Library", "Village Hall")),
)
#: Town by town (twelve that no earlier corpus file names), who works there: the district
#: council's two teams, the county's partners and the town's hospital trusts, and the two
#: civic venues meetings use (a library, a hall, a leisure or community centre).
AREAS: dict[str, dict[str, tuple[str, ...]]] = {
    town: _NOTTS
    | {"trust": trusts}
    | _district(council)
    | {"venue": tuple(f"{town} {kind}" for kind in venues)}
    for town, trusts, council, venues in _TOWNS
}
#: The towns in the order the benign side takes them, the one partnership for all (its
#: own site's name), and each agency once, in the order ``KINDS`` lists the kinds.
PARTNERSHIPS = tuple(AREAS)
SCP = dict.fromkeys(AREAS, "Nottinghamshire Safeguarding Children Partnership")
AGENCIES = tuple(dict.fromkeys(a for area in AREAS.values() for k in KINDS for a in area[k]))
#: What a benign template draws at random: this corpus's review numbers and children's
#: ages, with the twenty-second's themes, courses, rooms and periods; and the invented
#: words a benign pseudonym may be.
DRAWS = _DRAWS_22 | {
    "ref": ("RR 61-03", "LCSPR 61/09", "RR/61/14", "CSPR-61-02", "RR 61/22", "TR 61-05"),
    "age_band": ("aged five weeks", "under one", "aged four", "aged 10", "aged 16"),
}
CHOSEN = ("Pitwheel", "Lacework", "Beetfield", "Towline", "Forestglade", "Minstergate")
CHOSEN += ("Orchardrow",)

_A = " The Safeguarding Assurance and Improvement Group will look at progress in {period}."
_E = "\n\nPlease reply to the NSCP business office by {date}.\n\nKind regards,\n{scp} team"
#: The benign templates, keyed by the register a sample is filed under. ``_uses`` fills
#: each one to three times; the long ones (about a third) stay within a note's 500.
BENIGN: dict[str, tuple[str, ...]] = {
    "case_summary": (
        "Summary, {ref}: a girl {age_band} from {area} was taken to {trust} with burns to "
        "both feet, said to be from a bath that was too hot. The pattern does not fit an "
        "accident. {police} and social care held a strategy discussion that evening. The "
        "review will ask why two earlier scalds were treated as one-offs." + _A,
        "{ref}: a boy of 16 from {area} was stabbed outside a takeaway after months of "
        "carrying drugs between Nottinghamshire and South Yorkshire. He had been excluded "
        "twice and was on a reduced timetable. The reviewer will look at what the "
        "exploitation panel knew and why a referral to the National Referral Mechanism "
        "was never made.",
        "Background to {ref}: a family moved into a rented farmhouse near {area} and the "
        "children, one {age_band}, were taken out of school to be home educated. No agency "
        "saw the children for ten months. The review will test how elective home education "
        "is checked, and how {council} learns that a family has arrived from another county." + _A,
        "Context for {ref}. A 13-year-old told a youth worker that her older brother's friend "
        "had been coming into the house when their mother was at work. A neighbour had "
        "raised a worry with the police non-emergency line months earlier. The {scp} wants "
        "to understand what happened to that first call and how {police} links such calls.",
        "Short account ({area}): a baby {age_band} died after being put down to sleep on an "
        "adult bed beside a parent who had taken prescribed sleeping tablets. The family had "
        "safer sleep advice at birth and again at the new birth visit. {ref} will ask how "
        "advice is repeated when a parent's medication changes." + _A,
        "{ref}, outline: a boy {age_band} with autism and no speech was moved to a "
        "residential school out of county and then back to his mother at short notice when "
        "the placement ended. CAMHS at {trust}, the school and the SEND team each knew part "
        "of the story. The review will look at transition planning and who held the lead.",
        "Panel summary, {area}. A 12-year-old looked after a father with early-onset "
        "dementia while the mother worked nights. The memory clinic noted the child but no "
        "young carers assessment followed. {ref} will ask whether adult services in the "
        "partnership routinely think about the children living in the home." + _A,
        "Outline, {ref}: four children lived in a house near {area} with no heating, piles of "
        "rubbish and a leaking roof. Three contacts to the front door were closed because "
        "the children looked clean at school. The review asks whether presentation at "
        "school was relied on too much and how the neglect toolkit is used.",
        "{ref}: a 15-year-old girl from {area} was found in a flat in a nearby city after a "
        "week missing. Her return home interview was done by phone. The reviewer will look "
        "at how Pathway to Provision was applied to earlier contacts and whether the MASH "
        "saw the whole picture." + _A,
        "Summary for {ref}. A toddler {age_band} swallowed a parent's methadone kept in a "
        "child's beaker in the fridge. The drug treatment service had been told there were "
        "no children in the home. {ref} will ask how substance misuse services confirm who "
        "lives with their clients and share that with health visiting.",
    ),
    "rapid_review_rationale": (
        "Rapid review {ref}, decision: the three safeguarding partners agree the case meets "
        "the criteria for a local child safeguarding practice review. There is learning "
        "about how {trust} and {council} shared information after a baby's unexplained "
        "bruise. The National Panel will be informed by {date2} and the {role} will draft "
        "the terms of reference.",
        "Rapid review {ref}, decision: no local review. The learning on bruising in babies "
        "who are not yet mobile is already in the joint practice guidance, and the teams "
        "involved have changed how they work. A review would add little. Agreed by the "
        "partners on {date}; the reasons go to the Panel by {date2} with a briefing for staff.",
        "Rapid review {ref}, decision: the learning will be added to the thematic review of "
        "{theme} already under way across {area} and nearby villages, rather than a new "
        "review. {police} and {icb} will send their reports to the thematic reviewer by "
        "{date2}. The Panel will be sent the reasoning with the rapid review.",
        "Rapid review {ref}, decision: a systems review will go ahead, with a practitioner "
        "event at {venue}. Partners want to understand why nobody escalated when school and "
        "social care disagreed about risk for most of a term. Draft terms of reference go "
        "to the Strategic Leadership Group on {date2}.",
        "Rapid review {ref}, decision: the partners will ask the Panel whether a national "
        "review is needed, as a very similar incident happened elsewhere in the East "
        "Midlands this year. Local work will carry on meanwhile so learning is not held up. "
        "The {role} will write to the Panel setting this out by {date2}.",
        "Rapid review {ref}, decision: a seven-minute briefing and a practice week in place "
        "of a full review. The facts are agreed, the family have asked not to take part, "
        "and agencies have already changed practice. Signed off on {date}; the changes will "
        "be tested by the multi-agency audit in {period}.",
        "Rapid review {ref}, decision: a local review will look at the handover from the "
        "neonatal unit to community health visiting, where a father's history of violence "
        "was not passed on. {trust} and {icb} will co-chair the review panel and the "
        "National Panel will be told by {date2}.",
        "Rapid review {ref}, decision: criteria not met. The injury was accidental, the "
        "response from {ambulance} and {police} was quick, and the family were already well "
        "supported through early help. A short note on good practice will go to the "
        "Child Safeguarding Practice Review Group on {date2}.",
        "Rapid review {ref}, decision: a local review, with the scope kept tight to the last "
        "nine months. The focus is the step-down from a child protection plan in {area} and "
        "whether the family's support fell away too quickly. The {role} will appoint a "
        "reviewer by {date2}.",
    ),
    "minutes": (
        "Notes, Strategic Leadership Group, {date}, {room}, {venue}\n"
        "Present: {council}, {police}, {icb}, the {district}.\n"
        "1. Performance data for {period}: repeat referrals {rag}.\n"
        "2. Independent scrutineer's report received and discussed.\n"
        "3. Budget for the next year agreed in principle.\n"
        "Next meeting {date2}, {time}.",
        "Safeguarding Assurance and Improvement Group, {date}, {venue}\n"
        "Present: the {role}, {trust}, {police}, a secondary head.\n"
        "1. Neglect audit findings: {rag}; action plan to follow.\n"
        "2. {ref} actions reviewed, two closed.\n"
        "3. Data on children missing education to come next time.\n"
        "Next meeting {date2}, {room}.",
        "Child Safeguarding Practice Review Group, {date}, online\n"
        "Present: {council}, {police}, {trust}, {ambulance}.\n"
        "1. Notification from {area} discussed; rapid review to be held.\n"
        "2. {ref}: reviewer's draft chronology shared, comments in a week.\n"
        "3. No other business.\n"
        "Next meeting {date2} at {venue}.",
        "Workforce development group, {venue}, {date}\n"
        "Present: the {role}, {icb}, {trust}, the {district}.\n"
        "1. {course}: uptake lowest in {area}; local sessions offered.\n"
        "2. {theme} e-learning refreshed.\n"
        "3. Trainer pool down to six; volunteers sought.\n"
        "Next meeting {date2}, {time2}.",
        "Exploitation and missing subgroup, {room}, {venue}, {date}\n"
        "Present: {police}, {council}, the {district}, youth justice.\n"
        "1. Summer plan for the country parks agreed.\n"
        "2. Hotspots in {area}: {rag}.\n"
        "3. Return interview provider to attend next meeting.\n"
        "Next meeting {date2}.",
        "Health safeguarding forum, {venue}, {date}\n"
        "Present: named nurses from {trust}, the designated doctor, {icb}.\n"
        "1. Was-not-brought pilot in {area} extended for six months.\n"
        "2. {ref}: GP learning event dates agreed.\n"
        "3. Interpreter use for French and Dutch speakers: audit agreed.\n"
        "Next meeting {date2}.",
        "Schools safeguarding reference group, {date}, {room}, {venue}\n"
        "Present: DSLs from five schools, {council}, {police}.\n"
        "1. Operation Encompass notifications: timings {rag}.\n"
        "2. {theme} resources for assemblies shared.\n"
        "3. Annual section 175 audit opens in {period}.\n"
        "Next meeting {date2}, {time}.",
        "Neglect strategy group, {venue}, {date}\n"
        "Present: the {role}, {council}, {trust}, the {district}.\n"
        "1. Graded care profile use in {area}: {rag}.\n"
        "2. {ref} learning on home conditions to go in the toolkit.\n"
        "3. Housing colleagues to join the group.\n"
        "Next meeting {date2}.",
    ),
    "partner_email": (
        "Hi all,\n\nAgency chronologies for {ref} were due last Friday. We are "
        "still waiting for {trust} and the {district}; {police} have sent theirs. The "
        "reviewer cannot start the analysis without them, and the panel meets on {date2}." + _E,
        "Dear colleagues,\n\nWe would like practitioners in {area} to test a short draft "
        "guide on {theme}. We will meet at {venue} on {date2}, {time} to {time2}; lunch is "
        "provided and managers have agreed the time away." + _E,
        "Hello everyone,\n\nThe Strategic Leadership Group has signed off the refreshed "
        "Pathway to Provision. {council} will brief its teams over the next month and "
        "{police} will add it to training for new officers. Could health partners tell us "
        "how they plan to share it?" + _E,
        "Dear partners,\n\nIn {period} our independent scrutineer would like to spend a day "
        "with the MASH and speak to staff from {icb} and {ambulance}. If you are able to "
        "host, please send a contact name and two possible dates." + _E,
        "Hi all,\n\nGood news: the Panel has accepted the rapid review for {ref} with no "
        "further questions, and noted the quality of the contribution from {trust}. The "
        "{role} will now draft the learning briefing with the designated nurse." + _E,
        'Dear all,\n\nBecause of demand we have added another date for "{course}" at {venue}, '
        "{time} to {time2}. It is open to {council}, {police}, health, schools, early years "
        "and the voluntary sector; the first session filled in a day." + _E,
        "Dear colleagues,\n\nThank you to {ambulance} for releasing two paramedics to attend "
        "the practitioner event for {ref}. Their account of the first call helped the panel "
        "understand how little time the crew had that night." + _E,
        "Hello,\n\nFor {ref}, could the {district} tell us how families placed in temporary "
        "accommodation are made known to health visitors and schools, and how long the "
        "longest placement lasted in the past year?" + _E,
        "Hi everyone,\n\nThe draft annual report is on the shared drive. Could each partner "
        "check its own section, especially the figures from {council} and {police}, and "
        "send any changes? We hope to publish in {period}." + _E,
    ),
    "local_review": (
        "Local review {ref}: on {date} the reviewer shared emerging themes with the panel: "
        "over-optimism about a father's engagement with a perpetrator programme, little "
        "curiosity about who else was staying in the house, and a child in {area} who was "
        "rarely seen alone. {trust} and social care will check these against their records "
        "before the next meeting.",
        "Local review {ref}: practitioners met at {venue} on {date}. Staff from {police} and "
        "the {district} spoke about caseloads and about not knowing who to call in another "
        "agency out of hours. Their views will shape the recommendations." + _A,
        "Local review {ref}: scope agreed on {date}. The review covers the year before the "
        "incident, a change of GP practice, decisions in the MASH, and how {icb} keeps track "
        "of children with complex health needs placed in schools out of county.",
        "Local review {ref}: the reviewer has met the child's aunt, who asked that the report "
        "describe the child as someone who loved football and drawing, not only as a list "
        "of events. The panel agreed. A draft is due in {period}, and the family will see "
        "it before the {scp} publishes.",
        "Local review {ref}: first panel meeting set for {date}.",
        "Local review {ref}: lead reviewer appointed {date}.",
        "Local review {ref} on hold pending the inquest.",
        "Local review {ref}: all agency reports now in.",
        "Local review {ref}: second draft to the panel {date}.",
        "Local review {ref}: family meeting arranged for {date2}.",
    ),
    "chronology": (
        "{date}: nursery noticed a child arriving hungry on three mornings.",
        "{date}: {police} attended a domestic incident; two children present.",
        "{date}: MASH screening; passed to the Early Help Unit.",
        "{date}: {ambulance} took mother to hospital; children stayed with a neighbour.",
        "{date}: the {district} offered the family a temporary flat.",
        "{date}: initial child protection conference held; plan agreed.",
        "{date}: 27-month review missed; health visitor wrote to parents.",
        "{date}: outpatient appointment at {trust} not attended.",
        "{date}: first home visit by the family support worker.",
        "{date}: core group meeting chaired by {council}.",
        "{date} to {date2}: school records five unexplained absences.",
        "{date}: part-time timetable agreed by the school.",
        "{date}: midwife's first contact at 30 weeks.",
    ),
    "checklist": (
        "Rapid review held within 15 working days? Yes.",
        "Panel notified on {date}.",
        "Family informed of the review on {date}.",
        "Child's views to be sought by {date2}.",
        "Reviewer contract signed? Yes.",
        "Terms of reference: draft stage.",
        "{trust} agency report in? Yes.",
        "{district} agency report in? Not yet.",
        "Inquest date: {date}.",
        "{police} disclosure: requested, awaited.",
        "Seven-minute briefing: with communications.",
        "Shared with the DSL network? Yes.",
        "Reports due from {police} and {icb}: {date2}.",
    ),
    "notice": (
        "NSCP Strategic Leadership Group: {date}, {time}, {room}, {venue}.",
        "{ref} practitioner event, {date2}, {venue}, {time} to {time2}.",
        "Save the date: annual NSCP conference at {venue}, {date}.",
        "Workforce development group moved to {date}, {time}, {room}.",
        "DSL network meeting, {venue}, {date}, {time}.",
        'Webinar "{course}", {date}, {time}.',
        "Drop-in for parents and carers at {venue}, {date}.",
        "Exploitation awareness evening, {room}, {venue}, {date}.",
        "Health forum moved from {date} to {date2}.",
        "Multi-agency audit day, {date}, {room}, {venue}.",
        "Youth forum at {venue}, {date}, {time} to {time2}.",
        "Launch of the refreshed neglect toolkit at {venue}, {date}, {time}.",
    ),
    "slack": (
        "slides for thursday are in the team folder",
        "has the {trust} chronology for {ref} come in?",
        "{venue} booked for {date} :white_check_mark:",
        "reminder - notification form due by 3pm",
        "{district} asked to move to {time2} from {time}, any objections?",
        "comments on the ToR by {date} please",
        "thanks all, notes to follow",
        "{police} confirmed a DI for the rapid review",
        "{period} training programme is live",
        "does {ref} go to SLG or the review group first?",
        "scrutineer's report link pinned above",
        "who can take minutes on {date}?",
        "which agency report template are we using now",
        "{icb} named GP joining remotely at {time}",
        "{council} lead off on {date}, who can cover?",
    ),
    "panel": (
        "Panel reply on {ref} received {date}: no further questions.",
        "{ref} notified to the Panel on {date}.",
        "Rapid review to the Panel by {date2}.",
        "Panel feedback: reasoning clear.",
        "Panel agreed {ref} does not need a national review.",
        "{ref} rapid review sent; Ofsted and DfE copied.",
        "Panel asked for the ambulance trust's report; sent {date}.",
        "{ref} final report to the Panel on {date}.",
        "Panel agreed more time for {ref}, to {date2}.",
        "Panel annual report discussed at SLG.",
        "Panel question on {ref} came in {date}; {role} to reply.",
    ),
    "publication": (
        "Publication date for {ref}: {date}.",
        "Publication delayed until after the trial.",
        "Executive summary only, agreed {date}.",
        "Family told about the publication date.",
        "Media statement agreed with {council} communications.",
        "{ref} published on the NSCP website, {date}.",
        "Seven-minute briefing to go out with the report.",
        "Family asked for more time; now publishing {date2}.",
        "Report to be taken down after twelve months.",
        "DfE told of publication.",
        "Publication plan for {ref} agreed by partners {date}.",
    ),
    "improvement": (
        "Action 1: {trust} to audit follow-up of missed outpatient appointments by {date}.",
        "Action 2: {council} to record everyone living in the home at each visit.",
        "Action: {police} to share domestic abuse notifications with schools by 9am.",
        "Action: {icb} to fund ICON training for maternity staff.",
        "Action 3: practice week on {theme} in {period}.",
        "Action: {ambulance} to add a question about children to crew handovers.",
        "Action: the {district} to tell health visitors when families move out of area.",
        "Action 4 done: new escalation procedure live from {date}.",
        "Action 5: {role} to report to SLG each quarter.",
        "{period} action plan: 8 actions, 5 complete, 3 {rag}.",
        "Action: one chronology template across agencies from {date}.",
        "Action 6: {trust} to ask who else lives at home at triage by {date2}.",
    ),
    "housing_note": (
        "The {district} has confirmed the new tenancy start date.",
        "{district}: relief duty accepted from {date}.",
        "The {district} will send two officers to the practitioner event.",
        "{ref} briefing given to {district} managers.",
        "All housing officers covering {area} to do {course} by {date}.",
        "NSDC housing options team and Nottinghamshire Police checked holiday lets in "
        "Edwinstowe used by families placed from out of county.",
        "NSDC community safety team walked the old colliery site in Rainworth with youth "
        "workers after reports of fires.",
        "Bassetlaw District Council housing options team discussed damp terraces in "
        "Retford with Nottinghamshire County Council children's social care.",
        "Bassetlaw District Council community safety team and Nottinghamshire Police met "
        "about off-road bikes in Harworth.",
        "RBC housing options team briefed Nottingham University Hospitals NHS Trust "
        "health visitors on emergency placements in Cotgrave.",
        "RBC community safety team visited the youth club in Keyworth.",
        "NSDC housing options team spoke to school nurses about families in Southwell.",
        "GBC community safety team and Nottinghamshire Police planned patrols in Calverton.",
        "RBC housing options team and the Early Help Unit discussed sofa surfing in East Leake.",
        "NSDC community safety team met Nottinghamshire Healthcare NHS Foundation Trust "
        "staff about Blidworth.",
        "Bassetlaw District Council housing options team agreed a hospital discharge route "
        "with Doncaster and Bassetlaw Teaching Hospitals NHS Foundation Trust for Tuxford.",
        "RBC community safety team and Nottinghamshire Police looked at the park in "
        "Ruddington after dark.",
    ),
    "training": (
        'Now on the e-learning site: "{course}".',
        "Training survey closes {date}.",
        "Induction for new SLG members, {date}, {venue}.",
        "{course}: a few places left in {period}.",
        "{theme} workshop at {venue}, {date}, {time} to {time2}.",
        "Trainer day for {course}, {room}, {venue}, {date}.",
        "Multi-agency trainers' network, {room}, {date}.",
        "Feedback from the {theme} workshop shows staff feel more confident.",
        "DSL refresher sessions run through {period}.",
        "The Nottinghamshire Safeguarding Children Partnership ran a safer sleep session "
        "for childminders in Southwell.",
        "The NSCP and the GBC community safety team gave an exploitation briefing to taxi "
        "drivers in Calverton.",
        "The Nottinghamshire Safeguarding Children Partnership trained football coaches in "
        "Keyworth.",
        "The Nottinghamshire Safeguarding Children Partnership ran a neglect session in Tuxford.",
        "East Midlands Ambulance Service NHS Trust and Nottinghamshire Police gave a "
        "self-harm talk in Edwinstowe.",
        "NHS Nottingham and Nottinghamshire ICB briefed GP practices in Ruddington and "
        "East Leake on was-not-brought.",
        "Sherwood Forest Hospitals NHS Foundation Trust ran a perinatal mental health "
        "course in Rainworth and Blidworth.",
        "Nottinghamshire County Council Early Help Unit staff ran a parenting course in Harworth.",
    ),
}
BENIGN_PSEUDONYM_TEXT = (
    *("Child M", "Child JT", "Infant R", "Baby K", "Young Person D", "Sibling 2"),
    *("Sibling 4", "Unborn Baby L", "EW", "T.H.", "Child C and Child D", "Pitwheel"),
    *("Lacework", "Beetfield", "Towline", "Forestglade", "Minstergate", "Orchardrow"),
    *("Child S", "Infant PB", "Baby NR", "Young Person V", "KF", "Y", "Child Q"),
    *("Sibling B", "A.L.", "Baby E and Baby F", "Child GO", "Young Person HM", "JD"),
    *("Infant W", "Sibling C"),
)


#: The benign side as the twenty-first writes it (its ``_uses`` counts each template's fills).
_benign = benign_written(sys.modules[__name__])


def samples() -> list[Sample]:
    """The identifying and benign samples, seeded, as the tenth's ``assembled`` joins them."""
    return assembled("sixtyfirst-corpus-24", _benign, _identifying, _people)


if __name__ == "__main__":
    regenerate_names()
