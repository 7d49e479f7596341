"""Who may use the bot: members of the partnership's private channel, or of a user group,
who belong to the workspace the bot is installed in (or to a team the partnership names).

A Slack Connect channel can hold guests from other organisations: being in the channel is
not enough, so each person's own team is asked of Slack too (``users.info``). Slack is
asked at most once every few minutes for the members and once an hour per person for
their team (the answers are cached), so a busy morning of button presses stays far
inside Slack's rate limits. A person joining or leaving the channel (Slack's
``member_joined_channel`` and ``member_left_channel`` events) has the list asked again at
the next check: a removed member loses access at once, and the few minutes' lifetime is
only a backstop for an event missed while the bot was down.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

from cachetools import TTLCache
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

#: How long a membership list is trusted before Slack is asked again, in seconds.
MEMBERSHIP_TTL = 300.0
#: How long a person's team is trusted (it changes only if their account moves).
TEAM_TTL = 3600.0


class Access:
    """Answers "is this user one of the partnership?" from a cached membership list and
    each member's team; and "is this team (or enterprise) the partnership's?"."""

    def __init__(
        self,
        client: WebClient,
        channel: str,
        usergroup: str | None = None,
        ttl: float = MEMBERSHIP_TTL,
        *,
        external_teams: Iterable[str] = (),
    ) -> None:
        self._client = client
        self._channel = channel
        self._usergroup = usergroup
        self._external = frozenset(external_teams)
        self._home: frozenset[str] | None = None
        self._url: str | None = None
        self._cache: TTLCache[str, frozenset[str]] = TTLCache(maxsize=1, ttl=ttl)
        self._teams: TTLCache[str, tuple[str, ...]] = TTLCache(maxsize=10_000, ttl=TEAM_TTL)
        self._groups: TTLCache[str, frozenset[str]] = TTLCache(maxsize=64, ttl=ttl)
        self._lock = threading.Lock()

    def allows(self, user_id: str, *, fresh: bool = False) -> bool:
        """True for a member of the partnership's team(s); raises slack_sdk errors if Slack
        cannot be asked (fail closed). ``fresh`` asks Slack for the members now (a calendar
        feed, fetched rarely and from outside Slack, must not outlive a member's leaving)."""
        members = self.members(fresh=fresh)
        return user_id in members and all(map(self.is_partnership, self._team_of(user_id)))

    def members(self, *, fresh: bool = False) -> frozenset[str]:
        """The channel's (and user group's) members, whatever their team."""
        # One thread fetches while the others wait for its answer, rather than all asking.
        with self._lock:
            members = None if fresh else self._cache.get("members")
            if members is None:
                members = self._fetch()
                self._cache["members"] = members
            return members

    def channel_changed(self, channel: str) -> None:
        """Someone joined or left ``channel``: if it is the partnership's, the next check
        asks Slack for its members again."""
        if channel == self._channel:
            with self._lock:
                self._cache.clear()

    def in_group(self, user_id: str, usergroup: str) -> bool:
        """Whether a user is in a user group (a partner's sign-off leads), its members
        cached as the channel's are; raises slack_sdk errors if Slack cannot say."""
        with self._lock:
            members = self._groups.get(usergroup)
            if members is None:
                response = self._client.usergroups_users_list(usergroup=usergroup)
                members = frozenset(response["users"])
                self._groups[usergroup] = members
        return user_id in members

    def is_partnership(self, team_or_enterprise: str) -> bool:
        """Whether a team (T…) or enterprise (E…) id is the installing workspace's (from
        ``auth.test``) or one named in SAFEGUARDING_EXTERNAL_TEAMS."""
        if team_or_enterprise in self._external:
            return True
        return team_or_enterprise in self._workspace()[0]

    def workspace_url(self) -> str | None:
        """The workspace's address (``https://example.slack.com/``, from ``auth.test``),
        under which a message's link is ``archives/CHANNEL/pTS``."""
        return self._workspace()[1]

    def _workspace(self) -> tuple[frozenset[str], str | None]:
        with self._lock:
            if self._home is None:
                found = self._client.auth_test()
                self._home = frozenset(
                    value
                    for value in (found.get("team_id"), found.get("enterprise_id"))
                    if isinstance(value, str) and value
                )
                url = found.get("url")
                self._url = url if isinstance(url, str) and url.startswith("https://") else None
            return self._home, self._url

    def _team_of(self, user_id: str) -> tuple[str, ...]:
        """The team and (on Enterprise Grid) the enterprise a user belongs to."""
        found = self._teams.get(user_id)
        if found is None:
            try:
                user = self._client.users_info(user=user_id)["user"]
            except SlackApiError as exc:
                if exc.response.get("error") != "user_not_found":
                    raise
                return ("unknown",)  # not a member of any team Slack will tell us of
            grid = user.get("enterprise_user") or {}
            teams = (user.get("team_id"), grid.get("enterprise_id"))
            found = tuple(str(team) for team in teams if team) or ("unknown",)
            self._teams[user_id] = found
        return found

    def _fetch(self) -> frozenset[str]:
        members: set[str] = set()
        for page in self._client.conversations_members(channel=self._channel, limit=1000):
            members.update(page["members"])
        if self._usergroup:
            response = self._client.usergroups_users_list(usergroup=self._usergroup)
            members.update(response["users"])
        return frozenset(members)
