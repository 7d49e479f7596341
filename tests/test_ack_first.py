"""The work behind acks waits for a lull in requests, but never longer than its patience;
the work that opens a form does not wait; the work of presses on one message runs in the
order they were pressed; the work is handed the request's arguments as Bolt gives them."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any

import pytest
from slack_bolt import App, BoltRequest
from slack_sdk import WebClient

from bot.edge.ack_first import AckFirst, right_after_ack
from bot.listeners.guard import after_ack
from storage.models import Incident
from tests.support.cases import items_of, log_case
from tests.support.fake_slack import FakeSlackAPI
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import action


def test_work_waits_until_the_request_being_answered_is_done_and_a_lull_follows() -> None:
    gate = AckFirst(workers=1, lull=0.05, patience=5.0)
    answering, release = threading.Event(), threading.Event()
    started: list[float] = []

    def request() -> None:
        def ack() -> None:
            answering.set()
            release.wait(5)

        with gate.answering({}):
            ack()

    thread = threading.Thread(target=request)
    thread.start()
    assert answering.wait(5)
    job = gate.executor.submit(lambda: started.append(time.monotonic()))
    time.sleep(0.2)
    assert started == []  # held back while the request is being answered
    release.set()
    thread.join(5)
    answered = time.monotonic()
    job.result(timeout=5)
    assert started[0] - answered >= 0.04  # and for the lull after it
    gate.executor.shutdown()


def test_a_steady_stream_of_requests_does_not_starve_the_work() -> None:
    gate = AckFirst(workers=1, lull=0.05, patience=0.3)
    stop = threading.Event()

    def stream() -> None:
        while not stop.is_set():
            with gate.answering({}):
                time.sleep(0.01)

    thread = threading.Thread(target=stream)
    thread.start()
    try:
        submitted = time.monotonic()
        ran_at = gate.executor.submit(time.monotonic).result(timeout=5)
        assert 0.25 <= ran_at - submitted < 2.0
    finally:
        stop.set()
        thread.join(5)
        gate.executor.shutdown()


def test_work_that_opens_a_form_starts_while_other_requests_are_answered() -> None:
    """A form's trigger expires 3 s after its request: its work is not held for a lull,
    and the mark does not carry over to the next request its thread answers."""
    gate = AckFirst(workers=1, urgent_workers=1, lull=0.05, patience=5.0)
    answering, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def busy() -> None:
        def ack() -> None:
            answering.set()
            release.wait(5)

        with gate.answering({}):
            ack()

    def request(name: str, *, opens_form: bool) -> None:
        def ack() -> None:
            if opens_form:
                right_after_ack()
            gate.executor.submit(ran.append, name)

        with gate.answering({}):
            ack()

    thread = threading.Thread(target=busy)
    thread.start()
    try:
        assert answering.wait(5)
        request("form", opens_form=True)
        request("list", opens_form=False)  # the same thread, next request
        deadline = time.monotonic() + 2
        while "form" not in ran and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(0.1)
        assert ran == ["form"]  # the list waits for the busy request and a lull
    finally:
        release.set()
        thread.join(5)
    assert gate.executor.wait_idle(5)
    assert ran == ["form", "list"]
    gate.executor.shutdown()


def _pressed_on(message_ts: str) -> dict[str, Any]:
    """A press's body as the gate reads it: the message the control is in."""
    container = {"type": "message", "message_ts": message_ts, "channel_id": "C0LSCP"}
    return {"type": "block_actions", "container": container}


def test_the_work_of_presses_on_one_message_runs_in_the_order_they_came() -> None:
    """A second press on a message waits for the first one's work, however the workers
    are free; a press on another message does not wait for either."""
    gate = AckFirst(workers=3, lull=0.0, patience=1.0)
    first_started, release_first = threading.Event(), threading.Event()
    ran: list[str] = []

    def done() -> None:
        first_started.set()
        release_first.wait(5)
        ran.append("done")

    def press(body: dict[str, Any], work: Callable[[], None]) -> None:
        with gate.answering(body):
            gate.executor.submit(work)

    press(_pressed_on("1700000000.000100"), done)
    assert first_started.wait(5)
    press(_pressed_on("1700000000.000100"), lambda: ran.append("undo"))
    press(_pressed_on("1700000000.000200"), lambda: ran.append("other message"))
    deadline = time.monotonic() + 5
    while "other message" not in ran and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)  # time enough for the undo to start on the third worker, were it let
    assert ran == ["other message"]
    release_first.set()
    assert gate.executor.wait_idle(5)
    assert ran == ["other message", "done", "undo"]
    assert gate.executor._last_on == {}  # nothing kept of messages whose work is done
    gate.executor.shutdown()


def test_done_then_undo_pressed_in_a_burst_leaves_the_item_open(running: RunningBot) -> None:
    """Both presses are held back by a busy bot and then let go together: the undo still
    acts after the done, so the item ends as the person left it, and nobody is told it was
    open already."""
    case = log_case(running)
    item = items_of(running)[0]
    checklist = {"ts": case.checklist_ts}
    with another_request_answered(running):
        for verb in ("done", "undo"):
            pressed = running.slack.block_actions(
                action("checklist_item", f"{verb}:{item.id}", element_type="overflow"),
                message=checklist,
            )
            assert pressed.status == 200
    assert running.app.wait_idle(10)
    assert next(i for i in items_of(running) if i.id == item.id).status == "open"
    assert len(running.fake.calls("chat.update")) == 2  # the checklist, redrawn after each
    assert not running.fake.calls("chat.postEphemeral")


