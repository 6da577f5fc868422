"""Hosting contracts: prepared by staff, signed by the firm, activated once its checks pass,
renewed, noticed, terminated, ended, and the firm's registered address moved away.

Every state change locks the contract row (`select_for_update`) and re-reads it, so two staff
acting at once never both apply a change from the same state; the database refuses an active
contract without a recorded KYC pass and a second live contract for a firm.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.domiciliation import notices
from techbridge.domiciliation.models import Contract, Plan, Status
from techbridge.domiciliation.selectors import can_manage, kyc_checks, kyc_passed
from techbridge.domiciliation.stages import Stage, last_day

CONTRACT_FIELDS = (
    "plan", "firm_name_zh", "firm_name_en", "credit_code", "legal_representative",
    "hosted_address", "starts_on", "ends_on", "notice_days", "monthly_fee", "setup_fee",
    "deposit", "currency",
)  # fmt: skip


def lock(contract: Contract) -> Contract:
    return Contract.objects.select_for_update().select_related("plan").get(pk=contract.pk)


def _today(today: date | None) -> date:
    return today or timezone.localdate()


def _require_staff(actor: Any) -> None:
    if not can_manage(actor):
        raise PermissionDenied()


def _url(contract: Contract) -> str:
    return reverse("domiciliation:contract", args=[contract.pk])


def _duplicate(exc: IntegrityError) -> ValidationFailed:
    text = str(exc)
    if "code" in text:
        return ValidationFailed(
            fields={"credit_code": [str(_("Another live contract has this credit code."))]}
        )
    if "address" in text:
        return ValidationFailed(
            fields={"hosted_address": [str(_("Another live contract uses this address."))]}
        )
    return ValidationFailed(
        fields={"organisation": [str(_("This firm already has a live hosting contract."))]}
    )


@transaction.atomic
def contract_create(*, actor: Any, organisation: Organisation, data: dict[str, Any]) -> Contract:
    """Staff prepare a draft (`data`: ContractForm's cleaned_data)."""
    _require_staff(actor)
    fields = {k: data[k] for k in CONTRACT_FIELDS if k in data}
    try:
        with transaction.atomic():
            return Contract.objects.create(
                organisation=organisation, created_by=actor, status=Status.DRAFT, **fields
            )
    except IntegrityError as exc:
        raise _duplicate(exc) from exc


@transaction.atomic
def contract_update(*, actor: Any, contract: Contract, data: dict[str, Any]) -> Contract:
    """Staff change a contract's terms while it is a draft or awaiting documents; the credit
    code and the firm's names may be corrected later too (the register must be right)."""
    _require_staff(actor)
    locked = lock(contract)
    editable = CONTRACT_FIELDS
    if locked.status not in (Status.DRAFT, Status.AWAITING_DOCUMENTS):
        editable = ("firm_name_zh", "firm_name_en", "credit_code", "legal_representative")
    for key in editable:
        if key in data:
            setattr(locked, key, data[key])
    try:
        with transaction.atomic():
            locked.save()
    except IntegrityError as exc:
        raise _duplicate(exc) from exc
    return locked


@transaction.atomic
def contract_sign(*, actor: Any, contract: Contract) -> Contract:
    """The firm signs its draft (a member of the firm; or staff recording a paper signature):
    the contract waits for its documents, or is active at once if they already passed."""
    locked = lock(contract)
    if not (is_staff(actor) or locked.organisation_id in organisation_ids_of(actor)):
        raise PermissionDenied()
    if locked.status != Status.DRAFT:
        raise Conflict(_("Only a draft contract can be signed."))
    locked.status = Status.AWAITING_DOCUMENTS
    locked.signed_at = timezone.now()
    locked.signed_by = actor
    locked.save(update_fields=["status", "signed_at", "signed_by", "updated_at"])
    notices.tell_firm(
        locked.organisation_id,
        kind="domiciliation.contract",
        title=lambda: (
            _("Hosting contract %(ref)s signed: please upload your documents")
            % {"ref": locked.reference}
        ),
        url=_url(locked),
        exclude_user_id=actor.pk,
    )
    return locked


def activate_locked(contract: Contract, *, today: date) -> None:
    """Activate a locked contract awaiting documents whose checks all pass (else Conflict)."""
    if contract.status != Status.AWAITING_DOCUMENTS:
        raise Conflict(_("Only a signed contract awaiting documents can become active."))
    missing = [c.label for c in kyc_checks(contract, today) if not c.passed]
    if missing or not kyc_passed(contract, today):
        from techbridge.core.i18n import join_list

        raise Conflict(
            _("The checks have not passed yet: %(documents)s.") % {"documents": join_list(missing)}
        )
    contract.status = Status.ACTIVE
    contract.kyc_passed_on = today
    contract.save(update_fields=["status", "kyc_passed_on", "updated_at"])
    notices.tell_firm(
        contract.organisation_id,
        kind="domiciliation.contract",
        title=lambda: _("Your hosting contract %(ref)s is active") % {"ref": contract.reference},
        body=lambda: (
            _("You may use %(address)s as your registered address from %(day)s.")
            % {"address": contract.hosted_address, "day": contract.starts_on.isoformat()}
        ),
        url=_url(contract),
    )


@transaction.atomic
def contract_activate(*, actor: Any, contract: Contract, today: date | None = None) -> Contract:
    _require_staff(actor)
    locked = lock(contract)
    activate_locked(locked, today=_today(today))
    return locked


@transaction.atomic
def contract_renew(
    *, actor: Any, contract: Contract, ends_on: date, today: date | None = None
) -> Contract:
    """Staff extend a contract in force to a later end date."""
    _require_staff(actor)
    locked = lock(contract)
    if locked.stage(_today(today)) not in (Stage.ACTIVE, Stage.UP_FOR_RENEWAL):
        raise Conflict(_("Only a contract in force without notice can be renewed."))
    if ends_on <= locked.ends_on:
        raise ValidationFailed(
            fields={"ends_on": [str(_("The new end date must be after the current one."))]}
        )
    locked.ends_on = ends_on
    locked.renewal_reminded_for = None
    locked.save(update_fields=["ends_on", "renewal_reminded_for", "updated_at"])
    notices.tell_firm(
        locked.organisation_id,
        kind="domiciliation.renewal",
        title=lambda: (
            _("Hosting contract %(ref)s renewed until %(day)s")
            % {"ref": locked.reference, "day": ends_on.isoformat()}
        ),
        url=_url(locked),
    )
    return locked


@transaction.atomic
def contract_serve_notice(
    *, actor: Any, contract: Contract, served_on: date, by_firm: bool, today: date | None = None
) -> Contract:
    """Notice served (by the firm, or by the centre): the contract ends when the notice
    period has run, or at its end date if that comes first."""
    locked = lock(contract)
    member = locked.organisation_id in organisation_ids_of(actor)
    if not (is_staff(actor) or (member and by_firm)):
        raise PermissionDenied()
    if locked.stage(_today(today)) not in (Stage.ACTIVE, Stage.UP_FOR_RENEWAL):
        raise Conflict(_("Notice can only be served on a contract in force."))
    if served_on > _today(today) + timedelta(days=366) or served_on < locked.starts_on:
        raise ValidationFailed(fields={"served_on": [str(_("This day is not possible."))]})
    locked.status = Status.NOTICE_SERVED
    locked.notice_served_on = served_on
    locked.notice_served_by_firm = by_firm
    locked.save()
    end = last_day(locked.dates)
    notices.tell_firm(
        locked.organisation_id,
        kind="domiciliation.contract",
        title=lambda: (
            _("Notice served on hosting contract %(ref)s: it ends on %(day)s")
            % {"ref": locked.reference, "day": end.isoformat()}
        ),
        body=lambda: _("Please move your registered address before that day."),
        url=_url(locked),
    )
    return locked


@transaction.atomic
def contract_terminate(
    *, actor: Any, contract: Contract, reason: str, note: str = "", today: date | None = None
) -> Contract:
    """Staff end a contract early, with a reason (a draft is simply discarded this way)."""
    _require_staff(actor)
    locked = lock(contract)
    if locked.status in (Status.ENDED, Status.TERMINATED):
        raise Conflict(_("This contract has already ended."))
    locked.status = Status.TERMINATED
    locked.terminated_on = _today(today)
    locked.termination_reason = reason
    locked.termination_note = note
    locked.save()
    notices.tell_firm(
        locked.organisation_id,
        kind="domiciliation.contract",
        title=lambda: (
            _("Hosting contract %(ref)s terminated: %(reason)s")
            % {"ref": locked.reference, "reason": locked.get_termination_reason_display()}
        ),
        body=lambda: (
            _("Please move your registered address away from %(address)s.")
            % {"address": locked.hosted_address}
        ),
        url=_url(locked),
    )
    return locked


@transaction.atomic
def contract_address_moved(
    *, actor: Any, contract: Contract, moved_on: date, new_address: str
) -> Contract:
    """The firm's registered address has moved away (recorded by staff from the new business
    licence): the register no longer flags it."""
    _require_staff(actor)
    locked = lock(contract)
    if locked.status not in (Status.NOTICE_SERVED, Status.ENDED, Status.TERMINATED):
        raise Conflict(_("The address moves when the contract is ending or has ended."))
    locked.address_moved_on = moved_on
    locked.new_address = new_address.strip()
    locked.save(update_fields=["address_moved_on", "new_address", "updated_at"])
    return locked


def plan_terms(plan: Plan, starts_on: date) -> dict[str, Any]:
    """A new contract's defaults from its plan."""
    from techbridge.domiciliation.stages import add_months

    return {
        "plan": plan,
        "starts_on": starts_on,
        "ends_on": add_months(starts_on, plan.term_months),
        "notice_days": plan.notice_days,
        "monthly_fee": plan.monthly_fee,
        "setup_fee": plan.setup_fee,
        "currency": plan.currency,
    }
