"""The rules after the rapid review: parsing review.toml, each decision's path, dates across
bank holidays, the card's one-line stage, sign-off, the delay step, proceedings and
publication. Expected dates are counted by hand against gov.uk's bank holidays."""

from __future__ import annotations

import copy
import re
import tomllib
from datetime import date
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from bot.domain.calendar import WorkingCalendar
from bot.domain.review import (
    Basis,
    Correspondence,
    Direction,
    NationalDecision,
    PanelAnswer,
    Partner,
    Proceedings,
    ProceedingsKind,
    PublicationKind,
    ReviewPath,
    ReviewState,
    awaited_partners,
    check_publication,
    commissioned_on,
    delay_due,
    may_close,
    may_record_sent,
    next_progress_check,
    panel_decision_due,
    panel_response_due,
    parse_review,
    parse_sign_off_leads,
    plan_contributions,
    plan_milestones,
    plan_publication,
    progress_checks,
    reply_due,
    review_path,
    stage_line,
)
from bot.domain.timetable import Decision, Facts, compute_steps, parse_timetable
from bot.rules import RulesError, check_review, load_review, load_rules, load_timetable

CALENDAR = WorkingCalendar()
RULES = load_review()
SHIPPED: dict[str, Any] = tomllib.loads(
    resources.files("bot.rules").joinpath("review.toml").read_text(encoding="utf-8")
)


def shipped() -> dict[str, Any]:
    return copy.deepcopy(SHIPPED)


def milestone(data: dict[str, Any], key: str) -> dict[str, Any]:
    found: dict[str, Any] = next(m for m in data["milestone"] if m["id"] == key)
    return found


# --- parsing -------------------------------------------------------------------------------


def test_the_shipped_rules_cite_a_source_and_a_basis_for_every_rule() -> None:
    rules = [RULES.sign_off, RULES.panel_response, RULES.panel_decision, RULES.delay]
    rules += [*RULES.decisions.values(), *RULES.panel_answers.values()]
    rules += [RULES.learning_otherwise, RULES.progress_check, RULES.proceedings]
    rules += [RULES.publication, *RULES.milestones, *RULES.national_contributions]
    assert all(rule.source.strip() for rule in rules)
    assert {rule.basis for rule in rules} == set(Basis)
    assert RULES.panel_response.due.amount == 10
    # The decision's words are the timetable's, which stores and compares them too.
    assert str(RULES.progress_check.due) == "1 month after"
    assert RULES.partners[Partner.INTEGRATED_CARE_BOARD] == "Integrated care board"
    assert [RULES.proceedings_kinds[k].expected for k in ProceedingsKind] == [
        "trial",
        "inquest",
        "final hearing",
    ]
    assert RULES.publication_kinds[PublicationKind.IMPROVEMENTS_ONLY].reason_required
    assert not RULES.publication_kinds[PublicationKind.FULL_REPORT].reason_required


def test_the_review_rules_cite_the_law_and_guidance_they_rest_on() -> None:
    """The Panel's decision is the Act's and reg 3's; the final report goes to Ofsted too;
    the six-month target is national guidance, not only a local number."""
    national = RULES.decisions[Decision.NATIONAL]
    assert national.basis == Basis.MUST
    assert "s16B(1)" in national.source and "reg 3" in national.source
    assert "regs 3" not in national.source and "regs 3" not in RULES.panel_decision.source
    by_id = {rule.id: rule for rule in RULES.milestones}
    assert "Ofsted" in by_id["final_report_sent"].title
    assert by_id["final_report_sent"].basis == Basis.SHOULD
    assert by_id["published"].basis == Basis.SHOULD and "DfE" in by_id["published"].source


