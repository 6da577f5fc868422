"""What events keeps about a person (core.personal_data): their registrations (and those
they made for colleagues), the meeting requests they sent and the feedback they gave. Meetings
and their outcomes are records of the event and stay when the account is deleted; the
registrations of the person lose their e-mail address."""

from __future__ import annotations

from typing import Any

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.events.models import Meeting, MeetingFeedback, MeetingRequest, Participant


def _registrations(user: Any) -> list[dict[str, Any]]:
    qs = (
        Participant.objects.filter(Q(user=user) | Q(registered_by=user))
        .select_related("event")
        .order_by("created_at", "id")
    )
    return [
        {
            "event": p.event.slug,
            "name": p.name,
            "role": p.role,
            "email": p.email,
            "languages": p.languages,
            "status": p.status,
            "yours": p.user_id == user.pk,
            "checked_in_at": p.checked_in_at.isoformat() if p.checked_in_at else None,
            "created_at": p.created_at.isoformat(),
        }
        for p in qs
    ]


def _export(user: Any) -> dict[str, Any]:
    return {
        "registrations": _registrations(user),
        "meeting_requests_sent": rows(
            MeetingRequest.objects.filter(created_by=user).order_by("created_at", "id"),
            ("event_id", "requester_id", "recipient_id", "message", "status", "created_at"),
        ),
        "meetings_created": rows(
            Meeting.objects.filter(created_by=user).order_by("created_at", "id"),
            ("event_id", "a_id", "b_id", "status", "created_at"),
        ),
        "meeting_feedback": rows(
            MeetingFeedback.objects.filter(created_by=user).order_by("created_at", "id"),
            ("meeting_id", "rating", "outcome", "comment", "created_at"),
        ),
    }


def _erase(user: Any) -> None:
    Participant.objects.filter(user=user).update(email="")


register(
    Section(
        key="events.participation",
        label=_("Events: registrations, meeting requests and feedback"),
        export=_export,
        erase=_erase,
        covers=(
            "events.Participant.user",
            "events.Participant.registered_by",
            "events.MeetingRequest.created_by",
            "events.MeetingFeedback.created_by",
            "events.Meeting.created_by",
        ),
        not_personal=(
            "events.ScheduleRun.started_by",
            "events.PrintRun.started_by",
            "events.ScheduleVersion.announced_by",
        ),
        order=60,
    )
)
