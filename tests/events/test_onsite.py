from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from django.test import Client
from icalendar import Calendar

from techbridge.core.errors import Conflict, PermissionDenied
from techbridge.events import pdf, selectors, services
from techbridge.events.models import MeetingSlot
from tests.conftest import login
from tests.events.conftest import add_slots

HOUR = timedelta(hours=1)


@pytest.fixture
def scheduled(people: dict[str, Any], organiser: Any, event: Any) -> Any:
    add_slots(event, organiser)
    m = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    slot = MeetingSlot.objects.filter(event=event).order_by("starts_at").first()
    return services.meeting_place(actor=organiser, meeting=m, slot=slot, table=2)


def _vevents(client: Client, url: str) -> list[Any]:
    return [c for c in Calendar.from_ical(client.get(url).content).walk("VEVENT")]


def test_ics_uid_stable_and_sequence_grows(
    scheduled: Any, people: dict[str, Any], member: Any, organiser: Any, event: Any
) -> None:
    de = login(member)
    url = f"/events/{event.slug}/agenda/{people['de'].id}.ics"
    (before,) = _vevents(de, url)
    later = MeetingSlot.objects.filter(event=event).order_by("starts_at").last()
    services.meeting_place(actor=organiser, meeting=scheduled, slot=later, table=1)
    (after,) = _vevents(de, url)
    assert str(before["UID"]) == str(after["UID"])
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after.decoded("DTSTART") == later.starts_at
    assert isinstance(after.decoded("DTSTART"), datetime)
    feed = Client().get(f"/events/feed/{people['de'].feed_token}.ics")
    assert feed.status_code == 200 and str(after["UID"]).encode() in feed.content.replace(
        b"\r\n ", b""
    )
    assert Client().get("/events/feed/not-a-token.ics").status_code == 404


def test_pdf_without_cjk_font_falls_back(
    monkeypatch: Any, scheduled: Any, people: dict[str, Any], member: Any
) -> None:
    monkeypatch.setattr(pdf, "font_paths", lambda: (None, None))
    items = selectors.agenda_for(actor=member, participant=people["de"])
    body = pdf.agenda_pdf(people["de"], items)
    assert body.startswith(b"%PDF")
    doc = pdf.Document()
    assert doc.text_of("王伟", "Wang Wei") == "Wang Wei"
    assert doc.text_of("王伟") == "[…]".encode("latin-1", "replace").decode("latin-1")


def test_attendance_no_show_and_feedback(
    scheduled: Any, people: dict[str, Any], member: Any, cn_member: Any, organiser: Any, event: Any
) -> None:
    with pytest.raises(Conflict):  # not begun yet: nothing to mark
        services.meeting_mark_attendance(
            actor=member, meeting=scheduled, attendance="held", now=scheduled.slot.starts_at - HOUR
        )
    m = services.meeting_mark_attendance(
        actor=member, meeting=scheduled, attendance="no_show", now=scheduled.slot.starts_at + HOUR
    )
    assert m.no_show_participant_id == people["cn"].id
    assert selectors.no_show_counts(event) == {people["cn"].id: 1}
    with pytest.raises(PermissionDenied):
        services.feedback_give(
            actor=member, meeting=m, participant=people["cn"], rating=5, outcome="intention"
        )
    services.feedback_give(
        actor=cn_member, meeting=m, participant=people["cn"], rating=4, outcome="intention"
    )
    report = selectors.event_report(actor=organiser, event=event)
    assert report["no_shows"] == 1 and report["intentions"] == 1 and report["scheduled"] == 1
    assert report["by_country"][0][1] >= 1 and report["by_province"] == [("JS", 1)]


def test_checkin_and_badge(people: dict[str, Any], organiser: Any, member: Any, event: Any) -> None:
    p = services.checkin(actor=organiser, participant=people["de"])
    assert p.checked_in_at is not None
    with pytest.raises(PermissionDenied):
        services.checkin(actor=member, participant=people["de"])
    badge = login(member).get(f"/events/{event.slug}/badge/{people['de'].id}.pdf")
    assert badge.status_code == 200 and badge.content.startswith(b"%PDF")
