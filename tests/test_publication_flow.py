"""Parallel proceedings and publication, driven as Slack does: a local review is
commissioned after the rapid review; criminal proceedings with a trial date pause the
publication steps and move the planned publication (and so the final report) to after the
trial; a new trial date moves it again; the trial's conclusion resumes the steps; and the
report is published with only the information about improvements, a reason and a link."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlmodel import Session, col, select

from bot.domain.publication import page_url_problem, publication_record
from bot.domain.review import PublicationKind
from bot.domain.words import Status
from bot.listeners.guard import OUT_OF_DATE
from bot.rules import load_rules
from bot.usecases import lifecycle
from storage.models import AuditEvent, Incident, Proceedings, Reminder, Step
from tests.support.cases import (
    actions,
    audited,
    choose,
    history,
    log_case,
    message,
    opened,
    step_of,
)
from tests.support.forms import text_of
from tests.support.review import record as record_review
from tests.support.review import settle_open
from tests.support.running_bot import OWNER_ID, RunningBot
from tests.support.slack_requests import CHANNEL_ID, USER_ID, dm_channel_id

SENT_REASON = "the chair agreed to send it at the partnership meeting"
NOT_NEEDED = "the partners agreed it was not needed for this review"
PAGE = "https://www.example-lscp.org.uk/reviews/child-k"


def send(running: RunningBot, view: dict[str, Any], **values: tuple[str, Any]) -> Any:
    """Submit a form with ``values`` (block id: (element type, value)); wait for the card
    and the checklist to be redrawn when it was accepted. The steps a publication form asks
    about are not applicable, unless ``values`` answer them."""
    updates = len(running.fake.calls("chat.update"))
    given = {block: ("value", kind, value) for block, (kind, value) in values.items()}
    state = settle_open(view, reason=NOT_NEEDED) | given
    answer = running.slack.view_submission(view=view, state_values=state)
    assert answer.status == 200
    if answer.body == "":
        running.fake.wait_for("chat.update", count=updates + 2)
    return answer


def section(running: RunningBot, verb: str, incident: Incident, **values: tuple[str, Any]) -> Any:
    """Choose ``verb`` from the proceedings and publication section, and submit its form."""
    return send(running, opened(running, "publication", f"{verb}:{incident.id}"), **values)


def step_form(running: RunningBot, verb: str, key: str, **values: tuple[str, Any]) -> Any:
    """Choose ``verb`` from a step's menu on the card, and submit its form."""
    return send(
        running, opened(running, "case_step", f"{verb}:{step_of(running, key).id}"), **values
    )


def local_review(running: RunningBot) -> Incident:
    """A death with abuse suspected, the rapid review sent and a local review commissioned
    on Mon 23 Nov 2026."""
    incident = log_case(running)
    assert record_review(running, incident, "sent", reason=SENT_REASON).body == ""
    answer = step_form(
        running,
        "done",
        "lcspr_decision",
        date=("datepicker", date(2026, 11, 23)),
        decision=("radio_buttons", "lcspr"),
        rationale=("plain_text_input", "Two or more agencies worked together."),
        family_informed_on=("datepicker", None),
    )
    assert answer.body == ""
    return incident


def planned_local_review(running: RunningBot) -> Incident:
    """A local review as :func:`local_review`, its publication planned for Mon 26 Apr 2027."""
    incident = local_review(running)
    planned = step_form(
        running, "plan", "lcspr_publication", date=("datepicker", date(2027, 4, 26))
    )
    assert planned.body == ""
    return incident


def card_section(running: RunningBot, incident: Incident) -> dict[str, Any]:
    return next(b for b in blocks_of(running, incident) if b.get("block_id") == "publication")


def blocks_of(running: RunningBot, incident: Incident) -> list[dict[str, Any]]:
    shown = next(m for m in running.fake.messages(CHANNEL_ID) if m["ts"] == incident.card_ts)
    blocks: list[dict[str, Any]] = shown["blocks"]
    return blocks


def menu_of(block: dict[str, Any]) -> list[str]:
    accessory = block["accessory"]
    return [option["value"] for option in accessory.get("options", [accessory])]


