"""What the service desk shows on other apps' pages (registered in DeskConfig.ready()): the
member's open requests on their dashboard, the open cases per department on the staff
dashboard, the organisation's requests on its members' organisation page, an "ask the
centre" box on profile and connection pages (the case then links to them), and the menu."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.choices import Department
from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.desk import selectors
from techbridge.desk.models import OPEN_STATUSES
from techbridge.desk.procedure_reads import export_verdict


def my_requests(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    cases = list(selectors.my_cases(actor=request.user).filter(status__in=OPEN_STATUSES)[:10])
    return {"cases": cases} if cases else None


def staff_queue(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    rows = selectors.department_counts(actor=request.user)
    if not rows:
        return None
    totals: dict[str, int] = {}
    for row in rows:
        totals[row["department"]] = totals.get(row["department"], 0) + row["n"]
    labels = dict(Department.choices)
    return {"departments": [(d, labels.get(d, d), n) for d, n in sorted(totals.items())]}


def organisation_requests(
    request: HttpRequest, objects: Mapping[str, Any]
) -> dict[str, Any] | None:
    organisation = objects.get("organisation")
    if organisation is None:
        return None
    cases = list(selectors.organisation_cases(actor=request.user, organisation=organisation)[:10])
    return {"cases": cases, "organisation": organisation}


def ask_about_profile(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    profile = objects.get("profile")
    if profile is None or is_staff(request.user) or not organisation_ids_of(request.user):
        return None
    return {"link_query": f"profile={profile.pk}"}


def ask_about_connection(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    connection = objects.get("connection")
    if connection is None or not is_member(request.user) or is_staff(request.user):
        return None
    mine = organisation_ids_of(request.user)
    if not mine & {connection.owner_org_id, connection.requester_org_id}:
        return None
    return {"link_query": f"connection={connection.pk}"}


def export_control(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    """The technology's export-control class, for staff."""
    profile = objects.get("profile")
    if profile is None or not is_staff(request.user):
        return None
    verdict = export_verdict(profile.pk)
    return {"verdict": verdict} if verdict else None


PANELS = (
    Panel("dashboard", "desk.my_requests", "desk/panels/dashboard.html", my_requests, 40),
    Panel("staff_dashboard", "desk.queue", "desk/panels/staff.html", staff_queue, 30),
    Panel(
        "my_organisation",
        "desk.organisation_requests",
        "desk/panels/organisation.html",
        organisation_requests,
        50,
    ),
    Panel("profile_detail", "desk.ask_profile", "desk/panels/ask.html", ask_about_profile, 90),
    Panel("profile_detail", "desk.export_control", "desk/panels/export.html", export_control, 85),
    Panel(
        "connection_detail", "desk.ask_connection", "desk/panels/ask.html", ask_about_connection, 90
    ),
)


def register() -> None:
    for panel in PANELS:
        register_panel(panel)
    register_menu_item(
        MenuItem(name="desk.catalogue", label=_("Services"), url_name="desk:catalogue", order=50)
    )
    register_menu_item(
        MenuItem(
            name="desk.mine",
            label=_("My requests"),
            url_name="desk:mine",
            audience="member",
            order=50,
        )
    )
    register_menu_item(
        MenuItem(
            name="desk.queue",
            label=_("Service desk"),
            url_name="desk:queue",
            audience="staff",
            order=30,
        )
    )
