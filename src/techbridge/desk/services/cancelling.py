"""Cancelling with a stated reason: a case (the client withdraws it, or staff find it a
duplicate or out of scope) or one procedure of a case (staff: the contract was terminated,
the client gave up the filing...).

A cancelled case is closed before its resolution: its open procedures are cancelled with it,
its open hand-offs end, its clocks stop; the reason shows on its page to both sides and in
its history. A cancelled procedure keeps its steps and documents as they stood; its current
step is no longer watched for its deadline."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.desk import notices, sla
from techbridge.desk.models import Case, CaseStatus, EventKind
from techbridge.desk.models_procedures import Procedure, ProcedureKind, ProcedureStatus
from techbridge.desk.services.handoffs import close_open_handoffs
from techbridge.desk.services.history import lock_case, record
from techbridge.desk.services.procedures import lock_procedure

MAX_REASON = 2000


def clean_reason(reason: Any) -> str:
    text = str(reason or "").replace("\x00", "").strip()
    if not text:
        raise ValidationFailed(fields={"reason": [str(_("Give the reason."))]})
    if len(text) > MAX_REASON:
        raise ValidationFailed(
            fields={"reason": [str(_("At most %(n)d characters.")) % {"n": MAX_REASON}]}
        )
    return text


def _stop(procedure: Procedure, reason: str, now: datetime) -> None:
    procedure.status = ProcedureStatus.CANCELLED
    procedure.cancelled_at = now
    procedure.cancel_reason = reason
    procedure.save(update_fields=["status", "cancelled_at", "cancel_reason"])


@transaction.atomic
def case_cancel(*, actor: User, case: Case, reason: str, now: datetime | None = None) -> Case:
    """The client or staff cancel an open case, with the reason."""
    if not (is_staff(actor) or case.organisation_id in organisation_ids_of(actor)):
        raise PermissionDenied()
    reason = clean_reason(reason)
    locked = lock_case(case)
    if not locked.is_open:
        raise Conflict(
            _("This case is %(status)s now: it can no longer be cancelled.")
            % {"status": locked.get_status_display()}
        )
    now = now or timezone.now()
    old = locked.status
    locked.status = CaseStatus.CLOSED
    locked.closed_at = locked.cancelled_at = now
    locked.cancel_reason = reason
    locked.save(
        update_fields=["status", "closed_at", "cancelled_at", "cancel_reason", "updated_at"]
    )
    for procedure in Procedure.objects.filter(case=locked, status=ProcedureStatus.OPEN):
        _stop(procedure, reason, now)
    close_open_handoffs(locked, actor, now)
    record(locked, actor, EventKind.CANCELLED, old=old, new=reason, now=now)
    sla.refresh(locked, now)

    def title() -> str:
        return str(_("%(number)s is cancelled") % {"number": locked.number})

    notices.tell_client(locked, kind="desk.status", title=title, body=reason, exclude=actor.pk)
    notices.tell_staff(locked, kind="desk.status", title=title, body=reason, exclude=actor.pk)
    return locked


@transaction.atomic
def procedure_cancel(
    *, actor: User, procedure: Procedure, reason: str, now: datetime | None = None
) -> Procedure:
    """Staff cancel an open procedure of a case, with the reason (the case goes on)."""
    if not is_staff(actor):
        raise PermissionDenied()
    reason = clean_reason(reason)
    case, locked = lock_procedure(procedure)
    now = now or timezone.now()
    _stop(locked, reason, now)
    label = ProcedureKind(locked.kind).label
    record(case, actor, EventKind.CANCELLED, old=label, new=reason, now=now)

    def title() -> str:
        return str(
            _("%(number)s: %(procedure)s cancelled")
            % {"number": case.number, "procedure": ProcedureKind(locked.kind).label}
        )

    notices.tell_client(case, kind="desk.procedure", title=title, body=reason, exclude=actor.pk)
    notices.tell_staff(case, kind="desk.procedure", title=title, body=reason, exclude=actor.pk)
    return locked
