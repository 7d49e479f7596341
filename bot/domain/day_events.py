"""Deadlines as all-day iCalendar events (RFC 5545, built with ``icalendar``): what the
export file and the calendar feed share, so that both read the same in Outlook."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

PRODID = "-//safeguarding-bot//Statutory deadlines//EN"


@dataclass(frozen=True)
class DayEvent:
    """One deadline on its day. A stable ``uid`` and a growing ``sequence`` make a
    calendar update the event it has instead of adding a copy."""

    uid: str
    on: date
    summary: str
    description: str
    sequence: int
    stamp: datetime
    modified: datetime | None = None
    url: str | None = None


def day_calendar(events: Iterable[DayEvent], *, name: str, method: str | None = None) -> bytes:
    """The events as one iCalendar object; ``method`` (PUBLISH) for a file to import, none
    for a subscription (whose DTSTAMP is then when the event last changed, RFC 5545
    3.8.7.2, so the same data gives the same bytes)."""
    from icalendar import Calendar, Event  # megabytes a serving process needs only for a feed

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if method is not None:
        calendar.add("method", method)
    calendar.add("x-wr-calname", name)
    for each in events:
        event = Event()
        event.add("uid", each.uid)
        event.add("dtstamp", each.stamp)
        if each.modified is not None:
            event.add("last-modified", each.modified)
        event.add("sequence", each.sequence)
        event.add("dtstart", each.on)
        event.add("dtend", each.on + timedelta(days=1))
        event.add("summary", each.summary)
        event.add("description", each.description)
        if each.url is not None:
            event.add("url", each.url)
        event.add("transp", "TRANSPARENT")  # a deadline, not a meeting: the day stays free
        calendar.add_component(event)
    return bytes(calendar.to_ical())
