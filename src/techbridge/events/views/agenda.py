"""A participant's agenda: the page, its calendar (file and feed) and PDF, the badge; on the
day, attendance and feedback on a meeting."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import NotFound
from techbridge.core.i18n import language, language_of
from techbridge.events import ical, pdf, selectors, services
from techbridge.events.forms import (
    FeedbackForm,
)
from techbridge.events.models import Event, Meeting, RegistrationStatus
from techbridge.events.views.common import _act, _back, _ics_response, _pdf


@login_required
def agenda(request: HttpRequest, slug: str, pid: int) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    feed_url = request.build_absolute_uri(f"/events/feed/{p.feed_token}.ics")
    now = timezone.now()
    items = _with_attendance(request, selectors.agenda_for(actor=request.user, participant=p), now)
    return render(
        request,
        "events/agenda.html",
        {
            "event": event,
            "participant": p,
            "items": items,
            "withdrawn": selectors.withdrawn_meetings(p),
            "feed_url": feed_url,
            "feedback_form": FeedbackForm(),
            "now": now,
        },
    )


def _with_attendance(request: HttpRequest, items: list[Any], now: datetime) -> list[Any]:
    """Each item with its attendance history and whether the viewer may mark it now."""
    marks = selectors.attendance_marks([i.meeting.id for i in items])
    return [
        replace(
            i,
            marks=marks.get(i.meeting.id, []),
            markable=not selectors.attendance_refusal(
                actor=request.user, meeting=i.meeting, now=now
            ),
        )
        for i in items
    ]


@login_required
def agenda_ics(request: HttpRequest, slug: str, pid: int) -> HttpResponse:
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    items = selectors.agenda_for(actor=request.user, participant=p)
    body = ical.agenda_ics(p, items, selectors.withdrawn_meetings(p))
    return _ics_response(body, f"{event.slug}-{p.pk}.ics", True)


@login_required
def cancellations_ics(request: HttpRequest, slug: str, pid: int) -> HttpResponse:
    """The participant's announced meetings that no longer take place, as METHOD:CANCEL."""
    event = selectors.event_get_for(actor=request.user, slug=slug)
    p = selectors.participant_get_for(actor=request.user, event=event, participant_id=pid)
    body = ical.cancellation_ics(p, selectors.withdrawn_meetings(p))
    return _ics_response(body, f"{event.slug}-{p.pk}-cancelled.ics", True)


def agenda_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The subscription feed: reached by the participant's secret token (calendar apps send no
    session), so it shows what the participant's own organisation may see."""
    p, items = selectors.agenda_by_token(token)
    with language(language_of(p.user or p.registered_by)):  # no session: the owner's language
        body = ical.agenda_ics(p, items, selectors.withdrawn_meetings(p))
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
    # An explicit choice: a POST without the button's value changes nothing.
    choice = request.POST.get("attendance", "")
    raw = request.POST.get("absent", "")
    absent = m.a if raw == str(m.a_id) else m.b if raw == str(m.b_id) else None
    _act(
        request,
        lambda: services.meeting_mark_attendance(
            actor=request.user, meeting=m, attendance=choice, absent=absent
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