def proceedings(running: RunningBot) -> list[Proceedings]:
    with Session(running.engine) as session:
        return list(session.exec(select(Proceedings).order_by(Proceedings.id)).all())


def held(step: Step) -> tuple[str, str | None, bool]:
    return step.status, step.pause_reason, step.held_by_proceedings


def test_a_trial_holds_publication_moves_it_and_its_end_lets_it_go_ahead(
    running: RunningBot,
) -> None:
    incident = planned_local_review(running)
    assert step_of(running, "final_report_to_panel").due_on == date(2027, 4, 15)
    block = card_section(running, incident)
    assert "No parallel proceedings recorded" in block["text"]["text"]
    assert (
        "*Publication planned:* Mon 26 Apr 2027 (the partnership's plan)" in block["text"]["text"]
    )
    assert menu_of(block) == [f"record:{incident.id}"]

    # Criminal proceedings, the trial expected after the partnership's own plan.
    view = opened(running, "publication", f"record:{incident.id}")
    kinds = next(b for b in view["blocks"] if b.get("block_id") == "kind")
    titles = [o["text"]["text"] for o in kinds["element"]["options"]]
    assert titles == ["Criminal proceedings", "Coroner's inquest", "Family proceedings"]
    answer = send(
        running,
        view,
        kind=("radio_buttons", "criminal"),
        expected=("datepicker", date(2027, 6, 7)),
    )
    assert answer.body == ""
    trial = "Publication held for the criminal proceedings (trial expected Mon 7 Jun 2027)"
    for key in ("lcspr_publication", "final_report_to_panel"):
        assert held(step_of(running, key)) == ("paused", trial, True)
    # Ten working days after the trial; the final report 7 working days before that.
    assert step_of(running, "final_report_to_panel").due_on == date(2027, 6, 10)
    text = card_section(running, incident)["text"]["text"]
    assert "• Criminal proceedings: trial expected Mon 7 Jun 2027" in text
    assert (
        "*Publication planned:* Mon 21 Jun 2027, 10 working days after the trial "
        "(Mon 7 Jun 2027): moved from the partnership's plan of Mon 26 Apr 2027 for the "
        "criminal proceedings"
    ) in text
    card = message(running, incident.card_ts)
    assert f"paused: {trial}" in card
    # Held by the proceedings, the steps resume when they conclude, not by hand.
    publication = step_of(running, "lcspr_publication")
    shown = next(m for m in running.fake.messages(CHANNEL_ID) if m["ts"] == incident.card_ts)
    step_block = next(b for b in shown["blocks"] if b.get("block_id") == f"step:{publication.id}")
    assert step_block["accessory"]["value"] == f"assign:{publication.id}"  # no Resume…
    with Session(running.engine) as session:
        stored = session.get(Incident, incident.id)
        assert stored is not None and stored.publication_planned_on == date(2027, 4, 26)
    (row,) = proceedings(running)
    assert menu_of(card_section(running, incident)) == [
        f"record:{incident.id}",
        f"expected:{incident.id}",
        f"concluded:{incident.id}",
        f"remove:{incident.id}",
    ]

    # The trial is adjourned: publication moves with it.
    view = opened(running, "publication", f"expected:{incident.id}")
    which = next(b for b in view["blocks"] if b.get("block_id") == "which")
    assert which["element"]["initial_option"]["value"] == str(row.id)
    assert view["blocks"][-1]["element"]["initial_date"] == "2027-06-07"
    answer = send(
        running,
        view,
        which=("radio_buttons", str(row.id)),
        expected=("datepicker", date(2027, 9, 6)),
    )
    assert answer.body == ""
    assert step_of(running, "final_report_to_panel").due_on == date(2027, 9, 9)
    moved = "Publication held for the criminal proceedings (trial expected Mon 6 Sep 2027)"
    assert held(step_of(running, "lcspr_publication")) == ("paused", moved, True)
    assert (
        "*Publication planned:* Mon 20 Sep 2027" in card_section(running, incident)["text"]["text"]
    )

    # The trial ends: the steps count down again, to 10 working days after its conclusion.
    running.clock.now = datetime(2027, 9, 13, 10, 30, tzinfo=UTC)
    refused = section(
        running,
        "concluded",
        incident,
        which=("radio_buttons", str(row.id)),
        date=("datepicker", date(2027, 9, 14)),
    )
    assert refused.json()["errors"]["date"] == "This date cannot be in the future."
    answer = section(
        running,
        "concluded",
        incident,
        which=("radio_buttons", str(row.id)),
        date=("datepicker", date(2027, 9, 10)),
    )
    assert answer.body == ""
    for key in ("lcspr_publication", "final_report_to_panel"):
        assert held(step_of(running, key)) == ("open", None, False)
    assert step_of(running, "final_report_to_panel").due_on == date(2027, 9, 15)
    text = card_section(running, incident)["text"]["text"]
    assert (
        "• Criminal proceedings: concluded Fri 10 Sep 2027 (trial expected Mon 6 Sep 2027)" in text
    )
    assert "*Publication planned:* Fri 24 Sep 2027, 10 working days after the criminal" in text
    assert menu_of(card_section(running, incident)) == [
        f"record:{incident.id}",
        f"remove:{incident.id}",
    ]

    assert actions(running)[-3:] == [
        "proceedings_recorded",
        "proceedings_expected_changed",
        "proceedings_concluded",
    ]
    with Session(running.engine) as session:
        changed = session.exec(
            select(AuditEvent).where(AuditEvent.action == "proceedings_expected_changed")
        ).one()
    assert changed.detail["publication"] == {"from": "2027-06-21", "to": "2027-09-20"}
    opened_before = len(running.fake.calls("views.open"))
    choose(running, "case_history", str(incident.id))
    running.fake.wait_for("views.open", count=opened_before + 1)
    history = str(running.fake.last_view())
    assert (
        "recorded criminal proceedings, expected to end on Mon 7 Jun 2027; planned "
        "publication Mon 26 Apr 2027 → Mon 21 Jun 2027"
    ) in history
    assert "changed the date criminal proceedings are expected to end: Mon 7 Jun 2027 → " in history
    assert "recorded criminal proceedings concluded on Fri 10 Sep 2027" in history


