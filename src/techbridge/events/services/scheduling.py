"""Scheduling from the database: build the engine's Problem, solve in a task, verify with
the engine's independent checker, then save slot and table per meeting in one transaction
(nothing is saved when any step fails)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import connection, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.events.models import (
    Event,
    Interpreter,
    Meeting,
    MeetingSeat,
    MeetingSlot,
    MeetingStatus,
    Participant,
    RegistrationStatus,
    Room,
    RunKind,
    RunStatus,
    ScheduleRun,
)
from techbridge.events.services.versions import announced_places, version_record
from techbridge.notifications.services import notify_organisation

if TYPE_CHECKING:
    from techbridge.engines import scheduling as engine

MAX_TIME_LIMIT = 600
SAVE_BATCH = 2000


def engine_module() -> Any:
    """The scheduling engine, imported on use (it loads OR-Tools)."""
    from techbridge.engines import scheduling

    return scheduling


@dataclass(frozen=True)
class EventProblem:
    """The engine's problem and the ids to map its answer back to rows."""

    problem: engine.Problem
    meeting_ids: dict[str, int]
    participants: dict[str, Participant]
    interpreter_ids: dict[str, int] = field(default_factory=dict)


def _pid(p_id: int) -> str:
    return f"p{p_id}"


def _unavailable(p: Participant, slots: list[MeetingSlot]) -> frozenset[int]:
    windows = list(p.availability.all())
    if not windows:
        return frozenset()
    return frozenset(
        s.pk
        for s in slots
        if not any(w.starts_at <= s.starts_at and s.ends_at <= w.ends_at for w in windows)
    )


def _iid(i_id: int) -> str:
    return f"i{i_id}"


def _resources(event: Event, slots: list[MeetingSlot]) -> tuple[tuple[Any, ...], ...]:
    """The event's interpreters and rooms as the engine's (a room's tables beyond the event's
    count do not exist, so they are left out)."""
    engine = engine_module()
    known = {s.pk for s in slots}
    interpreters = tuple(
        engine.Interpreter(
            _iid(i.pk),
            frozenset(i.languages),
            frozenset(s.pk for s in i.unavailable_slots.all() if s.pk in known),
        )
        for i in Interpreter.objects.filter(event=event).prefetch_related("unavailable_slots")
    )
    rooms = tuple(
        engine.Room(
            f"r{r.pk}",
            frozenset(range(r.first_table, min(r.last_table, event.tables) + 1)),
            frozenset(s.pk for s in r.closed_slots.all() if s.pk in known),
        )
        for r in Room.objects.filter(event=event).prefetch_related("closed_slots")
    )
    return interpreters, rooms


def _engine_participant(pid: str, p: Participant, slots: list[MeetingSlot], langs: bool) -> Any:
    """A participant for the engine; their languages count only when the event lists
    interpreters (before that, a meeting needed interpretation only when asked for, and
    events without interpreters keep that rule)."""
    languages = frozenset(p.languages) if langs else frozenset()
    return engine_module().Participant(
        pid, _unavailable(p, slots), p.needs_interpreter, None, languages
    )


def _engine_meeting(m: Meeting, pinned: bool) -> Any:
    return engine_module().Meeting(
        f"m{m.pk}",
        _pid(m.a_id),
        _pid(m.b_id),
        m.priority,
        m.slot_id if pinned else None,
        m.table if pinned else None,
        _iid(m.interpreter_id) if pinned and m.interpreter_id else None,
    )


