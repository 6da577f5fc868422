"""What the events pages share: reporting a service's refusal as a message, PDF and
calendar responses."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from techbridge.core.errors import DomainError
from techbridge.events.models import Event


def _clean(value: str, limit: int = 100) -> str:
    return (value or "")[:limit].replace("\x00", "").strip()


def _refusal(request: HttpRequest, exc: DomainError) -> None:
    messages.error(request, str(exc.message))


def _act(request: HttpRequest, call: Callable[[], Any], ok: str) -> bool:
    """Run a service; report a refusal as a message instead of an error page."""
    try:
        call()
    except DomainError as exc:
        _refusal(request, exc)
        return False
    messages.success(request, ok)
    return True


def _ics_response(body: bytes, filename: str, download: bool) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    if download:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _pdf(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _back(request: HttpRequest, event: Event) -> HttpResponse:
    """Back to the page the form came from (a local path only)."""
    target = request.POST.get("next", "")
    if target.startswith("/") and not target.startswith("//"):
        return redirect(target)
    return redirect("events:detail", slug=event.slug)
