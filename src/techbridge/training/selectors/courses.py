"""Who sees which course and enrolment; rosters, waiting positions, invoice details."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.training.models import (
    LIVE,
    Course,
    CourseSession,
    Enrolment,
    EnrolmentStatus,
    Visibility,
)


def can_manage(actor: Any) -> bool:
    """Who runs courses (edits them, approves enrolments, records attendance): the centre's
    staff, whatever their department."""
    return is_staff(actor)


def course_list(*, actor: Any) -> QuerySet[Course]:
    """Courses the actor may see."""
    qs = Course.objects.all()
    if is_staff(actor):
        return qs
    if is_member(actor):
        return qs.filter(visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS])
    return qs.filter(visibility=Visibility.PUBLIC)


def course_get_for(*, actor: Any, slug: str) -> Course:
    course = course_list(actor=actor).filter(slug=slug[:80]).first()
    if course is None:
        raise NotFound()
    return course


def course_get_managed(*, actor: Any, slug: str) -> Course:
    if not can_manage(actor):
        raise PermissionDenied()
    return course_get_for(actor=actor, slug=slug)


def sessions_of(course: Course) -> list[CourseSession]:
    return list(course.sessions.order_by("starts_at", "id"))


def session_get_managed(*, actor: Any, course: Course, session_id: int) -> CourseSession:
    if not can_manage(actor):
        raise PermissionDenied()
    session = CourseSession.objects.filter(course=course, pk=session_id).first()
    if session is None:
        raise NotFound()
    return session


def course_dates(course: Course) -> tuple[datetime | None, datetime | None]:
    """First session's start and last session's end (UTC), or None without sessions."""
    sessions = sessions_of(course)
    if not sessions:
        return None, None
    return sessions[0].starts_at, max(s.ends_at for s in sessions)


def enrolment_open(course: Course, now: datetime) -> bool:
    """Enrolment closes at `enrolment_closes_at`, else when the first session starts."""
    if course.enrolment_closes_at is not None:
        return now < course.enrolment_closes_at
    first = course.sessions.order_by("starts_at").values_list("starts_at", flat=True).first()
    return first is None or now < first


def can_act_for(actor: Any, enrolment: Enrolment) -> bool:
    """Staff, the enrolled person's account, or a member of the enrolment's organisation."""
    if is_staff(actor):
        return True
    if not is_member(actor):
        return False
    if enrolment.user_id == actor.id:
        return True
    return enrolment.organisation_id in organisation_ids_of(actor)


def _acting_filter(actor: Any) -> Q:
    return Q(organisation_id__in=organisation_ids_of(actor)) | Q(user_id=actor.id)


def enrolment_list(*, actor: Any, course: Course | None = None) -> QuerySet[Enrolment]:
    """Enrolments the actor may see: staff all, members those of their organisations and
    their own."""
    qs = Enrolment.objects.select_related("course", "organisation", "user")
    if course is not None:
        qs = qs.filter(course=course)
    if is_staff(actor):
        return qs
    if not is_member(actor):
        return qs.none()
    return qs.filter(_acting_filter(actor))


def enrolment_get_for(*, actor: Any, enrolment_id: int) -> Enrolment:
    """An enrolment the actor acts for, or NotFound (never a hint that it exists)."""
    enrolment = enrolment_list(actor=actor).filter(pk=enrolment_id).first()
    if enrolment is None:
        raise NotFound()
    return enrolment


def enrolment_get_managed(*, actor: Any, enrolment_id: int) -> Enrolment:
    if not can_manage(actor):
        raise PermissionDenied()
    return enrolment_get_for(actor=actor, enrolment_id=enrolment_id)


def checkin_target(*, actor: Any, code: str) -> Enrolment:
    """Staff scan a badge's QR code."""
    if not can_manage(actor):
        raise PermissionDenied()
    enrolment = (
        Enrolment.objects.select_related("course", "organisation")
        .filter(checkin_code=(code or "")[:40])
        .first()
    )
    if enrolment is None:
        raise NotFound()
    return enrolment


def course_roster(*, actor: Any, course: Course) -> list[Enrolment]:
    """The organisers' list: every enrolment of the course, waiting list in its order."""
    if not can_manage(actor):
        raise PermissionDenied()
    return list(
        Enrolment.objects.filter(course=course)
        .select_related("organisation", "user", "certificate")
        .order_by("created_at", "id")
    )


def waiting_position(enrolment: Enrolment) -> int | None:
    """1 for the first person on the waiting list (who is promoted first)."""
    if enrolment.status != EnrolmentStatus.WAITLISTED:
        return None
    ahead = Enrolment.objects.filter(
        course_id=enrolment.course_id, status=EnrolmentStatus.WAITLISTED
    ).filter(
        Q(created_at__lt=enrolment.created_at)
        | Q(created_at=enrolment.created_at, id__lt=enrolment.id)
    )
    return ahead.count() + 1


def last_invoice_details(*, actor: Any, organisation_id: int) -> dict[str, str]:
    """The invoice details of the organisation's latest enrolment, to fill the form again."""
    if not can_manage(actor) and organisation_id not in organisation_ids_of(actor):
        return {}
    last = (
        Enrolment.objects.filter(organisation_id=organisation_id)
        .exclude(invoice_kind="none")
        .order_by("-created_at", "-id")
        .first()
    )
    if last is None:
        return {}
    keys = ("kind", "company", "tax_number", "vat_id", "address", "phone", "bank", "email")
    return {f"invoice_{k}": getattr(last, f"invoice_{k}") for k in keys}


def live_enrolments_of(course: Course) -> QuerySet[Enrolment]:
    return Enrolment.objects.filter(course=course, status__in=LIVE)


def courses_with_counts(*, actor: Any) -> QuerySet[Course]:
    """The organisers' course list, with their sessions for the dates."""
    if not can_manage(actor):
        raise PermissionDenied()
    return Course.objects.prefetch_related(
        Prefetch("sessions", queryset=CourseSession.objects.order_by("starts_at"))
    ).order_by("-created_at")
