"""Settings from the environment (or a ``.env`` file), checked once at start.

Every problem is reported as one line naming the variable, because the people who set
these are a partnership's IT staff, not Python developers.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

from pydantic import SecretStr, ValidationError, field_validator
from pydantic.fields import FieldInfo
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
)

from bot.domain.review import Partner, parse_sign_off_leads
from bot.domain.timetable import Timetable
from bot.domain.yearly import YearStart
from bot.rules import Rules, RulesError, load_rules, load_timetable

LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR")
LOG_FORMATS = ("text", "json")


class ConfigError(Exception):
    """A missing or invalid setting; the message names the environment variable."""


class LogSettings(BaseSettings):
    """How to log: read before the other settings, so that a mistake in one of them is told
    in the format asked for."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", frozen=True)

    # DEBUG, INFO, WARNING or ERROR; and "json" for one JSON object a line (log collectors).
    log_level: str = "INFO"
    log_format: str = "text"

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in LOG_LEVELS:
            raise ValueError(f"must be one of {', '.join(LOG_LEVELS)}")
        return value.upper()

    @field_validator("log_format")
    @classmethod
    def _log_format(cls, value: str) -> str:
        if value.lower() not in LOG_FORMATS:
            raise ValueError("must be text (the default) or json (one JSON object a line)")
        return value.lower()


#: The settings that may be read from a file named by ``NAME_FILE`` instead: the secrets.
FROM_FILES = ("database_url", "slack_bot_token", "slack_signing_secret", "slack_app_token")


class _Files(PydanticBaseSettingsSource):
    """``SLACK_BOT_TOKEN_FILE=/run/secrets/…`` in the environment: the setting is the
    file's text, its final line break dropped, so that a secret can be handed over as
    Docker secrets and systemd credentials do, never in the environment itself."""

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        return None, field_name, False  # unused: __call__ reads every file at once

    def __call__(self) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for name in FROM_FILES:
            variable = name.upper()
            if (path := os.environ.get(f"{variable}_FILE")) is None:
                continue
            if variable in os.environ:
                raise ConfigError(f"{variable}_FILE: {variable} is set as well; set only one")
            try:
                values[name] = Path(path).read_text(encoding="utf-8").rstrip("\r\n")
            except (OSError, UnicodeDecodeError) as exc:
                why = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
                raise ConfigError(f"{variable}_FILE: cannot read {path} ({why})") from None
        return values


