"""``safeguarding-bot`` as it runs, plus what a real process meets now and then: once it
serves, a Python warning, an exception raised in a finaliser and one no thread catches;
after it stops, one no one catches. ``python -m tests.support.noisy_bot run ...``"""

from __future__ import annotations

import warnings
from typing import Any
from unittest import mock

from bot.edge import cli

_follow_rules = cli._follow_rules


class _Finalised:
    def __del__(self) -> None:
        raise RuntimeError("raised in a finaliser")


def _noisy(*args: Any) -> None:
    _follow_rules(*args)  # returns once the server answers
    warnings.warn("a library's warning", UserWarning, stacklevel=1)
    _Finalised()  # dropped at once: Python reports its error as unraisable
    raise RuntimeError("raised in a thread")


if __name__ == "__main__":
    with mock.patch.object(cli, "_follow_rules", _noisy):
        cli.main()
    raise RuntimeError("raised after the stop")
