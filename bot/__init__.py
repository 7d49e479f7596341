"""The safeguarding partnership's Slack bot."""

import importlib.metadata


def release() -> str:
    """The installed release (CHANGELOG.md says what each one changed)."""
    try:
        return importlib.metadata.version("safeguarding-bot")
    except importlib.metadata.PackageNotFoundError:
        return "unknown (not installed)"
