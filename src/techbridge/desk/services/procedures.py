"""Running a procedure on a case: starting it (its steps and checklist from
`desk/procedures.py` and the facts), receiving its documents, completing its steps in order,
each step's deadline set in its department's business hours when it becomes current.

Every write locks the case row first (the procedure's state is read under that lock), so two
staff members completing the same step at once end with one completion and a clear message
for the other. Outcomes (a registration number, an export-control class) are recorded by
their own services (`services/outcomes.py`)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.deals.services.conversation import _checked_upload as checked_upload
from techbridge.desk import notices
from techbridge.desk.calendar import work_calendar
from techbridge.desk.models import Case, CaseAttachment, EventKind
from techbridge.desk.models_procedures import (
    Procedure,
    ProcedureDocument,
    ProcedureKind,
    ProcedureStatus,
    ProcedureStep,
)
from techbridge.desk.procedures import (
    SPECS,
    facts_from_answers,
    label_of_document,
    label_of_step,
    spec_of,
    step_spec,
)
from techbridge.desk.services.history import lock_case, record
from techbridge.engines.worktime import add_business_time


def check_facts(kind: str, raw: Mapping[str, Any]) -> dict[str, str]:
    """The facts of a procedure: each known fact's value (its first choice when not given);
    a value that is not one of its choices is refused."""
    facts, errors = {}, {}
    for fact in spec_of(kind).facts:
        allowed = [value for value, _label in fact.choices]
        value = str(raw.get(fact.key) or "")
        if value and value not in allowed:
            errors[fact.key] = [str(_("Choose one of the listed answers."))]
        facts[fact.key] = value or allowed[0]
    if errors:
        raise ValidationFailed(fields=errors)
    return facts


def _links(case: Case, kind: str) -> dict[str, Any]:
    """A registration needs the case's contract; an export-control check its technology."""
    connection = case.connection
    if kind == ProcedureKind.CONTRACT_REGISTRATION:
        contract = getattr(connection, "contract", None) if connection else None
        if contract is None:
            raise ValidationFailed(
                _("Ask for the registration from the page of a connection with a signed contract.")
            )
        return {"contract": contract, "profile": connection.profile if connection else None}
    if kind == ProcedureKind.EXPORT_CONTROL:
        profile = case.profile or (connection.profile if connection else None)
        if profile is None:
            raise ValidationFailed(
                _("Ask for the check from the page of the technology offer or request.")
            )
        return {"profile": profile}
    return {}


@transaction.atomic
def procedure_start(
    *, actor: User, case: Case, kind: str, facts: Mapping[str, Any], now: datetime | None = None
) -> Procedure:
    """Staff start a procedure on a case: its steps (the first one's deadline runs at once)
    and its checklist of documents; the client is told what to send."""
    if not is_staff(actor):
        raise PermissionDenied()
    if kind not in SPECS:
        raise ValidationFailed(fields={"kind": [str(_("Unknown procedure."))]})
    clean = check_facts(kind, facts)
    locked = lock_case(case)
    if not locked.is_open:
        raise Conflict(_("This case is no longer open."))
    return begin(locked, kind, clean, actor, now or timezone.now())


def begin(locked: Case, kind: str, facts: dict[str, str], actor: Any, now: datetime) -> Procedure:
    """Start a procedure on a locked case (checked by the caller); the documents the request
    form already brought are received."""
    try:
        with transaction.atomic():
            procedure = Procedure.objects.create(
                case=locked, kind=kind, facts=facts, created_by=actor, created_at=now,
                **_links(locked, kind),
            )  # fmt: skip
    except IntegrityError:
        raise Conflict(_("This procedure is already under way on this case.")) from None
    _create_parts(procedure, now)
    advance(procedure, now)
    record(locked, actor, EventKind.PROCEDURE, new=ProcedureKind(kind).label, now=now)
    _tell(locked, procedure, actor, _("%(number)s: %(procedure)s started"))
    return procedure


