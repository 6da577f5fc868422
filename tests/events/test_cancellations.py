"""Calendars of meetings that no longer take place: an announced meeting cancelled, or dropped
by a repair, stays in the participant's calendar as STATUS:CANCELLED at its last announced
time (same UID, higher SEQUENCE), and as an iTIP METHOD:CANCEL file."""

from __future__ import annotations

from typing import Any

import pytest
from icalendar import Calendar

from techbridge.events import ical, services
from techbridge.events.models import Meeting, MeetingSlot
from techbridge.events.services import repair as repair_services
from tests.conftest import login
from tests.events.conftest import add_slots


@pytest.fixture
def announced(
    people: dict[str, Any], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> list[Meeting]:
    """Anna meets Wang Wei at 09:00 and Claire at 09:30, announced."""
    add_slots(event, organiser)
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    ms = []
    for i, other in enumerate(("cn", "fr")):
        m = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people[other])
        ms.append(services.meeting_place(actor=organiser, meeting=m, slot=slots[i], table=1))
    with django_capture_on_commit_callbacks(execute=True):
        services.schedule_announce(actor=organiser, event=event)
    return ms


def _events(body: bytes) -> dict[str, Any]:
    return {str(e["UID"]): e for e in Calendar.from_ical(body).walk("VEVENT")}


def _agenda_ics(member: Any, event: Any, people: dict[str, Any], suffix: str = ".ics") -> Any:
    response = login(member).get(f"/events/{event.slug}/agenda/{people['de'].pk}{suffix}")
    assert response.status_code == 200
    return Calendar.from_ical(response.content)


def test_a_cancelled_meeting_stays_in_the_calendar_as_cancelled(
    announced: list[Meeting], people: dict[str, Any], organiser: Any, member: Any, event: Any
) -> None:
    before = _events(_agenda_ics(member, event, people).to_ical())
    uid = ical.meeting_uid(announced[1])
    assert str(before[uid]["STATUS"]) == "CONFIRMED"
    services.meeting_cancel(actor=organiser, meeting=announced[1])
    after = _events(_agenda_ics(member, event, people).to_ical())
    gone = after[uid]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert int(gone["SEQUENCE"]) > int(before[uid]["SEQUENCE"])
    assert gone.decoded("DTSTART") == before[uid].decoded("DTSTART")  # its announced time
    assert str(after[ical.meeting_uid(announced[0])]["STATUS"]) == "CONFIRMED"
    cancel = _agenda_ics(member, event, people, "/cancelled.ics")
    assert str(cancel["METHOD"]) == "CANCEL"
    (only,) = cancel.walk("VEVENT")
    assert str(only["UID"]) == uid and str(only["STATUS"]) == "CANCELLED"
    page = login(member).get(f"/events/{event.slug}/agenda/{people['de'].pk}/")
    assert 'data-testid="withdrawn"' in page.text and "cancelled.ics" in page.text


def test_a_meeting_dropped_by_a_repair_is_cancelled_in_calendars(
    announced: list[Meeting],
    people: dict[str, Any],
    organiser: Any,
    member: Any,
    event: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    uid = ical.meeting_uid(announced[1])
    before = _events(_agenda_ics(member, event, people).to_ical())[uid]
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    # Anna can only come at 09:00, where she meets Wang Wei: the meeting with Claire must go
    services.participant_set_availability(
        actor=organiser, participant=people["de"], windows=[(slots[0].starts_at, slots[0].ends_at)]
    )
    with django_capture_on_commit_callbacks(execute=True):
        run = repair_services.repair_start(actor=organiser, event=event, max_moves=0, time_limit=3)
    run.refresh_from_db()
    assert [c["kind"] for c in run.proposal["changes"]] == ["dropped"]
    with django_capture_on_commit_callbacks(execute=True):
        repair_services.repair_announce(actor=organiser, run=run)
    gone = _events(_agenda_ics(member, event, people).to_ical())[uid]
    assert str(gone["STATUS"]) == "CANCELLED"
    assert int(gone["SEQUENCE"]) > int(before["SEQUENCE"])
    assert gone.decoded("DTSTART") == before.decoded("DTSTART")
    # the feed (no session) says the same
    feed = login(member).get(f"/events/feed/{people['de'].feed_token}.ics")
    assert str(_events(feed.content)[uid]["STATUS"]) == "CANCELLED"


def test_nothing_withdrawn_means_no_cancelled_entries(
    announced: list[Meeting], people: dict[str, Any], member: Any, event: Any
) -> None:
    cal = _agenda_ics(member, event, people)
    assert {str(e["STATUS"]) for e in cal.walk("VEVENT")} == {"CONFIRMED"}
    assert _agenda_ics(member, event, people, "/cancelled.ics").walk("VEVENT") == []


def test_other_organisations_cannot_read_the_cancellations(
    announced: list[Meeting], people: dict[str, Any], organiser: Any, event: Any
) -> None:
    services.meeting_cancel(actor=organiser, meeting=announced[1])
    url = f"/events/{event.slug}/agenda/{people['de'].pk}/cancelled.ics"
    assert login(people["fr_member"]).get(url).status_code == 404
