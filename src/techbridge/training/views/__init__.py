"""Training pages: thin — parse, call a selector or a service, render.

`public` (the course catalogue and the certificate verification page), `member` (enrolling,
my courses, badges, certificates, the CPD ledger), `manage` (the organisers' pages)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse

from techbridge.core.errors import DomainError


def act(request: HttpRequest, call: Callable[[], Any], ok: str) -> Any:
    """Run a service; a refusal becomes a message instead of an error page."""
    try:
        result = call()
    except DomainError as exc:
        messages.error(request, str(exc.message))
        return None
    messages.success(request, ok)
    return result if result is not None else True


def form_refusal(form: Any, exc: DomainError) -> None:
    """A service's refusal shown on the form: its message, and its fields' errors."""
    form.add_error(None, str(exc.message))
    for name, errs in exc.fields.items():
        for err in errs:
            form.add_error(name if name in form.fields else None, err)


def download(content: bytes | str, filename: str, content_type: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


PDF = "application/pdf"
CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
