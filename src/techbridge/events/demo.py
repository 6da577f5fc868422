"""Demo events: the yearly convention (300+ participants from the demo organisations, 1,000+
accepted meeting requests, left for the organiser to schedule from the staff page), a
matchmaking event (small, scheduled at load) and a seminar. Idempotent: keyed on slugs.

Rows are bulk-created (the services check one registration at a time; the demo data is
generated consistent: different organisations per pair, caps respected, no repeated pair)."""

from __future__ import annotations

import logging
import random
from datetime import datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django.db import transaction
from django.db.models import Q

from techbridge.accounts.models import Organisation, User
from techbridge.events.models import (
    AvailabilityWindow,
    Event,
    Meeting,
    MeetingRequest,
    MeetingSlot,
    Participant,
    ProgrammeSession,
    RegistrationStatus,
    RequestStatus,
    RunStatus,
    ScheduleRun,
)
from techbridge.profiles.models import TechnologyProfile

logger = logging.getLogger(__name__)
TZ = ZoneInfo("Asia/Shanghai")
MEMBER_EMAIL = "member@techbridge.example"
MEMBER_CN_EMAIL = "member-cn@techbridge.example"
STAFF_EMAIL = "staff@techbridge.example"
CONVENTION_PEOPLE = 320
CONVENTION_MEETINGS = 1100
MATCHMAKING_PEOPLE = 40
MATCHMAKING_MEETINGS = 90

FIRST = ("Anna", "Lukas", "Sophie", "Marco", "Elena", "Jan", "Claire", "Pierre", "Sara", "David",
         "Laura", "Tomás", "Ingrid", "Mikko", "Aiko", "Kenji", "Min-jun", "Olga", "Rahul", "Fatima",
         "Peter", "Julia", "Hans", "Marta", "Nils", "Chloé", "Paolo", "Eva", "Omar", "Lena")  # fmt: skip
LAST = ("Müller", "Rossi", "Dubois", "García", "Novak", "Jensen", "Virtanen", "Tanaka", "Kim",
        "Smith", "Schmidt", "Bianchi", "Martin", "Kowalski", "Horvat", "Ivanova", "Sato", "Khan",
        "Weber", "Fischer", "Laurent", "Moreau", "Costa", "Nielsen", "Berg", "Silva")  # fmt: skip
CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高"
CN_GIVEN = ("伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "涛", "明", "超",
            "秀英", "建华", "晓东", "海燕", "志强", "文博", "雨涵", "子轩", "思远")  # fmt: skip
ROLES = ("Technology transfer officer", "CEO", "CTO", "Head of R&D", "Business developer",
         "Professor", "Licensing manager", "Investment manager", "Project manager")  # fmt: skip
CN_ROLES = ("总经理", "技术总监", "研发部主任", "副总裁", "技术转移经理", "教授", "投资经理")


def _day(now: datetime, days: int) -> datetime:
    return datetime.combine((now + timedelta(days=days)).astimezone(TZ).date(), time(0), tzinfo=TZ)


def _name(rng: random.Random, chinese: bool) -> str:
    if chinese:
        return rng.choice(CN_SURNAMES) + rng.choice(CN_GIVEN)
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _event(slug: str, **fields: Any) -> tuple[Event, bool]:
    existing = Event.objects.filter(slug=slug).first()
    if existing is not None:
        return existing, False
    return Event.objects.create(slug=slug, **fields), True


def _slots(event: Event, day0: datetime, sessions: list[tuple[int, str, int, int]]) -> None:
    step = timedelta(minutes=event.slot_minutes)
    rows = []
    for day, label, h0, h1 in sessions:
        at = day0 + timedelta(days=day, hours=h0)
        stop = day0 + timedelta(days=day, hours=h1)
        while at + step <= stop:
            rows.append(MeetingSlot(event=event, session=label, starts_at=at, ends_at=at + step))
            at += step
    MeetingSlot.objects.bulk_create(rows)


def _programme(event: Event, day0: datetime, rows: list[tuple[Any, ...]]) -> None:
    ProgrammeSession.objects.bulk_create(
        ProgrammeSession(
            event=event,
            kind=kind,
            title_en=en,
            title_zh=zh,
            speakers=speakers,
            room=room,
            starts_at=day0 + timedelta(days=d, hours=h),
            ends_at=day0 + timedelta(days=d, hours=h + length),
        )
        for d, h, length, kind, en, zh, speakers, room in rows
    )


