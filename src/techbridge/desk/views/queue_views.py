"""Saving the queue's filters as a named view, and deleting one's own views."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.desk import selectors, services
from techbridge.desk.forms import QueueViewForm, queue_filters
from techbridge.desk.views import act


@login_required
@require_POST
def save(request: HttpRequest) -> HttpResponse:
    """The queue's current filters (sent with the form) under a name."""
    form = QueueViewForm(request.POST)
    filters = queue_filters(request.POST)
    back = reverse("desk:queue") + "?" + urlencode({k: int(v) if v is True else v
                                                   for k, v in filters.items() if v is not False})  # fmt: skip
    if not form.is_valid():
        for errs in form.errors.values():
            for err in errs:
                messages.error(request, err)
        return redirect(back)
    view = act(
        request,
        lambda: services.queue_view_save(
            actor=request.user,  # type: ignore[arg-type]
            name=form.cleaned_data["name"],
            filters=filters,
            shared=form.cleaned_data["shared"],
        ),
        _("The view is saved."),
    )
    if view is None:
        return redirect(back)
    return redirect(reverse("desk:queue") + f"?view={view.pk}")


@login_required
@require_POST
def delete(request: HttpRequest, view_id: int) -> HttpResponse:
    view = selectors.queue_view_get_for(actor=request.user, view_id=view_id)
    act(
        request,
        lambda: services.queue_view_delete(actor=request.user, view=view),  # type: ignore[arg-type]
        _("The view is deleted."),
    )
    return redirect("desk:queue")
