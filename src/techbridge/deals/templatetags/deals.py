"""Template tags of the deals app: the contact box on a profile page, labels."""

from __future__ import annotations

from typing import Any

from django import template

from techbridge.accounts.models import Organisation
from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.choices import choice_label
from techbridge.deals import forms, selectors
from techbridge.deals.models import DealType, DeclineReason, Stage, Status
from techbridge.profiles.models import TechnologyProfile

register = template.Library()


@register.filter
def stage_label(value: Any) -> str:
    return choice_label(Stage, value)


@register.filter
def connection_status_label(value: Any) -> str:
    return choice_label(Status, value)


@register.filter
def decline_label(value: Any) -> str:
    return choice_label(DeclineReason, value)


@register.filter
def deal_type_label(value: Any) -> str:
    return choice_label(DealType, value)


@register.inclusion_tag("deals/partials/contact_box.html", takes_context=True)
def contact_box(context: Any, card: Any) -> dict[str, Any]:
    """What a profile page offers the actor: the EOI form, or where their connection stands."""
    user = context.get("user")
    own_orgs = organisation_ids_of(user) if is_member(user) else set()
    editable = organisation_ids_of(user, editable=True) if own_orgs else set()
    owner_side = card.can_edit or (card.owner is not None and card.owner.id in own_orgs)
    connection = None
    if own_orgs and not owner_side:
        connection = selectors.connection_for_profile(actor=user, profile_id=card.id)
    can_express = (
        bool(editable)
        and not owner_side
        and card.status == "published"
        and (connection is None or connection.status == Status.DECLINED)
    )
    related: list[tuple[int, str]] = []
    orgs: list[tuple[int, str]] = []
    if can_express and len(editable) > 1:
        orgs = list(
            Organisation.objects.filter(id__in=editable).order_by("name").values_list("id", "name")
        )
    if can_express:
        related = list(
            TechnologyProfile.objects.filter(organisation_id__in=editable)
            .exclude(status__in=["closed", "expired"])
            .order_by("-id")
            .values_list("id", "title")[:50]
        )
    return {
        "card": card,
        "user": user,
        "request": context.get("request"),
        "csrf_token": context.get("csrf_token"),
        "member": bool(own_orgs),
        "owner_side": owner_side,
        "connection": connection,
        "can_express": can_express,
        "form": forms.EoiForm(initial={"partnership_type": _first(card.partnership_types)}),
        "related": related,
        "orgs": orgs,
        "staff": is_staff(user),
    }


def _first(items: list[str]) -> str:
    return items[0] if items else ""


@register.simple_tag(takes_context=True)
def deals_summary(context: Any) -> dict[str, int]:
    """Counts for the dashboard panel: open connections, EOIs waiting, unread messages."""
    user = context.get("user")
    qs = selectors.connection_list(actor=user)
    rows = list(qs.values_list("status", "owner_org_id", "unread")) if is_member(user) else []
    org_ids = organisation_ids_of(user)
    return {
        "open": sum(1 for status, _o, _u in rows if status == Status.ACCEPTED),
        "waiting": sum(
            1 for status, owner, _u in rows if status == Status.PENDING and owner in org_ids
        ),
        "unread": sum(u or 0 for status, _o, u in rows if status == Status.ACCEPTED),
    }
