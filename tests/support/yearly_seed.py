"""A partnership's reporting year 2026-27 (1 Apr 2026 to 31 Mar 2027), seeded through the
use cases (cases, steps, the Panel, publication, proceedings), and its improvement actions
inserted as rows (no use case writes them on this branch), whose yearly figures as at
Mon 23 Nov 2026 the tests know. Pseudonyms and fictional ids only.

``uv run python -m tests.support.yearly_seed`` prints the Markdown report of that year.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.domain.actions import Origin
from bot.domain.publication import Published, Settled
from bot.domain.review import NationalDecision, PanelAnswer, ProceedingsKind, PublicationKind
from bot.usecases.lifecycle import record_step_done
from bot.usecases.publication import record_proceedings
from bot.usecases.read_models import open_at_publication
from bot.usecases.reviews import (
    record_delay_told,
    record_national_decision,
    record_panel_answer,
    target_passed,
)
from storage.models import ImprovementAction, Incident, Step
from tests.support.seed import MANAGER, RULES, at_noon, done, log, plan, step_id

TODAY = date(2026, 11, 23)  # a Monday, the running bot's clock
YEAR = "2026-27"
DELAY_REASON = "Awaiting the outcome of the criminal trial"
IMPROVEMENTS_REASON = "the family asked that the full report is not published"


def add_action(
    engine: Engine,
    incident_id: int | None,
    title: str,
    agency: str,
    due_on: date,
    status: str = "open",
    *,
    origin: Origin = Origin.LOCAL,
    done_on: date | None = None,
    reason: str | None = None,
    assurance_result: str | None = None,
    assured_on: date | None = None,
) -> None:
    """An improvement action as the register stores it (the actions branch's use cases
    write these; here the row is inserted as it would be)."""
    assert incident_id is not None
    with Session(engine) as session:
        session.add(
            ImprovementAction(
                incident_id=incident_id,
                title=title,
                origin=origin,
                agency=agency,
                owner_id="U0LEADPOL1",
                due_on=due_on,
                status=status,
                reason=reason,
                evidence="Attendance records" if status == "done" else None,
                done_on=done_on,
                assurance_result=assurance_result,
                assured_on=assured_on,
                created_by=MANAGER,
                created_at=at_noon(date(2026, 1, 5)),
            )
        )
        session.commit()


def seed_year(engine: Engine) -> None:
    """Twelve cases (their references SI-2026-0001.. in this order) and eight actions.

    - Child J: aware Jan 2026, local review commissioned Fri 30 Jan 2026, final report due
      Wed 17 Jun sent Fri 19 Jun (2 working days late), published Fri 26 Jun 2026 (the full
      report; 147 days, within its target of Thu 30 Jul).
    - Child A: aware Mar 2026, local review commissioned Fri 27 Mar 2026; target Mon 28 Sep
      passed, the delay told to the Panel Mon 5 Oct; final report due Wed 21 Oct sent Mon
      19 Oct; published Fri 30 Oct (improvements only; 217 days, 32 days past the target).
    - Child K: notified Fri 13 Mar 2026; its rapid review fell due Tue 7 Apr and was never
      sent.
    - Child E: local review commissioned Mon 22 Dec 2025, target Mon 22 Jun 2026 passed
      unpublished, criminal proceedings running, no reason told yet.
    - Baby B: aware Wed 1 Apr over Easter (notification due Fri 10 Apr, made Mon 13 Apr, 1
      working day late); rapid review sent on its due day Tue 5 May; no further review.
    - Child C: notified on time Mon 18 May; rapid review due Tue 9 Jun, sent Fri 12 Jun (3
      working days late); a local review commissioned Fri 12 Jun 2026.
    - Child D: notified Fri 5 Jun; rapid review sent Wed 24 Jun (due Fri 26 Jun) with a
      national review recommended; the Panel's decision Mon 6 Jul: a local review after all.
    - Child F: aware Mon 9 Nov 2026, notification due Mon 16 Nov and not made.
    - Child G: seriously harmed, no abuse or neglect suspected, aware Mon 3 Aug 2026: a
      practice learning review, whose action (education) is done on time.
    - Child L: a looked-after child's death (abuse not suspected), aware Mon 7 Sep 2026,
      notified Fri 11 Sep (due Mon 14 Sep: on time).
    - Young person M: a care leaver aged 18 to 24 died, aware Thu 1 Oct 2026, notified Mon
      12 Oct (due Thu 8 Oct: 2 working days late).
    - Young person N: a care leaver died, aware Mon 16 Nov 2026; due today, not yet made.
    - The Panel answered Baby B's rapid review Tue 19 May (agrees, 10 working days after
      its sending) and Child C's Mon 29 Jun (asks for more information, 11 working days);
      Child D's, sent Wed 24 Jun, awaits its answer.
    - Actions by origin, due in the year: 3 from local reviews (J's two, A's police), 1
      national (A's guidance), 1 rapid (C's forum), 1 practice learning review (G's).
    """
    j = log(engine, "Child J", date(2026, 1, 5))
    done(engine, j, "panel_notification", date(2026, 1, 9))
    done(engine, j, "rapid_review", date(2026, 1, 30))
    done(engine, j, "lcspr_decision", date(2026, 1, 30), decision="lcspr")
    plan(engine, j, date(2026, 6, 26), on=date(2026, 2, 2))
    done(engine, j, "final_report_to_panel", date(2026, 6, 19))
    _publish(engine, j, date(2026, 6, 26), Published(PublicationKind.FULL_REPORT))

    a = log(engine, "Child A", date(2026, 3, 2))
    done(engine, a, "panel_notification", date(2026, 3, 6))
    done(engine, a, "rapid_review", date(2026, 3, 27))
    done(engine, a, "lcspr_decision", date(2026, 3, 27), decision="lcspr")
    assert a.id is not None
    target_passed(engine, RULES, incident_id=a.id, now=at_noon(date(2026, 9, 29)))
    record_delay_told(
        engine,
        RULES,
        incident_id=a.id,
        on=date(2026, 10, 5),
        reason=DELAY_REASON,
        actor=MANAGER,
        now=at_noon(date(2026, 10, 5)),
    )
    plan(engine, a, date(2026, 10, 30), on=date(2026, 10, 5))
    done(engine, a, "final_report_to_panel", date(2026, 10, 19))
    improvements = Published(PublicationKind.IMPROVEMENTS_ONLY, IMPROVEMENTS_REASON)
    _publish(engine, a, date(2026, 10, 30), improvements)

    k = log(engine, "Child K", date(2026, 3, 9))
    done(engine, k, "panel_notification", date(2026, 3, 13))

    e = log(engine, "Child E", date(2025, 12, 1))
    done(engine, e, "panel_notification", date(2025, 12, 5))
    done(engine, e, "rapid_review", date(2025, 12, 22))
    done(engine, e, "lcspr_decision", date(2025, 12, 22), decision="lcspr")
    assert e.id is not None
    record_proceedings(
        engine,
        RULES,
        incident_id=e.id,
        kind=ProceedingsKind.CRIMINAL,
        expected_on=date(2027, 3, 1),
        actor=MANAGER,
        now=at_noon(date(2026, 2, 2)),
    )

    b = log(engine, "Baby B", date(2026, 4, 1), seriously_harmed=True, died=False)
    done(engine, b, "panel_notification", date(2026, 4, 13))
    done(engine, b, "rapid_review", date(2026, 5, 5))
    done(engine, b, "lcspr_decision", date(2026, 5, 5), decision="no_review")

    c = log(engine, "Child C", date(2026, 5, 11))
    done(engine, c, "panel_notification", date(2026, 5, 18))
    done(engine, c, "rapid_review", date(2026, 6, 12))
    done(engine, c, "lcspr_decision", date(2026, 6, 12), decision="lcspr")

    d = log(engine, "Child D", date(2026, 6, 1))
    done(engine, d, "panel_notification", date(2026, 6, 5))
    done(engine, d, "rapid_review", date(2026, 6, 24))
    done(engine, d, "lcspr_decision", date(2026, 6, 24), decision="national")
    assert d.id is not None
    record_national_decision(
        engine,
        RULES,
        incident_id=d.id,
        decision=NationalDecision.LOCAL_REVIEW,
        on=date(2026, 7, 6),
        actor=MANAGER,
        now=at_noon(date(2026, 7, 6)),
    )

    log(engine, "Child F", date(2026, 11, 9))

    g = log(
        engine,
        "Child G",
        date(2026, 8, 3),
        died=False,
        seriously_harmed=True,
        abuse_or_neglect=False,
        practice_learning_review=True,
    )
    looked_after = log(
        engine, "Child L", date(2026, 9, 7), looked_after=True, abuse_or_neglect=False
    )
    done(engine, looked_after, "looked_after_death_notification", date(2026, 9, 11))
    m = log(engine, "Young person M", date(2026, 10, 1), age_band="18_24", care_leaver=True)
    done(engine, m, "care_leaver_death_notification", date(2026, 10, 12))
    log(engine, "Young person N", date(2026, 11, 16), age_band="18_24", care_leaver=True)

    for case, answer, on in (
        (b, PanelAnswer.AGREES, date(2026, 5, 19)),
        (c, PanelAnswer.ASKS_FOR_MORE_INFORMATION, date(2026, 6, 29)),
    ):
        assert case.id is not None
        record_panel_answer(
            engine, RULES, incident_id=case.id, answer=answer, on=on, actor=MANAGER, now=at_noon(on)
        )

    add_action(
        engine,
        j.id,
        "Refresh training on joint child protection enquiries",
        "police",
        date(2026, 6, 30),
        "done",
        done_on=date(2026, 6, 26),
        assurance_result="embedded",
        assured_on=date(2026, 11, 2),
    )
    add_action(
        engine,
        j.id,
        "Audit how health visitors share records",
        "health_icb",
        date(2026, 7, 31),
        "done",
        done_on=date(2026, 8, 10),
        assurance_result="partly",
        assured_on=date(2026, 11, 13),
    )
    add_action(
        engine,
        j.id,
        "Review the step-down process",
        "childrens_social_care",
        date(2026, 3, 27),
        "done",
        done_on=date(2026, 3, 20),
        assurance_result="not_yet",
        assured_on=date(2026, 6, 1),
    )
    add_action(engine, a.id, "Brief response officers on the learning", "police", date(2026, 9, 30))
    add_action(
        engine,
        a.id,
        "Update the neglect practice guidance",
        "childrens_social_care",
        date(2026, 11, 30),
        origin=Origin.NATIONAL,
    )
    add_action(engine, a.id, "Add the learning to the induction", "health_icb", date(2027, 4, 5))
    add_action(
        engine,
        c.id,
        "Set up a schools safeguarding forum",
        "education",
        date(2026, 10, 30),
        "not_taken_forward",
        origin=Origin.RAPID,
        reason="The existing forum covers it",
    )
    add_action(
        engine,
        g.id,
        "Share the learning in a 7-minute briefing",
        "education",
        date(2026, 10, 16),
        "done",
        origin=Origin.PRACTICE_LEARNING,
        done_on=date(2026, 10, 14),
    )


@pytest.fixture
def seeded_year(engine: Engine) -> Engine:
    """The engine of a database holding the seeded year: ``database_url`` copies it from a
    template seeded once per run (tests/conftest.py), as seeding takes seconds a test."""
    with Session(engine) as session:
        pseudonyms = set(session.exec(select(Incident.pseudonym)).all())
    assert pseudonyms >= {"Child J", "Young person N"}, "not a copy of the seeded year"
    return engine


@pytest.fixture
def yearly_database(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    database_url: str,
    seeded_year: Engine,
) -> Engine:
    """The seeded year in the database the command line reads (DATABASE_URL); the logs of
    setting it up are not the command's."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.delenv("SAFEGUARDING_REPORTING_YEAR_START", raising=False)
    capsys.readouterr()
    return seeded_year


def _publish(engine: Engine, incident: Incident, on: date, published: Published) -> None:
    """Record the local review published on ``on``, as the card's publication form does:
    the milestones still open are not applicable (the seed records none of them)."""
    with Session(engine) as session:
        steps = session.exec(select(Step).where(Step.incident_id == incident.id)).all()
        unrecorded = Settled(reason="recorded on the partnership's tracker")
        settled = {step.step_key: unrecorded for step in open_at_publication(steps, RULES)}
    record_step_done(
        engine,
        RULES,
        step_id=step_id(engine, incident, "lcspr_publication"),
        on=on,
        actor=MANAGER,
        now=at_noon(on),
        published=published,
        settled=settled,
    )


def sample(argv: list[str] | None = None) -> str:
    """The Markdown report of the seeded year, as ``safeguarding-bot report --format md
    --year 2026-27 --as-at 2026-11-23`` prints it from a scratch SQLite database."""
    import contextlib
    import io
    import os

    from bot.edge.cli import main
    from storage.db import make_engine, migrate

    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'sample.db'}"
        engine = make_engine(url)
        migrate(engine)
        seed_year(engine)
        engine.dispose()
        before = os.environ.get("DATABASE_URL")
        os.environ["DATABASE_URL"] = url
        out = io.StringIO()
        try:
            with contextlib.redirect_stdout(out):
                main(argv or ["report", "--format", "md", "--year", YEAR, "--as-at", str(TODAY)])
        finally:
            if before is None:
                del os.environ["DATABASE_URL"]
            else:
                os.environ["DATABASE_URL"] = before
        return out.getvalue()


if __name__ == "__main__":
    sys.stdout.write(sample(sys.argv[1:] or None))
