"""The third held-out corpus itself (issue 24): its shape, not the guard's figures."""

from __future__ import annotations

import re
from collections import Counter

from tests.support import third_corpus
from tests.support.third_corpus import (
    BENIGN_CATEGORIES,
    IDENTIFIER_CATEGORIES,
    NAME_TEMPLATES,
    drawn_names,
    english_faker_names,
    in_fictional_range,
    nhs_valid,
    samples,
)


def _national(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    if digits.startswith("44"):
        return "0" + digits[2:]
    return digits if digits.startswith("0") else "0" + digits


def test_the_corpus_is_the_same_on_every_call_and_of_the_planned_size() -> None:
    first, second = samples(), samples()
    assert first == second
    assert 2000 <= len(first) <= 3000
    assert third_corpus.SEEN == ""


def test_every_category_has_samples_with_one_label() -> None:
    counts = Counter(s.category for s in samples())
    expected = {*NAME_TEMPLATES, "name_pseudonym", *IDENTIFIER_CATEGORIES, *BENIGN_CATEGORIES}
    assert set(counts) == expected
    assert min(counts.values()) >= 40
    for category in expected:
        labels = {s.identifying for s in samples() if s.category == category}
        assert labels == {not category.startswith("benign_")}
    assert {s.field for s in samples()} == {"text", "pseudonym"}


def test_nhs_numbers_are_valid_and_from_999() -> None:
    found = [re.sub(r"\D", "", s.text) for s in samples() if s.category == "nhs_number"]
    assert found
    for number in found:
        assert number.startswith("999") and nhs_valid(number), number
    wrong = found[0][:9] + str((int(found[0][9]) + 1) % 10)
    assert not nhs_valid(wrong)


def test_phone_numbers_are_in_ofcom_drama_ranges() -> None:
    found = [_national(s.text) for s in samples() if s.category == "phone"]
    assert found
    for number in found:
        assert in_fictional_range(number), number
    assert not in_fictional_range("07700901000")


def test_other_identifiers_use_fictional_ranges() -> None:
    for sample in samples():
        if sample.category == "ni_number":
            assert re.search(r"qq", sample.text, re.IGNORECASE), sample.text
        if sample.category == "email_address":
            assert re.search(r"@example\.(com|org)\b", sample.text), sample.text


def test_no_benign_sample_holds_a_drawn_name() -> None:
    names = drawn_names()
    assert len(names) > 1000
    for sample in samples():
        if sample.identifying:
            continue
        folded = third_corpus._fold(sample.text)
        words = set(re.findall(r"[^\W\d_]+", folded))
        assert not words & names, sample.text
        for name in names:
            if " " in name:
                assert name not in folded, sample.text


def test_no_drawn_name_is_in_fakers_english_providers() -> None:
    assert not drawn_names() & english_faker_names()
    assert "oliver" in english_faker_names()


def test_sources_are_labelled_and_staff_mentions_are_well_formed() -> None:
    for sample in samples():
        assert re.fullmatch(
            r"gender-guesser \([a-z_]+\)|faker-[a-z]{2}_[A-Z]{2}|written", sample.source
        )
        for mention in re.findall(r"<@[^>]*>", sample.text):
            assert re.fullmatch(r"<@U[A-Z0-9]{8}(?:[A-Z0-9]{2})?>", mention), mention
    sources = {s.source for s in samples() if s.identifying}
    assert any(s.startswith("gender-guesser") for s in sources)
    assert any(s.startswith("faker-") for s in sources)
