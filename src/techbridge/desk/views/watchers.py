"""Following a case: its readers add or remove themselves, staff and the client's people add
or remove others (the services decide who may)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.desk import selectors, services
from techbridge.desk.forms import WatcherForm
from techbridge.desk.views import act


@login_required
@require_POST
def watch(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    form = WatcherForm(request.POST)
    if not form.is_valid():
        for errs in form.errors.values():
            for err in errs:
                messages.error(request, err)
        return redirect("desk:case", pk=case.pk)
    user = form.cleaned_data.get("user")
    if request.POST.get("action") == "remove":
        act(
            request,
            lambda: services.case_unwatch(actor=request.user, case=case, user=user),  # type: ignore[arg-type]
            _("The watchers are updated."),
        )
    else:
        act(
            request,
            lambda: services.case_watch(actor=request.user, case=case, user=user),  # type: ignore[arg-type]
            _("The watchers are updated."),
        )
    return redirect("desk:case", pk=case.pk)
