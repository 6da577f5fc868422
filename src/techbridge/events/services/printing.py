"""The print run: every badge and agenda of an event in one archive, rendered in a task that
reports its progress on the run's row (written outside any transaction, so the organiser's
page sees it move)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from django.core.files import File
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, PermissionDenied
from techbridge.events.models import Event, PrintRun, RunStatus


@transaction.atomic
def print_run_start(*, actor: Any, event: Event, base_url: str) -> PrintRun:
    """Queue the rendering of all badges and agendas (the task starts after commit);
    `base_url` is the site's address, printed in the badges' check-in QR codes."""
    if not is_staff(actor):
        raise PermissionDenied()
    Event.objects.select_for_update().get(pk=event.pk)
    busy = PrintRun.objects.filter(event=event, status__in=[RunStatus.QUEUED, RunStatus.RUNNING])
    if busy.exists():
        raise Conflict(_("The badges and agendas are already being printed."))
    run = PrintRun.objects.create(event=event, started_by=actor, base_url=base_url.rstrip("/"))
    from techbridge.events.tasks import print_documents

    transaction.on_commit(lambda: print_documents.enqueue(run.pk))
    return run


def _claim(run_id: int) -> PrintRun | None:
    with transaction.atomic():
        run = PrintRun.objects.select_for_update().select_related("event").get(pk=run_id)
        if run.status != RunStatus.QUEUED:
            return None
        run.status = RunStatus.RUNNING
        run.save(update_fields=["status"])
    return run


def print_run_execute(run_id: int) -> PrintRun:
    """Render the archive (idempotent: a run that is not queued is left alone)."""
    from techbridge.events.documents import render_archive

    run = _claim(run_id)
    if run is None:
        return PrintRun.objects.get(pk=run_id)

    def progress(tick: tuple[int, int]) -> None:
        PrintRun.objects.filter(pk=run.pk).update(done=tick[0], total=tick[1])

    with tempfile.TemporaryDirectory(prefix="techbridge-print-") as tmp:
        out = Path(tmp) / "archive.zip"
        started = timezone.now()
        try:
            stats = render_archive(run.event, base_url=run.base_url, out=out, on_progress=progress)
        except Exception as exc:  # a broken font or file: the run says so, the page stays up
            PrintRun.objects.filter(pk=run.pk).update(
                status=RunStatus.FAILED, message=str(exc)[:2000], finished_at=timezone.now()
            )
            raise
        run.refresh_from_db()
        with out.open("rb") as fh:
            run.archive.save(f"{run.event.slug}-print.zip", File(fh), save=False)
    run.stats = stats | {"seconds": round((timezone.now() - started).total_seconds(), 1)}
    run.done = run.total = stats["participants"]
    run.status = RunStatus.DONE
    run.finished_at = timezone.now()
    run.save(update_fields=["archive", "stats", "done", "total", "status", "finished_at"])
    return run
