"""Logging as a council's log collector reads it: ``LOG_LEVEL``, and ``LOG_FORMAT=json`` for
one JSON object a line.

A line carries what it concerns -- the request being answered (its kind and a short id),
the reminder, the case reference -- as fields, never the text a person typed: only the
fields named in :data:`FIELDS` are written, whatever else a record holds.
"""

from __future__ import annotations

import contextvars
import json
import logging
import sys
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import TextIO

#: The fields a line may carry besides time, level, logger and message.
FIELDS = ("request", "request_id", "reminder", "case")

#: The request being answered in this thread (and in the work after its ack).
_REQUEST: contextvars.ContextVar[tuple[str, str] | None] = contextvars.ContextVar(
    "request", default=None
)

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


@contextmanager
def about_request(kind: str) -> Iterator[None]:
    """Lines logged inside say which request they concern (its kind and a short id)."""
    token = _REQUEST.set((kind, uuid.uuid4().hex[:12]))
    try:
        yield
    finally:
        _REQUEST.reset(token)


class _RequestFields(logging.Filter):
    """Adds the request being answered to each record (a filter on the handler, so that
    every logger's lines get it, Bolt's and the SDK's too)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if (request := _REQUEST.get()) is not None and not hasattr(record, "request"):
            record.request, record.request_id = request
        return True


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


_handler: logging.Handler | None = None


def configure(level: str, form: str) -> None:
    """Send the root logger's lines to standard error at ``level``, as text or JSON
    (replacing what an earlier call set up)."""
    global _handler
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
    handler = _Stderr()
    handler.setFormatter(JsonFormatter() if form == "json" else _TextFormatter(TEXT_FORMAT))
    handler.addFilter(_RequestFields())
    root.addHandler(handler)
    root.setLevel(level)
    _handler = handler
