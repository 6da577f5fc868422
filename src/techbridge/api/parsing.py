"""The API's body parser: a body is a JSON object sent as JSON, with text that can be stored.

Each refusal is a `BodyRefused` with a message; django-ninja turns any parser error into a
400, which the API's error handler answers as `{"message", "fields"}` with that message.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from ninja.parser import Parser

# Nesting deeper than any schema of the API: refused before pydantic walks it.
MAX_DEPTH = 32


class BodyRefused(ValueError):
    def __init__(self, message: Any) -> None:
        self.message = message
        super().__init__(str(message))


def _check(value: Any, depth: int = 0) -> None:
    """Refuse strings Python can hold but no database can store (lone UTF-16 surrogates,
    NUL), and absurd nesting."""
    if depth > MAX_DEPTH:
        raise BodyRefused(_("The request body is nested too deeply."))
    if isinstance(value, str):
        if "\x00" in value:
            raise BodyRefused(_("Text may not contain NUL characters."))
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise BodyRefused(_("Text must be valid Unicode (no lone surrogates).")) from exc
    elif isinstance(value, dict):
        for key, item in value.items():
            _check(key, depth + 1)
            _check(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _check(item, depth + 1)


class JsonObjectParser(Parser):
    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        content_type = (request.content_type or "").split(";")[0].strip().lower()
        if content_type != "application/json" and not content_type.endswith("+json"):
            raise BodyRefused(_("Send the request body as JSON (Content-Type: application/json)."))
        try:
            data = json.loads(request.body)
        except (ValueError, RecursionError) as exc:
            raise BodyRefused(_("The request body is not valid JSON.")) from exc
        if not isinstance(data, dict):
            raise BodyRefused(_("The request body must be a JSON object."))
        _check(data)
        return data
