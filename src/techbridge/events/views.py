"""Event pages for members and visitors: thin — parse, call a selector or service, render.
The organisers' pages are in `views_manage.py`."""

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
from techbridge.core.i18n import language, language_of
from techbridge.core.pagination import page_of
from techbridge.core.provinces import PROVINCES
from techbridge.core.taxonomy import sector_choices
from techbridge.events import ical, pdf, selectors, services
from techbridge.events.forms import (
    FeedbackForm,
    MeetingRequestForm,
    RegistrationForm,
    availability_formset,
)
from techbridge.events.models import Event, Meeting, MeetingRequest, RegistrationStatus
from techbridge.profiles.models import TechnologyProfile


def _clean(value: str, limit: int = 100) -> str:
    return (value or "")[:limit].replace("\x00", "").strip()


def _refusal(request: HttpRequest, exc: DomainError) -> None:
    messages.error(request, str(exc.message))


def _act(request: HttpRequest, call: Callable[[], Any], ok: str) -> bool:
    """Run a service; report a refusal as a message instead of an error page."""
    try:
        call()
    except DomainError as exc:
        _refusal(request, exc)
        return False
    messages.success(request, ok)
    return True


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
            "incoming": reqs["incoming"][:200],
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


@login_required
def agenda(request: HttpRequest, slug: str, pid: int) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    items = selectors.agenda_for(actor=request.user, participant=p)
    feed_url = request.build_absolute_uri(f"/events/feed/{p.feed_token}.ics")
    return render(
        request,
        "events/agenda.html",
        {
            "event": event,
            "participant": p,
            "items": items,
            "feed_url": feed_url,
            "feedback_form": FeedbackForm(),
        },
    )


def _ics_response(body: bytes, filename: str, download: bool) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    if download:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def agenda_ics(request: HttpRequest, slug: str, pid: int) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    items = selectors.agenda_for(actor=request.user, participant=p)
    return _ics_response(ical.agenda_ics(p, items), f"{event.slug}-{p.pk}.ics", True)


def agenda_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscription feed: reached by the participant's secret token (calendar apps send no
    session), so it shows what the participant's own organisation may see."""
    p, items = selectors.agenda_by_token(token)
    with language(language_of(p.user or p.registered_by)):  # no session: the owner's language
        body = ical.agenda_ics(p, items)
    return _ics_response(body, f"{p.event.slug}.ics", False)


@login_required
def agenda_pdf(request: HttpRequest, slug: str, pid: int) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    items = selectors.agenda_for(actor=request.user, participant=p)
    return _pdf(pdf.agenda_pdf(p, items), f"agenda-{event.slug}-{p.pk}.pdf")


@login_required
def badge_pdf(request: HttpRequest, slug: str, pid: int) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    if p.status != RegistrationStatus.CONFIRMED:
        raise NotFound()
    url = request.build_absolute_uri(f"/events/checkin/{p.checkin_code}/")
    return _pdf(pdf.badges_pdf(event, [(p, url)]), f"badge-{event.slug}-{p.pk}.pdf")


def _pdf(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _back(request: HttpRequest, event: Event) -> HttpResponse:
    """Back to the page the form came from (a local path only)."""
    target = request.POST.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect("events:detail", slug=event.slug)


def _meeting_for(request: HttpRequest, event: Event, mid: int) -> Meeting:
    m = (
        Meeting.objects.select_related("a", "b", "event", "slot")
        .filter(event=event, pk=mid)
        .first()
    )
    if m is None or not (
        selectors.can_act_for(request.user, m.a) or selectors.can_act_for(request.user, m.b)
    ):
        raise NotFound()
    return m


@login_required
@require_POST
def attendance(request: HttpRequest, slug: str, mid: int) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    m = _meeting_for(request, event, mid)
    held = request.POST.get("held") == "1"
    raw = request.POST.get("absent", "")
    absent = m.a if raw == str(m.a_id) else m.b if raw == str(m.b_id) else None
    _act(
        request,
        lambda: services.meeting_mark_attendance(
            actor=request.user, meeting=m, held=held, absent=absent
        ),
        _("Saved."),
    )
    return _back(request, event)


@login_required
@require_POST
def feedback(request: HttpRequest, slug: str, mid: int) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    m = _meeting_for(request, event, mid)
    raw = request.POST.get("participant", "")
    side = m.a if raw == str(m.a_id) else m.b if raw == str(m.b_id) else None
    form = FeedbackForm(request.POST)
    if side is None or not form.is_valid():
        messages.error(request, _("Give a rating from 1 to 5 and an outcome."))
    else:
        _act(
            request,
            lambda: services.feedback_give(
                actor=request.user, meeting=m, participant=side, **form.cleaned_data
            ),
            _("Thank you: your feedback is saved."),
        )
    target = side or m.a
    return redirect("events:agenda", slug=event.slug, pid=target.pk)
