"""Domiciliation pages: thin — parse, call a selector or a service, render.

`contracts` (the firm's hosting and the staff pipeline), `mail` (the mailroom and the firm's
mail), `rooms` (meeting rooms), `register` (the regulator's register and reports)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import FileResponse, HttpRequest

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


def refuse_on_form(form: Any, exc: DomainError) -> None:
    """A service's refusal shown on the form: its message, and its fields' errors."""
    form.add_error(None, str(exc.message))
    for name, errs in exc.fields.items():
        for err in errs:
            form.add_error(name if name in form.fields else None, err)


def stored_file(field: Any, filename: str, content_type: str) -> FileResponse:
    """A stored upload, served only after the caller's selector allowed it."""
    return FileResponse(
        field.open("rb"), as_attachment=False, filename=filename, content_type=content_type
    )
