"""What the events app shows on other apps' pages (registered in EventsConfig.ready())."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.events.selectors import upcoming_registrations
from techbridge.events.selectors.relations import relations_for_request


def my_registrations(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any]:
    return {"regs": upcoming_registrations(actor=request.user, now=timezone.now())}


def match_relation(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    """A match card's counterpart as already known (met, connected, declined…)."""
    if not request.user.is_authenticated:
        return None
    card, relations = objects["card"], relations_for_request(request)
    if card.counterpart is not None:
        owner = card.counterpart.owner
        found = relations.for_profile(card.counterpart.id, owner.id if owner else None)
    else:
        found = relations.for_org(card.counterpart_org.id if card.counterpart_org else None)
    return {"relation": found} if found is not None else None


def register() -> None:
    register_panel(
        Panel(
            slot="match_card",
            name="events.match_relation",
            template="events/partials/relation_tag.html",
            context=match_relation,
            order=10,
        )
    )
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
