"""Row locks and the case's history (one CaseEvent per change)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from techbridge.desk.models import Case, CaseEvent


def lock_case(case: Case) -> Case:
    """The case's row, locked until the transaction ends (state changes read it from here,
    never from the caller's possibly stale copy)."""
    return (
        Case.objects.select_for_update()
        .select_related("service_type", "organisation")
        .get(pk=case.pk)
    )


def record(
    case: Case,
    actor: Any,
    kind: str,
    *,
    old: str = "",
    new: str = "",
    internal: bool = False,
    now: Any = None,
) -> CaseEvent:
    return CaseEvent.objects.create(
        case=case,
        actor=actor if getattr(actor, "pk", None) else None,
        kind=kind,
        old=str(old)[:100],
        new=str(new)[:100],
        internal=internal,
        at=now or timezone.now(),
    )
