"""The small forms' readers, without Slack: each check a field must pass gives its error
under that field, a sound form gives the command its use case is applied with, and each
command's fields are its use case's keywords."""

from __future__ import annotations

import inspect
from dataclasses import fields
from datetime import date, timedelta
from typing import Any

import pytest

from bot.domain.actions import AssuranceResult, Origin
from bot.domain.forms import FUTURE_DATE, NO_DATE, SAY_WHY, FieldErrors
from bot.domain.pseudonymity import check_free_text
from bot.domain.review import (
    MAX_CORRESPONDENCE,
    NOTE_MAX,
    Direction,
    PanelAnswer,
    Partner,
    ProceedingsKind,
)
from bot.domain.words import Status
from bot.listeners import forms, publication, review
from bot.rules import load_rules
from bot.views.case_forms import (
    REASON_MAX,
    AssignStep,
    CloseCase,
    PlanPublication,
    RecordStepDone,
    ReopenCase,
    SetStepStatus,
    Submitted,
    UpdateItem,
    read_case_form,
    read_item_form,
    read_step_form,
)
from bot.views.improvement import (
    AddAction,
    AddRecommendation,
    MarkDone,
    RecordAssurance,
    ReopenAction,
    read_action_form,
)
from bot.views.inputs import ACTION
from bot.views.national import RecordNationalReview, read_national_review
from bot.views.publication import (
    ChangeExpected,
    RecordConcluded,
    RecordProceedings,
    RemoveProceedings,
    read_publication_form,
)
from bot.views.review import (
    LogCorrespondence,
    RecordLearning,
    RecordPanelAnswer,
    RecordSent,
    SignOff,
    UndoSent,
    read_review_form,
)

RULES = load_rules()
TODAY = date(2026, 3, 10)
TOMORROW = TODAY + timedelta(days=1)
YESTERDAY = TODAY - timedelta(days=1)
#: Longer than any field takes: the confidentiality guard refuses it.
TOO_LONG = "word " * 400


def day(value: date) -> dict[str, Any]:
    return {ACTION: {"selected_date": value.isoformat()}}


def typed(text: str) -> dict[str, Any]:
    return {ACTION: {"value": text}}


def chosen(value: str) -> dict[str, Any]:
    return {ACTION: {"selected_option": {"value": value}}}


def person(user: str) -> dict[str, Any]:
    return {ACTION: {"selected_user": user}}


def form(verb: str, **values: dict[str, Any]) -> Submitted:
    return Submitted(verb, 7, values)


def guarded(text: str, limit: int) -> str:
    """What the confidentiality guard says of ``text`` in a field of ``limit`` characters."""
    problem = check_free_text(text, max_length=limit, allowed=RULES.allowed_words)
    assert problem is not None
    return problem


def read_review(submitted: Submitted) -> object:
    return read_review_form(submitted, today=TODAY, rules=RULES)


def test_a_review_form_is_dated_on_a_day_gone_by() -> None:
    signing = "sign_" + Partner.POLICE
    assert read_review(form(signing)) == {"date": NO_DATE}
    assert read_review(form(signing, date=day(TOMORROW))) == {"date": FUTURE_DATE}
    assert read_review(form(signing, date=day(TODAY))) == SignOff(7, Partner.POLICE, TODAY)
    assert read_review(form("nonsense", date=day(TODAY))) is None


def test_each_review_form_checks_its_own_fields() -> None:
    dated = {"date": day(YESTERDAY)}
    assert read_review(form("unsend")) == {"reason": SAY_WHY}
    assert read_review(form("unsend", reason=typed("Sent by mistake."))) == UndoSent(
        7, "Sent by mistake."
    )
    assert read_review(form("sent", **dated)) == RecordSent(7, YESTERDAY, None)
    assert read_review(form("sent", reason=typed(""), **dated)) == {"reason": SAY_WHY}
    assert read_review(form("answer", answer=chosen("maybe"), **dated)) == {
        "answer": "Choose what the Panel said."
    }
    assert read_review(form("answer", answer=chosen(PanelAnswer.AGREES), **dated)) == (
        RecordPanelAnswer(7, PanelAnswer.AGREES, YESTERDAY)
    )
    assert read_review(form("decide", decision=chosen("maybe"), **dated)) == {
        "decision": "Choose what the Panel decided."
    }
    assert read_review(form("learning", way=chosen("carrier pigeon"), **dated)) == {
        "way": "Choose how the learning is shared."
    }
    way = RULES.review.learning_ways[0]
    assert read_review(form("learning", way=chosen(way), **dated)) == RecordLearning(
        7, way, YESTERDAY
    )
    assert read_review(form("check", **dated)) == {"note": "Write a line on the time and quality."}
    assert read_review(form("delay", reason=typed(TOO_LONG), **dated)) == {
        "reason": guarded(TOO_LONG, NOTE_MAX)
    }


