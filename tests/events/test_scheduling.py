from __future__ import annotations

from typing import Any

import pytest

from techbridge.core.errors import ValidationFailed
from techbridge.engines.scheduling import check_schedule
from techbridge.events import services
from techbridge.events.models import AvailabilityWindow, Meeting, MeetingSeat, MeetingSlot
from tests.events.conftest import add_slots


def _meetings(people: dict[str, Any], organiser: Any, event: Any) -> list[Meeting]:
    return [
        services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"]),
        services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["fr"]),
        services.meeting_add(actor=organiser, event=event, a=people["cn"], b=people["fr"]),
    ]


def test_problem_reflects_availability_and_interpreters(
    people: dict[str, Any], organiser: Any, event: Any
) -> None:
    add_slots(event, organiser)  # 4 slots of 30 minutes
    _meetings(people, organiser, event)
    first = MeetingSlot.objects.filter(event=event).order_by("starts_at").first()
    AvailabilityWindow.objects.create(
        participant=people["de"], starts_at=first.starts_at, ends_at=first.ends_at
    )
    people["cn"].needs_interpreter = True
    people["cn"].save()
    ep = services.problem_for_event(event)
    de = ep.problem.participant(f"p{people['de'].id}")
    assert len(de.unavailable) == 3 and first.pk not in de.unavailable
    assert ep.problem.interpreter_tables == frozenset({1})
    assert len(ep.problem.meetings) == 3


def test_run_saves_a_checked_schedule(
    people: dict[str, Any], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> None:
    add_slots(event, organiser)
    _meetings(people, organiser, event)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.schedule_run_start(actor=organiser, event=event, time_limit=5)
    run.refresh_from_db()
    assert run.status == "done", run.message
    assert run.stats["scheduled"] == 3
    assert MeetingSeat.objects.count() == 6
    ep = services.problem_for_event(event)
    from techbridge.engines.scheduling import Assignment, Schedule

    saved = Schedule(
        tuple(
            Assignment(f"m{m.pk}", m.slot_id, m.table) for m in Meeting.objects.filter(event=event)
        ),
        (),
    )
    assert check_schedule(ep.problem, saved) == []


def test_announced_meetings_stay_put(
    people: dict[str, Any], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> None:
    add_slots(event, organiser)
    ms = _meetings(people, organiser, event)
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    services.meeting_place(actor=organiser, meeting=ms[0], slot=slots[3], table=4)
    services.schedule_announce(actor=organiser, event=event)
    with django_capture_on_commit_callbacks(execute=True):
        services.schedule_run_start(actor=organiser, event=event, time_limit=5)
    ms[0].refresh_from_db()
    assert (ms[0].slot_id, ms[0].table, ms[0].sequence) == (slots[3].pk, 4, 0)


def test_failure_saves_nothing(
    people: dict[str, Any], organiser: Any, event: Any, django_capture_on_commit_callbacks: Any
) -> None:
    with pytest.raises(ValidationFailed):
        services.problem_for_event(event)  # no slots yet
    _meetings(people, organiser, event)
    with django_capture_on_commit_callbacks(execute=True):
        run = services.schedule_run_start(actor=organiser, event=event, time_limit=5)
    run.refresh_from_db()
    assert run.status == "failed" and "slots" in run.message
    assert not Meeting.objects.filter(slot__isnull=False).exists()
