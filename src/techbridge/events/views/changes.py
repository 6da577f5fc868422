"""The organisers' pages for late changes: start a repair of the announced agenda, read its
change list, announce or discard it, and the change log of announced versions."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import DomainError
from techbridge.events import selectors
from techbridge.events.forms import RepairForm
from techbridge.events.services import repair as repair_services
from techbridge.events.views.common import _act, _refusal


@login_required
@require_POST
def repair_run(request: HttpRequest, slug: str) -> HttpResponse:
    """Start a repair (a task: in-process by default, so this answers when it is done)."""
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    form = RepairForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for e in errors:
                messages.error(request, e)
        return redirect("events:manage", slug=event.slug)
    try:
        run = repair_services.repair_start(actor=request.user, event=event, **form.cleaned_data)
    except DomainError as exc:
        _refusal(request, exc)
        return redirect("events:manage", slug=event.slug)
    return redirect("events:repair", slug=event.slug, rid=run.pk)


@login_required
def repair(request: HttpRequest, slug: str, rid: int) -> HttpResponse:
    """A repair's figures and change list, with the buttons to announce or discard it."""
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    run = selectors.repair_get(actor=request.user, event=event, run_id=rid)
    changes = run.proposal.get("changes", [])
    return render(
        request,
        "events/repair.html",
        {
            "event": event,
            "run": run,
            "rows": selectors.change_rows(event, changes),
            "people": selectors.affected_people(changes),
            "waiting": run.status in ("queued", "running"),
        },
    )


@login_required
@require_POST
def repair_decide(request: HttpRequest, slug: str, rid: int, decision: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    run = selectors.repair_get(actor=request.user, event=event, run_id=rid)
    if decision == "announce":
        ok = _act(
            request,
            lambda: repair_services.repair_announce(actor=request.user, run=run),
            _("The changes are announced; the participants concerned are told."),
        )
        if ok:
            return redirect("events:versions", slug=event.slug)
    elif decision == "discard":
        _act(
            request,
            lambda: repair_services.repair_discard(actor=request.user, run=run),
            _("The repair is discarded; the announced agenda is unchanged."),
        )
    return redirect("events:repair", slug=event.slug, rid=run.pk)


@login_required
def versions(request: HttpRequest, slug: str) -> HttpResponse:
    """The change log: every announced agenda, newest first."""
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    return render(
        request,
        "events/versions.html",
        {"event": event, "versions": selectors.versions_for(actor=request.user, event=event)},
    )


@login_required
def version(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    v = selectors.version_get(actor=request.user, event=event, number=number)
    return render(
        request,
        "events/version.html",
        {"event": event, "version": v, "rows": selectors.change_rows(event, v.changes)},
    )
