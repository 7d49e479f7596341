"""The independent corpus itself (issue 24): its labels and ranges, not the guard's figures."""

from __future__ import annotations

import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from tests.support.independent_corpus import (
    BENIGN_SOURCE,
    IDENTIFIERS_SOURCE,
    NICKNAMES_SOURCE,
    SEEDS_SOURCE,
    SEEN,
    drawn_names,
    nhs_check_digit,
    samples,
    seed_sentences,
)

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = {
    "name-lower", "name-capitalised", "full-name", "family-name", "nickname", "run-together",
    "pseudonym-full-name", "pseudonym-baby-surname", "surname-first", "initial-surname",
    "title-surname", "confusable-letters", "spaced-letters", "name-cyrillic", "phone-mobile",
    "phone-landline", "nhs-number", "ni-number", "postcode", "address-with-number",
    "address-no-number", "date-of-birth", "school-nursery-gp", "vehicle-registration",
    "record-number", "email", "social-handle", "benign-seeds", "benign-dated-events",
    "benign-pseudonym", "benign-partnership-area", "benign-legislation-process",
}  # fmt: skip


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _numbers(text: str) -> list[str]:
    """Digit runs of ten or more, separators (space . - ( ) +) removed."""
    return [re.sub(r"\D", "", m) for m in re.findall(r"\+?[\d(][\d ().-]{8,}\d", text)]


def test_the_corpus_is_the_same_in_another_process() -> None:
    code = (
        "import hashlib; from tests.support.independent_corpus import samples; "
        "print(hashlib.sha256(repr(samples()).encode()).hexdigest())"
    )
    runs = {
        subprocess.run(
            [sys.executable, "-c", code],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        ).stdout
        for seed in ("1", "2")
    }
    assert len(runs) == 1, runs
    assert samples() == samples()


def test_every_category_named_in_the_brief_has_samples_of_its_label() -> None:
    counts = Counter(s.category for s in samples())
    assert set(counts) >= CATEGORIES, CATEGORIES - set(counts)
    for sample in samples():
        assert sample.identifying is not sample.category.startswith("benign-"), sample
        assert sample.field in ("text", "pseudonym"), sample
        assert sample.text.strip(), sample
    assert min(counts.values()) >= 20, counts
    assert 3000 <= sum(counts.values()) <= 8000


def test_sources_are_labelled_and_the_seen_names_are_kept_apart() -> None:
    sources = Counter(s.source for s in samples())
    held_out = [
        s for s in sources if s.startswith("faker-") and s.endswith("(not used by the rules)")
    ]
    assert len(held_out) >= 20, held_out
    for source in (SEEN, NICKNAMES_SOURCE, IDENTIFIERS_SOURCE, SEEDS_SOURCE, BENIGN_SOURCE):
        assert sources[source] > 0, source
    assert not any("en_GB" in s or "en_US" in s for s in held_out)


def test_every_nhs_number_passes_modulus_11_and_is_in_the_test_range() -> None:
    found = 0
    for sample in samples():
        if sample.category != "nhs-number":
            continue
        (number,) = _numbers(sample.text)
        assert len(number) == 10 and number.startswith("999"), sample
        assert nhs_check_digit(number[:9]) == int(number[9]), sample
        found += 1
    assert found >= 50
    assert nhs_check_digit("943476591") == 9  # NHS Digital's published example, 943 476 5919


def test_every_phone_number_is_in_a_range_kept_for_drama() -> None:
    ranges = (("07700", 900000, 900999), ("0113", 4960000, 4960999),
              ("020", 79460000, 79460999), ("01632", 960000, 960999))  # fmt: skip
    for sample in samples():
        if not sample.category.startswith("phone-"):
            continue
        (number,) = _numbers(sample.text) or [re.sub(r"\D", "", sample.text)]
        if number.startswith("440"):  # +44 (0)…
            number = number[2:]
        elif number.startswith("44"):
            number = "0" + number[2:]
        if not number.startswith("0"):
            number = "0" + number
        assert any(
            number.startswith(prefix) and low <= int(number[len(prefix) :]) <= high
            for prefix, low, high in ranges
        ), sample


def test_no_benign_sample_holds_a_drawn_name_or_nickname() -> None:
    names = drawn_names()
    assert {"bex", "wisniewski", "kowalski", "abayomi"} <= names
    for sample in samples():
        if sample.identifying:
            continue
        words = {_fold(w) for w in re.findall(r"[^\W\d_]+", sample.text)}
        assert not words & names, (sample, words & names)


def test_national_insurance_numbers_use_the_qq_prefix() -> None:
    for sample in samples():
        if sample.category == "ni-number":
            assert re.search(r"qq ?\d\d ?\d\d ?\d\d ?[a-d]", sample.text.lower()), sample


def test_the_real_guidance_sentences_are_in_the_corpus() -> None:
    seeds = [s for s in samples() if s.source == SEEDS_SOURCE]
    assert len(seeds) >= 50
    assert len(seeds) == len(seed_sentences())
    assert all(20 <= len(s.text) <= 300 and not s.identifying for s in seeds)
    joined = " ".join(s.text for s in seeds)
    assert "Child Safeguarding Practice Review" in joined
