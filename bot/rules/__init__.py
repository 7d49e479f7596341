"""The rules files a partnership may replace: defaults ship inside the package."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

from bot.domain.timetable import Timetable, parse_timetable


class RulesError(ValueError):
    """A rules file that cannot be used; the message names the file and the problem."""


def load_timetable(path: str | Path | None = None) -> Timetable:
    """The timetable from ``path``, or the shipped default when ``path`` is None."""
    if path is None:
        source = resources.files(__package__).joinpath("timetable.toml")
        name = "the default timetable"
    else:
        source = Path(path)
        name = str(path)
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RulesError(f"{name}: no such file") from None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise RulesError(f"{name}: {exc}") from None
    try:
        return parse_timetable(data)
    except ValueError as exc:
        raise RulesError(f"{name}: {exc}") from None
