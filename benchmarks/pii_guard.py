"""How well the confidentiality guard holds: recall and false alarms on the labelled corpus,
and the time one check takes.

    uv run python benchmarks/pii_guard.py [--repeat 2000]

Runs ``bot.domain.pseudonymity`` over ``tests/pii_corpus.py`` (identifying and benign
samples written for this project, with a fixed tuning/held-out split) and prints, per
category and overall, for the held-out half and for all samples: recall (identifying
samples refused) and the false-alarm rate (benign samples refused). Then times
``check_free_text`` on a realistic 500-character summary and on one holding a name at its
end (every check runs), and ``check_pseudonym``.

Targets (issue 12): recall at least 99%, false alarms at most 2% (the tests assert both on
the held-out half), and a check under 1 ms for a 500-character summary.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.domain.pseudonymity import check_free_text, check_pseudonym
from tests.support.pii_corpus import LONGER, Sample, samples


def refused(sample: Sample) -> bool:
    if sample.field == "pseudonym":
        return check_pseudonym(sample.text) is not None
    return check_free_text(sample.text, max_length=2000) is not None


def table(rows: list[Sample], title: str) -> None:
    tally: dict[tuple[bool, str], list[int]] = defaultdict(lambda: [0, 0])
    for sample in rows:
        counts = tally[(sample.identifying, sample.category)]
        counts[0] += refused(sample)
        counts[1] += 1
    print(f"\n{title}")
    for identifying, label in ((True, "recall"), (False, "false alarms")):
        total = [0, 0]
        for (kind, category), (hit, n) in sorted(tally.items()):
            if kind is identifying:
                print(f"  {label:<13}{category:<22}{hit:>4}/{n:<4}{100 * hit / n:6.1f}%")
                total[0] += hit
                total[1] += n
        print(
            f"  {label:<13}{'OVERALL':<22}{total[0]:>4}/{total[1]:<4}"
            f"{100 * total[0] / total[1]:6.1f}%"
        )


def per_check(function, repeat: int) -> float:
    function()  # warm: the name lists load on first use
    start = time.perf_counter()
    for _ in range(repeat):
        function()
    return (time.perf_counter() - start) / repeat * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2000)
    args = parser.parse_args()
    corpus = samples()
    table([s for s in corpus if s.held_out], "Held-out half")
    table(corpus, "All samples")
    summary = " ".join(LONGER)[:500]
    named = summary[:480] + " Ella Walsh."
    print("\nTime per check (mean)")
    for label, function in (
        (
            f"check_free_text, benign summary of {len(summary)} chars",
            lambda: check_free_text(summary, max_length=600),
        ),
        (
            f"check_free_text, {len(named)} chars ending in a name",
            lambda: check_free_text(named, max_length=600),
        ),
        ("check_pseudonym, 'Child K'", lambda: check_pseudonym("Child K")),
    ):
        print(f"  {label:<52}{per_check(function, args.repeat):7.3f} ms")
    # No pattern may backtrack over a long run of near-misses: 4,000 characters of each
    # kind should take a few milliseconds (a pattern that looked back over the whole text
    # once took about 250 ms).
    print("\nHostile text of 4,000 characters (target: a few ms each)")
    units = ("a.", "07700 9 ", "@a", "Aa ", "x dot ", "born ", "1 ", "jane at example dot ")
    for unit in (*units, "Orbury LSCP ", "Orbury fire station, "):
        text = (unit * 4000)[:4000]
        timing = per_check(lambda text=text: check_free_text(text, max_length=4000), 5)
        print(f"  {unit!r:<52}{timing:7.3f} ms")


if __name__ == "__main__":
    main()
