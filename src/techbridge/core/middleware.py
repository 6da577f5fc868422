"""Domain errors raised in a page view become a page with the message, never a 500; the
security headers Django does not set itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from techbridge.core.errors import DomainError


class DomainErrorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> Any:
        if request.path.startswith("/api/") or not isinstance(exception, DomainError):
            return None
        return render(
            request,
            "web/error.html",
            {"message": exception.message, "status": exception.status},
            status=exception.status,
        )


class SecurityHeadersMiddleware:
    """Permissions-Policy on every response (Django sets CSP, HSTS, nosniff, referrer)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        policy = getattr(settings, "PERMISSIONS_POLICY", "")
        if policy:
            response.headers.setdefault("Permissions-Policy", policy)
        return response


class RequestSizeMiddleware:
    """Refuse a request whose declared size (Content-Length) is over the limit before its body
    is read: a 50 MB upload is answered 413 at once instead of being received first.

    The limit is the largest upload any form takes (``REQUEST_MAX_BYTES``); the spreadsheet
    imports (``LARGE_REQUEST_PATHS``) take up to ``IMPORT_MAX_BYTES``. Each form still checks
    its own file's size. Bodies sent without a length (chunked) are bounded by Django's
    DATA_UPLOAD_MAX_MEMORY_SIZE and each form's own limit."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            declared = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            declared = 0
        limit = _request_limit(request.path)
        if declared > limit:
            return _too_large(request, limit)
        return self.get_response(request)


def _request_limit(path: str) -> int:
    conf = getattr(settings, "TECHBRIDGE", {})
    margin = 1 << 20  # multipart headers and the form's other fields
    if any(path.startswith(p) for p in conf.get("LARGE_REQUEST_PATHS", ())):
        return int(conf.get("IMPORT_MAX_BYTES", 128 << 20)) + margin
    default = max(
        int(conf.get("ATTACHMENT_MAX_BYTES", 10 << 20)), int(conf.get("LOGO_MAX_BYTES", 0))
    )
    return int(conf.get("REQUEST_MAX_BYTES", default + margin))


def _too_large(request: HttpRequest, limit: int) -> HttpResponse:
    message = _("The upload is too large: at most %(size)s MB.") % {"size": limit >> 20}
    if request.path.startswith("/api/"):
        response: HttpResponse = JsonResponse({"message": str(message), "fields": {}}, status=413)
    else:
        response = render(
            request, "web/error.html", {"message": message, "status": 413}, status=413
        )
    # The body was not read: the connection cannot be reused for another request.
    response["Connection"] = "close"
    return response
