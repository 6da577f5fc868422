"""Late changes to an announced agenda: the repair's proposal, the organiser's change list,
announcing (saved, versioned, only the people concerned told in their language, calendars
updated in place) or discarding it."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from icalendar import Calendar

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.events import ical, selectors, services
from techbridge.events.models import (
    AvailabilityWindow,
    Meeting,
    MeetingSeat,
    MeetingSlot,
    ScheduleRun,
    ScheduleVersion,
)
from techbridge.events.services import repair as repair_services
from techbridge.notifications.models import Notification
from tests.conftest import login
from tests.events.conftest import add_slots


@pytest.fixture
def announced(
    people: dict[str, Any], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> list[Meeting]:
    """Three meetings placed in slots 1, 2 and 3 of four (09:00..10:30) and announced."""
    add_slots(event, organiser)
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    pairs = [("de", "cn"), ("de", "fr"), ("cn", "fr")]
    ms = []
    for i, (x, y) in enumerate(pairs):
        m = services.meeting_add(actor=organiser, event=event, a=people[x], b=people[y])
        ms.append(services.meeting_place(actor=organiser, meeting=m, slot=slots[i], table=1))
    with django_capture_on_commit_callbacks(execute=True):
        services.schedule_announce(actor=organiser, event=event)
    Notification.objects.all().delete()
    mail.outbox.clear()
    return ms


def _lose_first_slot(organiser: Any, participant: Any, event: Any) -> None:
    """`participant` arrives late: available from 09:30 on (an organiser records it)."""
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    services.participant_set_availability(
        actor=organiser, participant=participant, windows=[(slots[1].starts_at, slots[3].ends_at)]
    )


def _repair(organiser: Any, event: Any, capture: Any, k: int = 0) -> ScheduleRun:
    with capture(execute=True):
        run = repair_services.repair_start(actor=organiser, event=event, max_moves=k, time_limit=3)
    run.refresh_from_db()
    return run


def test_first_announcement_is_version_one(announced: list[Meeting], event: Any) -> None:
    (v,) = ScheduleVersion.objects.filter(event=event)
    assert v.number == 1 and len(v.assignments) == 3 and v.changes == []


def test_repair_proposes_then_announces_only_to_the_people_concerned(
    announced: list[Meeting],
    people: dict[str, Any],
    organiser: Any,
    member: Any,
    cn_member: Any,
    event: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    de_cn = announced[0]
    cn_member.preferred_language = "zh-hans"
    cn_member.save(update_fields=["preferred_language"])
    items = selectors.agenda_for(actor=organiser, participant=people["cn"])
    (before,) = [
        e
        for e in Calendar.from_ical(ical.agenda_ics(people["cn"], items)).walk("VEVENT")
        if str(e["UID"]) == ical.meeting_uid(de_cn)
    ]
    _lose_first_slot(organiser, people["de"], event)
    run = _repair(organiser, event, django_capture_on_commit_callbacks)
    assert run.status == "proposed", run.message
    assert run.stats["hit"] == 1 and run.stats["moved_extra"] == 0
    (change,) = run.proposal["changes"]
    assert change["meeting"] == de_cn.pk and change["kind"] == "moved"
    de_cn.refresh_from_db()
    assert de_cn.slot is None  # nothing applied before the organiser decides
    page = login(organiser).get(f"/events/{event.slug}/manage/repair/{run.pk}/")
    assert page.status_code == 200
    assert 'data-kind="moved"' in page.text and "Wang Wei" in page.text
    assert "09:00" in page.text  # from where

    with django_capture_on_commit_callbacks(execute=True):
        response = login(organiser).post(f"/events/{event.slug}/manage/repair/{run.pk}/announce/")
    assert response.status_code == 302
    v2 = ScheduleVersion.objects.get(event=event, number=2)
    assert [c["meeting"] for c in v2.changes] == [de_cn.pk] and v2.notified == 2
    de_cn.refresh_from_db()
    assert de_cn.slot_id == change["to"][0] and de_cn.announced
    assert MeetingSeat.objects.filter(meeting=de_cn).count() == 2
    # only Anna's and Wang Wei's people hear, each in their language; Claire's do not
    notes = {n.user_id: n for n in Notification.objects.all()}
    assert set(notes) == {member.pk, cn_member.pk}
    assert "1 change to your B2B agenda" in notes[member.pk].title
    assert "Wang Wei" in notes[member.pk].body and "moved from" in notes[member.pk].body
    assert "Anna" in notes[cn_member.pk].body and "一对一" in notes[cn_member.pk].title
    # the calendar entry is updated in place: same UID, higher SEQUENCE, new time
    items = selectors.agenda_for(actor=organiser, participant=people["cn"])
    (after,) = [
        e
        for e in Calendar.from_ical(ical.agenda_ics(people["cn"], items)).walk("VEVENT")
        if str(e["UID"]) == str(before["UID"])
    ]
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("DTSTART") != before.decoded("DTSTART")
    log = login(organiser).get(f"/events/{event.slug}/manage/versions/2/")
    assert 'data-kind="moved"' in log.text


def test_participants_with_an_address_are_mailed_in_their_language(
    announced: list[Meeting],
    people: dict[str, Any],
    organiser: Any,
    cn_member: Any,
    event: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    cn = people["cn"]
    cn.email = "wang.wei@example.cn"
    cn.save(update_fields=["email"])
    cn_member.preferred_language = "zh-hans"
    cn_member.save(update_fields=["preferred_language"])
    _lose_first_slot(organiser, people["de"], event)
    run = _repair(organiser, event, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        repair_services.repair_announce(actor=organiser, run=run)
    (message,) = [m for m in mail.outbox if "wang.wei@example.cn" in m.to]
    assert "一对一" in message.subject and "Anna" in message.body


def test_discard_changes_nothing(
    announced: list[Meeting],
    people: dict[str, Any],
    organiser: Any,
    event: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    _lose_first_slot(organiser, people["de"], event)
    run = _repair(organiser, event, django_capture_on_commit_callbacks)
    login(organiser).post(f"/events/{event.slug}/manage/repair/{run.pk}/discard/")
    run.refresh_from_db()
    assert run.status == "discarded"
    assert ScheduleVersion.objects.filter(event=event).count() == 1
    assert not Notification.objects.exists()
    with pytest.raises(Conflict):
        repair_services.repair_announce(actor=organiser, run=run)


def test_a_stale_proposal_is_refused_and_saves_nothing(
    announced: list[Meeting],
    people: dict[str, Any],
    organiser: Any,
    event: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    _lose_first_slot(organiser, people["de"], event)
    run = _repair(organiser, event, django_capture_on_commit_callbacks)
    target = run.proposal["changes"][0]["to"][0]
    slot = MeetingSlot.objects.get(pk=target)
    AvailabilityWindow.objects.filter(participant=people["cn"]).delete()
    others = MeetingSlot.objects.filter(event=event).exclude(pk=slot.pk).order_by("starts_at")
    services.participant_set_availability(
        actor=organiser,
        participant=people["cn"],
        windows=[(s.starts_at, s.ends_at) for s in others if s.starts_at > slot.starts_at]
        or [(others.first().starts_at, others.first().ends_at)],
    )
    with pytest.raises(Conflict, match="changed since"):
        repair_services.repair_announce(actor=organiser, run=run)
    assert ScheduleVersion.objects.filter(event=event).count() == 1


def test_refusals(
    people: dict[str, Any],
    organiser: Any,
    member: Any,
    event: Any,
    announced: list[Meeting],
) -> None:
    with pytest.raises(PermissionDenied):
        repair_services.repair_start(actor=member, event=event, max_moves=0)
    with pytest.raises(ValidationFailed):
        repair_services.repair_start(actor=organiser, event=event, max_moves=-1)
    assert login(member).get(f"/events/{event.slug}/manage/versions/").status_code in (403, 404)
    bad = login(organiser).post(f"/events/{event.slug}/manage/repair/", {"max_moves": "-3"})
    assert bad.status_code == 302 and not ScheduleRun.objects.filter(kind="repair").exists()


def test_repair_needs_an_announced_agenda(
    people: dict[str, Any], organiser: Any, event: Any
) -> None:
    add_slots(event, organiser)
    with pytest.raises(Conflict, match="Announce"):
        repair_services.repair_start(actor=organiser, event=event, max_moves=0)


def test_an_unchanged_event_proposes_nothing(
    announced: list[Meeting], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> None:
    run = _repair(organiser, event, django_capture_on_commit_callbacks, k=5)
    assert run.status == "proposed" and run.proposal["changes"] == []
    assert run.stats["unchanged"] is True
    page = login(organiser).get(f"/events/{event.slug}/manage/repair/{run.pk}/")
    assert 'data-testid="no-change"' in page.text
