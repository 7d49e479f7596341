"""The register of learning into practice, driven as Slack does: recommendations and
improvement actions recorded from the case card, their owners reminded (and the overdue
ones escalated) by a scheduler tick, "How will we know?" asked when one is marked done and
the assurance recorded later, the card's and App Home's counts, ``/incident actions``,
a case that does not close while actions are open, and identifying text refused."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime
from typing import Any

from slack_sdk import WebClient
from sqlmodel import Session, col, select

from bot.domain.actions import ActionVerb
from bot.domain.review import SIGN_OFF_ITEMS
from bot.domain.words import Status
from bot.edge.scheduler import tick
from bot.flows.access import Access
from bot.rules import load_rules
from bot.runtime import Runtime
from bot.usecases import exports, lifecycle, reminders
from bot.views.case_card import case_card
from bot.views.improvement import improvement_modal
from storage.models import (
    AuditEvent,
    ChecklistItem,
    ImprovementAction,
    Incident,
    Recommendation,
    Reminder,
    Step,
)
from tests.support.cases import actions, choose, history, log_case, message
from tests.support.fake_slack import FakeSlackAPI
from tests.support.forms import text_of
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, action, dm_channel_id

RECOMMENDATION = "Strengthen the escalation of missed health appointments"
TITLE = "Audit escalation of missed appointments in health visiting"
EVIDENCE = "Audit of 20 records in March found escalation in 18"
#: What the card says once nothing is left to record, asking to close the case.
CLOSE_NOW = "Everything is recorded"


def register_form(running: RunningBot, verb: str, incident: Incident) -> dict[str, Any]:
    """Choose ``verb`` from the card's Improvement actions menu; the form it opened."""
    before = len(running.fake.calls("views.open"))
    assert choose(running, "improvement", f"{verb}:{incident.id}").status == 200
    running.fake.wait_for("views.open", count=before + 1)
    view = running.fake.last_view()
    assert view is not None
    return view


def submit(running: RunningBot, view: dict[str, Any], **fields: Any) -> Any:
    """Submit a register form with ``fields`` (block id → value), each typed as the form's
    own element is, and the form's initial values for the rest; waits for the redraw."""
    values: dict[str, tuple[str, str, Any]] = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        element, block_id = block["element"], block["block_id"]
        kind = element["type"]
        if block_id in fields:
            value = fields[block_id]
            if kind in ("static_select", "radio_buttons") and isinstance(value, str):
                value = next(o for o in element["options"] if o["value"] == value)
        elif kind == "datepicker" and element.get("initial_date"):
            value = element["initial_date"]
        elif kind in ("static_select", "radio_buttons") and element.get("initial_option"):
            value = element["initial_option"]
        else:
            continue
        values[block_id] = ("value", kind, value)
    updates = len(running.fake.calls("chat.update"))
    answer = running.slack.view_submission(view=view, state_values=values)
    if answer.body == "":
        # The card, and whatever else the change redraws after the ack (the checklist, a
        # later version of the card): read only once the bot has finished.
        running.fake.wait_for("chat.update", count=updates + 1)
        running.fake.wait_quiet(quiet=0.3)
    return answer


def recommend(running: RunningBot, incident: Incident, text: str = RECOMMENDATION) -> Any:
    view = register_form(running, "recommend", incident)
    return submit(running, view, text=text, origin="local")


def add_action(
    running: RunningBot,
    incident: Incident,
    *,
    title: str = TITLE,
    agency: str = "health_icb",
    owner: str = OWNER_ID,
    due: str = "2026-12-04",
    recommendation: str | None = None,
) -> Any:
    view = register_form(running, "add_action", incident)
    fields: dict[str, Any] = {"title": title, "agency": agency, "owner": owner, "due": due}
    if recommendation is not None:
        fields["recommendation"] = recommendation
    answer = submit(running, view, **fields)
    return answer


def stored_actions(running: RunningBot) -> list[ImprovementAction]:
    with Session(running.engine) as session:
        return list(session.exec(select(ImprovementAction).order_by(ImprovementAction.id)).all())


