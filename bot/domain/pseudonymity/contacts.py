"""Contact details: email addresses (written or spelt out), social-media handles and
accounts, and the Slack marks and web links that are read for them but hold no name."""

from __future__ import annotations

import re

from bot.domain.pseudonymity.findings import Finding
from bot.domain.pseudonymity.numbers import _spoken_number
from bot.domain.pseudonymity.text import _GENERIC, _is_name, _lexicon

_PLATFORMS = (
    r"snapchat|snap|instagram|insta|ig|tiktok|facebook|fb|twitter|discord|whatsapp"
    r"|telegram|youtube|roblox|xbox|psn|playstation|fortnite|kik|threads|reddit|twitch"
)


#: What Slack writes for a member, a channel or a group ("<@U0123ABCD>", "<!here>"), and
#: a case reference ("SI-2026-0001"): never a person.
_CASE_REFERENCE = r"\b[A-Z]{2,6}[-/](?:19|20)[0-9]{2}[-/][0-9]{1,6}\b"
_SLACK_MARKS = re.compile(
    r"<@[^<>\s|]{1,40}(?:\|[^<>]{0,80})?>|<[#!][^<>\s|]{1,80}(?:\|([^<>]{0,80}))?>"
    rf"|{_CASE_REFERENCE}",
    re.IGNORECASE,
)


#: An emoji code (":warning:", ":white_check_mark:", ":thumbsup:").
_EMOJI = re.compile(r"(?<![\w:]):([a-z0-9_+-]{1,40}):(?![\w:])")


def _emoji(code: re.Match[str]) -> str:
    """An emoji code made of words gone, so it is read as no name; any other kept, so a
    name cannot hide between colons (":kerrianne:")."""
    words = _lexicon().words
    parts = [part for part in re.split(r"[_+-]", code.group(1)) if not part.isdigit()]
    if all(
        part in words
        or any(part[:cut] in words and part[cut:] in words for cut in range(2, len(part) - 1))
        for part in parts
    ):
        return " "
    return code.group()


#: A web address, bare or as Slack links it ("<https://…|the guidance>", keeping its label):
#: read for contact details, but its path holds no one's name.
_LINK_ADDRESS = re.compile(r"<https?://[^<>|\s]{1,500}(?:\|([^<>]{0,200}))?>|https?://\S{1,500}")


def _unlinked(norm: str) -> str:
    """``norm`` without Slack's marks and emoji codes."""
    if ":" in norm:
        norm = _EMOJI.sub(_emoji, norm)
    if "<" not in norm and "-" not in norm and "/" not in norm:
        return norm
    return _SLACK_MARKS.sub(lambda mark: f" {(mark.group(1) or '').lstrip('@')} ", norm)


