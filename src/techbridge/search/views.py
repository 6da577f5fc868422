"""Search pages: thin — parse, call the selector or service, render (htmx gets the partial)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import DomainError
from techbridge.core.taxonomy import sector_choices
from techbridge.engines.text import QUERY_MAX_CHARS
from techbridge.search import selectors, services
from techbridge.search.forms import SavedSearchForm, parse_params
from techbridge.search.query import SORTS


def search(request: HttpRequest) -> HttpResponse:
    params = parse_params(request.GET)
    result = selectors.search(actor=request.user, params=params)
    context = {
        "result": result,
        "params": params,
        "sorts": SORTS,
        "sectors": sector_choices(),
        "max_chars": QUERY_MAX_CHARS,
        "saved_searches": selectors.saved_search_list(actor=request.user),
        "save_form": SavedSearchForm(initial={"query_string": params.query_string()}),
    }
    if request.htmx and request.htmx.target == "search-results":
        return render(request, "search/partials/results.html", context)
    return render(request, "search/search.html", context)


@login_required
@require_POST
def saved_search_create(request: HttpRequest) -> HttpResponse:
    form = SavedSearchForm(request.POST)
    query = ""
    if form.is_valid():
        query = form.cleaned_data["query_string"]
        try:
            services.saved_search_create(actor=request.user, **form.cleaned_data)
            messages.success(request, _("Search saved. New matching profiles will be notified."))
        except DomainError as exc:
            messages.error(request, str(exc.message))
    else:
        messages.error(request, _("Give the search a name."))
    url = reverse("search:search")
    return redirect(f"{url}?{query}" if query else url)


@login_required
@require_POST
def saved_search_delete(request: HttpRequest, saved_search_id: int) -> HttpResponse:
    services.saved_search_delete(actor=request.user, saved_search_id=saved_search_id)
    messages.success(request, _("Saved search deleted."))
    return redirect("search:saved")


@login_required
def saved_search_list(request: HttpRequest) -> HttpResponse:
    saved = selectors.saved_search_list(actor=request.user)
    return render(request, "search/saved.html", {"saved_searches": saved})
