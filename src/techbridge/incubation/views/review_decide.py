"""Staff actions that finish a round: bulk assignment (random or by expertise), a decision per
application, and closing the round (its outcomes applied, accepted companies admitted into a
cohort, letters sent)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import NotFound
from techbridge.incubation.models import AssignmentMethod, Cohort
from techbridge.incubation.selectors import review as review_selectors
from techbridge.incubation.services import review_decisions, review_plans, review_reminders
from techbridge.incubation.views import act
from techbridge.incubation.views.review_manage import _entry


def _plan(request: HttpRequest, rnd: object) -> None:
    method = request.POST.get("method", "")
    if method not in (AssignmentMethod.RANDOM, AssignmentMethod.EXPERTISE):
        raise NotFound()
    plan = act(
        request,
        lambda: review_plans.assignments_plan(actor=request.user, rnd=rnd, method=method),  # type: ignore[arg-type]
        _("Reviewers assigned."),
    )
    if plan and plan.short:
        refs = ", ".join(f"{ref} (−{n})" for ref, n in sorted(plan.short.items()))
        messages.warning(request, _("Not enough free reviewers for: %(refs)s") % {"refs": refs})


def _cohort(rnd: object, raw: str) -> Cohort | None:
    if not raw:
        return None
    cohort = Cohort.objects.filter(
        programme_id=rnd.call.programme_id,  # type: ignore[attr-defined]
        pk=int(raw) if raw.isdigit() else 0,
    ).first()
    if cohort is None:
        raise NotFound()
    return cohort


@login_required
@require_POST
def round_decision(request: HttpRequest, pk: int, what: str) -> HttpResponse:
    rnd = review_selectors.round_get_for(actor=request.user, round_id=pk)
    user = request.user
    if what == "plan":
        _plan(request, rnd)
    elif what == "entry":
        entry = _entry(rnd, request.POST.get("entry", ""))
        outcome, feedback = request.POST.get("outcome", ""), request.POST.get("feedback", "")
        act(
            request,
            lambda: review_decisions.entry_decide(
                actor=user, entry=entry, outcome=outcome, feedback=feedback
            ),
            _("Decision recorded."),
        )
    elif what == "close":
        cohort = _cohort(rnd, request.POST.get("cohort", ""))
        act(
            request,
            lambda: review_decisions.round_decide(actor=user, rnd=rnd, cohort=cohort),
            _("The round is decided; the applicants have been told."),
        )
    elif what == "remind":
        n = review_reminders.round_remind(actor=user, rnd=rnd)
        messages.success(request, _("%(n)s reviewers reminded.") % {"n": n})
    else:
        raise NotFound()
    return redirect("incubation:round", pk=rnd.pk)
