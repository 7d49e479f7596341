"""DOCSTRING"""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyseventh_corpus as _57
from tests.support import fortysecond_corpus as _42
from tests.support import sixtysixth_corpus as _66
from tests.support import twentyfifth_corpus as _25
from tests.support import twentyfirst_corpus as _21
from tests.support import twentyseventh_corpus as _27
from tests.support.independent_corpus import Sample

#: Read from every corpus by the tests and the shared writers (fictional number ranges,
#: the check digit, the benign-word filter, earlier snapshots), as the sixty-sixth has them.
DRAMA_PREFIXES, INWARD_LETTERS, POSTCODE_AREAS = (
    _66.DRAMA_PREFIXES,
    _66.INWARD_LETTERS,
    _66.POSTCODE_AREAS,
)
PLAIN, nhs_check_digit, benign_words = _66.PLAIN, _66.nhs_check_digit, _66.benign_words
_earlier_names = _66._earlier_names

SEEN = ""
NAMES_FILE = Path(__file__).with_name("sixtyninth_names.json")
SOURCES = "names-dataset 3.3.1 (Apache-2.0), JO, LB and PS tables"
SEED = "sixtyninth-<country>"
#: Every earlier snapshot: the sixty-sixth's list and its own, and those of the
#: sixty-seventh and sixty-eighth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_66.EARLIER,
            "sixtysixth_names.json",
            *("sixtyseventh_names.json", "sixtyeighth_names.json"),
        )
    )
)
#: The ranks drawn here, first names then surnames (see the docstring for the ranks earlier
#: corpora took from these tables).
JO_RANKS = ((1500, 3000), (1500, 3000))
LB_RANKS = ((1500, 3000), (1500, 3000))
PS_RANKS = ((1500, 3000), (1500, 3000))
COUNTRIES = ("JO", "LB", "PS")
ASCII_ONLY = frozenset(COUNTRIES)
PACKAGE_DRAWN = (("names-dataset-JO", 40), ("names-dataset-LB", 40), ("names-dataset-PS", 40))
DRAWN = (("names-dataset-JO", 23), ("names-dataset-LB", 7), ("names-dataset-PS", 8))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries to leave out before drawing: none, as there was one draw only (see ``DROPPED``).
NOT_NAMES: frozenset[str] = frozenset()
#: People of the one draw with an entry read by hand as a word, a typo, a pet form, a
#: kunya, a first name in the surname column or another country's name, left out without
#: drawing again (the entry read as not a name; the first name where both were).
DROPPED = frozenset(
    {
        *("Loae", "Omahmad", "Saduni", "Hamadh", "Danea", "Arch", "Bisti", "Mahmmud"),
        *("Momn", "Firas", "Majdi", "Nupur", "Sdam", "Akhter", "Taraq", "Odae", "Amenh"),
        *("Kedst", "Elite", "Allord", "Rasho", "Gizele", "Sujeewa", "Abdalslam", "Sivine"),
        *("Zakor", "Zouzi", "Moulou", "Ghanoujet", "Manoush", "Frhan", "Ziz", "Mayoucha"),
        *("Faxuma", "Zeino", "Hayimanot", "Ahmaf", "Swed", "Mirat", "Verra", "Robil"),
        *("Beshadu", "Fatfatt", "Bizu", "Faesal", "Gexe", "Parbin", "Kouloud", "Aboomar"),
        *("Roukouz", "Meda", "Orin", "Tesfalem", "Ranit", "Tesfaldet", "Noemie", "Kaml"),
        *("Tolen", "Yohannes", "Nanoosh", "Smaher", "Natela", "Yevgeni", "Gitit", "Keinan"),
        *("Wfaa", "Abrhem", "Menahem", "Gleb", "Rzan", "Yaso", "Bzoor", "Mhde", "Hilit"),
        *("Natsnet", "Mahr", "Habtom", "Muli", "Ronel", "Rapoport", "Selen", "Aehab"),
    }
)

#: A names-dataset entry to draw from: the tenth's test, plain letters, less ``NOT_NAMES``.
_usable = partial(_57.table_entry_ok, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)
#: Each table with its first-name and surname ranks, in the order of ``PACKAGE_DRAWN``.
TABLES = (("JO", JO_RANKS), ("LB", LB_RANKS), ("PS", PS_RANKS))


def regenerate_names() -> None:
    """Write the snapshot afresh (names-dataset importable only here): each table of
    ``TABLES`` through the tenth's ``dataset_people``, all sharing one set of words already
    taken (every snapshot of ``EARLIER`` beside this file), the people of ``DROPPED`` left
    out."""
    taken = _earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists()))
    kept: dict[str, list[list[str]]] = {}
    for (table, (first, last)), (label, asked) in zip(TABLES, PACKAGE_DRAWN, strict=True):
        people = _57.dataset_people(((table, asked),), last, taken, "sixtyninth", _usable, first)
        kept[label] = [pair for pair in people[table] if DROPPED.isdisjoint(pair)]
    _57.write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, kept)


if __name__ == "__main__":
    regenerate_names()
