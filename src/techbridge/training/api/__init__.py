"""/api/v1/training: courses, enrolments, attendance, certificates and CPD ledgers, with the
pages' permissions (the selectors decide, the services write, the forms validate)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Router, Status

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.accounts.models import User
from techbridge.accounts.selectors import organisation_get_for, organisations_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import NotFound, PermissionDenied, ValidationFailed, form_errors
from techbridge.training import selectors, services, verification
from techbridge.training.api.schemas import (
    CertificateOut,
    CheckinIn,
    CheckinOut,
    CourseDetailOut,
    CourseOut,
    EnrolmentDetailOut,
    EnrolmentIn,
    EnrolmentOut,
    InvoiceIn,
    LedgerYearOut,
    PaymentIn,
    ProgressOut,
    SessionOut,
    SheetIn,
    SheetRowOut,
)
from techbridge.training.forms import EnrolmentForm, InvoiceForm, PaymentForm, sheet_marks
from techbridge.training.models import Certificate, Enrolment

router = Router(tags=["training"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut, 429: ErrorOut}


# --- shapes ----------------------------------------------------------------------------------


def _course_out(course: Any) -> dict[str, Any]:
    out = {k: getattr(course, k) for k in CourseOut.model_fields}
    return out


def _enrolment_out(e: Enrolment) -> dict[str, Any]:
    keys = set(EnrolmentOut.model_fields) - {"course", "organisation", "waiting_position"}
    out = {k: getattr(e, k) for k in keys}
    out.update(
        course=e.course.slug,
        organisation=e.organisation.name,
        waiting_position=selectors.waiting_position(e),
    )
    return out


def _certificate_out(cert: Certificate) -> dict[str, Any]:
    out = {k: getattr(cert, k) for k in CertificateOut.model_fields if k != "code"}
    out["code"] = cert.display_code
    return out


# --- courses ---------------------------------------------------------------------------------


@router.get("", response=list[CourseOut])
def course_list(request: HttpRequest) -> list[dict[str, Any]]:
    courses = selectors.course_list(actor=actor_of(request)).order_by("-created_at")[:200]
    return [_course_out(c) for c in courses]


@router.post("/checkin", response={200: CheckinOut, **ERRORS}, auth=WRITE_AUTH)
def checkin(request: HttpRequest, payload: CheckinIn) -> dict[str, Any]:
    """Staff check a person in from their badge's code (at the session open now, or given)."""
    enrolment = selectors.checkin_target(actor=request.user, code=payload.code)
    session = None
    if payload.session is not None:
        session = selectors.session_get_managed(
            actor=request.user, course=enrolment.course, session_id=payload.session
        )
    result = services.checkin_scan(actor=request.user, enrolment=enrolment, session=session)
    return {
        "enrolment": enrolment.pk,
        "name": enrolment.name,
        "session": result.attendance.session_id,
        "status": result.attendance.status,
        "already": result.already,
        "certificate": result.certificate.display_code if result.certificate else None,
    }


@router.get("/cpd", response={200: list[LedgerYearOut], **ERRORS})
def cpd_ledger(
    request: HttpRequest, year: int | None = None, organisation: str = ""
) -> list[dict[str, Any]]:
    """The caller's CPD ledger per year, or an organisation's (its members and staff)."""
    actor = actor_of(request)
    if not actor.is_authenticated:
        raise PermissionDenied()
    scope: dict[str, Any] = {"user": actor}
    if organisation:
        org = next((o for o in organisations_of(actor) if o.slug == organisation), None)
        if org is None and not selectors.can_manage(actor):
            raise NotFound()
        scope = {"organisation_id": org.pk if org else _org_id(organisation)}
    certificates = selectors.ledger_certificates(actor=actor, year=year, **scope)
    return [
        {"year": y.year, "hours": y.hours, "certificates": [_certificate_out(c) for c in y.rows]}
        for y in selectors.ledger_by_year(certificates)
    ]