def test_milestones_come_in_dependency_order_whatever_the_file_order() -> None:
    data = shipped()
    data["milestone"].reverse()
    ids = [rule.id for rule in parse_review(data).milestones]
    for rule in parse_review(data).milestones:
        if rule.after not in (None, "commissioned"):
            assert ids.index(rule.after) < ids.index(rule.id)
    # The ones free to go anywhere keep the file's (here reversed) order.
    assert ids[:2] == ["published", "final_report_sent"]


def test_a_chain_that_goes_round_is_refused_naming_the_loop() -> None:
    data = shipped()
    milestone(data, "reviewer_appointed")["after"] = "learning_event"
    with pytest.raises(ValueError) as caught:
        parse_review(data)
    assert str(caught.value) == (
        "milestone: the after chain goes round: reviewer_appointed → learning_event → "
        "agency_reports → terms_agreed → reviewer_appointed"
    )


def test_a_contribution_following_itself_is_a_loop() -> None:
    data = shipped()
    data["national_contribution"][0]["after"] = "national_contact"
    with pytest.raises(ValueError, match="national_contribution: the after chain goes round"):
        parse_review(data)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: milestone(d, "terms_agreed").update(after="nope"),
            "milestone 'terms_agreed': after 'nope' is neither 'commissioned' nor a milestone",
        ),
        (
            lambda d: milestone(d, "draft_received").update(due="20 working days before"),
            "milestone 'draft_received': due counts forward: write 'after'",
        ),
        (
            lambda d: milestone(d, "draft_received").update(due="soon"),
            "milestone 'draft_received': due: cannot read the offset 'soon'",
        ),
        (
            lambda d: milestone(d, "published").update(due="1 month after"),
            "milestone 'published': a timestep dates it; leave out after and due",
        ),
        (
            lambda d: milestone(d, "draft_received").pop("short"),
            "milestone 'draft_received': short must be text",
        ),
        (
            lambda d: milestone(d, "draft_received").update(owner="reviewer"),
            "milestone 'draft_received': owner must be one of local_authority, partners",
        ),
        (
            lambda d: d["milestone"].append(dict(milestone(d, "draft_received"))),
            "milestone 'draft_received': the id is used twice",
        ),
        (
            lambda d: d["decision"]["national"].pop("source"),
            "decision.national: missing key(s): source",
        ),
        (
            lambda d: d["panel_response"].update(basis="law"),
            "panel_response: basis must be one of must, should, local",
        ),
        (
            lambda d: d["panel_answer"].pop("disagrees"),
            "panel_answer: missing key(s): disagrees",
        ),
        (
            lambda d: d["panel_answer"]["asks_for_more_information"].pop("reply_due"),
            "panel_answer.asks_for_more_information: reply and reply_due go together",
        ),
        (
            lambda d: d["sign_off"]["partners"].pop("police"),
            "sign_off.partners: missing key(s): police",
        ),
        (
            lambda d: d["sign_off"]["partners"].update(probation="Probation"),
            "sign_off.partners: unknown key(s): probation",
        ),
        (lambda d: d["progress_check"].update(every="0 months"), "progress_check: every must"),
        (lambda d: d["progress_check"].update(every="often"), "progress_check: every: cannot"),
        (lambda d: d["learning_otherwise"].update(ways=[]), "learning_otherwise: ways must"),
        (
            lambda d: d["proceedings"]["kinds"]["coroner"].update(expected=""),
            "proceedings.kinds.coroner: expected must name the date",
        ),
        (
            lambda d: d["publication"]["kinds"].pop("improvements_only"),
            "publication.kinds: missing key(s): improvements_only",
        ),
        (lambda d: d.pop("delay"), "missing [delay]"),
        (lambda d: d["proceedings"].pop("kinds"), "missing [proceedings.kinds]"),
        (lambda d: d.update(appeals={}), "unknown section(s): appeals"),
    ],
)
def test_a_wrong_rules_file_is_refused_in_one_line_naming_the_rule_and_key(
    change: Any, message: str
) -> None:
    data = shipped()
    change(data)
    with pytest.raises(ValueError) as caught:
        parse_review(data)
    assert str(caught.value).startswith(message)
    assert "\n" not in str(caught.value)


