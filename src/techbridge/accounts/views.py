"""Organisation pages and the member's own settings (API tokens)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts import selectors, services
from techbridge.accounts.exports import ORGANISATION_COLUMNS
from techbridge.accounts.forms import OrganisationForm
from techbridge.accounts.models import ApiToken
from techbridge.core import exports
from techbridge.core.choices import OrganisationType
from techbridge.core.i18n import join_list
from techbridge.core.pagination import page_of


def directory(request: HttpRequest) -> HttpResponse:
    qs = selectors.organisation_list(actor=request.user)
    q = request.GET.get("q", "")[:200].replace("\x00", "").strip()
    org_type = request.GET.get("type", "")
    country = request.GET.get("country", "")[:2].upper()
    if q:
        qs = qs.filter(Q(name__icontains=q) | Q(name_alt__icontains=q) | Q(city__icontains=q))
    if org_type in OrganisationType.values:
        qs = qs.filter(type=org_type)
    if country:
        qs = qs.filter(country=country)
    fmt = exports.requested(request)
    if fmt is not None:
        if not selectors.is_staff(request.user):
            raise DjangoPermissionDenied
        return exports.respond(fmt, "organisations", qs.iterator(), ORGANISATION_COLUMNS)
    page = page_of(qs, request.GET.get("page"), per_page=30)
    context = {
        "page": page,
        "q": q,
        "type": org_type,
        "country": country,
        "types": OrganisationType.choices,
    }
    return render(request, "accounts/directory.html", context)


def organisation_detail(request: HttpRequest, slug: str) -> HttpResponse:
    org = selectors.organisation_get_for(actor=request.user, slug=slug)
    context = {"org": org, "can_edit": selectors.can_edit_organisation(request.user, org)}
    return render(request, "accounts/organisation.html", context)


def organisation_logo(request: HttpRequest, slug: str) -> FileResponse:
    org = selectors.organisation_get_for(actor=request.user, slug=slug)
    if not org.logo:
        raise Http404
    return FileResponse(org.logo.open("rb"), content_type="image/png")


@login_required
def organisation_create(request: HttpRequest) -> HttpResponse:
    form = OrganisationForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        org = services.organisation_create(actor=request.user, data=form.cleaned_data)
        messages.success(request, _("Your organisation is registered. You can now post profiles."))
        return redirect("accounts:organisation", slug=org.slug)
    return render(request, "accounts/organisation_form.html", {"form": form})


@login_required
def organisation_edit(request: HttpRequest, slug: str) -> HttpResponse:
    org = selectors.organisation_get_for(actor=request.user, slug=slug)
    if not selectors.can_edit_organisation(request.user, org):
        raise DjangoPermissionDenied
    initial = {f: getattr(org, f) for f in services.ORG_FIELDS}
    initial["country"] = str(org.country)
    form = OrganisationForm(request.POST or None, request.FILES or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.organisation_update(actor=request.user, organisation=org, data=form.cleaned_data)
        messages.success(request, _("Your changes are saved."))
        return redirect("accounts:organisation", slug=org.slug)
    return render(request, "accounts/organisation_form.html", {"form": form, "org": org})


@login_required
def my_organisation(request: HttpRequest) -> HttpResponse:
    orgs = list(selectors.organisations_of(request.user))
    if not orgs:
        return redirect("accounts:organisation_create")
    org = next((o for o in orgs if o.slug == request.GET.get("org")), orgs[0])
    membership = selectors.membership_for(request.user, org)
    context = {"org": org, "orgs": orgs, "membership": membership}
    return render(request, "accounts/my_organisation.html", context)


@login_required
def api_tokens(request: HttpRequest) -> HttpResponse:
    raw = None
    if request.method == "POST":
        try:
            _token, raw = services.api_token_create(
                actor=request.user, name=request.POST.get("name", "")
            )
        except services.ValidationFailed as exc:
            errors = (m for ms in exc.fields.values() for m in ms)
            messages.error(request, join_list(errors, style="clauses"))
    tokens = ApiToken.objects.filter(user=request.user).order_by("-created_at")
    return render(request, "accounts/api_tokens.html", {"tokens": tokens, "raw": raw})


@login_required
@require_POST
def api_token_revoke(request: HttpRequest, token_id: int) -> HttpResponse:
    services.api_token_revoke(actor=request.user, token_id=token_id)
    messages.success(request, _("The token is revoked."))
    return redirect("accounts:api_tokens")
