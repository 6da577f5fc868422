"""Courses and their sessions, written by the centre's staff."""

from __future__ import annotations

import zoneinfo
from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.training.models import Attendance, Course, CourseSession
from techbridge.training.selectors import can_manage
from techbridge.training.services.attendance import evaluate_course
from techbridge.training.services.enrolment import lock_course, promote_waiting

COURSE_FIELDS = (
    "slug", "title_en", "title_zh", "description_en", "description_zh", "time_zone",
    "visibility", "capacity", "requires_approval", "enrolment_closes_at", "cpd_hours",
    "fee_amount", "fee_currency", "min_attendance_percent", "late_counts", "excused_reduce",
    "late_after_minutes",
)  # fmt: skip
RULE_FIELDS = ("min_attendance_percent", "late_counts", "excused_reduce")
SESSION_FIELDS = ("title_en", "title_zh", "starts_at", "ends_at", "room", "online_url", "trainer")


def _manager_only(actor: Any) -> None:
    if not can_manage(actor):
        raise PermissionDenied()


def _check_zone(data: dict[str, Any]) -> None:
    try:
        zoneinfo.ZoneInfo(data.get("time_zone") or "Asia/Shanghai")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ValidationFailed(fields={"time_zone": [str(_("Unknown time zone."))]}) from None


def _fee(data: dict[str, Any]) -> dict[str, Any]:
    """No amount, no currency (and the other way round)."""
    if data.get("fee_amount") is None:
        return {**data, "fee_currency": ""}
    return data


@transaction.atomic
def course_create(*, actor: Any, data: dict[str, Any]) -> Course:
    """Staff create a course; `data` is CourseForm's cleaned_data (times aware)."""
    _manager_only(actor)
    _check_zone(data)
    if Course.objects.filter(slug=data.get("slug")).exists():
        raise Conflict(_("A course with this key exists already."))
    data = _fee(data)
    return Course.objects.create(**{k: data[k] for k in COURSE_FIELDS if k in data})


@transaction.atomic
def course_update(*, actor: Any, course: Course, data: dict[str, Any]) -> Course:
    """Change a course (its key stays). A larger capacity promotes people from the waiting
    list; a capacity below the seats taken is refused; a changed completion rule is applied
    to everyone at once (certificates already issued stay)."""
    _manager_only(actor)
    _check_zone(data)
    locked = lock_course(course)
    data = _fee(data)
    capacity = data.get("capacity", locked.capacity)
    if capacity is not None and capacity < locked.seats_taken:
        raise ValidationFailed(
            fields={
                "capacity": [
                    str(
                        _("%(n)s people hold a place already: the capacity cannot be lower.")
                        % {"n": locked.seats_taken}
                    )
                ]
            }
        )
    changed = [k for k in COURSE_FIELDS if k != "slug" and k in data]
    rule_changed = any(data[k] != getattr(locked, k) for k in RULE_FIELDS if k in data)
    for key in changed:
        setattr(locked, key, data[key])
    locked.save(update_fields=[*changed, "updated_at"])
    promote_waiting(locked)
    if rule_changed:
        evaluate_course(locked)
    return locked


@transaction.atomic
def session_add(*, actor: Any, course: Course, data: dict[str, Any]) -> CourseSession:
    """Add a session (SessionForm's cleaned_data: times aware, a room or an online link)."""
    _manager_only(actor)
    return CourseSession.objects.create(
        course=course, **{k: data[k] for k in SESSION_FIELDS if k in data}
    )


@transaction.atomic
def session_update(*, actor: Any, session: CourseSession, data: dict[str, Any]) -> CourseSession:
    _manager_only(actor)
    locked = CourseSession.objects.select_for_update().get(pk=session.pk)
    changed = [k for k in SESSION_FIELDS if k in data]
    for key in changed:
        setattr(locked, key, data[key])
    locked.save(update_fields=changed)
    return locked


@transaction.atomic
def session_delete(*, actor: Any, session: CourseSession) -> None:
    """Remove a session that has no attendance recorded (marks are evidence: never lost)."""
    _manager_only(actor)
    if Attendance.objects.filter(session_id=session.pk).exists():
        raise Conflict(_("Attendance is recorded for this session: it cannot be removed."))
    course = lock_course(session.course)
    CourseSession.objects.filter(pk=session.pk).delete()
    evaluate_course(course)
