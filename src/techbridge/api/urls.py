"""The API's assembly: each app keeps its routes in its own api.py."""

from __future__ import annotations

import logging
from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError, ValidationError

from techbridge.api.openapi import document_refusals
from techbridge.api.parsing import BodyRefused, JsonObjectParser
from techbridge.core.errors import DomainError

logger = logging.getLogger(__name__)


class TechBridgeAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs: Any) -> Any:
        """Ninja's schema, with every refusal an operation can give (api/openapi.py)."""
        return document_refusals(super().get_openapi_schema(**kwargs))


api = TechBridgeAPI(
    title="TechBridge API",
    version="1",
    description="Technology offers and requests, organisations, search, matches, deals and events.",
    urls_namespace="api",
    docs_url="/docs",
    openapi_url="/openapi.json",
    parser=JsonObjectParser(),
)


def _error(request: HttpRequest, status: int, message: Any, fields: Any = None) -> HttpResponse:
    return api.create_response(
        request, {"message": str(message), "fields": fields or {}}, status=status
    )


@api.exception_handler(DomainError)
def domain_error(request: HttpRequest, exc: DomainError) -> HttpResponse:
    return _error(request, exc.status, exc.message, exc.fields)


@api.exception_handler(ValidationError)
def validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    fields: dict[str, list[str]] = {}
    for err in exc.errors:
        loc = [str(p) for p in err.get("loc", []) if p not in ("body", "payload", "query")]
        fields.setdefault(".".join(loc) or "__all__", []).append(str(err.get("msg", "")))
    return _error(request, 422, _("Some fields are not valid."), fields)


@api.exception_handler(Http404)
def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _error(request, 404, _("Not found."))


@api.exception_handler(AuthenticationError)
def auth_error(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    return _error(request, 401, _("Authentication required: send a valid API token."))


@api.exception_handler(HttpError)
def http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if exc.status_code == 400:
        cause = exc.__cause__
        if isinstance(cause, BodyRefused):
            return _error(request, 400, cause.message)
        return _error(request, 400, _("The request body is not valid JSON."))
    return _error(request, exc.status_code, exc.message)


@api.exception_handler(Exception)
def unexpected_error(request: HttpRequest, exc: Exception) -> HttpResponse:
    # Never a traceback to a client: log it, answer with a plain message.
    logger.exception("API error on %s", request.path)
    return _error(request, 500, _("Something went wrong on our side. Please try again."))


def _mount() -> None:
    from techbridge.accounts.api import router as accounts_router
    from techbridge.accounts.privacy_api import router as privacy_router
    from techbridge.profiles.api import router as profiles_router

    api.add_router("/organisations", accounts_router)
    api.add_router("/me", privacy_router)
    api.add_router("/profiles", profiles_router)
    for module in (
        "search",
        "matches",
        "deals",
        "events",
        "training",
        "desk",
        "incubation",
        "exchange",
        "domiciliation",
    ):
        try:
            router = __import__(f"techbridge.{module}.api", fromlist=["router"]).router
        except ModuleNotFoundError as exc:
            if exc.name != f"techbridge.{module}.api":
                raise
            continue
        api.add_router(f"/{module}" if module != "search" else "/search", router)


_mount()
