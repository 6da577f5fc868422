"""Milestones: the company submits its evidence (a text and files), the programme manager
approves it or sends it back with a comment (then the company submits again). Each step is
on the timeline and told to the other side in their own language."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.incubation import cohort_notices
from techbridge.incubation.models import ActivityKind, Milestone, MilestoneStatus
from techbridge.incubation.selectors.cohort_companies import can_approve
from techbridge.incubation.services.cohort_companies import (
    member_or_staff,
    record,
    store_document,
)


def _locked(milestone: Milestone) -> Milestone:
    return (
        Milestone.objects.select_for_update()
        .select_related("company", "company__cohort__programme", "company__organisation")
        .get(pk=milestone.pk)
    )


@transaction.atomic
def milestone_submit(
    *,
    actor: Any,
    milestone: Milestone,
    evidence: str,
    uploads: list[Any] | tuple[Any, ...] = (),
    now: datetime | None = None,
) -> Milestone:
    """Submit (or resubmit after it was sent back) the evidence that the target is met."""
    row = _locked(milestone)
    member_or_staff(actor, row.company)
    if row.status in (MilestoneStatus.SUBMITTED, MilestoneStatus.APPROVED):
        raise Conflict(_("This milestone is already submitted."))
    if not evidence.strip() and not uploads:
        raise ValidationFailed(fields={"evidence": [str(_("Describe or attach the evidence."))]})
    for upload in uploads:
        store_document(
            actor=actor, company=row.company, title=row.title_en, upload=upload, milestone=row
        )
    row.evidence = evidence.strip()
    row.status = MilestoneStatus.SUBMITTED
    row.submitted_at = now or timezone.now()
    row.save(update_fields=["evidence", "status", "submitted_at"])
    record(row.company, ActivityKind.EVIDENCE, actor=actor, subject=(row.title_en, row.title_zh),
           at=row.submitted_at)  # fmt: skip
    transaction.on_commit(lambda: cohort_notices.evidence_submitted(row))
    return row


@transaction.atomic
def milestone_decide(
    *,
    actor: Any,
    milestone: Milestone,
    approve: bool,
    comment: str = "",
    now: datetime | None = None,
) -> Milestone:
    """The programme manager approves the evidence, or sends it back (a comment is required)."""
    row = _locked(milestone)
    if not can_approve(actor, row.company.cohort.programme):
        raise PermissionDenied(_("Only the programme's managers approve milestones."))
    if row.status != MilestoneStatus.SUBMITTED:
        raise Conflict(_("Only a submitted milestone can be approved or sent back."))
    if not approve and not comment.strip():
        raise ValidationFailed(fields={"comment": [str(_("Say what is missing."))]})
    row.status = MilestoneStatus.APPROVED if approve else MilestoneStatus.RETURNED
    row.comment = comment.strip()
    row.decided_at = now or timezone.now()
    row.decided_by = actor
    row.save(update_fields=["status", "comment", "decided_at", "decided_by"])
    kind = ActivityKind.APPROVED if approve else ActivityKind.RETURNED
    record(row.company, kind, actor=actor, subject=(row.title_en, row.title_zh),
           at=row.decided_at)  # fmt: skip
    transaction.on_commit(lambda: cohort_notices.milestone_decided(row))
    return row
