"""What the profiles app shows on the organisation pages (registered in
ProfilesConfig.ready()), and its main-menu entries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.profiles import selectors

PUBLIC_LIST_SIZE = 50


def organisation_profiles(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any]:
    """An organisation's published public profiles (never its blind ones, whoever looks)."""
    profiles = selectors.organisation_public_profiles(
        actor=request.user, organisation=objects["organisation"]
    )
    return {"cards": selectors.present_many(profiles[:PUBLIC_LIST_SIZE], actor=request.user)}


def my_organisation_profiles(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any]:
    """Every profile of the member's own organisation, with its status."""
    organisation = objects["organisation"]
    profiles = selectors.profile_list(actor=request.user).filter(organisation=organisation)
    return {"organisation": organisation, "profiles": profiles.order_by("-updated_at")}


def register() -> None:
    register_panel(
        Panel(
            slot="organisation_detail",
            name="profiles.published",
            template="profiles/panels/organisation_profiles.html",
            context=organisation_profiles,
            order=10,
        )
    )
    register_panel(
        Panel(
            slot="my_organisation",
            name="profiles.mine",
            template="profiles/panels/my_organisation.html",
            context=my_organisation_profiles,
            order=10,
        )
    )
    for item in (
        MenuItem(
            name="profiles.offers",
            label=_("Offers"),
            url_name="profiles:list",
            query="?kind=offer",
            order=10,
        ),
        MenuItem(
            name="profiles.requests",
            label=_("Requests"),
            url_name="profiles:list",
            query="?kind=request",
            order=20,
        ),
        MenuItem(
            name="profiles.review_queue",
            label=_("Review queue"),
            url_name="profiles:review_queue",
            audience="staff",
            order=10,
        ),
    ):
        register_menu_item(item)
