"""/api/v1/desk: the catalogue, cases, replies and attachments, with the pages' permissions
(the selectors decide, the services write, the forms validate)."""

from __future__ import annotations

from typing import Any

from django.http import FileResponse, HttpRequest
from django.utils.translation import gettext as _
from ninja import File, Form, Router, Status
from ninja.files import UploadedFile

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.accounts.selectors import is_staff, organisations_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import NotFound, ValidationFailed, form_errors
from techbridge.desk import article_reads, selectors, services
from techbridge.desk.api.knowledge import router as knowledge_router
from techbridge.desk.api.procedures import router as procedures_router
from techbridge.desk.api.queue_views import router as queue_views_router
from techbridge.desk.api.schemas import (
    AttachmentOut,
    CancelIn,
    CaseDetailOut,
    CaseIn,
    CaseOut,
    ReplyIn,
    ServiceDetailOut,
    ServiceOut,
    StatusIn,
)
from techbridge.desk.api.watchers import router as watchers_router
from techbridge.desk.forms import FIELD_PREFIX, CancelForm, CaseForm, ReplyForm, queue_filters
from techbridge.desk.models import Case, ServiceType

router = Router(tags=["desk"])
router.add_router("", procedures_router)
router.add_router("", knowledge_router)
router.add_router("", watchers_router)
router.add_router("", queue_views_router)
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def _service_out(s: ServiceType, *, detail: bool = False) -> dict[str, Any]:
    keys = ServiceDetailOut.model_fields if detail else ServiceOut.model_fields
    out = {k: getattr(s, k) for k in keys if k != "fields"}
    if detail:
        out["fields"] = [
            {
                **{k: getattr(f, k) for k in ("key", "kind", "label_en", "label_zh", "required")},
                "show_if_key": f.show_if_key,
                "show_if_value": f.show_if_value,
                "choices": [v for v, _label in f.choice_list()],
            }
            for f in selectors.form_fields(s)
        ]
    return out


def _case_out(c: Case) -> dict[str, Any]:
    keys = set(CaseOut.model_fields) - {"service", "organisation", "number"}
    out = {k: getattr(c, k) for k in keys}
    out.update(number=c.number or "", service=c.service_type.slug, organisation=c.organisation.name)
    return out


def _detail_out(actor: Any, c: Case) -> dict[str, Any]:
    out = _case_out(c)
    out.update(
        description=c.description,
        answers={k: str(v) for k, v in c.answers.items()},
        assignee=c.assignee.display_name if c.assignee else None,
        profile=c.profile_id,
        connection=c.connection_id,
        messages=[
            {
                "id": m.pk,
                "from_staff": m.from_staff,
                "internal": m.internal,
                "author": m.author.display_name if m.author else "",
                "body": m.body,
                "created_at": m.created_at,
                "attachments": [a.pk for a in m.attachments.all()],
                "articles": [a.slug for a in m.readable_articles],
            }
            for m in selectors.messages_for(actor=actor, case=c)
        ],
        attachments=[
            {k: getattr(a, k) for k in AttachmentOut.model_fields}
            for a in selectors.attachments_for(actor=actor, case=c)
        ],
    )
    return out


@router.get("/services", response=list[ServiceOut])
def service_list(request: HttpRequest) -> list[dict[str, Any]]:
    return [_service_out(s) for s in selectors.service_list(actor=actor_of(request))]


@router.get("/services/{slug}", response={200: ServiceDetailOut, **ERRORS})
def service_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    return _service_out(selectors.service_get_for(actor=actor_of(request), slug=slug), detail=True)


@router.get("/cases", response={200: list[CaseOut], **ERRORS})
def case_list(
    request: HttpRequest, department: str = "", status: str = "", view: int = 0, limit: int = 100
) -> list[dict[str, Any]]:
    """The caller's organisations' cases; for staff, the queue (department, status filters,
    or a saved view's filters)."""
    actor = actor_of(request)
    limit = max(1, min(limit, 500))
    if view:
        saved = selectors.queue_view_get_for(actor=actor, view_id=view)
        cases = selectors.queue(actor=actor, **queue_filters(saved.filters))
    elif is_staff(actor):
        cases = selectors.queue(actor=actor, department=department, status=status)
    else:
        cases = selectors.my_cases(actor=actor)
        if status:
            cases = cases.filter(status=status)
    return [_case_out(c) for c in cases.select_related("service_type", "organisation")[:limit]]


