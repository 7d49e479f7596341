"""The rapid review checklist: the shipped file, due dates, agencies, and the file's checks."""

from __future__ import annotations

import copy
import tomllib
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

from bot.domain.calendar import WorkingCalendar
from bot.domain.checklist import MAX_AGENCY_NAME, MAX_TITLE, parse_checklist, plan_checklist
from bot.domain.timetable import Facts, compute_steps
from bot.rules import RulesError, load_checklist, load_timetable

CHECKLIST = load_checklist()
CALENDAR = WorkingCalendar()
CHRISTMAS = Facts(aware_on=date(2026, 12, 21), died=True)  # a Monday
NOTIFIED = Facts(aware_on=date(2026, 12, 21), died=True, notified_on=date(2026, 12, 22))


def default_data() -> dict:
    text = resources.files("bot.rules").joinpath("checklist.toml").read_text()
    return tomllib.loads(text)


def test_the_shipped_checklist_covers_the_rapid_review() -> None:
    keys = [item.key for item in CHECKLIST.items]
    assert keys[0] == "request_summaries"
    for key in (
        "immediate_safety",
        "agency_summary",
        "practice_episodes",
        "protected_characteristics",
        "criteria_working_together",
        "decide_next_steps",
        "sign_off_police",
        "send_to_panel",
        "share_with_family",
    ):
        assert key in keys
    assert (CHECKLIST.starts, CHECKLIST.provisional_start) == ("notified_on", "aware_on")
    assert CHECKLIST.agencies["childrens_social_care"] == "Children's social care"
    assert len(CHECKLIST.agencies) == 8


def test_shipped_titles_and_agencies_fit_slack() -> None:
    longest = max(CHECKLIST.agencies.values(), key=len)
    for item in CHECKLIST.items:
        assert len(item.title.replace("{agency}", longest)) <= MAX_TITLE
    for agency, name in CHECKLIST.agencies.items():
        assert len(agency) <= 40 and agency.replace("_", "").isalpha() and agency.islower()
        assert len(name) <= MAX_AGENCY_NAME


def test_due_dates_count_working_days_from_the_notification() -> None:
    # Notified Tuesday 22 December 2026; 25 and 28 December and 1 January are bank holidays.
    planned = {
        item.key: item
        for item in plan_checklist(NOTIFIED, CHECKLIST, CALENDAR, ["childrens_social_care"])
    }
    assert planned["request_summaries"].due_on == date(2026, 12, 23)  # day 1
    assert planned["agency_summary:childrens_social_care"].due_on == date(2027, 1, 8)  # day 10
    assert planned["review_meeting"].due_on == date(2027, 1, 11)  # day 11
    assert planned["write_up"].due_on == date(2027, 1, 12)  # day 12
    assert planned["sign_off_icb"].due_on == date(2027, 1, 14)  # day 14
    assert planned["send_to_panel"].due_on == date(2027, 1, 15)  # day 15
    assert not any(item.provisional for item in planned.values())


def test_the_last_items_fall_due_with_the_rapid_review() -> None:
    steps = compute_steps(NOTIFIED, load_timetable(), CALENDAR)
    rapid_review = next(step for step in steps if step.step_key == "rapid_review")
    planned = plan_checklist(NOTIFIED, CHECKLIST, CALENDAR, [])
    assert planned[-1].due_on == rapid_review.due == date(2027, 1, 15)


def test_before_notification_dates_are_provisional_from_awareness() -> None:
    planned = {item.key: item for item in plan_checklist(CHRISTMAS, CHECKLIST, CALENDAR, [])}
    assert planned["request_summaries"].due_on == date(2026, 12, 22)
    assert planned["send_to_panel"].due_on == date(2027, 1, 14)
    assert all(item.provisional for item in planned.values())


def test_without_a_provisional_start_dates_wait_for_the_clock() -> None:
    data = default_data()
    del data["checklist"]["provisional_start"]
    planned = plan_checklist(CHRISTMAS, parse_checklist(data), CALENDAR, [])
    assert all(item.due_on is None and item.provisional for item in planned)


