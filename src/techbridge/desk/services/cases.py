"""Submitting a case and talking about it: public replies and internal notes, with files.

Files follow the deal attachments' rules (type from the extension and first bytes, the same
size limit), stored under random names and served only through a permission-checked view."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation, User
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied, ValidationFailed
from techbridge.deals.selectors import connection_get_for
from techbridge.deals.services.conversation import MAX_FILES_PER_MESSAGE
from techbridge.deals.services.conversation import _checked_upload as checked_upload
from techbridge.desk import notices, sla
from techbridge.desk.models import (
    Article,
    Case,
    CaseAttachment,
    CaseMessage,
    CaseStatus,
    EventKind,
    ServiceType,
    Visibility,
)
from techbridge.desk.services.history import lock_case, record
from techbridge.desk.services.procedures import start_with_request
from techbridge.profiles.selectors import profile_get_for


def _linked(actor: Any, organisation: Organisation, links: dict[str, Any]) -> dict[str, Any]:
    """The profile and connection a case is asked from, if the actor may read them (and the
    connection is one of the organisation's)."""
    out: dict[str, Any] = {}
    if links.get("profile"):
        try:
            out["profile"] = profile_get_for(actor=actor, profile_id=int(links["profile"]))
        except (NotFound, TypeError, ValueError):
            raise ValidationFailed(fields={"profile": [str(_("Unknown profile."))]}) from None
    if links.get("connection"):
        try:
            conn = connection_get_for(actor=actor, connection_id=links["connection"])
        except NotFound:
            conn = None
        if conn is None or organisation.pk not in (conn.owner_org_id, conn.requester_org_id):
            raise ValidationFailed(fields={"connection": [str(_("Unknown connection."))]})
        out["connection"] = conn
    return out


def _store_files(
    case: Case, files: Iterable[tuple[str, Any]], *, actor: Any, message: Any = None
) -> None:
    for key, upload in files:
        name, content_type = checked_upload(upload)
        attachment = CaseAttachment(
            case=case,
            message=message,
            field_key=key,
            internal=bool(message is not None and message.internal),
            filename=name,
            content_type=content_type,
            size=upload.size,
            uploaded_by=actor,
        )
        attachment.file.save(name, upload, save=False)
        attachment.save()


@transaction.atomic
def case_submit(
    *,
    actor: User,
    service: ServiceType,
    organisation: Organisation,
    data: dict[str, Any],
    links: dict[str, Any] | None = None,
    now: datetime | None = None,
) -> Case:
    """A member asks the centre for a service (`data`: CaseForm's cleaned_data: subject,
    description, answers, files). The case goes to the service's department, which is told."""
    if organisation.pk not in organisation_ids_of(actor):
        raise PermissionDenied(_("You can only ask on behalf of your own organisation."))
    if not service.active:
        raise NotFound()
    files = list(data.get("files", {}).items())
    for _key, upload in files:
        checked_upload(upload)  # refuse before anything is written
    now = now or timezone.now()
    case = Case.objects.create(
        created_at=now,
        service_type=service,
        organisation=organisation,
        requester=actor,
        department=service.department,
        subject=data["subject"],
        description=data["description"],
        language=getattr(actor, "preferred_language", "en") or "en",
        answers=data.get("answers", {}),
        **_linked(actor, organisation, links or {}),
    )
    case.number = f"{case.created_at:%Y}-{case.pk:05d}"
    case.save(update_fields=["number"])
    _store_files(case, files, actor=actor)
    record(case, actor, EventKind.CREATED, new=CaseStatus.NEW, now=now)
    start_with_request(case, actor, now)
    sla.refresh(case, now)
    notices.tell_staff(
        case,
        kind="desk.case",
        title=lambda: (
            _("New request %(number)s: %(subject)s")
            % {"number": case.number, "subject": case.subject}
        ),
        body=lambda: (
            _("%(org)s asks for %(service)s.") % {"org": organisation.name, "service": service.name}
        ),
    )
    return case


def _check_body(body: str, files: list[Any]) -> str:
    body = (body or "").replace("\x00", "").strip()
    if not body:
        raise ValidationFailed(fields={"body": [str(_("Write a message."))]})
    if len(files) > MAX_FILES_PER_MESSAGE:
        raise ValidationFailed(
            fields={"files": [str(_("At most %(n)d files.")) % {"n": MAX_FILES_PER_MESSAGE}]}
        )
    for upload in files:
        checked_upload(upload)
    return body


def _after_client_reply(locked: Case, actor: User, now: datetime) -> None:
    if locked.status == CaseStatus.WAITING:
        locked.status = CaseStatus.IN_PROGRESS
        locked.save(update_fields=["status", "updated_at"])
        record(locked, actor, EventKind.STATUS, old=CaseStatus.WAITING, new=locked.status, now=now)


@transaction.atomic
def case_reply(
    *,
    actor: User,
    case: Case,
    body: str,
    internal: bool = False,
    files: Iterable[Any] = (),
    articles: Iterable[Article] = (),
    now: datetime | None = None,
) -> CaseMessage:
    """A public reply (staff or client) or an internal note (staff), staff pointing to
    knowledge-base articles (published ones: the reader sees those they may read). A
    client's reply to a case waiting for them puts it back in progress; the first staff
    reply is the first response."""
    staff = is_staff(actor)
    if not staff and (internal or case.organisation_id not in organisation_ids_of(actor)):
        raise PermissionDenied()
    articles = [a for a in articles if a.visibility != Visibility.DRAFT]
    if articles and not staff:
        raise PermissionDenied()
    files = list(files)
    body = _check_body(body, files)
    locked = lock_case(case)
    if locked.status == CaseStatus.CLOSED:
        raise ValidationFailed(_("This case is closed."))
    now = now or timezone.now()
    message = CaseMessage.objects.create(
        case=locked, author=actor, from_staff=staff, internal=internal, body=body, created_at=now
    )
    _store_files(locked, [("", f) for f in files], actor=actor, message=message)
    message.articles.set(articles)
    kind = EventKind.NOTE if internal else EventKind.REPLY
    record(locked, actor, kind, internal=internal, now=now)
    if internal:
        notices.tell_staff(locked, kind="desk.note", title=_note_title(locked), exclude=actor.pk)
        return message
    if staff:
        if locked.first_response_at is None:
            locked.first_response_at = now
            locked.save(update_fields=["first_response_at", "updated_at"])
        notices.tell_client(locked, kind="desk.reply", title=_reply_title(locked), body=body)
    else:
        _after_client_reply(locked, actor, now)
        notices.tell_staff(
            locked, kind="desk.reply", title=_reply_title(locked), body=body, exclude=actor.pk
        )
    sla.refresh(locked, now)
    return message


def _reply_title(case: Case) -> Any:
    return lambda: (
        _("New reply on %(number)s: %(subject)s")
        % {
            "number": case.number,
            "subject": case.subject,
        }
    )


def _note_title(case: Case) -> Any:
    return lambda: _("Internal note on %(number)s") % {"number": case.number}
