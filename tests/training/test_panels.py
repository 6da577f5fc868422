"""Training on other apps' pages (panels, menu) and its notifications."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.core import mail
from django.test import Client
from django.utils import timezone

from techbridge.notifications.models import Notification
from techbridge.training import services
from techbridge.training.models import Course, CourseSession
from tests.training.conftest import enrol, make_course


def _soon(course: Course) -> None:
    start = timezone.now() + timedelta(days=2)
    CourseSession.objects.create(
        course=course, starts_at=start, ends_at=start + timedelta(hours=2), room="R1", trainer="T"
    )


def test_dashboards_and_menu(
    member: Any, org: Any, client_member: Client, client_staff: Client, client_outsider: Client
) -> None:
    course = make_course(sessions=0)
    _soon(course)
    enrol(member, make_course(slug="approved", requires_approval=True), org, "Li Lei")
    services.enrolment_create(actor=member, course=course, organisation=org, data={"user": member})
    home = client_member.get("/dashboard/").content.decode()
    assert 'data-testid="training-panel"' in home and course.title_en in home
    assert 'href="/training/"' in client_member.get("/").content.decode()
    assert 'data-testid="training-panel"' not in client_outsider.get("/dashboard/").content.decode()
    staff_home = client_staff.get("/dashboard/").content.decode()
    assert (
        'data-testid="training-staff-panel"' in staff_home
        and 'href="/training/manage/"' in staff_home
    )


def test_organisation_page_panel(
    course: Course, member: Any, org: Any, client_member: Client, client_outsider: Client
) -> None:
    enrol(member, course, org)
    page = client_member.get("/my/organisation/").content.decode()
    assert 'data-testid="training-organisation-panel"' in page and f"?org={org.slug}" in page
    other = client_outsider.get("/my/organisation/").content.decode()
    assert 'data-testid="training-organisation-panel"' not in other


def test_certificate_mailed_once_in_the_holders_language(
    course: Course, member: Any, org: Any, staff: Any, django_capture_on_commit_callbacks: Any
) -> None:
    member.preferred_language = "zh-hans"
    member.save()
    e = enrol(member, course, org)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for s in course.sessions.order_by("starts_at")[:4]:
            services.attendance_set(actor=staff, session=s, enrolment=e, status="present")
    row = Notification.objects.get(kind="training.certificate")
    assert row.user == member and "证书已颁发" in row.title and row.emailed_at is not None
    assert len(mail.outbox) == 1 and "技术许可实务" in mail.outbox[0].subject


def test_staff_enrolling_someone_is_not_notified(course: Course, org: Any, staff: Any) -> None:
    enrol(staff, course, org, "Li Lei")
    assert not Notification.objects.filter(user=staff).exists()
