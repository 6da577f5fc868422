"""`techbridge bench event --participants 4000 --requests 20000 [--database URL] --json`.

The convention at its real size, through the whole platform: in a scratch database (a
temporary SQLite file, or ``ms_bench_event`` on the PostgreSQL server of ``--database``)
an events organiser creates a two-day convention, registers the participants through
``participant_register`` (some with availability windows), and the requests are made and
accepted through ``request_create`` / ``request_accept``. Then, timed:

- **schedule and save**: the organiser's path, ``schedule_run_start`` (its task solves, checks
  and saves slot, table and seats under the database constraints) then ``schedule_announce``;
- **repair and save**: after a change set made through the services (cancellations, people
  who lose a session, late accepted requests, late registrations), ``repair_start`` (the
  engine's repair, K = 5 % of the announced meetings) then ``repair_announce`` (save, change
  log, notices to the people whose meetings changed);
- the participant directory and personal agendas, 200 random page loads each (p50, p95);
- every badge and every PDF agenda rendered (``events.documents``);
- peak memory of the process.
"""

from __future__ import annotations

import os
import random
import resource
import time
from datetime import date, datetime, timedelta
from datetime import time as dtime
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import connections
from django.test.utils import override_settings

from techbridge.tooling.bench.event_measure import documents, page_loads
from techbridge.tooling.scratch import fill, progress, scratch_database

BENCH_DB = "ms_bench_event"
MEMORY_MAIL = "django.core.mail.backends.locmem.EmailBackend"
# the pages are rendered without `collectstatic` (no manifest of hashed names needed)
PLAIN_STATIC = "django.contrib.staticfiles.storage.StaticFilesStorage"
ZONE = ZoneInfo("Asia/Shanghai")
DAY1 = date(2031, 6, 10)
SESSIONS = (("am", dtime(9), dtime(12)), ("pm", dtime(13, 30), dtime(17, 30)))
PER_ORG = 4
THROUGH_SERVICES = 400


def run(*, participants: int, requests: int, seed: int = 0, database: str | None = None,
        keep: bool = False, time_limit: int = 40,
        through_services: int = THROUGH_SERVICES) -> dict[str, Any]:  # fmt: skip
    with scratch_database(database, name=BENCH_DB, keep=keep) as scratch:
        progress(f"bench: event of {participants} participants in {scratch.config['NAME']}")
        with override_settings(
            MAILERS={"default": {"BACKEND": MEMORY_MAIL}},
            ALLOWED_HOSTS=["testserver", "*"],
            STORAGES={**settings.STORAGES, "staticfiles": {"BACKEND": PLAIN_STATIC}},
        ):
            result = _run(participants, requests, seed, time_limit, through_services)
        vendor = connections["default"].vendor
    return {
        "participants": participants,
        "requests": requests,
        **result,
        "max_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0, 1),
        "database": vendor,
        "scratch": str(scratch.config["NAME"]),
    }


def _timed(figures: dict[str, Any], key: str, call: Any) -> Any:
    started = time.perf_counter()
    result = call()
    figures[key] = round(time.perf_counter() - started, 2)
    figures["load_average"].append([key, round(os.getloadavg()[0], 1)])
    return result


def _run(n: int, n_requests: int, seed: int, time_limit: int, served: int) -> dict[str, Any]:
    rng = random.Random(seed)
    figures: dict[str, Any] = {"load_average": [["start", round(os.getloadavg()[0], 1)]]}
    fill(0, seed)  # the synthetic organisations
    staff = _organiser()
    event = _timed(figures, "create_event_seconds", lambda: _event(staff, n, time_limit))
    setup = {"through_services": served}
    people = _timed(figures, "register_seconds", lambda: _register(staff, event, n, rng, setup))
    made = _timed(figures, "requests_seconds", lambda: _meet(staff, people, n_requests, rng, setup))
    figures["setup"] = setup
    figures["meetings"] = made
    progress(f"bench: {len(people)} participants, {made} meetings; scheduling")
    run = _timed(figures, "schedule_and_save_seconds", lambda: _schedule(staff, event))
    figures["schedule"] = run.stats | {"status": run.status, "message": run.message[:200]}
    _timed(figures, "announce_seconds", lambda: _announce(staff, event))
    progress("bench: change set, then repair")
    figures["changes"] = _timed(figures, "change_set_seconds", lambda: _change(staff, event, rng))
    repair = _timed(figures, "repair_and_save_seconds", lambda: _repair(staff, event))
    figures["repair"] = repair
    progress("bench: page loads")
    figures["pages"] = page_loads(staff, event, rng, loads=200)
    progress("bench: badges and agendas")
    figures["documents"] = _timed(figures, "documents_seconds", lambda: documents(staff, event))
    return figures


