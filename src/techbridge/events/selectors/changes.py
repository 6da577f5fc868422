"""The organisers' reads about agenda changes: a repair's change list before it is announced,
and the change log (every announced version)."""

from __future__ import annotations

from typing import Any

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.events.models import (
    Event,
    Meeting,
    MeetingSlot,
    RunKind,
    RunStatus,
    ScheduleRun,
    ScheduleVersion,
)


def pending_repair(*, actor: Any, event: Event) -> ScheduleRun | None:
    """The latest repair waiting for the organiser's decision, if any."""
    if not is_staff(actor):
        raise PermissionDenied()
    return (
        ScheduleRun.objects.filter(event=event, kind=RunKind.REPAIR, status=RunStatus.PROPOSED)
        .order_by("-created_at", "-id")
        .first()
    )


def repair_get(*, actor: Any, event: Event, run_id: int) -> ScheduleRun:
    if not is_staff(actor):
        raise PermissionDenied()
    run = ScheduleRun.objects.filter(event=event, kind=RunKind.REPAIR, pk=run_id).first()
    if run is None:
        raise NotFound()
    return run


def versions_for(*, actor: Any, event: Event) -> list[ScheduleVersion]:
    """The change log, newest first (without the stored schedules)."""
    if not is_staff(actor):
        raise PermissionDenied()
    return list(
        ScheduleVersion.objects.filter(event=event)
        .defer("assignments")
        .select_related("announced_by")
        .order_by("-number")
    )


def version_get(*, actor: Any, event: Event, number: int) -> ScheduleVersion:
    if not is_staff(actor):
        raise PermissionDenied()
    version = ScheduleVersion.objects.filter(event=event, number=number).first()
    if version is None:
        raise NotFound()
    return version


def change_rows(event: Event, changes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The change list as the organiser reads it: both sides, old and new time and table."""
    ids = [c["meeting"] for c in changes]
    meetings = {
        m.pk: m
        for m in Meeting.objects.filter(pk__in=ids).select_related(
            "a__organisation", "b__organisation"
        )
    }
    slots = {s.pk: s for s in MeetingSlot.objects.filter(event=event)}
    rows = []
    for c in changes:
        m = meetings.get(c["meeting"])
        if m is None:
            continue
        old, new = c["from"], c["to"]
        rows.append(
            {
                "meeting": m,
                "kind": c["kind"],
                "old_slot": slots.get(old[0]) if old else None,
                "old_table": old[1] if old else None,
                "new_slot": slots.get(new[0]) if new else None,
                "new_table": new[1] if new else None,
            }
        )
    return rows


def affected_people(changes: list[dict[str, Any]]) -> int:
    ids = [c["meeting"] for c in changes]
    rows = Meeting.objects.filter(pk__in=ids).values_list("a_id", "b_id")
    return len({p for pair in rows for p in pair})
