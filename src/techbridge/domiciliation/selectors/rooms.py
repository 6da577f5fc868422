"""Meeting rooms and bookings, for one actor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.domiciliation.models import (
    SLOT,
    Booking,
    BookingSlot,
    Contract,
    Room,
    Status,
)
from techbridge.domiciliation.selectors.contracts import in_force


def centre_tz() -> ZoneInfo:
    return ZoneInfo(settings.TIME_ZONE)


def can_book(*, actor: Any, today: date) -> Contract | None:
    """The contract in force the actor books for (their firm's), or None."""
    if not getattr(actor, "is_authenticated", False):
        return None
    contracts = Contract.objects.filter(
        organisation_id__in=organisation_ids_of(actor),
        status__in=[Status.ACTIVE, Status.NOTICE_SERVED],
    ).select_related("organisation")
    return next((c for c in contracts if in_force(c, today)), None)


def rooms_for(*, actor: Any, today: date) -> QuerySet[Room]:
    """Bookable rooms: for staff and members of a firm hosted today."""
    if not (is_staff(actor) or can_book(actor=actor, today=today)):
        raise PermissionDenied(_("Meeting rooms are for firms with a hosting contract in force."))
    return Room.objects.filter(active=True)


def bookings_of(*, actor: Any) -> QuerySet[Booking]:
    """Bookings the actor may see: staff all, members their firms'."""
    qs = Booking.objects.select_related("room", "contract", "contract__organisation")
    if is_staff(actor):
        return qs
    if not getattr(actor, "is_authenticated", False):
        return qs.none()
    return qs.filter(contract__organisation_id__in=organisation_ids_of(actor))


def booking_get_for(*, actor: Any, booking_id: int) -> Booking:
    booking = bookings_of(actor=actor).filter(pk=booking_id).first()
    if booking is None:
        raise NotFound()
    return booking


@dataclass(frozen=True)
class SlotView:
    starts_at: datetime
    taken: bool
    mine: bool


def day_schedule(*, actor: Any, room: Room, day: date) -> list[SlotView]:
    """The room's slots of one day (the centre's time zone); other firms' bookings show as
    taken, nothing more."""
    tz = centre_tz()
    start = datetime.combine(day, room.opens_at, tzinfo=tz)
    end = datetime.combine(day, room.closes_at if room.closes_at else time(20), tzinfo=tz)
    held = dict(
        BookingSlot.objects.filter(room=room, starts_at__gte=start, starts_at__lt=end).values_list(
            "starts_at", "booking__contract__organisation_id"
        )
    )
    mine = organisation_ids_of(actor)
    slots, at = [], start
    while at < end:
        owner = held.get(at)
        slots.append(SlotView(at, owner is not None, owner in mine if owner else False))
        at += SLOT
    return slots