def _organiser() -> Any:
    from techbridge.accounts.models import User

    return User.objects.create_user(
        email="bench-organiser@example.org", password=None, is_staff=True, department="events"
    )


def _event(staff: Any, n: int, time_limit: int) -> Any:
    from techbridge.events import services

    start = datetime.combine(DAY1, dtime(8), tzinfo=ZONE)
    event = services.event_create(
        actor=staff,
        data={
            "slug": "bench-convention", "type": "convention",
            "title_en": "Benchmark convention", "title_zh": "基准大会",
            "venue": "Expo Centre", "city": "Suzhou", "time_zone": "Asia/Shanghai",
            "starts_at": start, "ends_at": start + timedelta(days=1, hours=11),
            "b2b_enabled": True, "slot_minutes": 20, "tables": max(20, n // 6),
            "interpreter_tables": max(2, n // 60), "max_meetings": 16,
            "max_pending_requests": 20, "schedule_time_limit": time_limit,
        },
    )  # fmt: skip
    for day in (DAY1, DAY1 + timedelta(days=1)):
        for name, begin, end in SESSIONS:
            services.slots_generate(
                actor=staff, event=event, day=day, start=begin, end=end, session=f"{day}-{name}"
            )
    return event


def _windows(rng: random.Random) -> list[tuple[datetime, datetime]]:
    """One participant in ten comes for one day only, one in ten misses one session."""
    sessions = [
        (datetime.combine(d, b, tzinfo=ZONE), datetime.combine(d, e, tzinfo=ZONE))
        for d in (DAY1, DAY1 + timedelta(days=1))
        for _n, b, e in SESSIONS
    ]
    draw = rng.random()
    if draw < 0.1:
        return sessions[:2] if rng.random() < 0.5 else sessions[2:]
    if draw < 0.2:
        return [s for i, s in enumerate(sessions) if i != rng.randrange(4)]
    return []


def _register(staff: Any, event: Any, n: int, rng: random.Random,
              setup: dict[str, Any]) -> list[Any]:  # fmt: skip
    """The first `through_services` registrations through `participant_register` (its
    mean time per call is reported); the others as the same rows in bulk (participant,
    availability windows), so that a contended machine sets up 4,000 people in minutes."""
    from techbridge.accounts.models import Organisation
    from techbridge.events import services

    orgs = list(Organisation.objects.order_by("id")[: max(2, n // PER_ORG)])
    rows = [_registration(i, orgs[i % len(orgs)], rng) for i in range(n)]
    served = min(n, setup["through_services"])
    started = time.perf_counter()
    people = [
        services.participant_register(actor=staff, event=event, organisation=org, data=data)
        for org, data in rows[:served]
    ]
    if served:
        setup["register_ms_per_call"] = round(1000 * (time.perf_counter() - started) / served, 1)
    people += _register_bulk(staff, event, rows[served:])
    return people


def _registration(i: int, org: Any, rng: random.Random) -> tuple[Any, dict[str, Any]]:
    return org, {
        "name": f"Representative {i}",
        "email": f"rep{i}@example.org",
        "languages": ["zh"] if org.country == "CN" else ["en"],
        "needs_interpreter": rng.random() < 0.05,
        "availability": _windows(rng),
    }


def _register_bulk(staff: Any, event: Any, rows: list[tuple[Any, dict[str, Any]]]) -> list[Any]:
    from techbridge.events.models import AvailabilityWindow, Participant, RegistrationStatus

    people = Participant.objects.bulk_create(
        [
            Participant(
                event=event,
                organisation=org,
                registered_by=staff,
                name=d["name"],
                email=d["email"],
                languages=d["languages"],
                needs_interpreter=d["needs_interpreter"],
                status=RegistrationStatus.CONFIRMED,
            )
            for org, d in rows
        ],
        batch_size=500,
    )
    AvailabilityWindow.objects.bulk_create(
        [
            AvailabilityWindow(participant=p, starts_at=s, ends_at=e)
            for p, (_org, d) in zip(people, rows, strict=True)
            for s, e in d["availability"]
        ],
        batch_size=1000,
    )
    return people


def pairs(people: list[Any], wanted: int, rng: random.Random, cap: int) -> list[tuple[Any, Any]]:
    """Random pairs across organisations, Chinese with foreign ones mostly, a few
    participants much more popular than others, at most `cap` meetings each."""
    cn = [p for p in people if p.languages == ["zh"]]
    other = [p for p in people if p.languages != ["zh"]] or cn
    weights = [rng.paretovariate(2.0) for _ in other]
    load: dict[int, int] = {}
    seen: set[tuple[int, int]] = set()
    chosen: list[tuple[Any, Any]] = []
    tries = 0
    while len(chosen) < wanted and tries < wanted * 20:
        tries += 1
        a = rng.choice(cn)
        b = rng.choices(other, weights)[0] if rng.random() < 0.9 else rng.choice(people)
        key = (min(a.pk, b.pk), max(a.pk, b.pk))
        if a.organisation_id == b.organisation_id or key in seen:
            continue
        if load.get(a.pk, 0) >= cap or load.get(b.pk, 0) >= cap:
            continue
        seen.add(key)
        load[a.pk] = load.get(a.pk, 0) + 1
        load[b.pk] = load.get(b.pk, 0) + 1
        chosen.append((a, b))
    return chosen


def _meet(staff: Any, people: list[Any], wanted: int, rng: random.Random,
          setup: dict[str, Any]) -> int:  # fmt: skip
    """The first `through_services` pairs through `request_create` + `request_accept`
    (mean time per pair reported), the others as the same rows in bulk (the accepted
    request and its meeting, under the same database constraints)."""
    from techbridge.events import services

    chosen = pairs(people, wanted, rng, cap=people[0].event.max_meetings - 2)
    served = min(len(chosen), setup["through_services"])
    started = time.perf_counter()
    for a, b in chosen[:served]:
        req = services.request_create(actor=staff, requester=a, recipient=b)
        services.request_accept(actor=staff, request=req)
    if served:
        setup["request_and_accept_ms_per_pair"] = round(
            1000 * (time.perf_counter() - started) / served, 1
        )
    _meet_bulk(staff, chosen[served:])
    return len(chosen)


def _meet_bulk(staff: Any, chosen: list[tuple[Any, Any]]) -> None:
    from django.utils import timezone

    from techbridge.events.models import Meeting, MeetingRequest, RequestStatus

    if not chosen:
        return
    now = timezone.now()
    event = chosen[0][0].event
    requests = MeetingRequest.objects.bulk_create(
        [
            MeetingRequest(
                event=event,
                requester=a,
                recipient=b,
                status=RequestStatus.ACCEPTED,
                created_by=staff,
                created_at=now,
                expires_at=now + timedelta(hours=72),
                decided_at=now,
            )
            for a, b in chosen
        ],
        batch_size=1000,
    )
    Meeting.objects.bulk_create(
        [
            Meeting(
                event=event, request=r, a_id=min(a.pk, b.pk), b_id=max(a.pk, b.pk), created_by=staff
            )
            for r, (a, b) in zip(requests, chosen, strict=True)
        ],
        batch_size=1000,
    )


def _schedule(staff: Any, event: Any) -> Any:
    """The organiser's path: the run is queued, its task solves and saves (in process with
    the default task backend, right after the commit; run here otherwise)."""
    from techbridge.events import services

    run = services.schedule_run_start(actor=staff, event=event)
    services.schedule_run_execute(run.pk)
    run.refresh_from_db()
    return run


def _announce(staff: Any, event: Any) -> int:
    from techbridge.events import services

    return services.schedule_announce(actor=staff, event=event)


def _change(staff: Any, event: Any, rng: random.Random) -> dict[str, int]:
    """Late changes through the services: 1 % cancel, 1 % lose a session (an organiser
    moves their availability), 1 % of the meetings are new requests accepted late, and
    0.5 % late registrations with three meetings each."""
    from techbridge.events import services
    from techbridge.events.models import Participant, RegistrationStatus

    people = list(Participant.objects.filter(event=event, status=RegistrationStatus.CONFIRMED))
    rng.shuffle(people)
    k = max(1, len(people) // 100)
    for p in people[:k]:
        services.participant_cancel(actor=staff, participant=p)
    lose = people[k : 2 * k]
    for p in lose:
        windows = _windows(random.Random(p.pk)) or _full_days()
        keep = [w for i, w in enumerate(windows) if i != rng.randrange(len(windows))]
        services.participant_set_availability(actor=staff, participant=p, windows=keep or windows)
    rest = people[2 * k :]
    late = _register_late(staff, event, max(1, len(people) // 200), rng)
    made = _late_meetings(staff, rest, late, rng, k * 5)
    return {"cancelled": k, "lost_session": len(lose), "late_registrations": len(late),
            "late_meetings": made}  # fmt: skip


def _full_days() -> list[tuple[datetime, datetime]]:
    return [
        (datetime.combine(d, b, tzinfo=ZONE), datetime.combine(d, e, tzinfo=ZONE))
        for d in (DAY1, DAY1 + timedelta(days=1))
        for _n, b, e in SESSIONS
    ]


def _register_late(staff: Any, event: Any, n: int, rng: random.Random) -> list[Any]:
    from techbridge.accounts.models import Organisation
    from techbridge.events import services

    orgs = list(Organisation.objects.order_by("-id")[:n])
    return [
        services.participant_register(
            actor=staff,
            event=event,
            organisation=org,
            data={"name": f"Late representative {i}", "languages": ["en"]},
        )
        for i, org in enumerate(orgs)
    ]


def _late_meetings(staff: Any, rest: list[Any], late: list[Any], rng: random.Random,
                   wanted: int) -> int:  # fmt: skip
    from techbridge.core.errors import DomainError
    from techbridge.events import services

    chosen = [(p, rng.choice(rest)) for p in late for _ in range(3)]
    chosen += [(rng.choice(rest), rng.choice(rest)) for _ in range(wanted)]
    made = 0
    for a, b in chosen:
        try:
            req = services.request_create(actor=staff, requester=a, recipient=b)
            services.request_accept(actor=staff, request=req)
            made += 1
        except DomainError:  # same organisation, a pair that meets already, a full agenda
            continue
    return made


def _repair(staff: Any, event: Any) -> dict[str, Any]:
    """Repair with at most 5 % of the announced meetings moved, then announce it."""
    from techbridge.events.models import Meeting, RunStatus
    from techbridge.events.services.repair import repair_announce, repair_start
    from techbridge.events.services.scheduling import schedule_run_execute

    announced = Meeting.objects.filter(event=event, announced=True, slot__isnull=False).count()
    run = repair_start(actor=staff, event=event, max_moves=announced // 20)
    schedule_run_execute(run.pk)
    run.refresh_from_db()
    figures = {"status": run.status, "message": run.message[:200], **run.stats}
    figures["changes_listed"] = len(run.proposal.get("changes", []))
    if run.status == RunStatus.PROPOSED:
        started = time.perf_counter()
        version = repair_announce(actor=staff, run=run)
        figures["announce_seconds"] = round(time.perf_counter() - started, 2)
        figures["version"] = version.number
    return figures
