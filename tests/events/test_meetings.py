from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone

from techbridge.core.errors import Conflict, PermissionDenied, RateLimited
from techbridge.events import services
from techbridge.events.models import Meeting, MeetingSeat, MeetingSlot, RequestStatus
from tests.events.conftest import add_slots


def test_request_accept_creates_meeting(
    people: dict[str, Any], member: Any, cn_member: Any
) -> None:
    req = services.request_create(
        actor=member, requester=people["de"], recipient=people["cn"], message="Hello"
    )
    with pytest.raises(PermissionDenied):
        services.request_accept(actor=member, request=req)
    meeting = services.request_accept(actor=cn_member, request=req)
    assert {meeting.a_id, meeting.b_id} == {people["de"].id, people["cn"].id}
    with pytest.raises(Conflict):
        services.request_create(actor=cn_member, requester=people["cn"], recipient=people["de"])


def test_blocking_and_caps(people: dict[str, Any], member: Any, event: Any) -> None:
    services.participant_set_blocking(actor=member, participant=people["de"], blocks=True)
    with pytest.raises(Conflict):
        services.request_create(
            actor=people["fr_member"], requester=people["fr"], recipient=people["de"]
        )
    event.max_pending_requests = 1
    event.save()
    services.request_create(actor=member, requester=people["de"], recipient=people["cn"])
    people["de"].refresh_from_db()
    with pytest.raises(RateLimited):
        services.request_create(actor=member, requester=people["de"], recipient=people["fr"])


def test_meeting_cap(people: dict[str, Any], member: Any, cn_member: Any, event: Any) -> None:
    event.max_meetings = 1
    event.save()
    r1 = services.request_create(actor=member, requester=people["de"], recipient=people["cn"])
    r2 = services.request_create(
        actor=people["fr_member"], requester=people["fr"], recipient=people["de"]
    )
    services.request_accept(actor=cn_member, request=r1)
    with pytest.raises(Conflict):
        services.request_accept(actor=member, request=r2)


def test_expiry(people: dict[str, Any], member: Any, cn_member: Any) -> None:
    req = services.request_create(actor=member, requester=people["de"], recipient=people["cn"])
    later = timezone.now() + timedelta(days=30)
    with pytest.raises(Conflict):
        services.request_accept(actor=cn_member, request=req, now=later)
    assert services.requests_expire_due(now=later) == 1
    req.refresh_from_db()
    assert req.status == RequestStatus.EXPIRED


def test_organiser_adds_and_places_meetings(
    people: dict[str, Any], organiser: Any, event: Any
) -> None:
    add_slots(event, organiser)
    m1 = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    m2 = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["fr"])
    slot = MeetingSlot.objects.filter(event=event).first()
    services.meeting_place(actor=organiser, meeting=m1, slot=slot, table=2)
    with pytest.raises(Conflict):  # Anna is already busy in this slot
        services.meeting_place(actor=organiser, meeting=m2, slot=slot, table=3)
    assert MeetingSeat.objects.count() == 2
    m1.refresh_from_db()
    services.meeting_place(actor=organiser, meeting=m1, slot=slot, table=3)
    m1.refresh_from_db()
    assert m1.sequence == 1


def test_database_refuses_double_booking(
    people: dict[str, Any], organiser: Any, event: Any
) -> None:
    add_slots(event, organiser)
    m1 = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    m2 = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["fr"])
    slot = MeetingSlot.objects.filter(event=event).first()
    MeetingSeat.objects.create(meeting=m1, participant=people["de"], slot=slot)
    with pytest.raises(IntegrityError), transaction.atomic():
        MeetingSeat.objects.create(meeting=m2, participant=people["de"], slot=slot)
    Meeting.objects.filter(pk=m1.pk).update(slot=slot, table=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        Meeting.objects.filter(pk=m2.pk).update(slot=slot, table=1)
