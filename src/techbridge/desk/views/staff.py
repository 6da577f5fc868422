"""Staff pages: the queue per department with filters, taking and assigning a case."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import is_staff
from techbridge.core.choices import Department
from techbridge.core.pagination import page_of
from techbridge.desk import selectors, services
from techbridge.desk.forms import AssignForm
from techbridge.desk.models import CaseStatus
from techbridge.desk.views import act

QUEUE_FILTERS = ("department", "status", "mine", "unassigned", "q")


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    if not is_staff(request.user):
        raise DjangoPermissionDenied
    params = request.GET
    department = params.get("department", getattr(request.user, "department", ""))
    if department not in Department.values:
        department = ""
    cases = selectors.queue(
        actor=request.user,
        department=department,
        status=params.get("status", "open"),
        mine=params.get("mine") == "1",
        unassigned=params.get("unassigned") == "1",
        q=params.get("q", ""),
    )
    context = {
        "page": page_of(cases, params.get("page"), 50),
        "department": department,
        "status": params.get("status", "open"),
        "departments": Department.choices,
        "statuses": CaseStatus.choices,
        "counts": selectors.department_counts(actor=request.user),
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
