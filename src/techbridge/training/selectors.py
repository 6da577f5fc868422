"""Reads about courses. This module is the one place deciding who sees what:

- courses: public ones for everybody, members-only ones for signed-in members, hidden ones
  (drafts) for staff;
- an enrolment (with its fee, invoice details, attendance and certificate): staff, the
  enrolled person's own account, and the members of the enrolment's organisation;
- the organisers' pages (enrolment lists, attendance sheets, check-in): staff;
- a certificate through the public verification page: anybody holding its code, and only
  what the certificate itself shows.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet

from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.training import codes
from techbridge.training.completion import Mark, Progress, evaluate
from techbridge.training.models import (
    LIVE,
    Attendance,
    Certificate,
    CertificateStatus,
    Course,
    CourseSession,
    Enrolment,
    EnrolmentStatus,
    Visibility,
)

# --- courses --------------------------------------------------------------------------------


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


# --- enrolments ------------------------------------------------------------------------------


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


# --- attendance and completion --------------------------------------------------------------


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


# --- certificates ----------------------------------------------------------------------------


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


# --- CPD ledger ------------------------------------------------------------------------------


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


# --- a member's courses ----------------------------------------------------------------------


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


def live_enrolments_of(course: Course) -> QuerySet[Enrolment]:
    return Enrolment.objects.filter(course=course, status__in=LIVE)


def courses_with_counts(*, actor: Any) -> QuerySet[Course]:
    """The organisers' course list, with their sessions for the dates."""
    if not can_manage(actor):
        raise PermissionDenied()
    return Course.objects.prefetch_related(
        Prefetch("sessions", queryset=CourseSession.objects.order_by("starts_at"))
    ).order_by("-created_at")
