"""Demo incubation (idempotent: nothing is added once the demo programme exists), written
through the services with simulated times:

- the deep-tech programme with two calls: the spring call (closed two months ago) and the
  open call (closing in a month), each with its eligibility screen and application form;
- 80 applications from demo organisations (a founder account each): the closed call's are
  submitted or screened out; the open call's are drafts, submissions and refusals. The demo
  member's organisation has not applied yet (the browser story applies);
- twelve reviewers, the spring call's expert round decided by rank and the autumn call's
  screening round ready to open (review_demo.py);
- the spring cohort of the ten accepted companies with milestones and KPIs (cohort_demo.py);
- four mentors with office hours, bookings and session notes (mentoring_demo.py);
- the cohort's demo day and the matching engine's partner proposals (demo_day_demo.py).

Depends on nothing outside the repository (no ../shared)."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction

from techbridge.accounts.models import Membership, Organisation, User
from techbridge.core.choices import MemberRole
from techbridge.incubation import (
    cohort_demo,
    demo_day_demo,
    mentoring_demo,
    notices,
    review_demo,
    services,
)
from techbridge.incubation.models import (
    Application,
    Call,
    EligibilityQuestion,
    FormField,
    Programme,
)
from techbridge.profiles.models import TechnologyProfile

STAFF_EMAIL = "staff@techbridge.example"
MEMBER_EMAIL = "member@techbridge.example"
MEMBER_CN_EMAIL = "member-cn@techbridge.example"
SPRING_APPLICATIONS = 56
OPEN_APPLICATIONS = 24
QUESTIONS = (
    ("tech", "Does your company own or license a technology it develops?",
     "贵公司是否拥有或获许可正在开发的技术？", True,
     "The programme is for companies developing their own technology.",
     "本项目面向开发自有技术的企业。"),
    ("young", "Was your company founded less than seven years ago?", "贵公司成立是否不满七年？",
     True, "The programme is for companies younger than seven years.", "本项目面向成立不满七年的企业。"),
    ("listed", "Is your company listed on a stock exchange?", "贵公司是否为上市公司？", False,
     "Listed companies are not eligible.", "上市公司不符合申请条件。"),
)  # fmt: skip
FIELDS = (
    ("pitch", "text", "Your company in a few sentences", "用几句话介绍贵公司", {"required": True}),
    ("founder", "text", "Founder's name", "创始人姓名", {"required": True, "confidential": True}),
    ("company", "text", "Company name", "公司名称", {"required": True, "confidential": True}),
    ("employees", "number", "Employees", "员工人数",
     {"required": True, "min_value": 0, "max_value": 100000}),
    ("revenue", "number", "Revenue last year (CNY)", "上年营收（人民币）", {"min_value": 0}),
    ("stage", "choice", "Stage", "阶段",
     {"required": True, "choices": "idea|Idea|创意\nseed|Seed|种子\nseries-a|Series A|A轮"}),
    ("market", "text", "Why China?", "为何选择中国市场？", {}),
    ("deck", "file", "Pitch deck (PDF)", "路演材料（PDF）", {}),
    ("tech", "profile", "Your technology profiles", "您的技术档案", {}),
)  # fmt: skip
PITCHES = (
    "We make solid-state battery cells for light electric vehicles.",
    "Our sensors detect leaks in water networks with machine learning.",
    "We recycle rare earths from electronic waste with a low-energy process.",
    "Our biodegradable packaging replaces plastic film in food logistics.",
    "We build surgical robots for minimally invasive orthopaedics.",
    "Our software plans the maintenance of wind farms from sensor data.",
)


def _programme(staff: User) -> Programme:
    programme = Programme.objects.create(
        slug="deep-tech", name_en="Deep-tech accelerator", name_zh="硬科技加速器",
        description_en="Six months of coaching, mentors, pilots with Chinese industry and a "
        "demo day with investors, for technology companies entering China.",
        description_zh="为进入中国市场的科技企业提供六个月的辅导、导师、与中国产业的试点合作，"
        "以及面向投资人的路演日。",
        sectors=["energy", "environment", "health", "manufacturing"], places=10,
        duration_months=6,
    )  # fmt: skip
    programme.managers.add(staff)
    return programme


def _call(
    programme: Programme, slug: str, title: tuple[str, str], opens: datetime, days: int
) -> Call:
    call = Call.objects.create(
        programme=programme, slug=slug, title_en=title[0], title_zh=title[1],
        summary_en="Apply with your pitch, your team and your technology profiles.",
        summary_zh="请提交公司介绍、团队信息和技术档案。",
        opens_at=opens, closes_at=opens + timedelta(days=days), published=True,
    )  # fmt: skip
    for order, (key, en, zh, expected, reason_en, reason_zh) in enumerate(QUESTIONS):
        EligibilityQuestion.objects.create(
            call=call, key=key, text_en=en, text_zh=zh, expected=expected,
            reason_en=reason_en, reason_zh=reason_zh, order=order,
        )  # fmt: skip
    for order, (key, kind, en, zh, more) in enumerate(FIELDS):
        FormField.objects.create(
            call=call, key=key, kind=kind, label_en=en, label_zh=zh, order=order, **more
        )
    return call


def _founder(org: Organisation) -> User:
    email = f"founder-{org.slug}@demo.techbridge.example"[:254]
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User(email=email, full_name=f"Founder of {org.name}"[:150])
        user.set_unusable_password()
        user.save()
        Membership.objects.create(user=user, organisation=org, role=MemberRole.OWNER)
    return user


def _answers(org: Organisation, rng: random.Random) -> dict[str, Any]:
    profiles = list(
        TechnologyProfile.objects.filter(organisation=org).values_list("pk", flat=True)[:2]
    )
    answers = {
        "pitch": rng.choice(PITCHES), "founder": f"Founder of {org.name}", "company": org.name,
        "employees": str(rng.randint(2, 80)), "revenue": str(rng.randint(0, 40) * 100000),
        "stage": rng.choice(["idea", "seed", "series-a"]),
    }  # fmt: skip
    if profiles:
        answers["tech"] = profiles
    return {"answers": answers, "files": {}, "profiles": profiles}


def _apply(
    call: Call, org: Organisation, when: datetime, rng: random.Random, state: str
) -> Application:
    founder = _founder(org)
    eligible = {"tech": True, "young": True, "listed": False}
    if state == "ineligible":
        eligible[rng.choice(["tech", "young", "listed"])] ^= True
    app = services.application_start(
        actor=founder, call=call, organisation=org, eligibility=eligible, now=when
    )
    if state in ("draft", "submitted"):
        services.application_save(actor=founder, application=app, data=_answers(org, rng), now=when)
    if state == "submitted":
        later = when + timedelta(hours=rng.randint(1, 72))
        app = services.application_submit(
            actor=founder, application=app, data=_answers(org, rng), now=later
        )
    return app


def _applicants() -> list[Organisation]:
    excluded = Organisation.objects.filter(
        memberships__user__email__in=[MEMBER_EMAIL, MEMBER_CN_EMAIL]
    )
    rows = Organisation.objects.filter(type="company").exclude(pk__in=excluded)
    orgs = list(rows.order_by("slug")[: SPRING_APPLICATIONS + OPEN_APPLICATIONS])
    if len(orgs) < SPRING_APPLICATIONS + OPEN_APPLICATIONS:
        more = Organisation.objects.exclude(pk__in=excluded).exclude(pk__in=[o.pk for o in orgs])
        orgs += list(more.order_by("slug")[: SPRING_APPLICATIONS + OPEN_APPLICATIONS - len(orgs)])
    return orgs


@transaction.atomic
def load(*, now: datetime) -> dict[str, int]:
    if Programme.objects.filter(slug="deep-tech").exists():
        return {"incubation_applications": Application.objects.count(), **_later(now)}
    rng = random.Random(14)
    staff = User.objects.get(email=STAFF_EMAIL)
    programme = _programme(staff)
    spring = _call(programme, "deep-tech-spring", ("Spring intake", "春季招募"),
                   now - timedelta(days=120), 60)  # fmt: skip
    autumn = _call(programme, "deep-tech-autumn", ("Autumn intake", "秋季招募"),
                   now - timedelta(days=14), 44)  # fmt: skip
    orgs = _applicants()
    with notices.in_app_only():
        for i, org in enumerate(orgs[:SPRING_APPLICATIONS]):
            when = spring.opens_at + timedelta(days=1 + i % 55, hours=i % 9)
            _apply(spring, org, when, rng, "ineligible" if i % 9 == 4 else "submitted")
        for i, org in enumerate(orgs[SPRING_APPLICATIONS:]):
            when = autumn.opens_at + timedelta(days=i % 12, hours=2 + i % 7)
            _apply(autumn, org, when, rng, ("draft", "submitted", "ineligible")[i % 3])
    return {"incubation_applications": Application.objects.count(), **_later(now)}


def _later(now: datetime) -> dict[str, int]:
    """Review (before the cohort: its best ten are accepted and form it), the cohort, then
    the mentors and their bookings; each idempotent."""
    staff = User.objects.get(email=STAFF_EMAIL)
    spring = Call.objects.get(slug="deep-tech-spring")
    autumn = Call.objects.get(slug="deep-tech-autumn")
    return {
        **review_demo.load(staff=staff, spring=spring, autumn=autumn),
        **cohort_demo.load(now=now),
        **mentoring_demo.load(now=now, staff=staff),
        **demo_day_demo.load(now=now, staff=staff),
    }
