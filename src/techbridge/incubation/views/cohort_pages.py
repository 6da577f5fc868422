"""Cohort pages: the cohorts, a cohort (its companies and, for staff, admission), its set-up,
the programme's milestone templates, and a company's file (team, milestones with evidence and
approval, documents, timeline)."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import organisation_ids_of
from techbridge.core.errors import DomainError, NotFound, PermissionDenied, ValidationFailed
from techbridge.incubation import selectors, services
from techbridge.incubation.forms.cohort_forms import (
    AdmitForm,
    CohortForm,
    DecisionForm,
    DocumentForm,
    EvidenceForm,
    TeamMemberForm,
    TemplateForm,
)
from techbridge.incubation.models import Milestone, MilestoneStatus
from techbridge.incubation.selectors import cohort_companies as cohorts
from techbridge.incubation.views import act, form_refusal


def _staff(request: HttpRequest) -> None:
    if not selectors.can_manage(request.user):
        raise PermissionDenied()


@login_required
def cohort_list(request: HttpRequest) -> HttpResponse:
    rows = list(cohorts.cohort_list(actor=request.user))
    mine = list(cohorts.my_companies(actor=request.user))
    context = {"cohorts": rows, "mine": mine, "staff": selectors.can_manage(request.user)}
    return render(request, "incubation/cohorts.html", context)


@login_required
def cohort_detail(request: HttpRequest, slug: str) -> HttpResponse:
    cohort = cohorts.cohort_get_for(actor=request.user, slug=slug)
    staff = selectors.can_manage(request.user)
    admissible = list(cohorts.admissible_applications(actor=request.user, cohort=cohort))
    form = AdmitForm(request.POST or None, applications=admissible)
    if request.method == "POST" and form.is_valid():
        app = next(a for a in admissible if a.pk == form.cleaned_data["application"])
        done = act(
            request,
            lambda: services.cohort_admit(actor=request.user, cohort=cohort, application=app),
            _("%(company)s joined the cohort.") % {"company": app.organisation.name},
        )
        if done:
            return redirect("incubation:cohort", slug=cohort.slug)
    context = {
        "cohort": cohort,
        "companies": list(cohorts.companies_of(cohort)),
        "staff": staff,
        "my_org_ids": organisation_ids_of(request.user),
        "form": form if staff and admissible else None,
    }
    return render(request, "incubation/cohort.html", context)


@login_required
def cohort_edit(request: HttpRequest, slug: str = "") -> HttpResponse:
    _staff(request)
    instance = cohorts.cohort_list(actor=request.user).filter(slug=slug).first()
    if slug and instance is None:
        raise NotFound()
    form = CohortForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        cohort = act(
            request,
            lambda: services.cohort_save(actor=request.user, form=form),
            _("Cohort saved."),
        )
        if cohort:
            return redirect("incubation:cohort", slug=cohort.slug)
    return render(request, "incubation/cohort_edit.html", {"form": form})


@login_required
def milestone_templates(request: HttpRequest, slug: str) -> HttpResponse:
    _staff(request)
    programme = selectors.programme_list(actor=request.user).filter(slug=slug).first()
    if programme is None:
        raise NotFound()
    form = TemplateForm(request.POST or None)
    if request.method == "POST" and "remove" in request.POST:
        act(
            request,
            lambda: services.template_delete(
                actor=request.user, programme=programme, template_id=int(request.POST["remove"])
            ),
            _("Milestone template removed."),
        )
        return redirect("incubation:milestone_templates", slug=slug)
    if request.method == "POST" and form.is_valid():
        services.template_add(actor=request.user, programme=programme, data=form.cleaned_data)
        return redirect("incubation:milestone_templates", slug=slug)
    context = {
        "programme": programme,
        "templates": list(programme.milestone_templates.all()),
        "form": form,
    }
    return render(request, "incubation/milestone_templates.html", context)


def _company_post(request: HttpRequest, company: Any) -> bool:
    """Team and document changes on the company's file; True when done."""
    if "add_member" in request.POST:
        form: Any = TeamMemberForm(request.POST, prefix="t")
        call = lambda: services.team_member_add(  # noqa: E731
            actor=request.user, company=company, data=form.cleaned_data
        )
        ok = _("Team member added.")
    elif "remove_member" in request.POST:
        person = int(request.POST.get("remove_member") or 0)
        return bool(
            act(
                request,
                lambda: services.team_member_remove(
                    actor=request.user, company=company, person_id=person
                ),
                _("Team member removed."),
            )
        )
    else:
        form = DocumentForm(request.POST, request.FILES, prefix="d")
        call = lambda: services.document_add(  # noqa: E731
            actor=request.user,
            company=company,
            title=form.cleaned_data["title"],
            upload=form.cleaned_data["file"],
        )
        ok = _("Document added.")
    request.company_form = form  # type: ignore[attr-defined]
    if not form.is_valid():
        return False
    try:
        call()
    except DomainError as exc:
        form_refusal(form, exc)
        return False
    act(request, lambda: None, ok)
    return True