def test_correspondence_says_which_way_before_what_it_was() -> None:
    dated = {"date": day(YESTERDAY)}
    assert read_review(form("log", direction=chosen("sideways"), **dated)) == {
        "direction": "Choose which way it went."
    }
    towards = chosen(Direction.TO_PANEL)
    assert read_review(form("log", direction=towards, **dated)) == {
        "what": "Say what the exchange was."
    }
    assert read_review(form("log", direction=towards, what=typed(TOO_LONG), **dated)) == {
        "what": guarded(TOO_LONG, MAX_CORRESPONDENCE)
    }
    letter = form("log", direction=towards, what=typed("Letter about the timetable."), **dated)
    assert read_review(letter) == LogCorrespondence(
        7, YESTERDAY, Direction.TO_PANEL, "Letter about the timetable."
    )


def read_proceedings(submitted: Submitted) -> object:
    return read_publication_form(submitted, today=TODAY, allowed=RULES.allowed_words)


def test_the_proceedings_forms_check_their_fields() -> None:
    which = {"which": chosen("3")}
    assert read_proceedings(form("record", kind=chosen("civil"))) == {
        "kind": "Choose which proceedings."
    }
    assert read_proceedings(form("record", kind=chosen("criminal"))) == RecordProceedings(
        7, ProceedingsKind.CRIMINAL, None
    )
    passed = read_proceedings(form("record", kind=chosen("criminal"), expected=day(YESTERDAY)))
    assert isinstance(passed, FieldErrors) and "That date has passed." in passed["expected"]
    assert read_proceedings(form("expected")) == {
        "which": "Choose which proceedings.",
        "expected": NO_DATE,
    }
    assert read_proceedings(form("expected", expected=day(TOMORROW), **which)) == (
        ChangeExpected(7, 3, TOMORROW)
    )
    assert read_proceedings(form("concluded", date=day(TOMORROW), **which)) == {"date": FUTURE_DATE}
    assert read_proceedings(form("concluded", date=day(TODAY), **which)) == RecordConcluded(
        7, 3, TODAY
    )
    assert read_proceedings(form("remove", **which)) == {"reason": SAY_WHY}
    assert read_proceedings(form("remove", reason=typed("Wrong case."), **which)) == (
        RemoveProceedings(7, 3, "Wrong case.")
    )
    assert read_proceedings(form("nonsense")) is None


MEMBERS = {"U0MEMBER"}


def read_step(submitted: Submitted) -> object:
    return read_step_form(submitted, today=TODAY, rules=RULES, member=MEMBERS.__contains__)


def test_a_decision_step_checks_the_decision_its_rationale_and_the_family_date() -> None:
    decided = form(
        "done",
        date=day(TODAY),
        decision=chosen("maybe"),
        rationale=typed(""),
        family_informed_on=day(TOMORROW),
    )
    assert read_step(decided) == {
        "decision": "Choose the decision.",
        "rationale": SAY_WHY,
        "family_informed_on": FUTURE_DATE,
    }
    assert read_step(form("done", date=day(TODAY))) == RecordStepDone(
        7, TODAY, None, None, None, None, {}
    )


