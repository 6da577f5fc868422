"""Know-your-customer documents: uploaded by the firm (or staff), verified by staff with a
result, a day and a note, checked again after the plan's period. The last verification that
completes the checks of a signed contract activates it, in the same transaction."""

from __future__ import annotations

from datetime import date
from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.domiciliation import notices
from techbridge.domiciliation.models import (
    CheckResult,
    Contract,
    DocumentKind,
    KycDocument,
    Status,
)
from techbridge.domiciliation.selectors import can_manage, kyc_passed
from techbridge.domiciliation.services.contracts import activate_locked, lock
from techbridge.domiciliation.stages import add_months

OPEN = (Status.DRAFT, Status.AWAITING_DOCUMENTS, Status.ACTIVE, Status.NOTICE_SERVED)


@transaction.atomic
def document_upload(
    *,
    actor: Any,
    contract: Contract,
    kind: str,
    upload: Any,
    filename: str,
    content_type: str,
    expires_on: date | None = None,
    today: date | None = None,
) -> KycDocument:
    """A document for the contract's checks (`upload`: a checked file from DocumentForm).
    An ID document that has already expired is refused."""
    today = today or timezone.localdate()
    if not (is_staff(actor) or contract.organisation_id in organisation_ids_of(actor)):
        raise PermissionDenied()
    locked = lock(contract)
    if locked.status not in OPEN:
        raise Conflict(_("This contract has ended: no more documents are needed."))
    if kind not in DocumentKind.values:
        raise ValidationFailed(fields={"kind": [str(_("Choose a document from the list."))]})
    if expires_on is not None and expires_on < today:
        raise ValidationFailed(
            fields={"expires_on": [str(_("This document has expired: upload a valid one."))]}
        )
    return KycDocument.objects.create(
        contract=locked,
        kind=kind,
        file=upload,
        filename=filename[:200],
        content_type=content_type[:100],
        size=upload.size,
        expires_on=expires_on,
        uploaded_by=actor,
    )


def _recheck_day(doc: KycDocument, contract: Contract, today: date) -> date:
    due = add_months(today, contract.plan.recheck_months)
    return min(due, doc.expires_on) if doc.expires_on else due


@transaction.atomic
def document_verify(
    *, actor: Any, document: KycDocument, result: str, note: str = "", today: date | None = None
) -> KycDocument:
    """Staff record a check's result (verified or rejected, with a note). Verifying the last
    missing document of a signed contract activates it."""
    if not can_manage(actor):
        raise PermissionDenied()
    today = today or timezone.localdate()
    contract = lock(document.contract)
    doc = KycDocument.objects.select_for_update().get(pk=document.pk)
    if result not in (CheckResult.VERIFIED, CheckResult.REJECTED):
        raise ValidationFailed(fields={"result": [str(_("Choose verified or rejected."))]})
    if result == CheckResult.REJECTED and not note.strip():
        raise ValidationFailed(fields={"note": [str(_("Say why the document is rejected."))]})
    if result == CheckResult.VERIFIED and doc.expires_on is not None and doc.expires_on < today:
        raise Conflict(_("This document has expired and cannot be verified."))
    doc.result = result
    doc.checked_by = actor
    doc.checked_on = today
    doc.check_note = note.strip()[:500]
    doc.recheck_on = _recheck_day(doc, contract, today) if result == CheckResult.VERIFIED else None
    doc.recheck_reminded_on = None
    doc.save()
    if result == CheckResult.REJECTED:
        notices.tell_firm(
            contract.organisation_id,
            kind="domiciliation.kyc",
            title=lambda: (
                _("%(document)s rejected: please upload it again")
                % {"document": doc.get_kind_display()}
            ),
            body=doc.check_note,
            url=reverse("domiciliation:contract", args=[contract.pk]),
        )
    elif contract.status == Status.AWAITING_DOCUMENTS and kyc_passed(contract, today):
        activate_locked(contract, today=today)
    return doc