def card(running: RunningBot, incident: Incident) -> str:
    with Session(running.engine) as session:
        ts = session.get(Incident, incident.id).card_ts  # type: ignore[union-attr]
    assert ts is not None
    return message(running, ts)


def remind(running: RunningBot, when: datetime) -> None:
    """One scheduler tick at ``when``, as the deployed scheduler runs it."""
    client = WebClient(token="xoxb-test-token", base_url=running.fake.url, retry_handlers=[])
    runtime = Runtime(running.engine, load_rules(), CHANNEL_ID, Access(client, CHANNEL_ID))
    running.clock.now = when
    tick(runtime, client, when)


def test_recommendations_and_actions_are_recorded_from_the_card(running: RunningBot) -> None:
    incident = log_case(running)
    shown = card(running, incident)
    assert "Improvement actions" in shown and "No improvement actions recorded yet." in shown
    assert recommend(running, incident).body == ""
    with Session(running.engine) as session:
        (row,) = session.exec(select(Recommendation)).all()
    assert row.text == RECOMMENDATION and row.origin == "local" and row.recorded_by == USER_ID
    assert actions(running)[-1] == "recommendation_added"

    assert add_action(running, incident, recommendation=str(row.id)).body == ""
    # An immediate action from the rapid review has no recommendation; this one was due
    # on the day the local authority became aware, so it is overdue.
    immediate = add_action(
        running,
        incident,
        title="Check the siblings' safety plan with the school",
        agency="education",
        due="2026-11-20",
        recommendation="none",
    )
    assert immediate.body == ""
    first, second = stored_actions(running)
    assert (first.recommendation_id, first.origin, first.agency) == (row.id, "local", "health_icb")
    assert (second.recommendation_id, second.origin, second.status) == (None, "rapid", "open")
    assert first.owner_id == OWNER_ID and first.due_on == date(2026, 12, 4)
    shown = card(running, incident)
    assert "0 of 2 actions done, 1 overdue" in shown
    assert RECOMMENDATION in shown and TITLE in shown
    assert "Health (integrated care board)" in shown and "(overdue)" in shown
    assert actions(running)[-2:] == ["action_added", "action_added"]
    # Whoever is given an action hears of it, with the reminder's buttons.
    running.fake.wait_for("chat.postMessage", count=2)
    notices = [text_of(m) for m in running.fake.messages(dm_channel_id(OWNER_ID))]
    assert any("You now own" in t and TITLE in t and "reminder_action_done" in t for t in notices)

    # An agency not in the partnership's list, or a date that does not come, is refused.
    view = register_form(running, "add_action", incident)
    answer = submit(running, view, title=TITLE, agency="health_icb", owner=OWNER_ID)
    assert "due" in answer.json()["errors"]


def test_identifying_text_is_refused(running: RunningBot) -> None:
    incident = log_case(running)
    refused = recommend(running, incident, text="Jayden Smith's school should have acted")
    assert "text" in refused.json()["errors"]
    refused = add_action(running, incident, title="Ask Jayden Smith's mother for a meeting")
    assert "title" in refused.json()["errors"]
    assert add_action(running, incident).body == ""
    view = register_form(running, "action_done", incident)
    refused = submit(running, view, evidence="Spoke to Jayden Smith at 14 Acacia Avenue")
    assert "evidence" in refused.json()["errors"]
    view = register_form(running, "action_done", incident)
    assert "evidence" in submit(running, view, evidence="").json()["errors"]
    (row,) = stored_actions(running)
    assert row.status == "open" and row.evidence is None
    with Session(running.engine) as session:
        assert session.exec(select(Recommendation)).all() == []


