"""Meeting rooms: slots, no double booking, opening hours, capacity, cancelling."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.db import IntegrityError, transaction

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.domiciliation import selectors
from techbridge.domiciliation.models import BookingSlot, Contract, Room
from techbridge.domiciliation.services import rooms as room_services

SHANGHAI = ZoneInfo("Asia/Shanghai")
NOW = datetime(2030, 3, 1, 9, tzinfo=SHANGHAI)
DAY = datetime(2030, 3, 4, tzinfo=SHANGHAI)


def at(hour: float) -> datetime:
    return DAY + timedelta(hours=hour)


def book(actor: Any, room: Room, start: float, end: float, **kw: Any) -> Any:
    return room_services.booking_create(
        actor=actor, room=room, starts_at=at(start), ends_at=at(end), now=NOW, **kw
    )


def test_an_overlap_is_refused(active: Contract, room: Room, member: Any) -> None:
    first = book(member, room, 10, 11.5)
    assert first.slots.count() == 3
    with pytest.raises(Conflict, match="already booked"):
        book(member, room, 11, 12)
    book(member, room, 11.5, 12)  # back to back is fine
    assert BookingSlot.objects.filter(room=room).count() == 4


def test_the_database_refuses_a_slot_held_twice(active: Contract, room: Room, member: Any) -> None:
    booking = book(member, room, 10, 11)
    with pytest.raises(IntegrityError), transaction.atomic():
        BookingSlot.objects.create(booking=booking, room=room, starts_at=at(10.5))


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        (10.25, 11, "half hour"),
        (7, 9, "08:00 to 20:00"),
        (19, 21, "08:00 to 20:00"),
        (11, 10, "end after"),
        (8, 17, "8 hours"),
    ],
)
def test_bad_times_are_refused(
    active: Contract, room: Room, member: Any, start: float, end: float, message: str
) -> None:
    with pytest.raises(ValidationFailed) as err:
        book(member, room, start, end)
    assert message in err.value.fields["starts_at"][0]


def test_capacity_and_the_past(active: Contract, room: Room, member: Any) -> None:
    with pytest.raises(ValidationFailed):
        book(member, room, 10, 11, attendees=9)
    with pytest.raises(ValidationFailed) as err:
        room_services.booking_create(
            actor=member, room=room, starts_at=NOW - timedelta(hours=2),
            ends_at=NOW - timedelta(hours=1), now=NOW,
        )  # fmt: skip
    assert "passed" in err.value.fields["starts_at"][0]


def test_only_hosted_firms_book(contract: Contract, room: Room, member: Any) -> None:
    with pytest.raises(PermissionDenied):
        book(member, room, 10, 11)  # the contract is still a draft
    with pytest.raises(PermissionDenied):
        selectors.rooms_for(actor=member, today=NOW.date())


def test_cancelling_frees_the_slots(
    active: Contract, room: Room, member: Any, outsider: Any
) -> None:
    booking = book(member, room, 10, 11)
    with pytest.raises(PermissionDenied):
        room_services.booking_cancel(actor=outsider, booking=booking, now=NOW)
    room_services.booking_cancel(actor=member, booking=booking, now=NOW)
    assert not BookingSlot.objects.exists()
    book(member, room, 10, 11)
    with pytest.raises(Conflict):
        room_services.booking_cancel(actor=member, booking=booking, now=NOW)


def test_the_day_schedule_hides_other_firms(
    active: Contract, room: Room, member: Any, outsider: Any
) -> None:
    book(member, room, 10, 11)
    slots = selectors.day_schedule(actor=outsider, room=room, day=DAY.date())
    taken = [s for s in slots if s.taken]
    assert len(slots) == 24 and len(taken) == 2 and not any(s.mine for s in taken)
    mine = selectors.day_schedule(actor=member, room=room, day=DAY.date())
    assert sum(s.mine for s in mine) == 2
