"""The participants' pages (members of the centre): events, registration, availability,
the directory, meeting requests and meetings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import organisations_of
from techbridge.core.choices import PartnershipType
from techbridge.core.errors import DomainError, NotFound
from techbridge.core.pagination import page_of
from techbridge.core.provinces import PROVINCES
from techbridge.core.taxonomy import sector_choices
from techbridge.events import selectors, services
from techbridge.events.forms import (
    MeetingRequestForm,
    RegistrationForm,
    availability_formset,
)
from techbridge.events.models import MeetingRequest, RegistrationStatus
from techbridge.events.views.common import _act, _clean
from techbridge.profiles.models import TechnologyProfile


def event_list(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    events = selectors.event_list(actor=request.user)
    return render(
        request,
        "events/list.html",
        {
            "upcoming": events.filter(ends_at__gte=now).order_by("starts_at"),
            "past": events.filter(ends_at__lt=now).order_by("-starts_at")[:20],
            "can_create": selectors.can_edit_events(request.user),
        },
    )


def event_detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    mine = list(selectors.acting_participants(actor=request.user, event=event))
    return render(
        request,
        "events/detail.html",
        {
            "event": event,
            "programme": event.programme.all(),
            "mine": mine,
            "can_directory": selectors.can_see_directory(request.user, event),
            "confirmed": event.participants.filter(status=RegistrationStatus.CONFIRMED).count(),
        },
    )


def _profile_choices(organisation: Any) -> list[tuple[int, str]]:
    qs = TechnologyProfile.objects.filter(organisation=organisation).order_by("-id")[:200]
    return [(p.id, p.title) for p in qs]


@login_required
def register(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    orgs = list(organisations_of(request.user))
    if not orgs:
        messages.info(request, _("Register your organisation first, then its people for events."))
        return redirect("accounts:organisation_create")
    org = next((o for o in orgs if o.slug == request.GET.get("org")), orgs[0])
    form = RegistrationForm(
        request.POST or None, event=event, profile_choices=_profile_choices(org)
    )
    if request.method == "POST" and form.is_valid():
        try:
            p = services.participant_register(
                actor=request.user, event=event, organisation=org, data=form.cleaned_data
            )
        except DomainError as exc:
            form.add_error(None, str(exc.message))
            for name, errs in exc.fields.items():
                for err in errs:
                    form.add_error(name if name in form.fields else None, err)
        else:
            messages.success(
                request,
                _("%(name)s is registered: %(status)s.")
                % {"name": p.name, "status": p.get_status_display()},
            )
            return redirect("events:registrations", slug=event.slug)
    return render(
        request,
        "events/register.html",
        {"event": event, "form": form, "organisation": org, "orgs": orgs},
    )


@login_required
def registrations(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    mine = list(selectors.acting_participants(actor=request.user, event=event))
    return render(request, "events/registrations.html", {"event": event, "mine": mine})


@login_required
@require_POST
def registration_action(request: HttpRequest, slug: str, pid: int, action: str) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    if action == "cancel":
        _act(
            request,
            lambda: services.participant_cancel(actor=request.user, participant=p),
            _("The registration is cancelled."),
        )
    elif action in ("block", "unblock"):
        _act(
            request,
            lambda: services.participant_set_blocking(
                actor=request.user, participant=p, blocks=action == "block"
            ),
            _("Saved."),
        )
    else:
        raise Http404
    return redirect("events:registrations", slug=event.slug)


@login_required
def availability(request: HttpRequest, slug: str, pid: int) -> HttpResponse:
    """A registered person's days and time windows for meetings, in the event's time zone.
    Nothing is saved unless every row is valid; announced meetings are never dropped."""
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    formset = availability_formset(
        request.POST if request.method == "POST" else None, event, p.availability.all()
    )
    refusal = ""
    if request.method == "POST" and formset.is_valid():
        try:
            lost = services.participant_set_availability(
                actor=request.user, participant=p, windows=formset.windows
            )
        except DomainError as exc:
            refusal = str(exc.message)
        else:
            messages.success(request, _("The availability is saved."))
            if lost:
                messages.warning(
                    request,
                    ngettext(
                        "%(n)d meeting lost its slot; the organisers will schedule it again.",
                        "%(n)d meetings lost their slot; the organisers will schedule them again.",
                        len(lost),
                    )
                    % {"n": len(lost)},
                )
            return redirect("events:availability", slug=event.slug, pid=p.pk)
    scheduled = [m for m in selectors.meetings_of(p) if m.slot_id is not None]
    return render(
        request,
        "events/availability.html",
        {
            "event": event,
            "participant": p,
            "formset": formset,
            "refusal": refusal,
            "scheduled": scheduled,
        },
        status=409 if refusal else 200,
    )


def _directory_params(request: HttpRequest) -> dict[str, str]:
    return {k: _clean(request.GET.get(k, "")) for k in selectors.DIRECTORY_FILTERS}


@login_required
def directory(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    params = _directory_params(request)
    qs = selectors.directory(actor=request.user, event=event, filters=params)
    page = page_of(qs, request.GET.get("page"), per_page=30)
    cards = [selectors.participant_card(p, actor=request.user) for p in page.object_list]
    mine = [
        p
        for p in selectors.acting_participants(actor=request.user, event=event)
        if p.status == RegistrationStatus.CONFIRMED
    ]
    suggestions = selectors.suggestions_for(actor=request.user, participant=mine[0]) if mine else []
    context = {
        "event": event,
        "page": page,
        "cards": cards,
        "params": params,
        "mine": mine,
        "suggestions": suggestions,
        "sectors": sector_choices(),
        "partnerships": PartnershipType.choices,
        "provinces": [(c, en) for c, en, _zh in PROVINCES],
    }
    template = "events/partials/directory_results.html" if request.htmx else "events/directory.html"
    return render(request, template, context)


@login_required
def request_meeting(request: HttpRequest, slug: str, pid: int) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    if not selectors.can_see_directory(request.user, event):
        raise NotFound()
    recipient = (
        selectors.directory(actor=request.user, event=event, filters={}).filter(pk=pid).first()
    )
    if recipient is None:
        raise NotFound()
    mine = [
        p
        for p in selectors.acting_participants(actor=request.user, event=event)
        if p.status == RegistrationStatus.CONFIRMED
        and p.organisation_id != recipient.organisation_id
    ]
    form = MeetingRequestForm(
        request.POST or None, requester_choices=[(p.id, p.name) for p in mine]
    )
    if request.method == "POST" and form.is_valid():
        requester = next(p for p in mine if p.id == form.cleaned_data["requester"])
        ok = _act(
            request,
            lambda: services.request_create(
                actor=request.user,
                requester=requester,
                recipient=recipient,
                message=form.cleaned_data["message"],
            ),
            _("Your request is sent."),
        )
        if ok:
            return redirect("events:meetings", slug=event.slug)
    card = selectors.participant_card(recipient, actor=request.user)
    return render(
        request,
        "events/request_form.html",
        {"event": event, "form": form, "card": card, "mine": mine},
    )


@login_required
def meetings(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    mine = list(selectors.acting_participants(actor=request.user, event=event))
    reqs = selectors.requests_for(participants=mine)
    return render(
        request,
        "events/meetings.html",
        {
            "event": event,
            "mine": mine,
            "incoming": selectors.with_accept_blockers(
                reqs["incoming"][:200], event=event, now=timezone.now()
            ),
            "outgoing": reqs["outgoing"][:200],
        },
    )


@login_required
@require_POST
def request_action(request: HttpRequest, slug: str, rid: int, action: str) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    req = (
        MeetingRequest.objects.select_related("requester", "recipient")
        .filter(event=event, pk=rid)
        .first()
    )
    if req is None or not (
        selectors.can_act_for(request.user, req.requester)
        or selectors.can_act_for(request.user, req.recipient)
    ):
        raise NotFound()
    actions: dict[str, tuple[Callable[..., Any], str]] = {
        "accept": (services.request_accept, _("Accepted: the meeting will be scheduled.")),
        "decline": (services.request_decline, _("Declined.")),
        "withdraw": (services.request_withdraw, _("Withdrawn.")),
    }
    if action not in actions:
        raise Http404
    service, ok = actions[action]
    _act(request, lambda: service(actor=request.user, request=req), ok)
    return redirect("events:meetings", slug=event.slug)
