"""The conversation of a connection (messages, checked attachments, read markers) and the
NDA step."""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    ValidationFailed,
)
from techbridge.deals import selectors
from techbridge.deals.choices import Status
from techbridge.deals.models import Connection, Message, MessageAttachment, NdaStep, ReadMarker
from techbridge.deals.notices import announce
from techbridge.deals.services.access import disclose, lock_connection, require_side

ALLOWED_UPLOADS = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain",
    ".csv": "text/csv",
}
# Formats whose first bytes are fixed: an upload claiming them must start with them.
MAGIC = {".pdf": b"%PDF", ".png": b"\x89PNG", ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff"}
MAX_FILES_PER_MESSAGE = 5


# --- the conversation -------------------------------------------------------------------------


def _checked_upload(upload: Any) -> tuple[str, str]:
    """(file name, content type) of an acceptable upload, or ValidationFailed. The type is
    decided from the extension and the first bytes, never from what the client claims."""
    name = str(getattr(upload, "name", "") or "file").replace("\x00", "")[-200:]
    ext = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    limit = settings.TECHBRIDGE["ATTACHMENT_MAX_BYTES"]
    if ext not in ALLOWED_UPLOADS:
        raise ValidationFailed(
            fields={
                "files": [str(_("This type of file is not accepted: %(name)s")) % {"name": name}]
            }
        )
    if upload.size > limit:
        raise ValidationFailed(
            fields={
                "files": [
                    str(_("%(name)s is larger than %(mb)d MB."))
                    % {"name": name, "mb": limit // (1024 * 1024)}
                ]
            }
        )
    if ext in MAGIC:
        upload.seek(0)
        head = upload.read(8)
        upload.seek(0)
        if not head.startswith(MAGIC[ext]):
            raise ValidationFailed(
                fields={"files": [str(_("%(name)s is not what its name says.")) % {"name": name}]}
            )
    return name, ALLOWED_UPLOADS.get(ext) or mimetypes.guess_type(name)[
        0
    ] or "application/octet-stream"


@transaction.atomic
def message_post(
    *, actor: User, connection: Connection, body: str, files: Iterable[Any] = ()
) -> Message:
    """Post a message (with attachments) once the contact is accepted; staff may write at
    any time."""
    side = require_side(actor, connection, edit=False)
    files = list(files)
    body = (body or "").replace("\x00", "").strip()
    if not body:
        raise ValidationFailed(fields={"body": [str(_("Write a message."))]})
    if len(files) > MAX_FILES_PER_MESSAGE:
        raise ValidationFailed(
            fields={"files": [str(_("At most %(n)d files.")) % {"n": MAX_FILES_PER_MESSAGE}]}
        )
    checked = [(_checked_upload(f), f) for f in files]
    locked = lock_connection(connection)
    if side != "staff" and locked.status != Status.ACCEPTED:
        raise Conflict(_("The conversation opens when the contact is accepted."))
    author_org_id = {"owner": locked.owner_org_id, "requester": locked.requester_org_id}.get(side)
    message = Message.objects.create(
        connection=locked, author=actor, author_org_id=author_org_id, body=body[:5000]
    )
    for (name, content_type), upload in checked:
        MessageAttachment.objects.create(
            message=message, file=upload, filename=name, content_type=content_type, size=upload.size
        )
    locked.save(update_fields=["updated_at"])
    _mark_read(locked, actor, message.created_at)

    def title() -> str:
        return _("New message about “%(title)s”") % {"title": locked.profile.title}

    for org_id in (locked.owner_org_id, locked.requester_org_id):
        if locked.status == Status.ACCEPTED or org_id == locked.requester_org_id:
            announce(
                locked,
                to_org_id=org_id,
                kind="deals.message",
                title=title,
                body=body,
                exclude=actor,
            )
    return message


def _mark_read(connection: Connection, actor: User, when: Any) -> None:
    ReadMarker.objects.update_or_create(
        connection=connection, user=actor, defaults={"read_at": when}
    )


@transaction.atomic
def connection_mark_read(*, actor: User, connection: Connection) -> None:
    """The actor has read the conversation up to now."""
    if selectors.side_of(actor, connection) is None:
        raise NotFound()
    _mark_read(connection, actor, timezone.now())


# --- the NDA step -----------------------------------------------------------------------------


@transaction.atomic
def nda_upload(*, actor: User, connection: Connection, upload: Any) -> NdaStep:
    """Either side puts the NDA document on the table; confirmations start again."""
    require_side(actor, connection)
    name, content_type = _checked_upload(upload)
    locked = lock_connection(connection)
    if locked.status != Status.ACCEPTED:
        raise Conflict(_("The NDA step comes after the contact is accepted."))
    nda, _created = NdaStep.objects.get_or_create(connection=locked)
    nda.document = upload
    nda.filename = name
    nda.content_type = content_type
    nda.uploaded_by = actor
    nda.owner_confirmed_at = None
    nda.requester_confirmed_at = None
    nda.save()
    disclose(locked, nda=nda)
    return nda


@transaction.atomic
def nda_confirm(*, actor: User, connection: Connection) -> NdaStep:
    """One side confirms the NDA; when both have, the profile's dossier opens."""
    side = require_side(actor, connection)
    if side == "staff":
        raise PermissionDenied(_("Only the two parties confirm the NDA."))
    locked = lock_connection(connection)
    nda = NdaStep.objects.select_for_update().filter(connection=locked).first()
    if nda is None or not nda.document:
        raise Conflict(_("No NDA document has been shared yet."))
    field = "owner_confirmed_at" if side == "owner" else "requester_confirmed_at"
    if getattr(nda, field) is None:
        setattr(nda, field, timezone.now())
        nda.save(update_fields=[field])
    disclose(locked, nda=nda)
    return nda