def test_only_the_information_about_improvements_is_published_with_a_reason(
    running: RunningBot,
) -> None:
    incident = local_review(running)
    running.clock.now = datetime(2027, 5, 24, 10, 30, tzinfo=UTC)
    on = ("datepicker", date(2027, 5, 24))
    view = opened(running, "case_step", f"done:{step_of(running, 'lcspr_publication').id}")
    kinds = next(b for b in view["blocks"] if b.get("block_id") == "kind")
    assert [o["value"] for o in kinds["element"]["options"]] == ["full_report", "improvements_only"]
    reason_block = next(b for b in view["blocks"] if b.get("block_id") == "reason")
    assert reason_block["label"]["text"] == (
        "Why only the information about improvements is published"
    )

    improvements = ("radio_buttons", "improvements_only")
    refused = send(running, view, date=on, kind=improvements, reason=("plain_text_input", ""))
    assert refused.json()["errors"] == {"reason": "Please say why."}
    naming = ("plain_text_input", "Mrs Smith asked us not to publish the full report")
    refused = send(running, view, date=on, kind=improvements, reason=naming)
    assert "reason" in refused.json()["errors"]  # the guard refuses identifying text
    reason = ("plain_text_input", "the family asked that the full report is not published")
    naming_page = "https://www.example-lscp.org.uk/reviews/Jayden_Smith.pdf"
    for bad in (
        "http://www.example-lscp.org.uk/reviews",
        "https://localhost/x",
        "javascript:x",
        naming_page,  # the guard reads a link's words as it reads typed text
    ):
        refused = send(
            running, view, date=on, kind=improvements, reason=reason, url=("url_text_input", bad)
        )
        assert set(refused.json()["errors"]) == {"url"}, bad
    unchosen = send(running, view, date=on, kind=("radio_buttons", None))
    assert unchosen.json()["errors"] == {"kind": "Choose what was published."}
    assert step_of(running, "lcspr_publication").status == "open"

    answer = send(
        running, view, date=on, kind=improvements, reason=reason, url=("url_text_input", PAGE)
    )
    assert answer.body == ""
    with Session(running.engine) as session:
        stored = session.get(Incident, incident.id)
        assert stored is not None
        assert (stored.published_on, stored.publication_kind, stored.publication_url) == (
            date(2027, 5, 24),
            "improvements_only",
            PAGE,
        )
        assert stored.publication_reason == reason[1]
    assert step_of(running, "report_availability").due_on == date(2028, 5, 24)
    text = card_section(running, incident)["text"]["text"]
    assert (
        "*Published:* Mon 24 May 2027, only the information about improvements: "
        "“the family asked that the full report is not published”"
    ) in text
    assert f"<{PAGE}|The partnership's page>" in text
    assert "Available until at least *Wed 24 May 2028*" in text
    assert "published Mon 24 May (only the information about improvements)" in message(
        running, incident.card_ts
    )

    # Undo clears what was published with the date.
    done = step_of(running, "lcspr_publication")
    updates = len(running.fake.calls("chat.update"))
    choose(running, "case_step", f"undo:{done.id}")
    running.fake.wait_for("chat.update", count=updates + 2)
    with Session(running.engine) as session:
        stored = session.get(Incident, incident.id)
        assert stored is not None
        assert (
            stored.published_on,
            stored.publication_kind,
            stored.publication_reason,
            stored.publication_url,
        ) == (None, None, None, None)
    assert "*Published:*" not in card_section(running, incident)["text"]["text"]


