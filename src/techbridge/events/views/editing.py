"""Organisers create and edit events and their programme (staff of the events or management
department). Thin: the forms validate, the services write."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import DomainError, PermissionDenied
from techbridge.events import selectors, services
from techbridge.events.forms import EventForm, ProgrammeSessionForm
from techbridge.events.models import Event, ProgrammeSession


def _add_errors(form: Any, exc: DomainError) -> None:
    if exc.fields:
        for name, errors in exc.fields.items():
            for error in errors:
                form.add_error(name if name in form.fields else None, error)
    else:
        form.add_error(None, str(exc.message))


@login_required
def event_create(request: HttpRequest) -> HttpResponse:
    if not selectors.can_edit_events(request.user):
        raise PermissionDenied()
    form = EventForm(request.POST or None, instance=Event())
    if request.method == "POST" and form.is_valid():
        try:
            event = services.event_create(actor=request.user, data=form.cleaned_data)
        except DomainError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("The event is created. Add its programme below."))
            return redirect("events:edit", slug=event.slug)
    return render(request, "events/event_form.html", {"form": form, "event": None})


@login_required
def event_edit(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_editable(actor=request.user, slug=slug)
    form = EventForm(request.POST or None, instance=Event.objects.get(pk=event.pk))
    if request.method == "POST" and form.is_valid():
        try:
            services.event_update(actor=request.user, event=event, data=form.cleaned_data)
        except DomainError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("The event is saved."))
            return redirect("events:edit", slug=event.slug)
    return render(
        request,
        "events/event_form.html",
        {"form": form, "event": event, "programme": event.programme.all()},
    )


def _session_of(event: Event, sid: int | None) -> ProgrammeSession:
    if sid is None:
        return ProgrammeSession(event=event)
    session = ProgrammeSession.objects.filter(event=event, pk=sid).first()
    if session is None:
        raise Http404
    return session


@login_required
def session_form(request: HttpRequest, slug: str, sid: int | None = None) -> HttpResponse:
    event = selectors.event_get_editable(actor=request.user, slug=slug)
    session = _session_of(event, sid)
    form = ProgrammeSessionForm(request.POST or None, instance=session, event=event)
    if request.method == "POST" and form.is_valid():
        try:
            if session.pk:
                services.programme_session_update(
                    actor=request.user, session=session, data=form.cleaned_data
                )
            else:
                services.programme_session_add(
                    actor=request.user, event=event, data=form.cleaned_data
                )
        except DomainError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("The programme is saved."))
            return redirect("events:edit", slug=event.slug)
    return render(
        request, "events/session_form.html", {"form": form, "event": event, "session": session}
    )


@login_required
@require_POST
def session_delete(request: HttpRequest, slug: str, sid: int) -> HttpResponse:
    event = selectors.event_get_editable(actor=request.user, slug=slug)
    services.programme_session_delete(actor=request.user, session=_session_of(event, sid))
    messages.success(request, _("The session is deleted."))
    return redirect("events:edit", slug=event.slug)
