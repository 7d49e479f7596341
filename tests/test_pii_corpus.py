"""The guard measured on the labelled corpus (tests/pii_corpus.py): the targets of issue 12
hold on the held-out half, which tuning never looked at sample by sample."""

from __future__ import annotations

from collections import Counter

from bot.domain.pseudonymity import check_free_text, check_pseudonym
from tests.support.pii_corpus import Sample, samples

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