def start_with_request(case: Case, actor: Any, now: datetime) -> Procedure | None:
    """The service's procedure, started when the request comes in (facts from the form's
    answers). Not started when the case lacks what it needs (a contract, a technology):
    staff start it once the case has it."""
    kind = case.service_type.procedure
    if kind not in SPECS:
        return None
    facts = check_facts(kind, facts_from_answers(kind, case.answers))
    try:
        _links(case, kind)
    except ValidationFailed:
        return None
    return begin(case, kind, facts, actor, now)


def _create_parts(procedure: Procedure, now: datetime) -> None:
    spec = spec_of(procedure.kind)
    ProcedureStep.objects.bulk_create(
        ProcedureStep(
            procedure=procedure, key=s.key, order=i, department=s.department,
            deadline_hours=s.hours,
        )
        for i, s in enumerate(spec.steps)
    )  # fmt: skip
    ProcedureDocument.objects.bulk_create(
        ProcedureDocument(procedure=procedure, key=d.key, order=i, required=d.required(procedure.facts))
        for i, d in enumerate(spec.documents)
    )  # fmt: skip
    brought = {d.from_field: d.key for d in spec.documents if d.from_field}
    files = CaseAttachment.objects.filter(case=procedure.case, field_key__in=brought)
    for attachment in files.order_by("created_at", "id"):
        procedure.documents.filter(key=brought[attachment.field_key]).update(
            attachment=attachment, received_at=now
        )


def current_step(procedure: Procedure) -> ProcedureStep | None:
    return procedure.steps.filter(done_at__isnull=True, skipped=False).order_by("order").first()


def advance(procedure: Procedure, now: datetime) -> ProcedureStep | None:
    """Start the next applicable step (its deadline on its department's calendar), skipping
    those the facts make unnecessary; the procedure is done when no step is left."""
    while (step := current_step(procedure)) is not None:
        if not step_spec(procedure.kind, step.key).applies(procedure.facts):
            step.skipped = True
            step.save(update_fields=["skipped"])
            continue
        if step.started_at is None:
            step.started_at = now
            hours = timedelta(hours=step.deadline_hours)
            step.due_at = add_business_time(work_calendar(step.department), now, hours)
            step.save(update_fields=["started_at", "due_at"])
        return step
    procedure.status = ProcedureStatus.DONE
    procedure.done_at = now
    procedure.save(update_fields=["status", "done_at"])
    return None


def lock_procedure(procedure: Procedure) -> tuple[Case, Procedure]:
    """The case's row locked, then the procedure as it stands under that lock."""
    locked_case = lock_case(procedure.case)
    locked = Procedure.objects.filter(pk=procedure.pk).first()
    if locked is None:
        raise NotFound()
    if not locked.is_open:
        raise Conflict(_("This procedure is finished."))
    return locked_case, locked


def require_current(procedure: Procedure, key: str) -> ProcedureStep:
    step = procedure.steps.filter(key=str(key)[:40]).first()
    if step is None:
        raise NotFound()
    if step.finished:
        raise Conflict(_("This step is already done."))
    current = current_step(procedure)
    if current is None or current.pk != step.pk:
        raise Conflict(
            _("This step waits for “%(step)s”.")
            % {"step": label_of_step(procedure.kind, current.key) if current else "—"}
        )
    return step


def missing_documents(procedure: Procedure) -> list[str]:
    keys = procedure.documents.filter(required=True, received_at__isnull=True)
    return [label_of_document(procedure.kind, d.key) for d in keys.order_by("order")]


def finish_step(
    procedure: Procedure, step: ProcedureStep, actor: User, now: datetime, note: str = ""
) -> None:
    """Mark the current step done (the caller holds the case's lock) and start the next."""
    step.done_at = now
    step.done_by = actor
    step.note = note[:3000]
    step.save(update_fields=["done_at", "done_by", "note"])
    record(procedure.case, actor, EventKind.PROCEDURE, new=label_of_step(procedure.kind, step.key),
           now=now)  # fmt: skip
    nxt = advance(procedure, now)
    if nxt is None:
        _tell(procedure.case, procedure, actor, _("%(number)s: %(procedure)s completed"))
    else:
        _tell_step(procedure, step, nxt, actor)


