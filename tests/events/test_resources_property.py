"""A property of the whole path (models → Problem → solve → save → read back): on small
random events with interpreters and rooms, the saved schedule — interpreters included — is
accepted by the engine's independent checker."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techbridge.engines.scheduling import Assignment, Schedule, check_schedule, solve
from techbridge.events.models import (
    Interpreter,
    Meeting,
    MeetingSlot,
    Participant,
    Room,
)
from techbridge.events.services.scheduling import problem_for_event, save_assignments
from tests.events.conftest import add_slots, make_event
from tests.factories import OrganisationFactory, StaffFactory

LANGS = ("zh", "en", "de")
languages = st.lists(st.sampled_from(LANGS), min_size=1, max_size=2, unique=True)


class _Rollback(Exception):
    pass


@st.composite
def events(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(2, 5))
    return {
        "people": [draw(languages) for _ in range(n)],
        "pairs": draw(
            st.lists(
                st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(
                    lambda p: p[0] < p[1]
                ),
                unique=True,
                max_size=6,
            )
        ),
        "interpreters": [
            (
                draw(st.lists(st.sampled_from(LANGS), min_size=2, max_size=3, unique=True)),
                draw(st.sets(st.integers(0, 3), max_size=3)),
            )
            for _ in range(draw(st.integers(1, 3)))
        ],
        "room": draw(st.none() | st.tuples(st.integers(1, 4), st.sets(st.integers(0, 3)))),
    }


def _build(spec: dict[str, Any]) -> Any:
    staff = StaffFactory(department="events")
    event = make_event(interpreter_tables=0, tables=3)
    add_slots(event, staff)
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    people = [
        Participant.objects.create(
            event=event, organisation=OrganisationFactory(), name=f"P{i}",
            languages=langs, status="confirmed",
        )
        for i, langs in enumerate(spec["people"])
    ]  # fmt: skip
    for x, y in spec["pairs"]:
        Meeting.objects.create(event=event, a=people[x], b=people[y])
    for k, (langs, off) in enumerate(spec["interpreters"]):
        row = Interpreter.objects.create(event=event, name=f"I{k}", languages=langs)
        row.unavailable_slots.set([slots[i] for i in off])
    if spec["room"]:
        last, closed = spec["room"]
        room = Room.objects.create(event=event, name="Hall", first_table=1, last_table=min(last, 3))
        room.closed_slots.set([slots[i] for i in closed])
    return event


@pytest.mark.django_db
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(spec=events())
def test_saved_schedules_with_interpreters_pass_the_checker(spec: dict[str, Any]) -> None:
    try:
        with transaction.atomic():
            event = _build(spec)
            ep = problem_for_event(event)
            save_assignments(event, ep, solve(ep.problem, time_limit=1, workers=1))
            rows = Meeting.objects.filter(event=event)
            saved = Schedule(
                tuple(
                    Assignment(f"m{m.pk}", m.slot_id, m.table,
                               f"i{m.interpreter_id}" if m.interpreter_id else None)
                    for m in rows if m.slot_id
                ),
                tuple(f"m{m.pk}" for m in rows if not m.slot_id),
            )  # fmt: skip
            assert check_schedule(problem_for_event(event).problem, saved) == []
            raise _Rollback
    except _Rollback:
        pass
