"""The repair through the API: the same form and services as the staff page."""

from __future__ import annotations

import json
from typing import Any

import pytest

from techbridge.events import services
from techbridge.events.models import Meeting, MeetingSlot, ScheduleVersion
from tests.conftest import login
from tests.events.conftest import add_slots


def _post(client: Any, url: str, data: dict[str, Any] | None = None) -> Any:
    return client.post(url, json.dumps(data or {}), content_type="application/json")


@pytest.fixture
def announced(
    people: dict[str, Any], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> list[Meeting]:
    add_slots(event, organiser)
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    ms = []
    for i, (x, y) in enumerate([("de", "cn"), ("de", "fr"), ("cn", "fr")]):
        m = services.meeting_add(actor=organiser, event=event, a=people[x], b=people[y])
        ms.append(services.meeting_place(actor=organiser, meeting=m, slot=slots[i], table=1))
    with django_capture_on_commit_callbacks(execute=True):
        services.schedule_announce(actor=organiser, event=event)
    # Anna arrives late: her 09:00 meeting is hit
    services.participant_set_availability(
        actor=organiser, participant=people["de"], windows=[(slots[1].starts_at, slots[3].ends_at)]
    )
    return ms


def test_organiser_repairs_reads_and_announces_through_the_api(
    announced: list[Meeting], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> None:
    client = login(organiser)
    base = f"/api/v1/events/{event.slug}/repairs"
    with django_capture_on_commit_callbacks(execute=True):
        created = _post(client, base, {"max_moves": 0, "time_limit": 3})
    assert created.status_code == 201, created.content
    run = created.json()
    read = client.get(f"{base}/{run['id']}").json()
    assert read["status"] == "proposed" and read["stats"]["hit"] == 1
    assert [c["kind"] for c in read["changes"]] == ["moved"]
    with django_capture_on_commit_callbacks(execute=True):
        done = _post(client, f"{base}/{run['id']}/announce")
    assert done.status_code == 200 and done.json()["status"] == "applied"
    assert done.json()["version"] == 2 and ScheduleVersion.objects.filter(event=event).count() == 2
    assert _post(client, f"{base}/{run['id']}/announce").status_code == 409  # decided already


def test_bad_input_is_refused_by_the_form(
    announced: list[Meeting], organiser: Any, event: Any
) -> None:
    client = login(organiser)
    base = f"/api/v1/events/{event.slug}/repairs"
    for body in ({"max_moves": -1}, {"max_moves": 10**9}, {"max_moves": 1, "time_limit": 0}):
        answer = _post(client, base, body)
        assert answer.status_code == 422, body
    assert _post(client, base, {"max_moves": "many"}).status_code == 422
    assert _post(client, f"{base}/1/explode").status_code == 404


def test_members_cannot_repair(announced: list[Meeting], member: Any, event: Any) -> None:
    answer = _post(login(member), f"/api/v1/events/{event.slug}/repairs", {"max_moves": 0})
    assert answer.status_code in (403, 404)
