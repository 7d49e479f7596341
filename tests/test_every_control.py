"""Every control the bot renders, used once: a new button or menu cannot ship undriven.

Cases of each kind are logged through the real form, App Home is opened, the commands are
run and a reminder tick sends its DMs. Then every button and every option of every menu
in every message, reply, home tab and modal the bot has drawn is found in what the fake
Slack recorded (never from a list kept here), pressed as Slack would send it, and every
form it opens is submitted with answers taken from the form itself. Each must answer 2xx,
log no error, and show something: a redraw, a reply, a new view or a DM.

Controls are told apart by (surface, action_id, the value with its numbers blanked), so a
case card's "Record notification sent…" is pressed once, not once per case. Pressing
changes what is shown (Undo after done, Resume after pause), so the search goes on until a
round finds no new kind of control. A "close" control is pressed last in its round, so
the other controls are tried on open cases first.

SQLite only: what a control does does not depend on the database, which the storage and
scheduler tests cover on both; this keeps the test well inside its time bound.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

import pytest
from slack_sdk import WebClient
from sqlmodel import Session, select

from bot.domain.calendar import london_date
from bot.domain.review import Partner
from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.rules import load_rules
from bot.runtime import Runtime
from storage.models import Holder, Incident, NationalReview, Step
from tests.support.cases import log_case
from tests.support.fake_slack import Call, FakeSlackAPI
from tests.support.review import decide
from tests.support.review import record as record_review
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, action, slack_ts

#: Rounds of "find the controls now shown, press each new kind"; each state change a
#: press makes (done → Undo, pause → Resume) needs one more round.
MAX_ROUNDS = 10
#: How long a press may take to show its effect, and how long Slack must then stay quiet.
EFFECT_TIMEOUT = 5.0
QUIET = 0.25
#: What a reason or note says when a form asks for one.
REASON = "agreed at the partnership meeting"
#: What a link asks for: the partnership's page.
PAGE = "https://www.example-lscp.org.uk/reviews"

#: Surfaces Slack keeps up to date as the bot redraws them; the others are snapshots.
LIVE = ("channel", "dm")
#: Web API calls a person sees the effect of.
EFFECTS = {
    "chat.postMessage",
    "chat.update",
    "chat.postEphemeral",
    "views.open",
    "views.push",
    "views.update",
    "views.publish",
    "response_url",
}

#: The kinds of case logged, each through the form (all aware on Fri 20 Nov 2026).
CASES: dict[str, dict[str, Any]] = {
    "a death, abuse or neglect suspected": {},
    "serious harm, abuse or neglect suspected": {"what_happened": "seriously_harmed"},
    "a looked-after child's death, abuse or neglect not suspected": {
        "abuse_or_neglect": "no",
        "status": ["looked_after"],
    },
    "harm without abuse or neglect suspected (not a serious incident)": {
        "what_happened": "seriously_harmed",
        "abuse_or_neglect": "no",
    },
    "an adult care leaver's death": {
        "age_band": "18_24",
        "abuse_or_neglect": "no",
        "status": ["care_leaver"],
    },
    "harm without abuse or neglect suspected, a practice learning review held": {
        "what_happened": "seriously_harmed",
        "abuse_or_neglect": "no",
        "learning_review": ["practice_learning_review"],
    },
}


@dataclass(frozen=True)
class Surface:
    """Somewhere the bot drew blocks: a message (channel or DM), a reply only one person
    sees, the home tab, or a modal."""

    kind: str  # "channel", "dm", "reply", "home", "modal"
    blocks: list[dict[str, Any]]
    message: dict[str, Any] | None = None
    channel: str = CHANNEL_ID
    view: dict[str, Any] | None = None


@dataclass(frozen=True)
class Control:
    """One button, or one option of a menu, on a surface."""

    surface: Surface
    block_id: str
    element: dict[str, Any]
    option: dict[str, Any] | None = None

    @property
    def value(self) -> str:
        return str((self.option or self.element).get("value") or "")

    @property
    def label(self) -> str:
        text = (self.option or self.element).get("text") or {}
        return str(text.get("text", "")) if isinstance(text, dict) else ""

    @property
    def kind(self) -> tuple[str, str, str]:
        """What makes two controls the same: where, which action, the value's shape."""
        return (
            self.surface.kind,
            str(self.element.get("action_id")),
            re.sub(r"\d+", "#", self.value),
        )

    @property
    def key(self) -> tuple[str, str, str, str]:
        """What the search tells apart: the kind and its label, as one step's "Record the
        decision…" opens another form than another's "Record notification sent…"."""
        return (*self.kind, re.sub(r"\d+", "#", self.label))

    def __str__(self) -> str:
        where, action_id, shape = self.kind
        return f"{where}: {action_id} {shape!r} “{self.label}”"


