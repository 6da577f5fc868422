"""Cohorts and company files, for one actor.

- a cohort and its companies: staff, and the members of its companies (a company sees the
  names of its cohort peers, never their files);
- a company's file (team, milestones, documents, timeline): staff, and the members of the
  company's organisation; anybody else gets NotFound;
- approving a milestone: the programme's managers (any staff when it names none)."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Q, QuerySet

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import NotFound
from techbridge.incubation.models import (
    Activity,
    Application,
    AppStatus,
    Cohort,
    CohortCompany,
    CompanyDocument,
    Milestone,
    MilestoneStatus,
    Programme,
)

ADMISSIBLE = (AppStatus.SUBMITTED, AppStatus.IN_REVIEW, AppStatus.ACCEPTED, AppStatus.WAITLISTED)


def can_approve(actor: Any, programme: Programme) -> bool:
    """The programme's managers approve milestones; any staff when it names no manager."""
    if not is_staff(actor):
        return False
    managers = set(programme.managers.values_list("pk", flat=True))
    return not managers or actor.pk in managers


def cohort_list(*, actor: Any) -> QuerySet[Cohort]:
    rows = Cohort.objects.select_related("programme").annotate(n_companies=Count("companies"))
    if is_staff(actor):
        return rows
    mine = organisation_ids_of(actor)
    return rows.filter(companies__organisation_id__in=mine).distinct()


def cohort_get_for(*, actor: Any, slug: str) -> Cohort:
    cohort = cohort_list(actor=actor).filter(slug=slug).first()
    if cohort is None:
        raise NotFound()
    return cohort


def companies_of(cohort: Cohort) -> QuerySet[CohortCompany]:
    """The cohort's companies with their milestone counts (for the cohort page)."""
    return cohort.companies.select_related("organisation").annotate(
        n_milestones=Count("milestones", distinct=True),
        n_approved=Count(
            "milestones", filter=Q(milestones__status=MilestoneStatus.APPROVED), distinct=True
        ),
        n_waiting=Count(
            "milestones", filter=Q(milestones__status=MilestoneStatus.SUBMITTED), distinct=True
        ),
    )


def company_get_for(*, actor: Any, company_id: int) -> CohortCompany:
    """Staff, or a member of the company's organisation; anybody else gets NotFound."""
    rows = CohortCompany.objects.select_related("cohort", "cohort__programme", "organisation")
    if not is_staff(actor):
        rows = rows.filter(organisation_id__in=organisation_ids_of(actor))
    company = rows.filter(pk=company_id).first()
    if company is None:
        raise NotFound()
    return company


def my_companies(*, actor: Any) -> QuerySet[CohortCompany]:
    return CohortCompany.objects.filter(
        organisation_id__in=organisation_ids_of(actor)
    ).select_related("cohort", "organisation")


def milestone_get_for(*, actor: Any, milestone_id: int) -> Milestone:
    row = Milestone.objects.filter(pk=milestone_id).first()
    if row is None:
        raise NotFound()
    company_get_for(actor=actor, company_id=row.company_id)
    return row


def document_get_for(*, actor: Any, document_id: int) -> CompanyDocument:
    row = CompanyDocument.objects.filter(pk=document_id).first()
    if row is None:
        raise NotFound()
    company_get_for(actor=actor, company_id=row.company_id)
    return row


def timeline(company: CohortCompany, limit: int = 50) -> list[Activity]:
    return list(company.activity.select_related("actor")[:limit])


def admissible_applications(*, actor: Any, cohort: Cohort) -> QuerySet[Application]:
    """The programme's submitted (or decided) applications whose organisation is in none of
    its cohorts yet: the ones staff may admit."""
    if not is_staff(actor):
        return Application.objects.none()
    placed = CohortCompany.objects.filter(cohort__programme_id=cohort.programme_id)
    return (
        Application.objects.filter(call__programme_id=cohort.programme_id, status__in=ADMISSIBLE)
        .exclude(organisation_id__in=placed.values("organisation_id"))
        .select_related("organisation", "call")
        .order_by("organisation__name")
    )
