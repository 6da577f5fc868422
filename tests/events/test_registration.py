from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone

from techbridge.core.errors import Conflict, PermissionDenied
from techbridge.events import services
from techbridge.events.forms import RegistrationForm
from techbridge.events.models import Meeting, RegistrationStatus
from tests.events.conftest import make_event, register
from tests.factories import MembershipFactory, OrganisationFactory

pytestmark = pytest.mark.django_db(transaction=False)


def test_capacity_waitlist_and_promotion(
    member: Any, org: Any, django_capture_on_commit_callbacks: Any
) -> None:
    event = make_event(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        first = register(member, event, org, "First")
        second = register(member, event, org, "Second")
    assert first.status == RegistrationStatus.CONFIRMED
    assert second.status == RegistrationStatus.WAITLISTED
    assert len(mail.outbox) == 2
    services.participant_cancel(actor=member, participant=first)
    second.refresh_from_db()
    assert second.status == RegistrationStatus.CONFIRMED


def test_approval_required(member: Any, org: Any, organiser: Any) -> None:
    event = make_event(requires_approval=True)
    p = register(member, event, org, "Anna")
    assert p.status == RegistrationStatus.PENDING
    with pytest.raises(PermissionDenied):
        services.participant_approve(actor=member, participant=p)
    assert services.participant_approve(actor=organiser, participant=p).is_confirmed


def test_only_own_organisation_and_open_window(member: Any, cn_org: Any, org: Any) -> None:
    event = make_event()
    with pytest.raises(PermissionDenied):
        register(member, event, cn_org, "Not mine")
    closed = make_event(registration_closes_at=timezone.now() - timedelta(days=1))
    with pytest.raises(Conflict):
        register(member, closed, org, "Late")


def test_duplicate_registration_refused(member: Any, org: Any) -> None:
    event = make_event()
    register(member, event, org, "Anna")
    with pytest.raises(Conflict):
        register(member, event, org, "Anna")


def test_cancellation_frees_meetings(people: dict[str, Any], member: Any, cn_member: Any) -> None:
    req = services.request_create(actor=member, requester=people["de"], recipient=people["cn"])
    meeting = services.request_accept(actor=cn_member, request=req)
    services.participant_cancel(actor=cn_member, participant=people["cn"])
    meeting.refresh_from_db()
    assert meeting.status == "cancelled"
    assert not Meeting.objects.filter(status="active").exists()


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("tomorrow morning", "Line 1"),
        ("2030-06-10 12:00-09:00", "end time"),
        ("2031-01-01 09:00-10:00", "outside"),
        ("2030-02-30 09:00-10:00", "valid date"),
        ("2030-06-10 25:00-26:00", "not valid"),
    ],
)
def test_bad_availability_gives_form_errors(event: Any, text: str, fragment: str) -> None:
    form = RegistrationForm(data={"name": "Anna", "availability": text}, event=event)
    assert not form.is_valid()
    assert fragment in " ".join(form.errors["availability"])


def test_availability_parsed_in_event_zone(event: Any) -> None:
    form = RegistrationForm(
        data={"name": "Anna", "availability": "2030-06-10 09:00-12:00\n2030-06-11"}, event=event
    )
    assert form.is_valid(), form.errors
    (s1, e1), (s2, e2) = form.cleaned_data["availability"]
    assert s1.utcoffset() == timedelta(hours=8) and (e1 - s1) == timedelta(hours=3)
    assert e2 - s2 == timedelta(days=1)


def test_other_member_cannot_cancel(people: dict[str, Any]) -> None:
    stranger = MembershipFactory(organisation=OrganisationFactory()).user
    with pytest.raises(PermissionDenied):
        services.participant_cancel(actor=stranger, participant=people["de"])


def test_confirmation_mail_in_each_recipients_language(
    member: Any, cn_member: Any, cn_org: Any, django_capture_on_commit_callbacks: Any
) -> None:
    cn_member.preferred_language = "zh-hans"
    cn_member.save(update_fields=["preferred_language"])
    event = make_event()
    with django_capture_on_commit_callbacks(execute=True):  # a colleague's address, in English
        register(cn_member, event, cn_org, "Wang Wei", email=member.email)
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects[cn_member.email].startswith("[TechBridge] 技术转移大会 报名：")
    assert subjects[member.email].startswith("[TechBridge] Registration for Technology Transfer")
    assert all(f"/events/{event.slug}/" in m.body for m in mail.outbox)  # an absolute link
