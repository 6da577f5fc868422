"""The demo events' people: organisations, participants with their profiles and
availability, and meeting requests between them (bulk-created, generated consistent:
different organisations per pair, caps respected, no repeated pair)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from techbridge.accounts.models import Organisation, User
from techbridge.events.models import (
    AvailabilityWindow,
    Event,
    Meeting,
    MeetingRequest,
    Participant,
    RegistrationStatus,
    RequestStatus,
)
from techbridge.profiles.models import TechnologyProfile

MEMBER_EMAIL = "member@techbridge.example"


MEMBER_CN_EMAIL = "member-cn@techbridge.example"


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


def _name(rng: random.Random, chinese: bool) -> str:
    if chinese:
        return rng.choice(CN_SURNAMES) + rng.choice(CN_GIVEN)
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def organisations(rng: random.Random, n_foreign: int, n_cn: int) -> list[Organisation]:
    foreign = list(Organisation.objects.exclude(country="CN").order_by("id"))
    chinese = list(Organisation.objects.filter(country="CN").order_by("id"))
    rng.shuffle(foreign)
    rng.shuffle(chinese)
    return foreign[:n_foreign] + chinese[:n_cn]


def participants(
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


def _foreign(org: Organisation, name: str) -> list[str]:
    """A foreign representative's languages: English, and German for German-speaking
    countries (some of them German only, picked by name so the random sequence is kept)."""
    if str(org.country) not in ("DE", "AT", "CH"):
        return ["en"]
    return ["de"] if len(name) % 2 else ["de", "en"]


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
        languages=["zh"] + (["en"] if rng.random() < 0.7 else [])
        if chinese
        else _foreign(org, name),
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


def requests(
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
