"""Repairing an announced agenda after late changes (cancellations, lost sessions, late
requests and registrations) with at most K moves: the engine's `repair` runs in a task and
its result waits as a proposal; the organiser reads the change list, then announces it (the
schedule is saved, a version is recorded, only the participants whose meetings changed are
told, their calendars update in place) or discards it (nothing changes)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.events.models import (
    Event,
    Meeting,
    MeetingStatus,
    RunKind,
    RunStatus,
    ScheduleRun,
    ScheduleVersion,
)
from techbridge.events.services.scheduling import (
    MAX_TIME_LIMIT,
    EventProblem,
    engine_module,
    problem_for_event,
    save_assignments,
)
from techbridge.events.services.versions import (
    announced_places,
    diff,
    latest_version,
    version_record,
)

MAX_MOVES = 100_000


def _check_start(actor: Any, event: Event, time_limit: int, max_moves: int) -> None:
    if not is_staff(actor):
        raise PermissionDenied()
    if not event.b2b_enabled:
        raise Conflict(_("This event has no B2B meetings."))
    if not 1 <= time_limit <= MAX_TIME_LIMIT:
        raise ValidationFailed(fields={"time_limit": [f"1..{MAX_TIME_LIMIT}"]})
    if not 0 <= max_moves <= MAX_MOVES:
        raise ValidationFailed(fields={"max_moves": [f"0..{MAX_MOVES}"]})
    if announced_places(event) is None:
        raise Conflict(_("Announce a schedule before repairing it."))
    busy = ScheduleRun.objects.filter(event=event, status__in=[RunStatus.QUEUED, RunStatus.RUNNING])
    if busy.exists():
        raise Conflict(_("The scheduler is already running for this event."))


@transaction.atomic
def repair_start(
    *, actor: Any, event: Event, max_moves: int, time_limit: int | None = None
) -> ScheduleRun:
    """Queue a repair of the announced agenda (the task starts after commit); an earlier
    proposal still waiting is discarded."""
    event = Event.objects.select_for_update().get(pk=event.pk)
    limit = time_limit or event.schedule_time_limit
    _check_start(actor, event, limit, max_moves)
    ScheduleRun.objects.filter(event=event, status=RunStatus.PROPOSED).update(
        status=RunStatus.DISCARDED
    )
    version = latest_version(event)
    run = ScheduleRun.objects.create(
        event=event,
        started_by=actor,
        time_limit=limit,
        kind=RunKind.REPAIR,
        max_moves=max_moves,
        proposal={"base_version": version.number if version else 0},
    )
    from techbridge.events.tasks import schedule_event

    transaction.on_commit(lambda: schedule_event.enqueue(run.pk))
    return run


def _previous(engine: Any, ep: EventProblem, places: dict[int, tuple[int, int]]) -> Any:
    """The announced schedule for the engine, with the interpreter each meeting has now when
    it still sits where it was announced (the repair keeps them when it can)."""
    ids = {pk: key for key, pk in ep.interpreter_ids.items()}
    now = dict(
        Meeting.objects.filter(pk__in=places, interpreter__isnull=False).values_list(
            "pk", "interpreter_id"
        )
    )
    current = dict(Meeting.objects.filter(pk__in=now).values_list("pk", "slot_id"))
    return engine.Schedule(
        tuple(
            engine.Assignment(
                f"m{m}", s, t, ids.get(now[m]) if m in now and current.get(m) == s else None
            )
            for m, (s, t) in sorted(places.items())
        ),
        (),
    )


def repair_execute(run: ScheduleRun) -> ScheduleRun:
    """Run the engine's repair for a RUNNING repair run and store its proposal (the schedule
    and the change list); the database's meetings are not touched."""
    engine = engine_module()
    event = run.event
    places = announced_places(event) or {}
    try:
        ep = problem_for_event(event, pin_announced=False)
        result = engine.repair(
            ep.problem,
            _previous(engine, ep, places),
            max_moves=int(run.max_moves or 0),
            time_limit=float(run.time_limit),
        )
    except ValidationFailed as exc:
        return _fail(run, str(exc.message))
    except (engine.InstanceError, engine.ScheduleError, engine.RepairError) as exc:
        return _fail(run, str(_("The repair failed: %(e)s") % {"e": exc}))
    new = {ep.meeting_ids[a.meeting]: (a.slot, a.table) for a in result.schedule.assignments}
    changes = diff(places, new, ep.meeting_ids.values())
    run.proposal = run.proposal | {
        "assignments": sorted([m, s, t] for m, (s, t) in new.items()),
        "interpreters": {
            str(ep.meeting_ids[a.meeting]): ep.interpreter_ids[a.interpreter]
            for a in result.schedule.assignments
            if a.interpreter in ep.interpreter_ids
        },
        "changes": changes,
    }
    run.stats = result.stats.summary()
    run.status = RunStatus.PROPOSED
    run.finished_at = timezone.now()
    run.save(update_fields=["proposal", "stats", "status", "finished_at"])
    return run