def elements_of(block: dict[str, Any]) -> list[dict[str, Any]]:
    """The interactive elements of a block (a section's accessory, an actions block's
    elements, an input's element when it dispatches actions)."""
    found = []
    if isinstance(block.get("accessory"), dict):
        found.append(block["accessory"])
    if block.get("type") == "actions":
        found += [e for e in block.get("elements", []) if isinstance(e, dict)]
    if block.get("type") == "input" and block.get("dispatch_action"):
        found.append(block["element"])
    return [e for e in found if e.get("type") not in ("image",)]


def options_of(element: dict[str, Any]) -> list[dict[str, Any]]:
    options = list(element.get("options") or [])
    for group in element.get("option_groups") or []:
        options += group.get("options", [])
    return options


def controls_on(surface: Surface) -> Iterator[Control]:
    for block in surface.blocks:
        for element in elements_of(block):
            block_id = str(block.get("block_id") or "")
            if options_of(element):
                for option in options_of(element):
                    yield Control(surface, block_id, element, option)
            else:
                yield Control(surface, block_id, element)


def surfaces(fake: FakeSlackAPI, answered: list[dict[str, Any]]) -> list[Surface]:
    """Everything the bot has drawn, as it now stands, from the fake's records (and the
    views it answered form submissions with, ``answered``)."""
    found = [
        Surface(
            "dm" if m["channel"].startswith("D") else "channel",
            m.get("blocks") or [],
            message=m,
            channel=m["channel"],
        )
        for m in fake.messages()
    ]
    views: dict[str, dict[str, Any]] = {}
    for call in fake.calls():
        if not call.ok:
            continue
        if call.method in ("chat.postEphemeral", "response_url") and call.blocks:
            message = {"ts": slack_ts(), "blocks": call.blocks, "text": call.params.get("text")}
            found.append(Surface("reply", call.blocks, message=message))
        elif call.method.startswith("views."):
            view_id = call.response["view"]["id"]
            views[view_id] = fake.view(view_id) or call.response["view"]
    for view in [*views.values(), *answered]:
        found.append(Surface(view["type"], view.get("blocks") or [], view=view))
    return sorted(found, key=lambda surface: surface.kind in LIVE)  # snapshots first


def answers(view: dict[str, Any], today: date) -> dict[str, tuple[str, str, Any]]:
    """Valid answers to a form, from the form itself: its initial values first, else today
    for a date, the first choice, a channel member, an innocuous reason."""
    values: dict[str, tuple[str, str, Any]] = {}
    for block in view.get("blocks", []):
        if block.get("type") != "input":
            continue
        element = block["element"]
        kind, action_id = element["type"], element["action_id"]
        options = options_of(element)
        if kind == "datepicker":
            value: Any = element.get("initial_date") or today.isoformat()
        elif kind in ("static_select", "radio_buttons"):
            value = element.get("initial_option") or options[0]
        elif kind in ("checkboxes", "multi_static_select"):
            value = element.get("initial_options") or ([] if block.get("optional") else options[:1])
        elif kind == "users_select":
            value = element.get("initial_user") or OWNER_ID
        elif kind == "multi_users_select":
            value = element.get("initial_users") or [OWNER_ID]
        elif kind == "timepicker":
            value = element.get("initial_time") or "09:00"
        elif kind == "number_input":
            value = element.get("initial_value") or element.get("min_value") or "1"
        elif kind == "plain_text_input":
            value = element.get("initial_value") or REASON
        elif kind == "url_text_input":
            value = element.get("initial_value") or PAGE
        else:
            raise AssertionError(f"no answer known for a {kind} in {view.get('callback_id')}")
        values[block["block_id"]] = (action_id, kind, value)
    return values


