"""Who may use the bot: members of the partnership's private channel, or of a user group.

Slack is asked at most once every few minutes (the answer is cached), so a busy morning of
button presses stays far inside Slack's rate limits. A removed member loses access when
the cache next refreshes.
"""

from __future__ import annotations

import threading

from cachetools import TTLCache
from slack_sdk import WebClient

#: How long a membership list is trusted before Slack is asked again, in seconds.
MEMBERSHIP_TTL = 300.0


class Access:
    """Answers "is this user one of the partnership?" from a cached membership list."""

    def __init__(
        self,
        client: WebClient,
        channel: str,
        usergroup: str | None = None,
        ttl: float = MEMBERSHIP_TTL,
    ) -> None:
        self._client = client
        self._channel = channel
        self._usergroup = usergroup
        self._cache: TTLCache[str, frozenset[str]] = TTLCache(maxsize=1, ttl=ttl)
        self._lock = threading.Lock()

    def allows(self, user_id: str) -> bool:
        """True for a member; raises slack_sdk errors if Slack cannot be asked (fail closed)."""
        return user_id in self.members()

    def members(self) -> frozenset[str]:
        # One thread fetches while the others wait for its answer, rather than all asking.
        with self._lock:
            members = self._cache.get("members")
            if members is None:
                members = self._fetch()
                self._cache["members"] = members
            return members

    def _fetch(self) -> frozenset[str]:
        members: set[str] = set()
        for page in self._client.conversations_members(channel=self._channel, limit=1000):
            members.update(page["members"])
        if self._usergroup:
            response = self._client.usergroups_users_list(usergroup=self._usergroup)
            members.update(response["users"])
        return frozenset(members)
