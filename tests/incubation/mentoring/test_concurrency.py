"""Two members of two companies booking one office-hour slot at the same moment
(PostgreSQL row locks and the partial unique constraint): one booking, one clear refusal."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection

from techbridge.core.errors import Conflict
from techbridge.incubation.models import Booking
from techbridge.incubation.services import mentoring
from tests.concurrency import race
from tests.incubation.mentoring.conftest import rival

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def test_two_members_cannot_book_the_same_slot(
    member: Any, company: Any, cohort: Any, slot: Any
) -> None:
    other, other_member = rival(cohort)
    results = race(
        lambda: mentoring.booking_make(actor=member, slot=slot, company=company, topic="A"),
        lambda: mentoring.booking_make(actor=other_member, slot=slot, company=other, topic="B"),
    )
    refused = [r for r in results if isinstance(r, Exception)]
    assert len(refused) == 1 and isinstance(refused[0], Conflict), results
    assert Booking.objects.filter(slot=slot).count() == 1
