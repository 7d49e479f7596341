"""The one gate every surface passes: is this person one of the partnership?"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar, cast

from slack_bolt import Ack, Args, BoltContext, BoltResponse, Respond
from slack_bolt.kwargs_injection import build_required_kwargs
from slack_bolt.util.utils import get_arg_names_of_callable
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from bot.edge.ack_first import right_after_ack
from bot.runtime import Runtime
from bot.usecases import cases
from bot.usecases.lifecycle import NotAllowed, closed_refusal
from bot.views.replies import REFUSAL
from bot.views.values import verb_and_id

logger = logging.getLogger(__name__)


def acknowledge(ack: Ack) -> None:
    """The ack of a request whose answer does not depend on its work: sent at once from
    the request's own thread, while the work runs after it (:func:`after_ack`)."""
    ack()


def acknowledge_form(ack: Ack) -> None:
    """The ack of a control whose work opens a form: that work starts at once instead of
    after a lull in requests, as the form's trigger expires 3 s after the press."""
    right_after_ack()
    ack()


def acknowledge_form_if(opens: Callable[[str], bool]) -> Callable[[Ack, dict[str, Any]], None]:
    """The ack of a menu only some of whose choices (``opens`` the chosen verb) open a form:
    those start at once, the others wait for a lull as :func:`acknowledge`'s do."""

    def acknowledge_choice(ack: Ack, action: dict[str, Any]) -> None:
        if opens(verb_and_id(action)[0]):
            right_after_ack()
        ack()

    return acknowledge_choice


_DATABASE_DOWN = (
    "The case database cannot be reached just now, so nothing was read or changed. "
    "Please try again in a minute."
)


_FAILED = (
    "Sorry, that did not work, because of a fault in the bot (it has been logged). "
    "Please check the case with /incident show REFERENCE before trying again."
)


def after_ack(ack: Callable[..., None], work: Callable[..., None]) -> Callable[[Args], None]:
    """One listener: ``ack`` answers Slack from the request's own thread, then ``work`` runs
    on the app's listener executor, telling the person (where it has a ``respond``) when
    the database is down, or the work failed, instead of failing silently after the ack.

    Not Bolt's lazy listeners: for a function that may be re-invoked elsewhere (FaaS), they
    parse the request again and deep-copy all of it, 0.4 ms of the request's own thread
    each time. This process runs the work itself, so it shares the request's arguments
    (and ``context``, where an ack leaves what its work needs). As with lazy listeners,
    the work is started even if the ack raised."""
    job = _telling_trouble(work)
    ack_names, job_names = get_arg_names_of_callable(ack), get_arg_names_of_callable(job)

    def listener(args: Args) -> None:
        try:
            ack(**_kwargs(args, ack, ack_names, args.response))
        finally:
            executor = args.context.listener_runner.listener_executor
            executor.submit(job, **_kwargs(args, job, job_names, None))

    # Bolt names a listener by its function in its logs; no functools.wraps, whose
    # ``__wrapped__`` Bolt would follow to read the arguments to give it.
    listener.__name__ = listener.__qualname__ = job.__name__
    return listener


def _kwargs(
    args: Args, function: Callable[..., None], names: list[str], response: BoltResponse | None
) -> dict[str, Any]:
    """The arguments ``function`` names, as Bolt would give them."""
    return build_required_kwargs(
        logger=args.logger,
        required_arg_names=names,
        request=args.request,
        response=response,
        this_func=function,
    )


def _telling_trouble(function: Callable[..., None]) -> Callable[..., None]:
    @functools.wraps(function)  # Bolt reads the wrapped function's argument names
    def run(**kwargs: Any) -> None:
        respond = kwargs.get("respond")
        try:
            function(**kwargs)
        except (OperationalError, InterfaceError) as exc:
            logger.warning("database unavailable in %s: %s", function.__name__, exc)
            if respond is not None:
                tell(respond, _DATABASE_DOWN)
        except SlackApiError as exc:  # Slack's error code says why; no traceback would
            refused = exc.response.get("error")
            logger.warning("Slack refused a call in %s: %s", function.__name__, refused)
            if respond is not None:
                tell(respond, _FAILED)
        except Exception:
            logger.exception("the work after the ack failed in %s", function.__name__)
            if respond is not None:
                tell(respond, _FAILED)

    return run


#: What someone pressing a control of a case as it was is told.
OUT_OF_DATE = "That menu is out of date; the message has been redrawn. Please choose again."


class OutOfDate(LookupError):
    """Raised by a listener whose control names what is no longer there, or no longer so:
    the guard tells the person :data:`OUT_OF_DATE`, or what the listener says instead."""

    def __init__(self, text: str = OUT_OF_DATE) -> None:
        super().__init__(text)
        self.text = text


Listener = TypeVar("Listener", bound=Callable[..., None])


def open_case(runtime: Runtime, incident_id: int | None) -> cases.Case:
    """The case a card section's menu acts on: out of date once it is gone, and refused,
    saying how to reopen it, once it is closed."""
    case = cases.get_case(runtime.engine, incident_id) if incident_id else None
    if case is None:
        raise OutOfDate
    if case.incident.closed_at is not None:
        raise NotAllowed(closed_refusal(case.incident))
    return case


