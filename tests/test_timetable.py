"""The statutory timetable: which steps apply, when they are due, and the rules file."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.domain.calendar import WorkingCalendar
from bot.domain.incident import AGE_BANDS, is_child
from bot.domain.timetable import (
    Basis,
    Facts,
    Offset,
    StepKind,
    compute_steps,
    not_serious_reasons,
    parse_timetable,
)
from bot.rules import RulesError, load_rules, load_timetable

TIMETABLE = load_timetable()
CALENDAR = WorkingCalendar(TIMETABLE.closure_days)


def steps_of(facts: Facts) -> dict[str, object]:
    return {step.step_key: step for step in compute_steps(facts, TIMETABLE, CALENDAR)}


def test_a_death_of_a_looked_after_child_over_christmas() -> None:
    steps = steps_of(Facts(aware_on=date(2026, 12, 21), died=True, looked_after=True))
    assert {k: (s.due, s.provisional) for k, s in steps.items()} == {
        # One serious incident notification is the looked-after child's death's too.
        "panel_notification": (date(2026, 12, 30), False),
        "partner_notification": (date(2026, 12, 30), False),
        "cdop_notification": (date(2026, 12, 23), False),
        "rapid_review": (date(2027, 1, 14), True),
        "lcspr_decision": (date(2027, 1, 14), True),
    }
    title = steps["panel_notification"].title  # type: ignore[attr-defined]
    assert "serious incident notification" in title and "looked-after child's death" in title
    assert "provisional: counted from awareness, Mon 21 Dec 2026" in steps["rapid_review"].basis


def test_recording_the_notification_fixes_the_rapid_review_clock() -> None:
    steps = steps_of(
        Facts(aware_on=date(2026, 12, 21), seriously_harmed=True, notified_on=date(2026, 12, 23))
    )
    assert steps["rapid_review"].due == date(2027, 1, 18)
    assert not steps["rapid_review"].provisional
    basis = "15 working days after the Panel notification (Wed 23 Dec 2026)"
    assert steps["rapid_review"].basis == basis
    assert steps["lcspr_decision"].due == date(2027, 1, 18)
    assert "cdop_notification" not in steps


def test_looked_after_death_is_notified_whether_or_not_abuse_is_suspected() -> None:
    steps = steps_of(
        Facts(aware_on=date(2026, 11, 23), died=True, looked_after=True, abuse_or_neglect=False)
    )
    assert set(steps) == {"looked_after_death_notification", "cdop_notification"}


def test_a_care_leavers_death_alone_needs_no_rapid_review() -> None:
    steps = steps_of(
        Facts(aware_on=date(2026, 11, 23), died=True, care_leaver=True, abuse_or_neglect=False)
    )
    assert set(steps) == {"care_leaver_death_notification", "cdop_notification"}


def test_harm_without_suspected_abuse_is_not_a_serious_incident_and_says_why() -> None:
    facts = Facts(aware_on=date(2026, 11, 23), seriously_harmed=True, abuse_or_neglect=False)
    assert steps_of(facts) == {}
    assert not_serious_reasons(facts) == ("abuse or neglect is not known or suspected",)
    assert not_serious_reasons(replace(facts, abuse_or_neglect=True)) == ()
    elsewhere = replace(facts, location="elsewhere", child=False)
    assert not_serious_reasons(elsewhere) == (
        "the young person was 18 or over",
        "abuse or neglect is not known or suspected",
        "it happened outside the area to a child who does not live here",
    )


def test_an_adult_care_leavers_death_needs_only_the_notification() -> None:
    facts = Facts(aware_on=date(2026, 11, 23), died=True, care_leaver=True, child=False)
    steps = steps_of(facts)  # abuse or neglect suspected, and still no child-only duty
    assert set(steps) == {"care_leaver_death_notification", "safeguarding_adults_referral"}
    assert "up to and including age 24" in steps["care_leaver_death_notification"].title
    assert not_serious_reasons(facts) == ("the young person was 18 or over",)


def test_a_care_leaver_of_16_or_17_is_a_child_like_any_other() -> None:
    steps = steps_of(Facts(aware_on=date(2026, 11, 23), died=True, care_leaver=True))
    assert set(steps) == {
        "panel_notification",
        "partner_notification",
        "care_leaver_death_notification",
        "cdop_notification",
        "rapid_review",
        "lcspr_decision",
    }


def test_only_the_18_to_24_band_is_an_adult_and_no_band_is_a_child() -> None:
    assert [band for band in AGE_BANDS if not is_child(band)] == ["18_24"]
    assert is_child(None) and is_child("")  # not given: the child-only duties still apply


def test_harm_outside_the_area_to_a_child_living_elsewhere_is_not_ours() -> None:
    assert (
        steps_of(Facts(aware_on=date(2026, 11, 23), seriously_harmed=True, location="elsewhere"))
        == {}
    )
    resident = Facts(
        aware_on=date(2026, 11, 23),
        seriously_harmed=True,
        location="resident_harmed_outside_england",
    )
    assert "panel_notification" in steps_of(resident)


def test_a_commissioned_review_and_its_publication() -> None:
    facts = Facts(
        aware_on=date(2026, 12, 21),
        died=True,
        notified_on=date(2026, 12, 22),
        decision="lcspr",
        decided_on=date(2027, 1, 10),
        publication_planned_on=date(2027, 9, 6),
    )
    steps = steps_of(facts)
    assert steps["lcspr_publication"].due == date(2027, 7, 12)  # 10 July is a Saturday
    assert steps["final_report_to_panel"].due == date(2027, 8, 25)
    assert "report_availability" not in steps
    published = steps_of(replace(facts, published_on=date(2027, 9, 6)))
    assert published["report_availability"].due == date(2028, 9, 6)


def test_keeping_the_report_available_is_a_minimum_period_of_local_practice() -> None:
    facts = Facts(
        aware_on=date(2026, 12, 21), died=True, decision="lcspr", published_on=date(2027, 9, 6)
    )
    kept = steps_of(facts)["report_availability"]
    assert (kept.kind, kept.due) == (StepKind.MINIMUM_PERIOD, date(2028, 9, 6))
    assert kept.basis == "at least 1 year after publication (Mon 6 Sep 2027)"
    assert steps_of(facts)["lcspr_publication"].kind == StepKind.DEADLINE
    rule = next(rule for rule in TIMETABLE.steps if rule.step_key == "report_availability")
    assert rule.source.startswith("Local practice") and "for one year" in rule.source
    assert "s16B" not in rule.source


def test_each_step_says_whether_the_law_guidance_or_the_partnership_sets_it() -> None:
    """The timescales are Working Together's *should* (the Act only says *must* notify),
    the six-month target is national guidance, a regulated setting's notifications are the
    regulations' *must*, and the rest are local defaults."""
    rules = {rule.step_key: rule for rule in TIMETABLE.steps}
    assert {key: rule.basis for key, rule in rules.items()} == {
        "panel_notification": Basis.SHOULD,
        "partner_notification": Basis.SHOULD,
        "looked_after_death_notification": Basis.SHOULD,
        "care_leaver_death_notification": Basis.SHOULD,
        "cdop_notification": Basis.LOCAL,
        "rapid_review": Basis.SHOULD,
        "lcspr_decision": Basis.SHOULD,
        "lcspr_publication": Basis.SHOULD,
        "final_report_to_panel": Basis.SHOULD,
        "report_availability": Basis.LOCAL,
        "home_authority": Basis.SHOULD,
        "childrens_home_notifications": Basis.MUST,
        "foster_placement_notifications": Basis.MUST,
        "joint_agency_response": Basis.SHOULD,
        "coroner_liaison": Basis.SHOULD,
        "safeguarding_adults_referral": Basis.LOCAL,
    }
    assert "local procedures" not in rules["partner_notification"].source.casefold()
    assert "DfE" in rules["lcspr_publication"].source
    final = rules["final_report_to_panel"]
    assert "information about improvements" in final.title and "Ofsted" in final.title