def test_per_agency_items_follow_the_order_of_the_agencies_given() -> None:
    agencies = ["education", "police", "childrens_social_care"]
    planned = plan_checklist(NOTIFIED, CHECKLIST, CALENDAR, agencies)
    assert [item.position for item in planned] == list(range(len(planned)))
    expanded = [(item.key, item.agency, item.title) for item in planned if item.agency]
    assert expanded == [
        (
            "agency_summary:education",
            "education",
            "Education: summary and chronology of involvement received",
        ),
        (
            "agency_summary:police",
            "police",
            "Police: summary and chronology of involvement received",
        ),
        (
            "agency_summary:childrens_social_care",
            "childrens_social_care",
            "Children's social care: summary and chronology of involvement received",
        ),
        (
            "criminal_proceedings:police",
            "police",
            "Police: advice on whether a criminal "
            "investigation affects what can be shared with the family, and when",
        ),
    ]
    keys = [item.key for item in planned]
    assert keys.index("request_summaries") < keys.index("agency_summary:education")
    assert keys.index("criminal_proceedings:police") < keys.index("review_meeting")


def test_items_only_for_an_agency_not_involved_are_left_out() -> None:
    planned = plan_checklist(NOTIFIED, CHECKLIST, CALENDAR, ["education"])
    assert not any(item.key.startswith("criminal_proceedings") for item in planned)
    assert len(planned) == len(CHECKLIST.items) - 1  # one summary, no police advice


@pytest.mark.parametrize(
    ("agencies", "message"),
    [
        (["police", "fire_service"], "unknown agency id(s): fire_service"),
        (["police", "police"], "an agency is listed twice"),
    ],
)
def test_agencies_must_be_known_and_distinct(agencies: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message.replace("(", r"\(").replace(")", r"\)")):
        plan_checklist(NOTIFIED, CHECKLIST, CALENDAR, agencies)


# --- the checklist file ------------------------------------------------------------------


def item(data: dict, key: str) -> dict:
    return next(raw for raw in data["item"] if raw["key"] == key)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(items=[]), "unknown section(s): items"),
        (lambda d: d.update(item=[]), "no [[item]] entries"),
        (lambda d: d.update(item=["a string"]), "item 1: must be a table"),
        (lambda d: d.update(agencies={}), "no [agencies] entries"),
        (lambda d: d.update(agencies=[]), "[agencies] must be a table"),
        (lambda d: d.update(checklist="notified_on"), "[checklist] must be a table"),
        (lambda d: d["checklist"].update(start="aware_on"), "checklist: unknown key(s): start"),
        (lambda d: d["checklist"].pop("starts"), "checklist: missing key(s): starts"),
        (lambda d: d["checklist"].update(starts="rapid_review"), "starts 'rapid_review' is not"),
        (lambda d: d["checklist"].update(starts=["aware_on"]), "starts ['aware_on'] is not"),
        (
            lambda d: d["checklist"].update(provisional_start="today"),
            "provisional_start 'today' is not one of aware_on",
        ),
        (lambda d: d["agencies"].update({"Fire": "Fire service"}), "agency 'Fire': the id must"),
        (lambda d: d["agencies"].update({"a" * 41: "Fire service"}), "the id must be lower-case"),
        (lambda d: d["agencies"].update(fire="x" * 76), "agency 'fire': the name must be text"),
        (lambda d: d["agencies"].update(fire=""), "agency 'fire': the name must be text"),
        (
            lambda d: item(d, "review_meeting").update(colour="red"),
            "item 'review_meeting': unknown key(s): colour",
        ),
        (
            lambda d: item(d, "review_meeting").pop("due"),
            "item 'review_meeting': missing key(s): due",
        ),
        (lambda d: d["item"][0].pop("key"), "item 1: missing key(s): key"),
        (
            lambda d: item(d, "write_up").update(key="review_meeting"),
            "item 'review_meeting': the key is used twice",
        ),
        (
            lambda d: item(d, "write_up").update(key="write-up"),
            "item 'write-up': the key must be lower-case",
        ),
        (lambda d: item(d, "write_up").update(due="soon"), "item 'write_up': cannot read the"),
        (lambda d: item(d, "write_up").update(due=12), "cannot read the offset '12'"),
        (lambda d: item(d, "write_up").update(title=" "), "item 'write_up': the title must be"),
        (
            lambda d: item(d, "write_up").update(title="x" * 151),
            "item 'write_up': the title is longer than 150 characters",
        ),
        (
            lambda d: item(d, "agency_summary").update(title="{agency}: " + "x" * 125),
            "the title is longer than 150 characters with the longest agency name in it",
        ),
        (
            lambda d: item(d, "agency_summary").update(title="Summary received"),
            "item 'agency_summary': a per_agency item's title must say where the agency goes",
        ),
        (
            lambda d: item(d, "write_up").update(title="Write up with {agency}"),
            "item 'write_up': {agency} in the title needs per_agency = true",
        ),
        (
            lambda d: item(d, "agency_summary").update(per_agency="yes"),
            "item 'agency_summary': per_agency must be true or false",
        ),
        (
            lambda d: item(d, "write_up").update(only_for=["police"]),
            "item 'write_up': only_for needs per_agency = true",
        ),
        (
            lambda d: item(d, "criminal_proceedings").update(only_for="police"),
            "only_for must be a list of agency ids",
        ),
        (
            lambda d: item(d, "criminal_proceedings").update(only_for=["police", "fire"]),
            "item 'criminal_proceedings': only_for: unknown agency id(s): fire; known: ",
        ),
        (
            lambda d: d["checklist"].update(applies_when=["raining"]),
            "checklist: unknown condition(s) in applies_when: raining; known: ",
        ),
        (
            lambda d: d["checklist"].update(applies_when="child"),
            "checklist: applies_when must be a list of conditions",
        ),
    ],
)
def test_bad_checklists_are_refused_with_the_place_named(change, message: str) -> None:
    data = copy.deepcopy(default_data())
    change(data)
    with pytest.raises(ValueError) as raised:
        parse_checklist(data)
    assert message in str(raised.value)


