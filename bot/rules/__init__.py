"""The rules files a partnership may replace: defaults ship inside the package."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from bot.domain.calendar import WorkingCalendar
from bot.domain.checklist import ChecklistTemplate, parse_checklist
from bot.domain.learning_review import LearningReviewTemplate, parse_learning_review
from bot.domain.reminders import ReminderPolicy, parse_reminders
from bot.domain.review import Partner, ReviewRules, parse_review
from bot.domain.timetable import StepKind, Timetable, parse_timetable

T = TypeVar("T")


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the problem, and
    ``part`` which of :func:`load_rules`'s files it is (the settings name their variable)."""

    def __init__(self, message: str, part: str | None = None) -> None:
        super().__init__(message)
        self.part = part


@dataclass(frozen=True)
class Rules:
    """A partnership's rules, loaded once: its timetable, checklist, working days, reminder
    policy, the words the confidentiality guard allows although they are names, the
    rules after the rapid review, who signs it off for each partner, and the practice
    learning review's checklist for a case below the threshold."""

    timetable: Timetable
    checklist: ChecklistTemplate
    calendar: WorkingCalendar
    reminders: ReminderPolicy
    allowed_words: frozenset[str] = frozenset()
    # A lambda: load_review is defined below this class.
    review: ReviewRules = field(default_factory=lambda: load_review())
    # Who may sign the rapid review off for each partner (a user or user group id), from
    # SAFEGUARDING_SIGN_OFF_LEADS: a setting, not a rules file; their sign-off items are
    # theirs to be reminded of. Not compared: two Rules differ by their files.
    sign_off_leads: Mapping[Partner, str] = field(default_factory=dict, compare=False)
    # The practice learning review's checklist, for a case below the threshold.
    learning_review: LearningReviewTemplate = field(default_factory=lambda: load_learning_review())

    def __post_init__(self) -> None:
        # The policy may name steps; a typo there would silently remind about nothing.
        known = {step.step_key for step in self.timetable.steps}
        unknown = sorted({s for rule in self.reminders.rules for s in rule.steps} - known)
        if unknown:
            raise RulesError(
                f"the reminder policy names step(s) the timetable does not have: "
                f"{', '.join(unknown)}",
                "reminders",
            )
        periods = {s.step_key for s in self.timetable.steps if s.kind == StepKind.MINIMUM_PERIOD}
        named = sorted({s for rule in self.reminders.rules for s in rule.steps} & periods)
        if named:
            raise RulesError(
                f"the reminder policy names minimum period(s), which have no deadline to "
                f"remind of: {', '.join(named)}",
                "reminders",
            )
        check_review(self.review, self.timetable)


#: The name the fingerprint of the rules behind the stored due dates is kept under (the
#: ``applied_rules`` table).
DEADLINES = "deadlines"
#: The years whose bank holidays are part of the fingerprint: any a case's dates can reach.
_YEARS = (2015, 2050)


