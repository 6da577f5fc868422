"""The desk's services: submitting, replying, notes, moves, taking, assigning."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.desk import services
from techbridge.desk.models import Case, CaseAttachment, CaseEvent, CaseStatus
from techbridge.notifications.models import Notification
from tests.desk.conftest import submit
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def test_submit_numbers_the_case_routes_it_and_tells_the_department(
    case: Any, legal_staff: Any, other_staff: Any
) -> None:
    assert case.number.endswith(f"-{case.pk:05d}")
    assert case.department == "legal" and case.status == CaseStatus.NEW
    assert Notification.objects.filter(user=legal_staff, kind="desk.case").exists()
    assert not Notification.objects.filter(user=other_staff).exists()
    assert CaseEvent.objects.filter(case=case, kind="created").count() == 1


def test_submit_refuses_another_organisations_name(outsider: Any, org: Any, service: Any) -> None:
    with pytest.raises(PermissionDenied):
        submit(outsider, org, service)


def test_submit_links_a_visible_profile_and_refuses_an_invisible_one(
    member: Any, org: Any, service: Any
) -> None:
    profile = ProfileFactory()
    case = submit(member, org, service, links=None)
    assert case.profile is None
    linked = services.case_submit(
        actor=member, service=service, organisation=org,
        data={"subject": "s", "description": "d", "answers": {}, "files": {}},
        links={"profile": profile.pk},
    )  # fmt: skip
    assert linked.profile == profile
    hidden = ProfileFactory(status="draft")
    with pytest.raises(ValidationFailed):
        services.case_submit(
            actor=member, service=service, organisation=org,
            data={"subject": "s", "description": "d", "answers": {}, "files": {}},
            links={"profile": hidden.pk},
        )  # fmt: skip


def test_a_bad_file_saves_nothing(member: Any, org: Any, service: Any) -> None:
    bad = SimpleUploadedFile("x.exe", b"MZ...", content_type="application/pdf")
    with pytest.raises(ValidationFailed):
        submit(member, org, service, files={"doc": bad})
    fake_pdf = SimpleUploadedFile("x.pdf", b"not a pdf", content_type="application/pdf")
    with pytest.raises(ValidationFailed):
        submit(member, org, service, files={"doc": fake_pdf})
    assert not CaseAttachment.objects.exists()
    assert not Case.objects.exists()


def test_oversized_file_is_refused(member: Any, org: Any, service: Any, settings: Any) -> None:
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "ATTACHMENT_MAX_BYTES": 10}
    big = SimpleUploadedFile("a.txt", b"x" * 11, content_type="text/plain")
    with pytest.raises(ValidationFailed):
        submit(member, org, service, files={"doc": big})


def test_staff_reply_is_the_first_response_and_tells_the_client(
    case: Any, legal_staff: Any, member: Any
) -> None:
    services.case_reply(actor=legal_staff, case=case, body="Here is how.")
    case.refresh_from_db()
    assert case.first_response_at is not None
    assert Notification.objects.filter(user=member, kind="desk.reply").exists()


def test_internal_note_never_reaches_the_client(case: Any, legal_staff: Any, member: Any) -> None:
    services.case_reply(actor=legal_staff, case=case, body="SECRET note", internal=True)
    case.refresh_from_db()
    assert case.first_response_at is None
    assert not Notification.objects.filter(user=member).exclude(kind="desk.case").exists()
    assert not Notification.objects.filter(body__contains="SECRET").exists()
    with pytest.raises(PermissionDenied):
        services.case_reply(actor=member, case=case, body="x", internal=True)


def test_client_reply_puts_a_waiting_case_back_in_progress(
    case: Any, legal_staff: Any, member: Any
) -> None:
    services.case_take(actor=legal_staff, case=case)
    services.case_move(actor=legal_staff, case=case, to=CaseStatus.WAITING)
    services.case_reply(actor=member, case=case, body="Here you are.")
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_PROGRESS
    assert Notification.objects.filter(user=legal_staff, kind="desk.reply").exists()


def test_moves_follow_the_states(case: Any, legal_staff: Any, member: Any) -> None:
    with pytest.raises(Conflict):
        services.case_move(actor=member, case=case, to=CaseStatus.RESOLVED)
    services.case_move(actor=legal_staff, case=case, to=CaseStatus.RESOLVED)
    case.refresh_from_db()
    assert case.resolved_at is not None
    services.case_move(actor=member, case=case, to=CaseStatus.IN_PROGRESS)  # reopen
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_PROGRESS and case.resolved_at is None
    services.case_move(actor=legal_staff, case=case, to=CaseStatus.RESOLVED)
    services.case_move(actor=member, case=case, to=CaseStatus.CLOSED)
    with pytest.raises(ValidationFailed):
        services.case_reply(actor=member, case=case, body="again")
    with pytest.raises(ValidationFailed):
        services.case_move(actor=legal_staff, case=case, to="nonsense")


def test_reopen_window_closes(case: Any, legal_staff: Any, member: Any) -> None:
    services.case_move(actor=legal_staff, case=case, to=CaseStatus.RESOLVED)
    long_ago = timezone.now() - timedelta(days=case.service_type.reopen_days + 1)
    Case.objects.filter(pk=case.pk).update(created_at=long_ago, resolved_at=long_ago)
    with pytest.raises(Conflict):
        services.case_move(actor=member, case=case, to=CaseStatus.IN_PROGRESS)


def test_take_accepts_and_a_second_taker_is_told_who_has_it(
    case: Any, legal_staff: Any, other_staff: Any, member: Any
) -> None:
    taken = services.case_take(actor=legal_staff, case=case)
    assert taken.status == CaseStatus.ACCEPTED and taken.assignee == legal_staff
    with pytest.raises(Conflict) as exc:
        services.case_take(actor=other_staff, case=case)
    assert legal_staff.display_name in str(exc.value.message)
    with pytest.raises(PermissionDenied):
        services.case_take(actor=member, case=case)


def test_assign_only_to_staff(case: Any, legal_staff: Any, other_staff: Any, member: Any) -> None:
    services.case_assign(actor=legal_staff, case=case, assignee=other_staff, priority="high")
    case.refresh_from_db()
    assert case.assignee == other_staff and case.priority == "high"
    assert Notification.objects.filter(user=other_staff, kind="desk.assigned").exists()
    with pytest.raises(ValidationFailed):
        services.case_assign(actor=legal_staff, case=case, assignee=member)
    with pytest.raises(ValidationFailed):
        services.case_assign(actor=legal_staff, case=case, priority="whenever")
