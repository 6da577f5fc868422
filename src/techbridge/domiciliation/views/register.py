"""The register of hosted firms (staff): the table with flagged firms, the spreadsheet in a
chosen layout, the layouts, and the reports to the market regulator."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _

from techbridge.core.errors import DomainError, NotFound, PermissionDenied
from techbridge.domiciliation import register, selectors
from techbridge.domiciliation.forms.register import LayoutForm, ReportForm
from techbridge.domiciliation.models import RegisterLayout, RegulatorReport
from techbridge.domiciliation.services import register as register_services
from techbridge.domiciliation.views import refuse_on_form, stored_file

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _layout(request: HttpRequest) -> RegisterLayout | None:
    raw = request.GET.get("layout", "")
    if raw.isdigit():
        return RegisterLayout.objects.filter(pk=int(raw)).first()
    return register.default_layout()


@login_required
def register_page(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    rows = register.rows(register.registered(actor=request.user), today)
    if request.GET.get("flagged"):
        rows = [r for r in rows if r.flagged]
    layout = _layout(request)
    columns = register.layout_columns(layout)
    return render(
        request,
        "domiciliation/manage/register.html",
        {
            "rows": rows,
            "flagged": sum(r.flagged for r in rows),
            "layouts": RegisterLayout.objects.all(),
            "layout": layout,
            "headings": [register.COLUMNS[k].label for k in columns],
            "table": [(r, [register.COLUMNS[k].value(r) for k in columns]) for r in rows],
            "reports": RegulatorReport.objects.all()[:20],
            "report_form": ReportForm(),
        },
    )


@login_required
def register_export(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    rows = register.rows(register.registered(actor=request.user), today)
    content = register.workbook(rows, register.layout_columns(_layout(request)), _("Register"))
    response = HttpResponse(content, content_type=XLSX)
    response["Content-Disposition"] = f'attachment; filename="register-{today:%Y%m%d}.xlsx"'
    return response


@login_required
def layout_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    if not selectors.can_manage(request.user):
        raise PermissionDenied()
    layout = RegisterLayout.objects.filter(pk=pk).first() if pk else None
    if pk and layout is None:
        raise NotFound()
    initial = LayoutForm.initial_for(
        layout.name if layout else "",
        register.layout_columns(layout),
        layout.is_default if layout else False,
    )
    form = LayoutForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = register_services.layout_save(
                actor=request.user,
                name=form.cleaned_data["name"],
                columns=form.cleaned_data["columns"],
                is_default=form.cleaned_data["is_default"],
            )
        except DomainError as exc:
            refuse_on_form(form, exc)
        else:
            messages.success(request, _("The layout is saved."))
            return redirect(f"{redirect('domiciliation:register').url}?layout={saved.pk}")
    return render(request, "domiciliation/manage/layout.html", {"form": form, "layout": layout})


@login_required
def report_create(request: HttpRequest) -> HttpResponse:
    if not selectors.can_manage(request.user) or request.method != "POST":
        raise PermissionDenied()
    form = ReportForm(request.POST)
    if form.is_valid():
        try:
            register_services.report_create(
                actor=request.user, today=timezone.localdate(), **form.cleaned_data
            )
        except DomainError as exc:
            refuse_on_form(form, exc)
        else:
            messages.success(request, _("The report is filed."))
            return redirect("domiciliation:register")
    for errors in form.errors.values():
        for err in errors:
            messages.error(request, err)
    return redirect("domiciliation:register")


@login_required
def report_file(request: HttpRequest, pk: int) -> FileResponse:
    if not selectors.can_manage(request.user):
        raise PermissionDenied()
    report = RegulatorReport.objects.filter(pk=pk).first()
    if report is None:
        raise NotFound()
    name = f"register-{report.period_start:%Y%m%d}-{report.period_end:%Y%m%d}.xlsx"
    return stored_file(report.file, name, XLSX)
