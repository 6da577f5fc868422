"""Editing a participant's availability after registering: page, API, form errors, and
what happens to meetings scheduled in slots that are no longer available."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client

from techbridge.core.errors import Conflict, PermissionDenied
from techbridge.events import services
from techbridge.events.forms import RegistrationForm, availability_formset
from techbridge.events.models import AvailabilityWindow, Meeting, MeetingSeat, MeetingSlot
from techbridge.notifications.models import Notification
from tests.conftest import login
from tests.events.conftest import add_slots


def _rows(*rows: tuple[str, str, str]) -> dict[str, str]:
    data = {
        "windows-TOTAL_FORMS": str(len(rows)),
        "windows-INITIAL_FORMS": "0",
        "windows-MIN_NUM_FORMS": "0",
        "windows-MAX_NUM_FORMS": "1000",
    }
    for i, (day, start, end) in enumerate(rows):
        data |= {f"windows-{i}-day": day, f"windows-{i}-start": start, f"windows-{i}-end": end}
    return data


def _errors(formset: Any) -> str:
    return " ".join(str(e) for e in [*formset.errors, *formset.non_form_errors()])


@pytest.mark.parametrize(
    ("rows", "fragment"),
    [
        ((("2030-06-10", "12:00", "09:00"),), "end time is not after"),
        ((("2031-01-01", "09:00", "10:00"),), "outside the event"),
        ((("2030-06-10", "09:00", "12:00"), ("2030-06-10", "11:00", "13:00")), "overlap"),
        ((("", "09:00", "12:00"),), "Choose a day"),
        ((("2030-06-10", "09:00", ""),), "both times"),
        ((("2030-06-10", "9 o'clock", "12:00"),), "valid time"),
    ],
)
def test_bad_windows_give_form_errors(event: Any, rows: Any, fragment: str) -> None:
    formset = availability_formset(_rows(*rows), event)
    assert not formset.is_valid()
    assert fragment in _errors(formset)


def test_windows_in_event_zone_whole_days_and_empty_rows(event: Any) -> None:
    formset = availability_formset(
        _rows(("2030-06-10", "09:00", "10:30"), ("", "", ""), ("2030-06-11", "", "")), event
    )
    assert formset.is_valid(), _errors(formset)
    (s1, e1), (s2, e2) = formset.windows
    assert s1.isoformat() == "2030-06-10T09:00:00+08:00" and (e1 - s1).seconds == 5400
    assert (e2 - s2).days == 1


def test_registration_text_refuses_overlapping_lines(event: Any) -> None:
    text = "2030-06-10 09:00-12:00\n2030-06-10 11:00-13:00"
    form = RegistrationForm(data={"name": "Anna", "availability": text}, event=event)
    assert not form.is_valid()
    assert "Lines 1 and 2 overlap" in " ".join(form.errors["availability"])


def test_page_saves_and_bad_input_saves_nothing(
    people: dict[str, Any], member: Any, event: Any
) -> None:
    p = people["de"]
    client = login(member)
    url = f"/events/{event.slug}/registrations/{p.id}/availability/"
    page = client.get(url)
    assert page.status_code == 200 and 'data-testid="availability-form"' in page.text
    ok = client.post(url, _rows(("2030-06-10", "09:00", "12:00")))
    assert ok.status_code == 302
    assert AvailabilityWindow.objects.filter(participant=p).count() == 1
    bad = client.post(
        url, _rows(("2030-06-10", "09:00", "12:00"), ("2030-06-11", "14:00", "13:00"))
    )
    assert bad.status_code == 200 and "not after the start time" in bad.text
    # the valid first row was not saved on its own
    (w,) = AvailabilityWindow.objects.filter(participant=p)
    assert (w.ends_at - w.starts_at).seconds == 3 * 3600
    assert "12:00" in client.get(url).text  # the stored window is shown for editing
    # another organisation cannot open it
    assert login(people["fr_member"]).get(url).status_code == 404


def _scheduled_meeting(people: dict[str, Any], organiser: Any, event: Any) -> Meeting:
    add_slots(event, organiser)  # 09:00-11:00, four slots of 30 minutes
    meeting = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    slot = MeetingSlot.objects.filter(event=event).order_by("starts_at").last()  # 10:30
    return services.meeting_place(actor=organiser, meeting=meeting, slot=slot, table=2)


def test_unannounced_meeting_loses_its_slot_and_organiser_hears(
    people: dict[str, Any],
    member: Any,
    organiser: Any,
    event: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    meeting = _scheduled_meeting(people, organiser, event)
    services.schedule_run_start(actor=organiser, event=event, time_limit=1)  # the organiser
    formset = availability_formset(_rows(("2030-06-10", "09:00", "10:00")), event)
    assert formset.is_valid()
    with django_capture_on_commit_callbacks(execute=True):
        lost = services.participant_set_availability(
            actor=member, participant=people["de"], windows=formset.windows
        )
    assert [m.pk for m in lost] == [meeting.pk]
    meeting.refresh_from_db()
    assert meeting.slot is None and meeting.table is None and meeting.sequence == 1
    assert not MeetingSeat.objects.filter(meeting=meeting).exists()
    note = Notification.objects.get(user=organiser)
    assert "lost its slot" in note.title and "Wang Wei" in note.body
    manage = login(organiser).get(f"/events/{event.slug}/manage/")
    assert 'data-testid="lost-slot"' in manage.text


def test_announced_meeting_refuses_the_change(
    people: dict[str, Any], member: Any, organiser: Any, event: Any
) -> None:
    meeting = _scheduled_meeting(people, organiser, event)
    services.schedule_announce(actor=organiser, event=event)
    formset = availability_formset(_rows(("2030-06-10", "09:00", "10:00")), event)
    assert formset.is_valid()
    with pytest.raises(Conflict, match="announced meetings"):
        services.participant_set_availability(
            actor=member, participant=people["de"], windows=formset.windows
        )
    assert not AvailabilityWindow.objects.filter(participant=people["de"]).exists()
    meeting.refresh_from_db()
    assert meeting.slot is not None
    # the page says so and keeps the form
    url = f"/events/{event.slug}/registrations/{people['de'].id}/availability/"
    page = login(member).post(url, _rows(("2030-06-10", "09:00", "10:00")))
    assert page.status_code == 409 and "Wang Wei at 2030-06-10 10:30, table 2" in page.text
    # a window that still covers the meeting is fine
    keep = availability_formset(_rows(("2030-06-10", "10:00", "11:00")), event)
    assert keep.is_valid()
    assert (
        services.participant_set_availability(
            actor=member, participant=people["de"], windows=keep.windows
        )
        == []
    )


def test_only_own_participants(people: dict[str, Any], event: Any) -> None:
    with pytest.raises(PermissionDenied):
        services.participant_set_availability(
            actor=people["fr_member"], participant=people["de"], windows=[]
        )


def test_api_get_and_put(people: dict[str, Any], client_member: Client, event: Any) -> None:
    url = f"/api/v1/events/{event.slug}/registrations/{people['de'].id}/availability"

    def put(windows: list[dict[str, str]]) -> Any:
        body = json.dumps({"windows": windows})
        return client_member.put(url, body, content_type="application/json")

    bad = put(
        [
            {"day": "2030-06-10", "start": "09:00", "end": "12:00"},
            {"day": "2030-06-10", "start": "11:00", "end": "13:00"},
        ]
    )
    assert bad.status_code == 422 and "overlap" in bad.json()["fields"]["windows"][0]
    outside = put([{"day": "2030-07-01", "start": "09:00", "end": "12:00"}])
    assert outside.status_code == 422 and "windows.0.day" in outside.json()["fields"]
    ok = put([{"day": "2030-06-10", "start": "09:00", "end": "12:00"}, {"day": "2030-06-11"}])
    assert ok.status_code == 200, ok.json()
    got = client_member.get(url).json()
    assert got["time_zone"] == "Asia/Shanghai"
    assert [(w["day"], w["start"], w["end"]) for w in got["windows"]] == [
        ("2030-06-10", "09:00", "12:00"),
        ("2030-06-11", "", ""),
    ]
    other = f"/api/v1/events/{event.slug}/registrations/{people['cn'].id}/availability"
    assert client_member.get(other).status_code == 404


def test_organiser_hears_in_their_language_with_a_localised_meeting_list(
    people: dict[str, Any],
    member: Any,
    organiser: Any,
    event: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    organiser.preferred_language = "zh-hans"
    organiser.save(update_fields=["preferred_language"])
    add_slots(event, organiser)  # 09:00-11:00, four slots of 30 minutes
    late = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))[-2:]
    for other, slot, table in ((people["cn"], late[0], 1), (people["fr"], late[1], 2)):
        meeting = services.meeting_add(actor=organiser, event=event, a=people["de"], b=other)
        services.meeting_place(actor=organiser, meeting=meeting, slot=slot, table=table)
    services.schedule_run_start(actor=organiser, event=event, time_limit=1)
    formset = availability_formset(_rows(("2030-06-10", "09:00", "10:00")), event)
    assert formset.is_valid()
    with django_capture_on_commit_callbacks(execute=True):  # Anna works in English
        services.participant_set_availability(
            actor=member, participant=people["de"], windows=formset.windows
        )
    note = Notification.objects.get(user=organiser)
    assert note.title.startswith("Anna 的 2 场洽谈失去了时段")
    assert "1 号桌；Claire" in note.body and "; " not in note.body


def test_time_range_headers_in_chinese(people: dict[str, Any], member: Any, event: Any) -> None:
    client = login(member)
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    url = f"/events/{event.slug}/registrations/{people['de'].id}/availability/"
    assert "<th>开始</th><th>结束</th>" in client.get(url).text
