"""Two people booking or accepting at once never double-book (PostgreSQL: real row locks)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest
from django.db import connection

from techbridge.core.errors import DomainError
from techbridge.events import services
from techbridge.events.models import Meeting, MeetingSeat, MeetingSlot
from tests.events.conftest import add_slots

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def _race(*calls: Callable[[], Any]) -> list[str]:
    """Run the calls in threads released together; each reports 'ok' or the refusal."""
    barrier = threading.Barrier(len(calls))
    results: list[str] = []

    def run(call: Callable[[], Any]) -> None:
        try:
            barrier.wait()
            call()
            results.append("ok")
        except DomainError as exc:
            results.append(type(exc).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(c,)) for c in calls]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    return results


def test_two_bookings_of_one_person_in_one_slot(
    people: dict[str, Any], organiser: Any, event: Any
) -> None:
    add_slots(event, organiser)
    m1 = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    m2 = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["fr"])
    slot = MeetingSlot.objects.filter(event=event).first()
    results = _race(
        lambda: services.meeting_place(actor=organiser, meeting=m1, slot=slot, table=2),
        lambda: services.meeting_place(actor=organiser, meeting=m2, slot=slot, table=3),
    )
    assert sorted(results) == ["Conflict", "ok"]
    assert MeetingSeat.objects.filter(participant=people["de"], slot=slot).count() == 1


def test_two_bookings_of_one_table(people: dict[str, Any], organiser: Any, event: Any) -> None:
    add_slots(event, organiser)
    m1 = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    m2 = services.meeting_add(actor=organiser, event=event, a=people["fr"], b=people["cn"])
    services.meeting_cancel(actor=organiser, meeting=m2)
    other = services.meeting_add(actor=organiser, event=event, a=people["fr"], b=people["de"])
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    services.meeting_place(actor=organiser, meeting=m1, slot=slots[1], table=1)
    results = _race(
        lambda: services.meeting_place(actor=organiser, meeting=m1, slot=slots[0], table=4),
        lambda: services.meeting_place(actor=organiser, meeting=other, slot=slots[0], table=4),
    )
    assert "ok" in results and len(results) == 2
    assert Meeting.objects.filter(slot=slots[0], table=4).count() == 1


def test_two_acceptances_past_the_cap(
    people: dict[str, Any], member: Any, cn_member: Any, event: Any
) -> None:
    event.max_meetings = 1
    event.save()
    r1 = services.request_create(actor=cn_member, requester=people["cn"], recipient=people["de"])
    r2 = services.request_create(
        actor=people["fr_member"], requester=people["fr"], recipient=people["de"]
    )
    results = _race(
        lambda: services.request_accept(actor=member, request=r1),
        lambda: services.request_accept(actor=member, request=r2),
    )
    assert sorted(results) == ["Conflict", "ok"]
    assert Meeting.objects.filter(status="active").count() == 1
