"""The organisers' pages (staff of the centre): approvals, slots, the scheduler, the table
plan, check-in and the event report."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core import exports as core_exports
from techbridge.events import pdf, selectors, services
from techbridge.events.exports import PARTICIPANT_COLUMNS
from techbridge.events.forms import OrganiserMeetingForm, RepairForm, ScheduleRunForm, SlotsForm
from techbridge.events.models import (
    Meeting,
    MeetingSlot,
    MeetingStatus,
    Participant,
    RegistrationStatus,
    RunStatus,
    ScheduleRun,
)
from techbridge.events.views.common import _act, _pdf


@login_required
def manage(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    runs = list(event.schedule_runs.all()[:5])
    return render(
        request,
        "events/manage.html",
        {
            "event": event,
            "pending": Participant.objects.filter(event=event, status=RegistrationStatus.PENDING)
            .select_related("organisation")
            .order_by("created_at")[:100],
            "slots": slots,
            "sessions": sorted({s.session for s in slots}),
            "runs": runs,
            "active": _active(runs),
            "report": selectors.event_report(actor=request.user, event=event),
            "slots_form": SlotsForm(),
            "run_form": ScheduleRunForm(initial={"time_limit": event.schedule_time_limit}),
            "repair_form": RepairForm(initial={"time_limit": event.schedule_time_limit}),
            "pending_repair": selectors.pending_repair(actor=request.user, event=event),
            "meeting_form": OrganiserMeetingForm(),
            "no_shows": _no_show_rows(event),
            "unscheduled": _unscheduled(event),
            "can_edit": selectors.can_edit_events(request.user),
            "print_run": event.print_runs.first(),
        },
    )


def _active(runs: list[ScheduleRun]) -> bool:
    return any(r.status in (RunStatus.QUEUED, RunStatus.RUNNING) for r in runs)


@login_required
def schedule_runs(request: HttpRequest, slug: str) -> HttpResponse:
    """The recent scheduler runs: the staff page polls this (htmx, every 2 s) while a run is
    queued or running — with the in-process task backend or with a worker — and stops
    once none is; the scheduled-meetings figure is refreshed alongside."""
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    runs = list(event.schedule_runs.all()[:5])
    scheduled = Meeting.objects.filter(
        event=event, status=MeetingStatus.ACTIVE, slot__isnull=False
    ).count()
    return render(
        request,
        "events/partials/runs.html",
        {
            "event": event,
            "runs": runs,
            "active": _active(runs),
            "scheduled": scheduled,
            "oob": bool(request.htmx),
        },
    )


def _unscheduled(event: Any) -> list[Meeting]:
    """Active meetings without a slot; `sequence > 0` marks those that lost one (e.g. after
    a participant changed their availability)."""
    return list(
        Meeting.objects.filter(event=event, status=MeetingStatus.ACTIVE, slot__isnull=True)
        .select_related("a", "b")
        .order_by("-sequence", "-updated_at", "id")[:50]
    )


def _no_show_rows(event: Any) -> list[tuple[Participant, int]]:
    counts = selectors.no_show_counts(event)
    people = Participant.objects.filter(pk__in=counts).select_related("organisation")
    return sorted(((p, counts[p.pk]) for p in people), key=lambda t: (-t[1], t[0].name))


@login_required
@require_POST
def registration_decide(request: HttpRequest, slug: str, pid: int, decision: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    p = Participant.objects.filter(event=event, pk=pid).first()
    if p is None or decision not in ("approve", "reject"):
        raise Http404
    service = services.participant_approve if decision == "approve" else services.participant_reject
    _act(request, lambda: service(actor=request.user, participant=p), _("Saved."))
    return redirect("events:manage", slug=event.slug)


@login_required
@require_POST
def slots_create(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    form = SlotsForm(request.POST)
    if not form.is_valid():
        for errors in form.errors.values():
            for e in errors:
                messages.error(request, e)
        return redirect("events:manage", slug=event.slug)
    n = services.slots_generate(actor=request.user, event=event, **form.cleaned_data)
    messages.success(request, _("%(n)d slots created.") % {"n": n})
    return redirect("events:manage", slug=event.slug)


@login_required
@require_POST
def schedule_run(request: HttpRequest, slug: str) -> HttpResponse:
    """Run the scheduler (a task: in-process by default, so this answers when it is done;
    with a worker the staff page polls the run until it is done)."""
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    form = ScheduleRunForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a time limit between 1 and 600 seconds."))
        return redirect("events:manage", slug=event.slug)
    _act(
        request,
        lambda: services.schedule_run_start(actor=request.user, event=event, **form.cleaned_data),
        _("The scheduler has been started."),
    )
    return redirect("events:manage", slug=event.slug)


@login_required
@require_POST
def schedule_announce(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    n = services.schedule_announce(actor=request.user, event=event)
    messages.success(request, _("%(n)d meetings announced.") % {"n": n})
    return redirect("events:manage", slug=event.slug)


@login_required
@require_POST
def meeting_add(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    form = OrganiserMeetingForm(request.POST)
    people = {}
    if form.is_valid():
        people = {
            p.pk: p
            for p in Participant.objects.filter(
                event=event, pk__in=[form.cleaned_data["a"], form.cleaned_data["b"]]
            )
        }
    if len(people) != 2:
        messages.error(request, _("Give the numbers of two participants of this event."))
        return redirect("events:manage", slug=event.slug)
    _act(
        request,
        lambda: services.meeting_add(
            actor=request.user,
            event=event,
            a=people[form.cleaned_data["a"]],
            b=people[form.cleaned_data["b"]],
            priority=form.cleaned_data["priority"],
        ),
        _("The meeting is added."),
    )
    return redirect("events:manage", slug=event.slug)


@login_required
def table_plan(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    plan = selectors.table_plan(actor=request.user, event=event)
    if request.GET.get("format") == "pdf":
        return _pdf(pdf.table_plan_pdf(event, plan), f"tables-{event.slug}.pdf")
    unscheduled = Meeting.objects.filter(event=event, status="active", slot__isnull=True).count()
    return render(
        request,
        "events/table_plan.html",
        {"event": event, "plan": plan, "unscheduled": unscheduled},
    )


@login_required
def report(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    data = selectors.event_report(actor=request.user, event=event)
    return render(request, "events/report.html", {"event": event, "report": data})


@login_required
def badges(request: HttpRequest, slug: str) -> HttpResponse:
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    people = Participant.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    rows = [
        (p, request.build_absolute_uri(f"/events/checkin/{p.checkin_code}/"))
        for p in people.select_related("organisation").order_by("name")[:500]
    ]
    return _pdf(pdf.badges_pdf(event, rows), f"badges-{event.slug}.pdf")


@login_required
def checkin(request: HttpRequest, code: str) -> HttpResponse:
    """The QR code on a badge opens this page; staff confirm the check-in."""
    p = selectors.checkin_target(actor=request.user, code=code)
    if request.method == "POST":
        _act(
            request,
            lambda: services.checkin(actor=request.user, participant=p),
            _("%(name)s is checked in.") % {"name": p.name},
        )
        p.refresh_from_db()
    no_shows = selectors.no_show_counts(p.event).get(p.pk, 0)
    return render(request, "events/checkin.html", {"p": p, "event": p.event, "no_shows": no_shows})


@login_required
def participants_export(request: HttpRequest, slug: str) -> HttpResponse:
    """The event's registrations as CSV or XLSX (`?export=`), filtered by `?status=`."""
    event = selectors.event_get_managed(actor=request.user, slug=slug)
    rows = Participant.objects.filter(event=event).select_related("organisation")
    status = request.GET.get("status", "")
    if status in RegistrationStatus.values:
        rows = rows.filter(status=status)
    fmt = core_exports.requested(request) or "csv"
    name = f"participants-{event.slug}"
    return core_exports.respond(fmt, name, rows.order_by("name", "id"), PARTICIPANT_COLUMNS)
