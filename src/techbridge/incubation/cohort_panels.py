"""What cohorts show on other apps' pages (registered in IncubationConfig.ready()): a member's
cohort companies on the dashboard, with their milestones still to do."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.incubation.models import MilestoneStatus
from techbridge.incubation.selectors.cohort_companies import my_companies


def my_cohort(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    companies = list(my_companies(actor=request.user)[:5])
    if not companies:
        return None
    todo = (MilestoneStatus.OPEN, MilestoneStatus.RETURNED)
    for company in companies:
        company.next_milestone = company.milestones.filter(status__in=todo).first()  # type: ignore[attr-defined]
    return {"cohort_companies": companies}


def register() -> None:
    register_panel(
        Panel(
            slot="dashboard",
            name="incubation.cohort",
            template="incubation/panels/cohort.html",
            context=my_cohort,
            order=44,
        )
    )
    register_menu_item(
        MenuItem(
            name="incubation.cohorts",
            label=_("Cohorts"),
            url_name="incubation:cohorts",
            audience="staff",
            order=71,
        )
    )