def test_a_step_without_a_basis_is_a_local_default() -> None:
    data = default_rules()
    del data["step"][0]["basis"]
    assert parse_timetable(data).steps[0].basis == Basis.LOCAL


def test_a_commissioned_review_without_its_date_counts_from_the_decision_deadline() -> None:
    steps = steps_of(Facts(aware_on=date(2026, 11, 23), died=True, decision="lcspr"))
    assert steps["lcspr_publication"].provisional
    assert steps["lcspr_publication"].due == date(2027, 6, 14)  # 6 months after 14 Dec 2026


def test_steps_come_soonest_first() -> None:
    steps = compute_steps(Facts(aware_on=date(2026, 11, 23), died=True), TIMETABLE, CALENDAR)
    assert [s.due for s in steps] == sorted(s.due for s in steps)


@pytest.mark.parametrize(
    ("facts", "message"),
    [
        ({"notified_on": date(2026, 11, 1)}, "before the local authority became aware"),
        ({"died": True, "seriously_harmed": True}, "either a death or serious harm"),
    ],
)
def test_impossible_facts_are_refused(facts: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        Facts(aware_on=date(2026, 11, 23), **facts)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("5 working days after", Offset(5, "working_days")),
        ("7 working days before", Offset(7, "working_days", before=True)),
        ("1 working day after", Offset(1, "working_days")),
        ("6 months after", Offset(6, "months")),
        ("1 year after", Offset(1, "years")),
        ("28 calendar days after", Offset(28, "calendar_days")),
    ],
)
def test_offsets_read_as_written(text: str, offset: Offset) -> None:
    assert Offset.parse(text) == offset
    assert str(offset) == text


