"""Mentors and office hours, for one actor. Who sees what:

- the mentors of a programme and their free future slots: staff, the programme's mentors,
  and the members of its active cohort companies;
- a booking (topic, notes, action items): the mentor, the company's members, staff — anybody
  else gets NotFound; a company never sees another company's bookings."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Exists, OuterRef, QuerySet
from django.utils import timezone

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import NotFound
from techbridge.incubation.models import (
    Booking,
    BookingStatus,
    CohortCompany,
    CompanyStatus,
    Mentor,
    OfficeSlot,
)


def my_companies(actor: Any) -> QuerySet[CohortCompany]:
    """The actor's active cohort companies (those that may book mentors)."""
    return CohortCompany.objects.filter(
        organisation_id__in=organisation_ids_of(actor), status=CompanyStatus.ACTIVE
    ).select_related("cohort", "organisation")


def mentor_list(*, actor: Any) -> QuerySet[Mentor]:
    rows = Mentor.objects.filter(active=True).select_related("user", "programme")
    if is_staff(actor):
        return rows
    programmes = my_companies(actor).values("cohort__programme_id")
    return rows.filter(programme_id__in=programmes) | rows.filter(user_id=actor.pk)


def mentor_get_for(*, actor: Any, mentor_id: int) -> Mentor:
    row = mentor_list(actor=actor).filter(pk=mentor_id).first()
    if row is None:
        raise NotFound()
    return row


def free_slots(mentor: Mentor, now: datetime | None = None) -> QuerySet[OfficeSlot]:
    """The mentor's future slots that nobody has booked."""
    live = Booking.objects.filter(slot=OuterRef("pk"), status=BookingStatus.BOOKED)
    return mentor.slots.filter(cancelled=False, starts_at__gt=now or timezone.now()).exclude(
        Exists(live)
    )


def free_slot_get_for(*, actor: Any, slot_id: int) -> OfficeSlot:
    row = OfficeSlot.objects.select_related("mentor").filter(pk=slot_id).first()
    if row is None or not mentor_list(actor=actor).filter(pk=row.mentor_id).exists():
        raise NotFound()
    return row


def booking_list(*, actor: Any) -> QuerySet[Booking]:
    """The bookings the actor takes part in: as mentor, or as a member of the company."""
    rows = Booking.objects.select_related("slot__mentor__user", "company__organisation")
    mine = rows.filter(slot__mentor__user_id=getattr(actor, "pk", None))
    theirs = rows.filter(company__organisation_id__in=organisation_ids_of(actor))
    return (mine | theirs).order_by("slot__starts_at", "pk")


def booking_get_for(*, actor: Any, booking_id: int) -> Booking:
    rows = Booking.objects.select_related("slot__mentor__user", "company__organisation")
    row = booking_list(actor=actor).filter(pk=booking_id).first()
    if row is None and is_staff(actor):
        row = rows.filter(pk=booking_id).first()
    if row is None:
        raise NotFound()
    return row


def mentor_of(actor: Any) -> list[Mentor]:
    """The actor's own mentor records (one per programme they mentor)."""
    return list(Mentor.objects.filter(user_id=getattr(actor, "pk", None), active=True))