def problem_for_event(
    event: Event, *, allow_moves: bool = False, pin_announced: bool = True
) -> EventProblem:
    """The engine's Problem for the event's active meetings between confirmed participants,
    with the event's interpreters (languages, unavailable slots) and rooms (tables, closed
    slots). Announced meetings are pinned at their slot, table and interpreter unless
    `allow_moves`; a repair asks for no pins (`pin_announced=False`: it gets the announced
    schedule separately). Raises ValidationFailed with the engine's message when the data
    cannot form a problem."""
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at", "id"))
    if not slots:
        raise ValidationFailed(_("Create the meeting slots first."))
    meetings = list(
        Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE)
        .filter(a__status=RegistrationStatus.CONFIRMED, b__status=RegistrationStatus.CONFIRMED)
        .order_by("id")
    )
    ids = {m.a_id for m in meetings} | {m.b_id for m in meetings}
    people = {
        _pid(p.pk): p
        for p in Participant.objects.filter(pk__in=ids).prefetch_related("availability")
    }
    pinned = {m.pk for m in meetings if pin_announced and m.announced and m.slot_id is not None}
    engine = engine_module()
    interpreters, rooms = _resources(event, slots)
    try:
        problem = engine.Problem(
            name=event.slug,
            slots=tuple(engine.Slot(s.pk, s.session, s.starts_at) for s in slots),
            tables=event.tables,
            participants=tuple(
                _engine_participant(pid, p, slots, bool(interpreters))
                for pid, p in sorted(people.items())
            ),
            meetings=tuple(_engine_meeting(m, m.pk in pinned) for m in meetings),
            interpreter_tables=frozenset(range(1, event.interpreter_tables + 1)),
            allow_moves=allow_moves,
            interpreters=interpreters,
            rooms=rooms,
        )
    except engine.InstanceError as exc:
        raise ValidationFailed(
            _("The meetings cannot be scheduled as they stand: %(problem)s") % {"problem": exc}
        ) from None
    return EventProblem(
        problem,
        {f"m{m.pk}": m.pk for m in meetings},
        people,
        {i.id: int(i.id[1:]) for i in interpreters},
    )


@transaction.atomic
def schedule_run_start(
    *, actor: Any, event: Event, time_limit: int | None = None, allow_moves: bool = False
) -> ScheduleRun:
    """Queue a scheduler run (the task starts after commit)."""
    if not is_staff(actor):
        raise PermissionDenied()
    if not event.b2b_enabled:
        raise Conflict(_("This event has no B2B meetings."))
    limit = time_limit or event.schedule_time_limit
    if not 1 <= limit <= MAX_TIME_LIMIT:
        raise ValidationFailed(fields={"time_limit": [f"1..{MAX_TIME_LIMIT}"]})
    busy = ScheduleRun.objects.filter(event=event, status__in=[RunStatus.QUEUED, RunStatus.RUNNING])
    if busy.exists():
        raise Conflict(_("The scheduler is already running for this event."))
    ScheduleRun.objects.filter(event=event, status=RunStatus.PROPOSED).update(
        status=RunStatus.DISCARDED
    )
    run = ScheduleRun.objects.create(
        event=event, started_by=actor, time_limit=limit, allow_moves=allow_moves
    )
    from techbridge.events.tasks import schedule_event

    transaction.on_commit(lambda: schedule_event.enqueue(run.pk))
    return run


def _finish(run: ScheduleRun, status: str, message: str, stats: dict[str, Any]) -> None:
    run.status = status
    run.message = message[:5000]
    run.stats = stats
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "message", "stats", "finished_at"])


def _stats(schedule: engine.Schedule) -> dict[str, Any]:
    s = schedule.stats
    return {
        "scheduled": s.scheduled,
        "total": s.total,
        "priority_scheduled": s.priority_scheduled,
        "priority_total": s.priority_total,
        "holes": s.holes,
        "optimal": s.optimal,
        "moved": s.moved,
        "seconds": round(s.seconds, 2),
    }


def schedule_run_execute(run_id: int) -> ScheduleRun:
    """Solve and save (idempotent: a run that is not queued is left alone)."""
    with transaction.atomic():
        run = ScheduleRun.objects.select_for_update().select_related("event").get(pk=run_id)
        if run.status != RunStatus.QUEUED:
            return run
        run.status = RunStatus.RUNNING
        run.save(update_fields=["status"])
    if run.kind == RunKind.REPAIR:
        from techbridge.events.services.repair import repair_execute

        return repair_execute(run)
    engine = engine_module()
    try:
        ep = problem_for_event(run.event, allow_moves=run.allow_moves)
        schedule = engine.CpSatScheduler(time_limit=float(run.time_limit)).solve(ep.problem)
        violations = engine.check_schedule(ep.problem, schedule)
        if violations:
            raise engine.ScheduleError(violations[0].message)
        saved = save_assignments(run.event, ep, schedule)
    except ValidationFailed as exc:
        _finish(run, RunStatus.FAILED, str(exc.message), {})
        return run
    except (engine.InstanceError, engine.ScheduleError) as exc:
        _finish(run, RunStatus.FAILED, str(_("The scheduler failed: %(e)s") % {"e": exc}), {})
        return run
    stats = _stats(schedule) | {"saved": saved}
    _finish(run, RunStatus.DONE, "", stats)
    return run


