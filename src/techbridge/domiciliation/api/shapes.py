"""How /api/v1/domiciliation shows contracts and mail items (shared by its route modules)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from techbridge.domiciliation.api.schemas import ContractOut, MailOut
from techbridge.domiciliation.models import Contract, MailItem


def contract_out(c: Contract) -> dict[str, Any]:
    keys = set(ContractOut.model_fields) - {"organisation", "plan", "stage", "checks"}
    out = {k: getattr(c, k) for k in keys}
    out.update(
        organisation=c.organisation.slug, plan=c.plan.slug, stage=c.stage(timezone.localdate())
    )
    return out


def mail_out(m: MailItem) -> dict[str, Any]:
    keys = set(MailOut.model_fields) - {"contract", "forward_to", "has_scan", "has_envelope"}
    out = {k: getattr(m, k) for k in keys}
    out.update(
        contract=m.contract_id,
        forward_to=m.forward_to_id,
        has_scan=bool(m.scan),
        has_envelope=bool(m.envelope),
    )
    return out
