"""A bare Bolt + SQLAlchemy app served by waitress: what ``safeguarding-bot run`` is
measured against for start-up time and idle memory (``benchmarks/burst.py``).

    python benchmarks/bare_bolt.py --host 127.0.0.1 --port 3000 [--design-card]

Reads DATABASE_URL, SLACK_API_URL, SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET as the bot
does; opens the database (``SELECT 1``), builds a Bolt app (which asks Slack ``auth.test``,
as the bot's start-up check does) with one command that acks, and serves ``/healthz`` and
``/slack/events`` until stopped.

With ``--design-card`` it also does the least the design card's other libraries make any
app do: one SQLModel table, an APScheduler background scheduler started, and England's bank
holidays from ``holidays`` counted. That is the floor no code on this stack starts under.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING

from slack_bolt import Ack, App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient
from sqlalchemy import create_engine, text
from waitress import serve

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=3000)
    parser.add_argument(
        "--design-card", action="store_true", help="SQLModel, APScheduler, holidays"
    )
    args = parser.parse_args()
    if args.design_card:
        _design_card()
    engine = create_engine(os.environ["DATABASE_URL"])
    with engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    client = WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = App(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @app.command("/incident")
    def incident(ack: Ack) -> None:
        ack()

    slack = SlackRequestHandler(app)

    def application(environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == "/healthz":
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"ok\n"]
        return slack(environ, start_response)

    serve(application, host=args.host, port=args.port, threads=8, _quiet=True)


def _design_card() -> None:
    import holidays
    from apscheduler.schedulers.background import BackgroundScheduler
    from sqlmodel import Field, SQLModel

    class Case(SQLModel, table=True):
        id: int | None = Field(default=None, primary_key=True)
        reference: str = Field(index=True)

    scheduler = BackgroundScheduler(timezone="Europe/London")
    scheduler.add_job(lambda: None, "interval", seconds=30)
    scheduler.start()
    holidays.country_holidays("GB", subdiv="ENG", years=range(2025, 2028))


if __name__ == "__main__":
    main()
