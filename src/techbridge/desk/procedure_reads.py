"""Reads of the procedures (the case's readers see its procedures; only staff see the steps'
notes, the catalogue item and the reason of an export-control class), and the export-control
verdict the deals pipeline and the profile page consult."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import NotFound
from techbridge.desk.models import Case
from techbridge.desk.models_procedures import (
    ExportClass,
    ExportControlItem,
    Procedure,
    ProcedureKind,
)
from techbridge.desk.procedures import label_of_document, label_of_step, spec_of
from techbridge.desk.selectors import case_get_for


@dataclass
class StepRow:
    key: str
    label: str
    department: str
    state: str  # done, skipped, current, overdue, waiting, stopped (procedure cancelled)
    due_at: datetime | None
    done_at: datetime | None
    note: str
    outcome: str


@dataclass
class DocumentRow:
    key: str
    label: str
    required: bool
    attachment_id: int | None
    filename: str
    received_at: datetime | None


def _state(step: Any, current_id: int | None, now: datetime, *, stopped: bool = False) -> str:
    if step.skipped:
        return "skipped"
    if step.done_at is not None:
        return "done"
    if stopped:
        return "stopped"
    if step.pk == current_id:
        return "overdue" if step.due_at and step.due_at < now else "current"
    return "waiting"


def rows_of(procedure: Procedure, *, staff: bool, now: datetime) -> dict[str, Any]:
    """A procedure as the case page and the API show it."""
    steps = list(procedure.steps.all())
    current = next((s.pk for s in steps if not s.skipped and s.done_at is None), None)
    spec = {s.key: s for s in spec_of(procedure.kind).steps}
    return {
        "procedure": procedure,
        "label": ProcedureKind(procedure.kind).label,
        "facts": fact_rows(procedure),
        "steps": [
            StepRow(
                key=s.key, label=label_of_step(procedure.kind, s.key), department=s.department,
                state=_state(s, current, now, stopped=not procedure.is_open),
                due_at=s.due_at, done_at=s.done_at,
                note=s.note if staff else "", outcome=spec[s.key].outcome,
            )
            for s in steps
        ],
        "documents": [
            DocumentRow(
                key=d.key, label=label_of_document(procedure.kind, d.key), required=d.required,
                attachment_id=d.attachment_id, filename=d.attachment.filename if d.attachment else "",
                received_at=d.received_at,
            )
            for d in procedure.documents.all()
        ],
        "current": next((s.key for s in steps if s.pk == current), ""),
        "export_item": procedure.export_item if staff else None,
        "export_reason": procedure.export_reason if staff else "",
    }  # fmt: skip


def fact_rows(procedure: Procedure) -> list[tuple[str, str]]:
    out = []
    for fact in spec_of(procedure.kind).facts:
        value = procedure.facts.get(fact.key, "")
        out.append((str(fact.label), str(dict(fact.choices).get(value, value))))
    return out


def procedures_for(*, actor: Any, case: Case, now: datetime | None = None) -> list[dict[str, Any]]:
    """The procedures of a case the actor may read (case_get_for decided that)."""
    now = now or timezone.now()
    qs = (
        Procedure.objects.filter(case=case)
        .select_related("export_item", "contract")
        .prefetch_related("steps", "documents__attachment")
        .order_by("created_at", "id")
    )
    staff = is_staff(actor)
    return [rows_of(p, staff=staff, now=now) for p in qs]


def procedure_get_for(*, actor: Any, case_id: Any, procedure_id: Any) -> Procedure:
    """A procedure of a case the actor may read, or NotFound."""
    case = case_get_for(actor=actor, case_id=case_id)
    try:
        pk = int(procedure_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    procedure = Procedure.objects.filter(pk=pk, case=case).select_related("case").first()
    if procedure is None:
        raise NotFound()
    return procedure


def export_items(*, actor: Any, category: str = "") -> list[ExportControlItem]:
    """The catalogue items in force (staff only)."""
    if not is_staff(actor):
        return []
    qs = ExportControlItem.objects.filter(active=True)
    if category:
        qs = qs.filter(category=category)
    return list(qs.order_by("direction", "category", "code")[:500])


def export_verdict(profile_id: int | None) -> Procedure | None:
    """The latest export-control classification of a technology profile."""
    if not profile_id:
        return None
    return (
        Procedure.objects.filter(
            profile_id=profile_id, kind=ProcedureKind.EXPORT_CONTROL, classified_at__isnull=False
        )
        .select_related("export_item")
        .order_by("-classified_at", "-id")
        .first()
    )


def contract_guard(connection: Any) -> str:
    """Registered with the deals pipeline: a technology classified as prohibited cannot reach
    the contract stage (the reason is given)."""
    verdict = export_verdict(getattr(connection, "profile_id", None))
    if verdict is None or verdict.export_class != ExportClass.PROHIBITED:
        return ""
    return str(
        _("The centre's export-control check classified this technology as prohibited: %(reason)s")
        % {"reason": verdict.export_reason}
    )
