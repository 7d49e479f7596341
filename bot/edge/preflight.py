"""Checks at start that what the settings name is there in Slack: the tokens, the channel
(with the bot in it) and the user groups (the database: :mod:`bot.edge.database`).

Each failure is a :class:`ConfigError` of one line naming the setting and what to do, so
that IT staff read the cause instead of a traceback, and a process manager sees exit
status 2 (a setting to fix), not a crash to restart.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.config import ConfigError, Settings

#: The checks' Slack client logs nothing: each failure becomes the one line.
_QUIET = logging.getLogger("bot.edge.preflight.quiet")
_QUIET.disabled = True

#: Slack's answers that mean the token itself is wrong, not Slack or the network.
_BAD_TOKEN = frozenset(
    {
        "invalid_auth",
        "not_authed",
        "account_inactive",
        "token_revoked",
        "token_expired",
        "not_allowed_token_type",
    }
)


def check_slack(settings: Settings) -> str:
    """Ask Slack, once, whether the bot token, the app token (for Socket Mode), the channel
    and the user groups (and the scope to read them) are right; returns the bot's name (for
    messages that say whom to invite). The SDK's own error lines are left out: the one line
    says it all."""
    from bot.edge.app import slack_client

    client = slack_client(settings, ride_out=False, logger=_QUIET)
    identity = _ask(client, "auth.test", "SLACK_BOT_TOKEN", settings)
    if settings.slack_app_token:
        try:
            client.apps_connections_open(app_token=settings.slack_app_token.get_secret_value())
        except SlackApiError as exc:
            raise app_token_error(exc) from None
        except (SlackClientError, OSError) as exc:
            raise _unreachable(settings, exc) from None
    name = str(identity.get("user") or "the bot")
    channel = settings.safeguarding_channel
    assert channel is not None
    invite = f"invite @{name} to the channel (/invite @{name})"
    try:
        found = client.conversations_info(channel=channel)["channel"]
    except SlackApiError as exc:
        error = exc.response.get("error")
        if error in ("channel_not_found", "not_in_channel"):
            raise ConfigError(
                f"SAFEGUARDING_CHANNEL: Slack finds no channel {channel} that the bot can "
                f"see: check the channel ID (channel details → About) and {invite}"
            ) from None
        raise _slack_error(exc, "conversations.info", "SAFEGUARDING_CHANNEL") from None
    except (SlackClientError, OSError) as exc:
        raise _unreachable(settings, exc) from None
    label = f"#{found.get('name', channel)} ({channel})"
    if found.get("is_archived"):
        raise ConfigError(
            f"SAFEGUARDING_CHANNEL: {label} is archived: unarchive it or name another channel"
        )
    if not found.get("is_member", True):
        raise ConfigError(f"SAFEGUARDING_CHANNEL: the bot is not in {label}: {invite}")
    for group, setting in _user_groups(settings).items():
        try:
            client.usergroups_users_list(usergroup=group)
        except SlackApiError as exc:
            error = exc.response.get("error")
            if error in ("no_such_subteam", "subteam_not_found"):
                raise ConfigError(
                    f"{setting}: Slack finds no user group {group}: check its ID "
                    "(the group's page, ⋯ → Copy group ID, S…) or leave the setting out"
                ) from None
            if error == "missing_scope":
                raise ConfigError(
                    f"{setting}: reading user group {group} needs the usergroups:read scope: "
                    "uncomment its line in manifest.yml, update the app from it and reinstall it"
                ) from None
            raise _slack_error(exc, "usergroups.users.list", setting) from None
        except (SlackClientError, OSError) as exc:
            raise _unreachable(settings, exc) from None
    return name


def _user_groups(settings: Settings) -> dict[str, str]:
    """Each user group the bot will read the members of, and the setting naming it: the
    only use of the usergroups:read scope, which the manifest asks for only then."""
    leads = settings.sign_off_leads().values()
    groups = {who: "SAFEGUARDING_SIGN_OFF_LEADS" for who in leads if who.startswith("S")}
    if settings.safeguarding_usergroup:
        groups[settings.safeguarding_usergroup] = "SAFEGUARDING_USERGROUP"
    return groups


def app_token_error(exc: SlackApiError) -> ConfigError:
    """What a refused app-level token is told as: one line naming SLACK_APP_TOKEN."""
    error = exc.response.get("error")
    if error in _BAD_TOKEN:
        return ConfigError(
            f"SLACK_APP_TOKEN: Slack refused the app-level token ({error}): generate one "
            "with the connections:write scope (Basic Information → App-Level Tokens) and set "
            "it again"
        )
    return _slack_error(exc, "apps.connections.open", "SLACK_APP_TOKEN")


def _ask(client: WebClient, method: str, setting: str, settings: Settings) -> dict[str, object]:
    try:
        return dict(client.api_call(method).data)  # type: ignore[arg-type]
    except SlackApiError as exc:
        raise _slack_error(exc, method, setting) from None
    except (SlackClientError, OSError) as exc:
        raise _unreachable(settings, exc) from None


def _slack_error(exc: SlackApiError, method: str, setting: str) -> ConfigError:
    error = str(exc.response.get("error") or f"HTTP {exc.response.status_code}")
    if error in _BAD_TOKEN:
        return ConfigError(
            f"SLACK_BOT_TOKEN: Slack refused the token ({error}): copy the Bot User OAuth "
            "Token (xoxb-…) again from OAuth & Permissions, reinstalling the app if needed"
        )
    if error == "missing_scope":
        needed = exc.response.get("needed") or "a scope"
        return ConfigError(
            f"SLACK_BOT_TOKEN: the app lacks {needed} (for {method}): update the app from "
            "manifest.yml and reinstall it"
        )
    return ConfigError(f"{setting}: Slack answered {method} with {error}: check the setting")


def _unreachable(settings: Settings, exc: BaseException) -> ConfigError:
    reason = getattr(exc, "reason", None) or exc
    return ConfigError(
        f"SLACK_API_URL: cannot reach Slack at {settings.slack_api_url} ({reason}): check "
        "that the network, proxy or firewall lets this server reach it"
    )