def test_the_history_says_an_action_changed_never_its_words(running: RunningBot) -> None:
    """The audit trail is append-only: a title or reason that identified someone, and was
    corrected, would stay there for good, so it holds the action's number, not its words."""
    reason = "Covered by the county escalation guide"
    incident = log_case(running)
    assert add_action(running, incident).body == ""
    (row,) = stored_actions(running)
    assert row.id is not None
    reminders.snooze_action(
        running.engine, load_rules(), action_id=row.id, days=1, actor=USER_ID, now=running.clock()
    )
    view = register_form(running, "action_drop", incident)
    assert submit(running, view, which=str(row.id), reason=reason).body == ""
    view = register_form(running, "action_reopen", incident)
    assert submit(running, view).body == ""
    with Session(running.engine) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.incident_id == incident.id))
        audited = text_of([event.detail for event in events])
    assert TITLE not in audited and reason not in audited
    opened = len(running.fake.calls("views.open"))
    choose(running, "case_history", str(incident.id))
    history = text_of(running.fake.wait_for("views.open", count=opened + 1)[-1].view)
    assert f"added improvement action #{row.id} for Health (integrated care board)" in history
    assert f"put off the reminders about improvement action #{row.id}" in history
    assert f"improvement action #{row.id} not taken forward, with its reason" in history
    assert TITLE not in history and reason not in history


def test_done_asks_how_we_will_know_then_assurance_is_recorded(running: RunningBot) -> None:
    incident = log_case(running)
    assert add_action(running, incident).body == ""
    view = register_form(running, "action_done", incident)
    labels = " ".join(b["label"]["text"] for b in view["blocks"] if b["type"] == "input")
    assert "How will we know?" in labels and "look again" in labels
    assert submit(running, view, evidence=EVIDENCE, assure="2027-03-01").body == ""
    (row,) = stored_actions(running)
    assert row.status == "done" and row.evidence == EVIDENCE
    assert row.done_on == date(2026, 11, 23) and row.assurance_due_on == date(2027, 3, 1)
    assert "1 of 1 action done" in card(running, incident)
    assert "look again Mon 1 Mar 2027" in card(running, incident)

    view = register_form(running, "action_assure", incident)
    answer = submit(running, view, result="partly", note="Practice audit: escalation in most")
    assert answer.body == ""
    (row,) = stored_actions(running)
    assert (row.assurance_result, row.assured_on) == ("partly", date(2026, 11, 23))
    assert "assurance Mon 23 Nov 2026: partly embedded" in card(running, incident)

    # Undo: the action is open again, its evidence and assurance cleared.
    view = register_form(running, "action_reopen", incident)
    assert submit(running, view).body == ""
    (row,) = stored_actions(running)
    assert row.status == "open" and row.evidence is None and row.assurance_result is None
    assert actions(running)[-3:] == ["action_done", "action_assured", "action_reopened"]