def test_the_full_report_needs_no_reason_and_keeps_none(running: RunningBot) -> None:
    incident = local_review(running)
    answer = step_form(
        running,
        "done",
        "lcspr_publication",
        date=("datepicker", date(2026, 11, 23)),
        kind=("radio_buttons", "full_report"),
        reason=("plain_text_input", "not asked for this one"),
        url=("url_text_input", None),
    )
    assert answer.body == ""
    with Session(running.engine) as session:
        stored = session.get(Incident, incident.id)
        assert stored is not None
        assert (stored.publication_kind, stored.publication_reason, stored.publication_url) == (
            "full_report",
            None,
            None,
        )
    text = card_section(running, incident)["text"]["text"]
    assert "*Published:* Mon 23 Nov 2026, the full report\n" in text
    assert "partnership's page" not in text


def test_proceedings_without_a_local_review_hold_nothing_and_can_be_removed(
    running: RunningBot,
) -> None:
    incident = log_case(running)
    refused = section(
        running,
        "record",
        incident,
        kind=("radio_buttons", "coroner"),
        expected=("datepicker", date(2026, 11, 19)),  # gone by: have they ended?
    )
    said = refused.json()["errors"]["expected"]
    assert "That date has passed. If the proceedings have ended, choose Record concluded…" in said
    assert proceedings(running) == []
    answer = section(
        running,
        "record",
        incident,
        kind=("radio_buttons", "coroner"),
        expected=("datepicker", None),
    )
    assert answer.body == ""
    (row,) = proceedings(running)
    assert (row.kind, row.expected_on, row.concluded_on) == ("coroner", None, None)
    past = {"which": ("radio_buttons", str(row.id)), "expected": ("datepicker", date(2026, 11, 20))}
    refused = section(running, "expected", incident, **past)  # a new date, gone by too
    assert (
        "If the proceedings have ended, choose Record concluded"
        in (refused.json()["errors"]["expected"])
    )
    assert proceedings(running)[0].expected_on is None
    text = card_section(running, incident)["text"]["text"]
    assert "• Coroner's inquest: inquest date not yet known" in text
    assert "They hold publication once a local review is commissioned" in text

    refused = section(
        running,
        "remove",
        incident,
        which=("radio_buttons", str(row.id)),
        reason=("plain_text_input", "Entered for Mr Jones by mistake"),
    )
    assert "reason" in refused.json()["errors"]
    answer = section(
        running,
        "remove",
        incident,
        which=("radio_buttons", str(row.id)),
        reason=("plain_text_input", "recorded on the wrong case"),
    )
    assert answer.body == ""
    assert proceedings(running) == []
    assert menu_of(card_section(running, incident)) == [f"record:{incident.id}"]
    assert actions(running)[-2:] == ["proceedings_recorded", "proceedings_removed"]
    assert "recorded in error: “recorded on the wrong case”" in history(running, incident)
    assert "recorded on the wrong case" not in audited(running)


