"""Background work of the data exchange: the dry run and the apply of an import."""

from __future__ import annotations

from django.tasks import task

from techbridge.exchange.services.applying import import_apply
from techbridge.exchange.services.dry_run import import_check


@task()
def check_import_task(batch_id: int) -> str:
    batch = import_check(batch_id)
    return batch.status if batch else ""


@task()
def apply_import_task(batch_id: int) -> str:
    batch = import_apply(batch_id)
    return batch.status if batch else ""