@pytest.mark.parametrize("text", ["5 days after", "five working days after", "5 working days"])
def test_unreadable_offsets_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="cannot read the offset"):
        Offset.parse(text)


facts_strategy = st.builds(
    Facts,
    aware_on=st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31)),
    died=st.booleans(),
    abuse_or_neglect=st.booleans(),
    looked_after=st.booleans(),
    care_leaver=st.booleans(),
    location=st.sampled_from(["in_area", "resident_harmed_outside_england", "elsewhere"]),
    decision=st.sampled_from([None, "lcspr", "national", "no_review"]),
).flatmap(
    lambda f: st.builds(
        replace,
        st.just(f),
        seriously_harmed=st.just(not f.died),
        notified_on=st.one_of(st.none(), st.dates(f.aware_on, f.aware_on + timedelta(days=365))),
        publication_planned_on=st.one_of(st.none(), st.dates(f.aware_on, date(2032, 1, 1))),
    )
)


@settings(max_examples=300, deadline=None)
@given(facts=facts_strategy)
def test_due_dates_are_always_working_days(facts: Facts) -> None:
    for step in compute_steps(facts, TIMETABLE, CALENDAR):
        if step.due is None:  # only when its clock cannot start yet
            assert step.provisional and step.basis.startswith("waiting for"), step
            continue
        assert CALENDAR.is_working_day(step.due), step
        if step.step_key == "rapid_review":
            assert step.provisional == (facts.notified_on is None)
            assert step.due >= CALENDAR.add_working_days(facts.aware_on, 15)


# --- the rules file ----------------------------------------------------------------------


def default_rules() -> dict:
    text = resources.files("bot.rules").joinpath("timetable.toml").read_text()
    return tomllib.loads(text)


