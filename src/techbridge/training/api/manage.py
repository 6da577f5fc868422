"""/api/v1/training, the organisers' routes (staff): sessions, approvals, fees, attendance
sheets and revocation. The same selectors, forms and services as the organisers' pages.

Mounted after the courses' own routes; no path here shadows one of theirs."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja import Router, Status

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.errors import NotFound, ValidationFailed, form_errors
from techbridge.training import selectors, services
from techbridge.training.api.schemas import (
    CertificateOut,
    EnrolmentOut,
    PaymentIn,
    RevokeIn,
    SessionIn,
    SessionOut,
    SheetIn,
    SheetRowOut,
)
from techbridge.training.api.shapes import ERRORS, certificate_out, enrolment_out, sheet_row
from techbridge.training.forms import PaymentForm, SessionForm, sheet_marks
from techbridge.training.models import Course, CourseSession

router = Router(tags=["training"])
SAME_DAY = _("A session starts and ends on the same day.")
WHEN = _("Give the session's start and end.")


# --- sessions --------------------------------------------------------------------------------


def _local(value: datetime, course: Course) -> datetime:
    """An instant in the course's zone (a time without a zone is read in the course's)."""
    if value.tzinfo is None:
        return value.replace(tzinfo=course.tz)
    return value.astimezone(course.tz)


def _session_form(course: Course, payload: SessionIn, session: CourseSession | None) -> Any:
    """SessionForm (the page's validator) filled from the payload, the rest from `session`."""
    given = payload.dict(exclude_unset=True)
    keep = {k: getattr(session, k) for k in SessionOut.model_fields if session and k != "id"}
    values = {**keep, **{k: v for k, v in given.items() if v is not None}}
    data = {
        k: values.get(k) or "" for k in ("title_en", "title_zh", "room", "online_url", "trainer")
    }
    starts, ends = values.get("starts_at"), values.get("ends_at")
    if starts is None or ends is None:
        missing = "starts_at" if starts is None else "ends_at"
        raise ValidationFailed(fields={missing: [str(WHEN)]})
    starts, ends = _local(starts, course), _local(ends, course)
    if starts.date() != ends.date():
        raise ValidationFailed(fields={"ends_at": [str(SAME_DAY)]})
    data.update(day=starts.date(), start=starts.time(), end=ends.time())
    form = SessionForm(data=data, course=course)
    if not form.is_valid():
        # the form's day/from/to are the client's starts_at/ends_at
        names = {"day": "starts_at", "start": "starts_at", "end": "ends_at"}
        fields: dict[str, list[str]] = {}
        for key, errors in form_errors(form).items():
            fields.setdefault(names.get(key, key), []).extend(errors)
        raise ValidationFailed(fields=fields)
    return form


def _session_out(session: CourseSession) -> dict[str, Any]:
    return {k: getattr(session, k) for k in SessionOut.model_fields}


@router.post("/{slug}/sessions", response={201: SessionOut, **ERRORS}, auth=WRITE_AUTH)
def session_add(request: HttpRequest, slug: str, payload: SessionIn) -> Status[dict[str, Any]]:
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    form = _session_form(course, payload, None)
    session = services.session_add(actor=request.user, course=course, data=form.cleaned_data)
    return Status(201, _session_out(session))


@router.put("/{slug}/sessions/{session_id}", response={200: SessionOut, **ERRORS}, auth=WRITE_AUTH)
def session_update(
    request: HttpRequest, slug: str, session_id: int, payload: SessionIn
) -> dict[str, Any]:
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    session = selectors.session_get_managed(
        actor=request.user, course=course, session_id=session_id
    )
    form = _session_form(course, payload, session)
    data = form.cleaned_data
    return _session_out(services.session_update(actor=request.user, session=session, data=data))


@router.delete("/{slug}/sessions/{session_id}", response={204: None, **ERRORS}, auth=WRITE_AUTH)
def session_delete(request: HttpRequest, slug: str, session_id: int) -> Status[None]:
    """Remove a session without attendance (409 once marks are recorded)."""
    course = selectors.course_get_managed(actor=request.user, slug=slug)
    session = selectors.session_get_managed(
        actor=request.user, course=course, session_id=session_id
    )
    services.session_delete(actor=request.user, session=session)
    return Status(204, None)


# --- attendance sheets -----------------------------------------------------------------------


@router.get("/{slug}/sessions/{session_id}/attendance", response={200: list[SheetRowOut], **ERRORS})
def attendance_sheet(request: HttpRequest, slug: str, session_id: int) -> list[dict[str, Any]]:
    actor = actor_of(request)
    course = selectors.course_get_managed(actor=actor, slug=slug)
    session = selectors.session_get_managed(actor=actor, course=course, session_id=session_id)
    return [
        sheet_row(e, mark) for e, mark in selectors.attendance_sheet(actor=actor, session=session)
    ]


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
        sheet_row(e, mark) for e, mark in selectors.attendance_sheet(actor=actor, session=session)
    ]


# --- enrolments: approval, fees, certificates ------------------------------------------------


@router.post(
    "/enrolments/{enrolment_id}/approve", response={200: EnrolmentOut, **ERRORS}, auth=WRITE_AUTH
)
def enrolment_approve(request: HttpRequest, enrolment_id: int) -> dict[str, Any]:
    e = selectors.enrolment_get_managed(actor=request.user, enrolment_id=enrolment_id)
    return enrolment_out(services.enrolment_approve(actor=request.user, enrolment=e))


@router.post(
    "/enrolments/{enrolment_id}/reject", response={200: EnrolmentOut, **ERRORS}, auth=WRITE_AUTH
)
def enrolment_reject(request: HttpRequest, enrolment_id: int) -> dict[str, Any]:
    e = selectors.enrolment_get_managed(actor=request.user, enrolment_id=enrolment_id)
    return enrolment_out(services.enrolment_reject(actor=request.user, enrolment=e))


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
    return enrolment_out(
        services.enrolment_record_payment(actor=request.user, enrolment=e, **form.cleaned_data)
    )


@router.post(
    "/enrolments/{enrolment_id}/certificate/revoke",
    response={200: CertificateOut, **ERRORS},
    auth=WRITE_AUTH,
)
def certificate_revoke(
    request: HttpRequest, enrolment_id: int, payload: RevokeIn
) -> dict[str, Any]:
    """Staff revoke the enrolment's certificate, with a reason (the public page then says
    it is revoked, with the date, not the reason)."""
    e = selectors.enrolment_get_managed(actor=request.user, enrolment_id=enrolment_id)
    cert = selectors.certificate_for(actor=request.user, enrolment=e)
    if cert is None:
        raise NotFound()
    revoked = services.certificate_revoke(
        actor=request.user, certificate=cert, reason=payload.reason
    )
    return certificate_out(revoked)
