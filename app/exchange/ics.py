"""iCalendar (.ics) files for the calendars volunteers already use.

Made with the ``icalendar`` package (RFC 5545 folding, escaping and UTF-8 are
easy to get subtly wrong by hand). Every event is all-day (``VALUE=DATE``):
the dates of the cycle are days, not times, and a timed event would shift
with the reader's time zone. The UID of an event is stable: exporting the
same round twice gives the same UIDs, so a calendar program updates the
events instead of adding duplicates; UIDs differ between rounds and events.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from icalendar import Alarm, Calendar, Event

PRODID = "-//Aan Tafel//Jaarkalender prestatieafspraken//NL"
UID_DOMAIN = "aantafel.local"


@dataclass(frozen=True)
class IcsEvent:
    """One all-day event; ``last_day`` (inclusive) is set for a period."""

    uid: str
    start: dt.date
    summary: str
    description: str
    last_day: dt.date | None = None
    reminder_days: int | None = 14


def event_uid(round_seed: str, key: str) -> str:
    """A UID from the round's fixed identity and the event's stable key.

    ``round_seed`` is the round id plus its creation time: it survives
    renames and export/import (so board members who each import the file get
    the same UIDs), and two organisations' "2027" rounds still differ.
    """
    digest = hashlib.sha256(round_seed.encode("utf-8")).hexdigest()[:16]
    safe_key = re.sub(r"[^a-z0-9-]+", "-", key.lower()).strip("-") or "datum"
    return f"{safe_key}-{digest}@{UID_DOMAIN}"


def _one_line(text: str) -> str:
    """Names and titles on one line (a round title may hold a typed line break)."""
    return " ".join(text.split())


def build_ics(
    events: Iterable[IcsEvent], *, name: str, stamp: dt.datetime, reminder_text: str
) -> bytes:
    """The calendar file as bytes (UTF-8, CRLF line ends as RFC 5545 asks).

    ``stamp`` is the DTSTAMP of every event (when the file was made, in UTC);
    ``reminder_text`` prefixes the alarm's text, e.g. "Over twee weken".
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", _one_line(name))
    stamp_utc = stamp.astimezone(dt.UTC)
    for item in events:
        event = Event()
        event.add("uid", item.uid)
        event.add("dtstamp", stamp_utc)
        event.add("dtstart", item.start)
        event.add("dtend", (item.last_day or item.start) + dt.timedelta(days=1))
        event.add("summary", _one_line(item.summary))
        if item.description:
            event.add("description", item.description)
        event.add("transp", "TRANSPARENT")  # a reminder, not a busy day
        if item.reminder_days:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"{reminder_text}: {item.summary}")
            alarm.add("trigger", dt.timedelta(days=-item.reminder_days))
            event.add_component(alarm)
        calendar.add_component(event)
    return bytes(calendar.to_ical())