@dataclass
class Explorer:
    """Presses controls and submits forms, keeping what it drove and what went wrong."""

    running: RunningBot
    caplog: pytest.LogCaptureFixture
    answered: list[dict[str, Any]] = field(default_factory=list)
    driven: list[Control] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    skipped: list[Control] = field(default_factory=list)

    @property
    def fake(self) -> FakeSlackAPI:
        return self.running.fake

    def settle(self, before: int, *, need_effect: bool = True) -> list[Call]:
        """The calls made since the ``before``-th, once there is an effect (if needed)
        and nothing more has arrived for a moment."""
        deadline = time.monotonic() + EFFECT_TIMEOUT
        seen, still_since = -1, time.monotonic()
        while True:
            calls = self.fake.calls()[before:]
            if len(calls) != seen:
                seen, still_since = len(calls), time.monotonic()
            effect = any(c.method in EFFECTS for c in calls)
            if (effect or not need_effect) and time.monotonic() - still_since >= QUIET:
                return calls
            if time.monotonic() > deadline:
                return calls
            time.sleep(0.02)

    def check(self, what: str, status: int, calls: list[Call], mark: int, effect: bool) -> None:
        """2xx, no error logged, every Web API call accepted, something seen."""
        problems = []
        if not 200 <= status < 300:
            problems.append(f"HTTP {status}")
        for record in self.caplog.records[mark:]:
            if record.levelno >= logging.ERROR or record.exc_info:
                problems.append(f"logged {record.levelname}: {record.getMessage()[:300]}")
        for call in calls:
            if not call.ok:
                problems.append(f"Slack refused {call.method}: {call.response}")
        if not effect and not any(c.method in EFFECTS and c.ok for c in calls):
            problems.append("no visible effect")
        if problems:
            self.failures.append(f"{what}: " + "; ".join(problems))

    def press(self, control: Control) -> None:
        surface, element = control.surface, control.element
        kind = element["type"]
        if control.option is not None:
            many = kind in ("checkboxes", "multi_static_select")
            value: Any = [control.option] if many else control.option
        elif kind == "button":
            value = element.get("value")
        elif kind == "users_select":
            value = OWNER_ID
        elif kind == "datepicker":
            value = self.today().isoformat()
        else:
            self.failures.append(f"{control}: no way known to use a {kind}")
            return
        pressed = action(
            element["action_id"],
            value,
            element_type=kind,
            block_id=control.block_id,
            text=control.label or None,
        )
        user = USER_ID
        options: dict[str, Any] = {}
        if surface.view is not None:
            options["view"] = surface.view
        else:
            options |= {"message": surface.message, "channel_id": surface.channel}
            if surface.kind == "dm":
                user = "U" + surface.channel[1:]  # the person the DM is for
            if surface.kind == "reply":
                options["container"] = {
                    "type": "message",
                    "message_ts": surface.message["ts"],  # type: ignore[index]
                    "channel_id": surface.channel,
                    "is_ephemeral": True,
                }
        before, mark = len(self.fake.calls()), len(self.caplog.records)
        response = self.running.slack.block_actions(pressed, user_id=user, **options)
        calls = self.settle(before, need_effect=response.status < 300)
        self.driven.append(control)
        self.check(str(control), response.status, calls, mark, effect=False)
        for call in calls:
            if call.method in ("views.open", "views.push") and call.ok:
                self.submit(control, self.fake.view(call.response["view"]["id"]))

    def submit(self, control: Control, view: dict[str, Any] | None) -> None:
        """Submit a form a control opened, with answers from the form itself."""
        assert view is not None
        if not view.get("submit"):
            return  # a view to read, with only a Close button
        what = f"{control} → form {view.get('callback_id')!r}"
        before, mark = len(self.fake.calls()), len(self.caplog.records)
        response = self.running.slack.view_submission(
            view=view, state_values=answers(view, self.today())
        )
        answer = json.loads(response.body) if response.body.strip() else {}
        shown = answer.get("response_action") in ("update", "push")
        answered = response.status >= 300 or "response_action" in answer  # closed if not
        calls = self.settle(before, need_effect=not answered)
        self.check(what, response.status, calls, mark, effect=answered)
        if answer.get("response_action") == "errors":
            self.failures.append(f"{what}: refused its own answers: {answer.get('errors')}")
        if shown:
            errors = self.fake.view_errors(answer["view"])
            if errors:
                self.failures.append(f"{what}: Slack would refuse the answer's view: {errors}")
            self.answered.append({**answer["view"], "id": view["id"]})

    def today(self) -> date:
        return london_date(self.running.clock())

    def explore(self) -> None:
        seen: set[tuple[str, str, str, str]] = set()
        for _ in range(MAX_ROUNDS):
            new = {}
            for surface in surfaces(self.fake, self.answered):
                for control in controls_on(surface):
                    if control.key not in seen:
                        new.setdefault(control.key, control)
            if not new:
                return
            # Closing a case hides its other controls: close only once nothing else is new.
            # Finishing a step hides its other options (plan, pause): finish after those.
            closing = {k for k, c in new.items() if "close" in f"{c.kind[1]} {c.label}".lower()}
            order = sorted((k for k in new if k not in closing), key=lambda k: _finishes(new[k]))
            for kind in order or list(closing):
                seen.add(kind)
                control = self.current(kind)
                if control is None:
                    self.skipped.append(new[kind])  # every one shown is out of date
                else:
                    self.press(control)
        self.failures.append(f"still finding new controls after {MAX_ROUNDS} rounds")

    def undriven(self) -> list[str]:
        """Skipped controls that were not driven anywhere else either (on another surface)."""
        driven = {control.key[1:] for control in self.driven}
        return [str(c) for c in self.skipped if c.key[1:] not in driven]

    def current(self, key: tuple[str, str, str, str]) -> Control | None:
        """The control of this kind as now shown (earlier presses may have redrawn it).

        A reply, home tab or modal is a snapshot: a control on it that a message now
        offers differently (the step it acts on was done since) is out of date, and
        pressing it tests only the "out of date" answer, so a current one is chosen."""
        shown = surfaces(self.fake, self.answered)
        live: dict[tuple[str, str], set[str]] = {}
        for surface in shown:
            if surface.kind in LIVE:
                for control in controls_on(surface):
                    where = (control.kind[1], control.block_id)
                    live.setdefault(where, set()).add(control.value)
        for surface in shown:
            for control in controls_on(surface):
                offered = live.get((control.kind[1], control.block_id))
                stale = surface.kind not in LIVE and offered and control.value not in offered
                if control.key == key and not stale:
                    return control
        return None


