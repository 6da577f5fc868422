"""Interpreters and rooms through the organisers' pages and the API (the same forms and
services), who may reach them, and how an agenda, its calendar and its PDF show the room
and the interpreter."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from icalendar import Calendar

from techbridge.events import services
from techbridge.events.models import Interpreter, Meeting, MeetingSlot, Room
from tests.conftest import login
from tests.events.conftest import add_slots


def _json(client: Any, method: str, url: str, data: dict[str, Any]) -> Any:
    return getattr(client, method)(url, json.dumps(data), content_type="application/json")


@pytest.fixture
def slots(event: Any, organiser: Any) -> list[MeetingSlot]:
    add_slots(event, organiser)
    return list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))


def test_organiser_adds_edits_and_deletes_through_the_pages(
    event: Any, organiser: Any, slots: list[MeetingSlot]
) -> None:
    client = login(organiser)
    base = f"/events/{event.slug}/manage"
    assert client.get(f"{base}/resources/").status_code == 200
    answer = client.post(
        f"{base}/interpreters/new/",
        {"name": "Li Na", "languages": ["zh", "de"], "unavailable_slots": [slots[0].pk]},
    )
    assert answer.status_code == 302
    li = Interpreter.objects.get()
    assert li.languages == ["zh", "de"] and [s.pk for s in li.unavailable_slots.all()] == [
        slots[0].pk
    ]
    answer = client.post(
        f"{base}/interpreters/{li.pk}/", {"name": "Li Na", "languages": ["zh", "en"]}
    )
    assert answer.status_code == 302
    li.refresh_from_db()
    assert li.languages == ["zh", "en"] and not li.unavailable_slots.exists()
    assert (
        client.post(
            f"{base}/rooms/new/", {"name": "Hall A", "first_table": 1, "last_table": 2}
        ).status_code
        == 302
    )
    page = client.get(f"{base}/resources/").content.decode()
    assert "Li Na" in page and "Hall A" in page
    room = Room.objects.get()
    assert client.post(f"{base}/rooms/{room.pk}/delete/").status_code == 302
    assert client.post(f"{base}/interpreters/{li.pk}/delete/").status_code == 302
    assert not Room.objects.exists() and not Interpreter.objects.exists()


def test_bad_input_on_the_pages_shows_form_errors(
    event: Any, organiser: Any, slots: list[MeetingSlot]
) -> None:
    client = login(organiser)
    base = f"/events/{event.slug}/manage"
    Room.objects.create(event=event, name="A", first_table=1, last_table=2)
    for url, data in [
        ("interpreters/new/", {"name": "X", "languages": ["zh", "xx"]}),
        ("interpreters/new/", {"name": "X", "languages": ["zh"]}),
        ("interpreters/new/", {"name": "X", "languages": ["zh", "en"],
                               "unavailable_slots": [s.pk for s in slots]}),
        ("rooms/new/", {"name": "B", "first_table": 2, "last_table": 3}),
        ("rooms/new/", {"name": "B", "first_table": 3, "last_table": 99}),
        ("rooms/new/", {"name": "B", "first_table": "x", "last_table": 3}),
    ]:  # fmt: skip
        answer = client.post(f"{base}/{url}", data)
        assert answer.status_code == 200 and b'role="alert"' in answer.content, data
    assert not Interpreter.objects.exists() and Room.objects.count() == 1


def test_the_api_creates_lists_updates_and_deletes(
    event: Any, organiser: Any, slots: list[MeetingSlot]
) -> None:
    client = login(organiser)
    base = f"/api/v1/events/{event.slug}"
    made = _json(client, "post", f"{base}/interpreters",
                 {"name": "Li Na", "languages": ["zh", "de"], "unavailable_slots": [slots[1].pk]})  # fmt: skip
    assert made.status_code == 201, made.content
    iid = made.json()["id"]
    assert made.json()["unavailable_slots"] == [slots[1].pk]
    changed = _json(
        client, "put", f"{base}/interpreters/{iid}", {"name": "Li", "languages": ["zh", "en"]}
    )
    assert changed.status_code == 200 and changed.json()["languages"] == ["zh", "en"]
    room = _json(
        client, "post", f"{base}/rooms", {"name": "Hall A", "first_table": 1, "last_table": 2}
    )
    assert room.status_code == 201, room.content
    assert [r["name"] for r in client.get(f"{base}/rooms").json()] == ["Hall A"]
    assert [i["name"] for i in client.get(f"{base}/interpreters").json()] == ["Li"]
    assert client.delete(f"{base}/rooms/{room.json()['id']}").status_code == 204
    assert client.delete(f"{base}/interpreters/{iid}").status_code == 204
    assert client.delete(f"{base}/interpreters/{iid}").status_code == 404


@pytest.mark.parametrize(
    ("path", "data", "field"),
    [
        ("interpreters", {"name": "X", "languages": ["zh", "klingon"]}, "languages"),
        ("interpreters", {"name": "X", "languages": ["zh"]}, "languages"),
        ("interpreters", {"name": "X", "languages": ["zh", "en"], "unavailable_slots": [999999]},
         "unavailable_slots"),
        ("interpreters", {"name": " ", "languages": ["zh", "en"]}, "name"),
        ("rooms", {"name": "B", "first_table": 2, "last_table": 3}, "first_table"),
        ("rooms", {"name": "B", "first_table": 4, "last_table": 3}, "last_table"),
        ("rooms", {"name": "B", "first_table": 0, "last_table": 3}, "first_table"),
    ],
)  # fmt: skip
def test_the_api_refuses_bad_input_with_fields(
    event: Any, organiser: Any, slots: list[MeetingSlot], path: str, data: Any, field: str
) -> None:
    Room.objects.create(event=event, name="A", first_table=1, last_table=2)
    answer = _json(login(organiser), "post", f"/api/v1/events/{event.slug}/{path}", data)
    assert answer.status_code == 422, answer.content
    assert field in answer.json()["fields"] and answer.json()["message"]
    assert not Interpreter.objects.exists() and Room.objects.count() == 1


def test_the_api_refuses_an_interpreter_unavailable_everywhere(
    event: Any, organiser: Any, slots: list[MeetingSlot]
) -> None:
    data = {"name": "X", "languages": ["zh", "en"], "unavailable_slots": [s.pk for s in slots]}
    answer = _json(login(organiser), "post", f"/api/v1/events/{event.slug}/interpreters", data)
    assert answer.status_code == 422 and "unavailable_slots" in answer.json()["fields"]


def test_the_openapi_lists_the_languages(client: Client) -> None:
    spec = client.get("/api/v1/openapi.json").json()
    schema = spec["components"]["schemas"]["InterpreterIn"]
    assert {"zh", "en", "de"} <= set(schema["properties"]["languages"]["items"]["enum"])


def test_only_organisers_reach_the_resources(
    event: Any, organiser: Any, slots: list[MeetingSlot], people: dict[str, Any], member: Any
) -> None:
    li = Interpreter.objects.create(event=event, name="Li", languages=["zh", "en"])
    room = Room.objects.create(event=event, name="A", first_table=1, last_table=2)
    outsider, anonymous = login(people["fr_member"]), Client()
    base, api = f"/events/{event.slug}/manage", f"/api/v1/events/{event.slug}"
    for client in (outsider, login(member)):
        for url in (f"{base}/resources/", f"{base}/interpreters/{li.pk}/", f"{base}/rooms/new/"):
            assert client.get(url).status_code in (403, 404), url
        assert client.post(f"{base}/interpreters/{li.pk}/delete/").status_code in (403, 404)
        assert client.get(f"{api}/interpreters").status_code in (403, 404)
        assert client.get(f"{api}/rooms").status_code in (403, 404)
        assert client.delete(f"{api}/rooms/{room.pk}").status_code in (403, 404)
        made = _json(
            client, "post", f"{api}/interpreters", {"name": "X", "languages": ["zh", "en"]}
        )
        assert made.status_code in (403, 404)
    assert anonymous.get(f"{base}/resources/").status_code == 302  # to the login page
    assert anonymous.get(f"{api}/interpreters").status_code in (401, 403, 404)
    assert anonymous.post(f"{base}/rooms/{room.pk}/delete/").status_code == 302
    assert _json(
        anonymous, "post", f"{api}/rooms", {"name": "B", "first_table": 3, "last_table": 3}
    ).status_code in (401, 403)
    assert Interpreter.objects.count() == 1 and Room.objects.count() == 1


def test_the_agenda_calendar_and_pdf_show_room_and_interpreter(
    event: Any, organiser: Any, slots: list[MeetingSlot], people: dict[str, Any], member: Any
) -> None:
    li = Interpreter.objects.create(event=event, name="Li Na", languages=["zh", "de"])
    Room.objects.create(event=event, name="Hall A", first_table=1, last_table=2)
    m = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    services.meeting_place(actor=organiser, meeting=m, slot=slots[0], table=2)
    Meeting.objects.filter(pk=m.pk).update(interpreter=li)
    client = login(member)
    url = f"/events/{event.slug}/agenda/{people['de'].pk}"
    page = client.get(f"{url}/").content.decode()
    assert 'data-testid="agenda-room">Hall A' in page and "Li Na" in page
    cal = Calendar.from_ical(client.get(f"{url}.ics").content)
    vevent = next(c for c in cal.walk("VEVENT"))
    assert str(vevent["LOCATION"]).startswith("Hall A")
    assert "Li Na" in str(vevent["DESCRIPTION"])
    assert client.get(f"{url}.pdf").status_code == 200
    item = client.get(f"/api/v1/events/{event.slug}/agenda/{people['de'].pk}").json()[0]
    assert (item["room"], item["interpreter_name"], item["table"]) == ("Hall A", "Li Na", 2)


def test_the_table_plan_names_the_interpreters(
    event: Any, organiser: Any, slots: list[MeetingSlot], people: dict[str, Any]
) -> None:
    li = Interpreter.objects.create(event=event, name="Li Na", languages=["zh", "de"])
    m = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    services.meeting_place(actor=organiser, meeting=m, slot=slots[0], table=1)
    Meeting.objects.filter(pk=m.pk).update(interpreter=li)
    client = login(organiser)
    assert "Li Na" in client.get(f"/events/{event.slug}/manage/tables/").content.decode()
    pdf = client.get(f"/events/{event.slug}/manage/tables/?format=pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
