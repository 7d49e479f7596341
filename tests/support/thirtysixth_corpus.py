"""DOCSTRING"""

from __future__ import annotations

import importlib
import json
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import thirtyfifth_corpus, twentyfifth_corpus, twentyfirst_corpus
from tests.support import twentysecond_corpus
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
#: The snapshots whose names are skipped: every earlier one (the thirty-fifth's list and
#: the thirty-fifth's own).
EARLIER = tuple(dict.fromkeys((*thirtyfifth_corpus.EARLIER, "thirtyfifth_names.json")))
#: human-names's locales, each with a women's and a men's list (all twelve lists drawn).
LOCALES = ("en", "de", "es", "fr", "it", "nl")
#: names-dataset country tables in Latin script that no earlier snapshot holds at all
#: (Hungary, Ecuador, Luxembourg, Malta, Iceland), and the surname ranks drawn.
COUNTRIES = ("HU", "EC", "LU", "MT", "IS")
RANKS = (1000, 6000)
#: How many people each source gives: a human-names first name with a surname of the table.
DRAWN = tuple((f"human-names+names-dataset-{c}", 10) for c in COUNTRIES)
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
        *("Iclande", "Quintrell", "Jamchid", "Xayir", "Chance", "Euroltd", "Klkn", "Normayanti"),
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

if __name__ == "__main__":
    regenerate_names(sys.argv[1])