def _org_id(slug: str) -> int:
    return organisation_get_for(actor=None, slug=slug).pk


@router.get("/certificates/verify/{code}", response={200: CertificateOut, **ERRORS})
def certificate_verify(request: HttpRequest, code: str) -> dict[str, Any]:
    """Public: what the certificate shows, for a code that exists (rate-limited)."""
    cert = verification.verify(code[:40], verification.client_address(request))
    if cert is None:
        raise NotFound()
    return _certificate_out(cert)


@router.get("/enrolments/{enrolment_id}", response={200: EnrolmentDetailOut, **ERRORS})
def enrolment_detail(request: HttpRequest, enrolment_id: int) -> dict[str, Any]:
    actor = actor_of(request)
    e = selectors.enrolment_get_for(actor=actor, enrolment_id=enrolment_id)
    marks = selectors.marks_of(e)
    progress = selectors.progress_of(e, marks)
    cert = selectors.certificate_for(actor=actor, enrolment=e)
    out = _enrolment_out(e)
    out["attendance"] = [
        {
            "session": m.session.pk,
            "starts_at": m.session.starts_at,
            "status": m.status,
            "source": m.attendance.source if m.attendance else None,
            "checked_in_at": m.attendance.checked_in_at if m.attendance else None,
        }
        for m in marks
    ]
    out["progress"] = {k: getattr(progress, k) for k in ProgressOut.model_fields}
    out["certificate"] = _certificate_out(cert) if cert else None
    return out


@router.post(
    "/enrolments/{enrolment_id}/cancel", response={200: EnrolmentOut, **ERRORS}, auth=WRITE_AUTH
)
def enrolment_cancel(request: HttpRequest, enrolment_id: int) -> dict[str, Any]:
    e = selectors.enrolment_get_for(actor=request.user, enrolment_id=enrolment_id)
    return _enrolment_out(services.enrolment_cancel(actor=request.user, enrolment=e))


@router.post(
    "/enrolments/{enrolment_id}/approve", response={200: EnrolmentOut, **ERRORS}, auth=WRITE_AUTH
)
def enrolment_approve(request: HttpRequest, enrolment_id: int) -> dict[str, Any]:
    e = selectors.enrolment_get_managed(actor=request.user, enrolment_id=enrolment_id)
    return _enrolment_out(services.enrolment_approve(actor=request.user, enrolment=e))


@router.post(
    "/enrolments/{enrolment_id}/reject", response={200: EnrolmentOut, **ERRORS}, auth=WRITE_AUTH
)
def enrolment_reject(request: HttpRequest, enrolment_id: int) -> dict[str, Any]:
    e = selectors.enrolment_get_managed(actor=request.user, enrolment_id=enrolment_id)
    return _enrolment_out(services.enrolment_reject(actor=request.user, enrolment=e))


@router.put(
    "/enrolments/{enrolment_id}/invoice", response={200: EnrolmentOut, **ERRORS}, auth=WRITE_AUTH
)
def enrolment_invoice(
    request: HttpRequest, enrolment_id: int, payload: InvoiceIn
) -> dict[str, Any]:
    e = selectors.enrolment_get_for(actor=request.user, enrolment_id=enrolment_id)
    form = InvoiceForm(data=payload.dict())
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return _enrolment_out(
        services.enrolment_update_invoice(actor=request.user, enrolment=e, data=form.cleaned_data)
    )


@router.post(
    "/enrolments/{enrolment_id}/payment", response={200: EnrolmentOut, **ERRORS}, auth=WRITE_AUTH
)
def enrolment_payment(
    request: HttpRequest, enrolment_id: int, payload: PaymentIn
) -> dict[str, Any]:
    e = selectors.enrolment_get_managed(actor=request.user, enrolment_id=enrolment_id)
    form = PaymentForm(data={**payload.dict(), "paid_on": payload.paid_on or ""})
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return _enrolment_out(
        services.enrolment_record_payment(actor=request.user, enrolment=e, **form.cleaned_data)
    )


