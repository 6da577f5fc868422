"""Attendance of a B2B meeting: who may mark or correct it, and its history.

Either side marks a meeting held or a no-show from the meeting's start until
`TECHBRIDGE["ATTENDANCE_CORRECTION_HOURS"]` after its end, and may correct the mark within
that window; staff of the centre mark and correct at any time afterwards. Every mark is a
row of the meeting's history (simple_history), with who and when."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.utils.translation import gettext as _

from techbridge.accounts.selectors import is_staff
from techbridge.events.models import Attendance, Meeting, MeetingStatus
from techbridge.events.selectors.access import can_act_for


@dataclass(frozen=True)
class Mark:
    """One attendance mark in a meeting's history."""

    attendance: str
    label: str
    absent_id: int | None
    by: str
    at: datetime


def attendance_window(meeting: Meeting) -> timedelta:
    """How long after the meeting's end its sides may still mark or correct it."""
    return timedelta(hours=settings.TECHBRIDGE["ATTENDANCE_CORRECTION_HOURS"])


def attendance_refusal(*, actor: Any, meeting: Meeting, now: datetime) -> str:
    """Why `actor` may not mark `meeting` now ('' when they may): 'permission', 'unscheduled',
    'early' (not begun) or 'late' (the sides' window has closed; staff only)."""
    if not (can_act_for(actor, meeting.a) or can_act_for(actor, meeting.b)):
        return "permission"
    if meeting.status != MeetingStatus.ACTIVE or meeting.slot_id is None:
        return "unscheduled"
    if meeting.slot.starts_at > now:
        return "early"
    if not is_staff(actor) and meeting.slot.ends_at + attendance_window(meeting) < now:
        return "late"
    return ""


def attendance_marks(meeting_ids: list[int]) -> dict[int, list[Mark]]:
    """The attendance marks of these meetings, oldest first, in one query: a history row
    counts when its mark differs from the row before it."""
    rows = (
        Meeting.history.filter(id__in=meeting_ids)
        .select_related("history_user")
        .order_by("id", "history_date", "history_id")
    )
    labels = dict(Attendance.choices)
    marks: dict[int, list[Mark]] = {}
    previous: dict[int, tuple[str, int | None]] = {}
    for row in rows:
        state = (row.attendance, row.no_show_participant_id)
        if state == previous.get(row.id, ("", None)):
            continue
        previous[row.id] = state
        if not row.attendance:
            continue
        marks.setdefault(row.id, []).append(
            Mark(
                row.attendance,
                str(labels.get(row.attendance, "")),
                state[1],
                _marked_by(row.history_user),
                row.history_date,
            )
        )
    return marks


def _marked_by(user: Any) -> str:
    """A name fit for both sides' eyes: never an e-mail address."""
    if user is None:
        return ""
    if is_staff(user):
        return _("the organisers")
    return user.full_name or _("a participant")
