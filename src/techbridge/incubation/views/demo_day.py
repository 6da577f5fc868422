"""Demo-day pages: a company's proposed investors and industrial partners (with a link to
ask each for a meeting at the event), and the cohort's demo day for staff (its event, and
proposing partners now)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from techbridge.events.models import Event
from techbridge.events.selectors.access import event_list
from techbridge.incubation import selectors, tasks
from techbridge.incubation.selectors import cohort_companies as cohorts
from techbridge.incubation.selectors import demo_day as demo_days
from techbridge.incubation.services import demo_day as service
from techbridge.incubation.views import act
from techbridge.incubation.views.cohort_pages import _staff


@login_required
def company_demo_day(request: HttpRequest, pk: int) -> HttpResponse:
    company = cohorts.company_get_for(actor=request.user, company_id=pk)
    cards = demo_days.proposals_for(actor=request.user, company=company)
    context = {
        "company": company,
        "day": demo_days.demo_day_of(company),
        "investors": [c for c in cards if c.role == "investor"],
        "industrial": [c for c in cards if c.role == "industrial"],
    }
    return render(request, "incubation/demo_day/company.html", context)


def _post(request: HttpRequest, cohort: object) -> None:
    if "event" in request.POST:
        raw = request.POST.get("event", "")
        event = Event.objects.filter(pk=int(raw)).first() if raw.isdigit() else None
        act(request, lambda: service.demo_day_save(actor=request.user, cohort=cohort, event=event),  # type: ignore[arg-type]
            _("Demo day saved."))  # fmt: skip
    elif "propose" in request.POST:
        day = getattr(cohort, "demo_day", None) or service.demo_day_save(
            actor=request.user,
            cohort=cohort,
            event=None,  # type: ignore[arg-type]
        )
        tasks.propose_demo_day_partners.enqueue(demo_day_id=day.pk, actor_id=request.user.pk)
        messages.success(request, _("The matching engine is proposing partners."))


@login_required
def cohort_demo_day(request: HttpRequest, slug: str) -> HttpResponse:
    _staff(request)
    cohort = cohorts.cohort_get_for(actor=request.user, slug=slug)
    if request.method == "POST":
        _post(request, cohort)
        return redirect("incubation:cohort_demo_day", slug=cohort.slug)
    day = getattr(cohort, "demo_day", None)
    companies = list(cohorts.companies_of(cohort))
    rows = [(c, demo_days.proposals_for(actor=request.user, company=c)) for c in companies]
    context = {
        "cohort": cohort,
        "day": day,
        "rows": rows,
        "events": event_list(actor=request.user).filter(ends_at__gte=timezone.now())[:50],
        "staff": selectors.can_manage(request.user),
    }
    return render(request, "incubation/demo_day/cohort.html", context)
