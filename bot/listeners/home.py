"""App Home: what the bot is for, and the open cases for partnership members."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from slack_sdk.models.blocks import HeaderBlock, MarkdownTextObject, SectionBlock
from slack_sdk.models.views import View

from bot import cases
from bot.blocks.replies import HELP, REFUSAL, case_list
from bot.domain.calendar import london_date
from bot.runtime import Runtime

logger = logging.getLogger(__name__)


def register(app: App, runtime: Runtime) -> None:
    """Attach the App Home tab."""

    @app.event("app_home_opened")
    def home(event: dict[str, Any], client: WebClient) -> None:
        if event.get("tab") != "home":
            return
        user = event["user"]
        blocks = [
            HeaderBlock(text="Serious incidents"),
            SectionBlock(text=MarkdownTextObject(text=HELP)),
        ]
        try:
            member = runtime.access.allows(user)
        except (SlackApiError, SlackClientError) as exc:
            logger.warning("membership check failed: %s", exc)
            member = False
        if member:
            rows = [(case.incident, case.next_step) for case in cases.open_cases(runtime.engine)]
            blocks += case_list(rows, london_date(runtime.clock()), runtime.rules.calendar)
        else:
            blocks.append(SectionBlock(text=MarkdownTextObject(text=REFUSAL)))
        client.views_publish(user_id=user, view=View(type="home", blocks=blocks))
