"""A case's page, for its client and the centre's staff: the conversation (internal notes
for staff only), the files, the history, and the moves the reader may make."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.selectors import is_staff
from techbridge.core.choices import Department
from techbridge.desk import article_reads, procedure_reads, selectors, services, sla
from techbridge.desk.forms import CancelForm, HandoffForm, ReplyForm
from techbridge.desk.models import CaseStatus, ExportClass
from techbridge.desk.procedures import procedure_kinds
from techbridge.desk.views import act


@login_required
def my_cases(request: HttpRequest) -> HttpResponse:
    cases = list(selectors.my_cases(actor=request.user)[:200])
    return render(request, "desk/mine.html", {"cases": cases})


@login_required
def case_detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    staff = is_staff(request.user)
    now = timezone.now()
    context = {
        "case": case,
        "staff": staff,
        "clocks": sla.clocks(case, now) if staff else [],
        "segments": sla.segments(case, now) if staff else [],
        "handoff_form": HandoffForm(initial={"seen_department": case.department}),
        "conversation": list(selectors.messages_for(actor=request.user, case=case)),
        "form_files": selectors.form_attachments(actor=request.user, case=case),
        "history": list(selectors.history_for(actor=request.user, case=case)),
        "answers": selectors.answer_rows(case),
        "moves": [(s, CaseStatus(s).label) for s in services.allowed_moves(request.user, case)],
        "reply_form": ReplyForm(
            articles=article_reads.linkable_articles(request.user) if staff else None
        ),
        "can_rate": selectors.can_ask(request.user, case)
        and case.status in (CaseStatus.RESOLVED, CaseStatus.CLOSED),
        "colleagues": selectors.colleagues(actor=request.user),
        "procedures": procedure_reads.procedures_for(actor=request.user, case=case, now=now),
        "procedure_kinds": procedure_kinds() if staff and case.is_open else [],
        "export_items": procedure_reads.export_items(actor=request.user),
        "export_classes": ExportClass.choices,
        "departments": Department.choices,
        "can_send": staff or selectors.can_ask(request.user, case),
        "watchers": selectors.watchers_for(actor=request.user, case=case),
        "watch_candidates": selectors.watch_candidates(actor=request.user, case=case),
    }
    return render(request, "desk/case.html", context)


@login_required
@require_POST
def reply(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    form = ReplyForm(request.POST, articles=article_reads.linkable_articles(request.user))
    if not form.is_valid():
        for errs in form.errors.values():
            for err in errs:
                messages.error(request, err)
        return redirect("desk:case", pk=case.pk)
    internal = bool(form.cleaned_data.get("internal")) and is_staff(request.user)
    act(
        request,
        lambda: services.case_reply(
            actor=request.user,  # type: ignore[arg-type]
            case=case,
            body=form.cleaned_data["body"],
            internal=internal,
            files=request.FILES.getlist("files"),
            articles=form.cleaned_data.get("articles") or (),
        ),
        _("Your note is saved.") if internal else _("Your reply is sent."),
    )
    return redirect("desk:case", pk=case.pk)


@login_required
@require_POST
def move(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    to = request.POST.get("status", "")
    act(
        request,
        lambda: services.case_move(actor=request.user, case=case, to=to),  # type: ignore[arg-type]
        _("The case's status is changed."),
    )
    return redirect("desk:case", pk=case.pk)


@login_required
def attachment(request: HttpRequest, pk: int, attachment_id: int) -> FileResponse:
    att = selectors.attachment_get_for(actor=request.user, case_id=pk, attachment_id=attachment_id)
    return FileResponse(
        att.file.open("rb"),
        as_attachment=True,
        filename=att.filename,
        content_type=att.content_type,
    )


@login_required
@require_POST
def rate(request: HttpRequest, pk: int) -> HttpResponse:
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    act(
        request,
        lambda: services.case_rate(
            actor=request.user,  # type: ignore[arg-type]
            case=case,
            rating=request.POST.get("rating"),
            comment=request.POST.get("comment", ""),
        ),
        _("Thank you for your rating."),
    )
    return redirect("desk:case", pk=case.pk)


@login_required
@require_POST
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    """The client or staff cancel an open case, with the reason."""
    case = selectors.case_get_for(actor=request.user, case_id=pk)
    form = CancelForm(request.POST)
    if not form.is_valid():
        for errs in form.errors.values():
            for err in errs:
                messages.error(request, err)
        return redirect("desk:case", pk=case.pk)
    act(
        request,
        lambda: services.case_cancel(
            actor=request.user,  # type: ignore[arg-type]
            case=case,
            reason=form.cleaned_data["reason"],
        ),
        _("The request is cancelled."),
    )
    return redirect("desk:case", pk=case.pk)