@login_required
def company_detail(request: HttpRequest, pk: int) -> HttpResponse:
    company = cohorts.company_get_for(actor=request.user, company_id=pk)
    if request.method == "POST" and _company_post(request, company):
        return redirect("incubation:company", pk=company.pk)
    bound = getattr(request, "company_form", None)
    milestones = list(company.milestones.prefetch_related("documents"))
    context = {
        "company": company,
        "cohort": company.cohort,
        "team": list(company.team.all()),
        "milestones": milestones,
        "documents": list(company.documents.select_related("milestone")),
        "timeline": cohorts.timeline(company),
        "team_form": bound if isinstance(bound, TeamMemberForm) else TeamMemberForm(prefix="t"),
        "document_form": bound if isinstance(bound, DocumentForm) else DocumentForm(prefix="d"),
        "evidence_form": EvidenceForm(prefix="e"),
        "decision_form": DecisionForm(prefix="m"),
        "can_approve": cohorts.can_approve(request.user, company.cohort.programme),
        "submittable": (MilestoneStatus.OPEN, MilestoneStatus.RETURNED),
    }
    return render(request, "incubation/company.html", context)


@login_required
@require_POST
def milestone_action(request: HttpRequest, pk: int) -> HttpResponse:
    """Submit evidence (the company) or decide (the programme manager); back to the file."""
    milestone: Milestone = cohorts.milestone_get_for(actor=request.user, milestone_id=pk)
    if "decide" in request.POST:
        form: Any = DecisionForm(request.POST, prefix="m")
        ok = _("Decision recorded.")
        call = lambda: services.milestone_decide(  # noqa: E731
            actor=request.user,
            milestone=milestone,
            approve=form.cleaned_data["decision"] == "approve",
            comment=form.cleaned_data["comment"],
        )
    else:
        form = EvidenceForm(request.POST, request.FILES, prefix="e")
        ok = _("Evidence submitted; the programme manager will review it.")
        call = lambda: services.milestone_submit(  # noqa: E731
            actor=request.user,
            milestone=milestone,
            evidence=form.cleaned_data["evidence"],
            uploads=[form.cleaned_data["file"]] if form.cleaned_data.get("file") else [],
        )
    if form.is_valid():
        act(request, call, ok)
    else:
        act(request, lambda: _raise_form(form), ok)
    return redirect("incubation:company", pk=milestone.company_id)


def _raise_form(form: Any) -> None:
    raise ValidationFailed(
        _("Please correct the fields marked below."),
        fields={k: [str(e) for e in v] for k, v in form.errors.items()},
    )


@login_required
def company_document(request: HttpRequest, pk: int, document_id: int) -> FileResponse:
    row = cohorts.document_get_for(actor=request.user, document_id=document_id)
    if row.company_id != pk:
        raise NotFound()
    return FileResponse(
        row.file.open("rb"),
        as_attachment=True,
        filename=row.filename,
        content_type=row.content_type,
    )
