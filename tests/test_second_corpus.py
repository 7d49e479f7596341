"""The second held-out corpus itself: deterministic, fictional identifiers, clean labels."""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from tests.support.second_corpus import (
    LOCALES,
    drawn_names,
    english_names,
    name_pools,
    samples,
)

ROOT = Path(__file__).resolve().parent.parent
DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORD = {w: str(i) for i, w in enumerate(DIGITS)} | {"oh": "0"}
FICTIONAL = ("07700900", "01134960", "02079460", "01632960")
DIGEST = (
    "import hashlib; from tests.support.second_corpus import samples; "
    "print(hashlib.sha256(repr(samples()).encode()).hexdigest())"
)


def _by(category: str) -> list[str]:
    return [s.text for s in samples() if s.category == category]


def test_the_same_on_every_call_and_every_hash_seed() -> None:
    assert samples() == samples()
    digests = set()
    for seed in ("1", "2"):
        env = os.environ | {"PYTHONHASHSEED": seed}
        out = subprocess.run(
            [sys.executable, "-c", DIGEST], cwd=ROOT, env=env, capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        digests.add(out.stdout.strip())
    assert digests == {hashlib.sha256(repr(samples()).encode()).hexdigest()}


def test_size_fields_and_categories() -> None:
    corpus = samples()
    assert 2000 <= len(corpus) <= 3200
    assert {s.field for s in corpus} == {"pseudonym", "text"}
    counts = Counter(s.category for s in corpus)
    assert all(n >= 20 for n in counts.values()), counts
    labels: dict[str, set[bool]] = {}
    for s in corpus:
        labels.setdefault(s.category, set()).add(s.identifying)
        assert s.text.strip()
    assert all(len(v) == 1 for v in labels.values())
    assert sum(not s.identifying for s in corpus) >= 700
    assert {"pseudonym-two-names", "pseudonym-baby-surname", "benign-pseudonym"} <= set(counts)


def test_sources_are_labelled() -> None:
    allowed = {f"faker-{loc}" for loc in LOCALES} | {
        "own-identifiers",
        "own-benign",
        "own-benign+pycountry",
    }
    sources = {s.source for s in samples()}
    assert sources <= allowed
    assert not any(s.source.startswith("faker-") and not s.identifying for s in samples())


def _nhs_valid(number: str) -> bool:
    total = sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return check != 10 and check == int(number[9])


def test_nhs_numbers_start_999_and_pass_modulus_11() -> None:
    texts = _by("nhs-number")
    assert texts
    for text in texts:
        number = re.sub(r"\D", "", text)
        assert len(number) == 10 and number.startswith("999"), text
        assert _nhs_valid(number), text


def test_the_modulus_11_check_refuses_a_wrong_digit() -> None:
    assert _nhs_valid("9434765919")
    assert not _nhs_valid("9434765918")


def _phone(text: str) -> str:
    text = re.split(r"\bext\.?\s*\d+|\bx\d+", text.lower())[0]
    for word, digit in WORD.items():
        text = re.sub(rf"\b(?:double)\s+{word}\b", digit * 2, text)
    for word, digit in WORD.items():
        text = re.sub(rf"\b{word}\b", digit, text)
    international = "+44" in text or "0044" in text
    digits = re.sub(r"\D", "", text)
    if international:
        digits = digits.removeprefix("00").removeprefix("44")
    return digits if digits.startswith("0") else "0" + digits


def test_phones_are_in_fictional_ranges() -> None:
    texts = _by("phone-in-words") + _by("phone-odd-format")
    assert len(texts) >= 80
    for text in texts:
        number = _phone(text)
        assert len(number) == 11 and number[:8] in FICTIONAL, (text, number)


def test_other_identifiers_are_fictional() -> None:
    assert all(re.search(r"qq ?\d", t.lower()) for t in _by("ni-number"))
    assert all("example" in t.lower() for t in _by("email"))


def test_no_pool_name_is_an_english_providers_name() -> None:
    english = english_names()
    for first, last in name_pools().values():
        assert len(first) >= 3 and len(last) >= 2
        assert not {n.casefold() for n in first + last} & english


def test_no_benign_sample_holds_a_drawn_name() -> None:
    names = drawn_names()
    assert names
    for s in samples():
        if not s.identifying:
            words = {w.casefold() for w in re.findall(r"[^\W\d_]+", s.text)}
            assert not words & names, s.text
