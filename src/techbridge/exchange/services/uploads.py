"""Uploads: a file is read and its header checked at once (a file-level problem is refused
and nothing is saved), then its dry run (`dry_run`) is queued."""

from __future__ import annotations

from typing import Any

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from techbridge.accounts.models import User
from techbridge.core.errors import PermissionDenied, ValidationFailed
from techbridge.exchange import selectors
from techbridge.exchange.importers.base import Context
from techbridge.exchange.models import ImportBatch
from techbridge.exchange.services.dry_run import importer_for, read_checked, upload_limits


def import_upload(
    *,
    actor: User,
    kind: str,
    upload: Any,
    organisation: Any = None,
    options: dict[str, Any] | None = None,
    target: str = "",
) -> ImportBatch:
    """Store an upload and start its dry run. The file is read and its header checked
    here, so a file-level problem is refused at once and nothing is saved."""
    importer = importer_for(kind)
    if not selectors.can_import(actor, kind, organisation):
        raise PermissionDenied()
    max_bytes, _rows = upload_limits()
    if upload.size > max_bytes:
        raise ValidationFailed(
            fields={
                "file": [_("The file is too large (at most %(mb)d MB).") % {"mb": max_bytes >> 20}]
            }
        )
    data = upload.read()
    ctx = Context(actor=actor, organisation=organisation, options=options or {}, target=target)
    table, columns = read_checked(data, upload.name or "", importer, ctx)
    ignored = [h for i, h in enumerate(table.headers) if h and i not in columns]
    batch = ImportBatch(
        kind=kind,
        created_by=actor,
        organisation=organisation,
        target=target,
        filename=(upload.name or "import")[:200],
        size=len(data),
        language=translation.get_language() or "en",
        options=options or {},
        total=len(table.rows),
        message=(
            _("These columns were not recognised and are ignored: %(names)s.")
            % {"names": ", ".join(ignored)}
            if ignored
            else ""
        ),
    )
    batch.file.save("upload", ContentFile(data), save=False)
    batch.save()
    from techbridge.exchange.tasks import check_import_task

    transaction.on_commit(lambda: check_import_task.enqueue(batch.id))
    return batch


# --- the dry run --------------------------------------------------------------------------