class Settings(LogSettings):
    """The bot's settings; names match the environment variables, upper-cased."""

    database_url: str = "sqlite:///safeguarding.db"
    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_api_url: str = "https://slack.com/api/"
    safeguarding_channel: str | None = None
    safeguarding_usergroup: str | None = None
    safeguarding_rules: Path | None = None
    safeguarding_checklist: Path | None = None
    # Days a closed case is kept before `safeguarding-bot purge` removes it. About seven
    # years by default, a common records-retention period; follow your own schedule.
    safeguarding_retention_days: int = 2555
    safeguarding_reminders: Path | None = None
    safeguarding_escalation: str | None = None
    # Other organisations' teams (T…) or Enterprise Grid orgs (E…) whose people may use the
    # bot, comma-separated; by default only the workspace the bot is installed in.
    safeguarding_external_teams: str | None = None
    safeguarding_allowed_words: Path | None = None
    # The rules after the rapid review (sign-off, the Panel's answer, the local review).
    safeguarding_review: Path | None = None
    # The practice learning review's checklist, for a case below the threshold.
    safeguarding_learning_review: Path | None = None
    # Who may sign the rapid review off for each partner, a user or user group each:
    # local_authority=S0123ABCD,police=U0123ABCD,integrated_care_board=S0456EFGH
    safeguarding_sign_off_leads: str | None = None
    # The day the partnership's reporting year starts, MM-DD: 04-01 is April to March.
    safeguarding_reporting_year_start: str = "04-01"
    # Where people's calendars reach this bot's HTTP port (through the council's reverse
    # proxy), e.g. https://safeguarding-bot.example.gov.uk: turns /incident calendar on.
    safeguarding_public_url: str | None = None
    # Whether calendar feed events show the case's pseudonym beside its reference (off:
    # calendars are shared and delegated).
    safeguarding_calendar_pseudonyms: bool = False

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """The environment, then the files it names (``*_FILE``), then ``.env``."""
        files = _Files(settings_cls)
        return init_settings, env_settings, files, dotenv_settings, file_secret_settings

    @field_validator(
        "safeguarding_rules",
        "safeguarding_checklist",
        "safeguarding_reminders",
        "safeguarding_allowed_words",
        "safeguarding_review",
        "safeguarding_learning_review",
        mode="before",
    )
    @classmethod
    def _rules_file(cls, value: object) -> object:
        # Refused, not read as unset: an empty value is a file name left out of a template,
        # and the shipped rules would then date the partnership's cases without its notice.
        if isinstance(value, str) and not value.strip():
            raise ValueError("is empty: name a rules file, or unset it to use the shipped rules")
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: str) -> str:
        if not value.startswith(("sqlite://", "postgresql", "postgres://")):
            raise ValueError("must be sqlite:///FILE or postgresql+psycopg://USER@HOST/DB")
        return value

    @field_validator("slack_api_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        if not value.startswith(("http://", "https://")):
            raise ValueError("must be an http(s) URL such as https://slack.com/api/")
        return value if value.endswith("/") else value + "/"

    @field_validator("slack_bot_token")
    @classmethod
    def _bot_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xoxb-"):
            raise ValueError("must be the Bot User OAuth Token, starting with xoxb-")
        return value

    @field_validator("slack_app_token")
    @classmethod
    def _app_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and not value.get_secret_value().startswith("xapp-"):
            raise ValueError("must be an app-level token (connections:write), starting with xapp-")
        return value

    @field_validator("safeguarding_channel")
    @classmethod
    def _channel(cls, value: str | None) -> str | None:
        if value is not None and value[:1] not in ("C", "G"):
            raise ValueError("must be the channel ID (like C0123ABCD), not its name")
        return value

    @field_validator("safeguarding_retention_days")
    @classmethod
    def _retention(cls, value: int) -> int:
        if value < 1:
            raise ValueError("must be a number of days, at least 1 (2555 is about 7 years)")
        return value

    @field_validator("safeguarding_escalation")
    @classmethod
    def _escalation(cls, value: str | None) -> str | None:
        if value is not None and value[:1] not in ("U", "W", "S"):
            raise ValueError("must be a user ID (like U0123ABCD) or a user group ID (S0123ABCD)")
        return value

    @field_validator("safeguarding_external_teams")
    @classmethod
    def _external_teams(cls, value: str | None) -> str | None:
        ids = [part.strip() for part in (value or "").split(",") if part.strip()]
        wrong = [part for part in ids if part[:1] not in ("T", "E") or not part.isalnum()]
        if wrong:
            raise ValueError(
                f"{wrong[0]!r} is not a team ID (like T0123ABCD) or an Enterprise Grid "
                "ID (E0123ABCD); separate several with commas"
            )
        return ",".join(ids) or None

    @field_validator("safeguarding_sign_off_leads")
    @classmethod
    def _sign_off_leads(cls, value: str | None) -> str | None:
        if value is not None:
            parse_sign_off_leads(value)
        return value

    @field_validator("safeguarding_public_url")
    @classmethod
    def _public_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value.strip())
        if parts.scheme != "https" or not parts.hostname or "@" in parts.netloc:
            raise ValueError(
                "must be the https:// address at which people's calendars reach the bot, "
                "such as https://safeguarding-bot.example.gov.uk"
            )
        if parts.query or parts.fragment:
            raise ValueError("must be the https:// address alone, without ? or #")
        return value.strip().rstrip("/")

    @field_validator("safeguarding_reporting_year_start")
    @classmethod
    def _reporting_year_start(cls, value: str) -> str:
        return str(YearStart.parse(value))

    def reporting_year_start(self) -> YearStart:
        """The day the reporting year starts (SAFEGUARDING_REPORTING_YEAR_START)."""
        return YearStart.parse(self.safeguarding_reporting_year_start)

    def sign_off_leads(self) -> dict[Partner, str]:
        """Who may sign for each partner (SAFEGUARDING_SIGN_OFF_LEADS); empty when unset."""
        if self.safeguarding_sign_off_leads is None:
            return {}
        return parse_sign_off_leads(self.safeguarding_sign_off_leads)

    def external_teams(self) -> frozenset[str]:
        """The teams and enterprises SAFEGUARDING_EXTERNAL_TEAMS names (none by default)."""
        return frozenset((self.safeguarding_external_teams or "").split(",")) - {""}

    def timetable(self) -> Timetable:
        """The partnership's timetable: SAFEGUARDING_RULES, or the shipped defaults."""
        try:
            return load_timetable(self.safeguarding_rules)
        except RulesError as exc:
            raise ConfigError(f"SAFEGUARDING_RULES: {exc}") from None

    def rules(self) -> Rules:
        """All of the partnership's rules, each file named in the error if it is wrong, with
        the variable that names it."""
        try:
            return load_rules(
                timetable=self.safeguarding_rules,
                checklist=self.safeguarding_checklist,
                reminders=self.safeguarding_reminders,
                allowed_words=self.safeguarding_allowed_words,
                review=self.safeguarding_review,
                learning_review=self.safeguarding_learning_review,
                escalation=self.safeguarding_escalation,
                sign_off_leads=self.sign_off_leads(),
            )
        except RulesError as exc:
            raise ConfigError(
                f"{_RULES_SETTINGS.get(exc.part or '', 'SAFEGUARDING_RULES')}: {exc}"
            ) from None


#: The variable that names each of the rules files (:func:`bot.rules.load_rules`'s parts).
_RULES_SETTINGS = {
    "timetable": "SAFEGUARDING_RULES",
    "checklist": "SAFEGUARDING_CHECKLIST",
    "reminders": "SAFEGUARDING_REMINDERS",
    "allowed_words": "SAFEGUARDING_ALLOWED_WORDS",
    "review": "SAFEGUARDING_REVIEW",
    "learning_review": "SAFEGUARDING_LEARNING_REVIEW",
}


def load_settings() -> Settings:
    """Read and check the settings."""
    return _read(Settings)


def load_log_settings() -> LogSettings:
    """Read and check ``LOG_LEVEL`` and ``LOG_FORMAT`` alone."""
    return _read(LogSettings)


_Read = TypeVar("_Read", bound=BaseSettings)


def _read(kind: type[_Read]) -> _Read:
    """Turn pydantic's report into one line per variable."""
    try:
        return kind()
    except ValidationError as exc:
        lines = [
            f"{'.'.join(map(str, error['loc'])).upper()}: "
            + error["msg"].removeprefix("Value error, ")
            for error in exc.errors()
        ]
        raise ConfigError("\n".join(lines)) from None