@transaction.atomic
def save_assignments(event: Event, ep: EventProblem, schedule: engine.Schedule) -> int:
    """Write slot, table and interpreter of every meeting of the problem; meetings cancelled
    while the solver ran are skipped (removing meetings keeps a schedule feasible). A meeting
    whose place or interpreter changed gets a higher calendar sequence."""
    Event.objects.select_for_update().get(pk=event.pk)
    placed = schedule.by_meeting()
    rows = list(
        Meeting.objects.select_for_update()
        .filter(pk__in=ep.meeting_ids.values(), status=MeetingStatus.ACTIVE)
        .order_by("pk")
    )
    MeetingSeat.objects.filter(meeting__in=rows).delete()
    Meeting.objects.filter(pk__in=[m.pk for m in rows]).update(
        slot=None, table=None, interpreter=None
    )
    seats, values, moved = [], [], []
    for m in rows:
        a = placed.get(f"m{m.pk}")
        who = ep.interpreter_ids.get(a.interpreter or "") if a else None
        new = (a.slot, a.table, who) if a else (None, None, None)
        if m.slot_id is not None and (m.slot_id, m.table, m.interpreter_id) != new:
            moved.append(m.pk)
        if a:
            values.append((m.pk, a.slot, a.table, who))
            seats += [
                MeetingSeat(meeting=m, participant_id=p, slot_id=a.slot) for p in (m.a_id, m.b_id)
            ]
    _write_places(values)
    for chunk in range(0, len(moved), SAVE_BATCH):
        Meeting.objects.filter(pk__in=moved[chunk : chunk + SAVE_BATCH]).update(
            sequence=F("sequence") + 1
        )
    MeetingSeat.objects.bulk_create(seats, batch_size=SAVE_BATCH)
    return len(seats) // 2


def _write_places(values: list[tuple[int, int, int, int | None]]) -> None:
    """Slot, table and interpreter of many meetings in a few statements: UPDATE … FROM
    (VALUES …), which SQLite (3.33+) and PostgreSQL both read, with VALUES' columns named
    column1..4 (the interpreter cast: a column of NULLs alone would be text to PostgreSQL).
    Django's bulk_update builds one CASE WHEN per row and field, which took most of the
    save's time at convention size (`techbridge bench event`, docs/scheduling.md). The rows
    were set to no place just before, so no intermediate state breaks UNIQUE(event, slot,
    table) or UNIQUE(interpreter, slot)."""
    if not values:
        return
    meta = Meeting._meta
    q = connection.ops.quote_name
    table = q(meta.db_table)
    slot, number, who, pk = (
        q(meta.get_field(f).column) for f in ("slot", "table", "interpreter", "id")
    )
    with connection.cursor() as cursor:
        for start in range(0, len(values), SAVE_BATCH):
            chunk = values[start : start + SAVE_BATCH]
            rows = ", ".join(["(%s, %s, %s, %s)"] * len(chunk))
            cursor.execute(
                f"UPDATE {table} SET {slot} = v.column2, {number} = v.column3, "  # noqa: S608
                f"{who} = CAST(v.column4 AS bigint) "
                f"FROM (VALUES {rows}) AS v WHERE {table}.{pk} = v.column1",
                [x for row in chunk for x in row],
            )


@transaction.atomic
def schedule_announce(*, actor: Any, event: Event) -> int:
    """Announce the schedule as it stands: scheduled meetings are pinned from now on (a later
    run keeps them in place unless the organiser allows moves) and a version is recorded in
    the change log. The first announcement tells every organisation with meetings; later
    ones only the participants whose meetings changed. Returns how many were announced."""
    if not is_staff(actor):
        raise PermissionDenied()
    event = Event.objects.select_for_update().get(pk=event.pk)
    first = announced_places(event) is None
    scheduled = Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE, slot__isnull=False)
    version_record(event=event, actor=actor)
    n = scheduled.update(announced=True)
    event.schedule_published_at = timezone.now()
    event.save(update_fields=["schedule_published_at", "updated_at"])
    if first:
        _tell_organisations(event, scheduled)
    return n


def _tell_organisations(event: Event, scheduled: Any) -> None:
    orgs = set(
        Participant.objects.filter(
            Q(meetings_as_a__in=scheduled) | Q(meetings_as_b__in=scheduled)
        ).values_list("organisation_id", flat=True)
    )
    for org_id in orgs:
        notify_organisation(
            organisation_id=org_id,
            kind="events.meeting",
            title=lambda: (
                _("Your B2B meeting agenda for %(event)s is ready.") % {"event": event.title}
            ),
            url=reverse("events:detail", args=[event.slug]),
        )