def _organisations(rng: random.Random, n_foreign: int, n_cn: int) -> list[Organisation]:
    foreign = list(Organisation.objects.exclude(country="CN").order_by("id"))
    chinese = list(Organisation.objects.filter(country="CN").order_by("id"))
    rng.shuffle(foreign)
    rng.shuffle(chinese)
    return foreign[:n_foreign] + chinese[:n_cn]


def _participants(
    rng: random.Random, event: Event, orgs: list[Organisation], n: int, day0: datetime
) -> list[Participant]:
    """n people from the organisations (the demo members' own first), bulk-created."""
    member = User.objects.filter(email=MEMBER_EMAIL).first()
    member_cn = User.objects.filter(email=MEMBER_CN_EMAIL).first()
    own = [
        (u, o)
        for u in (member, member_cn)
        if u is not None
        for o in Organisation.objects.filter(memberships__user=u)[:1]
    ]
    rows: list[Participant] = []
    seen: set[tuple[int, str]] = set()
    for user, org in own:
        rows.append(_person(rng, event, org, user.full_name or user.email, user))
        seen.add((org.pk, rows[-1].name))
    i = 0
    while len(rows) < n and orgs:
        org = orgs[i % len(orgs)]
        i += 1
        p = _person(rng, event, org, _name(rng, str(org.country) == "CN"), None)
        if (org.pk, p.name) not in seen:
            seen.add((org.pk, p.name))
            rows.append(p)
    Participant.objects.bulk_create(rows, batch_size=500)
    people = list(Participant.objects.filter(event=event).select_related("organisation"))
    _profiles(people)
    _availability(rng, people, event, day0)
    return people


def _person(
    rng: random.Random, event: Event, org: Organisation, name: str, user: User | None
) -> Participant:
    chinese = str(org.country) == "CN"
    sectors = list(org.sectors or [])[:3]
    return Participant(
        event=event,
        organisation=org,
        user=user,
        registered_by=user,
        name=name[:150],
        role=rng.choice(CN_ROLES if chinese else ROLES),
        languages=["zh"] + (["en"] if rng.random() < 0.5 else []) if chinese else ["en"],
        needs_interpreter=chinese and rng.random() < 0.12,
        sectors=sectors,
        partnership_types=rng.sample(
            [
                "licence_in",
                "licence_out",
                "joint_rd",
                "investment_sought",
                "purchase",
                "technical_cooperation",
                "distribution",
            ],
            2,
        ),
        status=RegistrationStatus.CONFIRMED,
    )


def _profiles(people: list[Participant]) -> None:
    """Each person brings up to two published profiles of their organisation."""
    org_ids = {p.organisation_id for p in people}
    by_org: dict[int, list[int]] = {}
    for pid, oid in TechnologyProfile.objects.filter(
        organisation_id__in=org_ids, status="published"
    ).values_list("id", "organisation_id"):
        by_org.setdefault(oid, []).append(pid)
    through = Participant.profiles.through
    through.objects.bulk_create(
        [
            through(participant_id=p.pk, technologyprofile_id=tp)
            for p in people
            for tp in by_org.get(p.organisation_id, [])[:2]
        ],
        batch_size=1000,
    )


def _availability(
    rng: random.Random, people: list[Participant], event: Event, day0: datetime
) -> None:
    """One in six can only come on the first day."""
    AvailabilityWindow.objects.bulk_create(
        AvailabilityWindow(participant=p, starts_at=day0, ends_at=day0 + timedelta(days=1))
        for p in people
        if rng.random() < 1 / 6 and p.user_id is None
    )


