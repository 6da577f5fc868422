"""Match pages: thin — parse, call a selector or service, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.models import Organisation
from techbridge.accounts.selectors import organisation_ids_of
from techbridge.core.errors import PermissionDenied, ValidationFailed, form_errors
from techbridge.core.pagination import page_of
from techbridge.matches import selectors, services
from techbridge.matches.forms import ListingDraftForm, MatchFeedbackForm
from techbridge.matches.models import FeedbackReason
from techbridge.matches.quality import listing_quality as quality_of


def _profile_param(request: HttpRequest) -> int | None:
    raw = request.GET.get("profile", "")[:12]
    return int(raw) if raw.isdigit() else None


@login_required
def match_list(request: HttpRequest) -> HttpResponse:
    """The matches of the member's organisations, best first (optionally of one profile)."""
    qs = selectors.match_list(actor=request.user)
    profile_id = _profile_param(request)
    if profile_id is not None:
        qs = qs.filter(Q(request_id=profile_id) | Q(offer_id=profile_id))
    page = page_of(qs, request.GET.get("page"))
    matches = list(page.object_list)
    cards = selectors.present_matches(matches, actor=request.user)
    services.matches_mark_seen(actor=request.user, matches=matches)
    context = {
        "page": page,
        "cards": cards,
        "profile_id": profile_id,
        "reasons": FeedbackReason.choices,
    }
    return render(request, "matches/list.html", context)


@login_required
@require_POST
def match_feedback(request: HttpRequest, match_id: int) -> HttpResponse:
    """Mark a match useful or not (with a reason); htmx gets the updated card back."""
    form = MatchFeedbackForm(request.POST)
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    services.match_feedback(actor=request.user, match_id=match_id, **form.cleaned_data)
    match = selectors.match_get_for(actor=request.user, match_id=match_id)
    card = selectors.present_match(match, actor=request.user)
    if request.htmx:
        context = {"m": card, "reasons": FeedbackReason.choices, "thanks": True}
        return render(request, "matches/partials/match_card.html", context)
    messages.success(request, _("Thank you: your feedback improves future matches."))
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return redirect(target)
    return redirect("matches:list")


@login_required
@require_POST
def listing_quality(request: HttpRequest) -> HttpResponse:
    """The quality panel of a listing being written: score, advice, top matches now. It
    reads what the form holds and never saves anything."""
    raw_org = request.POST.get("quality_org", "")[:12]
    own = organisation_ids_of(request.user, editable=True)
    if not raw_org.isdigit() or int(raw_org) not in own:
        raise PermissionDenied()
    organisation = Organisation.objects.get(pk=int(raw_org))
    raw_profile = request.POST.get("quality_profile", "")[:12]
    form = ListingDraftForm(request.POST)
    form.is_valid()
    view = quality_of(
        actor=request.user,
        data=form.cleaned_data,
        organisation=organisation,
        profile_id=int(raw_profile) if raw_profile.isdigit() else None,
    )
    return render(request, "matches/partials/quality.html", {"q": view})