@transaction.atomic
def procedure_step_done(
    *, actor: User, procedure: Procedure, key: str, note: str = "", now: datetime | None = None
) -> ProcedureStep:
    """Staff complete the current step (a step that records an outcome is completed by its
    own service; a step that needs the documents waits until the required ones are in)."""
    if not is_staff(actor):
        raise PermissionDenied()
    _case, locked = lock_procedure(procedure)
    step = require_current(locked, key)
    spec = step_spec(locked.kind, step.key)
    if spec.outcome:
        raise ValidationFailed(_("Record the outcome of this step with its own form."))
    if spec.needs_documents and (missing := missing_documents(locked)):
        raise ValidationFailed(
            fields={"documents": [str(_("Still missing: %(list)s")) % {"list": "; ".join(missing)}]}
        )
    finish_step(locked, step, actor, now or timezone.now(), (note or "").replace("\x00", ""))
    return step


@transaction.atomic
def procedure_document_add(
    *, actor: User, procedure: Procedure, key: str, upload: Any, now: datetime | None = None
) -> ProcedureDocument:
    """The client (a member of the case's organisation) or staff send a document of the
    checklist; it is kept as a file of the case (a later one replaces it in the checklist)."""
    case = procedure.case
    staff = is_staff(actor)
    if not staff and case.organisation_id not in organisation_ids_of(actor):
        raise PermissionDenied()
    if upload is None:
        raise ValidationFailed(fields={"file": [str(_("Choose a file."))]})
    name, content_type = checked_upload(upload)
    locked_case, locked = lock_procedure(procedure)
    document = locked.documents.filter(key=str(key)[:40]).first()
    if document is None:
        raise NotFound()
    now = now or timezone.now()
    attachment = CaseAttachment(
        case=locked_case, field_key=f"procedure:{document.key}"[:40], filename=name,
        content_type=content_type, size=upload.size, uploaded_by=actor, created_at=now,
    )  # fmt: skip
    attachment.file.save(name, upload, save=False)
    attachment.save()
    document.attachment = attachment
    document.received_at = now
    document.save(update_fields=["attachment", "received_at"])
    label = label_of_document(locked.kind, document.key)
    record(locked_case, actor, EventKind.PROCEDURE, new=label, now=now)
    if not staff:
        notices.tell_staff(
            locked_case, kind="desk.procedure",
            title=lambda: _("%(number)s: received “%(document)s”")
            % {"number": locked_case.number, "document": label_of_document(locked.kind, document.key)},
        )  # fmt: skip
    return document


def _tell(case: Case, procedure: Procedure, actor: User, text: Any) -> None:
    def title() -> str:
        return str(text % {"number": case.number, "procedure": ProcedureKind(procedure.kind).label})

    notices.tell_client(case, kind="desk.procedure", title=title, exclude=actor.pk)
    notices.tell_staff(case, kind="desk.procedure", title=title, exclude=actor.pk)


def _tell_step(procedure: Procedure, done: ProcedureStep, nxt: ProcedureStep, actor: User) -> None:
    case = procedure.case

    def title() -> str:
        return str(
            _("%(number)s: “%(done)s” done; next: “%(next)s”")
            % {
                "number": case.number,
                "done": label_of_step(procedure.kind, done.key),
                "next": label_of_step(procedure.kind, nxt.key),
            }
        )

    notices.tell_client(case, kind="desk.procedure", title=title, exclude=actor.pk)
    if nxt.department != case.department:
        notices.tell_department(case, nxt.department, kind="desk.procedure", title=title)
    else:
        notices.tell_staff(case, kind="desk.procedure", title=title, exclude=actor.pk)
