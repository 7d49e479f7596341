"""The confidentiality guard on text written apart from its rules (issue 24): the corpus in
``tests/support/independent_corpus.py`` draws its names from Faker locales the rules' lists
never used, its identifiers from ranges kept for fiction, and its benign text from the
statutory guidance in ``shared/seeds`` and from templates of partnership vocabulary.

The floors asserted here are what the guard reaches now (``benchmarks/guard_independent.py``
prints the figures per category); the issue's target is 99% recall with at most 2% false
alarms. The corpus was looked at while the rules were tuned, so it is no longer unseen:
``tests/support/second_corpus.py`` is the part nobody tuning the rules has read."""

from __future__ import annotations

from collections import defaultdict
from importlib import import_module
from types import ModuleType

import pytest

from bot.domain.pseudonymity import check_free_text, check_pseudonym
from tests.support.forms import form, open_form
from tests.support.independent_corpus import Sample, samples, scored
from tests.support.running_bot import RunningBot

CORPUS = [sample for sample in samples() if scored(sample)]


def refused(sample: Sample) -> bool:
    if sample.field == "pseudonym":
        return check_pseudonym(sample.text) is not None
    return check_free_text(sample.text, max_length=2000) is not None


def test_recall_on_the_independent_corpus_holds_its_floor() -> None:
    identifying = [s for s in CORPUS if s.identifying]
    missed = [s.text for s in identifying if not refused(s)]
    assert len(missed) <= 0.02 * len(identifying), missed


def test_false_alarms_on_the_independent_corpus_hold_their_floor() -> None:
    benign = [s for s in CORPUS if not s.identifying]
    alarms = [s.text for s in benign if refused(s)]
    assert len(alarms) <= 0.005 * len(benign), alarms


def _some_of_each(corpus: list[Sample], each: int) -> list[Sample]:
    """``each`` samples of each category, field and label: the form's view of a corpus."""
    chosen: dict[tuple[str, str, bool], list[Sample]] = defaultdict(list)
    for sample in corpus:
        group = chosen[(sample.category, sample.field, sample.identifying)]
        if len(group) < each:
            group.append(sample)
    return [sample for group in chosen.values() for sample in group]


def test_the_form_refuses_exactly_what_the_guard_refuses(running: RunningBot) -> None:
    """Each sample typed into a new incident form as Slack sends it, in its own field: the
    answer is that field's error exactly when the guard refuses the sample."""
    _typed_into_the_form(running, _some_of_each(CORPUS, 2))


#: The corpora measured last, the forty-third on.
MEASURED_LAST = [
    import_module(f"tests.support.{name}_corpus")
    for name in (
        *("fortythird", "fortyfourth", "fortyfifth", "fortysixth", "fortyseventh"),
        *("fortyeighth", "fortyninth", "fiftieth", "fiftyfirst", "fiftysecond"),
        *("fiftythird", "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh"),
        *("fiftyeighth", "fiftyninth", "sixtieth", "sixtyfirst", "sixtysecond", "sixtythird"),
        *("sixtyfourth", "sixtyfifth", "sixtysixth", "sixtyseventh", "sixtyeighth", "sixtyninth"),
    )
]


@pytest.mark.parametrize("corpus", MEASURED_LAST, ids=lambda module: module.__name__[14:])
def test_the_form_agrees_with_the_guard_on_the_corpora_measured_last(
    running: RunningBot, corpus: ModuleType
) -> None:
    """The unseen corpora are measured on the guard's functions; typed into the form, a
    sample of each kind from the last ones measured gets the same answer."""
    scored_samples = [sample for sample in corpus.samples() if scored(sample)]
    _typed_into_the_form(running, _some_of_each(scored_samples, 1))


def _typed_into_the_form(running: RunningBot, typed: list[Sample]) -> None:
    disagreements = []
    accepted = 0
    for sample in typed:
        field = "pseudonym" if sample.field == "pseudonym" else "summary"
        response = running.slack.view_submission(
            view=open_form(running), state_values=form(**{field: sample.text})
        )
        assert response.status == 200
        errors = response.json().get("errors", {}) if response.body else {}
        assert set(errors) <= {field}, errors
        if bool(errors) != refused(sample):
            disagreements.append((sample.category, sample.text))
        accepted += not errors
    # each accepted form posts its case card and checklist once the ack has gone
    running.fake.wait_for("chat.postMessage", count=2 * accepted, timeout=60)
    running.fake.wait_quiet()
    assert not disagreements