def _pairs(
    rng: random.Random, people: list[Participant], n: int, cap: int
) -> list[tuple[Participant, Participant]]:
    """n distinct pairs of people of different organisations, mostly abroad-China, each person
    in at most `cap` pairs; the demo members get a few."""
    load = {p.pk: 0 for p in people}
    pairs: set[tuple[int, int]] = set()
    out = []
    cn = [p for p in people if str(p.organisation.country) == "CN"]
    foreign = [p for p in people if str(p.organisation.country) != "CN"]
    members = [p for p in people if p.user_id is not None]
    tries = 0
    while len(out) < n and tries < n * 20:
        tries += 1
        if members and len(out) < 12:
            a = members[len(out) % len(members)]
            b = rng.choice(cn if str(a.organisation.country) != "CN" else foreign)
        elif rng.random() < 0.8:
            a, b = rng.choice(foreign), rng.choice(cn)
        else:
            a, b = rng.sample(people, 2)
        key = (min(a.pk, b.pk), max(a.pk, b.pk))
        if a.organisation_id == b.organisation_id or key in pairs:
            continue
        if load[a.pk] >= cap or load[b.pk] >= cap:
            continue
        pairs.add(key)
        load[a.pk] += 1
        load[b.pk] += 1
        out.append((a, b))
    return out


