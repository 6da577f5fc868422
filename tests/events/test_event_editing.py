"""Organisers' pages to create and edit events and their programme."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from techbridge.core.errors import PermissionDenied
from techbridge.events import services
from techbridge.events.forms import EventForm
from techbridge.events.models import Event, ProgrammeSession
from tests.conftest import login
from tests.events.conftest import add_slots
from tests.factories import StaffFactory

VALID = {
    "slug": "seminar-2030",
    "type": "seminar",
    "title_en": "Patent seminar",
    "title_zh": "",
    "venue": "Room 3",
    "city": "Berlin",
    "time_zone": "Europe/Berlin",
    "starts_at": "2030-03-10T09:00",
    "ends_at": "2030-03-10T17:00",
    "capacity": "40",
    "registration_opens_at": "2030-01-01T00:00",
    "registration_closes_at": "2030-03-09T18:00",
    "visibility": "public",
    "slot_minutes": "20",
    "tables": "10",
    "interpreter_tables": "2",
    "request_expiry_hours": "72",
    "max_pending_requests": "20",
    "max_meetings": "16",
    "schedule_time_limit": "30",
}


@pytest.mark.parametrize(
    ("change", "field", "fragment"),
    [
        ({"time_zone": "Mars/Olympus"}, "time_zone", "IANA"),
        ({"ends_at": "2030-03-10T08:00"}, "ends_at", "end after it starts"),
        ({"registration_closes_at": "2030-03-11T09:00"}, "registration_closes_at", "start"),
        ({"registration_opens_at": "2030-03-09T19:00"}, "registration_closes_at", "after it opens"),
        ({"capacity": "-1"}, "capacity", "greater than or equal to 0"),
        ({"interpreter_tables": "11"}, "interpreter_tables", "more interpreter tables"),
        ({"title_en": "  "}, "title_en", "title"),
        ({"slug": "new"}, "slug", "reserved"),
        ({"slot_minutes": "2"}, "slot_minutes", "greater than or equal to 5"),
    ],
)
def test_event_form_validation(db: Any, change: dict[str, str], field: str, fragment: str) -> None:
    form = EventForm(data=VALID | change)
    assert not form.is_valid()
    assert fragment in " ".join(form.errors.get(field, [])), form.errors


def test_times_are_read_in_the_event_zone(db: Any) -> None:
    form = EventForm(data=VALID)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["starts_at"].isoformat() == "2030-03-10T09:00:00+01:00"


def test_create_and_edit_pages(db: Any, client_member: Client) -> None:
    organiser = login(StaffFactory(department="events"))
    assert 'data-testid="new-event"' in organiser.get("/events/").text
    assert organiser.get("/events/new/").status_code == 200
    bad = organiser.post("/events/new/", VALID | {"time_zone": "Berlin"})
    assert bad.status_code == 200 and "IANA" in bad.text and not Event.objects.exists()
    r = organiser.post("/events/new/", VALID)
    assert r.status_code == 302 and r["Location"] == "/events/seminar-2030/manage/edit/"
    event = Event.objects.get()
    assert event.title_en == "Patent seminar" and event.capacity == 40
    assert event.starts_at.astimezone(event.tz).hour == 9
    page = organiser.get("/events/seminar-2030/manage/edit/")
    assert page.status_code == 200 and 'value="2030-03-10T09:00"' in page.text
    r = organiser.post(
        "/events/seminar-2030/manage/edit/",
        VALID | {"slug": "renamed", "title_zh": "专利研讨会", "requires_approval": "on"},
    )
    assert r.status_code == 302
    event.refresh_from_db()
    assert event.slug == "seminar-2030" and event.title_zh == "专利研讨会"
    assert event.requires_approval
    # members, and staff of other departments, may not
    assert client_member.get("/events/new/").status_code == 403
    scientific = login(StaffFactory(department="scientific"))
    assert scientific.get("/events/seminar-2030/manage/edit/").status_code == 403
    assert scientific.post("/events/new/", VALID | {"slug": "x"}).status_code == 403


def test_programme_sessions(event: Any) -> None:
    organiser = login(StaffFactory(department="management"))
    base = f"/events/{event.slug}/manage/programme/"
    talk = {
        "kind": "talk",
        "title_en": "Opening",
        "speakers": "Dr. Li",
        "room": "Hall A",
        "starts_at": "2030-06-10T09:30",
        "ends_at": "2030-06-10T10:00",
    }
    late = organiser.post(
        base + "new/", talk | {"starts_at": "2030-06-12T09:00", "ends_at": "2030-06-12T10:00"}
    )
    assert late.status_code == 200 and "within the event" in late.text
    backwards = organiser.post(base + "new/", talk | {"ends_at": "2030-06-10T09:00"})
    assert "end after it starts" in backwards.text
    assert organiser.post(base + "new/", talk).status_code == 302
    session = ProgrammeSession.objects.get()
    assert session.starts_at.astimezone(event.tz).strftime("%H:%M") == "09:30"
    assert organiser.post(f"{base}{session.id}/", talk | {"room": "Hall B"}).status_code == 302
    session.refresh_from_db()
    assert session.room == "Hall B"
    detail = Client().get(f"/events/{event.slug}/")
    assert "Opening" in detail.text and "Dr. Li" in detail.text
    assert organiser.post(f"{base}{session.id}/delete/").status_code == 302
    assert not ProgrammeSession.objects.exists()


def test_edit_keeps_slots_and_seats_inside(
    event: Any, organiser: Any, member: Any, org: Any
) -> None:
    add_slots(event, organiser)
    services.participant_register(actor=member, event=event, organisation=org, data={"name": "A"})
    data = VALID | {
        "slug": event.slug,
        "time_zone": "Asia/Shanghai",
        "starts_at": "2030-06-11T09:00",
        "ends_at": "2030-06-11T18:00",
        "registration_opens_at": "",
        "registration_closes_at": "",
        "capacity": "0",
        "b2b_enabled": "on",
    }
    form = EventForm(data=data, instance=Event.objects.get(pk=event.pk))
    assert not form.is_valid()
    text = str(form.errors)
    assert "Meeting slots exist outside" in text and "1 people already hold a seat" in text


def test_services_check_the_department(event: Any, staff: Any) -> None:
    with pytest.raises(PermissionDenied):
        services.event_update(actor=staff, event=event, data={"venue": "x"})
    organiser = StaffFactory(department="events")
    services.event_update(actor=organiser, event=event, data={"venue": "Hall 9"})
    event.refresh_from_db()
    assert event.venue == "Hall 9"
