"""After the dry run: the user confirms a checked upload (every row, or only the valid ones),
which queues its apply (`applying`), or discards it."""

from __future__ import annotations

from django.db import transaction
from django.utils.translation import gettext as _

from techbridge.accounts.models import User
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.exchange import selectors
from techbridge.exchange.models import ApplyMode, BatchStatus, ImportBatch, RowAction


@transaction.atomic
def import_confirm(*, actor: User, batch: ImportBatch, mode: str) -> ImportBatch:
    """The user confirms a checked import: every row (refused while a row has an error) or
    only the valid ones. The apply runs as a task."""
    if mode not in ApplyMode.values:
        raise ValidationFailed(fields={"mode": [_("Choose all rows or only the valid rows.")]})
    locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if not selectors.can_manage_batch(actor, locked):
        raise PermissionDenied()
    if locked.status != BatchStatus.VALIDATED:
        raise Conflict(_("This import is not waiting for confirmation."))
    errors = (locked.counts or {}).get(RowAction.ERROR, 0)
    if mode == ApplyMode.ALL and errors:
        raise Conflict(
            _("%(n)d rows have errors: fix them and upload again, or import only the valid rows.")
            % {"n": errors}
        )
    locked.status, locked.mode, locked.done = BatchStatus.APPLYING, mode, 0
    locked.save(update_fields=["status", "mode", "done"])
    from techbridge.exchange.tasks import apply_import_task

    transaction.on_commit(lambda: apply_import_task.enqueue(locked.id))
    return locked


@transaction.atomic
def import_discard(*, actor: User, batch: ImportBatch) -> ImportBatch:
    locked = ImportBatch.objects.select_for_update().get(pk=batch.pk)
    if not selectors.can_manage_batch(actor, locked):
        raise PermissionDenied()
    if locked.status not in (BatchStatus.VALIDATED, BatchStatus.FAILED):
        raise Conflict(_("Only an import that was not applied can be discarded."))
    locked.status = BatchStatus.DISCARDED
    locked.save(update_fields=["status"])
    return locked
