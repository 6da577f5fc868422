"""Telling cohort companies and programme managers what changed in a company's file, through
the platform's one notification pipeline (each recipient in their own language; e-mailed
after commit, in-app only while the demo loads: `notices.in_app_only`)."""

from __future__ import annotations

from datetime import date
from functools import partial

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from techbridge.accounts.models import Membership, User
from techbridge.incubation.models import CohortCompany, Milestone, MilestoneStatus, localised
from techbridge.incubation.notices import _delivery
from techbridge.notifications.services import notify_users


def company_members(company: CohortCompany) -> list[int]:
    rows = Membership.objects.filter(organisation_id=company.organisation_id)
    return list(rows.values_list("user_id", flat=True))


def managers(company: CohortCompany) -> list[int]:
    """The programme's managers, or the centre's staff when it names none."""
    ids = list(company.cohort.programme.managers.values_list("pk", flat=True))
    if ids:
        return ids
    return list(User.objects.filter(is_staff=True, is_active=True).values_list("pk", flat=True))


def tell(user_ids: list[int], company: CohortCompany, *, title: object, body: object = "") -> None:
    if user_ids:
        notify_users(
            user_ids=user_ids,
            kind="incubation.cohort",
            title=title,  # type: ignore[arg-type]
            body=body,  # type: ignore[arg-type]
            url=reverse("incubation:company", args=[company.pk]),
            email=_delivery.get(),
        )


def evidence_submitted(milestone: Milestone) -> None:
    company = milestone.company
    tell(
        managers(company),
        company,
        title=lambda: (
            _("%(company)s submitted evidence for “%(milestone)s”")
            % {"company": company.organisation.name, "milestone": localised(milestone, "title")}
        ),
    )


def _approved(milestone: Milestone) -> str:
    return _("Milestone approved: %(milestone)s") % {"milestone": localised(milestone, "title")}


def _returned(milestone: Milestone) -> str:
    return _("Milestone sent back: %(milestone)s") % {"milestone": localised(milestone, "title")}


def milestone_decided(milestone: Milestone) -> None:
    company = milestone.company
    approved = milestone.status == MilestoneStatus.APPROVED
    title = partial(_approved if approved else _returned, milestone)
    tell(company_members(company), company, title=title, body=milestone.comment)


def kpis_due(company: CohortCompany, month: date) -> None:
    """Remind the company's members of a month's KPIs, in-app and by e-mail (now)."""
    ids = company_members(company)
    if not ids:
        return
    notify_users(
        user_ids=ids,
        kind="incubation.cohort",
        title=lambda: (
            _("Please report your KPIs for %(month)s")
            % {"month": date_format(month, "YEAR_MONTH_FORMAT")}
        ),
        body=lambda: _(
            "Employees, revenue, funding raised and patents filed: it takes two minutes. "
            "Contracts signed through the platform are counted for you."
        ),
        url=reverse("incubation:company_kpis", args=[company.pk]),
        email=_delivery.get(),
    )
