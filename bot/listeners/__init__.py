"""Slack listeners, one module per surface: each parses, acks, calls a use case, renders."""

from __future__ import annotations

from slack_bolt import App

from bot.listeners import (
    actions,
    commands,
    forms,
    guard,
    home,
    improvement,
    membership,
    national,
    publication,
    reminders,
    review,
    views,
)
from bot.runtime import Runtime


def register(app: App, runtime: Runtime) -> None:
    """Attach the partnership's guard, then every listener, to ``app``."""
    app.use(guard.same_partnership(runtime))
    surfaces = (
        commands,
        views,
        actions,
        forms,
        home,
        membership,
        reminders,
        review,
        publication,
        improvement,
        national,
    )
    for surface in surfaces:
        surface.register(app, runtime)
