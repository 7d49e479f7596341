"""The guard measured on the labelled corpus (tests/pii_corpus.py): the targets of issue 12
hold on the held-out half, which tuning never looked at sample by sample."""

from __future__ import annotations

import time
from collections import Counter

from bot.domain.pseudonymity import check_free_text, check_pseudonym
from tests.pii_corpus import LONGER, Sample, samples

CORPUS = samples()
HELD_OUT = [s for s in CORPUS if s.held_out]


def refused(sample: Sample) -> bool:
    if sample.field == "pseudonym":
        return check_pseudonym(sample.text) is not None
    return check_free_text(sample.text, max_length=2000) is not None


def test_the_corpus_is_big_enough_and_every_category_is_in_both_halves() -> None:
    assert sum(s.identifying for s in CORPUS) >= 300
    assert sum(not s.identifying for s in CORPUS) >= 300
    halves = Counter((s.category, s.held_out) for s in CORPUS)
    for category in {s.category for s in CORPUS}:
        assert halves[(category, True)] and halves[(category, False)], category


def test_held_out_recall_is_at_least_99_percent() -> None:
    identifying = [s for s in HELD_OUT if s.identifying]
    missed = [s.text for s in identifying if not refused(s)]
    assert len(missed) <= 0.01 * len(identifying), missed


def test_held_out_false_alarms_are_at_most_2_percent() -> None:
    benign = [s for s in HELD_OUT if not s.identifying]
    alarms = [s.text for s in benign if refused(s)]
    assert len(alarms) <= 0.02 * len(benign), alarms


def test_a_500_character_summary_is_checked_in_well_under_a_few_milliseconds() -> None:
    summary = " ".join(LONGER)[:500]
    check_free_text(summary, max_length=500)  # the name lists load once
    start = time.perf_counter()
    for _ in range(200):
        assert check_free_text(summary, max_length=500) is None
    # The target is 1 ms (benchmarks/pii_guard.py); allow for a busy shared machine.
    assert (time.perf_counter() - start) / 200 < 0.005


def test_hostile_text_takes_time_in_proportion_to_its_length() -> None:
    """No pattern backtracks over a long run of near-misses: 4,000 characters of each kind
    take a few milliseconds (a pattern that looked back over the whole text took ~250 ms)."""
    for unit in ("a.", "07700 9 ", "@a", "Aa ", "x dot ", "born ", "1 ", "jane at example dot "):
        text = (unit * 4000)[:4000]
        check_free_text(text, max_length=4000)
        start = time.perf_counter()
        check_free_text(text, max_length=4000)
        assert time.perf_counter() - start < 0.1, unit
