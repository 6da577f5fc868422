"""/api/v1/incubation, the applicant's and the public's side: programmes and cohorts to read,
and applying to a call — the eligibility screen, then the draft's answers, then the one
submission — checked by the pages' own forms (EligibilityForm, ApplicationForm) and written
by the same services. Files are uploaded on the application's page."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Router

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.accounts.selectors import organisations_of
from techbridge.core.errors import NotFound, ValidationFailed, form_errors
from techbridge.incubation import selectors, services
from techbridge.incubation.api.schemas import (
    AnswersIn,
    ApplicationOut,
    ApplyIn,
    CohortOut,
    ErrorOut,
    ProgrammeOut,
)
from techbridge.incubation.forms.applications import FIELD_PREFIX, ApplicationForm, EligibilityForm
from techbridge.incubation.models import Application
from techbridge.incubation.selectors import cohort_companies as cohorts

router = Router(tags=["incubation"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


def application_out(a: Application) -> dict[str, Any]:
    return {"id": a.pk, "reference": a.reference, "call": a.call.slug,
            "organisation": a.organisation.name, "status": a.status,
            "submitted_at": a.submitted_at, "decided_at": a.decided_at,
            "feedback": a.feedback if a.decided_at else ""}  # fmt: skip


@router.get("/programmes", response=list[ProgrammeOut])
def programme_list(request: HttpRequest) -> list[dict[str, Any]]:
    rows = selectors.programme_list(actor=actor_of(request))[:200]
    return [{"slug": p.slug, "name": p.name, "description": p.description,
             "sectors": p.sectors, "places": p.places, "duration_months": p.duration_months}
            for p in rows]  # fmt: skip


@router.get("/cohorts", response={200: list[CohortOut], **ERRORS}, auth=WRITE_AUTH)
def cohort_list(request: HttpRequest) -> list[dict[str, Any]]:
    """Staff: every cohort; a member: the cohorts their organisations belong to."""
    rows = cohorts.cohort_list(actor=request.user)[:200]
    return [{"slug": c.slug, "programme": c.programme.slug, "name": c.name,
             "starts_on": c.starts_on, "ends_on": c.ends_on, "companies": c.n_companies}
            for c in rows]  # fmt: skip


@router.post("/calls/{slug}/applications", response={200: ApplicationOut, **ERRORS},
             auth=WRITE_AUTH)  # fmt: skip
def application_start(request: HttpRequest, slug: str, payload: ApplyIn) -> dict[str, Any]:
    """Answer the eligibility screen for one of the actor's organisations: a draft, or an
    ineligible record with its reasons (a second start returns the first record)."""
    call = selectors.call_get_for(actor=request.user, slug=slug)
    org = next((o for o in organisations_of(request.user) if o.slug == payload.organisation), None)
    if org is None:
        raise NotFound()
    data = {f"q_{k}": "yes" if v else "no" for k, v in payload.eligibility.items()}
    form = EligibilityForm(data, questions=selectors.questions(call))
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    app = services.application_start(actor=request.user, call=call, organisation=org,
                                     eligibility=form.cleaned_data["answers"])  # fmt: skip
    return application_out(app)


@router.put("/applications/{application_id}", response={200: ApplicationOut, **ERRORS},
            auth=WRITE_AUTH)  # fmt: skip
def application_answer(
    request: HttpRequest, application_id: int, payload: AnswersIn
) -> dict[str, Any]:
    """Save the draft's answers (`submit`: and submit it once, every required field given)."""
    app = selectors.application_get_for(actor=request.user, application_id=application_id)
    services.edit_refusal(app)
    form = ApplicationForm(
        {FIELD_PREFIX + k: v for k, v in payload.answers.items()},
        specs=selectors.form_fields(app.call),
        profiles=selectors.own_profiles(app.organisation_id),
        for_submit=payload.submit,
        existing_files=set(app.files.values_list("field_key", flat=True)),
    )
    if not form.is_valid():
        raise ValidationFailed(_("Check the answers."), fields=form_errors(form))
    service = services.application_submit if payload.submit else services.application_save
    service(actor=request.user, application=app, data=form.cleaned_data)
    return application_out(selectors.application_get_for(actor=request.user,
                                                         application_id=app.pk))  # fmt: skip