def _finishes(control: Control) -> bool:
    """Whether pressing it finishes what it is on (a step or item done)."""
    return control.value.startswith("done:") or control.kind[1] == "reminder_done"


def remind(running: RunningBot, when: datetime) -> None:
    """One scheduler tick at ``when``, against the fake, as the deployed scheduler runs."""
    client = WebClient(token="xoxb-test-token", base_url=running.fake.url, retry_handlers=[])
    rules = load_rules()
    access = Access(client, CHANNEL_ID)
    tick(Runtime(running.engine, rules, CHANNEL_ID, access, running.clock), client, when)


def answer_form(running: RunningBot, opens: Callable[[], Any]) -> None:
    """Open a form (``opens``: a press or a command), and submit it with answers taken
    from the form itself."""
    before = len(running.fake.calls("views.open"))
    assert opens().status == 200
    running.fake.wait_for("views.open", count=before + 1)
    view = running.fake.last_view()
    assert view is not None
    today = london_date(running.clock())
    answer = running.slack.view_submission(view=view, state_values=answers(view, today))
    assert answer.status == 200 and answer.body == "", answer.body


def add_action(running: RunningBot, incident: Holder, menu: str = "improvement") -> None:
    """Add an improvement action from the card (or a national review's register: its
    ``menu``), answering the form from itself."""
    pressed = action(menu, f"add_action:{incident.id}", element_type="overflow")
    answer_form(running, lambda: running.slack.block_actions(pressed))


