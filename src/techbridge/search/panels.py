"""What the search app shows on other apps' pages (registered in SearchConfig.ready())."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel


def search_box(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any]:
    return {}  # a form and links: nothing to read


def register() -> None:
    register_panel(
        Panel(
            slot="dashboard",
            name="search.box",
            template="search/partials/dashboard_panel.html",
            context=search_box,
            order=40,
        )
    )
    register_menu_item(
        MenuItem(name="search.search", label=_("Search"), url_name="search:search", order=40)
    )
