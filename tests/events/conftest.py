"""Small events for the events tests."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from techbridge.events import services
from techbridge.events.models import Event, Participant
from tests.factories import MembershipFactory, OrganisationFactory, StaffFactory

SHANGHAI = ZoneInfo("Asia/Shanghai")
DAY = datetime(2030, 6, 10, tzinfo=SHANGHAI).date()


def make_event(**extra: Any) -> Event:
    start = datetime.combine(DAY, time(9), tzinfo=SHANGHAI)
    fields = {
        "slug": f"convention-{Event.objects.count() + 1}",
        "type": "convention",
        "title_en": "Technology Transfer Convention",
        "title_zh": "技术转移大会",
        "venue": "Expo Centre",
        "city": "Suzhou",
        "time_zone": "Asia/Shanghai",
        "starts_at": start,
        "ends_at": start + timedelta(days=1, hours=9),
        "b2b_enabled": True,
        "tables": 4,
        "interpreter_tables": 1,
        "slot_minutes": 30,
    }
    fields.update(extra)
    return Event.objects.create(**fields)


def add_slots(event: Event, staff: Any, hours: tuple[int, int] = (9, 11)) -> int:
    return services.slots_generate(
        actor=staff, event=event, day=DAY, start=time(hours[0]), end=time(hours[1]), session="d1-am"
    )


def register(actor: Any, event: Event, org: Any, name: str, **data: Any) -> Participant:
    return services.participant_register(
        actor=actor, event=event, organisation=org, data={"name": name, **data}
    )


@pytest.fixture
def event(db: Any) -> Event:
    return make_event()


@pytest.fixture
def organiser(db: Any) -> Any:
    return StaffFactory(department="events")


@pytest.fixture
def people(event: Event, member: Any, org: Any, cn_member: Any, cn_org: Any) -> dict[str, Any]:
    """Two confirmed participants of two organisations, and a third organisation."""
    third = OrganisationFactory(name="Third", country="FR")
    third_member = MembershipFactory(organisation=third).user
    return {
        "de": register(member, event, org, "Anna"),
        "cn": register(cn_member, event, cn_org, "Wang Wei"),
        "fr": register(third_member, event, third, "Claire"),
        "fr_member": third_member,
    }


@pytest.fixture(autouse=True)
def _fresh_suggestion_cache() -> Any:
    """Suggestion scores are cached by participant id, and ids repeat between tests."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()
