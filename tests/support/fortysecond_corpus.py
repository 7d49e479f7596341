from __future__ import annotations

import json
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import (
    fortieth_corpus,
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
from tests.support.tenth_corpus import assembled, birth_values, snapshot_people
from tests.support.tenth_corpus import benign_words as benign_words
from tests.support.twentyfifth_corpus import PLAIN as PLAIN
from tests.support.twentyfifth_corpus import _district, _kept

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fortysecond_names.json")
SOURCES = "barnum 0.5.1 (GPL)"
SEED = "fortysecond-barnum-<list>"
#: Every earlier snapshot: the fortieth's list, the fortieth's own and the forty-first's
#: (written alongside, so read only when it is there).
EARLIER = tuple(
    dict.fromkeys((*fortieth_corpus.EARLIER, "fortieth_names.json", "fortyfirst_names.json"))
)
#: barnum's tables (its ``source-data``): women's first names at ranks 400-999, men's at
#: 30-299 (the thirtieth drew the same Census lists, through ``names``, at women's ranks
#: 1000 and over and men's 300 and over), surnames at ranks 1000-4999.
FIRST_RANKS = {"female": (400, 1000), "male": (30, 300)}
SURNAME_RANKS = (1000, 5000)
#: Candidates drawn for each list, women and men apart; how many each keeps.
CANDIDATES = 400
DRAWN = (("barnum-female", 44), ("barnum-male", 27))
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: Entries of the last draw read by hand as words, brands or pet forms: the people with one
#: are left out of the snapshot without drawing again.
DROPPED = frozenset({"Autumn", "Carrera", "Jerri", "Beam", "Lemon", "Guest", "Liza"})
#: Entries of the earlier draws read by hand as words, places, brands, pet forms, typos or names of
#: the other column.
NOT_NAMES = frozenset(
    {
        *("Tammi", "Patti", "Ruthie", "Pearlie", "Katy", "Randi", "Greg", "Ron", "Rick"),
        *("Ted", "Bob", "Freddie", "Johnnie", "Jimmie", "Lonnie", "Dorthy", "Mathew"),
        *("Thorton", "Mckeever", "Mcdougall", "Coffin", "Light", "Chestnut", "Majors"),
        *("Poore", "Libby", "Reagan", "Emery", "Hidalgo", "Harden", "Durr", "Kitchen"),
        *("Gale", "Stock", "Butcher", "Forest", "Shores", "Lively", "Gaylord", "Jeff"),
        *("Brad", "Bobby", "Johnny", "Jami", "Betsy", "Polly", "Mccormack", "Mcmillian"),
        *("Mcgregor", "Mario", "Julio", "Jasper", "Helms", "Chad", "Gene", "Mable", "Lessie"),
        *("Christmas", "Lincoln", "Barclay", "Teri", "Melisa", "Akin", "Covey", "Jerry"),
        *("Hedges", "Flint", "Weston", "Kenya", "Free", "Trudy", "Bettie", "Calvin"),
        *("Reedy", "Shelley", "Ester", "Dolly", "Tisha", "Delossantos", "Ollie", "Finn"),
        *("Flossie", "Trisha"),
    }
)


def _table(source_data: Path, name: str) -> list[str]:
    """A barnum table's names in rank order, capitalised."""
    lines = (source_data / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    return [line.split()[0].capitalize() for line in lines if line.strip()]


def candidates(source_data: Path) -> dict[str, dict[str, list[list[str]]]]:
    """Seeded candidates (seed ``fortysecond-barnum-<list>``) from barnum's tables."""
    surnames = _table(source_data, "last-name")
    low, high = SURNAME_RANKS
    out: dict[str, dict[str, list[list[str]]]] = {}
    for sex, (first_low, first_high) in FIRST_RANKS.items():
        firsts = _table(source_data, f"{sex}-first-name")[first_low:first_high]
        rng = random.Random(f"fortysecond-barnum-{sex}")
        people = [
            ["any", rng.choice(firsts), rng.choice(surnames[low:high])] for _ in range(CANDIDATES)
        ]
        out[f"barnum-{sex}"] = {"people": people, "surnames": surnames}
    return out


def regenerate_names(source_data: str) -> None:
    """Draw, keep (the twenty-fifth's filter) and write the snapshot."""
    present = tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())
    people = _kept(candidates(Path(source_data)), _earlier_names(present), DRAWN, NOT_NAMES)
    people = {s: [p for p in ps if not set(p) & DROPPED] for s, ps in people.items()}
    about = {"source": SOURCES, "seed": SEED}
    rows = ",\n".join(f"{json.dumps(s)}: {json.dumps(p)}" for s, p in people.items())
    text = f'{json.dumps(about)[:-1]}, "people": {{\n{rows}\n}}}}\n'
    NAMES_FILE.write_text(text, encoding="utf-8")


_people = partial(snapshot_people, NAMES_FILE)

if __name__ == "__main__":
    regenerate_names(sys.argv[1])
