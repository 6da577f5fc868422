"""Attendance: QR check-in at a session, staff corrections, and the completion rule that
issues the certificate.

Each write locks the enrolment row, so two check-ins of one person at once (or a check-in
and a correction) cannot both issue a certificate; the certificate's one-to-one key on the
enrolment is the last guard.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.training.models import (
    Attendance,
    AttendanceSource,
    AttendanceStatus,
    Certificate,
    Course,
    CourseSession,
    Enrolment,
    EnrolmentStatus,
)
from techbridge.training.selectors import can_manage, marks_of, open_session, progress_of
from techbridge.training.services.certificates import issue


@dataclass(frozen=True)
class CheckIn:
    attendance: Attendance
    already: bool  # the person was checked in at this session before
    certificate: Certificate | None  # issued by this check-in


def _manager_only(actor: Any) -> None:
    if not can_manage(actor):
        raise PermissionDenied()


def _locked_confirmed(enrolment: Enrolment) -> Enrolment:
    locked = Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)
    if locked.status != EnrolmentStatus.CONFIRMED:
        raise Conflict(_("This enrolment is not confirmed."))
    return locked


def evaluate(enrolment: Enrolment, now: datetime | None = None) -> Certificate | None:
    """Issue the certificate if the (locked, confirmed) enrolment now meets its course's
    rule and has none yet. Returns the new certificate."""
    if enrolment.status != EnrolmentStatus.CONFIRMED:
        return None
    if Certificate.objects.filter(enrolment=enrolment).exists():
        return None
    marks = marks_of(enrolment)
    progress = progress_of(enrolment, marks)
    if not progress.met:
        return None
    return issue(enrolment, progress, marks, now or timezone.now())


def evaluate_course(course: Course, now: datetime | None = None) -> int:
    """Apply the rule to every confirmed person of the course; returns certificates issued."""
    ids = (
        Enrolment.objects.filter(course=course, status=EnrolmentStatus.CONFIRMED)
        .exclude(certificate__isnull=False)
        .order_by("id")
        .values_list("id", flat=True)
    )
    issued = 0
    for enrolment in Enrolment.objects.select_for_update().filter(id__in=list(ids)).order_by("id"):
        issued += evaluate(enrolment, now) is not None
    return issued


@transaction.atomic
def course_evaluate(*, actor: Any, course: Course, now: datetime | None = None) -> int:
    """Staff apply the completion rule again (e.g. after late corrections)."""
    _manager_only(actor)
    return evaluate_course(course, now)


def _status_at(session: CourseSession, course: Course, now: datetime) -> str:
    late_from = session.starts_at + timedelta(minutes=course.late_after_minutes)
    return AttendanceStatus.PRESENT if now <= late_from else AttendanceStatus.LATE


@transaction.atomic
def checkin_scan(
    *,
    actor: Any,
    enrolment: Enrolment,
    session: CourseSession | None = None,
    now: datetime | None = None,
) -> CheckIn:
    """Staff scan the person's badge: present (or late, past the course's grace minutes) at
    `session`, or at the session open now (from an hour before its start to its end).
    Scanning twice keeps the first check-in; a check-in replaces an earlier absent or
    excused mark."""
    _manager_only(actor)
    now = now or timezone.now()
    locked = _locked_confirmed(enrolment)
    course = locked.course
    if session is None:
        session = open_session(course, now)
        if session is None:
            raise Conflict(_("No session of this course is open for check-in now: choose one."))
    elif session.course_id != course.pk:
        raise NotFound()
    mark = Attendance.objects.select_for_update().filter(session=session, enrolment=locked).first()
    if mark is not None and mark.status in (AttendanceStatus.PRESENT, AttendanceStatus.LATE):
        return CheckIn(mark, True, None)
    mark = mark or Attendance(session=session, enrolment=locked)
    mark.status = _status_at(session, course, now)
    mark.source = AttendanceSource.QR
    mark.checked_in_at = now
    mark.recorded_by = actor
    mark.save()
    return CheckIn(mark, False, evaluate(locked, now))


def _write_mark(
    actor: Any, session: CourseSession, enrolment: Enrolment, status: str, note: str
) -> Attendance:
    mark = Attendance.objects.select_for_update().filter(session=session, enrolment=enrolment)
    row = mark.first() or Attendance(session=session, enrolment=enrolment)
    row.status, row.source, row.recorded_by, row.note = (
        status,
        AttendanceSource.STAFF,
        actor,
        note[:300],
    )
    row.save()
    return row


@transaction.atomic
def attendance_set(
    *,
    actor: Any,
    session: CourseSession,
    enrolment: Enrolment,
    status: str,
    note: str = "",
    now: datetime | None = None,
) -> Attendance:
    """Staff record or correct one person's mark at a session (kept in the history)."""
    _manager_only(actor)
    if status not in AttendanceStatus.values:
        raise ValidationFailed(fields={"status": [str(_("Choose an attendance status."))]})
    if session.course_id != enrolment.course_id:
        raise NotFound()
    locked = _locked_confirmed(enrolment)
    row = _write_mark(actor, session, locked, status, note)
    evaluate(locked, now)
    return row


@transaction.atomic
def attendance_sheet_save(
    *,
    actor: Any,
    session: CourseSession,
    marks: dict[int, str],
    now: datetime | None = None,
) -> int:
    """Staff save a session's sheet at once (`marks`: enrolment id → status; an empty
    status leaves the row alone). Every row is checked before anything is saved."""
    _manager_only(actor)
    wanted = {eid: s for eid, s in marks.items() if s}
    bad = {str(eid): [str(_("Choose an attendance status."))] for eid, s in wanted.items()
           if s not in AttendanceStatus.values}  # fmt: skip
    people = {
        e.pk: e
        for e in Enrolment.objects.select_for_update()
        .filter(id__in=list(wanted), course_id=session.course_id)
        .select_related("course")
        .order_by("id")
    }
    for eid in wanted:
        if eid not in people or people[eid].status != EnrolmentStatus.CONFIRMED:
            bad[str(eid)] = [str(_("Not a confirmed participant of this course."))]
    if bad:
        raise ValidationFailed(fields=bad)
    current = dict(
        Attendance.objects.filter(session=session, enrolment_id__in=list(wanted)).values_list(
            "enrolment_id", "status"
        )
    )
    changed = 0
    for eid, enrolment in people.items():
        if current.get(eid) != wanted[eid]:
            _write_mark(actor, session, enrolment, wanted[eid], "")
            changed += 1
        evaluate(enrolment, now)
    return changed


@transaction.atomic
def session_mark_missing_absent(*, actor: Any, session: CourseSession) -> int:
    """After a session: everyone confirmed without a mark is marked absent."""
    _manager_only(actor)
    marked = set(Attendance.objects.filter(session=session).values_list("enrolment_id", flat=True))
    missing = Enrolment.objects.filter(
        course_id=session.course_id, status=EnrolmentStatus.CONFIRMED
    ).exclude(id__in=marked)
    count = 0
    for enrolment in missing.select_for_update().order_by("id"):
        _write_mark(actor, session, enrolment, AttendanceStatus.ABSENT, "")
        count += 1
    return count