def test_a_copy_that_does_not_parse_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "review.toml"
    path.write_text('[delay]\ntitle = "x"\n', encoding="utf-8")
    with pytest.raises(RulesError, match=f"^{path}: unknown|^{path}: missing"):
        load_review(path)


def test_the_review_rules_must_name_steps_the_timetable_has(tmp_path: Path) -> None:
    text = resources.files("bot.rules").joinpath("timetable.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    data["step"] = [s for s in data["step"] if s["id"] != "final_report_to_panel"]
    with pytest.raises(RulesError) as caught:
        check_review(RULES, parse_timetable(data))
    assert str(caught.value) == (
        "the review rules' milestone 'final_report_sent': timestep names no timetable "
        "step: final_report_to_panel"
    )
    reviewed = shipped()
    reviewed["publication"]["available_step"] = "lcspr_publication"
    with pytest.raises(RulesError, match="available_step lcspr_publication is not a minimum"):
        check_review(parse_review(reviewed), load_timetable())
    reviewed = shipped()
    reviewed["local_review"]["target_step"] = "report_availability"
    with pytest.raises(RulesError, match="target_step report_availability is not a deadline"):
        check_review(parse_review(reviewed), load_timetable())
    assert load_rules().review == RULES


# --- sign-off ------------------------------------------------------------------------------


def test_sent_may_be_recorded_once_all_three_have_signed_or_with_a_reason() -> None:
    two = {Partner.LOCAL_AUTHORITY, Partner.INTEGRATED_CARE_BOARD}
    assert awaited_partners(two) == (Partner.POLICE,)
    assert awaited_partners(set()) == tuple(Partner)
    assert not may_record_sent(two)
    assert not may_record_sent(two, "   ")
    assert may_record_sent(two, "Police lead on leave; signed by deputy by email")
    assert may_record_sent(set(Partner))


def test_sign_off_leads_are_one_user_or_group_for_each_partner() -> None:
    leads = parse_sign_off_leads(
        "police=U0123ABCD, local_authority=S0123ABCD,integrated_care_board=W1"
    )
    assert leads == {
        Partner.POLICE: "U0123ABCD",
        Partner.LOCAL_AUTHORITY: "S0123ABCD",
        Partner.INTEGRATED_CARE_BOARD: "W1",
    }
    with pytest.raises(ValueError, match=r"^no lead for integrated_care_board"):
        parse_sign_off_leads("police=U1,local_authority=S1")
    with pytest.raises(ValueError, match=r"^'health' is not a partner"):
        parse_sign_off_leads("health=U1")
    with pytest.raises(ValueError, match=r"^police: '#leads' is not a user ID"):
        parse_sign_off_leads("police=#leads")
    with pytest.raises(ValueError, match=r"^police is given twice"):
        parse_sign_off_leads("police=U1,police=U2")


def test_the_sign_off_leads_setting_is_checked_at_start() -> None:
    from pydantic import ValidationError

    from bot.config import Settings

    settings = Settings(
        safeguarding_sign_off_leads="local_authority=S1,police=U2,integrated_care_board=S3"
    )
    assert settings.sign_off_leads()[Partner.POLICE] == "U2"
    assert Settings().sign_off_leads() == {}
    with pytest.raises(ValidationError, match="no lead for"):
        Settings(safeguarding_sign_off_leads="police=U2")


# --- the Panel's answer and the paths ------------------------------------------------------

#: Friday 19 March 2027: the Easter bank holidays (Good Friday 26 March, Easter Monday
#: 29 March) fall inside the next ten working days.
SENT = date(2027, 3, 19)


def test_the_panels_response_is_awaited_ten_working_days_after_sending() -> None:
    assert panel_response_due(RULES, SENT, CALENDAR) == date(2027, 4, 6)
    assert panel_decision_due(RULES, SENT, CALENDAR) == date(2027, 4, 6)
    data = shipped()
    data["panel_response"]["due"] = "15 working days after"
    assert panel_response_due(parse_review(data), SENT, CALENDAR) == date(2027, 4, 13)


def test_an_answer_asking_for_more_owes_a_reply_and_agreement_owes_none() -> None:
    answered = date(2027, 4, 7)
    assert reply_due(RULES, PanelAnswer.ASKS_FOR_MORE_INFORMATION, answered, CALENDAR) == date(
        2027, 4, 14
    )
    assert reply_due(RULES, PanelAnswer.DISAGREES, answered, CALENDAR) == date(2027, 4, 21)
    assert reply_due(RULES, PanelAnswer.AGREES, answered, CALENDAR) is None


def test_the_correspondence_log_holds_a_short_line_not_content() -> None:
    entry = Correspondence(SENT, Direction.TO_PANEL, "Rapid review sent")
    assert entry.direction == "to_panel"
    with pytest.raises(ValueError, match="say what the exchange was"):
        Correspondence(SENT, Direction.FROM_PANEL, " ")
    with pytest.raises(ValueError, match="1 to 150 characters"):
        Correspondence(SENT, Direction.FROM_PANEL, "x" * 151)


def sent(decision: Decision, **recorded: Any) -> ReviewState:
    recorded.setdefault("decided_on", SENT)
    return ReviewState(signed=frozenset(Partner), sent_on=SENT, decision=decision, **recorded)


def test_before_it_is_sent_the_stage_names_who_has_not_signed() -> None:
    state = ReviewState(signed=frozenset({Partner.LOCAL_AUTHORITY}))
    assert review_path(state) == ReviewPath.RAPID_REVIEW
    line = stage_line(RULES, state, CALENDAR, SENT, {})
    assert line == "Rapid review — sign-off awaited from police, integrated care board"
    state = ReviewState(signed=frozenset(Partner))
    assert stage_line(RULES, state, CALENDAR, SENT, {}) == (
        "Rapid review — signed off by all three partners, not yet sent"
    )


def test_a_national_review_recommended_awaits_the_panels_decision() -> None:
    state = sent(Decision.NATIONAL)
    assert review_path(state) == ReviewPath.PANEL_DECISION
    assert commissioned_on(state) is None
    assert stage_line(RULES, state, CALENDAR, date(2027, 3, 22), {}) == (
        "National review recommended — Panel's decision on a national review due Tue 6 Apr"
    )
    assert stage_line(RULES, state, CALENDAR, date(2027, 4, 7), {}).endswith(
        "overdue since Tue 6 Apr"
    )


def test_then_a_national_review_is_followed_by_the_partnerships_contributions() -> None:
    decided = date(2027, 4, 12)
    state = sent(
        Decision.NATIONAL,
        national_decision=NationalDecision.NATIONAL_REVIEW,
        national_decided_on=decided,
    )
    assert review_path(state) == ReviewPath.NATIONAL_REVIEW
    planned = plan_contributions(RULES, decided, {}, CALENDAR)
    assert [(p.id, p.due_on) for p in planned] == [
        ("national_contact", date(2027, 4, 19)),
        # 20 working days over the early May bank holiday (Monday 3 May 2027).
        ("national_information", date(2027, 5, 18)),
        ("national_draft_comments", date(2027, 8, 18)),
    ]
    assert stage_line(RULES, state, CALENDAR, decided, {}) == (
        "National review — Name the partnership's contact for the national review due Mon 19 Apr"
    )
    done = sent(
        Decision.NATIONAL,
        national_decision=NationalDecision.NATIONAL_REVIEW,
        national_decided_on=decided,
        done={"national_contact": date(2027, 4, 14)},
    )
    assert stage_line(RULES, done, CALENDAR, decided, {}) == (
        "National review — Send the information the national reviewer asks for due Thu 13 May"
    )


def test_or_a_local_review_after_all_commissioned_on_the_panels_decision() -> None:
    decided = date(2027, 4, 12)
    state = sent(
        Decision.NATIONAL,
        national_decision=NationalDecision.LOCAL_REVIEW,
        national_decided_on=decided,
    )
    assert review_path(state) == ReviewPath.LOCAL_REVIEW
    assert commissioned_on(state) == decided
    # 20 working days after Monday 12 April, over the early May bank holiday.
    assert stage_line(RULES, state, CALENDAR, decided, {}) == (
        "Local review — reviewer due Tue 11 May"
    )


def test_no_further_review_asks_how_learning_is_shared_and_closes_once_answered() -> None:
    state = sent(Decision.NO_REVIEW)
    assert review_path(state) == ReviewPath.NO_FURTHER_REVIEW
    assert stage_line(RULES, state, CALENDAR, SENT, {}) == (
        "No further review — how the learning is shared due Tue 6 Apr"
    )
    assert "A 7-minute briefing" in RULES.learning_ways
    shared = sent(Decision.NO_REVIEW, learning_way="A 7-minute briefing")
    assert not may_close(RULES, shared)
    assert stage_line(RULES, shared, CALENDAR, SENT, {}) == (
        "No further review — learning shared by a 7-minute briefing; "
        "Panel's response to the rapid review due Tue 6 Apr"
    )
    asks = sent(
        Decision.NO_REVIEW,
        learning_way="A 7-minute briefing",
        panel_answer=PanelAnswer.ASKS_FOR_MORE_INFORMATION,
        panel_answered_on=date(2027, 4, 7),
    )
    assert not may_close(RULES, asks)
    assert stage_line(RULES, asks, CALENDAR, date(2027, 4, 15), {}) == (
        "No further review — learning shared by a 7-minute briefing; "
        "Send the Panel the information it asked for overdue since Wed 14 Apr"
    )
    replied = sent(
        Decision.NO_REVIEW,
        learning_way="A 7-minute briefing",
        panel_answer=PanelAnswer.ASKS_FOR_MORE_INFORMATION,
        panel_answered_on=date(2027, 4, 7),
        reply_sent_on=date(2027, 4, 13),
    )
    assert may_close(RULES, replied)
    assert stage_line(RULES, replied, CALENDAR, SENT, {}).endswith(
        "the Panel has answered, the case may close"
    )
    agreed = sent(Decision.NO_REVIEW, panel_answer=PanelAnswer.AGREES, panel_answered_on=SENT)
    assert not may_close(RULES, agreed)  # the way the learning is shared is not recorded
    assert may_close(
        RULES,
        sent(
            Decision.NO_REVIEW,
            learning_way="A learning event",
            panel_answer=PanelAnswer.AGREES,
            panel_answered_on=SENT,
        ),
    )
    assert not may_close(RULES, sent(Decision.LCSPR, panel_answer=PanelAnswer.AGREES))


# --- the local review ----------------------------------------------------------------------

#: Monday 14 December 2026: Christmas Day, the substitute Boxing Day (Monday 28 December)
#: and New Year's Day fall inside the first milestone.
COMMISSIONED = date(2026, 12, 14)


def test_milestones_fall_due_after_commissioning_across_christmas() -> None:
    planned = plan_milestones(RULES, COMMISSIONED, {}, CALENDAR, {})
    due = {p.id: p.due_on for p in planned}
    assert due["reviewer_appointed"] == date(2027, 1, 14)
    assert due["terms_agreed"] == date(2027, 1, 28)
    assert due["family_invited"] == date(2027, 2, 4)
    assert due["agency_reports"] == date(2027, 2, 25)
    # The timetable's steps date these; without them they wait.
    assert due["final_report_sent"] is None and due["published"] is None
    first = planned[0]
    assert first.basis == "20 working days after commissioning (Mon 14 Dec 2026)"
    assert first.owner == "partners"


def test_a_recorded_milestone_moves_the_ones_that_follow_it() -> None:
    planned = plan_milestones(
        RULES, COMMISSIONED, {"reviewer_appointed": date(2027, 1, 11)}, CALENDAR, {}
    )
    due = {p.id: p.due_on for p in planned}
    assert due["terms_agreed"] == date(2027, 1, 25)
    assert planned[0].done_on == date(2027, 1, 11)
    assert (
        planned[1].basis
        == "10 working days after Appoint the independent reviewer (Mon 11 Jan 2027)"
    )


def test_months_and_a_partnerships_own_closure_day_count_too() -> None:
    data = shipped()
    milestone(data, "reviewer_appointed")["due"] = "1 month after"
    rules = parse_review(data)
    # 14 January 2027 plus one month is Sunday 14 February: the next working day.
    due = plan_milestones(rules, date(2027, 1, 14), {}, CALENDAR, {})[0].due_on
    assert due == date(2027, 2, 15)
    closed = WorkingCalendar({date(2027, 2, 15)})
    assert plan_milestones(rules, date(2027, 1, 14), {}, closed, {})[0].due_on == date(2027, 2, 16)


def test_the_final_report_milestone_is_the_timetables_step_seven_working_days_before() -> None:
    decided = date(2026, 10, 1)
    planned_publication = date(2027, 3, 31)
    facts = Facts(
        aware_on=date(2026, 9, 1),
        died=True,
        notified_on=date(2026, 9, 2),
        decision="lcspr",
        decided_on=decided,
        publication_planned_on=planned_publication,
    )
    timetable_due = {s.step_key: s.due for s in compute_steps(facts, load_timetable(), CALENDAR)}
    planned = plan_milestones(RULES, decided, {}, CALENDAR, timetable_due)
    due = {p.id: p.due_on for p in planned}
    # Seven working days before Wednesday 31 March 2027, skipping Easter.
    assert due["final_report_sent"] == date(2027, 3, 18)
    assert due["published"] == date(2027, 4, 1)  # six months after commissioning
    signed_off = {rule.id: date(2027, 2, 1) for rule in RULES.milestones if rule.timestep is None}
    state = sent(
        Decision.LCSPR,
        decided_on=decided,
        done=signed_off,
        publication_planned_on=planned_publication,
    )
    assert stage_line(RULES, state, CALENDAR, date(2027, 3, 1), timetable_due) == (
        "Local review — report signed off, final report to the Panel due Thu 18 Mar"
    )


def test_the_stage_line_says_what_is_done_and_what_is_due_next() -> None:
    through_draft = {
        "reviewer_appointed": date(2026, 11, 2),
        "terms_agreed": date(2026, 11, 16),
        "family_invited": date(2026, 11, 20),
        "agency_reports": date(2026, 12, 14),
        "learning_event": date(2027, 1, 11),
        "draft_received": date(2027, 2, 19),
    }
    state = sent(Decision.LCSPR, decided_on=date(2026, 10, 1), done=through_draft)
    assert stage_line(RULES, state, CALENDAR, date(2027, 3, 1), {}) == (
        "Local review — draft received, sign-off due Fri 12 Mar"
    )
    assert stage_line(RULES, state, CALENDAR, date(2026, 12, 1), {}) == (
        "Local review — draft received, sign-off due Fri 12 Mar 2027"
    )
    assert stage_line(RULES, state, CALENDAR, date(2027, 3, 15), {}) == (
        "Local review — draft received, sign-off overdue since Fri 12 Mar"
    )


def test_a_published_review_says_what_was_published() -> None:
    state = sent(
        Decision.LCSPR,
        published_on=date(2027, 4, 1),
        publication_kind=PublicationKind.IMPROVEMENTS_ONLY,
    )
    assert stage_line(RULES, state, CALENDAR, date(2027, 4, 2), {}) == (
        "Local review — published Thu 1 Apr (only the information about improvements)"
    )


def test_publishing_only_the_improvements_needs_a_reason() -> None:
    with pytest.raises(ValueError, match="say why only the information about improvements"):
        check_publication(RULES, PublicationKind.IMPROVEMENTS_ONLY, " ")
    check_publication(RULES, PublicationKind.IMPROVEMENTS_ONLY, "The family asked")
    check_publication(RULES, PublicationKind.FULL_REPORT, None)


def test_progress_checks_are_monthly_from_commissioning_without_drifting() -> None:
    commissioned = date(2026, 7, 31)
    # 31 August 2026 is the summer bank holiday; 31 October a Saturday.
    assert progress_checks(RULES, commissioned, date(2026, 12, 31), CALENDAR) == [
        date(2026, 9, 1),
        date(2026, 9, 30),
        date(2026, 11, 2),
        date(2026, 11, 30),
        date(2026, 12, 31),
    ]
    assert next_progress_check(RULES, commissioned, None, CALENDAR) == date(2026, 9, 1)
    assert next_progress_check(RULES, commissioned, date(2026, 9, 1), CALENDAR) == date(2026, 9, 30)
    # A check recorded late: the next is the one after it, not one a month after it.
    assert next_progress_check(RULES, commissioned, date(2026, 10, 5), CALENDAR) == date(
        2026, 11, 2
    )


# --- the delay step and proceedings --------------------------------------------------------


def test_the_delay_step_applies_once_the_target_passes_unpublished() -> None:
    target = date(2027, 5, 25)
    # Five working days after Tuesday 25 May 2027, over the spring bank holiday (31 May).
    assert delay_due(RULES, target, None, date(2027, 5, 26), CALENDAR) == date(2027, 6, 2)
    assert delay_due(RULES, target, None, target, CALENDAR) is None
    assert delay_due(RULES, target, date(2027, 5, 20), date(2027, 6, 1), CALENDAR) is None
    assert delay_due(RULES, None, None, date(2027, 6, 1), CALENDAR) is None


def test_a_new_expected_date_moves_planned_publication_with_it() -> None:
    own_plan = date(2027, 3, 1)
    trial = Proceedings(ProceedingsKind.CRIMINAL, date(2027, 3, 15))
    # Ten working days after the trial, over Easter.
    plan = plan_publication(RULES, own_plan, [trial], CALENDAR)
    assert plan.planned_on == date(2027, 3, 31)
    assert plan.held_by == (trial,)
    later = Proceedings(ProceedingsKind.CRIMINAL, date(2027, 4, 20))
    assert plan_publication(RULES, own_plan, [later], CALENDAR).planned_on == date(2027, 5, 5)
    # Back before the partnership's own plan: the own plan stands, held by nothing.
    earlier = Proceedings(ProceedingsKind.CRIMINAL, date(2027, 2, 1))
    plan = plan_publication(RULES, own_plan, [earlier], CALENDAR)
    assert plan.planned_on == own_plan and plan.held_by == ()
    # The latest of several; a conclusion counts instead of the expected date.
    inquest = Proceedings(ProceedingsKind.CORONER, date(2027, 6, 1), concluded_on=date(2027, 4, 20))
    plan = plan_publication(RULES, None, [trial, inquest], CALENDAR)
    assert plan.planned_on == date(2027, 5, 5) and plan.held_by == (inquest, trial)
    # Proceedings with no date yet hold publication with no date.
    family = Proceedings(ProceedingsKind.FAMILY, None)
    assert plan_publication(RULES, own_plan, [trial, family], CALENDAR).planned_on is None
    assert plan_publication(RULES, own_plan, [], CALENDAR).planned_on == own_plan


def test_the_stage_line_shows_publication_held_by_proceedings() -> None:
    signed_off = {rule.id: date(2027, 2, 1) for rule in RULES.milestones if rule.timestep is None}
    trial = Proceedings(ProceedingsKind.CRIMINAL, date(2027, 3, 15))
    state = sent(Decision.LCSPR, done=signed_off, proceedings=(trial,))
    assert stage_line(RULES, state, CALENDAR, date(2027, 3, 1), {}) == (
        "Local review — report signed off, publication held for the trial (Mon 15 Mar), "
        "planned for Wed 31 Mar"
    )
    inquest = Proceedings(ProceedingsKind.CORONER, date(2027, 4, 20))
    both = sent(Decision.LCSPR, done=signed_off, proceedings=(trial, inquest))
    assert stage_line(RULES, both, CALENDAR, date(2027, 3, 1), {}).endswith(
        "publication held for the inquest (Tue 20 Apr), planned for Wed 5 May"
    )
    undated = sent(
        Decision.LCSPR,
        done=signed_off,
        proceedings=(Proceedings(ProceedingsKind.CORONER, None),),
    )
    assert stage_line(RULES, undated, CALENDAR, date(2027, 3, 1), {}) == (
        "Local review — report signed off, publication held for the inquest (no date yet)"
    )
    # Concluded, the trial no longer holds publication: it has moved the dates, and the
    # final report is next.
    concluded = Proceedings(ProceedingsKind.CRIMINAL, date(2027, 3, 15), date(2027, 3, 10))
    ended = sent(Decision.LCSPR, done=signed_off, proceedings=(concluded,))
    due = {"final_report_to_panel": date(2027, 3, 15)}
    assert stage_line(RULES, ended, CALENDAR, date(2027, 3, 11), due) == (
        "Local review — report signed off, final report to the Panel due Mon 15 Mar"
    )
    # With milestones still to do, the next of them is the stage, not the hold (20 working
    # days after Friday 19 March 2027, over Easter).
    early = sent(Decision.LCSPR, proceedings=(trial,))
    assert stage_line(RULES, early, CALENDAR, SENT, {}) == "Local review — reviewer due Tue 20 Apr"


# --- the documentation ---------------------------------------------------------------------


def test_every_review_rule_is_explained_with_who_sets_it() -> None:
    text = (Path(__file__).parent.parent / "docs" / "statutory-process.md").read_text()
    section = text[text.index("## After the rapid review") : text.index("## Reminders")]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    named = set()
    for row in rows:
        named |= set(re.findall(r"`\[\[?([a-z_.]+)\]\]?`", row))
    expected = {f"decision.{d}" for d in Decision} | {f"panel_answer.{a}" for a in PanelAnswer}
    expected |= set(SHIPPED) - {"decision", "panel_answer", "local_review"}
    assert named == expected
    for rule in RULES.milestones:
        row = next(r for r in rows if f"`{rule.id}`" in r)
        assert rule.title in row
        assert f"| {rule.basis} (" in row, rule.id  # the rule's own must, should or local
        if rule.due is not None:
            assert f"| {str(rule.due).removesuffix(' after')} |" in row, rule.id
        else:
            assert f"`{rule.timestep}`" in row, rule.id
    assert "SAFEGUARDING_REVIEW" in text and "SAFEGUARDING_SIGN_OFF_LEADS" in text


def test_a_wrong_review_file_stops_the_bot_naming_the_setting(tmp_path: Path) -> None:
    from bot.config import ConfigError, Settings

    path = tmp_path / "review.toml"
    data = SHIPPED["publication"]["available_step"]
    text = resources.files("bot.rules").joinpath("review.toml").read_text(encoding="utf-8")
    path.write_text(text.replace(f'"{data}"', '"kept_for_ever"'), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        Settings(safeguarding_review=path).rules()
    assert str(caught.value) == (
        "SAFEGUARDING_REVIEW: the review rules' publication.available_step names no "
        "timetable step: kept_for_ever"
    )
    assert Settings().rules().review == RULES