def test_proceedings_with_no_date_hold_publication_with_no_date(running: RunningBot) -> None:
    incident = local_review(running)
    answer = section(
        running, "record", incident, kind=("radio_buttons", "family"), expected=("datepicker", None)
    )
    assert answer.body == ""
    reason = "Publication held for the family proceedings (final hearing date not yet known)"
    assert held(step_of(running, "lcspr_publication")) == ("paused", reason, True)
    text = card_section(running, incident)["text"]["text"]
    assert (
        "*Publication:* held until the final hearing date is known (the family proceedings)"
    ) in text
    assert (
        "Resumes once they are recorded concluded in *Proceedings and publication* (its ⋯ menu: "
        "Record concluded…)"
    ) in message(running, incident.card_ts)


def test_a_case_without_a_rapid_review_has_no_section(running: RunningBot) -> None:
    incident = log_case(running, what_happened="seriously_harmed", abuse_or_neglect="no")
    shown = next(m for m in running.fake.messages(CHANNEL_ID) if m["ts"] == incident.card_ts)
    assert "publication" not in [b.get("block_id") for b in shown["blocks"]]
    assert choose(running, "publication", f"record:{incident.id}").status == 200
    told = running.fake.wait_for("response_url")[-1].params["text"]
    assert told == OUT_OF_DATE
    assert running.fake.calls("views.open") == []


@pytest.mark.parametrize(
    "url",
    [
        "http://www.example-lscp.org.uk/reviews",
        "https://www.example-lscp.org.uk/reviews|click here",
        "https://www.example-lscp.org.uk/<!channel>",
        "https://user:secret@www.example-lscp.org.uk/reviews",
        "https://www.example-lscp.org.uk:port/reviews",
        "https://intranet/reviews",
        "https://www.example-lscp.org.uk/reviews child k",
        "https://www.example-lscp.org.uk/" + "a" * 500,
        "ftp://www.example-lscp.org.uk/report.pdf",
    ],
)
def test_a_link_that_is_not_a_sound_https_page_is_refused(url: str) -> None:
    assert page_url_problem(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.example-lscp.org.uk/reviews/Jayden_Smith.pdf",
        "https://www.example-lscp.org.uk/reviews/Jayden%20Smith",
        "https://www.example-lscp.org.uk/reviews?contact=jo.bloggs@example.com",
        "https://www.example-lscp.org.uk/reviews/call-07700900461",
        "https://www.example-lscp.org.uk/reviews/14-acacia-avenue",
        "https://www.example-lscp.org.uk/reviews/child-k-dob-03-04-2019",
    ],
)
def test_a_link_whose_words_identify_someone_is_refused(url: str) -> None:
    """Through the form and through the use case alike."""
    problem = page_url_problem(url)
    assert problem and problem.startswith("The link cannot hold that."), problem
    rules = load_rules().review
    with pytest.raises(ValueError, match="The link cannot hold that"):
        publication_record(rules, PublicationKind.FULL_REPORT, None, url)


def test_a_link_naming_the_partnership_s_own_words_is_kept() -> None:
    """A chosen pseudonym the partnership lets through (SAFEGUARDING_ALLOWED_WORDS)."""
    page = "https://www.example-lscp.org.uk/reviews/Child_Taylor"
    assert page_url_problem(page)
    assert page_url_problem(page, allowed=("Taylor",)) is None


def test_a_page_address_with_a_query_is_kept_and_shown_inert() -> None:
    assert page_url_problem(PAGE) is None
    assert page_url_problem("https://www.example-lscp.org.uk/reviews?id=12&year=2027") is None


