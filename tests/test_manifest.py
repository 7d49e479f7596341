"""manifest.yml asks for what the bot uses, and says for each scope what uses it."""

from __future__ import annotations

import re
from pathlib import Path

MANIFEST = Path(__file__).parent.parent / "manifest.yml"


def scopes() -> dict[str, str]:
    """Each bot scope and the comment beside it."""
    found = {}
    text = MANIFEST.read_text()
    section = text[text.index("  scopes:\n    bot:\n") : text.index("\nsettings:")]
    for line in section.splitlines():
        if entry := re.fullmatch(r"\s+- ([a-z]+:?[a-z._]*)\s*(#.*)?", line):
            found[entry[1]] = (entry[2] or "").lstrip("# ").strip()
    return found


def test_every_scope_says_what_uses_it() -> None:
    listed = scopes()
    assert "commands" in listed and len(listed) >= 8
    assert not [scope for scope, why in listed.items() if not why]


def test_the_scopes_exports_and_the_guest_check_need() -> None:
    listed = scopes()
    assert "export" in listed["files:write"]
    assert "users.info" in listed["users:read"]  # bot/flows/access.py: a guest's own team


def test_every_event_the_bot_listens_to_is_subscribed() -> None:
    """Slack sends only the events the manifest subscribes to: a listener for another
    never runs (the membership cache would then miss who left the channel)."""
    text = MANIFEST.read_text()
    section = text[text.index("    bot_events:\n") : text.index("  interactivity:")]
    subscribed = set(re.findall(r"^\s+- ([a-z_]+)", section, re.MULTILINE))
    source = "".join(p.read_text() for p in (MANIFEST.parent / "bot").rglob("*.py"))
    listened = set(re.findall(r"app\.event\(\"([a-z_]+)\"\)", source))
    assert {"member_joined_channel", "member_left_channel"} <= listened
    assert listened <= subscribed


def test_the_user_group_scope_is_asked_for_only_when_a_user_group_is_used() -> None:
    """usergroups:read lets the app read every user group: the manifest leaves it out, and
    says which settings need it (the bot checks them at start: tests/test_bad_settings.py)."""
    assert "usergroups:read" not in scopes()
    text = MANIFEST.read_text()
    why = text[text.index("im:history") : text.index("# - usergroups:read")]
    assert "SAFEGUARDING_USERGROUP" in why and "SAFEGUARDING_SIGN_OFF_LEADS" in why
