"""The public catalogue and the request form (a member asks from here, possibly coming from
a profile's or a connection's page: the case then links to it)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from techbridge.accounts.selectors import is_member, organisations_of
from techbridge.core.errors import DomainError
from techbridge.desk import article_reads, selectors, services
from techbridge.desk.forms import CaseForm
from techbridge.desk.views import form_refusal

LINKS = ("profile", "connection")


def _links(request: HttpRequest) -> dict[str, str]:
    source = request.POST if request.method == "POST" else request.GET
    return {k: source.get(k, "")[:12] for k in LINKS if source.get(k, "").isdigit()}


def catalogue(request: HttpRequest) -> HttpResponse:
    services_ = list(selectors.service_list(actor=request.user))
    links = _links(request)
    query = "&".join(f"{k}={v}" for k, v in links.items())
    return render(request, "desk/catalogue.html", {"services": services_, "link_query": query})


def _organisation(request: HttpRequest, orgs: list[Any]) -> Any:
    wanted = (request.POST or request.GET).get("organisation", "")
    return next((o for o in orgs if str(o.pk) == wanted), orgs[0] if orgs else None)


def service_detail(request: HttpRequest, slug: str) -> HttpResponse:
    service = selectors.service_get_for(actor=request.user, slug=slug)
    specs = selectors.form_fields(service)
    orgs = list(organisations_of(request.user)) if is_member(request.user) else []
    form = CaseForm(request.POST or None, request.FILES or None, specs=specs)
    org = _organisation(request, orgs)
    if request.method == "POST":
        if org is None:
            messages.error(request, _("Register your organisation first, then ask the centre."))
            return redirect("desk:service", slug=service.slug)
        if form.is_valid():
            try:
                case = services.case_submit(
                    actor=request.user,  # type: ignore[arg-type]
                    service=service,
                    organisation=org,
                    data=form.cleaned_data,
                    links=_links(request),
                )
            except DomainError as exc:
                form_refusal(form, exc)
            else:
                messages.success(
                    request, _("Your request %(number)s is sent.") % {"number": case.number}
                )
                return redirect("desk:case", pk=case.pk)
    text = f"{request.POST.get('subject', '')} {request.POST.get('description', '')}"
    context = {
        "service": service,
        "suggestions": article_reads.suggestions(actor=request.user, service=service, text=text),
        "form": form,
        "orgs": orgs,
        "org": org,
        "links": _links(request),
    }
    return render(request, "desk/service.html", context)
