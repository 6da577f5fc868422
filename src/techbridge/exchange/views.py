"""The import pages: thin — parse, call a selector or a service, render."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts.models import Organisation
from techbridge.accounts.selectors import is_member, is_staff
from techbridge.core.errors import DomainError, NotFound, PermissionDenied
from techbridge.core.pagination import page_of
from techbridge.exchange import selectors, services, sheets
from techbridge.exchange.forms import ConfirmForm, UploadForm
from techbridge.exchange.importers.base import Context
from techbridge.exchange.models import BatchStatus

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
RUNNING = (BatchStatus.VALIDATING, BatchStatus.APPLYING)


def _download(content: bytes, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def imports(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None, actor=request.user)
    if request.method == "POST" and form.is_valid():
        org_id = form.cleaned_data.get("organisation")
        organisation = Organisation.objects.filter(pk=org_id).first() if org_id else None
        try:
            batch = services.import_upload(
                actor=request.user,
                kind=form.cleaned_data["kind"],
                upload=form.cleaned_data["file"],
                organisation=organisation,
                options=form.options(),
                target=form.target(),
            )
        except DomainError as exc:
            form.add_error(None, str(exc.message))
            for name, errors in exc.fields.items():
                for error in errors:
                    form.add_error(name if name in form.fields else None, error)
        else:
            return redirect("exchange:batch", pk=batch.pk)
    page = page_of(selectors.batches_for(actor=request.user), request.GET.get("page"), 20)
    return render(request, "exchange/imports.html", {"form": form, "page": page})


@login_required
def template(request: HttpRequest, kind: str, fmt: str) -> HttpResponse:
    if fmt not in ("csv", "xlsx") or not is_member(request.user):
        raise NotFound()
    importer = services.importer_for(kind)
    language = request.GET.get("lang") or translation.get_language() or "en"
    language = "zh-hans" if language.startswith("zh") else "en"
    staff = is_staff(request.user)
    # An owner imports for one of their organisations: no "organisation" column.
    ctx = Context(actor=request.user, organisation=None if staff else "own", options={})
    name = f"techbridge-{kind}-{language}.{fmt}"
    if fmt == "csv":
        return _download(sheets.template_csv(importer, ctx, language), name, "text/csv")
    return _download(sheets.template_xlsx(importer, ctx, language), name, XLSX)


@login_required
def batch(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.batch_get_for(actor=request.user, batch_id=pk)
    errors_only = request.GET.get("errors") == "1"
    rows = selectors.batch_rows(batch=found, errors_only=errors_only)
    context: dict[str, Any] = {
        "batch": found,
        "page": page_of(rows, request.GET.get("page"), 50),
        "errors_only": errors_only,
        "running": found.status in RUNNING,
        "importer": services.importer_for(found.kind),
        "columns": _columns(found),
        "can_manage": selectors.can_manage_batch(request.user, found),
    }
    return render(request, "exchange/batch.html", context)


def _columns(batch: Any) -> list[tuple[str, str]]:
    importer = services.importer_for(batch.kind)
    ctx = services.context_of(batch)
    language = translation.get_language() or "en"
    return [(key, importer.label(key, language)) for key in importer.columns(ctx)]


@login_required
def progress(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.batch_get_for(actor=request.user, batch_id=pk)
    if found.status not in RUNNING:
        response = HttpResponse(status=204)
        response["HX-Refresh"] = "true"
        return response
    done = services.apply_progress(found) if found.status == BatchStatus.APPLYING else found.done
    percent = 100 * done // found.total if found.total else 100
    return render(
        request, "exchange/progress.html", {"batch": found, "done": done, "percent": percent}
    )


@login_required
@require_POST
def confirm(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.batch_get_for(actor=request.user, batch_id=pk)
    form = ConfirmForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose all rows or only the valid rows."))
        return redirect("exchange:batch", pk=pk)
    try:
        services.import_confirm(actor=request.user, batch=found, mode=form.cleaned_data["mode"])
    except DomainError as exc:
        messages.error(request, str(exc.message))
    return redirect("exchange:batch", pk=pk)


@login_required
@require_POST
def discard(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.batch_get_for(actor=request.user, batch_id=pk)
    try:
        services.import_discard(actor=request.user, batch=found)
    except DomainError as exc:
        messages.error(request, str(exc.message))
    else:
        messages.success(request, _("The import is discarded."))
    return redirect("exchange:imports")


@login_required
def report(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.batch_get_for(actor=request.user, batch_id=pk)
    if not selectors.can_manage_batch(request.user, found):
        raise PermissionDenied()
    importer = services.importer_for(found.kind)
    rows = selectors.batch_rows(batch=found).iterator(chunk_size=2000)
    content = sheets.report_xlsx(found, importer, services.context_of(found), rows)
    return _download(content, f"techbridge-import-{found.pk}-report.xlsx", XLSX)
