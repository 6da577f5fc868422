from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from techbridge.events import services
from techbridge.events.models import MeetingSlot
from tests.conftest import login
from tests.events.conftest import add_slots
from tests.factories import ProfileFactory


def test_public_pages(event: Any, client: Client) -> None:
    assert client.get("/events/").status_code == 200
    page = client.get(f"/events/{event.slug}/")
    assert page.status_code == 200 and "Technology Transfer Convention" in page.text
    assert client.get(f"/events/{event.slug}/participants/").status_code == 302  # login


def test_register_page_with_bad_availability(event: Any, client_member: Client) -> None:
    url = f"/events/{event.slug}/register/"
    assert client_member.get(url).status_code == 200
    bad = client_member.post(url, {"name": "Anna", "availability": "next tuesday"})
    assert bad.status_code == 200 and "Line 1" in bad.text
    ok = client_member.post(url, {"name": "Anna", "availability": "2030-06-10 09:00-12:00"})
    assert ok.status_code == 302


def test_directory_request_accept_agenda_ics(
    people: dict[str, Any],
    member: Any,
    cn_member: Any,
    organiser: Any,
    event: Any,
    django_assert_max_num_queries: Any,
) -> None:
    de, cn = login(member), login(cn_member)
    with django_assert_max_num_queries(25):
        page = de.get(f"/events/{event.slug}/participants/")
    assert page.status_code == 200 and "Wang Wei" in page.text
    r = de.post(
        f"/events/{event.slug}/participants/{people['cn'].id}/request/",
        {"requester": people["de"].id, "message": "Let us meet"},
    )
    assert r.status_code == 302
    page = cn.get(f"/events/{event.slug}/meetings/")
    assert "Let us meet" in page.text
    rid = people["cn"].requests_received.get().id
    assert cn.post(f"/events/{event.slug}/requests/{rid}/accept/").status_code == 302
    add_slots(event, organiser)
    meeting = (
        people["de"].meetings_as_a.get()
        if people["de"].id < people["cn"].id
        else people["cn"].meetings_as_a.get()
    )
    services.meeting_place(
        actor=organiser,
        meeting=meeting,
        slot=MeetingSlot.objects.filter(event=event).first(),
        table=2,
    )
    agenda = de.get(f"/events/{event.slug}/agenda/{people['de'].id}/")
    assert agenda.status_code == 200 and "Wang Wei" in agenda.text
    ics = de.get(f"/events/{event.slug}/agenda/{people['de'].id}.ics")
    assert ics["Content-Type"].startswith("text/calendar")
    assert f"meeting-{meeting.uid}@" in ics.text.replace("\r\n ", "")
    assert de.get(f"/events/{event.slug}/agenda/{people['de'].id}.pdf").content.startswith(b"%PDF")
    # another organisation cannot open Anna's agenda
    assert cn.get(f"/events/{event.slug}/agenda/{people['de'].id}/").status_code == 404


def test_blind_profile_not_tied_to_participant(
    people: dict[str, Any], member: Any, org: Any, cn_member: Any, event: Any
) -> None:
    blind = ProfileFactory(organisation=org, visibility="blind", title="Secret sauce process")
    public = ProfileFactory(organisation=org, title="Open battery process")
    people["de"].profiles.set([blind, public])
    page = login(cn_member).get(f"/events/{event.slug}/participants/")
    assert "Open battery process" in page.text
    assert "Secret sauce process" not in page.text
    own = login(member).get(f"/events/{event.slug}/participants/")
    assert "Secret sauce process" in own.text


@pytest.mark.parametrize("path", ["", "tables/", "report/", "badges.pdf"])
def test_manage_pages_staff_only(
    people: dict[str, Any], event: Any, organiser: Any, client_member: Client, path: str
) -> None:
    url = f"/events/{event.slug}/manage/{path}"
    assert login(organiser).get(url).status_code == 200
    assert client_member.get(url).status_code == 403


def test_scheduler_from_staff_page(
    people: dict[str, Any], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> None:
    services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    staff = login(organiser)
    r = staff.post(
        f"/events/{event.slug}/manage/slots/",
        {"day": "2030-06-10", "start": "09:00", "end": "10:00", "session": "d1-am"},
    )
    assert r.status_code == 302 and MeetingSlot.objects.count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        staff.post(f"/events/{event.slug}/manage/schedule/", {"time_limit": 5})
    r = staff.get(f"/events/{event.slug}/manage/")
    assert "1 of 1 meetings scheduled" in r.text
    checkin = staff.post(f"/events/checkin/{people['cn'].checkin_code}/")
    assert checkin.status_code == 200 and 'data-testid="checked-in"' in checkin.text


def test_manage_page_counts_sessions_in_each_language(organiser: Any, event: Any) -> None:
    from datetime import time

    from tests.events.conftest import DAY

    url = f"/events/{event.slug}/manage/"
    staff = login(organiser)
    add_slots(event, organiser)  # 09:00-11:00, one session
    assert "4 slots in 1 session ·" in staff.get(url).text
    services.slots_generate(
        actor=organiser, event=event, day=DAY, start=time(14), end=time(15), session="d1-pm"
    )
    assert "6 slots in 2 sessions ·" in staff.get(url).text
    staff.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    assert "2 个环节共 6 个时段" in staff.get(url).text