@pytest.mark.parametrize(
    "facts",
    [
        Facts(aware_on=date(2026, 11, 23), seriously_harmed=True, abuse_or_neglect=False),
        Facts(aware_on=date(2026, 11, 23), died=True, looked_after=True, abuse_or_neglect=False),
        Facts(aware_on=date(2026, 11, 23), died=True, care_leaver=True, child=False),
    ],
    ids=["harm without abuse", "looked-after death without abuse", "adult care leaver"],
)
def test_no_checklist_when_no_rapid_review_is_due(facts: Facts) -> None:
    assert CHECKLIST.applies_when == ("serious_incident", "child")
    assert plan_checklist(facts, CHECKLIST, CALENDAR, ["police"]) == []
    steps = {step.step_key for step in compute_steps(facts, load_timetable(), CALENDAR)}
    assert "rapid_review" not in steps  # the checklist and the rapid review go together


def test_a_care_leaver_of_16_or_17_has_the_checklist() -> None:
    facts = Facts(aware_on=date(2026, 11, 23), died=True, care_leaver=True, child=True)
    assert plan_checklist(facts, CHECKLIST, CALENDAR, [])


def test_a_checklist_file_without_applies_when_follows_the_rapid_review() -> None:
    data = copy.deepcopy(default_data())
    del data["checklist"]["applies_when"]
    assert parse_checklist(data).applies_when == ("serious_incident", "child")
    data["checklist"]["applies_when"] = []  # every case has one
    harmed = Facts(aware_on=date(2026, 11, 23), seriously_harmed=True, abuse_or_neglect=False)
    assert plan_checklist(harmed, parse_checklist(data), CALENDAR, [])


def test_a_partnership_can_replace_the_checklist(tmp_path: Path) -> None:
    path = tmp_path / "checklist.toml"
    path.write_text(
        """
        [checklist]
        starts = "aware_on"

        [agencies]
        police = "Police"
        housing = "Housing"

        [[item]]
        key = "housing_check"
        title = "Ask {agency} about the family's tenancy history"
        due = "3 working days after"
        per_agency = true
        only_for = ["housing"]

        [[item]]
        key = "meeting"
        title = "Hold the rapid review meeting"
        due = "10 working days after"
        """
    )
    checklist = load_checklist(path)
    planned = plan_checklist(CHRISTMAS, checklist, CALENDAR, ["police", "housing"])
    assert [(i.key, i.title, i.due_on, i.provisional) for i in planned] == [
        (
            "housing_check:housing",
            "Ask Housing about the family's tenancy history",
            date(2026, 12, 24),
            False,
        ),
        ("meeting", "Hold the rapid review meeting", date(2027, 1, 7), False),
    ]


def test_checklist_file_errors_name_the_file(tmp_path: Path) -> None:
    with pytest.raises(RulesError, match="no such file"):
        load_checklist(tmp_path / "missing.toml")
    broken = tmp_path / "broken.toml"
    broken.write_text("[[item]\n")
    with pytest.raises(RulesError, match=str(broken)):
        load_checklist(broken)
    empty = tmp_path / "empty.toml"
    empty.write_text('[checklist]\nstarts = "aware_on"\n[agencies]\npolice = "Police"\n')
    with pytest.raises(RulesError, match=f"{empty}: no \\[\\[item\\]\\] entries"):
        load_checklist(empty)