def test_publication_with_no_actions_yet_keeps_the_case_open_for_the_reports_actions(
    running: RunningBot,
) -> None:
    incident = local_review(running)
    planned = ("datepicker", date(2027, 4, 26))
    assert step_form(running, "plan", "lcspr_publication", date=planned).body == ""
    # Every other step finished beforehand: publication is the last step.
    with Session(running.engine) as session:
        others = session.exec(
            select(Step.id).where(Step.status == "open", Step.step_key != "lcspr_publication")
        ).all()
    for step_id in others:
        lifecycle.set_step_status(
            running.engine,
            load_rules(),
            step_id=step_id or 0,
            status=Status.NOT_APPLICABLE,
            reason="Recorded on the partnership's tracker",
            actor=USER_ID,
            now=running.clock(),
        )
    assert publish(running, date(2026, 11, 23)).body == ""
    # Published, with no recommendation or action recorded yet: they come out of the
    # report, so the case stays open, with the register's controls, and asks nothing.
    with Session(running.engine) as session:
        assert session.get(Incident, incident.id).closed_at is None  # type: ignore[union-attr]
    card = message(running, incident.card_ts)
    assert "Everything is recorded" not in card and "Close case…" in card
    register = next(b for b in blocks_of(running, incident) if b.get("block_id") == "improvement")
    assert menu_of(register) == [f"recommend:{incident.id}", f"add_action:{incident.id}"]
    assert actions(running)[-1] == "step_done"

    # The report's recommendation, then an action under it, recorded after publication.
    view = opened(running, "improvement", f"recommend:{incident.id}")
    text = ("plain_text_input", "Strengthen the escalation of missed health appointments")
    assert (
        send(running, view, text=text, origin=("radio_buttons", option(view, "origin"))).body == ""
    )
    view = opened(running, "improvement", f"add_action:{incident.id}")
    posts = len(running.fake.calls("chat.postMessage"))
    answer = send(
        running,
        view,
        recommendation=("static_select", option(view, "recommendation", -1)),
        title=("plain_text_input", "Audit escalation of missed health appointments"),
        agency=("static_select", option(view, "agency")),
        owner=("users_select", OWNER_ID),
        due=("datepicker", date(2027, 1, 29)),
    )
    assert answer.body == ""
    assert actions(running)[-2:] == ["recommendation_added", "action_added"]
    assert "0 of 1 action done" in message(running, incident.card_ts)
    with Session(running.engine) as session:
        reminded = session.exec(select(Reminder).where(col(Reminder.action_id).is_not(None)))
        assert OWNER_ID in {r.recipient for r in reminded}  # the action's owner
    running.fake.wait_for("chat.postMessage", count=posts + 1)  # and told at once
    assert "You now own" in text_of(running.fake.messages(dm_channel_id(OWNER_ID)))


def publish(running: RunningBot, on: date) -> Any:
    """Record the full report published on ``on``, from the publication step's menu."""
    kind = ("radio_buttons", "full_report")
    return step_form(running, "done", "lcspr_publication", date=("datepicker", on), kind=kind)


def option(view: dict[str, Any], block_id: str, index: int = 0) -> dict[str, Any]:
    """One of the options of a form's choice."""
    block = next(b for b in view["blocks"] if b.get("block_id") == block_id)
    chosen: dict[str, Any] = block["element"]["options"][index]
    return chosen


def test_keeping_the_report_available_is_a_period_not_a_task(running: RunningBot) -> None:
    incident = local_review(running)
    published = date(2026, 11, 24)
    running.clock.now = datetime(2026, 11, 25, 12, tzinfo=UTC)
    assert publish(running, published).body == ""
    kept = step_of(running, "report_availability")
    block = next(b for b in blocks_of(running, incident) if b.get("block_id") == f"step:{kept.id}")
    assert menu_of(block) == [f"assign:{kept.id}", f"not_applicable:{kept.id}"]  # no done
    assert "Record as done" not in text_of(block)

    # A done form opened from a card drawn otherwise is refused, on its date field.
    for on in (date(2026, 11, 23), published):
        answer = step_form(running, "done", "report_availability", date=("datepicker", on))
        assert answer.json()["errors"] == {
            "date": "“Keep the published report available” is a minimum period that runs "
            "from publication (Tue 24 Nov 2026), not a task: no date is recorded for it."
        }
    assert step_of(running, "report_availability").status == "open"


