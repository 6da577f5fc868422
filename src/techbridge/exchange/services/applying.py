"""The apply of a confirmed upload (a task): ONE transaction — every row or none, or only the
valid rows when the user chose so — with each row checked again against the database as it
is then; the uploader is notified in their language."""

from __future__ import annotations

import logging

from django.core.cache import caches
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from techbridge.core.errors import Conflict, DomainError
from techbridge.exchange.formats import iter_chunks
from techbridge.exchange.importers.base import RowResult
from techbridge.exchange.models import (
    ApplyMode,
    BatchStatus,
    ExternalRef,
    ImportBatch,
    ImportRow,
    RowAction,
)
from techbridge.exchange.services.dry_run import (
    CHUNK,
    check_rows,
    context_of,
    counts_of,
    importer_for,
    mark_failed,
    row_model,
)
from techbridge.notifications.services import Delivery, notify_users

logger = logging.getLogger(__name__)
NOTIFY_BY_MAIL_FROM = 1000  # rows: a large import's end is also mailed


class _Refused(Exception):
    def __init__(self, rows: list[RowResult]) -> None:
        self.rows = rows


def progress_key(batch: ImportBatch) -> str:
    return f"exchange:apply:{batch.pk}:{batch.created_at:%s}"


def apply_progress(batch: ImportBatch) -> int:
    """Rows written so far by a running apply (kept outside its transaction)."""
    return int(caches["progress"].get(progress_key(batch), 0))


def _apply_rows(batch: ImportBatch, rows: list[RowResult]) -> None:
    importer = importer_for(batch.kind)
    ctx = context_of(batch)
    good = [r for r in rows if r.action != RowAction.ERROR]
    if batch.mode == ApplyMode.ALL and len(good) != len(rows):
        raise _Refused(rows)
    cache, key, written = caches["progress"], progress_key(batch), 0
    for chunk in iter_chunks(good, CHUNK):
        ids = importer.apply(list(chunk), ctx)
        for row, object_id in zip(chunk, ids, strict=True):
            row.existing = object_id
        written += len(chunk)
        cache.set(key, written, 3600)
    fresh = [r for r in good if r.action == RowAction.CREATE]
    ExternalRef.objects.bulk_create(
        [
            ExternalRef(
                kind=batch.kind,
                scope=ctx.scope,
                external_id=r.external_id,
                object_id=r.existing,
                batch=batch,
            )
            for r in fresh
        ],
        batch_size=CHUNK,
    )


def _save_report(batch: ImportBatch, rows: list[RowResult], applied: bool) -> None:
    """The rows' final results replace the dry run's (written anew: much faster than
    updating tens of thousands of rows one expression each)."""
    models = []
    for row in rows:
        model = row_model(batch, row)
        model.applied = applied and row.action != RowAction.ERROR
        model.object_id = row.existing if model.applied and isinstance(row.existing, int) else None
        models.append(model)
    ImportRow.objects.filter(batch=batch).delete()
    ImportRow.objects.bulk_create(models, batch_size=CHUNK)


def import_apply(batch_id: int) -> ImportBatch | None:
    """Apply a confirmed import (a task): one transaction; each row checked again first."""
    batch = ImportBatch.objects.filter(pk=batch_id, status=BatchStatus.APPLYING).first()
    if batch is None:
        return None
    with translation.override(batch.language):
        try:
            with transaction.atomic():
                rows = check_rows(batch)
                _apply_rows(batch, rows)
                _save_report(batch, rows, applied=True)
                ImportBatch.objects.filter(pk=batch.pk).update(
                    status=BatchStatus.APPLIED,
                    counts=counts_of(rows),
                    done=batch.total,
                    applied_at=timezone.now(),
                )
        except _Refused as refused:
            _save_report(batch, refused.rows, applied=False)
            message = _("Some rows are no longer valid: nothing was imported.")
            ImportBatch.objects.filter(pk=batch.pk).update(
                status=BatchStatus.FAILED, counts=counts_of(refused.rows), message=message
            )
        except IntegrityError:
            logger.warning("exchange: import %s collided with another write", batch.pk)
            mark_failed(
                batch,
                Conflict(
                    _(
                        "Another change touched the same records: nothing was imported; upload the file again."
                    )
                ),
            )
        except DomainError as exc:
            mark_failed(batch, exc)
    batch.refresh_from_db()
    _announce(batch)
    return batch


TITLES = {
    BatchStatus.APPLIED: gettext_lazy(
        "Your import of “%(file)s” is done: %(created)d created, %(updated)d updated."
    ),
    BatchStatus.FAILED: gettext_lazy("Your import of “%(file)s” failed: nothing was imported."),
}


def _announce(batch: ImportBatch) -> None:
    template = TITLES.get(batch.status)  # type: ignore[call-overload]
    if template is None or batch.created_by_id is None:
        return
    counts = batch.counts or {}
    values = {
        "file": batch.filename,
        "created": counts.get(RowAction.CREATE, 0),
        "updated": counts.get(RowAction.UPDATE, 0),
    }
    notify_users(
        user_ids=[batch.created_by_id],
        kind="exchange.import",
        title=lambda: str(template) % values,
        url=reverse("exchange:batch", args=[batch.pk]),
        email=Delivery.NOW if batch.total >= NOTIFY_BY_MAIL_FROM else Delivery.NONE,
    )
