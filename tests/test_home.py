"""App Home: the dashboard's payload (valid blocks, within limits, paged), its buttons, and
who sees it."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.usecases import lifecycle
from bot.usecases.reports import TimelinessCache, dashboard, last_twelve_months, timeliness_report
from bot.views.home import PER_PAGE, home_view
from storage.models import ChecklistItem
from tests.support.cases import log_case
from tests.support.forms import form, open_form, text_of
from tests.support.review import decide, record
from tests.support.running_bot import OUTSIDER_ID, OWNER_ID, RunningBot
from tests.support.seed import MANAGER, RULES, done, log
from tests.support.slack_requests import USER_ID, action

TODAY = date(2026, 11, 23)  # the running bot's clock


def seed_many(engine: Engine, count: int) -> None:
    """``count`` cases aware on successive days back from today (the oldest overdue),
    every fifth owned by the partnership manager, every seventh notified."""
    for n in range(count):
        incident = log(
            engine,
            f"Child {chr(65 + n % 26)}{n}",
            TODAY - timedelta(days=n),
            owner=MANAGER if n % 5 == 0 else "U0LEADPOL1",
        )
        if n % 7 == 0:
            done(engine, incident, "panel_notification", TODAY - timedelta(days=n))


def open_home(running: RunningBot, user: str = USER_ID, count: int = 1) -> dict[str, Any]:
    assert running.slack.app_home_opened(user).status == 200
    running.fake.wait_for("views.publish", count=count)
    view = running.fake.home_view(user)
    assert view is not None
    return view


def buttons(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every button in a view, by action_id (the last one wins for repeated ids)."""
    found = {}
    for block in view["blocks"]:
        for element in [block.get("accessory") or {}, *block.get("elements", [])]:
            if element.get("type") == "button":
                found[element["action_id"]] = element
    return found


def press(running: RunningBot, view: dict[str, Any], button: dict[str, Any], user: str = USER_ID):
    return running.slack.block_actions(
        action(button["action_id"], button.get("value")), view=view, user_id=user
    )


def test_home_pages_through_many_cases_within_the_block_limit(running: RunningBot) -> None:
    seed_many(running.engine, 45)
    view = open_home(running)
    assert len(view["blocks"]) <= 100
    text = text_of(view)
    assert "*Open cases: 45*" in text and "1 to 20 of 45" in text
    # Next deadline first: the oldest case (aware 44 days ago) leads, overdue.
    rows = [b for b in view["blocks"] if (b.get("accessory") or {}).get("text")]
    assert len(rows) == PER_PAGE
    assert "Child S44" in text_of(rows[0]) and ":red_circle: *Overdue*" in text_of(rows[0])
    assert "Show more" in text and "Back" not in text

    press(running, view, buttons(view)["home_page_more"])
    running.fake.wait_for("views.publish", count=2)
    second = running.fake.home_view(USER_ID)
    assert "21 to 40 of 45" in text_of(second) and len(second["blocks"]) <= 100
    assert {"home_page_back", "home_page_more"} <= set(buttons(second))

    press(running, second, buttons(second)["home_page_more"])
    running.fake.wait_for("views.publish", count=3)
    third = running.fake.home_view(USER_ID)
    assert "41 to 45 of 45" in text_of(third)
    assert "home_page_more" not in buttons(third) and "home_page_back" in buttons(third)
    assert not [c for c in running.fake.calls("views.publish") if not c.ok]


def test_your_steps_stages_and_timeliness(running: RunningBot) -> None:
    seed_many(running.engine, 12)
    text = text_of(open_home(running))
    # Cases 0, 5 and 10 are the manager's; 0 and 7 were notified.
    assert "*Your steps*" in text and "Child A0" in text and "Child K10" in text
    assert "Child H7*: Notify" not in text
    assert "Notifications due: 10 · Rapid review: 2" in text
    assert "*Panel notifications* (deadline: 5 working days after awareness)" in text
    assert "/incident report" in text


