"""Staff pages: the queue per department with filters, taking and assigning a case."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import is_staff
from techbridge.core import exports
from techbridge.core.choices import Department
from techbridge.core.pagination import page_of
from techbridge.desk import selectors, services
from techbridge.desk.calendar import years_without_data
from techbridge.desk.exports import CASE_COLUMNS
from techbridge.desk.forms import (
    AnswerForm,
    AssignForm,
    HandoffForm,
    QueueViewForm,
    queue_filters,
)
from techbridge.desk.models import CaseStatus
from techbridge.desk.views import act


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    """The staff queue: the filters of the address, or of a saved view (`?view=<id>`)."""
    if not is_staff(request.user):
        raise DjangoPermissionDenied
    params = request.GET
    view = None
    if params.get("view"):
        view = selectors.queue_view_get_for(actor=request.user, view_id=params["view"])
        filters = queue_filters(view.filters)
    else:
        filters = queue_filters(params, department=getattr(request.user, "department", ""))
    cases = selectors.queue(actor=request.user, **filters)
    if fmt := exports.requested(request):
        return exports.respond(fmt, "cases", cases.iterator(chunk_size=2000), CASE_COLUMNS)
    context = {
        "page": page_of(cases, params.get("page"), 50),
        "filters": filters,
        "view": view,
        "views": selectors.queue_views(actor=request.user),
        "view_form": QueueViewForm(initial={"name": view.name if view else ""}),
        "departments": Department.choices,
        "statuses": CaseStatus.choices,
        "counts": selectors.department_counts(actor=request.user),
        "calendar_gaps": years_without_data(),
    }
    return render(request, "desk/queue.html", context)


@login_required
@require_POST
def take(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    act(
        request,
        lambda: services.case_take(actor=request.user, case=case),  # type: ignore[arg-type]
        _("The case is yours."),
    )
    return redirect("desk:case", pk=case.pk)


@login_required
@require_POST
def assign(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    form = AssignForm(request.POST)
    if form.is_valid():
        assignee_id = form.cleaned_data.get("assignee")
        assignee = selectors.colleague_get(actor=request.user, user_id=assignee_id)
        act(
            request,
            lambda: services.case_assign(
                actor=request.user,  # type: ignore[arg-type]
                case=case,
                assignee=assignee,
                priority=form.cleaned_data.get("priority") or "",
            ),
            _("The case is updated."),
        )
    return redirect("desk:case", pk=case.pk)


@login_required
@require_POST
def handoff(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    form = HandoffForm(request.POST)
    if not form.is_valid():
        for errs in form.errors.values():
            for err in errs:
                messages.error(request, err)
        return redirect("desk:case", pk=case.pk)
    data = form.cleaned_data
    act(
        request,
        lambda: services.handoff_create(
            actor=request.user,  # type: ignore[arg-type]
            case=case,
            kind=data["kind"],
            to_department=data["to_department"],
            note=data["note"],
            deadline_hours=data["deadline_hours"],
            seen_department=data.get("seen_department") or None,
        ),
        _("The case is handed off."),
    )
    return redirect("desk:case", pk=case.pk)


@login_required
@require_POST
def handoff_answer(request: HttpRequest, pk: int, handoff_id: int) -> HttpResponse:
    handoff = selectors.handoff_get_for(actor=request.user, case_id=pk, handoff_id=handoff_id)
    form = AnswerForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Write the answer."))
        return redirect("desk:case", pk=pk)
    act(
        request,
        lambda: services.handoff_answer(
            actor=request.user,  # type: ignore[arg-type]
            handoff=handoff,
            answer=form.cleaned_data["answer"],
        ),
        _("Your answer is recorded."),
    )
    return redirect("desk:case", pk=pk)
