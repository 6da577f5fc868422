"""What the data exchange shows on other apps' pages (registered in ExchangeConfig.ready()):
the imports waiting for confirmation on the staff dashboard, the import link on an
organisation page for its editors, and the staff menu entry."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import can_edit_organisation, is_staff
from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.exchange.models import BatchStatus
from techbridge.exchange.selectors import batches_for


def staff_imports(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    if not is_staff(request.user):
        return None
    waiting = batches_for(actor=request.user).filter(status=BatchStatus.VALIDATED).count()
    return {"waiting": waiting}


def organisation_import(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    organisation = objects.get("organisation")
    if organisation is None or not can_edit_organisation(request.user, organisation):
        return None
    return {"organisation": organisation}


PANELS = (
    Panel(
        slot="staff_dashboard",
        name="exchange.imports",
        template="exchange/panels/staff.html",
        context=staff_imports,
        order=70,
    ),
    Panel(
        slot="my_organisation",
        name="exchange.import",
        template="exchange/panels/organisation.html",
        context=organisation_import,
        order=80,
    ),
)

MENU = (
    MenuItem("exchange.dashboards", _("Dashboards"), "exchange:dashboards", "staff", 75),
    MenuItem("exchange.imports", _("Imports"), "exchange:imports", "staff", 80),
    MenuItem("exchange.report", _("Annual report"), "exchange:report_index", "public", 90),
)


def register() -> None:
    for panel in PANELS:
        register_panel(panel)
    for item in MENU:
        register_menu_item(item)