@router.get("/{slug}", response={200: CourseDetailOut, **ERRORS})
def course_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    course = selectors.course_get_for(actor=actor_of(request), slug=slug)
    out = _course_out(course)
    out["sessions"] = [
        {k: getattr(s, k) for k in SessionOut.model_fields} for s in selectors.sessions_of(course)
    ]
    out["enrolment_open"] = selectors.enrolment_open(course, timezone.now())
    return out


@router.get("/{slug}/enrolments", response={200: list[EnrolmentOut], **ERRORS})
def enrolment_list(request: HttpRequest, slug: str) -> list[dict[str, Any]]:
    """The caller's and their organisations' enrolments in the course (staff: everyone's)."""
    actor = actor_of(request)
    course = selectors.course_get_for(actor=actor, slug=slug)
    rows = selectors.enrolment_list(actor=actor, course=course).order_by("created_at", "id")
    return [_enrolment_out(e) for e in rows[:1000]]


def _person(actor: Any, payload: EnrolmentIn) -> str:
    if payload.user is None:
        return "other"
    return "self" if payload.user == actor.pk else f"user:{payload.user}"


@router.post("/{slug}/enrolments", response={201: EnrolmentOut, **ERRORS}, auth=WRITE_AUTH)
def enrolment_create(request: HttpRequest, slug: str, payload: EnrolmentIn) -> Any:
    actor = request.user
    course = selectors.course_get_for(actor=actor, slug=slug)
    orgs = list(organisations_of(actor))
    if not orgs:
        raise PermissionDenied()
    org = orgs[0]
    if payload.organisation:
        org = next((o for o in orgs if o.slug == payload.organisation), None)
        if org is None:
            raise NotFound()
    members = list(User.objects.filter(memberships__organisation=org, is_active=True))
    data = {**payload.dict(), "person": _person(actor, payload)}
    form = EnrolmentForm(data=data, actor=actor, members=members, course=course)
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    e = services.enrolment_create(
        actor=actor, course=course, organisation=org, data=form.cleaned_data
    )
    return Status(201, _enrolment_out(e))


@router.get("/{slug}/sessions/{session_id}/attendance", response={200: list[SheetRowOut], **ERRORS})
def attendance_sheet(request: HttpRequest, slug: str, session_id: int) -> list[dict[str, Any]]:
    actor = actor_of(request)
    course = selectors.course_get_managed(actor=actor, slug=slug)
    session = selectors.session_get_managed(actor=actor, course=course, session_id=session_id)
    return [
        _sheet_row(e, mark) for e, mark in selectors.attendance_sheet(actor=actor, session=session)
    ]


def _sheet_row(e: Enrolment, mark: Any) -> dict[str, Any]:
    return {
        "enrolment": e.pk,
        "name": e.name,
        "organisation": e.organisation.name,
        "status": mark.status if mark else None,
        "source": mark.source if mark else None,
        "checked_in_at": mark.checked_in_at if mark else None,
    }


@router.put(
    "/{slug}/sessions/{session_id}/attendance",
    response={200: list[SheetRowOut], **ERRORS},
    auth=WRITE_AUTH,
)
def attendance_save(
    request: HttpRequest, slug: str, session_id: int, payload: SheetIn
) -> list[dict[str, Any]]:
    """Staff record or correct marks (every row checked before anything is saved)."""
    actor = request.user
    course = selectors.course_get_managed(actor=actor, slug=slug)
    session = selectors.session_get_managed(actor=actor, course=course, session_id=session_id)
    post = {f"mark-{m.enrolment}": m.status for m in payload.marks}
    marks, errors = sheet_marks(post, [m.enrolment for m in payload.marks])
    if errors:
        raise ValidationFailed(fields={f"marks.{k}": [v] for k, v in errors.items()})
    services.attendance_sheet_save(actor=actor, session=session, marks=marks)
    return [
        _sheet_row(e, mark) for e, mark in selectors.attendance_sheet(actor=actor, session=session)
    ]