def test_the_publication_step_checks_what_was_published_and_the_steps_left_open() -> None:
    assert read_step(form("done", date=day(TODAY), kind=chosen("rumour"))) == {
        "kind": "Choose what was published."
    }
    needing = [k for k, r in RULES.review.publication_kinds.items() if r.reason_required]
    assert read_step(form("done", date=day(TODAY), kind=chosen(needing[0]))) == {"reason": SAY_WHY}
    linked = form("done", date=day(TODAY), kind=chosen("full_report"), url=typed("http://x"))
    errors = read_step(linked)
    assert isinstance(errors, FieldErrors) and set(errors) == {"url"}
    settling = {
        "settle:a": chosen("maybe"),
        "settle:b": chosen(Status.DONE),
        "settle_on:b": day(TOMORROW),
        "settle:c": chosen(Status.NOT_APPLICABLE),
    }
    assert read_step(form("done", date=day(TODAY), **settling)) == {
        "settle:a": "Say whether it was done or does not apply.",
        "settle_on:b": FUTURE_DATE,
        "settle_why:c": SAY_WHY,
    }


def test_the_other_step_forms_check_their_fields() -> None:
    assert read_step(form("plan")) == {"date": NO_DATE}
    assert read_step(form("plan", date=day(TOMORROW))) == PlanPublication(7, TOMORROW)
    assert read_step(form("assign", owner=person("U0STRANGER"))) == {
        "owner": "The owner must be a member of the partnership channel."
    }
    assert read_step(form("assign", owner=person("U0MEMBER"))) == AssignStep(7, "U0MEMBER")
    assert read_step(form("pause")) == {"reason": SAY_WHY}
    assert read_step(form("pause", reason=typed("Criminal trial."))) == SetStepStatus(
        7, Status.PAUSED, "Criminal trial."
    )
    assert read_step(form("nonsense")) is None


def read_item(submitted: Submitted) -> object:
    return read_item_form(
        submitted, today=TODAY, allowed=RULES.allowed_words, member=MEMBERS.__contains__
    )


def test_the_item_forms_check_their_fields() -> None:
    assert read_item(form("assign", owner=person("U0STRANGER"))) == {
        "owner": "The owner must be a member of the partnership channel."
    }
    assert read_item(form("done_on", date=day(TOMORROW))) == {"date": FUTURE_DATE}
    assert read_item(form("done_on", date=day(TODAY))) == UpdateItem(
        7, status=Status.DONE, done_on=TODAY
    )
    assert read_item(form("not_applicable")) == {"reason": SAY_WHY}
    assert read_item(form("note", note=typed(TOO_LONG))) == {"note": guarded(TOO_LONG, REASON_MAX)}
    assert read_item(form("note")) == UpdateItem(7, note="")  # an empty note clears it
    assert read_item(form("nonsense")) is None


def test_closing_and_reopening_need_a_reason() -> None:
    def read(submitted: Submitted) -> object:
        return read_case_form(submitted, today=TODAY, allowed=RULES.allowed_words)

    assert read(form("close")) == {"reason": SAY_WHY}
    assert read(form("close", reason=typed(TOO_LONG))) == {"reason": guarded(TOO_LONG, REASON_MAX)}
    assert read(form("reopen", reason=typed("New facts."))) == ReopenCase(7, "New facts.")
    assert type(read(form("close", reason=typed("Done.")))) is CloseCase
    assert read(form("nonsense", reason=typed("Why not."))) is None


@pytest.mark.parametrize(
    "use_cases",
    [
        review.USE_CASES,
        publication.USE_CASES,
        forms.STEP_USE_CASES,
        forms.ITEM_USE_CASES,
        forms.CASE_USE_CASES,
    ],
)
def test_a_commands_fields_are_its_use_cases_keywords(use_cases: dict[type, Any]) -> None:
    for command, use_case in use_cases.items():
        parameters = inspect.signature(use_case).parameters
        given = {field.name for field in fields(command)}
        keywords = {n for n, p in parameters.items() if p.kind is p.KEYWORD_ONLY}
        needed = {n for n in keywords if parameters[n].default is inspect.Parameter.empty}
        assert given <= keywords, command
        assert needed - {"actor", "now"} <= given, command


# -- the registers of improvement actions (a case's, a national review's) -----------------

AGENCIES = RULES.checklist.agencies
AGENCY = next(iter(AGENCIES))


def action_form(verb: str, **values: dict[str, Any]) -> Any:
    return read_action_form(
        Submitted(verb, 7, values), today=TODAY, allowed=frozenset(), agencies=AGENCIES
    )


