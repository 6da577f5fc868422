"""Steps that record an outcome: the technology-contract registration number (written back
onto the deals pipeline's contract) and the export-control classification (shown on the
profile to staff; a prohibited technology blocks the pipeline's contract stage)."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.deals.models import Contract
from techbridge.desk.models_procedures import (
    ExportClass,
    ExportControlItem,
    ItemCategory,
    Procedure,
    ProcedureKind,
)
from techbridge.desk.services.procedures import (
    finish_step,
    lock_procedure,
    missing_documents,
    require_current,
)

# Registration numbers are digits and letters, maybe with dashes (e.g. 2026310101000123).
NUMBER = re.compile(r"^[0-9A-Za-z][0-9A-Za-z\-]{5,39}$")


def _staff(actor: User, procedure: Procedure, kind: str) -> None:
    if not is_staff(actor):
        raise PermissionDenied()
    if procedure.kind != kind:
        raise ValidationFailed(_("This procedure records no such outcome."))


@transaction.atomic
def registration_record(
    *, actor: User, procedure: Procedure, number: str, now: datetime | None = None
) -> Procedure:
    """Staff record the registration number the office gave: on the procedure and on the
    contract of the deals pipeline; the tax-benefit follow-up starts."""
    _staff(actor, procedure, ProcedureKind.CONTRACT_REGISTRATION)
    number = (number or "").strip()
    if not NUMBER.match(number):
        raise ValidationFailed(
            fields={"number": [str(_("Give the registration number (6 to 40 letters or digits)."))]}
        )
    _case, locked = lock_procedure(procedure)
    step = require_current(locked, "registration")
    contract = Contract.objects.select_for_update().filter(pk=locked.contract_id).first()
    if contract is None:
        raise Conflict(_("The contract of this registration no longer exists."))
    if contract.registration_number and contract.registration_number != number:
        raise Conflict(
            _("The contract already carries registration number %(number)s.")
            % {"number": contract.registration_number}
        )
    contract.registration_number = number
    contract.save(update_fields=["registration_number"])
    locked.registration_number = number
    locked.save(update_fields=["registration_number"])
    finish_step(locked, step, actor, now or timezone.now(), number)
    return locked


def _check_classification(export_class: str, item: ExportControlItem | None, reason: str) -> str:
    errors: dict[str, list[str]] = {}
    if export_class not in ExportClass.values:
        errors["export_class"] = [str(_("Choose prohibited, restricted or free."))]
    elif export_class != ExportClass.FREE:
        if item is None or not item.active:
            errors["item"] = [str(_("Choose the catalogue item that applies."))]
        elif item.category != {"prohibited": ItemCategory.PROHIBITED}.get(
            export_class, ItemCategory.RESTRICTED
        ):
            errors["item"] = [str(_("This item is not in that category of the catalogue."))]
    reason = (reason or "").replace("\x00", "").strip()
    if export_class != ExportClass.FREE and not reason:
        errors["reason"] = [str(_("Give the reason."))]
    if errors:
        raise ValidationFailed(fields=errors)
    return reason[:3000]


@transaction.atomic
def export_classify(
    *,
    actor: User,
    procedure: Procedure,
    export_class: str,
    item: ExportControlItem | None = None,
    reason: str = "",
    now: datetime | None = None,
) -> Procedure:
    """Staff classify the technology: prohibited, restricted (a licence before substantive
    negotiation) or free (contract registration). The next steps follow from the class."""
    _staff(actor, procedure, ProcedureKind.EXPORT_CONTROL)
    reason = _check_classification(export_class, item, reason)
    _case, locked = lock_procedure(procedure)
    step = require_current(locked, "classify")
    if missing := missing_documents(locked):
        raise ValidationFailed(
            fields={"documents": [str(_("Still missing: %(list)s")) % {"list": "; ".join(missing)}]}
        )
    now = now or timezone.now()
    locked.export_class = export_class
    locked.export_item = item if export_class != ExportClass.FREE else None
    locked.export_reason = reason
    locked.classified_at = now
    locked.facts = {**locked.facts, "export_class": export_class}
    locked.save(
        update_fields=["export_class", "export_item", "export_reason", "classified_at", "facts"]
    )
    finish_step(locked, step, actor, now, str(ExportClass(export_class).label))
    return locked


def item_get(item_id: Any) -> ExportControlItem | None:
    """A catalogue item by id (None when not given or unknown)."""
    try:
        pk = int(item_id)
    except (TypeError, ValueError):
        return None
    return ExportControlItem.objects.filter(pk=pk).first()
