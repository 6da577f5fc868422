"""Enrolment, waiting list, approval, check-in, corrections and certificates."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest

from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.notifications.models import Notification
from techbridge.training import codes, services
from techbridge.training.models import (
    Attendance,
    Certificate,
    Course,
    Enrolment,
    FeeStatus,
)
from tests.factories import MembershipFactory
from tests.training.conftest import BEFORE, FIRST, enrol, make_course


def _sessions(course: Course) -> list[Any]:
    return list(course.sessions.order_by("starts_at"))


def test_member_enrols_self_and_colleague(course: Course, member: Any, org: Any) -> None:
    me = enrol(member, course, org)
    assert (me.user, me.status, me.email) == (member, "confirmed", member.email)
    colleague = MembershipFactory(organisation=org, role="viewer").user
    other = enrol(member, course, org, user=colleague)
    assert other.user == colleague and other.name == colleague.full_name
    guest = enrol(member, course, org, "Li Lei")
    assert guest.user is None and guest.email == "li.lei@example.org"
    course.refresh_from_db()
    assert course.seats_taken == 3
    with pytest.raises(Conflict):
        enrol(member, course, org, user=colleague)
    with pytest.raises(Conflict):  # the same e-mail in other letters
        enrol(member, course, org, "Li Lei", email="LI.LEI@example.org")


def test_cannot_enrol_for_another_organisation(
    course: Course, member: Any, org: Any, outsider: Any, cn_org: Any
) -> None:
    with pytest.raises(PermissionDenied):
        enrol(outsider, course, org, "Mallory")
    with pytest.raises(ValidationFailed):  # a user who is not of the organisation
        enrol(member, course, org, user=outsider)


def test_closed_after_first_session_starts(course: Course, member: Any, org: Any) -> None:
    with pytest.raises(Conflict):
        services.enrolment_create(
            actor=member, course=course, organisation=org, data={"user": member}, now=FIRST
        )


def test_waiting_list_and_promotion(
    member: Any, org: Any, django_capture_on_commit_callbacks: Any
) -> None:
    course = make_course(capacity=2)
    a, b = enrol(member, course, org, "A"), enrol(member, course, org, "B")
    c, d = enrol(member, course, org, "C"), enrol(member, course, org, "D")
    assert [e.status for e in (a, b, c, d)] == ["confirmed"] * 2 + ["waitlisted"] * 2
    with django_capture_on_commit_callbacks(execute=True):
        services.enrolment_cancel(actor=member, enrolment=a)
    c.refresh_from_db()
    d.refresh_from_db()
    assert (c.status, d.status) == ("confirmed", "waitlisted")
    course.refresh_from_db()
    assert course.seats_taken == 2
    assert Notification.objects.filter(kind="training.promoted", user=member).count() == 1
    with pytest.raises(Conflict):
        services.enrolment_cancel(actor=member, enrolment=a)


def test_larger_capacity_promotes_and_smaller_is_refused(member: Any, org: Any, staff: Any) -> None:
    course = make_course(capacity=1)
    enrol(member, course, org, "A")
    waiting = enrol(member, course, org, "B")
    with pytest.raises(ValidationFailed):
        services.course_update(actor=staff, course=course, data={"capacity": 0})
    services.course_update(actor=staff, course=course, data={"capacity": 3})
    waiting.refresh_from_db()
    assert waiting.status == "confirmed"


def test_approval(member: Any, org: Any, staff: Any) -> None:
    course = make_course(capacity=1, requires_approval=True)
    first = enrol(member, course, org, "A")
    second = enrol(member, course, org, "B")
    assert (first.status, second.status) == ("pending", "waitlisted")
    with pytest.raises(PermissionDenied):
        services.enrolment_approve(actor=member, enrolment=first)
    services.enrolment_reject(actor=staff, enrolment=first)
    second.refresh_from_db()
    assert second.status == "pending"  # promoted, still to be approved
    assert services.enrolment_approve(actor=staff, enrolment=second).status == "confirmed"
    with pytest.raises(Conflict):
        services.enrolment_approve(actor=staff, enrolment=second)


def test_fee_and_payment(member: Any, org: Any, staff: Any) -> None:
    course = make_course(fee_amount=1200, fee_currency="CNY")
    e = enrol(member, course, org, "A")
    assert (e.fee_status, e.fee_amount, e.fee_currency) == ("due", 1200, "CNY")
    with pytest.raises(ValidationFailed):
        services.enrolment_record_payment(actor=staff, enrolment=e, fee_status="paid")
    with pytest.raises(PermissionDenied):
        services.enrolment_record_payment(
            actor=member, enrolment=e, fee_status="paid", paid_on=BEFORE.date()
        )
    paid = services.enrolment_record_payment(
        actor=staff, enrolment=e, fee_status="paid", paid_on=BEFORE.date(), reference="TX-1"
    )
    assert paid.fee_status == FeeStatus.PAID
    with pytest.raises(Conflict):  # the member cannot change the invoice once paid
        services.enrolment_update_invoice(actor=member, enrolment=e, data={})


def test_checkin_present_late_and_twice(course: Course, member: Any, org: Any, staff: Any) -> None:
    e = enrol(member, course, org)
    s1, s2 = _sessions(course)[:2]
    first = services.checkin_scan(actor=staff, enrolment=e, now=s1.starts_at + timedelta(minutes=5))
    assert (first.attendance.session, first.attendance.status, first.already) == (
        s1,
        "present",
        False,
    )
    again = services.checkin_scan(actor=staff, enrolment=e, now=s1.starts_at + timedelta(hours=1))
    assert again.already and again.attendance.status == "present"
    late = services.checkin_scan(actor=staff, enrolment=e, now=s2.starts_at + timedelta(minutes=11))
    assert late.attendance.status == "late" and late.attendance.source == "qr"
    with pytest.raises(Conflict):  # between sessions
        services.checkin_scan(actor=staff, enrolment=e, now=s1.ends_at + timedelta(hours=2))
    with pytest.raises(PermissionDenied):
        services.checkin_scan(actor=member, enrolment=e, now=s1.starts_at)


def test_checkin_needs_a_confirmed_enrolment(member: Any, org: Any, staff: Any) -> None:
    course = make_course(requires_approval=True)
    e = enrol(member, course, org)
    with pytest.raises(Conflict):
        services.checkin_scan(actor=staff, enrolment=e, session=_sessions(course)[0])


def test_session_of_another_course_is_refused(
    course: Course, member: Any, org: Any, staff: Any
) -> None:
    e = enrol(member, course, org)
    other = make_course(sessions=1)
    with pytest.raises(NotFound):
        services.checkin_scan(actor=staff, enrolment=e, session=_sessions(other)[0])
    with pytest.raises(NotFound):
        services.attendance_set(
            actor=staff, session=_sessions(other)[0], enrolment=e, status="present"
        )


def test_certificate_issued_when_rule_met(
    course: Course, member: Any, org: Any, staff: Any, django_capture_on_commit_callbacks: Any
) -> None:
    e = enrol(member, course, org)
    sessions = _sessions(course)
    for s in sessions[:3]:
        services.checkin_scan(actor=staff, enrolment=e, session=s, now=s.starts_at)
    services.attendance_set(actor=staff, session=sessions[3], enrolment=e, status="absent")
    assert not Certificate.objects.exists()  # 3 of 5 = 60 %
    with django_capture_on_commit_callbacks(execute=True):  # a correction: 4 of 5 = 80 %
        services.attendance_set(
            actor=staff, session=sessions[3], enrolment=e, status="late", note="train delayed"
        )
    cert = Certificate.objects.get(enrolment=e)
    assert codes.normalise(cert.code) == cert.code
    assert (cert.sessions_attended, cert.sessions_total, cert.hours) == (4, 5, 15)
    assert cert.completed_on == sessions[3].starts_at.astimezone(course.tz).date()
    assert cert.holder_name == member.full_name and cert.course_title_zh == "技术许可实务"
    assert Notification.objects.filter(kind="training.certificate", user=member).exists()
    assert Attendance.history.filter(enrolment_id=e.pk).count() >= 5  # corrections kept
    services.checkin_scan(actor=staff, enrolment=e, session=sessions[4], now=sessions[4].starts_at)
    assert Certificate.objects.count() == 1


def test_sheet_checks_every_row_first(course: Course, member: Any, org: Any, staff: Any) -> None:
    a = enrol(member, course, org, "A")
    b = enrol(member, course, org, "B")
    stranger = enrol(member, make_course(slug="other"), org, "C")
    session = _sessions(course)[0]
    with pytest.raises(ValidationFailed) as err:
        services.attendance_sheet_save(
            actor=staff, session=session, marks={a.pk: "present", stranger.pk: "present"}
        )
    assert str(stranger.pk) in err.value.fields
    with pytest.raises(ValidationFailed):
        services.attendance_sheet_save(actor=staff, session=session, marks={a.pk: "maybe"})
    assert not Attendance.objects.exists()
    saved = services.attendance_sheet_save(
        actor=staff, session=session, marks={a.pk: "present", b.pk: "excused"}
    )
    assert saved == 2
    assert services.session_mark_missing_absent(actor=staff, session=_sessions(course)[1]) == 2


def test_rule_change_applies_to_everyone(course: Course, member: Any, org: Any, staff: Any) -> None:
    e = enrol(member, course, org)
    for s in _sessions(course)[:3]:
        services.attendance_set(actor=staff, session=s, enrolment=e, status="present")
    assert not Certificate.objects.exists()
    services.course_update(actor=staff, course=course, data={"min_attendance_percent": 60})
    assert Certificate.objects.filter(enrolment=e).exists()


def test_revoke(course: Course, member: Any, org: Any, staff: Any) -> None:
    course.min_attendance_percent = 20
    course.save()
    e = enrol(member, course, org)
    s = _sessions(course)[0]
    services.attendance_set(actor=staff, session=s, enrolment=e, status="present")
    cert = Certificate.objects.get(enrolment=e)
    with pytest.raises(ValidationFailed):
        services.certificate_revoke(actor=staff, certificate=cert, reason=" ")
    with pytest.raises(PermissionDenied):
        services.certificate_revoke(actor=member, certificate=cert, reason="x")
    revoked = services.certificate_revoke(actor=staff, certificate=cert, reason="Fraud")
    assert revoked.status == "revoked" and revoked.revoked_at is not None
    with pytest.raises(Conflict):
        services.certificate_revoke(actor=staff, certificate=cert, reason="again")
    with pytest.raises(Conflict):  # a member cannot cancel once certified
        services.enrolment_cancel(actor=member, enrolment=e)


def test_session_with_marks_is_kept(course: Course, member: Any, org: Any, staff: Any) -> None:
    e = enrol(member, course, org)
    s1, s2 = _sessions(course)[:2]
    services.attendance_set(actor=staff, session=s1, enrolment=e, status="present")
    with pytest.raises(Conflict):
        services.session_delete(actor=staff, session=s1)
    services.session_delete(actor=staff, session=s2)
    assert course.sessions.count() == 4


def test_lone_user_and_anonymous(course: Course, lone_user: Any, org: Any) -> None:
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        enrol(lone_user, course, org, "X")
    with pytest.raises(PermissionDenied):
        enrol(AnonymousUser(), course, org, "X")
    assert not Enrolment.objects.exists()
