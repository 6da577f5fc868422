"""Demo service desk (idempotent: nothing is added once demo cases exist), written through the
services with simulated times, so that numbers, statuses, replies and history are exactly what
the platform would have made:

- the starter catalogue (every service type, in English and Chinese);
- staff in the legal, scientific and international-relations departments;
- a contact person in a dozen organisations, and 64 cases over the last ten weeks in every
  state, in both languages, some linked to profiles; the demo members' organisations have
  cases too (the member's dashboard shows them);
- the departments' policies (business hours, heads), hand-offs (questions shared with the
  legal department, some answered; transfers), ratings of closed cases, and the SLA sweep
  run at the end, so the breach list and the warnings are those of the simulated history;
- watchers (`demo_work`).

Depends on nothing outside the repository (no ../shared)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction

from techbridge.accounts.models import Membership, Organisation, User
from techbridge.core.choices import Department, MemberRole
from techbridge.desk import demo_knowledge, demo_procedures, demo_work, notices, services
from techbridge.desk.models import Case, CaseStatus, ServiceType, Visibility
from techbridge.desk.models_sla import DepartmentPolicy, HandoffKind
from techbridge.desk.services.sla_watch import sla_sweep
from techbridge.desk.starter import SERVICES
from techbridge.profiles.models import TechnologyProfile

# The demo members and password of the demo loader (tooling, a floor no app imports).
MEMBER_EMAIL = "member@techbridge.example"
MEMBER_CN_EMAIL = "member-cn@techbridge.example"
DEMO_PASSWORD = "techbridge-demo"  # noqa: S105 - printed by `make demo`, demo only
STAFF = (
    ("legal@techbridge.example", "Zhao Min (legal)", Department.LEGAL),
    ("legal2@techbridge.example", "Sun Hao (legal)", Department.LEGAL),
    ("scientific@techbridge.example", "Chen Jing (scientific)", Department.SCIENTIFIC),
    ("international@techbridge.example", "Wang Lei (international)", Department.INTERNATIONAL),
    ("international2@techbridge.example", "Eva Novak (international)", Department.INTERNATIONAL),
)
CASES = 64
SUBJECTS_EN = (
    "Which certification do our sensors need in China?",
    "Looking for a licensee for our battery recycling process",
    "Joint venture or WFOE for a medical device company?",
    "Questions on a licence agreement's governing law",
    "Filing our invention patent in China",
    "Registration of our licence contract",
    "Can this catalyst technology be exported?",
    "Change report after a new shareholder",
)
SUBJECTS_ZH = (
    "我们的产品进入德国市场需要哪些认证？",
    "寻找欧洲的研发合作伙伴",
    "许可合同的适用法律问题",
    "在华完成的发明向国外申请专利前的保密审查",
    "技术合同认定登记需要哪些材料？",
    "这项技术是否属于限制出口技术？",
    "外商投资信息变更报告",
    "参加汉诺威工业博览会的建议",
)
# How far each demo case got: (status, weight)
FATES = (
    (CaseStatus.NEW, 8),
    (CaseStatus.ACCEPTED, 6),
    (CaseStatus.IN_PROGRESS, 12),
    (CaseStatus.WAITING, 8),
    (CaseStatus.RESOLVED, 12),
    (CaseStatus.CLOSED, 18),
)


def _user(email: str, name: str, *, department: str = "", language: str = "en") -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(
            email=email,
            password=DEMO_PASSWORD,
            full_name=name,
            is_staff=bool(department),
            department=department,
            preferred_language=language,
        )
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _contacts(rng: random.Random) -> list[tuple[User, Organisation]]:
    """The demo members and a contact person in a dozen more organisations."""
    out = []
    for email in (MEMBER_EMAIL, MEMBER_CN_EMAIL):
        m = Membership.objects.filter(user__email=email).select_related("user", "organisation")
        out += [(x.user, x.organisation) for x in m[:1]]
    taken = {o.pk for _u, o in out}
    orgs = [o for o in Organisation.objects.order_by("slug")[:80] if o.pk not in taken]
    for org in rng.sample(orgs, min(12, len(orgs))):
        zh = str(org.country) == "CN"
        user = _user(
            f"desk-{org.slug}@demo.techbridge.example",
            f"{org.name} contact",
            language="zh-hans" if zh else "en",
        )
        Membership.objects.get_or_create(
            user=user, organisation=org, defaults={"role": MemberRole.OWNER}
        )
        out.append((user, org))
    return out


def _walk(
    case: Case, fate: str, people: tuple[User, User], t: datetime, end: datetime, rng: Any
) -> None:
    """Take the case as far as `fate`, some hours between the steps (never past `end`)."""
    staff, client = people

    def later(lo: int, hi: int) -> datetime:
        nonlocal t
        t = min(t + timedelta(hours=rng.randint(lo, hi), minutes=rng.randint(0, 59)), end)
        return t

    if fate == CaseStatus.NEW:
        return
    services.case_take(actor=staff, case=case, now=later(1, 30))
    if fate == CaseStatus.ACCEPTED:
        return
    services.case_move(actor=staff, case=case, to=CaseStatus.IN_PROGRESS, now=later(0, 2))
    zh = client.preferred_language == "zh-hans"
    services.case_reply(
        actor=staff,
        case=case,
        body="我们已开始处理，请提供更多资料。"
        if zh
        else "We are on it; could you send us more details?",
        articles=case.service_type.articles.filter(visibility=Visibility.PUBLIC)[:1],
        now=later(1, 8),
    )
    services.case_move(actor=staff, case=case, to=CaseStatus.WAITING, now=later(0, 1))
    if fate == CaseStatus.WAITING:
        return
    services.case_reply(
        actor=client,
        case=case,
        body="附上补充资料。" if zh else "Here are the details.",
        now=later(4, 60),
    )
    if fate == CaseStatus.IN_PROGRESS:
        return
    services.case_reply(
        actor=staff, case=case, body="Internal: checked with the agency.", internal=True,
        now=later(1, 20),
    )  # fmt: skip
    services.case_move(actor=staff, case=case, to=CaseStatus.RESOLVED, now=later(2, 80))
    if fate == CaseStatus.CLOSED:
        services.case_move(actor=client, case=case, to=CaseStatus.CLOSED, now=later(1, 48))
        comment = "谢谢！" if zh else "Thank you, very helpful."
        services.case_rate(
            actor=client, case=case, rating=rng.choice((3, 4, 5, 5)), comment=comment, now=t
        )


def _hand_off(case: Case, staff: dict[str, list[User]], i: int, now: datetime) -> None:
    """Every fifth open case shares a question with another department (answered or not);
    every seventh is transferred."""
    case.refresh_from_db()
    if not case.is_open or case.status == CaseStatus.NEW:
        return
    actor = staff[case.department][0]
    at = min(case.updated_at, now)
    if i % 5 == 0:
        other = Department.LEGAL if case.department != Department.LEGAL else Department.SCIENTIFIC
        handoff = services.handoff_create(
            actor=actor, case=case, kind=HandoffKind.SHARE, to_department=other,
            note="Please check the legal side: licence terms and IP ownership.",
            deadline_hours=16, now=at,
        )  # fmt: skip
        if i % 10 == 0:
            services.handoff_answer(
                actor=staff[other][0], handoff=handoff,
                answer="Checked: the licence may be granted; register the contract.",
                now=min(at + timedelta(hours=20), now),
            )  # fmt: skip
    elif i % 7 == 0:
        other = (
            Department.INTERNATIONAL
            if case.department != Department.INTERNATIONAL
            else Department.SCIENTIFIC
        )
        services.handoff_create(
            actor=actor, case=case, kind=HandoffKind.TRANSFER, to_department=other,
            note="This is rather for your department.", deadline_hours=8, now=at,
        )  # fmt: skip


def _policies(staff: dict[str, list[User]]) -> None:
    for dept, people in staff.items():
        DepartmentPolicy.objects.get_or_create(department=dept, defaults={"head": people[0]})


def _staff_by_department() -> dict[str, list[User]]:
    out: dict[str, list[User]] = {}
    for email, name, dept in STAFF:
        out.setdefault(dept, []).append(_user(email, name, department=dept))
    return out


@transaction.atomic
def load(*, now: datetime) -> dict[str, int]:
    services.catalogue_install(specs=SERVICES)
    articles = demo_knowledge.load(actor=_staff_by_department()[Department.LEGAL][0])
    if Case.objects.exists():
        with notices.in_app_only():
            extra = demo_procedures.load(now=now, staff=_staff_by_department(), member=_member())
            extra.update(demo_work.load(now=now, staff=_staff_by_department(), person=_user))
        return {"desk_cases": Case.objects.count(), **extra}
    rng = random.Random(13)
    staff = _staff_by_department()
    _policies(staff)
    contacts = _contacts(rng)
    catalogue = list(ServiceType.objects.filter(active=True).order_by("order"))
    profiles = list(TechnologyProfile.objects.filter(status="published").order_by("id")[:40])
    fates = [f for f, w in FATES for _i in range(w)]
    with notices.in_app_only():
        for i in range(CASES):
            client, org = contacts[i % len(contacts)]
            service = catalogue[i % len(catalogue)]
            zh = client.preferred_language == "zh-hans"
            subjects = SUBJECTS_ZH if zh else SUBJECTS_EN
            start = now - timedelta(days=70 - i, hours=rng.randint(0, 8))
            links = {"profile": profiles[i].pk} if i % 4 == 0 and i < len(profiles) else {}
            case = services.case_submit(
                actor=client,
                service=service,
                organisation=org,
                data={"subject": subjects[i % len(subjects)], "description": subjects[i % 8],
                      "answers": {}, "files": {}},
                links=links,
                now=start,
            )  # fmt: skip
            worker = rng.choice(staff.get(service.department, staff[Department.LEGAL]))
            _walk(case, fates[i % len(fates)], (worker, client), start, now, rng)
            _hand_off(case, staff, i, now)
        extra = demo_procedures.load(now=now, staff=staff, member=_member())
        extra.update(demo_work.load(now=now, staff=staff, person=_user))
        sla_sweep(now=now)
    return {
        "desk_services": ServiceType.objects.count(),
        "desk_cases": Case.objects.count(),
        "desk_articles": articles,
        **extra,
    }


def _member() -> User | None:
    return User.objects.filter(email=MEMBER_EMAIL).first()
