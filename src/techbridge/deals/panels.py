"""What the deals app shows on other apps' pages (registered in DealsConfig.ready()): the
contact box of a profile page and the member dashboard's connections."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.deals import forms, selectors


def contact_box(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any]:
    card = objects["card"]
    options = selectors.contact_options(actor=request.user, card=card)
    first = card.partnership_types[0] if card.partnership_types else ""
    raw_match = request.GET.get("match", "")[:12]
    return {
        "match_id": int(raw_match) if raw_match.isdigit() else None,
        "card": card,
        "member": options.member,
        "staff": options.staff,
        "owner_side": options.owner_side,
        "connection": options.connection,
        "can_express": options.can_express,
        "orgs": options.orgs,
        "related": options.related,
        "form": forms.EoiForm(initial={"partnership_type": first}),
    }


def dashboard(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any]:
    return {"summary": selectors.connection_summary(actor=request.user)}


def register() -> None:
    register_panel(
        Panel(
            slot="profile_contact",
            name="deals.contact_box",
            template="deals/partials/contact_box.html",
            context=contact_box,
            order=10,
        )
    )
    register_panel(
        Panel(
            slot="dashboard",
            name="deals.connections",
            template="deals/partials/dashboard_panel.html",
            context=dashboard,
            order=20,
        )
    )
    register_menu_item(
        MenuItem(name="deals.figures", label=_("Results"), url_name="deals:figures", order=60)
    )
