"""The training demo: three courses, attendance and certificates, loaded twice harmlessly."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from techbridge.tooling.demo_loader import MEMBER_EMAIL, load_demo
from techbridge.training import codes, demo
from techbridge.training.models import Certificate, Course, Enrolment
from techbridge.training.selectors import progress_of


def test_demo_courses(db: Any) -> None:
    summary = load_demo(apps=("training",))
    assert summary["courses"] == 3
    finished = Course.objects.get(slug="licensing-practice")
    running = Course.objects.get(slug="patent-drafting-cn")
    assert finished.sessions.count() == 5 and running.sessions.count() == 4
    certs = Certificate.objects.filter(enrolment__course=finished)
    assert 5 <= certs.count() <= 14
    assert certs.filter(enrolment__user__email=MEMBER_EMAIL).exists()
    assert Certificate.objects.filter(enrolment__course=running).exists()
    statuses = set(Enrolment.objects.filter(course=running).values_list("status", flat=True))
    assert {"confirmed", "pending", "waitlisted"} <= statuses
    running.refresh_from_db()
    assert running.seats_taken == running.capacity
    for cert in Certificate.objects.all():
        assert codes.normalise(cert.code) == cert.code
        assert progress_of(cert.enrolment).met  # every certificate earned by the rule
    again = demo.load(now=timezone.now())
    assert again["courses_created"] == 0 and again["certificates"] == Certificate.objects.count()
