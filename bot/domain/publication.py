"""What is recorded when a local review is published, checked before it is kept: which kind
of publication (the rules' kinds, :class:`~bot.domain.review.PublicationKind`), the reason
when only the information about improvements is published, and the link to the
partnership's page, shown on the card as a Slack link (so nothing in it may bend the link),
whose words pass the confidentiality guard as typed text does (a page named after the
child, a file name with a date of birth).

Pure: the forms' listener and the use case both check with these.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from urllib.parse import SplitResult, unquote, urlsplit

from bot.domain.pseudonymity import advice, find_identifying
from bot.domain.review import PublicationKind, ReviewRules, check_publication

#: The longest link kept: a page address, not a document.
MAX_URL = 500
#: How many proceedings one case holds (each is a choice in a form).
MAX_PROCEEDINGS = 10

_EXAMPLE = "https://www.example-lscp.org.uk/reviews"
#: Characters that would end or split a Slack link (``<url|text>``), or hide in it.
_BENDS = set('<>|"\\`')
#: What separates the words of a link (a dot is kept: it is part of an e-mail address).
_LINK_SEPARATORS = re.compile(r"[/_+=&?#;,~-]+")


@dataclass(frozen=True)
class Published:
    """What was published: its kind, the reason (kept only for a kind that needs one) and
    the partnership's page (None if not given)."""

    kind: PublicationKind
    reason: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Settled:
    """What publication records of a step still open: done on ``on``, or not applicable
    for ``reason`` (which has passed the confidentiality guard)."""

    on: date | None = None
    reason: str | None = None


def page_url_problem(url: str, *, allowed: Collection[str] = ()) -> str | None:
    """Why ``url`` cannot be the link to the partnership's page, or None: an https address
    with a host name, no user name or password in it, nothing that bends a Slack link, and
    no words the confidentiality guard refuses (``allowed`` are the partnership's own)."""
    if len(url) > MAX_URL:
        return f"Keep the link to {MAX_URL} characters or fewer (it has {len(url)})."
    if any(ch.isspace() or ch in _BENDS or not ch.isprintable() for ch in url):
        return (
            "The link cannot hold spaces or any of < > | \" \\ `: give the page's "
            f"address, such as {_EXAMPLE}."
        )
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        _ = parts.port  # a port that is not a number is refused here
    except ValueError:
        return f"The link must be the page's web address, such as {_EXAMPLE}."
    if parts.scheme.lower() != "https":
        return f"The link must be a web address starting https://, such as {_EXAMPLE}."
    if "." not in host.strip(".") or parts.username is not None or parts.password is not None:
        return f"The link must be the page's web address, such as {_EXAMPLE}."
    finding = find_identifying(_words(parts), allowed=allowed)
    return f"The link cannot hold that. {advice(finding)}" if finding else None


def _words(parts: SplitResult) -> str:
    """A link's host, path, query and fragment as the words they spell
    (``/reviews/Jane_Smith.pdf`` is "reviews Jane Smith.pdf")."""
    text = " ".join((parts.hostname or "", parts.path, parts.query, parts.fragment))
    return _LINK_SEPARATORS.sub(" ", unquote(text))


def publication_record(
    rules: ReviewRules,
    kind: PublicationKind,
    reason: str | None,
    url: str | None,
    *,
    allowed: Collection[str] = (),
) -> Published:
    """The publication record, or ValueError saying what is missing or wrong: a kind that
    needs a reason has one (the caller has put it through the confidentiality guard), and
    a link is a sound https address the guard lets through (:func:`page_url_problem`). A
    reason given for a kind that needs none is not kept: the form asks for it only for
    that kind."""
    check_publication(rules, kind, reason)
    if url and (problem := page_url_problem(url, allowed=allowed)):
        raise ValueError(problem)
    needed = rules.publication_kinds[kind].reason_required
    return Published(kind, reason.strip() if needed and reason else None, url or None)
