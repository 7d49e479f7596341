"""Logging as a council's log collector reads it: ``LOG_LEVEL``, and ``LOG_FORMAT=json`` for
one JSON object a line -- every line the process writes, Python's warnings and an exception
no one catches included.

A line carries what it concerns -- the request being answered (its kind and a short id),
the reminder, the case reference -- as fields, never the text a person typed: only the
fields named in :data:`FIELDS` are written, whatever else a record holds. ``LOG_LEVEL``
sets only our own loggers' level (:data:`OURS`): every library's stays at INFO or above,
as at DEBUG Slack's client, Bolt, urllib3 and SQLAlchemy log what they send and receive --
the case card, the pseudonym, what was typed.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import re
import sys
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import UTC, datetime
from types import MappingProxyType, TracebackType
from typing import Any, TextIO

#: The fields a line may carry besides time, level, logger and message.
FIELDS = ("request", "request_id", "reminder", "case")

#: What this thread's lines concern: the request being answered (and the work after its
#: ack), the case, the reminders; as fields of :data:`FIELDS`.
_CONCERNS: contextvars.ContextVar[Mapping[str, object]] = contextvars.ContextVar(
    "concerns", default=MappingProxyType({})
)

#: The loggers ``LOG_LEVEL`` sets: the bot's and its storage's (and their children).
OURS = ("bot", "storage")
#: The lowest level a library's logger writes at, whatever ``LOG_LEVEL`` says.
LIBRARY_FLOOR = logging.INFO
#: Libraries whose INFO lines are routine, by logger: APScheduler's executor says "Running
#: job" and "executed successfully" at every 30-second tick (5,760 lines a day a replica).
ROUTINE = {"apscheduler.executors": logging.WARNING}

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@contextlib.contextmanager
def _concerning(**fields: object) -> Iterator[None]:
    token = _CONCERNS.set({**_CONCERNS.get(), **fields})
    try:
        yield
    finally:
        _CONCERNS.reset(token)


def about_request(kind: str) -> contextlib.AbstractContextManager[None]:
    """Lines logged inside say which request they concern (its kind and a short id)."""
    return _concerning(request=kind, request_id=uuid.uuid4().hex[:12])


def about_case(reference: str) -> contextlib.AbstractContextManager[None]:
    """Lines logged inside say which case they concern: its reference, never more."""
    return _concerning(case=reference)


def about_reminders(reminder_ids: list[int]) -> contextlib.AbstractContextManager[None]:
    """Lines logged inside say which reminders they concern: their ids, always a list (one
    message carries every reminder due at once for one person)."""
    return _concerning(reminder=reminder_ids)


def concerns() -> Mapping[str, object]:
    """What the lines logged here now are about, for a line logged later."""
    return _CONCERNS.get()


class _Concerns(logging.Filter):
    """Adds what the thread's work concerns to each record that does not say (a filter on
    the handler, so that every logger's lines get it, Bolt's and the SDK's too)."""

    def filter(self, record: logging.LogRecord) -> bool:
        for name, value in _CONCERNS.get().items():
            if not hasattr(record, name):
                setattr(record, name, value)
        return True


#: A calendar feed's address holds its token: a line that quotes it (waitress names the path
#: of a request whose client went away) shows only where it leads.
_FEED_PATH = re.compile(r"/calendar/[^\s\"'?#]+")


class _FeedTokens(logging.Filter):
    """Takes the token out of any line that quotes a calendar feed's address."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "/calendar/" in message:
            record.msg, record.args = _FEED_PATH.sub("/calendar/…", message), None
        return True


def _ours(name: str) -> bool:
    return any(name == own or name.startswith(f"{own}.") for own in OURS)


def _floor(name: str) -> int:
    for prefix, level in ROUTINE.items():
        if name == prefix or name.startswith(f"{prefix}."):
            return level
    return LIBRARY_FLOOR


class _LibraryFloor(logging.Filter):
    """Drops a library's record below :data:`LIBRARY_FLOOR` (or its :data:`ROUTINE`
    floor), for a library that sets its own logger's level (Bolt copies the root logger's
    when it makes one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return _ours(record.name) or record.levelno >= _floor(record.name)


class JsonFormatter(logging.Formatter):
    """One JSON object a line: time (UTC, ISO 8601), level, logger, message, the fields
    of :data:`FIELDS` a record has, and an exception's traceback as one string."""

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for name in FIELDS:
            if (value := getattr(record, name, None)) is not None:
                line[name] = value
        if record.exc_info:
            line["exception"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


class _TextFormatter(logging.Formatter):
    """The plain format, each message on one line (Slack's errors span two), with the
    request a line concerns at its end."""

    def formatMessage(self, record: logging.LogRecord) -> str:
        return " ".join(super().formatMessage(record).splitlines())

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        extra = " ".join(
            f"{name}={value}" for name in FIELDS if (value := getattr(record, name, None))
        )
        return f"{text} [{extra}]" if extra else text


class _Stderr(logging.StreamHandler):  # type: ignore[type-arg]
    """Standard error as it is when a line is written (not when logging was set up)."""

    @property
    def stream(self) -> TextIO:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


logger = logging.getLogger(__name__)


def _uncaught(
    _type: type[BaseException], value: BaseException, _traceback: TracebackType | None
) -> None:
    logger.critical("uncaught exception", exc_info=value)


def _uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is not SystemExit:  # a thread's sys.exit(), silent as by default
        name = args.thread.name if args.thread else "unknown"
        logger.critical("uncaught exception in thread %s", name, exc_info=args.exc_value)


def _unraisable(args: sys.UnraisableHookArgs) -> None:
    logger.error(
        "%s: %r", args.err_msg or "Exception ignored in", args.object, exc_info=args.exc_value
    )


_handler: logging.Handler | None = None
#: Python's own hooks, while JSON logging stands in for them.
_hooks: tuple[Callable[..., Any], ...] | None = None


def _take_hooks(json_lines: bool) -> None:
    """Under JSON, Python's warnings and its reports of an exception no one caught are
    records too (the traceback in ``exception``), not lines a collector cannot parse; the
    text format leaves them as Python writes them."""
    global _hooks
    logging.captureWarnings(json_lines)
    if json_lines and _hooks is None:
        _hooks = (sys.excepthook, threading.excepthook, sys.unraisablehook)
        sys.excepthook, threading.excepthook = _uncaught, _uncaught_in_thread
        sys.unraisablehook = _unraisable
    elif not json_lines and _hooks is not None:
        sys.excepthook, threading.excepthook, sys.unraisablehook = _hooks
        _hooks = None


def configure(level: str, form: str) -> None:
    """Send the root logger's lines to standard error, as text or JSON (replacing what an
    earlier call set up): our loggers' at ``level``, every other's at INFO or above."""
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
    handler = _Stderr()
    handler.setFormatter(JsonFormatter() if form == "json" else _TextFormatter(TEXT_FORMAT))
    handler.addFilter(_Concerns())
    handler.addFilter(_LibraryFloor())
    handler.addFilter(_FeedTokens())
    root.addHandler(handler)
    ours = logging.getLevelNamesMapping()[level]
    root.setLevel(max(ours, LIBRARY_FLOOR))
    for name in OURS:
        logging.getLogger(name).setLevel(ours)
    _handler = handler
    _take_hooks(form == "json")
