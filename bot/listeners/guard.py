"""The one gate every surface passes: is this person one of the partnership?"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, Respond
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.exc import InterfaceError, OperationalError

from bot import cases
from bot.blocks.replies import REFUSAL
from bot.runtime import Runtime

logger = logging.getLogger(__name__)


def acknowledge(ack: Ack) -> None:
    """The ack of a request whose answer does not depend on its work: sent at once from
    the request's own thread, while the work runs after it as a lazy listener."""
    ack()


_DATABASE_DOWN = (
    "The case database cannot be reached just now, so nothing was read or changed. "
    "Please try again in a minute."
)


def after_ack(*work: Callable[..., None]) -> list[Callable[..., None]]:
    """Lazy listeners for the work behind an ack, each telling the person (where it has a
    ``respond``) when the database is down, instead of failing silently after the ack."""
    return [_telling_database_trouble(function) for function in work]


def _telling_database_trouble(function: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(function)  # Bolt reads the wrapped function's argument names
    def run(**kwargs: Any) -> None:
        try:
            function(**kwargs)
        except (OperationalError, InterfaceError) as exc:
            logger.warning("database unavailable in %s: %s", function.__name__, exc)
            if (respond := kwargs.get("respond")) is not None:
                tell(respond, _DATABASE_DOWN)

    return run


def allowed(runtime: Runtime, user_id: str, surface: str, respond: Respond) -> bool:
    """True for a partnership member; otherwise tells the person why not, in a reply only
    they see, and audits the refusal. Fails closed if Slack cannot say."""
    try:
        if runtime.access.allows(user_id):
            return True
    except (SlackApiError, SlackClientError) as exc:
        logger.warning("membership check failed: %s", exc)
        tell(respond, "Slack did not answer a membership check just now. Please try again.")
        return False
    cases.record_refusal(runtime.engine, user_id, surface, runtime.clock())
    tell(respond, REFUSAL)
    return False


def tell(respond: Respond, text: str) -> None:
    """A reply only the person who pressed or typed sees, leaving the message as it is."""
    respond(text=text, response_type="ephemeral", replace_original=False)