def record_national_review(running: RunningBot) -> None:
    """A national review recorded by ``/incident national`` and two actions added to the
    register it posts, each form answered from itself."""
    answer_form(running, lambda: running.slack.slash_command("national"))
    deadline = time.monotonic() + EFFECT_TIMEOUT
    while time.monotonic() < deadline:  # posted, and where kept
        with Session(running.engine) as session:
            review = session.exec(select(NationalReview)).first()
        if review is not None and review.card_ts is not None:
            break
        time.sleep(0.02)
    assert review is not None and review.card_ts is not None
    # Two, so that one is left open whichever a reminder's Mark done finishes first.
    for _ in range(2):
        add_action(running, review, menu="national_improvement")


def finish_steps(running: RunningBot, incident: Incident) -> None:
    """Mark every step of a case without a checklist not applicable from its card, so that
    nothing is left and the card asks to close it."""
    with Session(running.engine) as session:
        steps = session.exec(select(Step.id).where(Step.incident_id == incident.id)).all()
    for step_id in steps:
        opened, updates = (
            len(running.fake.calls("views.open")),
            len(running.fake.calls("chat.update")),
        )
        pressed = action("case_step", f"not_applicable:{step_id}", element_type="overflow")
        assert running.slack.block_actions(pressed).status == 200
        running.fake.wait_for("views.open", count=opened + 1)
        reason = {"reason": ("value", "plain_text_input", REASON)}
        answer = running.slack.view_submission(view=running.fake.last_view(), state_values=reason)
        assert answer.status == 200 and answer.body == "", answer.body
        running.fake.wait_for("chat.update", count=updates + 1)  # the card: no checklist


#: Kinds of control the bot renders today: the search must find at least these, so that
#: it cannot pass by finding nothing. What it drives comes from the recorded calls.
KNOWN = {
    ("channel", "case_step", "done:#"),
    ("channel", "case_step", "assign:#"),
    ("channel", "case_step", "not_applicable:#"),
    ("channel", "case_step", "undo:#"),
    ("channel", "case_history", "#"),
    ("channel", "case_close", "#"),
    ("channel", "case_close_settled", "#"),  # once nothing is left to record
    ("channel", "checklist_item", "done:#"),
    ("channel", "checklist_item", "done_on:#"),
    ("channel", "checklist_item", "undo:#"),
    ("channel", "checklist_item", "not_applicable:#"),
    ("channel", "checklist_item", "assign:#"),
    ("channel", "checklist_item", "note:#"),
    ("home", "home_open_case", "SI-#-#"),
    ("home", "home_action_done", "#"),
    ("home", "home_calendar_new", ""),
    ("dm", "reminder_done", "#"),
    ("dm", "reminder_snooze:1", "#:#"),
    ("dm", "reminder_snooze:2", "#:#"),
    ("dm", "reminder_item_done", "#"),
    ("dm", "reminder_item_snooze:1", "#:#"),
    ("dm", "reminder_item_snooze:2", "#:#"),
    ("channel", "review", "sign_local_authority:#"),
    ("channel", "review", "sign_police:#"),
    ("channel", "review", "sign_integrated_care_board:#"),
    ("channel", "review", "sent:#"),
    ("channel", "review", "answer:#"),
    ("channel", "review", "reply:#"),
    ("channel", "review", "log:#"),
    ("channel", "review", "unsend:#"),
    ("channel", "review", "decide:#"),
    ("channel", "review", "learning:#"),
    ("channel", "review", "check:#"),
    ("channel", "review", "delay:#"),
    ("channel", "publication", "record:#"),
    ("channel", "publication", "expected:#"),
    ("channel", "publication", "concluded:#"),
    ("channel", "publication", "remove:#"),
    # The register of recommendations and improvement actions, and its reminders.
    ("channel", "improvement", "recommend:#"),
    ("channel", "improvement", "add_action:#"),
    ("channel", "improvement", "action_done:#"),
    ("channel", "improvement", "action_drop:#"),
    ("channel", "improvement", "action_assure:#"),
    ("channel", "improvement", "action_reopen:#"),
    ("dm", "reminder_action_done", "#"),
    ("dm", "reminder_action_snooze:1", "#:#"),
    ("dm", "reminder_action_snooze:2", "#:#"),
    # A national review's register (``/incident national``), with no case.
    ("channel", "national_improvement", "add_action:#"),
    ("channel", "national_improvement", "action_done:#"),
    ("channel", "national_improvement", "action_drop:#"),
    ("channel", "national_improvement", "action_assure:#"),
    ("channel", "national_improvement", "action_reopen:#"),
}

