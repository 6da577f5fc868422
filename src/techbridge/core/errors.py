"""Domain errors: raised by services and selectors, mapped once to JSON (API) and to a
message (pages). Messages are translatable and never contain internals."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    """Base class: a user-facing refusal with an HTTP-ish status."""

    status = 400
    default_message: Any = _("The request could not be completed.")

    def __init__(self, message: Any = None, *, fields: dict[str, list[str]] | None = None):
        self.message = message if message is not None else self.default_message
        self.fields = fields or {}
        super().__init__(str(self.message))


class ValidationFailed(DomainError):
    status = 422
    default_message = _("Some fields are not valid.")


class PermissionDenied(DomainError):
    status = 403
    default_message = _("You do not have permission to do this.")


class NotFound(DomainError):
    status = 404
    default_message = _("Not found.")


class Conflict(DomainError):
    status = 409
    default_message = _("This action conflicts with the current state.")


class RateLimited(DomainError):
    status = 429
    default_message = _("Too many requests. Please try again later.")


def form_errors(form: Any) -> dict[str, list[str]]:
    """A Django form's errors as plain strings per field."""
    return {field: [str(m) for m in msgs] for field, msgs in form.errors.items()}
