"""What the domiciliation app shows on other apps' pages (registered in
DomiciliationConfig.ready()): the firm's hosting on its members' dashboard and organisation
page, the staff queue on the staff dashboard, and the menu entries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import organisation_ids_of
from techbridge.core.panels import MenuItem, Panel, register_menu_item, register_panel
from techbridge.domiciliation import selectors
from techbridge.domiciliation.models import LIVE, MailStatus


def _hosting(request: HttpRequest, organisation_ids: set[int]) -> dict[str, Any] | None:
    today = timezone.localdate()
    contracts = list(
        selectors.contract_list(actor=request.user).filter(
            organisation_id__in=organisation_ids, status__in=LIVE
        )
    )
    if not contracts:
        return None
    waiting = (
        selectors.mail_list(actor=request.user)
        .filter(contract__in=contracts, status=MailStatus.NOTIFIED)
        .count()
    )
    rows = [(c, c.stage_label(today)) for c in contracts]
    return {"hosting_rows": rows, "mail_waiting": waiting}


def my_hosting(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    return _hosting(request, organisation_ids_of(request.user))


def organisation_hosting(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    organisation = objects.get("organisation")
    return _hosting(request, {organisation.pk}) if organisation is not None else None


def staff_queue(request: HttpRequest, objects: Mapping[str, Any]) -> dict[str, Any] | None:
    counts = selectors.staff_counts(actor=request.user, today=timezone.localdate())
    return counts if counts and any(counts.values()) else None


def register() -> None:
    register_panel(
        Panel(
            slot="dashboard",
            name="domiciliation.my_hosting",
            template="domiciliation/panels/hosting.html",
            context=my_hosting,
            order=40,
        )
    )
    register_panel(
        Panel(
            slot="my_organisation",
            name="domiciliation.organisation_hosting",
            template="domiciliation/panels/hosting.html",
            context=organisation_hosting,
            order=65,
        )
    )
    register_panel(
        Panel(
            slot="staff_dashboard",
            name="domiciliation.queue",
            template="domiciliation/panels/staff.html",
            context=staff_queue,
            order=65,
        )
    )
    register_menu_item(
        MenuItem(
            name="domiciliation.mine",
            label=_("Hosting"),
            url_name="domiciliation:mine",
            audience="member",
            order=60,
        )
    )
    register_menu_item(
        MenuItem(
            name="domiciliation.manage",
            label=_("Hosting"),
            url_name="domiciliation:pipeline",
            audience="staff",
            order=60,
        )
    )
    register_menu_item(
        MenuItem(
            name="domiciliation.mailroom",
            label=_("Mailroom"),
            url_name="domiciliation:mailroom",
            audience="staff",
            order=61,
        )
    )
