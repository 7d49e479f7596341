"""``GET /calendar/TOKEN.ics``: a person's calendar feed, on the bot's own HTTP server (in
Socket Mode too), for calendar clients outside Slack.

Anyone on the internet can ask, so each request is rate limited by address and by token
before the database is read; an unknown or revoked token and a member who has left the
partnership all get the same 404; the token is never logged (the path is not quoted, and
:mod:`bot.logs` takes it out of any library's line that does). The answer carries an ETag,
so a client that has the feed already gets a 304 and no body.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from cachetools import LRUCache, TTLCache
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.domain.words import FeedRevoked
from bot.runtime import Runtime
from bot.usecases.calendar_feed import FeedContent, feed_content, find_feed, stop_feed, token_digest
from bot.usecases.read_models import FEED_PATH

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

logger = logging.getLogger(__name__)

#: Requests a minute one token may make (a calendar client asks every hour or so) and one
#: address may make (Outlook and Google fetch everyone's feeds from a few servers).
PER_TOKEN = 12
PER_ADDRESS = 240
WINDOW = 60.0
#: How many built feeds are kept (a few hundred kilobytes each at most).
BUILT = 128
#: How long a client is asked to wait before asking again, after a 429 or a 503.
RETRY_AFTER = "600"


class RateLimit:
    """At most ``limit`` requests in each ``window`` seconds per key, in this process."""

    def __init__(
        self, limit: int, window: float = WINDOW, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._limit, self._window, self._clock = limit, window, clock
        self._seen: TTLCache[str, tuple[float, int]] = TTLCache(
            maxsize=100_000, ttl=window, timer=clock
        )
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        """Count one request for ``key``; False if it is over the limit."""
        with self._lock:
            now = self._clock()
            start, count = self._seen.get(key, (now, 0))
            if now - start >= self._window:
                start, count = now, 0
            if count >= self._limit:
                return False
            self._seen[key] = (start, count + 1)
            return True


class CalendarEndpoint:
    """The WSGI application behind :data:`bot.usecases.read_models.FEED_PATH`."""

    def __init__(self, runtime: Runtime) -> None:
        self._runtime = runtime
        self._tokens = RateLimit(PER_TOKEN)
        self._addresses = RateLimit(PER_ADDRESS)
        #: The feeds built lately, by their tag: most requests find theirs unchanged.
        self._bodies: LRUCache[str, bytes] = LRUCache(maxsize=BUILT)
        self._lock = threading.Lock()

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        try:
            status, headers, body = self._answer(environ)
        except Exception:  # waitress would log the path, token and all
            logger.exception("a calendar feed could not be answered")
            status, headers, body = "500 Internal Server Error", [], b"error\n"
        if not any(name == "Content-Type" for name, _ in headers):
            headers.append(("Content-Type", "text/plain; charset=utf-8"))
        headers.append(("Referrer-Policy", "no-referrer"))
        start_response(status, headers)
        return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]

    def _built(self, content: FeedContent) -> bytes:
        """The feed's text, built once for each content (by its tag) while it stays."""
        with self._lock:
            body = self._bodies.get(content.tag)
        if body is None:
            body = content.ics()
            with self._lock:
                self._bodies[content.tag] = body
        return body

    def _answer(self, environ: WSGIEnvironment) -> tuple[str, list[tuple[str, str]], bytes]:
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return "405 Method Not Allowed", [("Allow", "GET, HEAD")], b"GET only\n"
        path = str(environ.get("PATH_INFO", ""))
        token = path.removeprefix(FEED_PATH).removesuffix(".ics")
        address = str(environ.get("REMOTE_ADDR", ""))
        digest = token_digest(token)
        if not (self._addresses.allow(address) and self._tokens.allow(digest)):
            logger.info("calendar feed: too many requests")
            return "429 Too Many Requests", [("Retry-After", RETRY_AFTER)], b"too many requests\n"
        runtime = self._runtime
        feed = find_feed(runtime.engine, digest=digest)
        if feed is None:
            logger.debug("calendar feed: no such address")
            return _not_found()
        try:
            member = runtime.access.allows(feed.user_id, fresh=True)
            workspace = runtime.access.workspace_url()
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("calendar feed: membership check failed: %s", exc)
            return "503 Service Unavailable", [("Retry-After", RETRY_AFTER)], b"try later\n"
        if not member:
            stop_feed(
                runtime.engine,
                user_id=feed.user_id,
                actor="system",
                now=runtime.clock(),
                why=FeedRevoked.LEFT,
            )
            logger.info("calendar feed: revoked, its owner is no longer in the partnership")
            return _not_found()
        content = feed_content(
            runtime.engine,
            feed,
            agencies=runtime.rules.checklist.agencies,
            pseudonyms=runtime.calendar_pseudonyms,
            workspace_url=workspace,
        )
        count, tag = len(content.events), content.tag
        headers = [("ETag", f'"{tag}"'), ("Cache-Control", "private, no-cache")]
        if f'"{tag}"' in _tags(str(environ.get("HTTP_IF_NONE_MATCH", ""))):
            logger.debug("calendar feed: not modified (%d events)", count)
            return "304 Not Modified", headers, b""
        body = self._built(content)
        logger.debug("calendar feed: %d events, %d bytes", count, len(body))
        headers += [
            ("Content-Type", "text/calendar; charset=utf-8"),
            ("Content-Disposition", 'inline; filename="safeguarding.ics"'),
        ]
        return "200 OK", headers, body


def _not_found() -> tuple[str, list[tuple[str, str]], bytes]:
    return "404 Not Found", [], b"not found\n"


def _tags(header: str) -> set[str]:
    """The entity tags an If-None-Match header names (weak ones compared as strong)."""
    return {part.strip().removeprefix("W/") for part in header.split(",") if part.strip()}
