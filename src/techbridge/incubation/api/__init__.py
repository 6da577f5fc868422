"""/api/v1/incubation: programmes and calls (anybody), applying and one's own applications
(`applying.py`), cohorts, a reviewer's assignments (declaration, then scores), one's cohort
companies and their monthly KPIs — with the pages' permissions (the selectors decide, the
services write, the pages' forms validate)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.errors import ValidationFailed, form_errors
from techbridge.incubation import selectors, services
from techbridge.incubation.api import applying
from techbridge.incubation.api.schemas import (
    ApplicationOut,
    AssignmentOut,
    CallOut,
    CompanyOut,
    DeclarationIn,
    ErrorOut,
    KpiIn,
    KpiMonthOut,
    ScoresIn,
)
from techbridge.incubation.forms.cohort_forms import KpiForm
from techbridge.incubation.forms.review import ScoreForm, score_data
from techbridge.incubation.models import Assignment
from techbridge.incubation.selectors import cohort_companies as cohorts
from techbridge.incubation.selectors import cohort_kpis as kpis
from techbridge.incubation.selectors import review as review_selectors
from techbridge.incubation.services import review_assignments
from techbridge.incubation.views.calls import answer_text

router = Router(tags=["incubation"])
router.add_router("", applying.router)
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


@router.get("/calls", response=list[CallOut])
def call_list(request: HttpRequest) -> list[dict[str, Any]]:
    rows = selectors.call_list(actor=actor_of(request)).select_related("programme")[:200]
    return [{"slug": c.slug, "programme": c.programme.name, "title": c.title,
             "state": str(c.state()), "opens_at": c.opens_at, "closes_at": c.closes_at}
            for c in rows]  # fmt: skip


@router.get("/applications", response={200: list[ApplicationOut], **ERRORS}, auth=WRITE_AUTH)
def application_list(request: HttpRequest) -> list[dict[str, Any]]:
    """The applications of the actor's organisations (never a reviewer's name or score)."""
    rows = selectors.my_applications(actor=request.user).select_related("call", "organisation")
    return [applying.application_out(a) for a in rows[:200]]


def _assignment_out(row: Assignment) -> dict[str, Any]:
    rnd = row.entry.round
    out: dict[str, Any] = {"id": row.pk, "reference": row.entry.application.reference,
                           "round": rnd.name, "call": rnd.call.slug, "state": row.state,
                           "blind": rnd.blind}  # fmt: skip
    if review_selectors.may_read(row):
        view = review_selectors.reviewer_view(row, answer_text)
        out.update(organisation=view.organisation, country=view.country,
                   answers=[{"label": str(k), "text": str(v)} for k, v in view.rows],
                   criteria=[c.key for c in review_selectors.criteria(rnd)])  # fmt: skip
    return out


@router.get("/reviews", response={200: list[AssignmentOut], **ERRORS}, auth=WRITE_AUTH)
def review_list(request: HttpRequest) -> list[dict[str, Any]]:
    """The actor's assignments in open rounds (recusals simply absent)."""
    return [_assignment_out(a) for a in review_selectors.my_assignments(actor=request.user)[:500]]


@router.get("/reviews/{assignment_id}", response={200: AssignmentOut, **ERRORS}, auth=WRITE_AUTH)
def review_detail(request: HttpRequest, assignment_id: int) -> dict[str, Any]:
    return _assignment_out(
        review_selectors.assignment_get_for(actor=request.user, assignment_id=assignment_id)
    )


@router.post("/reviews/{assignment_id}/declaration", response={200: AssignmentOut, **ERRORS},
             auth=WRITE_AUTH)  # fmt: skip
def review_declare(
    request: HttpRequest, assignment_id: int, payload: DeclarationIn
) -> dict[str, Any]:
    """No conflict: the application can be read and scored; a conflict: the reviewer abstains."""
    row = review_selectors.assignment_get_for(actor=request.user, assignment_id=assignment_id)
    review_assignments.review_declare(actor=request.user, assignment=row, conflict=payload.conflict)
    return _assignment_out(
        review_selectors.assignment_get_for(actor=request.user, assignment_id=row.pk)
    )


@router.post("/reviews/{assignment_id}/scores", response={200: AssignmentOut, **ERRORS},
             auth=WRITE_AUTH)  # fmt: skip
def review_score(request: HttpRequest, assignment_id: int, payload: ScoresIn) -> dict[str, Any]:
    """Scores against the round's rubric, checked by the page's ScoreForm."""
    row = review_selectors.assignment_get_for(actor=request.user, assignment_id=assignment_id)
    criteria = review_selectors.criteria(row.entry.round)
    unknown = set(payload.scores) - {c.key for c in criteria}
    form = ScoreForm(
        score_data(payload.scores, payload.comments, payload.comment), criteria=criteria
    )
    if unknown or not form.is_valid():
        fields = form_errors(form) if form.is_bound and not form.is_valid() else {}
        fields.update({k: [str(_("Not a criterion of this round."))] for k in unknown})
        raise ValidationFailed(fields=fields)
    review_assignments.review_submit(actor=request.user, assignment=row, data=form.cleaned_data)
    return _assignment_out(
        review_selectors.assignment_get_for(actor=request.user, assignment_id=row.pk)
    )


@router.get("/companies", response={200: list[CompanyOut], **ERRORS}, auth=WRITE_AUTH)
def company_list(request: HttpRequest) -> list[dict[str, Any]]:
    """The cohort companies of the actor's organisations."""
    rows = cohorts.my_companies(actor=request.user).select_related("organisation", "cohort")
    return [{"id": c.pk, "organisation": c.organisation.name, "cohort": c.cohort.slug,
             "status": c.status} for c in rows[:500]]  # fmt: skip


@router.get("/companies/{company_id}/kpis", response={200: list[KpiMonthOut], **ERRORS},
            auth=WRITE_AUTH)  # fmt: skip
def kpi_list(request: HttpRequest, company_id: int) -> list[dict[str, Any]]:
    """Every month the company owes, with its figures (None: not reported)."""
    company = cohorts.company_get_for(actor=request.user, company_id=company_id)
    metrics = kpis.metrics_for(company.cohort.programme)
    months = kpis.cohort_months(company.cohort, timezone.localdate())
    series = kpis.company_series([company], metrics, months)[company.pk]
    return [
        {"month": m, "values": {k: v[i] for k, v in series.items()}} for i, m in enumerate(months)
    ]


@router.post("/companies/{company_id}/kpis", response={200: list[KpiMonthOut], **ERRORS},
             auth=WRITE_AUTH)  # fmt: skip
def kpi_report(request: HttpRequest, company_id: int, payload: KpiIn) -> list[dict[str, Any]]:
    """Report (or correct) one month, checked by the page's KpiForm."""
    company = cohorts.company_get_for(actor=request.user, company_id=company_id)
    metrics = kpis.metrics_for(company.cohort.programme)
    months = kpis.cohort_months(company.cohort, timezone.localdate())
    data = {"month": payload.month.isoformat(), **{f"k_{k}": v for k, v in payload.values.items()}}
    form = KpiForm(data, metrics=metrics, months=months)
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    services.kpi_report(actor=request.user, company=company, month=form.cleaned_data["month_date"],
                        values=form.cleaned_data["values"])  # fmt: skip
    return kpi_list(request, company_id)
