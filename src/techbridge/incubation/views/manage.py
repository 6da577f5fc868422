"""Staff pages: programmes and calls (dates in the centre's time zone), a call's eligibility
questions and application form, its applications and their CSV export."""

from __future__ import annotations

import csv

from django.contrib.auth.decorators import login_required
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.core.errors import DomainError, PermissionDenied
from techbridge.incubation import selectors, services
from techbridge.incubation.forms.calls import CallForm, FieldForm, ProgrammeForm, QuestionForm
from techbridge.incubation.models import AppStatus, Call
from techbridge.incubation.views import act


def _staff(request: HttpRequest) -> None:
    if not selectors.can_manage(request.user):
        raise PermissionDenied()


@login_required
def overview(request: HttpRequest) -> HttpResponse:
    _staff(request)
    calls = list(selectors.call_list(actor=request.user))
    for call in calls:
        call.counts = _counts(call)  # type: ignore[attr-defined]
    context = {"programmes": list(selectors.programme_list(actor=request.user)), "calls": calls}
    return render(request, "incubation/manage/overview.html", context)


def _counts(call: Call) -> list[tuple[str, int]]:
    rows = call.applications.values("status").annotate(n=Count("pk")).order_by("status")
    labels = dict(AppStatus.choices)
    return [(str(labels[r["status"]]), r["n"]) for r in rows]


@login_required
def programme_edit(request: HttpRequest, slug: str = "") -> HttpResponse:
    _staff(request)
    instance = selectors.programme_list(actor=request.user).filter(slug=slug).first()
    form = ProgrammeForm(request.POST or None, instance=instance)
    saved = (
        request.method == "POST"
        and form.is_valid()
        and act(
            request,
            lambda: services.programme_save(actor=request.user, form=form),
            _("Programme saved."),
        )
    )
    if saved:
        return redirect("incubation:manage")
    return render(request, "incubation/manage/edit.html", {"form": form, "what": "programme"})


@login_required
def call_edit(request: HttpRequest, slug: str = "") -> HttpResponse:
    _staff(request)
    instance = selectors.call_list(actor=request.user).filter(slug=slug).first()
    form = CallForm(request.POST or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        call = act(
            request, lambda: services.call_save(actor=request.user, form=form), _("Call saved.")
        )
        if call:
            return redirect("incubation:manage_call", slug=call.slug)
    return render(request, "incubation/manage/edit.html", {"form": form, "what": "call"})


@login_required
def call_manage(request: HttpRequest, slug: str) -> HttpResponse:
    _staff(request)
    call = selectors.call_get_for(actor=request.user, slug=slug)
    qform = QuestionForm(request.POST if "add_question" in request.POST else None, prefix="q")
    fform = FieldForm(request.POST if "add_field" in request.POST else None, prefix="f")
    for form, service in ((qform, services.question_add), (fform, services.field_add)):
        if form.is_bound and form.is_valid():
            try:
                service(actor=request.user, call=call, data=form.cleaned_data)
            except DomainError as exc:
                form.add_error(None, str(exc.message))
                for name, errs in exc.fields.items():
                    for err in errs:
                        form.add_error(name if name in form.fields else None, err)
            else:
                return redirect("incubation:manage_call", slug=call.slug)
    context = {
        "call": call,
        "opens_local": selectors.centre_time(call.opens_at),
        "closes_local": selectors.centre_time(call.closes_at),
        "questions": selectors.questions(call),
        "fields": selectors.form_fields(call),
        "qform": qform,
        "fform": fform,
        "applications": list(selectors.applications_of_call(actor=request.user, call=call)),
    }
    return render(request, "incubation/manage/call.html", context)


@login_required
@require_POST
def call_remove(request: HttpRequest, slug: str, what: str, pk: int) -> HttpResponse:
    _staff(request)
    call = selectors.call_get_for(actor=request.user, slug=slug)
    if what == "question":
        act(
            request,
            lambda: services.question_delete(actor=request.user, call=call, question_id=pk),
            _("Question removed."),
        )
    else:
        act(
            request,
            lambda: services.field_delete(actor=request.user, call=call, field_id=pk),
            _("Field removed."),
        )
    return redirect("incubation:manage_call", slug=call.slug)


@login_required
def call_export(request: HttpRequest, slug: str) -> HttpResponse:
    """The call's applications as CSV (staff): status, organisation, submission, answers."""
    _staff(request)
    call = selectors.call_get_for(actor=request.user, slug=slug)
    specs = selectors.form_fields(call)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{call.slug}-applications.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(
        [_("Reference"), _("Organisation"), _("Country"), _("Status"), _("Submitted")]
        + [s.label for s in specs]
    )
    for app in selectors.applications_of_call(actor=request.user, call=call):
        submitted = selectors.centre_time(app.submitted_at).isoformat() if app.submitted_at else ""
        writer.writerow(
            [app.reference, app.organisation.name, str(app.organisation.country),
             app.get_status_display(), submitted]
            + [_safe(app.answers.get(s.key, "")) for s in specs]
        )  # fmt: skip
    return response


def _safe(value: object) -> str:
    """A cell a spreadsheet will not run as a formula."""
    text = str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
