from __future__ import annotations

from typing import Any

from django.utils import timezone

from techbridge.events import demo
from techbridge.events.models import Event, Meeting, ScheduleRun, ScheduleVersion
from tests.factories import ChineseOrganisationFactory, OrganisationFactory, StaffFactory


def test_demo_load_is_idempotent(db: Any, monkeypatch: Any) -> None:
    for name, value in (
        ("CONVENTION_PEOPLE", 16),
        ("CONVENTION_MEETINGS", 20),
        ("MATCHMAKING_PEOPLE", 8),
        ("MATCHMAKING_MEETINGS", 6),
    ):
        monkeypatch.setattr(demo, name, value)
    StaffFactory(email=demo.STAFF_EMAIL, department="management")
    for _ in range(3):
        OrganisationFactory()
        ChineseOrganisationFactory()
    now = timezone.now()
    first = demo.load(now=now)
    assert first["convention_participants"] == 16
    assert first["convention_accepted_requests"] == 20
    assert first["convention_scheduled"] == 20
    # the matchmaking agenda is announced and a repair after a late change waits
    assert "matchmaking_repair_changes" in first
    assert ScheduleVersion.objects.filter(number=1).count() == 1
    assert ScheduleRun.objects.filter(kind="repair", status="proposed").count() == 1
    meetings = Meeting.objects.count()
    second = demo.load(now=now)
    assert "convention_participants" not in second
    assert Meeting.objects.count() == meetings and Event.objects.count() == 3