#: The test's user signs for the local authority; the other partners' leads are others,
#: so their sign-off choices answer with a refusal.
LEADS = {
    Partner.LOCAL_AUTHORITY: USER_ID,
    Partner.POLICE: OWNER_ID,
    Partner.INTEGRATED_CARE_BOARD: "S0ICBLEADS",
}


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)  # see the docstring
@pytest.mark.parametrize(
    "running",
    [
        {
            "rules": dataclasses.replace(load_rules(), sign_off_leads=LEADS),
            # Calendar feeds on, so App Home shows their button.
            "safeguarding_public_url": "https://safeguarding-bot.example-lscp.org.uk",
        }
    ],
    indirect=True,
)
def test_every_control_the_bot_renders_works(
    running: RunningBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    logged = [log_case(running, **changes) for changes in CASES.values()]
    no_review, late = log_case(running), log_case(running, aware_on=date(2026, 5, 1))
    log_case(running)  # a rapid review still to sign off and send
    pending = log_case(running)  # sent, with no answer: the sending can be undone
    # An improvement action, added from the card with the form's own answers, due today
    # (Monday): its owner is reminded, and escalated to, on Tuesday morning.
    add_action(running, logged[1])
    record_national_review(running)  # its action due today too
    finish_steps(running, logged[4])  # the adult care leaver's: its card asks to close it
    morning = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)  # Tuesday: reminders are due
    running.clock.now = morning
    remind(running, morning)
    commands = (
        "list",
        "show SI-2026-0001",
        "help",
        "report",
        "export csv",
        "export ics",
        "actions",
        "calendar",
    )
    for text in commands:
        assert running.slack.slash_command(text).status == 200
    assert running.slack.app_home_opened(USER_ID).status == 200
    assert running.slack.app_home_opened(OWNER_ID).status == 200  # the action's owner
    running.fake.wait_for("views.publish", count=2)
    running.fake.wait_for("response_url", count=len(commands))
    assert len(running.fake.wait_for("files.completeUploadExternal", count=2)) == 2

    # The reply owed back shows once the Panel's answer asks for one (the search itself
    # answers with the first choice, which owes none).
    running.fake.set_usergroup(LEADS[Partner.INTEGRATED_CARE_BOARD], [OWNER_ID])
    record_review(running, logged[1], "sent", reason=REASON)
    record_review(running, logged[1], "answer", answer="disagrees")
    # Each decision's path shows its own choices: a local review's progress check, the
    # Panel's decision on a national review (and Undo sent, before the Panel answers), how
    # the learning is shared without a review, and the reason for a delay past the target.
    decide(running, logged[1], "lcspr", london_date(morning))
    record_review(running, logged[0], "sent", reason=REASON)
    record_review(running, pending, "sent", reason=REASON)
    decide(running, logged[0], "national", london_date(morning))
    record_review(running, no_review, "sent", reason=REASON)
    decide(running, no_review, "no_review", london_date(morning))
    record_review(running, no_review, "answer", answer="agrees")  # so nothing undoes the sending
    record_review(running, late, "sent", reason=REASON, date="2026-05-15")
    decide(running, late, "lcspr", date(2026, 5, 19))  # its target was Thu 19 Nov
    record_review(running, late, "answer", answer="agrees")

    explorer = Explorer(running, caplog)
    explorer.explore()

    print("\nControls driven:", *map(str, explorer.driven), sep="\n  ")
    print("Out of date where first seen:", *map(str, explorer.skipped), sep="\n  ")
    missing = KNOWN - {control.kind for control in explorer.driven}
    assert not missing, f"controls not found: {sorted(missing)}"
    assert not explorer.failures, "\n".join(explorer.failures)
    assert not explorer.undriven(), f"never driven: {explorer.undriven()}"
