"""What the incubation app shows on other apps' pages (registered in IncubationConfig.ready()):
the organisation's applications on its members' dashboard, open calls and the menu entries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.incubation import selectors


def my_applications(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    now = timezone.now()
    apps = list(selectors.my_applications(actor=request.user)[:10])
    open_calls = [
        c
        for c in selectors.call_list(actor=request.user).filter(closes_at__gt=now)
        if c.opens_at <= now
    ][:5]
    if not apps and not open_calls:
        return None
    return {"incubation_apps": apps, "open_calls": open_calls}


def register() -> None:
    register_panel(
        Panel(
            slot="dashboard",
            name="incubation.applications",
            template="incubation/panels/applications.html",
            context=my_applications,
            order=45,
        )
    )
    register_menu_item(
        MenuItem(
            name="incubation.calls",
            label=_("Incubation"),
            url_name="incubation:calls",
            audience="public",
            order=70,
        )
    )
    register_menu_item(
        MenuItem(
            name="incubation.manage",
            label=_("Incubation"),
            url_name="incubation:manage",
            audience="staff",
            order=70,
        )
    )
