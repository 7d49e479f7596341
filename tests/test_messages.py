"""What the messages show, within Slack's limits: the builders fed oversized data and
checked by the fake Slack's own validation, the history in plain words, the review
decision and not-applicable reasons on the card, and the wording of reminders and counts."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from slack_sdk.models.blocks import Block
from sqlmodel import Session, select

from bot.config import ConfigError, load_settings
from bot.domain.checklist import MAX_ITEMS
from bot.domain.timetable import MAX_STEPS, parse_timetable
from bot.domain.words import AuditAction
from bot.rules import RulesError, load_checklist, load_rules
from bot.usecases.lifecycle import record_step_done, set_step_status
from bot.views import history
from bot.views.case_card import case_card, case_card_text
from bot.views.checklist import checklist_message
from bot.views.history import history_blocks, history_line, history_modal
from bot.views.reminders import Line, reminders_message
from bot.views.text import SECTION_TEXT, cut
from storage.models import AuditEvent, ChecklistItem, Incident, Step
from tests.support.cases import choose, fill, log_case, message, step_of
from tests.support.fake_slack import FakeSlackAPI
from tests.support.forms import text_of
from tests.support.running_bot import RunningBot
from tests.support.slack_requests import USER_ID

RULES = load_rules()
TODAY = date(2026, 12, 1)
LONG = "A reason typed at length, as people do when a case is hard. " * 60  # ~3,600 characters
LEAD = "U0LEADPO01"


def errors(blocks: list[Block], limit: int = 50) -> list[str]:
    """What Slack (as the fake enforces it) would refuse in these blocks."""
    return FakeSlackAPI()._block_errors([block.to_dict() for block in blocks], limit)


def incident(**changes: Any) -> Incident:
    values: dict[str, Any] = {
        "id": 1,
        "reference": "SI-2026-0001",
        "pseudonym": "Child K",
        "died": True,
        "abuse_or_neglect": True,
        "location": "in_area",
        "aware_on": date(2026, 11, 23),
        "summary": "A serious incident; agencies involved.",
        "created_by": USER_ID,
        "channel_id": "C0INCIDENT",
        "card_ts": "1700000000.000100",
    }
    return Incident(**(values | changes))


def step(n: int, **changes: Any) -> Step:
    values: dict[str, Any] = {
        "id": n,
        "incident_id": 1,
        "step_key": f"step_{n}",
        "title": f"Step {n}",
        "owner_role": "partners",
        "due_on": date(2026, 12, 10),
        "basis": "5 working days after awareness (Mon 23 Nov 2026)",
    }
    return Step(**(values | changes))


def event(action: str, at: datetime, actor: str = LEAD, **detail: Any) -> AuditEvent:
    return AuditEvent(incident_id=1, at=at, actor=actor, action=action, detail=detail)


# -- one way to cut a text ----------------------------------------------------------------


def test_cut_keeps_what_fits_and_never_tears_an_entity_or_a_mention() -> None:
    assert cut("short", 10) == "short"
    assert cut("x" * 20, 10) == "x" * 9 + "…"
    assert cut("ab &amp; cd", 6) == "ab …"
    assert cut(f"see <@{USER_ID}> now", 10) == "see …"


# -- item 7: every builder within Slack's limits, whatever the data -----------------------


def test_a_card_with_oversized_texts_and_too_many_steps_still_fits() -> None:
    steps = [
        step(n, title="T" * 400, basis=LONG, status="paused", pause_reason=LONG)
        for n in range(1, 61)
    ]
    big = incident(
        summary=LONG,
        reference="SI-2026-0001" + "X" * 200,
        decision="lcspr",
        decided_on=date(2026, 12, 1),
        decision_rationale=LONG,
        closed_at=datetime(2026, 12, 1, 12, tzinfo=UTC),
        close_reason=LONG,
    )
    blocks = case_card(big, steps, TODAY, RULES)
    assert errors(blocks) == []
    assert "steps are not shown" in str([b.to_dict() for b in blocks])


@pytest.mark.parametrize("status", ["open", "paused", "done", "not_applicable"])
def test_every_step_menu_has_two_to_five_options_or_is_one_button(status: str) -> None:
    keys = [rule.step_key for rule in RULES.timetable.steps]
    steps = [step(n, step_key=key, status=status) for n, key in enumerate(keys, 1)]
    blocks = case_card(incident(decision="lcspr"), steps, TODAY, RULES)
    assert errors(blocks) == []
    on_steps = [b.to_dict() for b in blocks if (b.block_id or "").startswith("step:")]
    kinds = {b["accessory"]["type"] for b in on_steps if b.get("accessory")}
    assert kinds == ({"button"} if status in ("done", "not_applicable") else {"overflow"})


def test_a_checklist_stored_longer_than_a_message_still_fits() -> None:
    items = [
        ChecklistItem(
            id=n,
            incident_id=1,
            item_key=f"item_{n}",
            title="I" * 400,
            position=n,
            note=LONG,
            status="done" if n % 2 else "open",
            updated_by=USER_ID,
            updated_at=datetime(2026, 11, 30, 12, tzinfo=UTC),
        )
        for n in range(70)
    ]
    blocks = checklist_message(incident(), items, TODAY, RULES.calendar)
    assert errors(blocks) == []
    assert f"{70 - MAX_ITEMS} more items are not shown" in str([b.to_dict() for b in blocks])


def test_a_checklist_file_that_could_outgrow_a_message_is_refused_at_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped = (Path(__file__).parents[1] / "bot" / "rules" / "checklist.toml").read_text()
    extra = "".join(
        f'\n[[item]]\nkey = "extra_{chr(97 + n // 26)}{chr(97 + n % 26)}"\n'
        f'title = "Extra task"\ndue = "2 working days after"\n'
        for n in range(MAX_ITEMS)
    )
    path = tmp_path / "checklist.toml"
    path.write_text(shipped + extra)
    with pytest.raises(RulesError, match=f"a Slack message holds at most {MAX_ITEMS}"):
        load_checklist(path)
    monkeypatch.setenv("SAFEGUARDING_CHECKLIST", str(path))
    with pytest.raises(ConfigError) as refused:  # the CLI prints it as one line, status 2
        load_settings().rules()
    assert str(refused.value).startswith(f"SAFEGUARDING_CHECKLIST: {path}: with every agency")
    assert "\n" not in str(refused.value)
    # The shipped checklist, with every agency involved, is well within the limit.
    template = load_checklist()
    assert (
        sum(len(r.only_for or template.agencies) if r.per_agency else 1 for r in template.items)
        < MAX_ITEMS
    )


def test_a_timetable_too_long_for_a_card_is_refused() -> None:
    rule = {
        "title": "A step",
        "owner": "partners",
        "clock": "aware_on",
        "due": "5 working days after",
    }
    steps = [{"id": f"s{n}", **rule} for n in range(MAX_STEPS + 1)]
    with pytest.raises(ValueError, match=f"holds at most {MAX_STEPS}"):
        parse_timetable({"step": steps})
    assert parse_timetable({"step": steps[:MAX_STEPS]})


def test_a_long_history_fits_a_view_and_keeps_the_latest() -> None:
    at = datetime(2026, 11, 23, 10, tzinfo=UTC)
    events = [event("step_paused", at, step="lcspr_publication", reason=LONG) for _ in range(150)]
    events.append(event("case_closed", at, reason="the last change"))
    view = history_modal(incident(), events, 400, {}, {}, {}).to_dict()
    assert FakeSlackAPI().view_errors(view) == []
    shown = text_of(view)
    assert "the last change" in shown and " of 400 changes" in shown
    blocks, count = history_blocks(events, {}, 3, agencies={}, reasons={})
    assert len(blocks) == 3 and count < len(events)
    assert all(len(b.to_dict()["text"]["text"]) <= SECTION_TEXT for b in blocks)


def test_a_long_history_opens_from_the_history_button_and_show(running: RunningBot) -> None:
    """Twelve changes with long reasons once made one section too long for Slack."""
    case = log_case(running)
    record_step_done(
        running.engine,
        RULES,
        step_id=step_of(running, "lcspr_decision").id,
        on=date(2026, 11, 23),
        decision="lcspr",
        rationale="Learning about information sharing between agencies.",
        actor=USER_ID,
        now=running.clock(),
    )
    publication = step_of(running, "lcspr_publication")
    for n in range(12):
        status = "paused" if n % 2 == 0 else "open"
        set_step_status(
            running.engine,
            RULES,
            step_id=publication.id,
            status=status,
            reason=f"{n}: " + "Proceedings are running and the date moved again. " * 6,
            actor=USER_ID,
            now=running.clock(),
        )
    choose(running, "case_history", str(case.id))
    opened = running.fake.wait_for("views.open")[0]
    assert opened.ok, opened.response
    assert "11: Proceedings" in text_of(opened.view)
    running.slack.slash_command(f"show {case.reference}")
    reply = running.fake.wait_for("response_url")[0]
    assert reply.ok, reply.response
    assert "Latest changes" in text_of(reply.params)


# -- item 9: shown, and told ---------------------------------------------------------------


def test_the_card_shows_the_review_decision_and_publication_plan() -> None:
    decided = incident(
        decision="lcspr",
        decided_on=date(2027, 1, 14),
        decision_rationale="Learning about <multi-agency> information sharing",
        family_informed_on=date(2027, 1, 15),
        publication_planned_on=date(2027, 7, 1),
    )
    shown = text_of({"blocks": [b.to_dict() for b in case_card(decided, [], TODAY, RULES)]})
    decision = "Commission a local child safeguarding practice review, decided Thu 14 Jan 2027"
    assert f"*Review decision:* {decision}" in shown
    assert "Rationale: “Learning about &lt;multi-agency&gt; information sharing”" in shown
    assert "Shared with the family: Fri 15 Jan 2027" in shown
    assert "*Publication planned:* Thu 1 Jul 2027" in shown
    national = incident(decision="national", decided_on=date(2027, 1, 14))
    shown = text_of({"blocks": [b.to_dict() for b in case_card(national, [], TODAY, RULES)]})
    assert "Recommend a national review to the Panel" in shown
    assert "Shared with the family: not yet" in shown


def test_a_not_applicable_reason_is_kept_shown_and_cleared_by_undo(running: RunningBot) -> None:
    case = log_case(running)
    cdop = step_of(running, "cdop_notification")
    choose(running, "case_step", f"not_applicable:{cdop.id}")
    fill(running, 1, {"reason": ("value", "plain_text_input", "Not a death: serious harm.")})
    running.fake.wait_for("chat.update")
    assert (
        step_of(running, "cdop_notification").not_applicable_reason == "Not a death: serious harm."
    )
    shown = message(running, case.card_ts)
    assert f"not applicable: “Not a death: serious harm.” (recorded by <@{USER_ID}>)" in shown
    choose(running, "case_step", f"undo:{cdop.id}")
    running.fake.wait_for("chat.update", count=4)  # the card and the checklist, twice
    assert step_of(running, "cdop_notification").not_applicable_reason is None
    assert "Not a death: serious harm." not in message(running, case.card_ts)


# -- item 10: history in plain words ----------------------------------------------------


def test_history_says_what_a_person_did_in_london_time() -> None:
    names = {"cdop_notification": "Notify CDOP", "request_summaries": "Ask for summaries"}
    winter = datetime(2026, 12, 1, 10, 42, tzinfo=UTC)
    line = history_line(
        event(
            "step_not_applicable",
            winter,
            step="cdop_notification",
            reason="not a death",
            **{"from": "open", "to": "not_applicable"},
        ),
        names,
    )
    assert (
        line
        == f"Tue 1 Dec 2026 10:42 — <@{LEAD}> marked “Notify CDOP” not applicable: “not a death”"
    )
    summer = datetime(2027, 6, 1, 10, 42, tzinfo=UTC)
    posted = history_line(event("posted", summer, "system", card_ts="1700000004.000100"), names)
    assert posted == "Tue 1 Jun 2027 11:42 — The bot posted the case card in the channel"
    done = history_line(
        event("checklist_item_updated", winter, item="request_summaries", to="done"), names
    )
    assert done.endswith(f"<@{LEAD}> marked checklist item “Ask for summaries” done")
    assigned = history_line(event("step_assigned", winter, step="x_y", to=USER_ID), names)
    assert assigned.endswith(f"gave “x y” to <@{USER_ID}>")


@pytest.mark.parametrize(
    ("reasons", "said"),
    [({"reason": "not a death"}, ": “not a death”"), ({}, ", with a reason since removed")],
)
def test_history_quotes_a_given_reason_while_its_words_are_kept(
    reasons: dict[str, str], said: str
) -> None:
    """The event holds only that a reason was given; the history quotes its words, kept
    apart, and says they were removed once they are not."""
    winter = datetime(2026, 12, 1, 10, 42, tzinfo=UTC)
    paused = event("step_paused", winter, step="cdop_notification", reason="given")
    line = history_line(paused, {"cdop_notification": "Notify CDOP"}, reasons=reasons)
    assert line.endswith(f"paused “Notify CDOP”{said}")


def test_history_says_what_an_edit_and_a_recompute_changed() -> None:
    names = {"panel_notification": "Notify the Panel"}
    winter = datetime(2026, 12, 1, 10, 42, tzinfo=UTC)
    changed = {
        "aware_on": {"from": "2026-11-20", "to": "2026-11-18"},
        "owner_id": {"from": LEAD, "to": USER_ID},
        "abuse_or_neglect": {"from": True, "to": False},
        "summary": "changed",
    }
    edited = history_line(event("case_edited", winter, changed=changed), names)
    assert edited.endswith(
        "corrected the case: awareness date Fri 20 Nov 2026 → Wed 18 Nov 2026, case owner "
        f"<@{LEAD}> → <@{USER_ID}>, abuse or neglect suspected yes → no, summary changed"
    )
    due = {"step:panel_notification": {"from": "2026-11-27", "to": "2026-11-30"}}
    moved = history_line(event("deadlines_recomputed", winter, actor="system", due=due), names)
    assert moved.endswith("“Notify the Panel” Fri 27 Nov 2026 → Mon 30 Nov 2026")


def test_every_audit_action_in_the_code_has_its_own_words() -> None:
    assert set(history._SAYS) == set(AuditAction)
    bot = Path(__file__).parents[1] / "bot"
    texts = (path.read_text() for path in bot.rglob("*.py"))
    source = "\n".join(text for text in texts if "record_audit(" in text)
    written = set(re.findall(r'(?<!_)action="([a-z_]+)"', source))  # not yet typed
    assert written <= set(AuditAction)


# -- item 12: wording -----------------------------------------------------------------------


def test_reminders_say_the_date_and_time_left_in_one_plain_phrase() -> None:
    panel = step(1, title="Complete the rapid review and send it to the Panel", due_on=TODAY)
    text, _ = reminders_message([Line(incident(), panel)], TODAY, RULES.calendar)
    assert text.endswith("send it to the Panel, due Tue 1 Dec 2026 (today).")
    text, _ = reminders_message([Line(incident(), panel)], date(2026, 11, 26), RULES.calendar)
    assert text.endswith("send it to the Panel, due Tue 1 Dec 2026 (3 working days left).")


def test_the_checklist_counts_what_there_is_to_do(running: RunningBot) -> None:
    case = log_case(running)
    with Session(running.engine) as session:
        items = session.exec(select(ChecklistItem).order_by(ChecklistItem.position)).all()
    total = len(items)
    for n, item in enumerate(items[:2]):
        choose(running, "checklist_item", f"done:{item.id}")
        running.fake.wait_for("chat.update", count=n + 1)
    choose(running, "checklist_item", f"not_applicable:{items[2].id}")
    reason = ("value", "plain_text_input", "no other children")
    assert fill(running, 1, {"reason": reason}).body == ""
    running.fake.wait_for("chat.update", count=3)
    assert f"2 of {total - 1} done, 1 not applicable." in message(running, case.checklist_ts)


def test_the_closing_footer_has_one_full_stop() -> None:
    closed = incident(
        closed_at=datetime(2026, 12, 1, 12, tzinfo=UTC),
        close_reason="Logged twice: a duplicate case.",
    )
    shown = text_of({"blocks": [b.to_dict() for b in case_card(closed, [], TODAY, RULES)]})
    assert "Closed on Tue 1 Dec 2026:* Logged twice: a duplicate case." in shown
    assert ".." not in shown


def test_the_cards_notification_text_says_what_the_case_is() -> None:
    assert case_card_text(incident()) == "Serious incident SI-2026-0001 · Child K"
    below = incident(abuse_or_neglect=False, practice_learning_review=True)
    assert case_card_text(below) == "Practice learning review SI-2026-0001 · Child K"
    looked_after = incident(abuse_or_neglect=False, looked_after=True)
    assert case_card_text(looked_after) == "Case SI-2026-0001 · Child K"
