"""Attendance marks and progress, certificates (and their public verification), the CPD
ledger."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import QuerySet

from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.training import codes
from techbridge.training.completion import Mark, Progress, evaluate
from techbridge.training.models import (
    Attendance,
    Certificate,
    CertificateStatus,
    Course,
    CourseSession,
    Enrolment,
    EnrolmentStatus,
)
from techbridge.training.selectors.courses import can_act_for, can_manage, sessions_of


@dataclass(frozen=True)
class SessionMark:
    session: CourseSession
    attendance: Attendance | None

    @property
    def status(self) -> str | None:
        return self.attendance.status if self.attendance else None


def marks_of(
    enrolment: Enrolment, sessions: list[CourseSession] | None = None
) -> list[SessionMark]:
    """One row per session of the course, with the person's mark when recorded."""
    sessions = sessions if sessions is not None else sessions_of(enrolment.course)
    recorded = {a.session_id: a for a in Attendance.objects.filter(enrolment=enrolment)}
    return [SessionMark(s, recorded.get(s.pk)) for s in sessions]


def progress_of(enrolment: Enrolment, marks: list[SessionMark] | None = None) -> Progress:
    """Where the person stands against the course's completion rule."""
    marks = marks if marks is not None else marks_of(enrolment)
    return evaluate(enrolment.course.rule, [Mark(m.status) if m.status else None for m in marks])


def attendance_sheet(*, actor: Any, session: CourseSession) -> list[tuple[Enrolment, Any]]:
    """The organisers' sheet for a session: each confirmed person with their mark."""
    if not can_manage(actor):
        raise PermissionDenied()
    marks = {a.enrolment_id: a for a in Attendance.objects.filter(session=session)}
    people = (
        Enrolment.objects.filter(course_id=session.course_id, status=EnrolmentStatus.CONFIRMED)
        .select_related("organisation")
        .order_by("name", "id")
    )
    return [(e, marks.get(e.pk)) for e in people]


def open_session(course: Course, now: datetime, *, early_minutes: int = 60) -> CourseSession | None:
    """The session a check-in at `now` belongs to: from an hour before it starts to its end
    (the earliest if two overlap)."""
    return (
        course.sessions.filter(
            starts_at__lte=now + timedelta(minutes=early_minutes), ends_at__gte=now
        )
        .order_by("starts_at")
        .first()
    )


def certificate_for(*, actor: Any, enrolment: Enrolment) -> Certificate | None:
    if not can_act_for(actor, enrolment):
        raise NotFound()
    return Certificate.objects.filter(enrolment=enrolment).first()


def certificate_verify(code: str) -> Certificate | None:
    """The certificate with this code (typed by anybody), or None: a code that fails its
    check characters is refused before any lookup; revoked certificates are returned (the
    page says they are revoked)."""
    canonical = codes.normalise(code)
    if canonical is None:
        return None
    return Certificate.objects.filter(code=canonical).first()


def certificate_get_managed(*, actor: Any, certificate_id: int) -> Certificate:
    if not can_manage(actor):
        raise PermissionDenied()
    cert = Certificate.objects.select_related("enrolment__course").filter(pk=certificate_id)
    found = cert.first()
    if found is None:
        raise NotFound()
    return found


def certificates_issued(*, actor: Any, course: Course) -> QuerySet[Certificate]:
    if not can_manage(actor):
        raise PermissionDenied()
    return Certificate.objects.filter(enrolment__course=course).select_related("enrolment")


@dataclass(frozen=True)
class LedgerYear:
    year: int
    hours: Decimal
    rows: list[Certificate]


def ledger_certificates(
    *,
    actor: Any,
    user: Any = None,
    organisation_id: int | None = None,
    year: int | None = None,
) -> QuerySet[Certificate]:
    """Valid certificates counted in CPD ledgers, as the actor may see them: a person's own
    (`user`), an organisation's people (`organisation_id`, for its members and staff), or
    every one (staff, neither given)."""
    qs = Certificate.objects.filter(status=CertificateStatus.VALID).select_related(
        "enrolment__organisation", "enrolment__user"
    )
    if user is not None:
        if not (is_staff(actor) or (is_member(actor) and actor.id == user.id)):
            raise PermissionDenied()
        qs = qs.filter(enrolment__user=user)
    elif organisation_id is not None:
        if not (is_staff(actor) or organisation_id in organisation_ids_of(actor)):
            raise PermissionDenied()
        qs = qs.filter(enrolment__organisation_id=organisation_id)
    elif not is_staff(actor):
        raise PermissionDenied()
    if year is not None:
        qs = qs.filter(completed_on__year=year)
    return qs.order_by("completed_on", "id")


def ledger_by_year(certificates: QuerySet[Certificate] | list[Certificate]) -> list[LedgerYear]:
    """The ledger grouped per calendar year of completion, latest year first."""
    years: dict[int, list[Certificate]] = defaultdict(list)
    for cert in certificates:
        years[cert.completed_on.year].append(cert)
    return [
        LedgerYear(year, sum((c.hours for c in rows), Decimal(0)), rows)
        for year, rows in sorted(years.items(), reverse=True)
    ]
