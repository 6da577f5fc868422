"""A member's courses and upcoming sessions; the staff dashboard's counts; an
organisation's training summary."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Count, QuerySet

from techbridge.accounts.selectors import is_member, organisation_ids_of
from techbridge.training.models import (
    LIVE,
    Certificate,
    CertificateStatus,
    CourseSession,
    Enrolment,
    EnrolmentStatus,
)
from techbridge.training.selectors.courses import _acting_filter, can_manage


def my_enrolments(*, actor: Any) -> QuerySet[Enrolment]:
    """The live and finished enrolments the actor acts for (theirs and their organisations')."""
    if not is_member(actor):
        return Enrolment.objects.none()
    return (
        Enrolment.objects.filter(_acting_filter(actor))
        .select_related("course", "organisation", "certificate")
        .order_by("-created_at", "-id")
    )


def upcoming_sessions(*, actor: Any, now: datetime, limit: int = 5) -> list[CourseSession]:
    """The next sessions of the courses the actor is confirmed in (for the dashboard)."""
    if not is_member(actor):
        return []
    return list(
        CourseSession.objects.filter(
            ends_at__gte=now,
            course__enrolments__user_id=actor.id,
            course__enrolments__status=EnrolmentStatus.CONFIRMED,
        )
        .select_related("course")
        .order_by("starts_at")
        .distinct()[:limit]
    )


def staff_counts(*, actor: Any) -> dict[str, int] | None:
    """For the staff home page: enrolments waiting for approval, people on waiting lists
    (one query)."""
    if not can_manage(actor):
        return None
    counts = dict(
        Enrolment.objects.filter(status__in=[EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED])
        .values_list("status")
        .annotate(n=Count("id"))
        .values_list("status", "n")
    )
    return {
        "pending": counts.get(EnrolmentStatus.PENDING, 0),
        "waiting": counts.get(EnrolmentStatus.WAITLISTED, 0),
    }


def organisation_summary(*, actor: Any, organisation: Any) -> dict[str, Any] | None:
    """For an organisation's members: its people's live enrolments and valid certificates
    (two queries); None for anybody else or when there is nothing."""
    if not (can_manage(actor) or organisation.pk in organisation_ids_of(actor)):
        return None
    live = Enrolment.objects.filter(organisation=organisation, status__in=LIVE).count()
    certified = Certificate.objects.filter(
        enrolment__organisation=organisation, status=CertificateStatus.VALID
    ).count()
    if not (live or certified):
        return None
    return {"live": live, "certified": certified}
