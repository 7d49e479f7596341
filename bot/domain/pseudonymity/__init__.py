"""The confidentiality guard, moved whole into a package to be split by what each part finds
(this first step keeps every line where it was, so its history follows the move)."""

from __future__ import annotations

from bot.domain.pseudonymity.names import (
    PSEUDONYM_MAX,
    WITHHELD,
    Finding,
    advice,
    check_free_text,
    check_pseudonym,
    find_identifying,
    normalise,
    withheld,
)

__all__ = [
    "PSEUDONYM_MAX",
    "WITHHELD",
    "Finding",
    "advice",
    "check_free_text",
    "check_pseudonym",
    "find_identifying",
    "normalise",
    "withheld",
]
