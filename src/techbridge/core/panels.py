"""Page panels and menu entries: how an upper app shows itself on a lower app's page.

A lower app's template names a slot (`{% panels "profile_detail" profile=profile card=card %}`)
without knowing who fills it; upper apps register panels for the slot in their
`AppConfig.ready()`. The same for the main menu (`{% menu "staff" %}`). Neither the page nor
this module imports the apps that fill them, so the floors stay in order.

A panel's `context(request, objects)` reads through its own app's selectors (never the ORM in a
template tag), costs a bounded number of queries, and returns the template's context, or None
to stay hidden (nothing to show, or not for this reader)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from django.http import HttpRequest
from django.utils.functional import Promise

# slot -> the objects its page passes (documented in docs/architecture.md)
SLOTS: dict[str, tuple[str, ...]] = {
    "dashboard": ("user",),  # the member's home page
    "staff_dashboard": ("user",),  # the staff home page
    "profile_detail": ("profile", "card"),  # a technology profile's page, below its details
    "profile_contact": ("profile", "card"),  # the same page, in the owner ("Who") box
    "organisation_detail": ("organisation",),  # an organisation's public page
    "my_organisation": ("organisation", "membership"),  # a member's own organisation page
    "connection_detail": ("connection",),  # a connection's page (deals)
    "event_detail": ("event",),  # an event's page
    "profile_form": ("organisation", "profile"),  # the profile form (profile None: a new one)
    "review_row": ("profile",),  # a row of staff's review queue
    "match_card": ("card",),  # a match card (matches), card = MatchCard
}

Audience = Literal["public", "member", "staff"]
AUDIENCES: tuple[Audience, ...] = ("public", "member", "staff")
PanelContext = Callable[[HttpRequest, Mapping[str, Any]], dict[str, Any] | None]


@dataclass(frozen=True)
class Panel:
    slot: str
    name: str  # "<app>.<what>", unique
    template: str  # rendered with the page's context plus what `context` returns
    context: PanelContext
    order: int = 100  # smaller first


@dataclass(frozen=True)
class MenuItem:
    name: str  # "<app>.<what>", unique
    label: str | Promise
    url_name: str  # reversed without arguments; an item whose app is not mounted is skipped
    audience: Audience = "public"
    order: int = 100  # smaller first
    query: str = ""  # appended to the URL ("?kind=offer")


_panels: dict[str, Panel] = {}
_menu: dict[str, MenuItem] = {}


def register_panel(panel: Panel) -> Panel:
    """Add a panel to a slot (registering the same name again replaces it)."""
    if panel.slot not in SLOTS:
        raise ValueError(f"unknown panel slot {panel.slot!r}; slots: {', '.join(SLOTS)}")
    _panels[panel.name] = panel
    return panel


def register_menu_item(item: MenuItem) -> MenuItem:
    """Add an entry to the main menu for an audience (the same name again replaces it)."""
    if item.audience not in AUDIENCES:
        raise ValueError(f"unknown menu audience {item.audience!r}")
    _menu[item.name] = item
    return item


def panels_for(slot: str) -> list[Panel]:
    """The panels registered for a slot, in order."""
    if slot not in SLOTS:
        raise ValueError(f"unknown panel slot {slot!r}")
    return sorted((p for p in _panels.values() if p.slot == slot), key=lambda p: (p.order, p.name))


def menu_items(audience: Audience) -> list[MenuItem]:
    return sorted(
        (i for i in _menu.values() if i.audience == audience), key=lambda i: (i.order, i.name)
    )


def audience_allows(audience: str, user: Any) -> bool:
    """Whether a reader belongs to a menu audience (staff see member entries too)."""
    if audience == "public":
        return True
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return audience == "member" or bool(user.is_staff)