def test_the_case_does_not_close_while_actions_are_open(running: RunningBot) -> None:
    incident = log_case(running)
    # A Close case… form opened before the actions were added is refused on Save.
    opened = len(running.fake.calls("views.open"))
    assert choose(running, "case_close", str(incident.id)).status == 200
    running.fake.wait_for("views.open", count=opened + 1)
    view = running.fake.last_view()
    assert add_action(running, incident).body == ""
    assert (
        add_action(running, incident, title="Refresh the multi-agency escalation guide").body == ""
    )
    answer = running.slack.view_submission(
        view=view, state_values={"reason": ("value", "plain_text_input", "agreed by partners")}
    )
    (error,) = answer.json()["errors"].values()
    assert "2 improvement actions are still open" in error
    # Pressed now, Close case… says so at once, to the person only.
    running.fake.clear()
    assert choose(running, "case_close", str(incident.id)).status == 200
    (told,) = running.fake.wait_for("response_url")
    assert "cannot close yet: 2 improvement actions are still open" in told.params["text"]
    assert running.fake.calls("views.open") == []
    # Every step finished: the case stays open while actions are.
    rules = load_rules()
    with Session(running.engine) as session:
        steps = session.exec(select(Step).where(Step.incident_id == incident.id)).all()
    now = running.clock()
    for step in steps:
        if step.status == Status.OPEN:
            lifecycle.set_step_status(
                running.engine,
                rules,
                step_id=step.id or 0,
                status=Status.NOT_APPLICABLE,
                reason="test",
                actor=USER_ID,
                now=now,
            )
    assert is_open(running, incident) and CLOSE_NOW not in card(running, incident)
    # One action done with a date to look again; the last open one not taken forward: the
    # assurance is still to come, so the case stays open and does not ask to close.
    first, second = stored_actions(running)
    view = register_form(running, "action_done", incident)
    answer = submit(running, view, which=str(first.id), evidence=EVIDENCE, assure="2027-03-01")
    assert answer.body == ""
    view = register_form(running, "action_drop", incident)
    answer = submit(running, view, which=str(second.id), reason="Covered by the county guide")
    assert answer.body == ""
    assert is_open(running, incident) and CLOSE_NOW not in card(running, incident)
    assert "look again Mon 1 Mar 2027" in card(running, incident)
    assert "not taken forward, with its reason" in history(running, incident)  # not its words
    assert planned_action_reminders(running) == 0  # nothing open to remind of

    # Every checklist item but one finished (sign-offs are the review section's), then the
    # assurance recorded: one item is still open, so there is still nothing to ask.
    with Session(running.engine) as session:
        rows = session.exec(select(ChecklistItem).where(ChecklistItem.incident_id == incident.id))
        last, *others = sorted(rows, key=lambda row: row.item_key in SIGN_OFF_ITEMS.values())
        last_id, count = last.id, len(others) + 1
        for item in others:
            item.status = Status.NOT_APPLICABLE
            session.add(item)
        session.commit()
    view = register_form(running, "action_assure", incident)
    assert submit(running, view, result="embedded", note="Audit of 20 records").body == ""
    assert is_open(running, incident) and CLOSE_NOW not in card(running, incident)

    # The last item done: the card says what was settled and offers to close the case.
    updates = len(running.fake.calls("chat.update"))
    assert choose(running, "checklist_item", f"done:{last_id}").status == 200
    running.fake.wait_for("chat.update", count=updates + 2)  # the checklist and the card
    settled = (
        f"{count} checklist items done or not applicable; 2 improvement actions: "
        "1 done (assurance recorded for 1), 1 not taken forward"
    )
    shown = card(running, incident)
    assert f"{CLOSE_NOW}:* " in shown and settled in shown and "Close the case now?" in shown
    assert is_open(running, incident)
    assert choose(running, "case_close_settled", str(incident.id)).status == 200
    running.fake.wait_for("chat.update", count=updates + 4)
    with Session(running.engine) as session:
        closed = session.get(Incident, incident.id)
    assert closed is not None and closed.closed_at is not None
    assert closed.close_reason is not None and closed.close_reason.endswith(settled)
    assert "closed the case: “everything was recorded: " in history(running, incident)
    assert CLOSE_NOW not in card(running, incident)


def is_open(running: RunningBot, incident: Incident) -> bool:
    with Session(running.engine) as session:
        return session.get(Incident, incident.id).closed_at is None  # type: ignore[union-attr]


def planned_action_reminders(running: RunningBot) -> int:
    with Session(running.engine) as session:
        planned = select(Reminder).where(
            Reminder.status == "planned", col(Reminder.action_id).is_not(None)
        )
        return len(session.exec(planned).all())


def mark_done_form(
    running: RunningBot, held: dict[str, Any], row: ImprovementAction
) -> dict[str, Any]:
    """Press Mark done for ``row`` on the owner's reminder message ``held``; the form it
    opened, with that action chosen."""
    opened = len(running.fake.calls("views.open"))
    running.slack.block_actions(
        action("reminder_action_done", str(row.id), block_id=f"reminder_action:{row.id}"),
        user_id=OWNER_ID,
        channel_id=dm_channel_id(OWNER_ID),
        message={"ts": held["ts"], "text": held["text"], "blocks": held["blocks"]},
    )
    running.fake.wait_for("views.open", count=opened + 1)
    view = running.fake.last_view()
    assert view is not None
    which = next(b for b in view["blocks"] if b.get("block_id") == "which")
    assert which["element"]["initial_option"]["value"] == str(row.id)
    return view


