"""DOCSTRING"""

from __future__ import annotations

import importlib
import json
import random
import re
from pathlib import Path

from tests.support.eighth_corpus import _earlier_names
from tests.support.fifth_corpus import INWARD_LETTERS as INWARD_LETTERS
from tests.support.fifth_corpus import _unique, benign_words, without_banned
from tests.support.fifth_corpus import nhs_check_digit as nhs_check_digit
from tests.support.independent_corpus import Sample
from tests.support.ninth_corpus import DRAMA_PREFIXES as DRAMA_PREFIXES
from tests.support.ninth_corpus import EMAIL_DOMAINS, _phone, _postcode
from tests.support.ninth_corpus import POSTCODE_AREAS as POSTCODE_AREAS
from tests.support.sixth_corpus import _ascii, _fill, _lower, _nhs, _ni
from tests.support.tenth_corpus import _date, _usable

SEEN = ""
NAMES_FILE = Path(__file__).with_name("eleventh_names.json")
DATASET_VERSION = "3.3.1"
#: The slice of each country's frequency table drawn from (below the top 100).
RANKS = (100, 1500)
EARLIER = (
    "fourth_names.json",
    "fifth_names.json",
    "sixth_names.json",
    "seventh_names.json",
    "eighth_names.json",
    "ninth_names.json",
    "tenth_names.json",
)

#: names-dataset country table (none drawn by the eighth or the tenth), and how many people.
DRAWN = (
    ("PT", 10),
    ("BR", 8),
    ("IT", 8),
    ("ES", 8),
    ("FR", 6),
    ("EG", 6),
    ("MA", 6),
    ("DZ", 6),
    ("LB", 6),
    ("PS", 6),
    ("CM", 8),
    ("AO", 6),
    ("ZA", 10),
    ("BI", 6),
    ("HR", 8),
    ("EE", 6),
    ("GE", 6),
    ("ID", 6),
    ("MU", 6),
    ("FJ", 6),
)
ROMANISED: tuple[str, ...] = ()
#: Tables whose accented entries are mostly mis-typed, so only plain letters are taken.
ASCII_ONLY = frozenset({"EG", "MA", "DZ", "LB", "PS", "CM", "BI", "GE", "ID", "FJ"})
#: Entries of the tables read by hand as words, places, pet names or typos, not names.
NOT_NAMES = frozenset(
    {
        *("Cantante", "Bota", "Ton", "Adry", "Cristina", "Lola", "Blanqui", "Fofa", "Didi"),
        *("Desha", "Zah", "Kmal", "Basoma", "Mardi", "Bylka", "Kosovi", "Niso", "Obse", "Hen"),
        *("Patient", "Wara", "Trx", "Summario", "Bobish", "Thierive", "Đive", "Svan", "Prena"),
        *("Zadar", "Kunksmoor", "Valev", "Gredi", "Salomeas", "Vaikosen", "Warkop", "Radenmas"),
        *("Lete", "Shal", "Fyne", "Fikarafi", "Tatiiana", "Suh", "Maravilha", "Drmohamed"),
        *("Soso", "Mano", "Chez", "Rca", "Led", "Papaha", "Nawri", "Susu", "Shita", "Biro"),
        *("Nunupro", "Miradors", "Cathos", "Snjega", "Ljekarna", "Antonlna", "Arcun", "Sprei"),
        *("Masda", "Dodik", "Radenn", "Ayi", "Moly", "Abood", "Cuty", "Louli", "Mhsen", "Bshar"),
        *("Hgdds", "Kaivitiink", "Gospa", "Zvoncica", "Sortudo", "Merveille", "Dedek", "Oran"),
        *("Xadca", "Israel", "Beyhadh", "Heeb"),
    }
)


def _name_ok(name: str, country: str) -> bool:
    """A usable table entry (the tenth's test), less this corpus's own non-names."""
    if name in NOT_NAMES or (country in ASCII_ONLY and not name.isascii()):
        return False
    return _usable(name, "")


def regenerate_names() -> None:
    """Draw the names afresh from names-dataset (importable only here) and write the snapshot."""
    tables = importlib.import_module("names_dataset").NameDataset()
    top_first = tables.get_top_names(n=RANKS[1])
    top_last = tables.get_top_names(n=RANKS[1], use_first_names=False)
    used = _earlier_names(EARLIER)
    people: dict[str, list[list[str]]] = {}
    for country, count in DRAWN:
        # A first name that is also in the surname table may be a surname typed first.
        surnames_all = set(top_last[country])
        pools = [
            [
                n
                for n in top_first[country][key][RANKS[0] : RANKS[1]]
                if n not in surnames_all and _name_ok(n, country)
            ]
            for key in ("F", "M")
        ]
        surnames = [n for n in top_last[country][RANKS[0] : RANKS[1]] if _name_ok(n, country)]
        rng = random.Random(f"eleventh-{country}")
        drawn: list[list[str]] = []
        for attempt in range(count * 200):
            female = attempt % 2 == 0
            first, last = rng.choice(pools[not female]), rng.choice(surnames)
            words = {first.casefold(), last.casefold()}
            if len(words) == 2 and not words & used:
                drawn.append([first, last])
                used |= words
            if len(drawn) == count:
                break
        people[country] = drawn
    about = {"source": f"names-dataset {DATASET_VERSION} (Apache-2.0)"}
    about |= {"ranks": f"{RANKS[0]}-{RANKS[1] - 1}", "seed": "eleventh-<country>"}
    rows = ",\n".join(
        f"{json.dumps(c)}: {json.dumps(p, ensure_ascii=False)}" for c, p in people.items()
    )
    text = f'{json.dumps(about)[:-1]}, "people": {{\n{rows}\n}}}}\n'
    NAMES_FILE.write_text(text, encoding="utf-8")


def _people(banned: set[str]) -> dict[str, list[tuple[str, str]]]:
    data = json.loads(NAMES_FILE.read_text(encoding="utf-8"))["people"]
    return without_banned(data, banned)


if __name__ == "__main__":
    regenerate_names()
