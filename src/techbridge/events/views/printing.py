"""The organisers' print run: start it, watch its progress (htmx polling), download the
archive of every badge and agenda."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import NotFound
from techbridge.events import selectors
from techbridge.events.models import PrintRun, RunStatus
from techbridge.events.services.printing import print_run_start
from techbridge.events.views.common import _act


def _run_of(request: HttpRequest, slug: str, rid: int) -> PrintRun:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    run = PrintRun.objects.filter(event=event, pk=rid).select_related("event").first()
    if run is None:
        raise NotFound()
    return run


@login_required
@require_POST
def print_start(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    base_url = request.build_absolute_uri("/").rstrip("/")
    _act(
        request,
        lambda: print_run_start(actor=request.user, event=event, base_url=base_url),
        _("The badges and agendas are being printed; the archive appears here when ready."),
    )
    return redirect("events:manage", slug=slug)


@login_required
def print_progress(request: HttpRequest, slug: str, rid: int) -> HttpResponse:
    """The run's progress bar: polled every second while the run is queued or running."""
    run = _run_of(request, slug, rid)
    return render(request, "events/partials/print_run.html", {"event": run.event, "run": run})


@login_required
def print_archive(request: HttpRequest, slug: str, rid: int) -> FileResponse:
    run = _run_of(request, slug, rid)
    if run.status != RunStatus.DONE or not run.archive:
        raise NotFound()
    return FileResponse(
        run.archive.open("rb"), as_attachment=True, filename=f"{run.event.slug}-badges-agendas.zip"
    )
