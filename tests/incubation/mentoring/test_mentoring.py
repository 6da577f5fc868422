"""Mentors' office hours: slots, booking (no double booking), cancelling, notes and action
items, who sees what through the pages, and the notices in each recipient's language."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.incubation.models import (
    ActionItem,
    Booking,
    BookingStatus,
    CompanyStatus,
    OfficeSlot,
)
from techbridge.incubation.selectors import mentoring as mentors
from techbridge.incubation.services import mentoring
from techbridge.notifications.models import Notification
from tests.conftest import login
from tests.factories import MembershipFactory
from tests.incubation.mentoring.conftest import rival

pytestmark = pytest.mark.django_db


def test_slot_rules(mentor: Any, slot: OfficeSlot) -> None:
    past = timezone.now() - timedelta(hours=1)
    with pytest.raises(ValidationFailed):
        mentoring.slot_add(
            actor=mentor.user, mentor=mentor, starts_at=past, ends_at=past + timedelta(hours=1)
        )
    with pytest.raises(ValidationFailed, match="overlaps"):
        mentoring.slot_add(actor=mentor.user, mentor=mentor, starts_at=slot.starts_at + timedelta(minutes=10),
                           ends_at=slot.ends_at + timedelta(minutes=10))  # fmt: skip
    with pytest.raises(PermissionDenied):
        mentoring.slot_add(actor=MembershipFactory().user, mentor=mentor, starts_at=slot.ends_at,
                           ends_at=slot.ends_at + timedelta(minutes=30))  # fmt: skip
    mentoring.slot_add(actor=mentor.user, mentor=mentor, starts_at=slot.ends_at,
                       ends_at=slot.ends_at + timedelta(minutes=30))  # fmt: skip
    assert mentor.slots.count() == 2


def test_booking_once_then_cancel_frees_the_slot(
    member: Any, company: Any, cohort: Any, mentor: Any, slot: OfficeSlot
) -> None:
    mentor.user.preferred_language = "zh-hans"
    mentor.user.save(update_fields=["preferred_language"])
    with pytest.raises(ValidationFailed):
        mentoring.booking_make(actor=member, slot=slot, company=company, topic="  ")
    booking = mentoring.booking_make(actor=member, slot=slot, company=company, topic="Pricing")
    assert "预约" in Notification.objects.get(user=mentor.user).title
    other, other_member = rival(cohort)
    with pytest.raises(Conflict, match="just booked"):
        mentoring.booking_make(actor=other_member, slot=slot, company=other, topic="Hiring")
    with pytest.raises(PermissionDenied):
        mentoring.booking_make(actor=other_member, slot=slot, company=company, topic="Not mine")
    assert list(mentors.free_slots(mentor)) == []
    mentoring.booking_cancel(actor=member, booking=booking)
    assert list(mentors.free_slots(mentor)) == [slot]
    again = mentoring.booking_make(actor=other_member, slot=slot, company=other, topic="Hiring")
    assert Booking.objects.filter(slot=slot, status=BookingStatus.BOOKED).get() == again


def test_only_active_companies_of_the_programme_book(
    member: Any, company: Any, slot: OfficeSlot, mentor: Any
) -> None:
    company.status = CompanyStatus.GRADUATED
    company.save(update_fields=["status"])
    with pytest.raises(PermissionDenied):
        mentoring.booking_make(actor=member, slot=slot, company=company, topic="Pricing")
    start = timezone.now() - timedelta(minutes=5)
    past = OfficeSlot.objects.create(
        mentor=mentor, starts_at=start, ends_at=start + timedelta(hours=1)
    )
    company.status = CompanyStatus.ACTIVE
    company.save(update_fields=["status"])
    with pytest.raises(Conflict, match="no longer available"):
        mentoring.booking_make(actor=member, slot=past, company=company, topic="Pricing")


def test_notes_and_action_items(member: Any, company: Any, mentor: Any, slot: OfficeSlot) -> None:
    booking = mentoring.booking_make(actor=member, slot=slot, company=company, topic="Pricing")
    with pytest.raises(PermissionDenied):
        mentoring.session_notes(actor=member, booking=booking, notes="x", actions=[])
    mentoring.session_notes(actor=mentor.user, booking=booking, notes="Raise prices.",
                            actions=[("Draft a price list", None), ("  ", None)])  # fmt: skip
    item = ActionItem.objects.get()
    mentoring.action_done(actor=member, item=item)
    item.refresh_from_db()
    assert item.done and booking.company.activity.filter(kind="mentor").exists()
    assert Notification.objects.filter(user=member, title__contains="notes").exists()
    with pytest.raises(NotFound):
        mentoring.action_done(actor=MembershipFactory().user, item=item)


def test_pages_book_and_hide_others_sessions(
    member: Any, company: Any, cohort: Any, mentor: Any, slot: OfficeSlot
) -> None:
    client = login(member)
    page = client.get("/incubation/mentors/").content.decode()
    assert "Go-to-market in China" in page
    resp = client.post(f"/incubation/mentors/{mentor.pk}/", {"slot": slot.pk, "topic": "Pricing"})
    booking = Booking.objects.get()
    assert resp.status_code == 302 and resp["Location"].endswith(f"/bookings/{booking.pk}/")
    again = client.post(f"/incubation/mentors/{mentor.pk}/", {"slot": slot.pk, "topic": "Again"})
    assert "just booked" in again.content.decode() and Booking.objects.count() == 1
    _other, other_member = rival(cohort)
    outsider = login(other_member)
    assert outsider.get(f"/incubation/bookings/{booking.pk}/").status_code == 404
    stranger = login(MembershipFactory().user)
    assert stranger.get(f"/incubation/mentors/{mentor.pk}/").status_code == 404
    assert stranger.get("/incubation/office-hours/").status_code == 404
    coach = login(mentor.user)
    coach.post(
        f"/incubation/bookings/{booking.pk}/",
        {"notes": "Talked pricing.", "action_1": "Call 3 clients"},
    )
    shown = client.get(f"/incubation/bookings/{booking.pk}/").content.decode()
    assert "Talked pricing." in shown and "Call 3 clients" in shown
    resp = coach.post("/incubation/office-hours/", {"starts": "2099-01-05T10:00", "minutes": 30})
    assert resp.status_code == 302 and mentor.slots.count() == 2
