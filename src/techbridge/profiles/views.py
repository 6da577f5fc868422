"""Profile pages: thin — parse, call a selector or service, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.db.models import Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import is_staff, organisations_of
from techbridge.core import exports
from techbridge.core.choices import Language, ProfileKind
from techbridge.core.errors import DomainError, NotFound
from techbridge.core.pagination import page_of
from techbridge.core.taxonomy import sector_choices
from techbridge.profiles import selectors, services
from techbridge.profiles.exports import PROFILE_COLUMNS
from techbridge.profiles.forms import ProfileForm, RejectForm

LIST_FILTERS = ("kind", "sector", "country", "language", "q")


def _filtered(request: HttpRequest) -> tuple[Any, dict[str, str]]:
    qs = selectors.public_profile_list(actor=request.user)
    params = {k: request.GET.get(k, "")[:200].replace("\x00", "") for k in LIST_FILTERS}
    if params["kind"] in ProfileKind.values:
        qs = qs.filter(kind=params["kind"])
    if params["language"] in Language.values:
        qs = qs.filter(language=params["language"])
    if params["sector"] in dict(sector_choices()):
        qs = qs.filter(sectors__icontains=f'"{params["sector"]}"')
    if params["country"] and len(params["country"]) == 2:
        qs = qs.filter(organisation__country=params["country"].upper())
    if params["q"]:
        q = params["q"].strip()
        qs = qs.filter(Q(title__icontains=q) | Q(summary__icontains=q))
    return qs.order_by("-published_at", "-id"), params


def profile_list(request: HttpRequest) -> HttpResponse:
    qs, params = _filtered(request)
    fmt = exports.requested(request)
    if fmt is not None:
        _staff_only(request)
        cards = (selectors.present(p, actor=request.user) for p in qs.iterator(chunk_size=2000))
        return exports.respond(fmt, "profiles", cards, PROFILE_COLUMNS)
    page = page_of(qs, request.GET.get("page"))
    cards = selectors.present_many(page.object_list, actor=request.user)
    context = {
        "page": page,
        "cards": cards,
        "params": params,
        "sectors": sector_choices(),
        "kinds": ProfileKind.choices,
        "languages": Language.choices,
    }
    template = "profiles/partials/results.html" if request.htmx else "profiles/list.html"
    return render(request, template, context)


def profile_detail(request: HttpRequest, profile_id: int) -> HttpResponse:
    profile = selectors.profile_get_for(actor=request.user, profile_id=profile_id)
    card = selectors.present(profile, actor=request.user)
    attachments = selectors.attachments_for(actor=request.user, profile=profile)
    return render(
        request,
        "profiles/detail.html",
        {"profile": profile, "card": card, "attachments": attachments},
    )


def _editable_orgs(request: HttpRequest) -> Any:
    return organisations_of(request.user, editable=True)


@login_required
def profile_create(request: HttpRequest) -> HttpResponse:
    orgs = list(_editable_orgs(request))
    if not orgs:
        messages.info(request, _("Register your organisation first, then post profiles for it."))
        return redirect("accounts:organisation_create")
    org = next((o for o in orgs if o.slug == request.GET.get("org")), orgs[0])
    form = ProfileForm(request.POST or None, initial={"visibility": "public", "kind": "offer"})
    if request.method == "POST" and form.is_valid():
        submit = "submit" in request.POST
        profile = services.profile_create(
            actor=request.user, organisation=org, data=form.cleaned_data, submit=submit
        )
        messages.success(request, _("Submitted for review.") if submit else _("Saved as a draft."))
        return redirect("profiles:detail", profile_id=profile.id)
    return render(request, "profiles/form.html", {"form": form, "organisation": org, "orgs": orgs})


@login_required
def profile_edit(request: HttpRequest, profile_id: int) -> HttpResponse:
    profile = selectors.profile_get_editable(actor=request.user, profile_id=profile_id)
    initial = {k: getattr(profile, k) for k in services.EDITABLE_FIELDS}
    form = ProfileForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        services.profile_update(actor=request.user, profile=profile, data=form.cleaned_data)
        if "submit" in request.POST and profile.status in ("draft", "rejected"):
            services.profile_submit(actor=request.user, profile=profile)
        messages.success(request, _("Your changes are saved."))
        return redirect("profiles:detail", profile_id=profile.id)
    return render(
        request,
        "profiles/form.html",
        {"form": form, "organisation": profile.organisation, "profile": profile},
    )


@login_required
@require_POST
def profile_action(request: HttpRequest, profile_id: int, action: str) -> HttpResponse:
    """Submit, close or delete one's own profile."""
    profile = selectors.profile_get_editable(actor=request.user, profile_id=profile_id)
    actions = {
        "submit": (services.profile_submit, _("Submitted for review.")),
        "close": (services.profile_close, _("The profile is closed.")),
        "delete": (services.profile_delete, _("The profile is deleted.")),
    }
    if action not in actions:
        raise Http404
    service, message = actions[action]
    try:
        service(actor=request.user, profile=profile)
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return redirect("profiles:detail", profile_id=profile.id)
    messages.success(request, message)
    if action == "delete":
        return redirect("accounts:my_organisation")
    return redirect("profiles:detail", profile_id=profile.id)


def _staff_only(request: HttpRequest) -> None:
    if not is_staff(request.user):
        raise DjangoPermissionDenied


@login_required
def review_queue(request: HttpRequest) -> HttpResponse:
    _staff_only(request)
    queue = selectors.review_queue(actor=request.user)
    page = page_of(queue, request.GET.get("page"), per_page=50)
    return render(
        request, "profiles/review_queue.html", {"page": page, "reject_form": RejectForm()}
    )


@login_required
@require_POST
def review_decide(request: HttpRequest, profile_id: int) -> HttpResponse:
    _staff_only(request)
    profile = selectors.profile_get_for(actor=request.user, profile_id=profile_id)
    try:
        if request.POST.get("decision") == "approve":
            services.profile_publish(actor=request.user, profile=profile)
            messages.success(request, _("“%(title)s” is published.") % {"title": profile.title})
        else:
            form = RejectForm(request.POST)
            if not form.is_valid():
                messages.error(request, _("Give the owner a reason (at least 5 characters)."))
                return redirect("profiles:review_queue")
            services.profile_reject(
                actor=request.user, profile=profile, reason=form.cleaned_data["reason"]
            )
            messages.success(request, _("“%(title)s” is sent back.") % {"title": profile.title})
    except DomainError as exc:
        messages.error(request, str(exc.message))
    return redirect("profiles:review_queue")


def attachment_download(request: HttpRequest, profile_id: int, attachment_id: int) -> FileResponse:
    profile = selectors.profile_get_for(actor=request.user, profile_id=profile_id)
    attachment = (
        selectors.attachments_for(actor=request.user, profile=profile)
        .filter(pk=attachment_id)
        .first()
    )
    if attachment is None:
        raise NotFound()
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.filename,
        content_type=attachment.content_type,
    )
