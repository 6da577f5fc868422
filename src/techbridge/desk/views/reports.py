"""The staff's report page: measurements per department and service type, CSV and XLSX."""

from __future__ import annotations

from datetime import date, timedelta

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from techbridge.accounts.selectors import is_staff
from techbridge.desk import reports

CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _day(raw: str | None, default: date) -> date:
    try:
        return date.fromisoformat(str(raw))
    except ValueError:
        return default


def _download(content: bytes | str, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
def report_page(request: HttpRequest) -> HttpResponse:
    if not is_staff(request.user):
        raise DjangoPermissionDenied
    today = timezone.localdate()
    until = _day(request.GET.get("until"), today)
    since = _day(request.GET.get("since"), until - timedelta(days=90))
    if since > until:
        since, until = until, since
    rows = reports.report(actor=request.user, since=since, until=until)
    fmt = request.GET.get("format", "")
    name = f"service-desk-{since}-{until}"
    if fmt == "csv":
        return _download(reports.as_csv(rows), f"{name}.csv", CSV)
    if fmt == "xlsx":
        return _download(reports.as_xlsx(rows), f"{name}.xlsx", XLSX)
    totals = [r for r in rows if not r["service"]]
    peak = max((r["first_response_p90_h"] or 0 for r in totals), default=0) or 1
    context = {"rows": rows, "totals": totals, "peak": peak, "since": since, "until": until}
    return render(request, "desk/reports.html", context)
