"""What the connection pages share: after a POST, report the outcome (a message) and go back
to the connection; a stored file as a download."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import redirect

from techbridge.core.errors import DomainError


def form_error_message(form: Any) -> str:
    return " ".join(str(m) for msgs in form.errors.values() for m in msgs)


def back_to_connection(connection_id: int) -> HttpResponse:
    return redirect("deals:detail", connection_id=connection_id)


def run_and_report(
    request: HttpRequest, connection_id: int, call: Callable[[], Any], success: str
) -> HttpResponse:
    try:
        call()
    except DomainError as exc:
        text = str(exc.message)
        if exc.fields:
            text += " " + " ".join(m for msgs in exc.fields.values() for m in msgs)
        messages.error(request, text)
    else:
        messages.success(request, success)
    return back_to_connection(connection_id)


def file_download(field: Any, filename: str, content_type: str) -> FileResponse:
    return FileResponse(
        field.open("rb"), as_attachment=True, filename=filename, content_type=content_type
    )
