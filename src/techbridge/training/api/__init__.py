"""/api/v1/training: courses, enrolments, attendance, certificates and CPD ledgers, with the
pages' permissions (the selectors decide, the services write, the forms validate)."""

from __future__ import annotations

from contextlib import suppress
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from ninja import Query, Router, Status

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.accounts.models import User
from techbridge.accounts.selectors import organisation_get_for, organisations_of
from techbridge.core.errors import NotFound, PermissionDenied, ValidationFailed, form_errors
from techbridge.training import pdf, selectors, services, verification
from techbridge.training.api.manage import router as manage_router
from techbridge.training.api.schemas import (
    CertificateOut,
    CheckinIn,
    CheckinOut,
    CourseDetailOut,
    CourseIn,
    CourseOut,
    EnrolmentDetailOut,
    EnrolmentIn,
    EnrolmentOut,
    InvoiceIn,
    LedgerYearOut,
    NewCourseIn,
    ProgressOut,
)
from techbridge.training.api.shapes import (
    ERRORS,
    certificate_out,
    course_detail_out,
    course_out,
    enrolment_out,
)
from techbridge.training.forms import CourseForm, EnrolmentForm, InvoiceForm, course_initial
from techbridge.training.models import Course

router = Router(tags=["training"])
# The organisers' routes come after these (so "/{slug}" here never hides one of theirs).
router.add_router("", manage_router)


# --- courses ---------------------------------------------------------------------------------


@router.get("", response=list[CourseOut])
def course_list(request: HttpRequest) -> list[dict[str, Any]]:
    courses = selectors.course_list(actor=actor_of(request)).order_by("-created_at")[:200]
    return [course_out(c) for c in courses]


def _course_form(payload: CourseIn, course: Course | None) -> CourseForm:
    """CourseForm (the page's validator) from what the client sent; the rest keeps the
    course's values, or the form's defaults for a new course."""
    given = payload.dict(exclude_unset=True)
    if course is not None:
        data = course_initial(course)
    else:
        data = {k: f.initial for k, f in CourseForm.base_fields.items() if f.initial is not None}
    data.update(given)
    closes = given.get("enrolment_closes_at")
    if closes is not None and closes.tzinfo is not None:
        # the form reads the time in the course's zone: give it the wall-clock time there
        zone = data.get("time_zone") or "Asia/Shanghai"
        with suppress(ZoneInfoNotFoundError, ValueError):  # else the form says it is unknown
            data["enrolment_closes_at"] = closes.astimezone(ZoneInfo(zone)).replace(tzinfo=None)
    form = CourseForm(data={k: v for k, v in data.items() if v is not None}, course=course)
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return form


@router.post("", response={201: CourseDetailOut, **ERRORS}, auth=WRITE_AUTH)
def course_create(request: HttpRequest, payload: NewCourseIn) -> Status[dict[str, Any]]:
    """Staff create a course (hidden until its visibility says otherwise)."""
    if not selectors.can_manage(request.user):
        raise PermissionDenied()
    form = _course_form(payload, None)
    return Status(201, course_detail_out(services.course_create(actor=request.user, data=form.cleaned_data)))  # fmt: skip


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
    request: HttpRequest,
    year: int | None = Query(None, ge=1900, le=2199),  # the pages' range
    organisation: str = "",
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
        {"year": y.year, "hours": y.hours, "certificates": [certificate_out(c) for c in y.rows]}
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
    return certificate_out(cert)


@router.get("/enrolments/{enrolment_id}", response={200: EnrolmentDetailOut, **ERRORS})
def enrolment_detail(request: HttpRequest, enrolment_id: int) -> dict[str, Any]:
    actor = actor_of(request)
    e = selectors.enrolment_get_for(actor=actor, enrolment_id=enrolment_id)
    marks = selectors.marks_of(e)
    progress = selectors.progress_of(e, marks)
    cert = selectors.certificate_for(actor=actor, enrolment=e)
    out = enrolment_out(e)
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
    out["certificate"] = certificate_out(cert) if cert else None
    return out


@router.get("/enrolments/{enrolment_id}/certificate.pdf", response={200: None, **ERRORS})
def certificate_pdf(request: HttpRequest, enrolment_id: int) -> HttpResponse:
    """The certificate's PDF, for whoever may see the enrolment (404 if none or revoked)."""
    actor = actor_of(request)
    e = selectors.enrolment_get_for(actor=actor, enrolment_id=enrolment_id)
    cert = selectors.certificate_for(actor=actor, enrolment=e)
    if cert is None or not cert.is_valid:
        raise NotFound()
    url = request.build_absolute_uri(reverse("training:verify_code", args=[cert.display_code]))
    response = HttpResponse(pdf.certificate_pdf(cert, url), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{cert.code}.pdf"'
    return response


@router.post(
    "/enrolments/{enrolment_id}/cancel", response={200: EnrolmentOut, **ERRORS}, auth=WRITE_AUTH
)
def enrolment_cancel(request: HttpRequest, enrolment_id: int) -> dict[str, Any]:
    e = selectors.enrolment_get_for(actor=request.user, enrolment_id=enrolment_id)
    return enrolment_out(services.enrolment_cancel(actor=request.user, enrolment=e))


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
    return enrolment_out(
        services.enrolment_update_invoice(actor=request.user, enrolment=e, data=form.cleaned_data)
    )


@router.get("/{slug}", response={200: CourseDetailOut, **ERRORS})
def course_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    return course_detail_out(selectors.course_get_for(actor=actor_of(request), slug=slug))


@router.put("/{slug}", response={200: CourseDetailOut, **ERRORS}, auth=WRITE_AUTH)
def course_update(request: HttpRequest, slug: str, payload: CourseIn) -> dict[str, Any]:
    """Staff change a course: the fields sent, the key stays (a larger capacity promotes
    people waiting; a changed rule is applied to everyone)."""
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    form = _course_form(payload, course)
    data = form.cleaned_data
    return course_detail_out(services.course_update(actor=request.user, course=course, data=data))


@router.get("/{slug}/enrolments", response={200: list[EnrolmentOut], **ERRORS})
def enrolment_list(request: HttpRequest, slug: str) -> list[dict[str, Any]]:
    """The caller's and their organisations' enrolments in the course (staff: everyone's)."""
    actor = actor_of(request)
    course = selectors.course_get_for(actor=actor, slug=slug)
    rows = selectors.enrolment_list(actor=actor, course=course).order_by("created_at", "id")
    return [enrolment_out(e) for e in rows[:1000]]


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
    return Status(201, enrolment_out(e))