def test_the_payload_stays_valid_with_long_text_and_a_last_partial_page(engine: Engine) -> None:
    seed_many(engine, PER_PAGE + 3)
    board = dashboard(engine, user_id=MANAGER, page=9, per_page=PER_PAGE, mine=10)
    assert board.page == 1 and len(board.cases) == 3  # a page past the end shows the last
    start, end = last_twelve_months(TODAY)
    figures = timeliness_report(engine, RULES, start=start, end=end, today=TODAY)
    blocks = home_view(board, figures, TODAY, RULES.calendar).to_dict()["blocks"]
    assert len(blocks) <= 100
    for block in blocks:
        text = (block.get("text") or {}).get("text", "")
        assert len(text) <= (150 if block["type"] == "header" else 3000)
    assert "more than" not in text_of(blocks)


def test_open_shows_the_case_card_with_a_link_to_the_channel(running: RunningBot) -> None:
    view = open_form(running)
    running.slack.view_submission(view=view, state_values=form())
    running.fake.wait_for("views.update")
    home = open_home(running)
    assert press(running, home, buttons(home)["home_open_case"]).status == 200
    running.fake.wait_for("views.open", count=2)
    modal = running.fake.last_view()
    assert modal is not None and modal["type"] == "modal"
    assert modal["title"]["text"] == "SI-2026-0001"
    card = text_of(modal)
    assert "Statutory deadlines" in card and "archives/" in card
    assert not [b for b in modal["blocks"] if b["type"] == "actions"]


def test_outsiders_see_a_refusal_and_cannot_open_cases(running: RunningBot) -> None:
    seed_many(running.engine, 1)
    home = open_home(running, OUTSIDER_ID)
    assert "only members" in text_of(home) and "Child A0" not in text_of(home)
    member_home = open_home(running, USER_ID, count=2)
    press(running, member_home, buttons(member_home)["home_open_case"], user=OUTSIDER_ID)
    running.fake.wait_for("views.publish", count=3)
    assert not running.fake.calls("views.open")
    assert "Child A0" not in text_of(running.fake.home_view(OUTSIDER_ID))


def test_the_cached_timeliness_figures_follow_every_change(engine: Engine) -> None:
    seed_many(engine, 3)
    cache, period = TimelinessCache(), last_twelve_months(TODAY)
    first = cache.report(engine, RULES, *period, TODAY)
    assert first == timeliness_report(engine, RULES, start=period[0], end=period[1], today=TODAY)
    assert cache.report(engine, RULES, *period, TODAY) is first  # nothing changed
    incident = log(engine, "Child Z", TODAY - timedelta(days=30))
    logged = cache.report(engine, RULES, *period, TODAY)
    assert (
        logged
        == timeliness_report(engine, RULES, start=period[0], end=period[1], today=TODAY)
        != first
    )
    done(engine, incident, "panel_notification", TODAY - timedelta(days=20))
    changed = cache.report(engine, RULES, *period, TODAY)
    assert (
        changed
        == timeliness_report(engine, RULES, start=period[0], end=period[1], today=TODAY)
        != logged
    )
    tomorrow = TODAY + timedelta(days=1)
    assert cache.report(engine, RULES, period[0], tomorrow, tomorrow) == timeliness_report(
        engine, RULES, start=period[0], end=tomorrow, today=tomorrow
    )


def test_your_checklist_items_are_listed_for_whoever_was_given_them(running: RunningBot) -> None:
    seed_many(running.engine, 3)
    with Session(running.engine) as session:
        items = session.exec(select(ChecklistItem).order_by(ChecklistItem.id)).all()[:2]
    for item in items:
        assert item.id is not None
        lifecycle.update_item(
            running.engine,
            RULES,
            item_id=item.id,
            actor=MANAGER,
            now=datetime.combine(TODAY, time(10), tzinfo=UTC),
            owner=USER_ID,
        )
    text = text_of(open_home(running))
    assert "*Your checklist items*" in text
    assert all(item.title[:40] in text for item in items)
    nobody = text_of(open_home(running, user=OWNER_ID, count=2))
    assert "*Your checklist items*" not in nobody  # given none: no empty list


def test_a_national_review_is_counted_as_one(running: RunningBot) -> None:
    national, after_all = (log_case(running) for _ in range(2))
    for incident in (national, after_all):
        assert record(running, incident, "sent", reason="agreed on the day").body == ""
        decide(running, incident, "national", TODAY)
    assert record(running, after_all, "decide", decision="local_review").body == ""
    text = text_of(open_home(running))
    assert "National review: 1 · Local review under way: 1" in text
    assert "Decided: no local review" not in text