def test_owners_are_reminded_and_overdue_actions_escalate(running: RunningBot) -> None:
    incident = log_case(running)
    assert add_action(running, incident, due="2026-11-25").body == ""
    assert (
        add_action(running, incident, title="Brief the GP practices", due="2026-11-25").body == ""
    )
    first, second = stored_actions(running)
    running.fake.clear()
    remind(running, datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # the day before
    # The reminders (their metadata names the reminders carried), not the notices.
    dms = [m for m in running.fake.messages(dm_channel_id(OWNER_ID)) if m.get("metadata")]
    assert any(TITLE in text_of(m) for m in dms)
    buttons = {
        e["action_id"]
        for m in dms
        for b in m.get("blocks") or []
        if b.get("type") == "actions"
        for e in b["elements"]
    }
    assert {"reminder_action_done", "reminder_action_snooze:1"} <= buttons
    running.fake.clear()
    remind(running, datetime(2026, 11, 26, 9, 0, tzinfo=UTC))  # overdue since Wed
    with Session(running.engine) as session:
        sent = session.exec(
            select(Reminder).where(Reminder.action_id == first.id, Reminder.status == "sent")
        ).all()
    assert {(r.kind, r.recipient) for r in sent} >= {("owner", OWNER_ID), ("escalation", USER_ID)}
    escalated = [
        text_of(m) for m in running.fake.messages(dm_channel_id(USER_ID)) if m.get("metadata")
    ]
    assert any(TITLE in t and "overdue, so sent to you too" in t for t in escalated)

    # Mark done on the reminder opens the form that asks for the evidence.
    held = next(
        m
        for m in reversed(running.fake.messages(dm_channel_id(OWNER_ID)))
        if TITLE in text_of(m) and m.get("metadata")
    )
    view = mark_done_form(running, held, first)
    assert view["callback_id"] == "improvement_form"
    assert submit(running, view, evidence=EVIDENCE).body == ""
    # Snooze the other: its next reminder waits.
    running.slack.block_actions(
        action(
            "reminder_action_snooze:1",
            f"{second.id}:1",
            block_id=f"reminder_action:{second.id}",
        ),
        user_id=OWNER_ID,
        channel_id=dm_channel_id(OWNER_ID),
        message={"ts": held["ts"], "text": held["text"], "blocks": held["blocks"]},
    )
    running.fake.wait_for("response_url")
    done, snoozed = stored_actions(running)
    assert done.status == "done" and done.evidence == EVIDENCE
    assert snoozed.snoozed_until == date(2026, 11, 27)
    with Session(running.engine) as session:
        planned = session.exec(
            select(Reminder).where(Reminder.action_id == done.id, Reminder.status == "planned")
        ).all()
    assert planned == []  # done: nothing more to remind of
    assert actions(running)[-2:] == ["action_done", "action_snoozed"]


def test_app_home_and_the_command_list_open_actions(running: RunningBot) -> None:
    incident = log_case(running)
    assert add_action(running, incident, due="2026-11-20", agency="police").body == ""
    assert (
        add_action(running, incident, title="Brief the GP practices", agency="health_icb").body
        == ""
    )
    assert add_action(running, incident, title="Given to me", owner=USER_ID).body == ""
    running.fake.clear()
    assert running.slack.app_home_opened(OWNER_ID).status == 200
    (published,) = running.fake.wait_for("views.publish")
    home = text_of(published.view or {})
    mine = home[home.index("Your actions") : home.index("Overdue actions by agency")]
    assert mine.index(TITLE) < mine.index("Brief the GP practices")  # soonest first
    assert "Given to me" not in mine
    assert "Overdue actions by agency" in home and "Police: 1" in home

    running.fake.clear()
    assert running.slack.slash_command("actions").status == 200
    (reply,) = running.fake.wait_for("response_url")
    listed = text_of({"blocks": reply.blocks})
    assert "Open improvement actions: 3*, 1 overdue" in listed and "Given to me" in listed
    assert reply.params.get("response_type", "ephemeral") == "ephemeral"
    running.fake.clear()
    assert running.slack.slash_command("actions Health (integrated care board)").status == 200
    (reply,) = running.fake.wait_for("response_url")
    listed = text_of({"blocks": reply.blocks})
    assert "Brief the GP practices" in listed and TITLE not in listed
    running.fake.clear()
    assert running.slack.slash_command("actions polise").status == 200
    (reply,) = running.fake.wait_for("response_url")
    helped = text_of({"blocks": reply.blocks})
    # A mistyped agency is not echoed (it could be a name), but the agencies are listed.
    assert "There is no agency “…”" in helped and "`police` (Police)" in helped

    # Marked done from App Home: the done form opens with the action chosen.
    view = published.view or {}  # the tab as first drawn
    menu = next(b for b in view["blocks"] if b.get("block_id") == "home_actions")["accessory"]
    first = menu["options"][0]
    assert first["text"]["text"].startswith("Mark done: Audit escalation")
    pressed = action("home_action_done", first, element_type="overflow", block_id="home_actions")
    assert running.slack.block_actions(pressed, view=view, user_id=OWNER_ID).status == 200
    form = running.fake.wait_for("views.open")[-1].json_param("view")
    which = next(b for b in form["blocks"] if b.get("block_id") == "which")
    assert which["element"]["initial_option"]["value"] == first["value"]
    assert submit(running, form, evidence=EVIDENCE).body == ""
    done = next(a for a in stored_actions(running) if str(a.id) == first["value"])
    assert done.status == "done" and done.evidence == EVIDENCE


def test_a_card_with_a_hundred_long_actions_stays_within_slacks_limits() -> None:
    rules = load_rules()
    case = Incident(
        id=1,
        reference="SI-2026-0001",
        pseudonym="Child K",
        died=True,
        abuse_or_neglect=True,
        location="in_area",
        aware_on=date(2026, 11, 20),
        created_by=USER_ID,
    )
    now = datetime(2026, 11, 23, 10, tzinfo=UTC)
    long = "Review the escalation pathway for missed appointments across agencies " * 4
    recommendations = [
        Recommendation(
            id=n,
            incident_id=1,
            text=long[:300],
            origin="local",
            recorded_by=USER_ID,
            recorded_at=now,
        )
        for n in range(1, 51)
    ]
    rows = [
        ImprovementAction(
            id=n,
            incident_id=1,
            title=long[:300],
            origin="local",
            agency="health_icb",
            owner_id=OWNER_ID,
            due_on=date(2026, 11, 1 + n % 28),
            status=("open", "done", "not_taken_forward")[n % 3],
            reason=long[:300] if n % 3 == 2 else None,
            done_on=date(2026, 11, 20) if n % 3 == 1 else None,
            created_by=USER_ID,
            created_at=now,
        )
        for n in range(1, 101)
    ]
    blocks = case_card(
        case, [], date(2026, 11, 23), rules, recommendations=recommendations, actions=rows
    )
    assert FakeSlackAPI()._block_errors([b.to_dict() for b in blocks], 50) == []
    section = [b.to_dict() for b in blocks if (b.block_id or "").startswith("improvement")]
    assert len(section) == 2
    summary = section[0]["text"]["text"]
    assert summary.startswith("*Improvement actions*: 34 of 100 actions done, ")
    assert "33 not taken forward" in summary and "more recommendations._" in summary
    assert "more: `/incident actions` lists the open ones" in section[1]["text"]["text"]
    for verb in ("action_done", "action_drop", "action_assure", "action_reopen"):
        view = improvement_modal(
            ActionVerb(verb),
            case,
            recommendations,
            rows,
            rules.checklist.agencies,
            date(2026, 11, 23),
        )
        assert FakeSlackAPI().view_errors(view.to_dict()) == [], verb


def test_actions_are_in_the_csv_and_their_due_dates_in_the_ics(running: RunningBot) -> None:
    incident = log_case(running)
    assert add_action(running, incident).body == ""
    view = register_form(running, "action_done", incident)
    assert submit(running, view, evidence=EVIDENCE).body == ""
    assert (
        add_action(running, incident, title="Brief the GP practices", due="2027-01-15").body == ""
    )
    done, open_one = stored_actions(running)
    table = list(csv.DictReader(io.StringIO(exports.cases_csv(running.engine))))
    rows = {r["step"]: r for r in table if r["kind"] == "action"}
    assert set(rows) == {f"action:{done.id}", f"action:{open_one.id}"}
    expected = {
        "reference": incident.reference,
        "step_title": TITLE,
        "owner_role": "health_icb",
        "owner": OWNER_ID,
        "due_on": "2026-12-04",
        "provisional": "no",
        "origin": "rapid",
        "assurance_due_on": "2027-02-22",
        "assurance_result": "",
    }
    assert {k: rows[f"action:{done.id}"][k] for k in expected} == expected
    assert rows[f"action:{done.id}"]["status"] == "done"
    assert rows[f"action:{done.id}"]["completed_on"] == "2026-11-23"
    assert rows[f"action:{open_one.id}"]["due_on"] == "2027-01-15"
    assert EVIDENCE not in exports.cases_csv(running.engine)  # the evidence stays out
    ics = exports.deadlines_ics(running.engine, now=running.clock())
    assert f"{incident.reference}-action-{open_one.id}@safeguarding-bot" in ics
    assert "DTSTART;VALUE=DATE:20270115" in ics
    assert f"action-{done.id}@" not in ics  # done: no longer a date to keep


def test_a_practice_learning_reviews_actions_join_the_register(running: RunningBot) -> None:
    below = {"what_happened": "seriously_harmed", "abuse_or_neglect": "no"}
    incident = log_case(running, **below, learning_review=["practice_learning_review"])
    assert incident.practice_learning_review
    view = register_form(running, "recommend", incident)
    origin = next(b for b in view["blocks"] if b.get("block_id") == "origin")
    assert origin["element"]["initial_option"]["value"] == "practice_learning"
    assert add_action(running, incident).body == ""  # an immediate action, no recommendation
    (row,) = stored_actions(running)
    assert row.origin == "practice_learning" and row.recommendation_id is None
    assert "0 of 1 action done" in card(running, incident)


def test_the_digest_lists_overdue_actions_with_their_owners(running: RunningBot) -> None:
    incident = log_case(running)
    assert add_action(running, incident, due="2026-11-20").body == ""
    running.fake.clear()
    remind(running, datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # the digest's time
    digest = next(
        text_of(m) for m in running.fake.messages(CHANNEL_ID) if "Daily digest" in text_of(m)
    )
    overdue = digest[digest.index("Overdue") : digest.index("Due this week")]
    assert f"{TITLE} · due *Fri 20 Nov 2026* · overdue by 2 working days" in overdue
    assert f"improvement action · <@{OWNER_ID}>" in overdue
    # The notifications are named with their owner; the checklist's items share a line.
    assert (
        "(serious incident notification) · due *Fri 27 Nov 2026* · 3 working days left · "
        f"<@{OWNER_ID}>"
    ) in digest
    assert "2 checklist items, the soonest due *Mon 23 Nov 2026*" in overdue


def test_a_title_ending_in_a_full_stop_is_not_punctuated_twice(running: RunningBot) -> None:
    incident = log_case(running)
    title = "Brief the GP practices."
    assert add_action(running, incident, title=title, due="2026-11-25").body == ""
    running.fake.clear()
    remind(running, datetime(2026, 11, 24, 9, 0, tzinfo=UTC))  # the day before
    reminder = next(
        m
        for m in running.fake.messages(dm_channel_id(OWNER_ID))
        if m.get("metadata") and title[:-1] in m["text"]
    )
    assert "Brief the GP practices, due Wed 25 Nov 2026" in reminder["text"]
    assert "practices.," not in text_of(reminder) and "practices.*," not in text_of(reminder)
