"""iCalendar export of personal agendas (RFC 5545, with the `icalendar` package).

Each meeting keeps one UID for its whole life; SEQUENCE is the meeting's `sequence`, raised
whenever its time or table changes, so Outlook and Google Calendar update the entry instead
of adding a second one. An announced meeting that no longer takes place (cancelled, or
dropped by a repair) stays in the agenda's calendar as STATUS:CANCELLED at its last announced
time, with the same UID and its raised SEQUENCE, so calendars remove it instead of keeping a
stale entry; `cancellation_ics` gives the same entries as an iTIP METHOD:CANCEL message.
Words are in the active language (the requester's; the subscription feed uses the
participant's)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar
from icalendar import Event as VEvent

from techbridge.core.i18n import join_list
from techbridge.events.models import Participant

PRODID = "-//TechBridge//Events//EN"
UID_DOMAIN = "techbridge.example"


def meeting_uid(meeting: Any) -> str:
    return f"meeting-{meeting.uid}@{UID_DOMAIN}"


def _summary(item: Any) -> str:
    other = item.counterpart
    return _("B2B meeting: %(name)s (%(organisation)s)") % {
        "name": other.name,
        "organisation": other.organisation.name,
    }


def _description(item: Any) -> str:
    lines = [f"{item.counterpart.name} — {item.counterpart.role}".rstrip(" —")]
    lines.append(item.counterpart.organisation.name)
    for card in item.counterpart.profiles:
        lines.append(f"• {card.title}")
    if item.interpreter_name:
        lines.append(_("Interpreter: %(name)s") % {"name": item.interpreter_name})
    elif item.interpreter:
        lines.append(_("Interpreter table"))
    return "\n".join(lines)


def _calendar(participant: Participant, method: str) -> Calendar:
    event = participant.event
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    cal.add("x-wr-calname", f"{event.title} — {participant.name}")
    cal.add("x-wr-timezone", event.time_zone)
    return cal


def _cancelled(participant: Participant, gone: Any) -> VEvent:
    """A withdrawn meeting (selectors.Withdrawn) as a cancelled entry."""
    m, event = gone.meeting, participant.event
    other = m.b if m.a_id == participant.pk else m.a
    ve = VEvent()
    ve.add("uid", meeting_uid(m))
    ve.add("sequence", m.sequence)
    ve.add("dtstamp", m.updated_at or timezone.now())
    ve.add("last-modified", m.updated_at or timezone.now())
    ve.add("dtstart", gone.starts_at.astimezone(event.tz))
    ve.add("dtend", gone.ends_at.astimezone(event.tz))
    ve.add(
        "summary",
        _("Cancelled: B2B meeting with %(name)s (%(organisation)s)")
        % {"name": other.name, "organisation": other.organisation.name},
    )
    ve.add("status", "CANCELLED")
    return ve


def cancellation_ics(participant: Participant, withdrawn: Iterable[Any]) -> bytes:
    """The participant's withdrawn meetings as an iTIP cancellation (METHOD:CANCEL): same
    UID, higher SEQUENCE, STATUS:CANCELLED."""
    cal = _calendar(participant, "CANCEL")
    for gone in withdrawn:
        cal.add_component(_cancelled(participant, gone))
    cal.add_missing_timezones()
    return cal.to_ical()


def agenda_ics(
    participant: Participant, items: Iterable[Any], withdrawn: Iterable[Any] = ()
) -> bytes:
    """The participant's scheduled meetings as one VCALENDAR (unscheduled ones are left out),
    and the `withdrawn` ones (selectors.withdrawn_meetings) as cancelled entries."""
    event = participant.event
    cal = _calendar(participant, "PUBLISH")
    for gone in withdrawn:
        cal.add_component(_cancelled(participant, gone))
    for item in items:
        m = item.meeting
        if m.slot is None:
            continue
        ve = VEvent()
        ve.add("uid", meeting_uid(m))
        ve.add("sequence", m.sequence)
        ve.add("dtstamp", m.updated_at or timezone.now())
        ve.add("last-modified", m.updated_at or timezone.now())
        ve.add("dtstart", m.slot.starts_at.astimezone(event.tz))
        ve.add("dtend", m.slot.ends_at.astimezone(event.tz))
        ve.add("summary", _summary(item))
        ve.add("description", _description(item))
        table = _("Table %(table)s") % {"table": m.table}
        parts = [str(x) for x in (item.room, table, event.venue, event.city) if x]
        # A venue with commas of its own ("Expo Centre, Hall 3") is joined as clauses, so
        # one separator reads through the whole place ("；" in Chinese, "; " in English).
        style = "clauses" if any("," in p or "，" in p for p in parts) else "words"
        location = join_list(parts, style=style)
        ve.add("location", location)
        ve.add("status", "CONFIRMED")
        cal.add_component(ve)
    cal.add_missing_timezones()  # VTIMEZONE for the TZID used (RFC 5545 3.6.5)
    return cal.to_ical()
