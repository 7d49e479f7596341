"""Who is in the partnership's channel changed: the next membership check asks Slack."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App

from bot.runtime import Runtime


def register(app: App, runtime: Runtime) -> None:
    """Attach the channel membership events (subscribed in manifest.yml)."""

    def changed(ack: Ack, event: dict[str, Any]) -> None:
        # Forgetting the list is all there is to do: done before the ack, no work after.
        runtime.access.channel_changed(str(event.get("channel", "")))
        ack()

    app.event("member_joined_channel")(changed)
    app.event("member_left_channel")(changed)