@contextmanager
def another_request_answered(running: RunningBot) -> Iterator[None]:
    """Another request is being answered throughout (held in the bot's own gate), and the
    work waiting for a lull would wait far longer than any test does."""
    gate = running.app._ack_first
    gate._patience = 60.0
    answering, release = threading.Event(), threading.Event()

    def busy() -> None:
        with gate.answering({}):
            answering.set()
            release.wait(30)

    thread = threading.Thread(target=busy)
    thread.start()
    try:
        assert answering.wait(5)
        yield
    finally:
        release.set()
        thread.join(5)


Press = Callable[[RunningBot, Incident], tuple[str, str, str]]

#: One control of each way a form is opened: a button, a menu some of whose choices open
#: one, a card section's menu (the rapid review's, as publication's and improvement's), App
#: Home's button, and a reminder's *Mark done* (the step's form, for a step with facts).
FORM_CONTROLS: dict[str, Press] = {
    "case button": lambda running, case: ("case_history", str(case.id), "button"),
    "checklist menu": lambda running, case: (
        "checklist_item",
        f"assign:{items_of(running)[0].id}",
        "overflow",
    ),
    "section menu": lambda running, case: ("review", f"log:{case.id}", "overflow"),
    "home": lambda running, case: ("home_open_case", case.reference, "button"),
}


@pytest.mark.parametrize("press", FORM_CONTROLS.values(), ids=FORM_CONTROLS.keys())
def test_a_control_opens_its_form_while_another_request_is_answered(
    running: RunningBot, press: Press
) -> None:
    case = log_case(running)
    action_id, value, kind = press(running, case)
    with another_request_answered(running):
        pressed = running.slack.block_actions(action(action_id, value, element_type=kind))
        assert pressed.status == 200
        assert running.fake.wait_for("views.open", timeout=5)


def test_a_choice_that_opens_no_form_still_waits_for_a_lull(running: RunningBot) -> None:
    log_case(running)
    item = items_of(running)[0]
    with another_request_answered(running):
        pressed = running.slack.block_actions(
            action("checklist_item", f"done:{item.id}", element_type="overflow")
        )
        assert pressed.status == 200
        time.sleep(0.5)
        assert not running.fake.calls("chat.update")  # the redraw waits its turn
    assert running.fake.wait_for("chat.update", timeout=5)


def _bolt_app_with(listener: Callable[..., None], fake: FakeSlackAPI) -> tuple[Any, list[Any]]:
    """A Bolt app configured as the bot's (acks from the request's thread, work on a
    listener executor that records its jobs), with ``listener`` on an action."""

    ran: list[Any] = []

    class Recording(ThreadPoolExecutor):
        def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Any:
            future = super().submit(fn, *args, **kwargs)
            ran.append(future)
            return future

    app = App(
        client=WebClient(token="xoxb-test", base_url=fake.url),
        request_verification_enabled=False,
        process_before_response=True,
        listener_executor=Recording(max_workers=1),
    )
    app.action("press")(listener)
    return app, ran


def _press(app: Any) -> Any:
    body = {
        "type": "block_actions",
        "user": {"id": "U1"},
        "team": {"id": "T1"},
        "actions": [{"action_id": "press", "type": "button", "value": "v"}],
        "response_url": "https://hooks.slack.com/actions/T1/1/x",
    }
    return app.dispatch(BoltRequest(body=body, mode="socket_mode"))


def test_after_ack_gives_the_work_the_request_s_arguments_and_what_its_ack_left(
    fake: FakeSlackAPI,
) -> None:
    seen: dict[str, Any] = {}

    def ack_it(ack: Any, context: Any) -> None:
        context["left"] = "by the ack"
        ack()

    def work(body: dict[str, Any], action: dict[str, Any], context: Any) -> None:
        seen.update(user=body["user"]["id"], value=action["value"], left=context["left"])

    app, ran = _bolt_app_with(after_ack(ack_it, work), fake)
    assert _press(app).status == 200
    assert len(ran) == 1
    ran[0].result(timeout=5)
    assert seen == {"user": "U1", "value": "v", "left": "by the ack"}
    assert after_ack(ack_it, work).__name__ == "work"  # as Bolt's logs name it


def test_after_ack_starts_the_work_even_when_the_ack_raised(fake: FakeSlackAPI) -> None:
    done: list[str] = []

    def ack_fails(ack: Any) -> None:
        raise RuntimeError("the ack failed")

    app, ran = _bolt_app_with(after_ack(ack_fails, lambda body: done.append("work")), fake)
    assert _press(app).status == 500  # Bolt's answer to a listener that raised
    ran[0].result(timeout=5)
    assert done == ["work"]  # as Bolt's lazy listeners would have
