"""What the training app shows on other apps' pages (registered in TrainingConfig.ready()):
the member's next sessions on their dashboard, the enrolments waiting for staff, the
organisation's courses on its members' organisation page, and the menu entries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.training import selectors


def my_sessions(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    sessions = selectors.upcoming_sessions(actor=request.user, now=timezone.now())
    return {"sessions": sessions} if sessions else None


def staff_queue(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    counts = selectors.staff_counts(actor=request.user)
    return counts if counts and any(counts.values()) else None


def organisation_courses(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    organisation = objects.get("organisation")
    if organisation is None:
        return None
    summary = selectors.organisation_summary(actor=request.user, organisation=organisation)
    return {"summary": summary, "organisation": organisation} if summary else None


def register() -> None:
    register_panel(
        Panel(
            slot="dashboard",
            name="training.my_sessions",
            template="training/panels/dashboard.html",
            context=my_sessions,
            order=35,
        )
    )
    register_panel(
        Panel(
            slot="staff_dashboard",
            name="training.queue",
            template="training/panels/staff.html",
            context=staff_queue,
            order=60,
        )
    )
    register_panel(
        Panel(
            slot="my_organisation",
            name="training.organisation_courses",
            template="training/panels/organisation.html",
            context=organisation_courses,
            order=60,
        )
    )
    register_menu_item(
        MenuItem(name="training.list", label=_("Training"), url_name="training:list", order=55)
    )
    register_menu_item(
        MenuItem(
            name="training.manage",
            label=_("Courses"),
            url_name="training:manage",
            audience="staff",
            order=55,
        )
    )
