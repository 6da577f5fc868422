"""The dry run of an upload: the stored file is read again and every row checked in chunks
with the page's own form, each chunk saved so the page shows the progress; what the dry run
and the apply share (the importer of a kind, a batch's context, a row's record)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from techbridge.core.errors import DomainError, ValidationFailed
from techbridge.exchange.formats import Table, iter_chunks, read_table
from techbridge.exchange.importers import importer_for as _importer_for
from techbridge.exchange.importers.base import EXTERNAL_ID, Context, Importer, RowResult
from techbridge.exchange.models import (
    BatchStatus,
    ExternalRef,
    ImportBatch,
    ImportRow,
    RowAction,
)

logger = logging.getLogger(__name__)
CHUNK = 500


def upload_limits() -> tuple[int, int]:
    conf = settings.TECHBRIDGE
    return int(conf.get("IMPORT_MAX_BYTES", 128 << 20)), int(conf.get("IMPORT_MAX_ROWS", 100_000))


def importer_for(kind: str) -> Importer:
    try:
        return _importer_for(kind)
    except KeyError as exc:
        raise ValidationFailed(fields={"kind": [_("Unknown kind of import.")]}) from exc


def context_of(batch: ImportBatch) -> Context:
    return Context(
        actor=batch.created_by,
        organisation=batch.organisation,
        options=dict(batch.options or {}),
        target=batch.target,
    )


def read_checked(
    data: bytes, filename: str, importer: Importer, ctx: Context
) -> tuple[Table, dict[int, str]]:
    table = read_table(data, filename)
    columns, missing = importer.match_headers(table.headers, ctx)
    if missing:
        names = ", ".join(importer.header(k, translation.get_language() or "en") for k in missing)
        raise ValidationFailed(
            fields={"file": [_("Required columns are missing: %(names)s.") % {"names": names}]}
        )
    _max_bytes, max_rows = upload_limits()
    if len(table.rows) > max_rows:
        raise ValidationFailed(
            fields={"file": [_("At most %(n)d rows per file.") % {"n": max_rows}]}
        )
    if not table.rows:
        raise ValidationFailed(fields={"file": [_("The file has no data rows.")]})
    return table, columns


def _rows_of(batch: ImportBatch, importer: Importer, ctx: Context) -> list[RowResult]:
    with batch.file.open("rb") as handle:
        data = handle.read()
    table, columns = read_checked(data, batch.filename, importer, ctx)
    rows = []
    for number, values in table.rows:
        cells = {key: values[i] if i < len(values) else "" for i, key in columns.items()}
        row = RowResult(number=number, external_id=cells.get(EXTERNAL_ID, "")[:64], cells=cells)
        if number in table.formulas:
            row.errors[""] = [
                _("Cells %(cells)s hold formulas: enter their values instead.")
                % {"cells": ", ".join(table.formulas[number])}
            ]
        rows.append(row)
    return rows


def _check_chunk(
    chunk: Sequence[RowResult], importer: Importer, ctx: Context, seen: dict[str, int]
) -> None:
    ids = [r.external_id for r in chunk if r.external_id]
    refs = dict(
        ExternalRef.objects.filter(
            kind=importer.kind, scope=ctx.scope, external_id__in=ids
        ).values_list("external_id", "object_id")
    )
    importer.prefetch(refs, chunk, ctx)
    for row in chunk:
        if not row.external_id:
            row.errors.setdefault(EXTERNAL_ID, []).append(
                _("Give each row an external id (your own reference for it).")
            )
        elif row.external_id in seen:
            row.errors.setdefault(EXTERNAL_ID, []).append(
                _("This external id is already on row %(row)d.") % {"row": seen[row.external_id]}
            )
        else:
            seen[row.external_id] = row.number
        importer.check(row, ctx)
        if row.errors:
            row.action = RowAction.ERROR


def check_rows(
    batch: ImportBatch, on_chunk: Callable[[Sequence[RowResult]], None] | None = None
) -> list[RowResult]:
    importer = importer_for(batch.kind)
    ctx = context_of(batch)
    rows = _rows_of(batch, importer, ctx)
    seen: dict[str, int] = {}
    for chunk in iter_chunks(rows, CHUNK):
        _check_chunk(chunk, importer, ctx, seen)
        if on_chunk:
            on_chunk(chunk)
    return rows


def counts_of(rows: Sequence[RowResult]) -> dict[str, int]:
    counts = dict.fromkeys(RowAction.values, 0)
    for row in rows:
        counts[row.action] += 1
    return counts


def import_check(batch_id: int) -> ImportBatch | None:
    """The dry run (a task): each row checked, its result saved chunk by chunk so the page
    shows the progress."""
    batch = ImportBatch.objects.filter(pk=batch_id, status=BatchStatus.VALIDATING).first()
    if batch is None:
        return None
    ImportRow.objects.filter(batch=batch).delete()
    done = 0

    def save(chunk: Sequence[RowResult]) -> None:
        nonlocal done
        done += len(chunk)
        with transaction.atomic():
            ImportRow.objects.bulk_create([row_model(batch, r) for r in chunk])
            ImportBatch.objects.filter(pk=batch.pk).update(done=done)

    with translation.override(batch.language):
        try:
            rows = check_rows(batch, save)
        except DomainError as exc:
            return mark_failed(batch, exc)
    ImportBatch.objects.filter(pk=batch.pk).update(
        status=BatchStatus.VALIDATED, counts=counts_of(rows), validated_at=timezone.now()
    )
    batch.refresh_from_db()
    return batch


def row_model(batch: ImportBatch, row: RowResult) -> ImportRow:
    return ImportRow(
        batch=batch,
        number=row.number,
        external_id=row.external_id,
        cells=row.cells,
        action=row.action,
        errors=row.errors,
    )


def mark_failed(batch: ImportBatch, exc: Exception) -> ImportBatch:
    message = exc.fields.get("file", [str(exc)])[0] if isinstance(exc, DomainError) else str(exc)
    ImportBatch.objects.filter(pk=batch.pk).update(status=BatchStatus.FAILED, message=message)
    batch.refresh_from_db()
    return batch