def guarded(surface: str | Callable[[dict[str, Any]], str]) -> Callable[[Listener], Listener]:
    """The opening every control's listener shares, answered here once: only a member of
    the partnership gets through (anyone else is told why not, and audited, per
    ``surface``, or the surface an action names); a change the case refuses
    (:class:`NotAllowed`) and a control out of date (:class:`OutOfDate`) are told to the
    person. The listener is a method of an object with a ``runtime``, taking ``body`` and
    ``respond``; the database being down is told by :func:`after_ack`."""

    def wrap(function: Listener) -> Listener:
        @functools.wraps(function)  # Bolt reads the wrapped function's argument names
        def run(self: Any, **kwargs: Any) -> None:
            respond = kwargs["respond"]
            where = surface(kwargs["action"]) if callable(surface) else surface
            if not allowed(self.runtime, kwargs["body"]["user"]["id"], where, respond):
                return
            try:
                function(self, **kwargs)
            except NotAllowed as exc:
                tell(respond, str(exc))
            except OutOfDate as exc:
                tell(respond, exc.text)

        return cast(Listener, run)

    return wrap


def membership(runtime: Runtime, user_id: str, *, surface: str | None = None) -> bool | None:
    """Whether ``user_id`` is one of the partnership, the one check every surface makes:
    None (logged) when Slack cannot say, so the caller fails closed; someone refused on a
    ``surface`` is audited there."""
    try:
        member = runtime.access.allows(user_id)
    except (SlackApiError, SlackClientError) as exc:
        logger.warning("membership check failed: %s", exc)
        return None
    if not member and surface is not None:
        cases.record_refusal(runtime.engine, user_id=user_id, surface=surface, now=runtime.clock())
    return member


def allowed(runtime: Runtime, user_id: str, surface: str, respond: Respond) -> bool:
    """True for a partnership member; otherwise tells the person why not, in a reply only
    they see, and audits the refusal. Fails closed if Slack cannot say."""
    member = membership(runtime, user_id, surface=surface)
    if member is None:
        tell(respond, "Slack did not answer a membership check just now. Please try again.")
    elif not member:
        tell(respond, REFUSAL)
    return member is True


def tell(respond: Respond, text: str) -> None:
    """A reply only the person who pressed or typed sees, leaving the message as it is."""
    respond(text=text, response_type="ephemeral", replace_original=False)


#: Where a request names a team or an enterprise: the workspace it was made in, the
#: person's own team (a Slack Connect guest's is another organisation's), the view's.
_CLAIMS = (
    ("team_id",),
    ("enterprise_id",),
    ("team", "id"),
    ("team", "enterprise_id"),
    ("enterprise", "id"),
    ("user", "team_id"),
    ("user", "enterprise_id"),
    ("user_team",),
    ("view", "team_id"),
    ("view", "app_installed_team_id"),
    ("context_team_id",),
    ("context_enterprise_id",),
    ("event", "user_team"),
)


def _claimed(body: dict[str, Any]) -> list[Any]:
    claims = []
    for path in _CLAIMS:
        value: Any = body
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        if value not in (None, ""):
            claims.append(value)
    return claims


def same_partnership(runtime: Runtime) -> Callable[..., BoltResponse]:
    """Bolt global middleware: a request naming a team or enterprise other than the
    installing workspace's (or one SAFEGUARDING_EXTERNAL_TEAMS names) is refused before
    any listener sees it: told, where Slack lets it be, and audited (throttled)."""

    def middleware(
        body: dict[str, Any], context: BoltContext, next_: Callable[[], BoltResponse]
    ) -> BoltResponse:
        try:
            foreign = [
                claim
                for claim in _claimed(body)
                if not (isinstance(claim, str) and runtime.access.is_partnership(claim))
            ]
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("could not ask Slack which workspace the bot is in: %s", exc)
            return _refusal(body, context, "Slack did not answer just now. Please try again.")
        if not foreign:
            return next_()
        try:
            cases.record_refusal(
                runtime.engine,
                user_id=str(context.user_id or "unknown"),
                surface="another_team",
                now=runtime.clock(),
                team=str(foreign[0])[:40],
            )
        except SQLAlchemyError as exc:
            logger.warning("could not audit a refusal: %s", exc)
        return _refusal(body, context, REFUSAL)

    return middleware


def _refusal(body: dict[str, Any], context: BoltContext, text: str) -> BoltResponse:
    """The answer to a refused request, shown to the person where its kind allows."""
    if "command" in body:
        reply = {"response_type": "ephemeral", "text": text}
        return BoltResponse(status=200, body=json.dumps(reply))
    if body.get("type") == "view_submission":
        blocks = body["view"].get("blocks")
        field = next(
            (
                str(b.get("block_id"))
                for b in (blocks if isinstance(blocks, list) else [])
                if isinstance(b, dict) and b.get("type") == "input"
            ),
            None,
        )
        if field is None:
            return BoltResponse(status=403, body="refused")
        errors = {"response_action": "errors", "errors": {field: text}}
        return BoltResponse(status=200, body=json.dumps(errors))
    if context.respond is not None:
        try:
            tell(context.respond, text)
        except (OSError, ValueError) as exc:  # the response_url did not answer
            logger.warning("could not tell a refused person: %s", exc)
    return BoltResponse(status=200, body="")
