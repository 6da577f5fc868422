"""Organisers manage the B2B meetings' resources: interpreters (languages, unavailable slots)
and meeting rooms (table range, closed slots). Thin: the forms validate, the services write;
a change that takes meetings out of their slot says so."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import DomainError
from techbridge.events import selectors, services
from techbridge.events.forms import InterpreterForm, RoomForm
from techbridge.events.views.editing import _add_errors


@login_required
def resources(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    return render(
        request,
        "events/resources.html",
        {
            "event": event,
            "interpreters": selectors.interpreters_managed(actor=request.user, event=event),
            "rooms": selectors.rooms_managed(actor=request.user, event=event),
        },
    )


def _saved(request: HttpRequest, lost: list[Any]) -> None:
    messages.success(request, _("Saved."))
    if lost:
        messages.warning(
            request,
            _(
                "%(n)d meetings lost their slot: schedule them again, or repair the announced "
                "agenda."
            )
            % {"n": len(lost)},
        )


@login_required
def interpreter_form(request: HttpRequest, slug: str, iid: int | None = None) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    row = None
    if iid is not None:
        row = selectors.interpreter_get_managed(actor=request.user, event=event, interpreter_id=iid)
    initial = InterpreterForm.initial_of(row) if row else None
    form = InterpreterForm(request.POST or None, initial=initial, event=event)
    if request.method == "POST" and form.is_valid():
        try:
            _row, lost = services.interpreter_save(
                actor=request.user, event=event, data=form.cleaned_data, interpreter=row
            )
        except DomainError as exc:
            _add_errors(form, exc)
        else:
            _saved(request, lost)
            return redirect("events:resources", slug=event.slug)
    return render(
        request,
        "events/resource_form.html",
        {"event": event, "form": form, "row": row, "kind": "interpreter"},
    )


@login_required
def room_form(request: HttpRequest, slug: str, rid: int | None = None) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    row = None
    if rid is not None:
        row = selectors.room_get_managed(actor=request.user, event=event, room_id=rid)
    initial = RoomForm.initial_of(row) if row else None
    form = RoomForm(request.POST or None, initial=initial, event=event, room=row)
    if request.method == "POST" and form.is_valid():
        try:
            _row, lost = services.room_save(
                actor=request.user, event=event, data=form.cleaned_data, room=row
            )
        except DomainError as exc:
            _add_errors(form, exc)
        else:
            _saved(request, lost)
            return redirect("events:resources", slug=event.slug)
    return render(
        request,
        "events/resource_form.html",
        {"event": event, "form": form, "row": row, "kind": "room"},
    )


@login_required
@require_POST
def interpreter_delete(request: HttpRequest, slug: str, iid: int) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    row = selectors.interpreter_get_managed(actor=request.user, event=event, interpreter_id=iid)
    lost = services.interpreter_delete(actor=request.user, interpreter=row)
    _saved(request, lost)
    return redirect("events:resources", slug=event.slug)


@login_required
@require_POST
def room_delete(request: HttpRequest, slug: str, rid: int) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    row = selectors.room_get_managed(actor=request.user, event=event, room_id=rid)
    services.room_delete(actor=request.user, room=row)
    _saved(request, [])
    return redirect("events:resources", slug=event.slug)