def test_publication_asks_what_is_still_open_and_the_final_report_counts_from_it(
    running: RunningBot,
) -> None:
    incident = planned_local_review(running)
    final = step_of(running, "final_report_to_panel")
    assert (final.due_on, final.provisional) == (date(2027, 4, 15), True)  # from the plan
    running.clock.now = datetime(2027, 6, 1, 10, 30, tzinfo=UTC)
    view = opened(running, "case_step", f"done:{step_of(running, 'lcspr_publication').id}")
    asked = [b.get("block_id", "") for b in view["blocks"]]
    assert "settle:report_signed_off" in asked and "settle:final_report_to_panel" in asked
    assert "settle:reviewer_appointed" in asked
    assert "settle:progress_check" not in asked  # the checks simply end with publication
    published = {
        "date": ("datepicker", date(2027, 5, 28)),
        "kind": ("radio_buttons", "full_report"),
    }

    # Each must be answered: what became of it, with its date or its reason.
    unanswered = send(
        running, view, **published, **{"settle:report_signed_off": ("radio_buttons", None)}
    )
    assert unanswered.json()["errors"] == {
        "settle:report_signed_off": "Say whether it was done or does not apply."
    }
    undated = send(
        running,
        view,
        **published,
        **{
            "settle:report_signed_off": ("radio_buttons", "done"),
            "settle_on:report_signed_off": ("datepicker", None),
        },
    )
    assert undated.json()["errors"] == {"settle_on:report_signed_off": "Choose a date."}
    unsaid = send(
        running,
        view,
        **published,
        **{"settle_why:reviewer_appointed": ("plain_text_input", "")},
    )
    assert unsaid.json()["errors"] == {"settle_why:reviewer_appointed": "Please say why."}
    assert step_of(running, "lcspr_publication").status == "open"

    answers = settle_open(
        view,
        reason=NOT_NEEDED,
        report_signed_off=date(2027, 5, 14),
        final_report_to_panel=date(2027, 5, 21),
    )
    updates = len(running.fake.calls("chat.update"))
    state = {"date": ("value", *published["date"]), "kind": ("value", *published["kind"])}
    answer = running.slack.view_submission(view=view, state_values=state | answers)
    assert answer.body == "", answer.body
    running.fake.wait_for("chat.update", count=updates + 2)

    signed, final = step_of(running, "report_signed_off"), step_of(running, "final_report_to_panel")
    assert (signed.status, signed.completed_on) == ("done", date(2027, 5, 14))
    # 7 working days before the real publication (Fri 28 May 2027), not the plan: sent late.
    assert (final.status, final.completed_on, final.due_on) == (
        "done",
        date(2027, 5, 21),
        date(2027, 5, 19),
    )
    assert not final.provisional
    assert "publication (Fri 28 May 2027)" in final.basis
    dropped = step_of(running, "reviewer_appointed")
    assert (dropped.status, dropped.not_applicable_reason) == ("not_applicable", NOT_NEEDED)
    with Session(running.engine) as session:
        open_ = session.exec(select(Step.step_key).where(Step.status == "open")).all()
        assert "progress_check" not in open_
        reminded = session.exec(
            select(Reminder).where(Reminder.step_id == final.id, Reminder.status == "planned")
        ).all()
        assert reminded == []
    card = message(running, incident.card_ts)
    assert "Partners' sign-off of the report" in card

    before = len(running.fake.calls("views.open"))
    choose(running, "case_history", str(incident.id))
    running.fake.wait_for("views.open", count=before + 1)
    shown = running.fake.last_view()
    assert shown is not None
    said = "\n".join(b["text"]["text"] for b in shown["blocks"] if b.get("text"))
    assert (
        "(full report published); with it, “Appoint the independent reviewer” not "
        f"applicable: “{NOT_NEEDED}”"
    ) in said
    assert "“Partners' sign-off of the report” done on Fri 14 May 2027" in said
    assert (
        "“Send the final report (or the information about improvements, if only that is "
        "published) to the Panel, the Secretary of State and Ofsted” done on Fri 21 May 2027"
    ) in said
    assert (
        "“Progress check on the local review (time taken and quality)” ended with publication"
        in said
    )  # named, not dropped unsaid