@router.post("/cases", response={201: CaseDetailOut, **ERRORS}, auth=WRITE_AUTH)
def case_create(request: HttpRequest, payload: CaseIn) -> Status[dict[str, Any]]:
    actor = request.user
    try:
        service = selectors.service_get_for(actor=actor, slug=payload.service)
    except NotFound:
        raise ValidationFailed(fields={"service": [_("Unknown service type.")]}) from None
    org = organisations_of(actor).filter(pk=payload.organisation).first()
    if org is None:
        raise ValidationFailed(fields={"organisation": [_("Not one of your organisations.")]})
    data = {"subject": payload.subject, "description": payload.description}
    data.update({FIELD_PREFIX + k: v for k, v in payload.answers.items()})
    form = CaseForm(data, specs=selectors.form_fields(service))
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    links = {"profile": payload.profile, "connection": payload.connection}
    case = services.case_submit(
        actor=actor, service=service, organisation=org, data=form.cleaned_data, links=links
    )
    case = selectors.case_get_for(actor=actor, case_id=case.pk)
    return Status(201, _detail_out(actor, case))


@router.get("/cases/{case_id}", response={200: CaseDetailOut, **ERRORS})
def case_detail(request: HttpRequest, case_id: int) -> dict[str, Any]:
    actor = actor_of(request)
    return _detail_out(actor, selectors.case_get_for(actor=actor, case_id=case_id))


def _reply(actor: Any, case_id: int, payload: ReplyIn, files: list[Any]) -> dict[str, Any]:
    case = selectors.case_get_for(actor=actor, case_id=case_id)
    form = ReplyForm(
        {"body": payload.body, "internal": payload.internal, "articles": payload.articles},
        articles=article_reads.linkable_articles(actor),
    )
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    services.case_reply(
        actor=actor,
        case=case,
        body=form.cleaned_data["body"],
        internal=payload.internal,
        files=files,
        articles=form.cleaned_data["articles"],
    )
    return _detail_out(actor, selectors.case_get_for(actor=actor, case_id=case_id))


@router.post("/cases/{case_id}/replies", response={201: CaseDetailOut, **ERRORS}, auth=WRITE_AUTH)
def reply(request: HttpRequest, case_id: int, payload: ReplyIn) -> Status[dict[str, Any]]:
    """A public reply, or (staff) an internal note."""
    return Status(201, _reply(request.user, case_id, payload, []))


@router.post(
    "/cases/{case_id}/replies/upload", response={201: CaseDetailOut, **ERRORS}, auth=WRITE_AUTH
)
def reply_with_files(
    request: HttpRequest, case_id: int, payload: Form[ReplyIn], files: File[list[UploadedFile]]
) -> Status[dict[str, Any]]:
    """A reply (or staff's internal note) with files, as multipart/form-data (`body`,
    `internal`, `articles`, `files`): the page's rules — at most as many files as a deal
    message, the deal attachments' types (extension and first bytes) and size limit."""
    return Status(201, _reply(request.user, case_id, payload, list(files)))


@router.post("/cases/{case_id}/status", response={200: CaseOut, **ERRORS}, auth=WRITE_AUTH)
def move(request: HttpRequest, case_id: int, payload: StatusIn) -> dict[str, Any]:
    case = selectors.case_get_for(actor=request.user, case_id=case_id)
    return _case_out(services.case_move(actor=request.user, case=case, to=payload.status))


@router.post("/cases/{case_id}/take", response={200: CaseOut, **ERRORS}, auth=WRITE_AUTH)
def take(request: HttpRequest, case_id: int) -> dict[str, Any]:
    case = selectors.case_get_for(actor=request.user, case_id=case_id)
    return _case_out(services.case_take(actor=request.user, case=case))


@router.post("/cases/{case_id}/cancel", response={200: CaseOut, **ERRORS}, auth=WRITE_AUTH)
def cancel(request: HttpRequest, case_id: int, payload: CancelIn) -> dict[str, Any]:
    """The client or staff cancel an open case, with the reason (`reason`)."""
    case = selectors.case_get_for(actor=request.user, case_id=case_id)
    form = CancelForm({"reason": payload.reason})
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    reason = form.cleaned_data["reason"]
    return _case_out(services.case_cancel(actor=request.user, case=case, reason=reason))  # type: ignore[arg-type]


@router.get("/cases/{case_id}/attachments/{attachment_id}", response={200: None, **ERRORS})
def attachment(request: HttpRequest, case_id: int, attachment_id: int) -> FileResponse:
    att = selectors.attachment_get_for(
        actor=actor_of(request), case_id=case_id, attachment_id=attachment_id
    )
    return FileResponse(
        att.file.open("rb"),
        as_attachment=True,
        filename=att.filename,
        content_type=att.content_type,
    )