def rules_fingerprint(rules: Rules) -> str:
    """A digest of everything in the rules that a due date or a reminder depends on: the
    timetable, checklist, review rules, learning review and reminder policy, and every
    non-working day of the calendar."""
    effective = {
        "timetable": _plain(rules.timetable),
        "checklist": _plain(rules.checklist),
        "learning_review": _plain(rules.learning_review),
        "review": _plain(rules.review),
        "reminders": _plain(rules.reminders),
        "closed": sorted(day.isoformat() for day in rules.calendar.closed_days(*_YEARS)),
    }
    text = json.dumps(effective, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def _plain(value: Any) -> Any:
    """``value`` as JSON data that is the same for the same rules in any process (sets
    sorted, dates as ISO text)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, set | frozenset):
        return sorted((_plain(item) for item in value), key=repr)
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    return value.isoformat() if hasattr(value, "isoformat") else repr(value)


def check_review(review: ReviewRules, timetable: Timetable) -> None:
    """The review rules name timetable steps instead of repeating them (the target, the final
    report, publication, the year the report stays available): each must be there, and be
    a deadline or a minimum period as its use needs."""
    kinds = {step.step_key: step.kind for step in timetable.steps}
    for step, where in review.timetable_steps().items():
        if step not in kinds:
            raise RulesError(f"the review rules' {where} names no timetable step: {step}", "review")
    if kinds[review.available_step] != StepKind.MINIMUM_PERIOD:
        raise RulesError(
            f"the review rules' publication.available_step {review.available_step} is not a "
            "minimum period of the timetable",
            "review",
        )
    if kinds[review.target_step] != StepKind.DEADLINE:
        raise RulesError(
            f"the review rules' local_review.target_step {review.target_step} is not a "
            "deadline of the timetable",
            "review",
        )


def load_rules(
    *,
    timetable: str | Path | None = None,
    checklist: str | Path | None = None,
    reminders: str | Path | None = None,
    allowed_words: str | Path | None = None,
    review: str | Path | None = None,
    learning_review: str | Path | None = None,
    escalation: str | None = None,
    sign_off_leads: Mapping[Partner, str] | None = None,
) -> Rules:
    """The rules from the given files, each defaulting to the shipped one, with the two
    settings that join them (who is escalated to, who signs off for each partner): the one
    way the bot and its tests alike build them, every check included."""
    loaded = load_timetable(timetable)
    policy = load_reminders(reminders)
    return Rules(
        loaded,
        load_checklist(checklist),
        WorkingCalendar(loaded.closure_days, loaded.open_days),
        dataclasses.replace(policy, escalation=escalation) if escalation else policy,
        load_allowed_words(allowed_words),
        load_review(review),
        dict(sign_off_leads or {}),
        learning_review=load_learning_review(learning_review),
    )


def load_timetable(path: str | Path | None = None) -> Timetable:
    """The timetable from ``path``, or the shipped default when ``path`` is None."""
    return _load(path, "timetable.toml", "the default timetable", parse_timetable)


def load_checklist(path: str | Path | None = None) -> ChecklistTemplate:
    """The rapid review checklist from ``path``, or the shipped default when ``path`` is None."""
    return _load(path, "checklist.toml", "the default checklist", parse_checklist)


def load_reminders(path: str | Path | None = None) -> ReminderPolicy:
    """The reminder policy from ``path``, or the shipped default when ``path`` is None."""
    return _load(path, "reminders.toml", "the default reminder policy", parse_reminders)


def load_review(path: str | Path | None = None) -> ReviewRules:
    """The rules after the rapid review from ``path``, or the shipped default when ``path``
    is None."""
    return _load(path, "review.toml", "the default review rules", parse_review)


def load_learning_review(path: str | Path | None = None) -> LearningReviewTemplate:
    """The practice learning review checklist from ``path``, or the shipped default when
    ``path`` is None."""
    return _load(path, "learning_review.toml", "the default learning review", parse_learning_review)


def load_allowed_words(path: str | Path | None = None) -> frozenset[str]:
    """The words the guard allows (chosen pseudonyms such as "Willow"), from ``path`` or the
    shipped default (none)."""
    return _load(path, "allowed_words.toml", "the default allowed words", parse_allowed_words)


def parse_allowed_words(data: dict[str, Any]) -> frozenset[str]:
    """``words = ["Willow", ...]``: each one word of letters, compared in lower case."""
    words = data.get("words", [])
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise ValueError('"words" must be a list of words, such as words = ["Willow"]')
    for word in words:
        if not word.strip() or not all(ch.isalpha() or ch in "'-" for ch in word.strip()):
            raise ValueError(f"{word!r} is not one word of letters")
    return frozenset(word.strip().casefold() for word in words)


def _load(
    path: str | Path | None,
    default_file: str,
    default_name: str,
    parse: Callable[[dict[str, Any]], T],
) -> T:
    """Read and check one rules file, so every error names the file it is in (and its
    part: the file's name without ``.toml``)."""
    part = default_file.removesuffix(".toml")
    if path is None:
        source = resources.files(__package__).joinpath(default_file)
        name = default_name
    else:
        source = Path(path)
        name = str(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"{name}: no such file", part) from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"{name}: {exc}", part) from None
    try:
        return parse(data)
    except ValueError as exc:
        raise RulesError(f"{name}: {exc}", part) from None
