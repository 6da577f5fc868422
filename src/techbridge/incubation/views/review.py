"""The reviewer's pages: their assignments, the conflict-of-interest declaration that comes
before reading an application, and the score form (the rubric's one validator)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from techbridge.core.errors import DomainError
from techbridge.incubation.forms.review import (
    COMMENT_PREFIX,
    SCORE_PREFIX,
    DeclarationForm,
    ScoreForm,
)
from techbridge.incubation.models import Assignment
from techbridge.incubation.selectors import review as review_selectors
from techbridge.incubation.services import review_assignments as assignments
from techbridge.incubation.views import form_refusal
from techbridge.incubation.views.calls import answer_text


@login_required
def review_list(request: HttpRequest) -> HttpResponse:
    rows = list(review_selectors.my_assignments(actor=request.user))
    return render(request, "incubation/review/mine.html", {"assignments": rows})


def _initial(assignment: Assignment) -> dict[str, Any]:
    out: dict[str, Any] = {"comment": assignment.comment}
    for key, score in review_selectors.scores_of(assignment).items():
        out[SCORE_PREFIX + key] = score.value
        out[COMMENT_PREFIX + key] = score.comment
    return out


def _declare(request: HttpRequest, row: Assignment) -> DeclarationForm:
    form = DeclarationForm(request.POST if "declare" in request.POST else None)
    if form.is_bound and form.is_valid():
        try:
            assignments.review_declare(
                actor=request.user, assignment=row, conflict=form.cleaned_data["conflict"]
            )
        except DomainError as exc:
            form.add_error(None, str(exc.message))
    return form


def _score(request: HttpRequest, row: Assignment, form: ScoreForm) -> bool:
    if not (form.is_bound and form.is_valid()):
        return False
    try:
        assignments.review_submit(actor=request.user, assignment=row, data=form.cleaned_data)
    except DomainError as exc:
        form_refusal(form, exc)
        return False
    messages.success(request, _("Your scores are saved."))
    return True


@login_required
def review_detail(request: HttpRequest, pk: int) -> HttpResponse:
    row = review_selectors.assignment_get_for(actor=request.user, assignment_id=pk)
    declaration = _declare(request, row)
    if declaration.is_bound and not declaration.errors:
        return redirect("incubation:review", pk=row.pk)
    criteria = review_selectors.criteria(row.entry.round)
    form = ScoreForm(
        request.POST if "score" in request.POST else None,
        criteria=criteria,
        initial=_initial(row),
    )
    if _score(request, row, form):
        return redirect("incubation:review", pk=row.pk)
    readable = review_selectors.may_read(row)
    context = {
        "assignment": row,
        "round": row.entry.round,
        "declaration": declaration,
        "form": form,
        "view": review_selectors.reviewer_view(row, answer_text) if readable else None,
    }
    return render(request, "incubation/review/review.html", context)
