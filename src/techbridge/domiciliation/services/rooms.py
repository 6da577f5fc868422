"""Meeting room bookings in 30-minute slots. A booking writes one `BookingSlot` per slot;
the database's unique (room, slot start) refuses any overlap, so of two firms booking the
same slot at once exactly one gets it (tests/domiciliation/test_concurrency.py)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.domiciliation import notices
from techbridge.domiciliation.models import (
    SLOT,
    Booking,
    BookingSlot,
    BookingStatus,
    Contract,
    Room,
)
from techbridge.domiciliation.selectors.contracts import in_force
from techbridge.domiciliation.selectors.rooms import can_book, centre_tz

MAX_LENGTH = timedelta(hours=8)
MAX_AHEAD = timedelta(days=180)


def slot_starts(starts_at: datetime, ends_at: datetime) -> list[datetime]:
    at, out = starts_at, []
    while at < ends_at:
        out.append(at)
        at += SLOT
    return out


def _check_times(room: Room, starts_at: datetime, ends_at: datetime, now: datetime) -> None:
    def bad(message: Any) -> ValidationFailed:
        return ValidationFailed(fields={"starts_at": [str(message)]})

    if ends_at <= starts_at:
        raise bad(_("The booking must end after it starts."))
    local_start, local_end = starts_at.astimezone(centre_tz()), ends_at.astimezone(centre_tz())
    if local_start.minute % 30 or local_end.minute % 30 or local_start.second or local_end.second:
        raise bad(_("Bookings start and end on the hour or the half hour."))
    if starts_at < now:
        raise bad(_("This time has passed."))
    if starts_at > now + MAX_AHEAD or ends_at - starts_at > MAX_LENGTH:
        raise bad(_("Book up to 180 days ahead, for 8 hours at most."))
    same_day = local_start.date() == local_end.date()
    if not same_day or local_start.time() < room.opens_at or local_end.time() > room.closes_at:
        raise bad(
            _("The room can be booked from %(opens)s to %(closes)s.")
            % {"opens": room.opens_at.strftime("%H:%M"), "closes": room.closes_at.strftime("%H:%M")}
        )


@transaction.atomic
def booking_create(
    *,
    actor: Any,
    room: Room,
    starts_at: datetime,
    ends_at: datetime,
    title: str = "",
    attendees: int = 1,
    now: datetime | None = None,
    contract: Contract | None = None,
) -> Booking:
    """A hosted firm's member books a room for their firm's contract in force; staff may
    book for a firm (`contract`)."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    if contract is not None and is_staff(actor):
        contract = contract if in_force(contract, today) else None
    else:
        contract = can_book(actor=actor, today=today)
    if contract is None:
        raise PermissionDenied(_("Meeting rooms are for firms with a hosting contract in force."))
    if not room.active:
        raise Conflict(_("This room cannot be booked."))
    _check_times(room, starts_at, ends_at, now)
    if attendees > room.capacity:
        raise ValidationFailed(
            fields={
                "attendees": [
                    str(_("This room holds %(n)s people at most.") % {"n": room.capacity})
                ]
            }
        )
    booking = Booking.objects.create(
        room=room,
        contract=contract,
        booked_by=actor,
        title=title[:200],
        attendees=attendees,
        starts_at=starts_at,
        ends_at=ends_at,
    )
    try:
        with transaction.atomic():
            BookingSlot.objects.bulk_create(
                BookingSlot(booking=booking, room=room, starts_at=at)
                for at in slot_starts(starts_at, ends_at)
            )
    except IntegrityError as exc:
        raise Conflict(_("This room is already booked at that time.")) from exc
    notices.tell_firm(
        contract.organisation_id,
        kind="domiciliation.booking",
        title=lambda: (
            _("%(room)s booked on %(day)s")
            % {
                "room": room.name,
                "day": starts_at.astimezone(centre_tz()).strftime("%Y-%m-%d %H:%M"),
            }
        ),
        url=reverse("domiciliation:rooms"),
        exclude_user_id=actor.pk,
    )
    return booking


@transaction.atomic
def booking_cancel(*, actor: Any, booking: Booking, now: datetime | None = None) -> Booking:
    """The firm or staff cancel a booking before it starts; its slots are freed."""
    locked = Booking.objects.select_for_update().select_related("contract").get(pk=booking.pk)
    if not (is_staff(actor) or locked.contract.organisation_id in organisation_ids_of(actor)):
        raise PermissionDenied()
    if locked.status == BookingStatus.CANCELLED:
        raise Conflict(_("This booking is already cancelled."))
    if locked.starts_at <= (now or timezone.now()):
        raise Conflict(_("A booking that has started cannot be cancelled."))
    locked.status, locked.cancelled_at = BookingStatus.CANCELLED, now or timezone.now()
    locked.save(update_fields=["status", "cancelled_at"])
    locked.slots.all().delete()
    return locked
