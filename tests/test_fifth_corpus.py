"""The fifth held-out corpus itself: fixed, well labelled, fictional (issue 24). The guard
is never run here: its figures on this corpus are measured once, by the benchmark."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from tests.support import fifth_corpus
from tests.support.independent_corpus import Sample

ROOT = Path(__file__).resolve().parent.parent
PHONE = re.compile(r"(?<![\d+])(?:\+44\s?|\(?0)[\d\s()\-]{8,14}\d")
NHS = re.compile(r"(?<![\d\-])9\d\d[ -]?\d{3}[ -]?\d{4}(?![\d\-])")
POSTCODE = re.compile(r"\b([A-Z]{1,2})(\d[A-Z\d]?) ?(\d[A-Z]{2})\b", re.IGNORECASE)
NI = re.compile(r"\b([A-Z]{2}) ?\d\d ?\d\d ?\d\d ?[A-D]\b", re.IGNORECASE)
EMAIL = re.compile(r"[\w.]+@([\w.]+)")


def _digest() -> str:
    text = "\n".join(repr(sample) for sample in fifth_corpus.samples())
    return hashlib.sha256(text.encode()).hexdigest()


def _of(category: str) -> list[Sample]:
    return [s for s in fifth_corpus.samples() if s.category == category]


def test_the_corpus_is_the_same_on_every_run_whatever_the_hash_seed() -> None:
    code = (
        "import hashlib; from tests.support.fifth_corpus import samples; "
        "print(hashlib.sha256('\\n'.join(repr(s) for s in samples()).encode()).hexdigest())"
    )
    env = os.environ | {"PYTHONHASHSEED": "7"}
    other = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert other.stdout.strip() == _digest()


def test_labels_are_well_formed_and_categories_belong_to_one_side() -> None:
    corpus = fifth_corpus.samples()
    assert {s.field for s in corpus} == {"pseudonym", "text"}
    assert all(s.category and s.source and s.text.strip() for s in corpus)
    sides: dict[str, set[bool]] = {}
    for sample in corpus:
        sides.setdefault(sample.category, set()).add(sample.identifying)
    assert all(len(side) == 1 for side in sides.values()), sides
    assert fifth_corpus.SEEN == ""


def test_about_six_hundred_of_each_with_both_fields() -> None:
    counts = Counter((s.identifying, s.field) for s in fifth_corpus.samples())
    for identifying in (True, False):
        total = counts[identifying, "text"] + counts[identifying, "pseudonym"]
        assert 550 <= total <= 700, (identifying, total)
        assert counts[identifying, "pseudonym"] >= 100
        assert counts[identifying, "text"] >= 400


def test_no_sample_is_repeated_nor_labelled_both_ways() -> None:
    corpus = fifth_corpus.samples()
    keys = Counter((s.field, s.text) for s in corpus)
    assert [key for key, n in keys.items() if n > 1] == []
    identifying = {s.text for s in corpus if s.identifying}
    assert [s.text for s in corpus if not s.identifying and s.text in identifying] == []


def test_every_phone_number_is_in_an_ofcom_drama_range() -> None:
    found = 0
    for sample in fifth_corpus.samples():
        for match in PHONE.findall(sample.text):
            digits = re.sub(r"\D", "", match)
            digits = "0" + digits[2:] if match.startswith("+44") else digits
            assert len(digits) == 11 and digits[:8] in fifth_corpus.DRAMA_PREFIXES, sample
            found += 1
    phones = _of("phone")
    assert phones and all(PHONE.search(s.text) for s in phones)
    assert found >= len(phones)


def test_every_nhs_number_is_in_the_999_range_with_a_valid_check_digit() -> None:
    for sample in fifth_corpus.samples():
        for match in NHS.findall(sample.text):
            digits = re.sub(r"\D", "", match)
            assert digits.startswith("999"), sample
            assert fifth_corpus.nhs_check_digit(digits[:9]) == int(digits[9]), sample
    numbers = _of("nhs_number")
    assert numbers and all(NHS.search(s.text) for s in numbers)


def test_the_check_digit_is_the_modulus_11_one() -> None:
    # 943 476 5919 is the worked example of NHS Digital's data dictionary.
    assert fifth_corpus.nhs_check_digit("943476591") == 9
    assert fifth_corpus.nhs_check_digit("999000000") is None


def test_postcodes_are_well_formed_in_unused_areas() -> None:
    postcodes = _of("postcode")
    assert postcodes
    for sample in postcodes:
        match = POSTCODE.search(sample.text)
        assert match, sample
        assert match.group(1).upper() in fifth_corpus.POSTCODE_AREAS
        assert all(c in fifth_corpus.INWARD_LETTERS for c in match.group(3)[1:].upper())


def test_ni_numbers_are_qq_and_emails_are_at_example_domains() -> None:
    for sample in fifth_corpus.samples():
        assert all(prefix.upper() == "QQ" for prefix in NI.findall(sample.text)), sample
        domains = EMAIL.findall(sample.text)
        assert all(d in ("example.com", "example.org") for d in domains), sample
    assert _of("ni_number") and all(NI.search(s.text) for s in _of("ni_number"))
    assert _of("email") and all(EMAIL.search(s.text) for s in _of("email"))


def test_names_are_drawn_less_those_that_are_words_of_the_benign_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    banned_seen: list[set[str]] = []
    people = fifth_corpus._people

    def recording(banned: set[str]) -> dict[str, list[tuple[str, str]]]:
        banned_seen.append(banned)
        return people(banned)

    monkeypatch.setattr(fifth_corpus, "_people", recording)
    corpus = fifth_corpus.samples()
    benign = fifth_corpus.benign_words([s for s in corpus if not s.identifying])
    assert banned_seen == [benign]
    kept = people(benign)
    drawn = json.loads(fifth_corpus.NAMES_FILE.read_text(encoding="utf-8"))["people"]
    clashing = [
        (first, last)
        for pairs in drawn.values()
        for first, last in pairs
        if {first.lower(), last.lower()} & benign
    ]
    assert clashing, "the check needs a drawn name that is a benign word"
    assert all(pair not in kept[locale] for locale in kept for pair in clashing)
    assert sum(map(len, kept.values())) == sum(map(len, drawn.values())) - len(clashing)


def test_the_snapshot_holds_what_drawn_asks_for() -> None:
    drawn = json.loads(fifth_corpus.NAMES_FILE.read_text(encoding="utf-8"))["people"]
    for locale, count in fifth_corpus.DRAWN:
        assert len(drawn[locale]) == count, locale
    for locale in fifth_corpus.ROMANISED:
        latin = drawn[f"{locale}-latn"]
        assert len(latin) == len(drawn[locale])
        assert all(re.fullmatch(r"[A-Za-z' \-]+", " ".join(pair)) for pair in latin)
