"""The mailroom: staff log each item; the firm is told at once and chooses what happens
(open and scan, forward, pick up, shred), or its standing rule chooses for it; staff carry
the action out, forwarding items to one address together in one bundle.

Life cycle: received (unassigned) → notified → action requested → done. Every change locks
the item (or, for a bundle, the contract and its items), so two staff handling the same item
at once do it once and the second is told it is already done.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.domiciliation import notices
from techbridge.domiciliation.models import (
    Contract,
    ForwardBundle,
    ForwardingAddress,
    MailAction,
    MailItem,
    MailKind,
    MailRule,
    MailStatus,
    Status,
)
from techbridge.domiciliation.selectors import can_manage

RECEIVING = (Status.AWAITING_DOCUMENTS, Status.ACTIVE, Status.NOTICE_SERVED, Status.ENDED,
             Status.TERMINATED)  # fmt: skip


def _require_staff(actor: Any) -> None:
    if not can_manage(actor):
        raise PermissionDenied()


def _lock(item: MailItem) -> MailItem:
    return (
        MailItem.objects.select_for_update(of=("self",)).select_related("contract").get(pk=item.pk)
    )


def _url(item: MailItem) -> str:
    return reverse("domiciliation:mail_item", args=[item.pk])


def _announce(item: MailItem, now: datetime) -> None:
    """Tell the firm at once (urgent items say so), and apply its standing rule."""
    contract = item.contract
    assert contract is not None
    item.status, item.notified_at = MailStatus.NOTIFIED, now
    rule = MailRule.objects.filter(contract=contract, kind=item.kind).first()
    if rule is not None:
        item.action, item.forward_to, item.by_rule = rule.action, rule.forward_to, True
        item.status, item.action_requested_at = MailStatus.ACTION_REQUESTED, now
    item.save()
    notices.tell_firm(
        contract.organisation_id,
        kind="domiciliation.mail",
        title=lambda: (
            (
                _("Urgent: %(kind)s from %(sender)s received for %(firm)s")
                if item.urgent
                else _("%(kind)s from %(sender)s received for %(firm)s")
            )
            % {"kind": item.get_kind_display(), "sender": item.sender, "firm": contract.firm_name}
        ),
        body=lambda: (
            _("Your standing rule applies: %(action)s.") % {"action": item.get_action_display()}
            if rule is not None
            else _("Choose what we do with it: open and scan, forward, pick up or shred.")
        ),
        url=_url(item),
    )


@transaction.atomic
def mail_log(
    *, actor: Any, data: dict[str, Any], contract: Contract | None, now: datetime | None = None
) -> MailItem:
    """Staff log an item (`data`: MailLogForm's cleaned_data; `envelope` is (file, type) or
    None). Official documents are always urgent. Without a contract it waits unassigned."""
    _require_staff(actor)
    now = now or timezone.now()
    if contract is not None:
        contract = Contract.objects.select_for_update().get(pk=contract.pk)
        if contract.status not in RECEIVING:
            raise ValidationFailed(
                fields={"contract": [str(_("This contract is a draft: it receives no mail."))]}
            )
    envelope, envelope_type = data.get("envelope") or (None, "")
    item = MailItem.objects.create(
        contract=contract,
        addressee=data["addressee"],
        kind=data["kind"],
        sender=data["sender"],
        tracking=data.get("tracking", ""),
        urgent=data.get("urgent", False) or data["kind"] == MailKind.OFFICIAL,
        received_at=data.get("received_at") or now,
        logged_by=actor,
        envelope=envelope or "",
        envelope_type=envelope_type,
        note=data.get("note", ""),
    )
    if contract is not None:
        _announce(item, now)
    return item


@transaction.atomic
def mail_assign(
    *, actor: Any, item: MailItem, contract: Contract, now: datetime | None = None
) -> MailItem:
    """Staff give an unassigned item its firm; the firm is told."""
    _require_staff(actor)
    locked = _lock(item)
    if locked.contract_id is not None:
        raise Conflict(_("This item already has a recipient firm."))
    if contract.status not in RECEIVING:
        raise Conflict(_("This contract is a draft: it receives no mail."))
    locked.contract = contract
    _announce(locked, now or timezone.now())
    return locked


def _forward_address(contract: Contract, address: ForwardingAddress | None) -> ForwardingAddress:
    if address is None or address.organisation_id != contract.organisation_id or not address.active:
        raise ValidationFailed(
            fields={"forward_to": [str(_("Choose one of the firm's forwarding addresses."))]}
        )
    return address


@transaction.atomic
def mail_request(
    *,
    actor: Any,
    item: MailItem,
    action: str,
    forward_to: ForwardingAddress | None = None,
    now: datetime | None = None,
) -> MailItem:
    """The firm (or staff on its behalf) chooses what happens to an item; it may change its
    mind until the item is handled."""
    locked = _lock(item)
    contract = locked.contract
    if contract is None or not (
        is_staff(actor) or contract.organisation_id in organisation_ids_of(actor)
    ):
        raise PermissionDenied()
    if locked.status == MailStatus.DONE:
        raise Conflict(_("This item has already been handled."))
    if action not in MailAction.values:
        raise ValidationFailed(fields={"action": [str(_("Choose an action from the list."))]})
    if action == MailAction.SCAN and locked.kind == MailKind.PARCEL:
        raise ValidationFailed(fields={"action": [str(_("A parcel cannot be scanned."))]})
    locked.forward_to = _forward_address(contract, forward_to) if action == "forward" else None
    locked.action, locked.by_rule = action, False
    locked.status = MailStatus.ACTION_REQUESTED
    locked.action_requested_at, locked.action_requested_by = now or timezone.now(), actor
    locked.save()
    return locked


def _finish(item: MailItem, actor: Any, now: datetime, note: str = "") -> None:
    item.status, item.done_at, item.done_by = MailStatus.DONE, now, actor
    if note:
        item.note = note[:500]
    item.save()


def _lock_requested(item: MailItem, action: str) -> MailItem:
    locked = _lock(item)
    if locked.status == MailStatus.DONE:
        raise Conflict(_("This item has already been handled."))
    if locked.status != MailStatus.ACTION_REQUESTED or locked.action != action:
        raise Conflict(_("The firm has not asked for this."))
    return locked


@transaction.atomic
def mail_scan(
    *, actor: Any, item: MailItem, scan: Any, content_type: str, now: datetime | None = None
) -> MailItem:
    """Staff open the item and attach its scan; the firm is told it can read it."""
    _require_staff(actor)
    locked = _lock_requested(item, MailAction.SCAN)
    locked.scan, locked.scan_type = scan, content_type
    _finish(locked, actor, now or timezone.now())
    contract = locked.contract
    assert contract is not None
    notices.tell_firm(
        contract.organisation_id,
        kind="domiciliation.mail",
        title=lambda: (
            _("The scan of the %(kind)s from %(sender)s is ready")
            % {"kind": locked.get_kind_display(), "sender": locked.sender}
        ),
        url=_url(locked),
    )
    return locked


@transaction.atomic
def mail_complete(
    *, actor: Any, item: MailItem, note: str = "", now: datetime | None = None
) -> MailItem:
    """Staff record that an item was picked up or shredded."""
    _require_staff(actor)
    locked = _lock(item)
    if locked.action not in (MailAction.PICKUP, MailAction.SHRED):
        raise Conflict(_("Scans and forwarding are completed by their own actions."))
    locked = _lock_requested(item, locked.action)
    _finish(locked, actor, now or timezone.now(), note)
    return locked


@transaction.atomic
def mail_forward(
    *,
    actor: Any,
    contract: Contract,
    address: ForwardingAddress,
    tracking: str = "",
    now: datetime | None = None,
) -> ForwardBundle:
    """Staff send every item waiting to be forwarded to one address in one bundle."""
    _require_staff(actor)
    Contract.objects.select_for_update().get(pk=contract.pk)
    items = list(
        MailItem.objects.select_for_update().filter(
            contract=contract,
            status=MailStatus.ACTION_REQUESTED,
            action=MailAction.FORWARD,
            forward_to=address,
        )
    )
    if not items:
        raise Conflict(_("No item waits to be forwarded to this address."))
    now = now or timezone.now()
    bundle = ForwardBundle.objects.create(
        contract=contract, address=address, sent_at=now, sent_by=actor, tracking=tracking[:60]
    )
    for item in items:
        item.bundle = bundle
        _finish(item, actor, now)
    notices.tell_firm(
        contract.organisation_id,
        kind="domiciliation.mail",
        title=lambda: (
            _("%(n)s items forwarded to %(address)s") % {"n": len(items), "address": address.label}
        ),
        body=tracking,
        url=reverse("domiciliation:mail"),
    )
    return bundle


@transaction.atomic
def rule_set(
    *,
    actor: Any,
    contract: Contract,
    kind: str,
    action: str,
    forward_to: ForwardingAddress | None = None,
) -> MailRule | None:
    """The firm's standing rule for a kind of item (an empty action removes it)."""
    if not (is_staff(actor) or contract.organisation_id in organisation_ids_of(actor)):
        raise PermissionDenied()
    if kind not in MailKind.values:
        raise ValidationFailed(fields={"kind": [str(_("Choose a type from the list."))]})
    if not action:
        MailRule.objects.filter(contract=contract, kind=kind).delete()
        return None
    if action == MailAction.SCAN and kind == MailKind.PARCEL:
        raise ValidationFailed(fields={"action": [str(_("A parcel cannot be scanned."))]})
    address = _forward_address(contract, forward_to) if action == MailAction.FORWARD else None
    rule, _created = MailRule.objects.update_or_create(
        contract=contract, kind=kind, defaults={"action": action, "forward_to": address}
    )
    return rule


@transaction.atomic
def forwarding_address_add(
    *, actor: Any, contract: Contract, data: dict[str, Any]
) -> ForwardingAddress:
    if not (is_staff(actor) or contract.organisation_id in organisation_ids_of(actor)):
        raise PermissionDenied()
    return ForwardingAddress.objects.create(
        organisation_id=contract.organisation_id,
        label=data["label"],
        recipient=data["recipient"],
        address=data["address"],
        country=data.get("country") or "CN",
    )