# Repeats are bounded, as addresses are, so a long run of dots and letters takes no time.
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}")
_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"
_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
_TLD = r"(?:com|org|net|uk|gov|nhs|ac|sch|io|me|info|edu|co|biz)"
_SPELT_EMAIL = re.compile(
    rf"\b[\w+-]{{1,64}}(?:{_DOT}[\w+-]{{1,64}}){{0,4}}{_AT}"
    rf"[\w-]{{1,63}}(?:{_DOT}[\w-]{{1,63}}){{0,4}}{_DOT}{_TLD}\b",
    re.IGNORECASE,
)
_AT_WORD = re.compile(r"\bat\b", re.IGNORECASE)
#: How every spelt-out address ends, looked for first: it is far quicker than _SPELT_EMAIL.
_TLD_AFTER_DOT = re.compile(rf"(?:\.|\bdot\s*[\])}}>]?\s*){_TLD}\b", re.IGNORECASE)
_LINK = re.compile(r"https?://|www\.|@", re.IGNORECASE)
#: "@ella_w2015", but not a Slack mention of a member of staff ("<@U0123ABCD>").
_HANDLE = re.compile(
    r"(?<![\w@.<])@(?!(?:here|channel|everyone)\b)[a-z0-9_][a-z0-9_.]{1,29}", re.IGNORECASE
)
_PROFILE = re.compile(rf"\b(?:{_PLATFORMS}|x)\.com/\S+", re.IGNORECASE)
_ACCOUNT = re.compile(
    rf"\b(?:{_PLATFORMS})\b(?:\s+(?:user ?name|handle|account|profile|name|id|tag|gamertag))?"
    r"(?:\s+(?:is|was|as|called|named|of))?\s*[:=]?\s*([a-z0-9_.']+)",
    re.IGNORECASE,
)
#: A quoted word "on" a platform, a few words on: the name someone goes by there
#: ("'Sausage' on Instagram", "'Jellybean' to his mates on Snapchat").
_QUOTED_ON_A_PLATFORM = re.compile(
    rf"['\"][^\W\d_][\w.'-]{{0,29}}['\"](?: [\w']+){{0,4}} (?:on|in) (?:{_PLATFORMS})\b",
    re.IGNORECASE,
)
#: Somewhere online that someone goes by a name, after "on" or "in": "the gaming app".
_ONLINE = (
    r"(?:(?:the|a|an|her|his|their) )?(?:[\w-]+ ){0,2}"
    rf"(?:app|game|site|platform|headset|chat|server|console|{_PLATFORMS})\b"
)
_NAMED_ACCOUNT = re.compile(
    r"\b(?:(?:user ?name|handle|gamer ?tag|gaming (?:tag|name)|screen ?name|online name)\b"
    r"(?: (?:on|in|for) (?:(?:the|a|an|her|his|their) )?[\w-]+ ?(?:is|was|:|=)"
    r"|\s*(?:is|was|of|:|=)?)"
    rf"|name (?:on|in) {_ONLINE} (?:is|was))\s*['\"]?"
    r"([a-z0-9_.']+)",
    re.IGNORECASE,
)
#: Being, written out or short: "she is", "she's", "they're".
_BE = r"(?: is| was| are| were|'s|'re)"
#: A capitalised name someone "is" online, before or after where: "On the gaming headset
#: he is Zinger", "She's Kingcup on Snapchat".
_IS_ONLINE = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        rf"\b(?:on|in) {_ONLINE},? (?:he|she|they){_BE} (?-i:([A-Z][\w.']+))",
        rf"\b(?:he|she|they){_BE} (?-i:([A-Z][\w.']+)) (?:on|in) {_ONLINE}",
    )
)


#: Public-sector domains whose role-named mailboxes are a team's, not a person's.
_PUBLIC_DOMAINS = (".gov.uk", ".nhs.uk", ".nhs.net", ".police.uk", ".sch.uk", "nhs.net")


def _team_mailbox(address: str) -> bool:
    """Whether ``address`` is a team's ("mash@kirklees.gov.uk", "cp.referrals@x.nhs.net"):
    a public body's, with a local part of words of work alone (a person's name is not)."""
    local, _, domain = address.casefold().rpartition("@")
    if not domain.rstrip(".").endswith(_PUBLIC_DOMAINS):
        return False
    lex = _lexicon()
    parts = [part for part in re.split(r"[._+-]", local) if part]
    return bool(parts) and all(
        (part in lex.terms or part in lex.words or part in _GENERIC) and not _is_name(part, lex)
        for part in parts
    )


def _contact(norm: str) -> Finding | None:
    if spoken := _spoken_number(norm):
        return Finding("phone", spoken)
    for address in _EMAIL.finditer(norm) if "@" in norm else ():
        if not _team_mailbox(address.group()):
            return Finding("email", address.group())
    if (
        _AT_WORD.search(norm)
        and _TLD_AFTER_DOT.search(norm)
        and (match := _SPELT_EMAIL.search(norm))
    ):
        return Finding("email", match.group())
    handle = _HANDLE.search(norm) if "@" in norm else None
    if match := handle or (_PROFILE.search(norm) if ".com/" in norm.casefold() else None):
        return Finding("handle", match.group().rstrip("."))
    for match in _ACCOUNT.finditer(norm):
        word = match.group(1)
        if re.search(r"[0-9_.]", word.strip(".")) and re.search(r"[a-z]", word, re.IGNORECASE):
            return Finding("handle", match.group())
    for match in _NAMED_ACCOUNT.finditer(norm):
        if match.group(1).casefold() not in _GENERIC:
            return Finding("handle", match.group())
    if match := _QUOTED_ON_A_PLATFORM.search(norm):
        return Finding("handle", match.group())
    for pattern in _IS_ONLINE:  # but a word of a place or a language: "she is Polish on"
        if (match := pattern.search(norm)) and match.group(1).casefold() not in _lexicon().known:
            return Finding("handle", match.group())
    return None