def test_a_partnership_can_count_the_rapid_review_from_awareness(tmp_path: Path) -> None:
    text = resources.files("bot.rules").joinpath("timetable.toml").read_text()
    text = text.replace(
        'clock = "notified_on"\nprovisional_clock = "aware_on"', 'clock = "aware_on"'
    )
    text = text.replace("closure_days = []", "closure_days = [2026-11-24]")
    path = tmp_path / "rules.toml"
    path.write_text(text)
    timetable = load_timetable(path)
    steps = compute_steps(
        Facts(aware_on=date(2026, 11, 23), died=True, notified_on=date(2026, 11, 27)),
        timetable,
        WorkingCalendar(timetable.closure_days),
    )
    rapid = next(s for s in steps if s.step_key == "rapid_review")
    assert (rapid.due, rapid.provisional) == (date(2026, 12, 15), False)
    assert rapid.basis == "15 working days after awareness (Mon 23 Nov 2026)"


def test_a_partnership_can_reopen_a_bank_holiday_that_was_moved(tmp_path: Path) -> None:
    text = resources.files("bot.rules").joinpath("timetable.toml").read_text()
    path = tmp_path / "rules.toml"
    path.write_text(text.replace("open_days = []", "open_days = [2026-12-28]"))
    rules = load_rules(timetable=path)
    assert rules.calendar.is_working_day(date(2026, 12, 28))
    facts = Facts(aware_on=date(2026, 12, 21), died=True)
    due = {s.step_key: s.due for s in compute_steps(facts, rules.timetable, rules.calendar)}
    assert due["panel_notification"] == date(2026, 12, 29)  # not Wed 30 Dec


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["step"][0].update(owner="mayor"), "step 'panel_notification': owner must be"),
        (lambda d: d["step"][0].update(due="soon"), "cannot read the offset"),
        (lambda d: d["step"][0].update(applies_when=["raining"]), "unknown condition 'raining'"),
        (lambda d: d["step"][0].update(clock="lcspr_decision"), "neither a date"),
        (lambda d: d["step"][1].update(id="panel_notification"), "the id is used twice"),
        (lambda d: d["step"][0].update(colour="red"), "unknown key(s): colour"),
        (lambda d: d["step"][0].pop("title"), "missing key(s): title"),
        (lambda d: d.update(calendar={"closure_days": ["tomorrow"]}), "closure_days must be"),
        (lambda d: d.update(steps=[]), "unknown section(s): steps"),
        (lambda d: d.update(calendar={"open_days": [date(2027, 1, 2)]}), "is a weekend"),
        (
            lambda d: d.update(
                calendar={"closure_days": [date(2026, 12, 28)], "open_days": [date(2026, 12, 28)]}
            ),
            "both a closure day and an open day",
        ),
        (lambda d: d.update(calendar={"closed": []}), "calendar: unknown key(s): closed"),
        (lambda d: d["step"][0].update(basis="ought"), "basis must be one of must, should, local"),
        (lambda d: d["step"][0].update(same_form_as="rapid_review"), "not an earlier step"),
        (lambda d: d["step"][1].update(same_form_as="panel_notification"), "go together"),
        (lambda d: d["step"][0].update(kind="deadlin"), "kind must be one of deadline, minimum"),
        (lambda d: d["step"][-1].update(due="1 year after"), "takes 'until', not 'due'"),
        (lambda d: d["step"][0].update(until="1 year after"), "takes 'due', not 'until'"),
        (lambda d: d["step"][-1].pop("until"), "missing key(s): until"),
        (lambda d: d["step"][-1].update(pausable=True), "cannot be paused"),
        (lambda d: d["step"][-1].update(until="1 year before"), "runs forward from its clock"),
        (lambda d: d["step"][0].update(basis="statutory"), "basis must be one of must, should"),
    ],
)
def test_bad_rules_are_refused_with_the_place_named(change, message: str) -> None:
    data = default_rules()
    change(data)
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        parse_timetable(data)


def test_rules_file_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="no such file"):
        load_timetable(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[step]\n")
    with pytest.raises(RulesError, match=str(broken)):
        load_timetable(broken)