def _fail(run: ScheduleRun, message: str) -> ScheduleRun:
    run.status = RunStatus.FAILED
    run.message = message[:5000]
    run.finished_at = timezone.now()
    run.save(update_fields=["status", "message", "finished_at"])
    return run


def _locked_proposal(actor: Any, run: ScheduleRun) -> tuple[Event, ScheduleRun]:
    if not is_staff(actor):
        raise PermissionDenied()
    event = Event.objects.select_for_update().get(pk=run.event_id)
    locked = ScheduleRun.objects.select_for_update().get(pk=run.pk)
    if locked.kind != RunKind.REPAIR or locked.status != RunStatus.PROPOSED:
        raise Conflict(_("This repair is no longer waiting for a decision."))
    return event, locked


def _proposal_schedule(event: Event, run: ScheduleRun) -> tuple[EventProblem, Any]:
    """The proposal as a schedule of the event as it is now, checked by the engine's checker:
    Conflict when the event changed so that it no longer holds (a new announcement, a
    participant's availability)."""
    engine = engine_module()
    version = latest_version(event)
    if (version.number if version else 0) != run.proposal.get("base_version", 0):
        raise Conflict(_("Another agenda was announced since this repair; run it again."))
    ep = problem_for_event(event, pin_announced=False)
    known = {f"m{m}" for m in ep.meeting_ids.values()}
    who = {str(pk): key for key, pk in ep.interpreter_ids.items()}
    chosen = {m: who.get(str(i)) for m, i in run.proposal.get("interpreters", {}).items()}
    assignments = tuple(
        engine.Assignment(f"m{m}", s, t, chosen.get(str(m)))
        for m, s, t in run.proposal.get("assignments", [])
        if f"m{m}" in known
    )
    placed = {a.meeting for a in assignments}
    schedule = engine.Schedule(assignments, tuple(sorted(known - placed)))
    if engine.check_schedule(ep.problem, schedule):
        raise Conflict(_("The event changed since this repair; run it again."))
    return ep, schedule


@transaction.atomic
def repair_announce(*, actor: Any, run: ScheduleRun) -> ScheduleVersion:
    """Save the proposed schedule, pin it as announced, record the version and tell the
    participants whose meetings changed. Nothing is saved when the proposal no longer fits."""
    event, locked = _locked_proposal(actor, run)
    ep, schedule = _proposal_schedule(event, locked)
    before = announced_places(event)
    save_assignments(event, ep, schedule)
    Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE, slot__isnull=False).update(
        announced=True
    )
    locked.status = RunStatus.APPLIED
    locked.save(update_fields=["status"])
    event.schedule_published_at = timezone.now()
    event.save(update_fields=["schedule_published_at", "updated_at"])
    return version_record(event=event, actor=actor, run=locked, stats=locked.stats, before=before)


@transaction.atomic
def repair_discard(*, actor: Any, run: ScheduleRun) -> ScheduleRun:
    """Drop a proposal: the announced agenda stays as it is."""
    _event, locked = _locked_proposal(actor, run)
    locked.status = RunStatus.DISCARDED
    locked.save(update_fields=["status"])
    return locked
