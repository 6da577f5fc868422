"""Enrolling past capacity at once, and certificates issued once (PostgreSQL row locks)."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from techbridge.core.errors import DomainError
from techbridge.training import services
from techbridge.training.models import Certificate, Course, Enrolment
from tests.concurrency import race
from tests.factories import MembershipFactory
from tests.training.conftest import enrol, make_course

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def test_eight_people_at_once_for_three_places(org: Any) -> None:
    course = make_course(capacity=3)
    members = [MembershipFactory(organisation=org).user for _ in range(8)]
    results = race(*[lambda m=m: enrol(m, course, org) for m in members])
    assert not [r for r in results if isinstance(r, Exception)]
    statuses = sorted(e.status for e in Enrolment.objects.filter(course=course))
    assert statuses == ["confirmed"] * 3 + ["waitlisted"] * 5
    course.refresh_from_db()
    assert course.seats_taken == 3


def test_two_cancellations_promote_two_different_people(org: Any, member: Any) -> None:
    course = make_course(capacity=2)
    a, b = enrol(member, course, org, "A"), enrol(member, course, org, "B")
    waiting = [enrol(member, course, org, name) for name in ("C", "D", "E")]
    results = race(
        lambda: services.enrolment_cancel(actor=member, enrolment=a),
        lambda: services.enrolment_cancel(actor=member, enrolment=b),
    )
    assert not [r for r in results if isinstance(r, Exception)]
    now = {e.name: e.status for e in Enrolment.objects.filter(pk__in=[w.pk for w in waiting])}
    assert now == {"C": "confirmed", "D": "confirmed", "E": "waitlisted"}
    assert Course.objects.get(pk=course.pk).seats_taken == 2


def test_the_same_person_twice_at_once(org: Any, member: Any) -> None:
    course = make_course()
    results = race(lambda: enrol(member, course, org), lambda: enrol(member, course, org))
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "Enrolment"]
    assert Course.objects.get(pk=course.pk).seats_taken == 1


def test_two_checkins_issue_one_certificate(org: Any, member: Any, staff: Any) -> None:
    course = make_course(sessions=2, min_attendance_percent=50)
    e = enrol(member, course, org)
    s1, s2 = course.sessions.order_by("starts_at")
    results = race(
        lambda: services.checkin_scan(actor=staff, enrolment=e, session=s1, now=s1.starts_at),
        lambda: services.checkin_scan(actor=staff, enrolment=e, session=s2, now=s2.starts_at),
    )
    assert not [r for r in results if isinstance(r, DomainError | Exception)]
    assert Certificate.objects.filter(enrolment=e).count() == 1
    assert sum(r.certificate is not None for r in results) == 1
