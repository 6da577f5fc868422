"""Incubation pages: thin — parse, call a selector or a service, render.

`calls` (the public calls, the eligibility screen, applying), `manage` (staff set-up of
programmes and calls, the applications of a call and their export)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import HttpRequest

from techbridge.core.errors import DomainError


def act(request: HttpRequest, call: Callable[[], Any], ok: str) -> Any:
    """Run a service; a refusal becomes a message instead of an error page."""
    try:
        result = call()
    except DomainError as exc:
        messages.error(request, str(exc.message))
        for errs in exc.fields.values():
            for err in errs:
                messages.error(request, err)
        return None
    messages.success(request, ok)
    return result if result is not None else True


def form_refusal(form: Any, exc: DomainError) -> None:
    """A service's refusal shown on the form: its message, and its fields' errors."""
    form.add_error(None, str(exc.message))
    for name, errs in exc.fields.items():
        for err in errs:
            target = f"f_{name}" if f"f_{name}" in form.fields else None
            form.add_error(target, err)
