"""Interpreters and rooms as resources of the B2B meetings: the scheduler gives each meeting
that needs one a covering, available interpreter (never two meetings at once), keeps meetings
out of closed rooms, and an interpreter who becomes unavailable loses their meetings, which
the repair places again with another interpreter or slot."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from django.db.models import Q

from techbridge.core.errors import PermissionDenied, ValidationFailed
from techbridge.engines.scheduling import Assignment, Schedule, check_schedule
from techbridge.events import services
from techbridge.events.models import Interpreter, Meeting, MeetingSlot, Room
from techbridge.events.services import repair as repair_services
from tests.events.conftest import add_slots, make_event, register
from tests.factories import MembershipFactory, OrganisationFactory


@pytest.fixture
def convention(db: Any, organiser: Any, member: Any, org: Any, cn_member: Any, cn_org: Any) -> Any:
    """No equipped tables; Anna speaks German, Wang Wei Chinese, Claire French and English;
    four slots; three meetings, two of which need an interpreter."""
    event = make_event(interpreter_tables=0)
    add_slots(event, organiser)
    third = OrganisationFactory(name="Third", country="FR")
    people = {
        "de": register(member, event, org, "Anna", languages=["de"]),
        "cn": register(cn_member, event, cn_org, "Wang Wei", languages=["zh"]),
        "fr": register(MembershipFactory(organisation=third).user, event, third, "Claire",
                       languages=["fr", "en"]),
    }  # fmt: skip
    for x, y in [("de", "cn"), ("cn", "fr"), ("de", "fr")]:
        services.meeting_add(actor=organiser, event=event, a=people[x], b=people[y])
    event.people = people
    return event


def _slots(event: Any) -> list[MeetingSlot]:
    return list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))


def _interpreter(organiser: Any, event: Any, name: str, langs: list[str], off: Any = ()) -> Any:
    data = {"name": name, "languages": langs, "unavailable_slots": list(off)}
    return services.interpreter_save(actor=organiser, event=event, data=data)[0]


def _schedule(organiser: Any, event: Any, capture: Any) -> Any:
    with capture(execute=True):
        run = services.schedule_run_start(actor=organiser, event=event, time_limit=5)
    run.refresh_from_db()
    assert run.status == "done", run.message
    return run


def _saved(event: Any) -> Schedule:
    rows = Meeting.objects.filter(event=event, status="active")
    return Schedule(
        tuple(
            Assignment(f"m{m.pk}", m.slot_id, m.table, f"i{m.interpreter_id}" if m.interpreter_id else None)
            for m in rows
            if m.slot_id
        ),
        tuple(f"m{m.pk}" for m in rows if not m.slot_id),
    )  # fmt: skip


def test_meetings_that_need_one_get_a_covering_available_interpreter(
    convention: Any, organiser: Any, django_capture_on_commit_callbacks: Any
) -> None:
    slots = _slots(convention)
    li = _interpreter(organiser, convention, "Li", ["zh", "de"], off=slots[:2])
    mei = _interpreter(organiser, convention, "Mei", ["zh", "en", "de"], off=slots[2:3])
    _schedule(organiser, convention, django_capture_on_commit_callbacks)
    ep = services.problem_for_event(convention)
    assert check_schedule(ep.problem, _saved(convention)) == []
    meetings = list(Meeting.objects.filter(event=convention).select_related("a", "b"))
    assert all(m.slot_id for m in meetings)
    for m in meetings:
        shared = set(m.a.languages) & set(m.b.languages)
        if shared:
            continue
        who = m.interpreter
        assert who in (li, mei)
        assert set(m.a.languages) & set(who.languages) and set(m.b.languages) & set(who.languages)
        assert m.slot_id not in {s.pk for s in who.unavailable_slots.all()}
    busy = Counter((m.interpreter_id, m.slot_id) for m in meetings if m.interpreter_id)
    assert max(busy.values()) == 1


def test_without_interpreters_languages_do_not_block_meetings(
    convention: Any, organiser: Any, django_capture_on_commit_callbacks: Any
) -> None:
    """An event that lists no interpreters keeps the earlier rule: only `needs_interpreter`
    asks for one (so existing events schedule as before)."""
    run = _schedule(organiser, convention, django_capture_on_commit_callbacks)
    assert run.stats["scheduled"] == 3
    assert not Meeting.objects.filter(interpreter__isnull=False).exists()


def test_a_meeting_no_interpreter_covers_stays_unscheduled(
    convention: Any, organiser: Any, django_capture_on_commit_callbacks: Any
) -> None:
    _interpreter(organiser, convention, "Li", ["zh", "de"])
    run = _schedule(organiser, convention, django_capture_on_commit_callbacks)
    assert run.stats["scheduled"] == 1  # only Anna–Wang Wei: nobody interprets French/English
    m = Meeting.objects.get(slot__isnull=False)
    assert m.interpreter.name == "Li"


def test_closed_rooms_hold_no_meeting(
    convention: Any, organiser: Any, django_capture_on_commit_callbacks: Any
) -> None:
    slots = _slots(convention)
    data = {"name": "Hall A", "first_table": 1, "last_table": 3, "closed_slots": slots[:3]}
    services.room_save(actor=organiser, event=convention, data=data)
    _schedule(organiser, convention, django_capture_on_commit_callbacks)
    for m in Meeting.objects.filter(event=convention):
        assert m.table == 4 or m.slot_id == slots[3].pk


def test_closing_a_room_or_losing_an_interpreter_unplaces_their_meetings(
    convention: Any, organiser: Any, django_capture_on_commit_callbacks: Any
) -> None:
    li = _interpreter(organiser, convention, "Li", ["zh", "de", "fr"])
    _schedule(organiser, convention, django_capture_on_commit_callbacks)
    mine = Meeting.objects.filter(interpreter=li).first()
    data = {"name": "Li", "languages": li.languages, "unavailable_slots": [mine.slot]}
    _row, lost = services.interpreter_save(
        actor=organiser, event=convention, data=data, interpreter=li
    )
    assert [m.pk for m in lost] == [mine.pk]
    mine.refresh_from_db()
    assert (mine.slot_id, mine.interpreter_id, mine.sequence) == (None, None, 1)
    placed = Meeting.objects.filter(slot__isnull=False).first()
    room = {"name": "All", "first_table": 1, "last_table": 4, "closed_slots": [placed.slot]}
    _room, lost = services.room_save(actor=organiser, event=convention, data=room)
    assert placed.pk in {m.pk for m in lost}


def test_repair_replaces_an_unavailable_interpreter(
    convention: Any, organiser: Any, django_capture_on_commit_callbacks: Any
) -> None:
    slots = _slots(convention)
    li = _interpreter(organiser, convention, "Li", ["zh", "de", "fr"])
    _schedule(organiser, convention, django_capture_on_commit_callbacks)
    services.schedule_announce(actor=organiser, event=convention)
    mine = Meeting.objects.filter(interpreter=li).order_by("pk").first()
    mei = _interpreter(organiser, convention, "Mei", ["zh", "de", "fr", "en"])
    gone = [mine.slot]
    data = {"name": "Li", "languages": li.languages, "unavailable_slots": gone}
    services.interpreter_save(actor=organiser, event=convention, data=data, interpreter=li)
    with django_capture_on_commit_callbacks(execute=True):
        run = repair_services.repair_start(
            actor=organiser, event=convention, max_moves=0, time_limit=1
        )
    run.refresh_from_db()
    assert run.status == "proposed", run.message
    repair_services.repair_announce(actor=organiser, run=run)
    mine.refresh_from_db()
    assert mine.slot_id is not None
    assert mine.interpreter_id == mei.pk or mine.slot_id != gone[0].pk
    for m in Meeting.objects.filter(interpreter=li):
        assert m.slot_id != gone[0].pk
    ep = services.problem_for_event(convention, pin_announced=False)
    assert check_schedule(ep.problem, _saved(convention)) == []
    assert slots  # four slots: room enough


def test_checker_refuses_a_double_booked_or_unavailable_interpreter(
    convention: Any, organiser: Any
) -> None:
    slots = _slots(convention)
    _interpreter(organiser, convention, "Li", ["zh", "de", "fr"], off=slots[:1])
    ep = services.problem_for_event(convention)
    ids = sorted(ep.meeting_ids)
    li = next(iter(ep.interpreter_ids))
    double = Schedule(
        (
            Assignment(ids[0], slots[1].pk, 1, li),
            Assignment(ids[1], slots[1].pk, 2, li),
            Assignment(ids[2], slots[0].pk, 3, li),
        ),
        (),
    )
    kinds = {v.kind for v in check_schedule(ep.problem, double)}
    assert {"interpreter_clash", "interpreter_unavailable"} <= kinds | {"double_booking"}
    assert "interpreter_unavailable" in kinds


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"name": "Li", "languages": ["zh"]}, "languages"),
        (
            {"name": "Li", "languages": ["zh", "de"], "unavailable_slots": "all"},
            "unavailable_slots",
        ),
    ],
)
def test_bad_interpreters_are_refused(
    convention: Any, organiser: Any, data: dict[str, Any], field: str
) -> None:
    if data.get("unavailable_slots") == "all":
        data["unavailable_slots"] = _slots(convention)
    with pytest.raises(ValidationFailed) as exc:
        services.interpreter_save(actor=organiser, event=convention, data=data)
    assert field in exc.value.fields
    assert not Interpreter.objects.exists()


def test_rooms_never_share_a_table(convention: Any, organiser: Any) -> None:
    room = {"name": "A", "first_table": 1, "last_table": 2, "closed_slots": []}
    services.room_save(actor=organiser, event=convention, data=room)
    for first, last in [(2, 3), (1, 4), (3, 5), (4, 3)]:
        with pytest.raises(ValidationFailed):
            services.room_save(
                actor=organiser,
                event=convention,
                data={"name": "B", "first_table": first, "last_table": last},
            )
    assert Room.objects.count() == 1


def test_only_organisers_manage_resources(convention: Any, member: Any) -> None:
    with pytest.raises(PermissionDenied):
        services.interpreter_save(
            actor=member, event=convention, data={"name": "X", "languages": ["zh", "en"]}
        )
    with pytest.raises(PermissionDenied):
        services.room_save(
            actor=member,
            event=convention,
            data={"name": "X", "first_table": 1, "last_table": 1},
        )


def test_placing_by_hand_gives_a_free_interpreter_and_avoids_closed_rooms(
    convention: Any, organiser: Any
) -> None:
    from techbridge.core.errors import Conflict

    slots = _slots(convention)
    li = _interpreter(organiser, convention, "Li", ["zh", "de", "fr"], off=slots[3:])
    first, second, _third = Meeting.objects.filter(event=convention).order_by("pk")
    placed = services.meeting_place(actor=organiser, meeting=first, slot=slots[0], table=1)
    assert placed.interpreter_id == li.pk
    with pytest.raises(Conflict):  # Li is busy with the first meeting then
        services.meeting_place(actor=organiser, meeting=second, slot=slots[0], table=2)
    with pytest.raises(Conflict):  # and unavailable in the last slot
        services.meeting_place(actor=organiser, meeting=second, slot=slots[3], table=2)
    data = {"name": "Hall", "first_table": 2, "last_table": 4, "closed_slots": slots[1:2]}
    services.room_save(actor=organiser, event=convention, data=data)
    with pytest.raises(Conflict):
        services.meeting_place(actor=organiser, meeting=second, slot=slots[1], table=3)
    assert (
        services.meeting_place(
            actor=organiser, meeting=second, slot=slots[1], table=1
        ).interpreter_id
        == li.pk
    )


def test_an_interpreter_who_drops_a_language_loses_the_meetings_that_needed_it(
    convention: Any, organiser: Any, django_capture_on_commit_callbacks: Any
) -> None:
    li = _interpreter(organiser, convention, "Li", ["zh", "de", "fr"])
    _schedule(organiser, convention, django_capture_on_commit_callbacks)
    claire = convention.people["fr"]
    french = {
        m.pk for m in Meeting.objects.filter(interpreter=li).filter(Q(a=claire) | Q(b=claire))
    }
    assert len(french) == 2  # Wang Wei–Claire and Anna–Claire: neither side speaks the other's
    data = {"name": "Li", "languages": ["zh", "de"], "unavailable_slots": []}
    _row, lost = services.interpreter_save(
        actor=organiser, event=convention, data=data, interpreter=li
    )
    assert {m.pk for m in lost} == french
    assert Meeting.objects.filter(interpreter=li).count() == 1  # Anna–Wang Wei keeps Li
