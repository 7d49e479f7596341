"""The fourth held-out corpus itself (issue 24): labelled, the same on every run, and made
only of fictional details. Nothing here runs the guard: the corpus stays unseen until it is
measured once with ``benchmarks/guard_independent.py --corpus fourth``."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tests.support import fourth_corpus
from tests.support.independent_corpus import Sample

#: Ofcom's numbers kept for drama, as national digits.
DRAMA_RANGES = re.compile(
    r"07700900\d{3}|01(?:1[3-8]|21|31|41|51|61)4960\d{3}|01914980\d{3}|02079460\d{3}"
    r"|01632960\d{3}|02920180\d{3}|02896496\d{3}"
)
DIGIT_RUN = re.compile(r"\+?\(?\d[\d \-()]*\d")
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
NI_SHAPE = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", re.IGNORECASE)
POSTCODE_SHAPE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b", re.IGNORECASE)


@pytest.fixture(scope="module")
def corpus() -> list[Sample]:
    return fourth_corpus.samples()


def numbers(text: str) -> list[str]:
    """The digit runs of a text (spaces, dashes and brackets inside a run joined), with a
    leading +44 written as the national 0; an ISO date is not a number."""
    runs = []
    for run in DIGIT_RUN.findall(ISO_DATE.sub(" ", text)):
        digits = re.sub(r"\D", "", run)
        if run.startswith("+44"):
            digits = "0" + digits[2:]
        runs.append(digits)
    return runs


def valid_nhs(number: str) -> bool:
    weighted = sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=True))
    check = (11 - weighted % 11) % 11
    return check != 10 and check == int(number[9])


def test_the_corpus_is_the_same_on_every_run(corpus: list[Sample]) -> None:
    assert fourth_corpus.samples() == corpus


def test_every_sample_is_labelled(corpus: list[Sample]) -> None:
    for sample in corpus:
        assert sample.field in {"pseudonym", "text"}
        assert sample.category.strip() and sample.source.strip() and sample.text.strip()
        assert isinstance(sample.identifying, bool)
    labels = {(s.category, s.identifying) for s in corpus}
    categories = {category for category, _ in labels}
    assert len(categories) == len(labels), "a category holds both labels"


def test_the_corpus_has_about_600_of_each_label_in_both_fields(corpus: list[Sample]) -> None:
    counts = Counter((s.identifying, s.field) for s in corpus)
    assert 550 <= counts[True, "text"] + counts[True, "pseudonym"] <= 650
    assert 550 <= counts[False, "text"] + counts[False, "pseudonym"] <= 650
    assert min(counts.values()) >= 100, counts
    assert len({s.category for s in corpus}) >= 25


def test_every_origin_gives_names(corpus: list[Sample]) -> None:
    sources = Counter(s.source for s in corpus if s.identifying)
    for origin in fourth_corpus.ORIGINS:
        assert sources[f"{fourth_corpus.NAMES_SOURCE}: {origin}"] >= 20, origin


def test_no_sample_is_repeated(corpus: list[Sample]) -> None:
    repeated = [k for k, n in Counter((s.field, s.text) for s in corpus).items() if n > 1]
    assert not repeated


def test_every_phone_number_is_in_a_drama_range(corpus: list[Sample]) -> None:
    phones = [n for s in corpus for n in numbers(s.text) if len(n) == 11 and n[0] == "0"]
    assert len(phones) >= 20
    assert [n for n in phones if not DRAMA_RANGES.fullmatch(n)] == []
    for sample in corpus:
        if sample.category == "phone number":
            assert any(DRAMA_RANGES.fullmatch(n) for n in numbers(sample.text)), sample.text


def test_every_nhs_number_is_in_the_999_range_with_a_valid_check_digit(
    corpus: list[Sample],
) -> None:
    ten_digits = [n for s in corpus for n in numbers(s.text) if len(n) == 10]
    assert len(ten_digits) >= 12
    assert [n for n in ten_digits if not (n.startswith("999") and valid_nhs(n))] == []
    for sample in corpus:
        if sample.category == "nhs number":
            assert any(len(n) == 10 for n in numbers(sample.text)), sample.text


def test_the_check_digit_test_refuses_a_wrong_digit() -> None:
    assert valid_nhs("9434765919")
    assert not valid_nhs("9434765918")


def test_other_identifiers_are_fictional(corpus: list[Sample]) -> None:
    texts = [s.text for s in corpus]
    emails = [e for t in texts for e in EMAIL.findall(t)]
    assert emails and all(e.endswith(("@example.com", "@example.org")) for e in emails)
    ni_numbers = [n for t in texts for n in NI_SHAPE.findall(t)]
    assert ni_numbers and all(n.upper().startswith("QQ") for n in ni_numbers)
    postcodes = [p for t in texts for p in POSTCODE_SHAPE.findall(t)]
    assert postcodes and all(p[0].upper() in "QVX" for p in postcodes), postcodes


def test_no_drawn_name_is_a_word_of_the_benign_text(corpus: list[Sample]) -> None:
    benign = set().union(*(fourth_corpus.words(s.text) for s in corpus if not s.identifying))
    names = {
        word
        for pool in fourth_corpus.name_pools()
        for name in pool.male + pool.female + pool.last
        for word in fourth_corpus.words(name)
    }
    assert len(names) > 1000
    assert names.isdisjoint(benign), sorted(names & benign)
