"""Staff pages of review: a call's rounds, a round's rubric, reviewers and assignments, its
ranking (weighted, aggregated as the round says, ties explained)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import user_by_email
from techbridge.core.errors import DomainError, NotFound
from techbridge.incubation import selectors
from techbridge.incubation.forms.review import CriterionForm, ReviewerForm, RoundForm
from techbridge.incubation.models import Cohort, Outcome, RoundEntry
from techbridge.incubation.selectors import review as review_selectors
from techbridge.incubation.services import review_assignments as assignments
from techbridge.incubation.services import review_rounds as rounds
from techbridge.incubation.views import act


def form_refusal_plain(form: Any, exc: DomainError) -> None:
    """A service's refusal on a staff form: its message, and its fields' errors."""
    form.add_error(None, str(exc.message))
    for name, errs in exc.fields.items():
        for err in errs:
            form.add_error(name if name in form.fields else None, err)


@login_required
def call_rounds(request: HttpRequest, slug: str) -> HttpResponse:
    call = selectors.call_get_for(actor=request.user, slug=slug)
    form = RoundForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            rnd = rounds.round_save(actor=request.user, call=call, form=form)
        except DomainError as exc:
            form_refusal_plain(form, exc)
        else:
            return redirect("incubation:round", pk=rnd.pk)
    context = {
        "call": call,
        "rounds": review_selectors.rounds_of(actor=request.user, call=call),
        "form": form,
    }
    return render(request, "incubation/review/rounds.html", context)


def _post_forms(request: HttpRequest, rnd: object) -> tuple[CriterionForm, ReviewerForm, bool]:
    cform = CriterionForm(request.POST if "add_criterion" in request.POST else None, prefix="c")
    rform = ReviewerForm(request.POST if "add_reviewer" in request.POST else None, prefix="r")
    if cform.is_bound and cform.is_valid():
        try:
            rounds.criterion_add(actor=request.user, rnd=rnd, data=cform.cleaned_data)  # type: ignore[arg-type]
        except DomainError as exc:
            form_refusal_plain(cform, exc)
        else:
            return cform, rform, True
    if rform.is_bound and rform.is_valid():
        user = user_by_email(rform.cleaned_data["email"])
        try:
            if user is None:
                raise DomainError(_("No account has this e-mail address."))
            assignments.reviewer_save(
                actor=request.user,
                programme=rnd.call.programme,  # type: ignore[attr-defined]
                user=user,
                sectors=rform.cleaned_data["sectors"],
                max_load=rform.cleaned_data["max_load"],
            )
        except DomainError as exc:
            form_refusal_plain(rform, exc)
        else:
            return cform, rform, True
    return cform, rform, False


@login_required
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    rnd = review_selectors.round_get_for(actor=request.user, round_id=pk)
    cform, rform, done = _post_forms(request, rnd)
    if done:
        return redirect("incubation:round", pk=rnd.pk)
    ranking = review_selectors.round_ranking(actor=request.user, rnd=rnd)
    by_entry: dict[int, list[object]] = {}
    for a in review_selectors.assignments_of_round(actor=request.user, rnd=rnd):
        by_entry.setdefault(a.entry_id, []).append(a)
    context = {
        "round": rnd,
        "call": rnd.call,
        "criteria": review_selectors.criteria(rnd),
        "ranking": [(e, r, by_entry.get(e.pk, [])) for e, r in ranking],
        "references": {e.pk: e.application.reference for e, _r in ranking},
        "reviewers": review_selectors.reviewers_of(actor=request.user, rnd=rnd),
        "cohorts": Cohort.objects.filter(programme_id=rnd.call.programme_id),
        "outcomes": [o for o in Outcome if o != Outcome.PENDING],
        "cform": cform,
        "rform": rform,
    }
    return render(request, "incubation/review/round.html", context)


@login_required
@require_POST
def round_action(request: HttpRequest, pk: int, what: str) -> HttpResponse:
    rnd = review_selectors.round_get_for(actor=request.user, round_id=pk)
    user = request.user
    if what == "open":
        act(request, lambda: rounds.round_open(actor=user, rnd=rnd), _("The round is open."))
    elif what == "criterion-remove":
        cid = int(request.POST.get("criterion", "0") or 0)
        act(
            request,
            lambda: rounds.criterion_delete(actor=user, rnd=rnd, criterion_id=cid),
            _("Criterion removed."),
        )
    elif what == "assign":
        entry = _entry(rnd, request.POST.get("entry", ""))
        reviewer = int(request.POST.get("reviewer", "0") or 0)
        act(
            request,
            lambda: assignments.assignment_add(actor=user, entry=entry, reviewer_id=reviewer),
            _("Reviewer assigned."),
        )
    elif what == "recuse":
        raw = request.POST.get("assignment", "")
        rows = review_selectors.assignments_of_round(actor=user, rnd=rnd)
        row = rows.filter(pk=int(raw) if raw.isdigit() else 0).first()
        if row is None:
            raise NotFound()
        act(
            request,
            lambda: assignments.review_recuse(actor=user, assignment=row),
            _("Reviewer recused."),
        )
    return redirect("incubation:round", pk=rnd.pk)


def _entry(rnd: object, raw: str) -> RoundEntry:
    entry = RoundEntry.objects.filter(round=rnd, pk=int(raw) if raw.isdigit() else 0).first()
    if entry is None:
        raise NotFound()
    return entry
