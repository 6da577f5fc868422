"""Certificates of completion: issued by the completion rule (services.attendance), revoked
by staff with a reason. What a certificate shows is copied into it when it is issued."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.training import codes, notices
from techbridge.training.completion import Mark, Progress
from techbridge.training.models import Certificate, CertificateStatus, Enrolment
from techbridge.training.selectors import SessionMark, can_manage


def _completed_on(enrolment: Enrolment, marks: list[SessionMark]) -> Any:
    """The day of the latest session counted as attended, in the course's time zone."""
    attending = {Mark.PRESENT, Mark.LATE} if enrolment.course.late_counts else {Mark.PRESENT}
    days = [m.session.starts_at for m in marks if m.status and Mark(m.status) in attending]
    return max(days).astimezone(enrolment.course.tz).date()


def issue(
    enrolment: Enrolment, progress: Progress, marks: list[SessionMark], now: datetime
) -> Certificate:
    """Write the certificate of a (locked) enrolment that meets its course's rule."""
    course = enrolment.course
    tz = course.tz
    starts = [m.session.starts_at for m in marks]
    fields = {
        "enrolment": enrolment,
        "holder_name": enrolment.name,
        "course_title_en": course.title_en,
        "course_title_zh": course.title_zh,
        "hours": course.cpd_hours,
        "sessions_attended": progress.attended,
        "sessions_total": progress.total,
        "first_session_on": min(starts).astimezone(tz).date() if starts else None,
        "last_session_on": max(m.session.ends_at for m in marks).astimezone(tz).date()
        if marks
        else None,
        "completed_on": _completed_on(enrolment, marks),
        "issued_at": now,
    }
    for _attempt in range(3):  # 80 random bits: a clash is astronomically unlikely
        try:
            with transaction.atomic():
                cert = Certificate.objects.create(code=codes.new_code(), **fields)
            break
        except IntegrityError:
            if Certificate.objects.filter(enrolment=enrolment).exists():
                raise Conflict(_("A certificate has been issued already.")) from None
    else:
        raise Conflict()
    notices.tell(
        enrolment,
        kind="training.certificate",
        title=lambda: _("Certificate issued: %(course)s") % {"course": cert.course_title},
        body=lambda: (
            _("%(name)s has completed %(course)s. Verification code: %(code)s")
            % {"name": cert.holder_name, "course": cert.course_title, "code": cert.display_code}
        ),
    )
    return cert


@transaction.atomic
def certificate_revoke(
    *, actor: Any, certificate: Certificate, reason: str, now: datetime | None = None
) -> Certificate:
    """Staff revoke a certificate (the verification page then says so, with the date)."""
    if not can_manage(actor):
        raise PermissionDenied()
    reason = (reason or "").strip()
    if not reason:
        raise ValidationFailed(fields={"reason": [str(_("Say why the certificate is revoked."))]})
    locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if locked.status == CertificateStatus.REVOKED:
        raise Conflict(_("This certificate is revoked already."))
    locked.status = CertificateStatus.REVOKED
    locked.revoked_at = now or timezone.now()
    locked.revoked_reason = reason[:300]
    locked.save(update_fields=["status", "revoked_at", "revoked_reason"])
    return locked
