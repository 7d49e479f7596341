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


if __name__ == "__main__":
    regenerate_names()