def _requests(
    rng: random.Random, event: Event, people: list[Participant], n: int, now: datetime
) -> int:
    """n accepted requests with their meetings, plus some pending and declined ones."""
    pairs = _pairs(rng, people, n + n // 8, event.max_meetings)
    accepted, rest = pairs[:n], pairs[n:]
    created = now - timedelta(days=10)
    reqs = [
        MeetingRequest(
            event=event,
            requester=a,
            recipient=b,
            message="We would like to meet you.",
            status=RequestStatus.ACCEPTED,
            created_at=created,
            decided_at=created + timedelta(days=1),
            expires_at=created + timedelta(hours=event.request_expiry_hours),
        )
        for a, b in accepted
    ]
    for i, (a, b) in enumerate(rest):
        pending = i % 2 == 0
        reqs.append(
            MeetingRequest(
                event=event,
                requester=a,
                recipient=b,
                message="Could we talk about licensing?",
                status=RequestStatus.PENDING if pending else RequestStatus.DECLINED,
                created_at=now - timedelta(hours=2),
                decided_at=None if pending else now,
                expires_at=now + timedelta(hours=event.request_expiry_hours),
            )
        )
    MeetingRequest.objects.bulk_create(reqs, batch_size=500)
    saved = MeetingRequest.objects.filter(event=event, status=RequestStatus.ACCEPTED)
    Meeting.objects.bulk_create(
        [
            Meeting(
                event=event,
                request_id=r.pk,
                a_id=min(r.requester_id, r.recipient_id),
                b_id=max(r.requester_id, r.recipient_id),
                priority=rng.choice((1, 1, 2, 3)),
            )
            for r in saved
        ],
        batch_size=500,
    )
    return len(accepted)


def _convention(rng: random.Random, now: datetime) -> dict[str, int]:
    day0 = _day(now, 60)
    event, fresh = _event(
        f"convention-{day0.year}",
        type="convention",
        title_en=f"International Technology Transfer Convention {day0.year}",
        title_zh=f"{day0.year}国际技术转移大会",
        description_en="Two days of forums, technology roadshows and pre-arranged one-to-one "
        "B2B meetings between foreign technology holders and Chinese industry.",
        description_zh="两天的论坛、技术路演以及境外技术持有方与中国企业之间预先安排的一对一洽谈。",
        venue="International Expo Centre, Hall 3",
        city="Suzhou",
        time_zone="Asia/Shanghai",
        starts_at=day0 + timedelta(hours=9),
        ends_at=day0 + timedelta(days=1, hours=18),
        capacity=600,
        registration_opens_at=now - timedelta(days=30),
        registration_closes_at=day0 - timedelta(days=3),
        b2b_enabled=True,
        slot_minutes=20,
        tables=60,
        interpreter_tables=10,
        max_meetings=12,
        max_pending_requests=20,
        schedule_time_limit=60,
    )
    if not fresh:
        return {}
    _slots(event, day0, [(0, "d1-pm", 14, 18), (1, "d2-am", 9, 12), (1, "d2-pm", 14, 17)])
    _programme(
        event,
        day0,
        [
            (0, 9, 1, "ceremony", "Opening ceremony", "开幕式", "", "Main hall"),
            (
                0,
                10,
                2,
                "forum",
                "Forum: carbon neutrality technologies",
                "论坛：碳中和技术",
                "Dr. Elena Rossi; 王建华教授",
                "Main hall",
            ),
            (
                1,
                9,
                1,
                "talk",
                "Roadshow: medical devices",
                "路演：医疗器械",
                "Eight start-ups",
                "Room A",
            ),
        ],
    )
    orgs = _organisations(rng, 150, 150)
    people = _participants(rng, event, orgs, CONVENTION_PEOPLE, day0)
    accepted = _requests(rng, event, people, CONVENTION_MEETINGS, now)
    return {"convention_participants": len(people), "convention_accepted_requests": accepted}


def _matchmaking(rng: random.Random, now: datetime) -> dict[str, int]:
    day0 = _day(now, 21)
    event, fresh = _event(
        f"matchmaking-energy-{day0:%Y%m}",
        type="matchmaking",
        title_en="Matchmaking: energy storage and hydrogen",
        title_zh="对接会：储能与氢能",
        description_en="An afternoon of B2B meetings on energy storage and hydrogen.",
        description_zh="储能与氢能专题的一对一洽谈。",
        venue="TechBridge centre, 5F",
        city="Shanghai",
        time_zone="Asia/Shanghai",
        starts_at=day0 + timedelta(hours=13),
        ends_at=day0 + timedelta(hours=18),
        b2b_enabled=True,
        slot_minutes=20,
        tables=15,
        interpreter_tables=3,
        max_meetings=8,
        schedule_time_limit=10,
    )
    if not fresh:
        return {}
    _slots(event, day0, [(0, "pm", 14, 17)])
    orgs = _organisations(rng, 20, 20)
    people = _participants(rng, event, orgs, MATCHMAKING_PEOPLE, day0)
    accepted = _requests(rng, event, people, MATCHMAKING_MEETINGS, now)
    return {"matchmaking_accepted_requests": accepted}


def _seminar(now: datetime) -> dict[str, int]:
    day0 = _day(now, 14)
    event, fresh = _event(
        f"seminar-ip-{day0:%Y%m}",
        type="seminar",
        title_en="Seminar: licensing technology into China",
        title_zh="研讨会：向中国许可技术",
        description_en="Patents, contracts and technology import registration, with the "
        "centre's legal department.",
        description_zh="专利、合同与技术进口登记，由中心法律部主讲。",
        venue="TechBridge centre, 3F",
        city="Shanghai",
        time_zone="Asia/Shanghai",
        starts_at=day0 + timedelta(hours=14),
        ends_at=day0 + timedelta(hours=17),
        capacity=80,
        requires_approval=True,
    )
    if fresh:
        _programme(
            event,
            day0,
            [
                (0, 14, 1, "talk", "Patents in China", "中国专利制度", "Legal department", "3F"),
                (0, 15, 1, "workshop", "Licence contracts", "许可合同", "Legal department", "3F"),
            ],
        )
    return {}


def _schedule(slug_prefix: str) -> dict[str, int]:
    """Schedule an event at load: the convention takes about 2 s of solving (1,100 meetings,
    0 holes), so the demo's participants have agendas at once; the schedule is not announced,
    so the organiser may run the scheduler again from the staff page."""
    from techbridge.events.services import schedule_run_execute

    event = Event.objects.filter(slug__startswith=slug_prefix).order_by("-id").first()
    staff = User.objects.filter(email=STAFF_EMAIL).first()
    if event is None or Meeting.objects.filter(event=event, slot__isnull=False).exists():
        return {}
    run = ScheduleRun.objects.create(event=event, started_by=staff, time_limit=20)
    try:
        run = schedule_run_execute(run.pk)
    except Exception:  # the demo must load even when the solver is unavailable
        logger.exception("demo: scheduling %s failed", event.slug)
        ScheduleRun.objects.filter(pk=run.pk).update(status=RunStatus.FAILED)
        return {}
    return {f"{slug_prefix.split('-')[0]}_scheduled": int(run.stats.get("saved", 0))}


def load(*, now: datetime) -> dict[str, int]:
    """Create the demo events once; later calls change nothing."""
    rng = random.Random(2026)
    with transaction.atomic():
        summary = _convention(rng, now)
        summary |= _matchmaking(rng, now)
        summary |= _seminar(now)
    summary |= _schedule("matchmaking-energy-")
    summary |= _schedule("convention-")
    summary["events"] = Event.objects.filter(~Q(slug="")).count()
    return summary
