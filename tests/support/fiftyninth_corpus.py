"""A fifty-ninth held-out corpus (docstring written below)."""

from __future__ import annotations

import importlib
import random
import sys
from functools import partial
from pathlib import Path

from tests.support import fiftyseventh_corpus as _57
from tests.support import (
    fortyeighth_corpus,
    fortysecond_corpus,
    twentyfifth_corpus,
    twentyfirst_corpus,
    twentysecond_corpus,
    twentyseventh_corpus,
)
from tests.support.independent_corpus import Sample

#: What the tenth's ``person_values`` and the twenty-fifth's filter read from a corpus, and
#: the helpers that write and read its snapshot: the earlier corpora's own, as the
#: fifty-seventh gathers them.
DRAMA_PREFIXES, INWARD_LETTERS, PLAIN = _57.DRAMA_PREFIXES, _57.INWARD_LETTERS, _57.PLAIN
POSTCODE_AREAS, nhs_check_digit, benign_words = (
    _57.POSTCODE_AREAS,
    _57.nhs_check_digit,
    _57.benign_words,
)
_district, _earlier_names, assembled = _57._district, _57._earlier_names, _57.assembled
snapshot_people, write_snapshot = _57.snapshot_people, _57.write_snapshot

__all__ = ["DRAMA_PREFIXES", "INWARD_LETTERS", "PLAIN", "POSTCODE_AREAS", "nhs_check_digit"]
__all__ += ["benign_words", "samples"]

SEEN = ""
NAMES_FILE = Path(__file__).with_name("fiftyninth_names.json")
GENERATOR = "korean-name-generator"
SOURCES = "korean-name-generator 1.0.1 (MIT), romanised by hangul-romanize 0.1.0"
SEED = "fiftyninth-korean-name-generator"
#: Every earlier snapshot: the fifty-seventh's list and its own, and those of the
#: fifty-eighth and sixtieth (written alongside, so read only when they are there).
EARLIER = tuple(
    dict.fromkeys(
        (
            *_57.EARLIER,
            *("fiftyseventh_names.json", "fiftyeighth_names.json", "sixtieth_names.json"),
        )
    )
)
PACKAGE_DRAWN = ((GENERATOR, 40),)
DRAWN = ((GENERATOR, 38),)
DATASET_DRAWN: tuple[tuple[str, int], ...] = ()
ROMANISED: tuple[str, ...] = ()
#: The generator's 83 family names (its ``trained_data.lastNames``), spelt as they usually
#: are in England, written by hand; those of two letters (Oh, Ko, Na...) are never kept,
#: since every word of a snapshot has three letters at least.
_FAMILY_SPELT = """
김 Kim 이 Lee 박 Park 최 Choi 정 Jung 강 Kang 조 Cho 윤 Yoon 장 Jang 임 Lim 한 Han 오 Oh
서 Seo 신 Shin 권 Kwon 황 Hwang 안 Ahn 송 Song 전 Jeon 홍 Hong 유 Yoo 고 Ko 문 Moon 양 Yang
손 Son 배 Bae 백 Baek 허 Heo 남 Nam 심 Shim 노 Noh 하 Ha 곽 Kwak 성 Sung 차 Cha 주 Joo 우 Woo
구 Koo 민 Min 류 Ryu 나 Na 진 Jin 지 Ji 엄 Eom 채 Chae 원 Won 천 Chun 방 Bang 공 Kong 현 Hyun
함 Hahm 변 Byun 염 Yeom 여 Yeo 추 Choo 도 Do 소 So 석 Seok 선 Sun 설 Seol 마 Ma 길 Gil 연 Yeon
위 Wi 표 Pyo 명 Myung 기 Ki 반 Ban 라 Ra 왕 Wang 금 Keum 옥 Ok 육 Yook 인 In 맹 Maeng 제 Je
모 Mo 탁 Tak 국 Kook 어 Eo 은 Eun 편 Pyeon
"""
_PAIRS = _FAMILY_SPELT.split()
FAMILY = dict(zip(_PAIRS[::2], _PAIRS[1::2], strict=True))
#: The syllable endings a kept given name has (none, n, l, m or ng): hangul-romanize spells
#: a final k, p or t by its letter's own sound (``bag``, ``seob``), which nobody types, so a
#: given name with one is not drawn at all rather than respelt by hand.
ENDINGS = frozenset({0, 4, 8, 16, 21})
#: Draws read by hand as not names: family names that are English words, and given names
#: as the generator makes them up that no Korean family would choose, or that read as the
#: other sex's names: put here and drawn again.
NOT_NAMES = frozenset(
    {
        *("Moon", "Bang", "Won", "Woo", "Ban", "Sun", "Son"),
        *("Gau", "Seonjeon", "Geongcheon", "Doso", "Dangbeon", "Hadong", "Euneun", "Hyeogyun"),
        *("Gangjae", "Giju", "Gyunha", "Puyeon", "Seoun", "Seoseo", "Migyu", "Hyoha", "Daeha"),
        *("Jaeju", "Chaeji", "Sigi", "Chaebi", "Seosu", "Seun", "Jongi", "Yunsi", "Jii"),
        *("Yemi", "Miha", "Eungji", "Geuneun", "Subi", "Wangwon", "Hwaha", "Sayeon", "Sui"),
    }
)
#: People of the last draw with such an entry, left out without drawing again.
DROPPED = frozenset({"Seongu", "Geongha"})


def _given(syllables: str, transliter: object) -> str | None:
    """A given name run together from hangul-romanize's Revised Romanisation, or ``None``
    where a syllable ends in a sound ``ENDINGS`` leaves out."""
    codes = [ord(c) - 0xAC00 for c in syllables]
    if any(code % 28 not in ENDINGS for code in codes) or any(c // 588 == 5 for c in codes):
        return None
    spelt: str = transliter.translit(syllables)  # type: ignore[attr-defined]
    return spelt.replace("-", "").capitalize()


def regenerate_names() -> None:
    """Draw women and men in turn from korean-name-generator, its module's ``random`` put
    in place by a ``random.Random`` seeded ``SEED`` (both packages importable only here):
    one person a family name, no word twice nor of an earlier snapshot or ``NOT_NAMES``;
    leave out ``DROPPED`` and write the snapshot."""
    namer = importlib.import_module("korean_name_generator.namer")
    romanize = importlib.import_module("hangul_romanize")
    academic = importlib.import_module("hangul_romanize.rule").academic
    transliter = romanize.Transliter(academic)
    namer.random = random.Random(SEED)
    used = set(_earlier_names(tuple(f for f in EARLIER if NAMES_FILE.with_name(f).exists())))
    used |= {w.casefold() for w in NOT_NAMES}
    (source, count), people = PACKAGE_DRAWN[0], []
    for attempt in range(200_000):
        if len(people) == count:
            break
        full = namer.generate(attempt % 2 == 1)
        family, given = FAMILY.get(full[0], ""), _given(full[1:], transliter)
        if given is None or len(family) < 3 or {family.casefold(), given.casefold()} & used:
            continue
        used |= {family.casefold(), given.casefold()}
        people.append([given, family])
    kept = [p for p in people if not set(p) & DROPPED]
    write_snapshot(NAMES_FILE, {"source": SOURCES, "seed": SEED}, {source: kept})


_people = partial(snapshot_people, NAMES_FILE)


if __name__ == "__main__":
    regenerate_names()
