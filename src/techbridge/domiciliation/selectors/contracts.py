"""Contracts, their stages and their KYC checks, for one actor."""

from __future__ import annotations

import enum
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from django.db.models import QuerySet

from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.domiciliation.models import (
    LIVE,
    CheckResult,
    Contract,
    DocumentKind,
    KycDocument,
    Plan,
    Status,
)
from techbridge.domiciliation.stages import PIPELINE, Stage


def can_manage(actor: Any) -> bool:
    """Who runs hosting (contracts, checks, the mailroom, the register): the centre's staff."""
    return is_staff(actor)


def plans_offered() -> QuerySet[Plan]:
    return Plan.objects.filter(active=True)


def contract_list(*, actor: Any) -> QuerySet[Contract]:
    """Contracts the actor may see: staff all, members their firms'."""
    qs = Contract.objects.select_related("organisation", "plan")
    if is_staff(actor):
        return qs
    if not is_member(actor):
        return qs.none()
    return qs.filter(organisation_id__in=organisation_ids_of(actor))


def contract_get_for(*, actor: Any, contract_id: int) -> Contract:
    contract = contract_list(actor=actor).filter(pk=contract_id).first()
    if contract is None:
        raise NotFound()
    return contract


def contract_get_managed(*, actor: Any, contract_id: int) -> Contract:
    if not can_manage(actor):
        raise PermissionDenied()
    return contract_get_for(actor=actor, contract_id=contract_id)


def current_contract_of(*, actor: Any, organisation_id: int) -> Contract | None:
    """The firm's live contract (draft to notice served), if the actor may see it."""
    return (
        contract_list(actor=actor).filter(organisation_id=organisation_id, status__in=LIVE).first()
    )


def pipeline(*, actor: Any, today: date) -> dict[Stage, list[Contract]]:
    """Staff's pipeline: every contract under its computed stage, soonest end first."""
    if not can_manage(actor):
        raise PermissionDenied()
    columns: dict[Stage, list[Contract]] = {stage: [] for stage in PIPELINE}
    for contract in contract_list(actor=actor).order_by("ends_on", "id"):
        columns[contract.stage(today)].append(contract)
    return columns


def staff_counts(*, actor: Any, today: date) -> dict[str, int] | None:
    """The staff dashboard's figures, or None for non-staff."""
    if not can_manage(actor):
        return None
    from techbridge.domiciliation.selectors.mail import overdue_items, unassigned_items

    stages = defaultdict(int)
    for contract in Contract.objects.filter(status__in=LIVE):
        stages[contract.stage(today)] += 1
    return {
        "awaiting": stages[Stage.AWAITING_DOCUMENTS],
        "renewal": stages[Stage.UP_FOR_RENEWAL],
        "pending_checks": KycDocument.objects.filter(
            result=CheckResult.PENDING, contract__status__in=LIVE
        ).count(),
        "unassigned": unassigned_items(actor=actor).count(),
        "overdue": len(overdue_items(actor=actor, now=None)),
    }


# --- know your customer ---------------------------------------------------------------------


class KycState(enum.StrEnum):
    MISSING = "missing"
    PENDING = "pending"
    REJECTED = "rejected"
    EXPIRED = "expired"
    RECHECK_DUE = "recheck_due"
    OK = "ok"


@dataclass(frozen=True)
class KycCheck:
    kind: DocumentKind
    document: KycDocument | None
    state: KycState

    @property
    def label(self) -> str:
        return str(self.kind.label)

    @property
    def passed(self) -> bool:
        return self.state == KycState.OK


def _state(doc: KycDocument | None, today: date) -> KycState:
    if doc is None:
        return KycState.MISSING
    if doc.expires_on is not None and doc.expires_on < today:
        return KycState.EXPIRED
    if doc.result == CheckResult.PENDING:
        return KycState.PENDING
    if doc.result == CheckResult.REJECTED:
        return KycState.REJECTED
    if doc.recheck_on is not None and doc.recheck_on <= today:
        return KycState.RECHECK_DUE
    return KycState.OK


def kyc_checks(contract: Contract, today: date) -> list[KycCheck]:
    """One check per document the plan requires: the latest document of that kind decides."""
    latest: dict[str, KycDocument] = {}
    for doc in contract.documents.order_by("-uploaded_at", "-id"):
        latest.setdefault(doc.kind, doc)
    return [
        KycCheck(kind=kind, document=latest.get(kind), state=_state(latest.get(kind), today))
        for kind in contract.plan.required_kinds()
    ]


def kyc_passed(contract: Contract, today: date) -> bool:
    checks = kyc_checks(contract, today)
    return bool(checks) and all(c.passed for c in checks)


def document_get_for(*, actor: Any, document_id: int) -> KycDocument:
    """A KYC document of a contract the actor may see, or NotFound."""
    doc = (
        KycDocument.objects.select_related("contract")
        .filter(contract__in=contract_list(actor=actor), pk=document_id)
        .first()
    )
    if doc is None:
        raise NotFound()
    return doc


def in_force(contract: Contract, today: date) -> bool:
    """The firm is hosted today (active, up for renewal or under notice)."""
    in_status = contract.status in (Status.ACTIVE, Status.NOTICE_SERVED)
    return in_status and contract.stage(today) != Stage.ENDED
