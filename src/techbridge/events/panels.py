"""What the events app shows on other apps' pages (registered in EventsConfig.ready())."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.events.selectors import upcoming_registrations


def my_registrations(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any]:
    return {"regs": upcoming_registrations(actor=request.user, now=timezone.now())}


def register() -> None:
    register_panel(
        Panel(
            slot="dashboard",
            name="events.my_registrations",
            template="events/partials/dashboard_panel.html",
            context=my_registrations,
            order=30,
        )
    )
    register_menu_item(
        MenuItem(name="events.list", label=_("Events"), url_name="events:list", order=50)
    )
