"""The organisers' reads: the table plan, no-shows and the event report."""

from __future__ import annotations

from collections import Counter
from typing import Any

from django.db.models import Count

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import PermissionDenied
from techbridge.events.models import (
    SEATED,
    Event,
    Meeting,
    MeetingRequest,
    MeetingStatus,
    Participant,
    RegistrationStatus,
    RequestStatus,
)


def table_plan(*, actor: Any, event: Event) -> list[tuple[Any, list[Meeting]]]:
    """Organisers' plan: per slot, the meetings at each table."""
    if not is_staff(actor):
        raise PermissionDenied()
    meetings = (
        Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE, slot__isnull=False)
        .select_related("slot", "interpreter", "a__organisation", "b__organisation")
        .order_by("slot__starts_at", "table")
    )
    plan: dict[int, tuple[Any, list[Meeting]]] = {}
    for m in meetings:
        plan.setdefault(m.slot_id, (m.slot, []))[1].append(m)
    return list(plan.values())


def no_show_counts(event: Event) -> dict[int, int]:
    rows = (
        Meeting.objects.filter(event=event, no_show_participant__isnull=False)
        .values("no_show_participant_id")
        .annotate(n=Count("id"))
    )
    return {r["no_show_participant_id"]: r["n"] for r in rows}


def event_report(*, actor: Any, event: Event) -> dict[str, Any]:
    """The organisers' figures for one event."""
    if not is_staff(actor):
        raise PermissionDenied()
    registered = Participant.objects.filter(event=event, status__in=SEATED)
    requests = MeetingRequest.objects.filter(event=event)
    meetings = Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE)
    from techbridge.events.models import MeetingFeedback, Outcome

    intentions = (
        MeetingFeedback.objects.filter(meeting__event=event, outcome=Outcome.INTENTION)
        .values("meeting_id")
        .distinct()
        .count()
    )
    by_country = Counter(str(c) for c in registered.values_list("organisation__country", flat=True))
    by_province = Counter(
        p for p in registered.values_list("organisation__province", flat=True) if p
    )
    return {
        "registered": registered.count(),
        "confirmed": registered.filter(status=RegistrationStatus.CONFIRMED).count(),
        "waitlisted": Participant.objects.filter(
            event=event, status=RegistrationStatus.WAITLISTED
        ).count(),
        "checked_in": registered.filter(checked_in_at__isnull=False).count(),
        "by_country": sorted(by_country.items(), key=lambda kv: (-kv[1], kv[0])),
        "by_province": sorted(by_province.items(), key=lambda kv: (-kv[1], kv[0])),
        "requests": requests.count(),
        "accepted": requests.filter(status=RequestStatus.ACCEPTED).count(),
        "meetings": meetings.count(),
        "scheduled": meetings.filter(slot__isnull=False).count(),
        "held": meetings.filter(attendance="held").count(),
        "no_shows": meetings.filter(attendance="no_show").count(),
        "intentions": intentions,
    }
