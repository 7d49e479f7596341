"""How the confidentiality guard does on a corpus written apart from its rules (issue 24).

    uv run python benchmarks/guard_independent.py [--json] [--misses 5] [--corpus sixth]

Runs ``check_free_text`` (text fields) and ``check_pseudonym`` over a labelled corpus and
prints, per category, per source, per field and overall: recall (identifying samples
refused) and false alarms (benign samples refused), then up to ``--misses`` wrong answers
per category (all fictional).

The corpora (``--corpus NAME``: ``tests/support/NAME_corpus.py``, whose docstring says where
its names and text come from) are written apart from the rules, each by someone who had not
read them, from name sources the rules' lists were not built from. A new corpus is measured
once, with ``--misses 0``, as the honest figure; its wrong answers are read only when the
next round of rules is generalised from it, after which it is tuned against and a newer one
gives the honest figure. "Never seen by the rules" is every source but the corpus's
``SEEN`` one, whose names the lists are partly built from (``faker-en``, in the sixth
``faker-en_GB``; in the second and fifth corpora, every source).

A pseudonym of one word is not counted: the bot allows "a chosen name" (DOMAIN.md), and no
check can tell a chosen first name from the child's own, so such samples are shown apart
("not_counted") rather than scored either way.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain.pseudonymity import check_free_text, check_pseudonym
from tests.support import (
    eighteenth_corpus,
    eighth_corpus,
    eleventh_corpus,
    fifteenth_corpus,
    fifth_corpus,
    fiftieth_corpus,
    fiftyeighth_corpus,
    fiftyfifth_corpus,
    fiftyfirst_corpus,
    fiftyfourth_corpus,
    fiftyninth_corpus,
    fiftysecond_corpus,
    fiftyseventh_corpus,
    fiftysixth_corpus,
    fiftythird_corpus,
    fortieth_corpus,
    fortyeighth_corpus,
    fortyfifth_corpus,
    fortyfirst_corpus,
    fortyfourth_corpus,
    fortyninth_corpus,
    fortysecond_corpus,
    fortyseventh_corpus,
    fortysixth_corpus,
    fortythird_corpus,
    fourteenth_corpus,
    fourth_corpus,
    independent_corpus,
    nineteenth_corpus,
    ninth_corpus,
    second_corpus,
    seventeenth_corpus,
    seventh_corpus,
    sixteenth_corpus,
    sixth_corpus,
    sixtieth_corpus,
    sixtyeighth_corpus,
    sixtyfifth_corpus,
    sixtyfirst_corpus,
    sixtyfourth_corpus,
    sixtyninth_corpus,
    sixtysecond_corpus,
    sixtyseventh_corpus,
    sixtysixth_corpus,
    sixtythird_corpus,
    tenth_corpus,
    third_corpus,
    thirteenth_corpus,
    thirtieth_corpus,
    thirtyeighth_corpus,
    thirtyfifth_corpus,
    thirtyfirst_corpus,
    thirtyfourth_corpus,
    thirtyninth_corpus,
    thirtysecond_corpus,
    thirtyseventh_corpus,
    thirtysixth_corpus,
    thirtythird_corpus,
    twelfth_corpus,
    twentieth_corpus,
    twentyeighth_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentyfourth_corpus,
    twentyninth_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
    twentysixth_corpus,
    twentythird_corpus,
)
from tests.support.independent_corpus import SEEN, Sample, scored

CORPORA = {
    "first": independent_corpus,
    "second": second_corpus,
    "third": third_corpus,
    "fourth": fourth_corpus,
    "fifth": fifth_corpus,
    "sixth": sixth_corpus,
    "seventh": seventh_corpus,
    "eighth": eighth_corpus,
    "ninth": ninth_corpus,
    "tenth": tenth_corpus,
    "eleventh": eleventh_corpus,
    "twelfth": twelfth_corpus,
    "thirteenth": thirteenth_corpus,
    "fourteenth": fourteenth_corpus,
    "fifteenth": fifteenth_corpus,
    "sixteenth": sixteenth_corpus,
    "seventeenth": seventeenth_corpus,
    "eighteenth": eighteenth_corpus,
    "nineteenth": nineteenth_corpus,
    "twentieth": twentieth_corpus,
    "twentyfirst": twentyfirst_corpus,
    "twentysecond": twentysecond_corpus,
    "twentythird": twentythird_corpus,
    "twentyfourth": twentyfourth_corpus,
    "twentyfifth": twentyfifth_corpus,
    "twentysixth": twentysixth_corpus,
    "twentyseventh": twentyseventh_corpus,
    "twentyeighth": twentyeighth_corpus,
    "twentyninth": twentyninth_corpus,
    "thirtieth": thirtieth_corpus,
    "thirtyfirst": thirtyfirst_corpus,
    "thirtysecond": thirtysecond_corpus,
    "thirtythird": thirtythird_corpus,
    "thirtyfourth": thirtyfourth_corpus,
    "thirtyfifth": thirtyfifth_corpus,
    "thirtysixth": thirtysixth_corpus,
    "thirtyseventh": thirtyseventh_corpus,
    "thirtyeighth": thirtyeighth_corpus,
    "thirtyninth": thirtyninth_corpus,
    "fortieth": fortieth_corpus,
    "fortyfirst": fortyfirst_corpus,
    "fortysecond": fortysecond_corpus,
    "fortythird": fortythird_corpus,
    "fortyfourth": fortyfourth_corpus,
    "fortyfifth": fortyfifth_corpus,
    "fortysixth": fortysixth_corpus,
    "fortyseventh": fortyseventh_corpus,
    "fortyeighth": fortyeighth_corpus,
    "fortyninth": fortyninth_corpus,
    "fiftieth": fiftieth_corpus,
    "fiftyfirst": fiftyfirst_corpus,
    "fiftysecond": fiftysecond_corpus,
    "fiftythird": fiftythird_corpus,
    "fiftyfourth": fiftyfourth_corpus,
    "fiftyfifth": fiftyfifth_corpus,
    "fiftysixth": fiftysixth_corpus,
    "fiftyseventh": fiftyseventh_corpus,
    "fiftyeighth": fiftyeighth_corpus,
    "fiftyninth": fiftyninth_corpus,
    "sixtieth": sixtieth_corpus,
    "sixtyfirst": sixtyfirst_corpus,
    "sixtysecond": sixtysecond_corpus,
    "sixtythird": sixtythird_corpus,
    "sixtyfourth": sixtyfourth_corpus,
    "sixtyfifth": sixtyfifth_corpus,
    "sixtysixth": sixtysixth_corpus,
    "sixtyseventh": sixtyseventh_corpus,
    "sixtyeighth": sixtyeighth_corpus,
    "sixtyninth": sixtyninth_corpus,
}

Tally = dict[str, list[int]]


def refused(sample: Sample) -> bool:
    """Whether the guard refuses the sample in its field."""
    if sample.field == "pseudonym":
        return check_pseudonym(sample.text) is not None
    return check_free_text(sample.text, max_length=2000) is not None


def _rate(hit: int, n: int) -> float:
    return round(100 * hit / n, 1) if n else 0.0


def figures(
    results: list[tuple[Sample, bool]], seen: str = SEEN
) -> dict[str, dict[str, dict[str, float]]]:
    """Recall and false alarms by category, source, field and overall (``seen``: the source
    the rules' lists saw, if any)."""
    groups: dict[str, Tally] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for sample, hit in results:
        kind = "recall" if sample.identifying else "false_alarms"
        if not scored(sample):
            counts = groups[f"not_counted:{kind}"]["one chosen name as pseudonym"]
            counts[0] += hit
            counts[1] += 1
            continue
        keys = {
            "category": sample.category,
            "source": sample.source,
            "field": sample.field,
            "overall": "all",
        }
        if sample.source != seen:
            keys["never_seen"] = f"all but {seen.split()[0]}" if seen else "all"
        for group, key in keys.items():
            counts = groups[f"{group}:{kind}"][key]
            counts[0] += hit
            counts[1] += 1
    return {
        group: {
            key: {"refused": hit, "total": n, "percent": _rate(hit, n)}
            for key, (hit, n) in sorted(tally.items())
        }
        for group, tally in sorted(groups.items())
    }


def print_table(data: dict[str, dict[str, dict[str, float]]]) -> None:
    for group in ("category", "source", "field", "never_seen", "not_counted", "overall"):
        for kind, label in (("recall", "recall"), ("false_alarms", "false alarms")):
            rows = data.get(f"{group}:{kind}", {})
            if not rows:
                continue
            print(f"\n{label} by {group}")
            for key, row in rows.items():
                print(
                    f"  {key:<48}{int(row['refused']):>5}/{int(row['total']):<5}"
                    f"{row['percent']:6.1f}%"
                )


def print_misses(results: list[tuple[Sample, bool]], limit: int) -> None:
    """Up to ``limit`` wrong answers per category: missed names, refused benign text."""
    wrong: dict[str, list[Sample]] = defaultdict(list)
    for sample, hit in results:
        if hit != sample.identifying:
            wrong[sample.category].append(sample)
    print(f"\nup to {limit} wrong answers per category (all fictional)")
    for category, items in sorted(wrong.items()):
        kind = "missed" if items[0].identifying else "refused"
        print(f"  {category} ({len(items)} {kind})")
        for sample in items[:limit]:
            print(f"    [{sample.field}] {sample.text!r}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--misses", type=int, default=5, help="wrong answers per category")
    parser.add_argument("--corpus", choices=sorted(CORPORA), default="first", help="corpus")
    args = parser.parse_args()
    corpus = CORPORA[args.corpus]
    results = [(sample, refused(sample)) for sample in corpus.samples()]
    data = figures(results, corpus.SEEN)
    if args.json:
        print(json.dumps(data, indent=2))
        return
    print(f"{len(results)} samples")
    print_table(data)
    print_misses(results, args.misses)


if __name__ == "__main__":
    main()