@pytest.mark.parametrize(
    ("verb", "values", "block", "problem"),
    [
        ("recommend", {"origin": chosen("local")}, "text", "Write the recommendation."),
        (
            "recommend",
            {"text": typed("Audit the escalation policy"), "origin": chosen("x")},
            "origin",
            "Choose the review it comes from.",
        ),
        (
            "add_action",
            {
                "title": typed("Train staff"),
                "agency": chosen(AGENCY),
                "recommendation": chosen("nine"),
            },
            "recommendation",
            "Choose the recommendation, or none.",
        ),
        (
            "add_action",
            {"agency": chosen(AGENCY), "due": day(TOMORROW)},
            "title",
            "Say what will be done.",
        ),
        (
            "add_action",
            {"title": typed("Train staff"), "agency": chosen("the_moon"), "due": day(TOMORROW)},
            "agency",
            "Choose the owning agency.",
        ),
        ("add_action", {"title": typed("Train staff"), "agency": chosen(AGENCY)}, "due", NO_DATE),
        (
            "action_done",
            {"date": day(YESTERDAY), "evidence": typed("An audit")},
            "which",
            "Choose which action.",
        ),
        (
            "action_done",
            {"which": chosen("3"), "date": day(TOMORROW), "evidence": typed("An audit")},
            "date",
            FUTURE_DATE,
        ),
        (
            "action_done",
            {"which": chosen("3"), "date": day(YESTERDAY)},
            "evidence",
            "Say what shows it happened: how will we know?",
        ),
        (
            "action_done",
            {
                "which": chosen("3"),
                "date": day(YESTERDAY),
                "evidence": typed("An audit"),
                "assure": day(YESTERDAY - timedelta(1)),
            },
            "assure",
            "The date to look again must be on or after the date it was done.",
        ),
        ("action_drop", {"which": chosen("3")}, "reason", SAY_WHY),
        (
            "action_assure",
            {
                "which": chosen("3"),
                "note": typed("Audit"),
                "date": day(TODAY),
                "result": chosen("x"),
            },
            "result",
            "Choose what looking again found.",
        ),
        (
            "action_assure",
            {"which": chosen("3"), "result": chosen("partly"), "date": day(TODAY)},
            "note",
            "Say how the partnership knows.",
        ),
        ("action_reopen", {}, "which", "Choose which action."),
    ],
)
def test_each_check_of_a_register_form_names_its_field(
    verb: str, values: dict[str, Any], block: str, problem: str
) -> None:
    answer = action_form(verb, **values)
    assert isinstance(answer, FieldErrors) and answer[block] == problem


def test_sound_register_forms_give_their_commands() -> None:
    assert action_form(
        "recommend", text=typed("Audit the escalation policy"), origin=chosen("national")
    ) == AddRecommendation("Audit the escalation policy", Origin.NATIONAL)
    assert action_form(
        "add_action",
        title=typed("Train staff"),
        agency=chosen(AGENCY),
        owner=person("U0OWNER"),
        due=day(TOMORROW),
    ) == AddAction(None, "Train staff", AGENCY, "U0OWNER", TOMORROW)
    assert action_form(
        "action_done", which=chosen("3"), date=day(YESTERDAY), evidence=typed("An audit")
    ) == MarkDone(3, YESTERDAY, "An audit", None)
    assert action_form(
        "action_assure",
        which=chosen("3"),
        result=chosen("partly"),
        note=typed("An audit"),
        date=day(TODAY),
    ) == RecordAssurance(3, AssuranceResult.PARTLY, "An audit", TODAY)
    assert action_form("action_reopen", which=chosen("3")) == ReopenAction(3)
    assert action_form("not_a_verb") is None


def test_the_national_review_form_is_read_as_the_others() -> None:
    def read(**values: dict[str, Any]) -> Any:
        form = Submitted("national_review_recorded", 0, values)
        return read_national_review(form, today=TODAY, allowed=frozenset())

    assert read(published=day(YESTERDAY)) == {"title": "Give its title."}
    assert read(title=typed("Child protection in England"), published=day(TOMORROW)) == {
        "published": FUTURE_DATE
    }
    assert read(
        title=typed("Child protection in England"), published=day(YESTERDAY)
    ) == RecordNationalReview("Child protection in England", YESTERDAY, None)
