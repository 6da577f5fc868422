"""Demo cohort (idempotent: nothing is added once the demo cohort exists), written through the
services: the deep-tech programme's four milestone templates and its spring cohort, started
two months ago, with ten companies admitted from the spring call's submitted applications,
each with a small team, evidence submitted and some milestones approved or sent back, and
six months of KPIs (every third company has not reported the last one yet)."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

from django.db import transaction

from techbridge.accounts.models import User
from techbridge.incubation import notices, services
from techbridge.incubation.models import (
    Application,
    AppStatus,
    Cohort,
    CohortCompany,
    KpiReport,
    MilestoneStatus,
    MilestoneTemplate,
    Programme,
)
from techbridge.incubation.selectors.cohort_kpis import cohort_months, month_of

COHORT_SLUG = "deep-tech-2026-spring"
COMPANIES = 10
KPI_MONTHS = 6
TEMPLATES = (
    ("Company set up in China", "在华公司注册", "Registered entity or representative office",
     "完成注册实体或代表处", 30),
    ("First pilot customer", "首个试点客户", "One pilot agreement signed with a Chinese company",
     "与一家中国企业签署试点协议", 60),
    ("Local team", "本地团队", "Two people hired in China", "在中国招聘两名员工", 90),
    ("Investor-ready", "融资准备", "Data room and pitch reviewed by the mentors",
     "数据室和路演材料经导师审阅", 150),
)  # fmt: skip
TEAM = (
    ("Chief executive", "CEO"),
    ("Chief technology officer", "CTO"),
    ("Business developer", "BD"),
)


def _templates(programme: Programme, staff: User) -> None:
    for title_en, title_zh, target_en, target_zh, days in TEMPLATES:
        services.template_add(
            actor=staff,
            programme=programme,
            data={"title_en": title_en, "title_zh": title_zh, "target_en": target_en,
                  "target_zh": target_zh, "due_after_days": days},
        )  # fmt: skip


def _file(company: CohortCompany, i: int, staff: User, now: datetime) -> None:
    founder = company.application.applicant if company.application else staff
    for role, short in TEAM[: 2 + i % 2]:
        services.team_member_add(
            actor=founder, company=company,
            data={"name": f"{short} of {company.organisation.name}"[:150], "role": role,
                  "email": ""},
        )  # fmt: skip
    milestones = list(company.milestones.order_by("due_on"))
    done = 1 + i % 3  # one to three milestones with evidence
    for m, milestone in enumerate(milestones[:done]):
        when = datetime.combine(milestone.due_on, datetime.min.time(), tzinfo=now.tzinfo)
        when = min(when - timedelta(days=3), now - timedelta(days=1))
        services.milestone_submit(
            actor=founder, milestone=milestone, now=when,
            evidence="Signed agreement and photos in the data room.",
        )  # fmt: skip
        if m < done - 1 or i % 4 == 0:
            approve = not (i % 5 == 1 and m == 0)
            services.milestone_decide(
                actor=staff, milestone=milestone, approve=approve, now=when + timedelta(days=1),
                comment="" if approve else "Please attach the registration certificate.",
            )  # fmt: skip


def _kpis(company: CohortCompany, i: int, now: datetime) -> None:
    """Six months of figures, growing (the last month left unreported by every third
    company, so reminders have something to say)."""
    founder = company.application.applicant if company.application else None
    months = cohort_months(company.cohort, now.date())[-KPI_MONTHS:]
    if i % 3 == 2:
        months = months[:-1]
    for n, month in enumerate(months):
        services.kpi_report(
            actor=founder, company=company, month=month,
            now=datetime.combine(month, datetime.min.time(), tzinfo=now.tzinfo)
            + timedelta(days=35),
            values={"employees": Decimal(4 + i + n * (1 + i % 3)),
                    "revenue": Decimal((20 + 7 * i) * 1000 * (n + 1)),
                    "funding": Decimal(500000 * (i % 4)) if n == 3 else Decimal(0),
                    "patents": Decimal(1 if (n + i) % 4 == 0 else 0)},
        )  # fmt: skip


@transaction.atomic
def load(*, now: datetime) -> dict[str, int]:
    services.core_metrics_ensure()  # seeded by a migration; gone if the database was flushed
    if Cohort.objects.filter(slug=COHORT_SLUG).exists():
        return {"incubation_cohort_companies": CohortCompany.objects.count()}
    programme = Programme.objects.filter(slug="deep-tech").first()
    if programme is None:
        return {"incubation_cohort_companies": 0}
    staff = User.objects.get(email="staff@techbridge.example")
    start = month_of(month_of(now.date()) - timedelta(days=KPI_MONTHS * 30))
    cohort = Cohort.objects.create(
        programme=programme, slug=COHORT_SLUG, name_en="Spring 2026 cohort",
        name_zh="2026年春季批次", starts_on=start, ends_on=start + timedelta(days=270),
    )  # fmt: skip
    _templates(programme, staff)
    admissible = (AppStatus.SUBMITTED, AppStatus.IN_REVIEW, AppStatus.ACCEPTED)
    apps = Application.objects.filter(
        call__programme=programme, call__slug="deep-tech-spring", status__in=admissible
    ).order_by("pk")
    picked = sorted(apps, key=lambda a: a.status != AppStatus.ACCEPTED)  # review's first
    with notices.in_app_only():
        for i, app in enumerate(picked[:COMPANIES]):
            joined = datetime.combine(start, datetime.min.time(), tzinfo=now.tzinfo)
            company = services.cohort_admit(actor=staff, cohort=cohort, application=app, now=joined)
            _file(company, i, staff, now)
            _kpis(company, i, now)
    approved = MilestoneStatus.APPROVED
    return {
        "incubation_cohort_companies": CohortCompany.objects.count(),
        "incubation_milestone_templates": MilestoneTemplate.objects.count(),
        "incubation_kpi_reports": KpiReport.objects.filter(company__cohort=cohort).count(),
        "incubation_milestones_approved": cohort.companies.filter(
            milestones__status=approved
        ).count(),
    }
