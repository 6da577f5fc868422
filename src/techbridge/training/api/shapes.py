"""How /api/v1/training shows courses, enrolments, certificates and sheet rows (shared by the
members' and the staff's routes)."""

from __future__ import annotations

from typing import Any

from django.utils import timezone

from techbridge.core.api_schemas import ErrorOut
from techbridge.training import selectors
from techbridge.training.api.schemas import CertificateOut, CourseOut, EnrolmentOut, SessionOut
from techbridge.training.models import Certificate, Course, Enrolment

ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut, 429: ErrorOut}


def course_out(course: Any) -> dict[str, Any]:
    return {k: getattr(course, k) for k in CourseOut.model_fields}


def course_detail_out(course: Course) -> dict[str, Any]:
    out = course_out(course)
    out["sessions"] = [
        {k: getattr(s, k) for k in SessionOut.model_fields} for s in selectors.sessions_of(course)
    ]
    out["enrolment_open"] = selectors.enrolment_open(course, timezone.now())
    return out


def enrolment_out(e: Enrolment) -> dict[str, Any]:
    keys = set(EnrolmentOut.model_fields) - {"course", "organisation", "waiting_position"}
    out = {k: getattr(e, k) for k in keys}
    out.update(
        course=e.course.slug,
        organisation=e.organisation.name,
        waiting_position=selectors.waiting_position(e),
    )
    return out


def certificate_out(cert: Certificate) -> dict[str, Any]:
    out = {k: getattr(cert, k) for k in CertificateOut.model_fields if k != "code"}
    out["code"] = cert.display_code
    return out


def sheet_row(e: Enrolment, mark: Any) -> dict[str, Any]:
    return {
        "enrolment": e.pk,
        "name": e.name,
        "organisation": e.organisation.name,
        "status": mark.status if mark else None,
        "source": mark.source if mark else None,
        "checked_in_at": mark.checked_in_at if mark else None,
    }
