"""The public calls, the eligibility screen and the applicant's application (draft, submit
once, then read-only)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from techbridge.accounts.selectors import is_member, organisations_of
from techbridge.core.errors import DomainError, NotFound
from techbridge.core.i18n import join_list
from techbridge.incubation import selectors, services
from techbridge.incubation.forms.applications import ApplicationForm, EligibilityForm
from techbridge.incubation.models import Application, AppStatus, FieldKind, FormField
from techbridge.incubation.notices import reasons
from techbridge.incubation.views import form_refusal
from techbridge.profiles.models import TechnologyProfile


def call_list(request: HttpRequest) -> HttpResponse:
    calls = list(selectors.call_list(actor=request.user))
    return render(request, "incubation/calls.html", {"calls": calls})


def _organisation(request: HttpRequest, orgs: list[Any]) -> Any:
    wanted = (request.POST or request.GET).get("organisation", "")
    return next((o for o in orgs if str(o.pk) == wanted), orgs[0] if orgs else None)


def call_detail(request: HttpRequest, slug: str) -> HttpResponse:
    call = selectors.call_get_for(actor=request.user, slug=slug)
    orgs = list(organisations_of(request.user)) if is_member(request.user) else []
    org = _organisation(request, orgs)
    existing = {a.organisation_id: a for a in selectors.my_applications(actor=request.user)}
    form = EligibilityForm(request.POST or None, questions=selectors.questions(call))
    if request.method == "POST" and org is not None and form.is_valid():
        try:
            app = services.application_start(
                actor=request.user,  # type: ignore[arg-type]
                call=call,
                organisation=org,
                eligibility=form.cleaned_data["answers"],
            )
        except DomainError as exc:
            form.add_error(None, str(exc.message))
        else:
            return redirect("incubation:application", pk=app.pk)
    context = {
        "call": call,
        "closes_local": selectors.centre_time(call.closes_at),
        "opens_local": selectors.centre_time(call.opens_at),
        "form": form,
        "orgs": orgs,
        "org": org,
        "applied": [a for a in existing.values() if a.call_id == call.pk],
    }
    return render(request, "incubation/call.html", context)


@login_required
def my_applications(request: HttpRequest) -> HttpResponse:
    apps = list(selectors.my_applications(actor=request.user))
    return render(request, "incubation/mine.html", {"applications": apps})


def _form(request: HttpRequest, app: Application, *, for_submit: bool) -> ApplicationForm:
    return ApplicationForm(
        request.POST if request.method == "POST" else None,
        request.FILES if request.method == "POST" else None,
        specs=selectors.form_fields(app.call),
        profiles=selectors.own_profiles(app.organisation_id),
        for_submit=for_submit,
        existing_files=set(app.files.values_list("field_key", flat=True)),
        initial=_initial(app),
    )


def answer_text(spec: FormField, value: Any) -> str:
    """An answer as a reader sees it: a choice's label, a profile's title."""
    if value in (None, "", []):
        return ""
    if spec.kind == FieldKind.CHOICE:
        return dict(spec.choice_list()).get(value, str(value))
    if spec.kind == FieldKind.PROFILE:
        titles = TechnologyProfile.objects.filter(pk__in=value).values_list("title", flat=True)
        return join_list(titles)
    return str(value)


def _initial(app: Application) -> dict[str, Any]:
    return {f"f_{k}": v for k, v in app.answers.items()}


def _post(request: HttpRequest, app: Application) -> tuple[ApplicationForm, bool]:
    submit = "submit" in request.POST
    form = _form(request, app, for_submit=submit)
    try:
        services.edit_refusal(app)
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return form, False
    if not form.is_valid():
        return form, False
    service = services.application_submit if submit else services.application_save
    try:
        service(actor=request.user, application=app, data=form.cleaned_data)  # type: ignore[arg-type]
    except DomainError as exc:
        form_refusal(form, exc)
        return form, False
    messages.success(
        request, _("Your application is submitted.") if submit else _("Your draft is saved.")
    )
    return form, True


@login_required
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    app = selectors.application_get_for(actor=request.user, application_id=pk)
    if request.method == "POST":
        form, done = _post(request, app)
        if done:
            return redirect("incubation:application", pk=app.pk)
    else:
        form = _form(request, app, for_submit=False)
    specs = selectors.form_fields(app.call)
    files = {f.field_key: f for f in app.files.all()}
    context = {
        "app": app,
        "call": app.call,
        "form": form,
        "editable": app.status == AppStatus.DRAFT and app.call.is_open,
        "rows": [(s, answer_text(s, app.answers.get(s.key)), files.get(s.key)) for s in specs],
        "reasons": reasons(app) if app.status == AppStatus.INELIGIBLE else "",
        "closes_local": selectors.centre_time(app.call.closes_at),
    }
    return render(request, "incubation/application.html", context)


@login_required
def application_file(request: HttpRequest, pk: int, file_id: int) -> FileResponse:
    row = selectors.application_file_for(actor=request.user, file_id=file_id)
    if row.application_id != pk:
        raise NotFound()
    return FileResponse(
        row.file.open("rb"),
        as_attachment=True,
        filename=row.filename,
        content_type=row.content_type,
    )
