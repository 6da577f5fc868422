"""Mail items, queues and forwarding addresses, for one actor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.domiciliation.models import ForwardingAddress, MailItem, MailStatus

# How long an item may wait at each step before staff see it in the overdue list.
WAIT_FOR_CHOICE = timedelta(days=7)
WAIT_FOR_CHOICE_URGENT = timedelta(days=2)
WAIT_FOR_HANDLING = timedelta(days=2)
WAIT_FOR_HANDLING_URGENT = timedelta(days=1)
WAIT_UNASSIGNED = timedelta(days=1)


def mail_list(*, actor: Any) -> QuerySet[MailItem]:
    """Items the actor may see: staff all, members their firms' (never the unassigned)."""
    qs = MailItem.objects.select_related("contract", "contract__organisation", "forward_to")
    if is_staff(actor):
        return qs
    if not is_member(actor):
        return qs.none()
    return qs.filter(contract__organisation_id__in=organisation_ids_of(actor))


def mail_get_for(*, actor: Any, item_id: int) -> MailItem:
    item = mail_list(actor=actor).filter(pk=item_id).first()
    if item is None:
        raise NotFound()
    return item


def unassigned_items(*, actor: Any) -> QuerySet[MailItem]:
    if not is_staff(actor):
        raise PermissionDenied()
    return mail_list(actor=actor).filter(contract__isnull=True)


@dataclass(frozen=True)
class Overdue:
    item: MailItem
    reason: str
    since: datetime


def overdue_items(*, actor: Any, now: datetime | None) -> list[Overdue]:
    """Items waiting too long: unassigned for a day, with no choice from the firm for a week
    (two days if urgent), or requested and not handled for two days (one if urgent)."""
    if not is_staff(actor):
        raise PermissionDenied()
    now = now or timezone.now()
    qs = mail_list(actor=actor).filter(
        Q(status=MailStatus.RECEIVED, received_at__lt=now - WAIT_UNASSIGNED)
        | Q(status=MailStatus.NOTIFIED, notified_at__lt=now - WAIT_FOR_CHOICE_URGENT)
        | Q(
            status=MailStatus.ACTION_REQUESTED,
            action_requested_at__lt=now - WAIT_FOR_HANDLING_URGENT,
        )
    )
    out = []
    for item in qs.order_by("received_at", "id"):
        if item.status == MailStatus.RECEIVED:
            out.append(Overdue(item, str(_("not assigned to a firm")), item.received_at))
            continue
        if item.status == MailStatus.NOTIFIED and item.notified_at is not None:
            limit = WAIT_FOR_CHOICE_URGENT if item.urgent else WAIT_FOR_CHOICE
            if item.notified_at < now - limit:
                out.append(Overdue(item, str(_("the firm has not chosen")), item.notified_at))
            continue
        if item.action_requested_at is not None:
            limit = WAIT_FOR_HANDLING_URGENT if item.urgent else WAIT_FOR_HANDLING
            if item.action_requested_at < now - limit:
                out.append(Overdue(item, str(_("not handled yet")), item.action_requested_at))
    return out


def forwarding_addresses_of(*, actor: Any, organisation_id: int) -> QuerySet[ForwardingAddress]:
    if not (is_staff(actor) or organisation_id in organisation_ids_of(actor)):
        return ForwardingAddress.objects.none()
    return ForwardingAddress.objects.filter(organisation_id=organisation_id, active=True)
