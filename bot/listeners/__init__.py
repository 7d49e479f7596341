"""Slack listeners, one module per surface: each parses, acks, calls a use case, renders."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import actions, commands, forms, home, reminders, views
from bot.runtime import Runtime


def register(app: App, runtime: Runtime) -> None:
    """Attach every listener to ``app``."""
    for surface in (commands, views, actions, forms, home, reminders):
        surface.register(app, runtime)
