"""/api/v1/domiciliation, the steps after a contract exists: KYC uploads (multipart), the
contract's life-cycle actions, the mailroom's scan and completion, and the stored files
(KYC documents, envelope photos, scans) — the pages' forms, selectors and services.

Mounted after the package's own routes; no path here shadows one of theirs."""

from __future__ import annotations

from typing import Annotated, Any

from django.http import FileResponse, HttpRequest
from ninja import File, Form, Router, Status
from ninja.files import UploadedFile
from pydantic import WithJsonSchema

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.accounts.selectors import is_staff
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import NotFound, ValidationFailed, form_errors
from techbridge.domiciliation import selectors, services
from techbridge.domiciliation.api.schemas import (
    ContractActionIn,
    ContractOut,
    DocumentIn,
    MailOut,
)
from techbridge.domiciliation.api.shapes import contract_out, mail_out
from techbridge.domiciliation.forms.contracts import (
    AddressMovedForm,
    DocumentForm,
    NoticeForm,
    RenewForm,
    TerminateForm,
)
from techbridge.domiciliation.forms.mail import ScanForm
from techbridge.domiciliation.services import mail as mail_services
from techbridge.domiciliation.views import stored_file

router = Router(tags=["domiciliation"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
EXTENSIONS = {"application/pdf": "pdf", "image/png": "png", "image/jpeg": "jpg"}


def _checked(form: Any) -> dict[str, Any]:
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return dict(form.cleaned_data)


@router.post(
    "/contracts/{contract_id}/documents", response={201: ContractOut, **ERRORS}, auth=WRITE_AUTH
)
def document_upload(
    request: HttpRequest,
    contract_id: int,
    payload: Form[DocumentIn],
    file: File[UploadedFile],
) -> Status[dict[str, Any]]:
    """The firm (or staff) uploads a KYC document of a kind the plan asks for."""
    contract = selectors.contract_get_for(actor=request.user, contract_id=contract_id)
    form = DocumentForm(
        data={"kind": payload.kind, "expires_on": payload.expires_on or ""},
        files={"file": file},
        kinds=contract.plan.required_kinds(),
    )
    data = _checked(form)
    upload, content_type = data["file"]
    services.document_upload(
        actor=request.user,
        contract=contract,
        kind=data["kind"],
        upload=upload,
        filename=upload.name,
        content_type=content_type,
        expires_on=data["expires_on"],
    )
    contract = selectors.contract_get_for(actor=request.user, contract_id=contract_id)
    return Status(201, contract_out(contract))


ACTIONS: dict[str, tuple[Any, Any]] = {
    # action: (form, service call with the form's data)
    "renew": (RenewForm, lambda a, c, d: services.contract_renew(actor=a, contract=c, **d)),
    "notice": (
        NoticeForm,
        lambda a, c, d: services.contract_serve_notice(
            actor=a, contract=c, served_on=d["served_on"], by_firm=not is_staff(a) or d["by_firm"]
        ),
    ),
    "terminate": (TerminateForm, lambda a, c, d: services.contract_terminate(actor=a, contract=c, **d)),
    "moved": (AddressMovedForm, lambda a, c, d: services.contract_address_moved(actor=a, contract=c, **d)),
}  # fmt: skip


@router.post(
    "/contracts/{contract_id}/actions/{action}", response={200: ContractOut, **ERRORS},
    auth=WRITE_AUTH,
)  # fmt: skip
def contract_action(
    request: HttpRequest,
    contract_id: int,
    action: Annotated[str, WithJsonSchema({"type": "string", "enum": list(ACTIONS)})],
    payload: ContractActionIn,
) -> dict[str, Any]:
    """`renew` (ends_on), `notice` (served_on; the firm may serve it itself), `terminate`
    (reason, note), `moved` (moved_on, new_address): the same rules as the contract's page."""
    if action not in ACTIONS:  # the schema lists them; any other names nothing
        raise NotFound()
    contract = selectors.contract_get_for(actor=request.user, contract_id=contract_id)
    form_class, call = ACTIONS[action]
    sent = {k: ("" if v is None else v) for k, v in payload.dict().items()}
    data = _checked(form_class(data=sent))
    if action == "notice":
        data["by_firm"] = payload.by_firm
    call(request.user, contract, data)
    return contract_out(selectors.contract_get_for(actor=request.user, contract_id=contract_id))


@router.post("/mail/{item_id}/scan", response={200: MailOut, **ERRORS}, auth=WRITE_AUTH)
def mail_scan(request: HttpRequest, item_id: int, scan: File[UploadedFile]) -> dict[str, Any]:
    """Staff attach the scan of an item the firm asked to be opened; the firm is told."""
    item = selectors.mail_get_for(actor=request.user, item_id=item_id)
    file, content_type = _checked(ScanForm(data={}, files={"scan": scan}))["scan"]
    return mail_out(
        mail_services.mail_scan(actor=request.user, item=item, scan=file, content_type=content_type)
    )


@router.post("/mail/{item_id}/complete", response={200: MailOut, **ERRORS}, auth=WRITE_AUTH)
def mail_complete(request: HttpRequest, item_id: int) -> dict[str, Any]:
    """Staff record that an item was picked up or shredded."""
    item = selectors.mail_get_for(actor=request.user, item_id=item_id)
    return mail_out(mail_services.mail_complete(actor=request.user, item=item))


@router.get("/documents/{document_id}/file", response={200: None, **ERRORS})
def document_file(request: HttpRequest, document_id: int) -> FileResponse:
    doc = selectors.document_get_for(actor=actor_of(request), document_id=document_id)
    name = f"{doc.kind}-{doc.pk}.{EXTENSIONS.get(doc.content_type, 'bin')}"
    return stored_file(doc.file, name, doc.content_type)


@router.get("/mail/{item_id}/files/{which}", response={200: None, **ERRORS})
def mail_file(request: HttpRequest, item_id: int, which: str) -> FileResponse:
    """`envelope` (the photo) or `scan`, for staff and the firm only."""
    item = selectors.mail_get_for(actor=actor_of(request), item_id=item_id)
    if which not in ("envelope", "scan"):
        raise NotFound()
    field = item.envelope if which == "envelope" else item.scan
    content_type = item.envelope_type if which == "envelope" else item.scan_type
    if not field:
        raise NotFound()
    name = f"{which}-{item.pk}.{EXTENSIONS.get(content_type, 'bin')}"
    return stored_file(field, name, content_type)
