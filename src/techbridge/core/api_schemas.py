"""Schemas shared by several routers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ninja import Schema
from pydantic import create_model


class ErrorOut(Schema):
    message: str
    fields: dict[str, list[str]] = {}


class Page(Schema):
    count: int
    items: list[Any]


def patch_of(schema: type[Schema], fields: Iterable[str], name: str) -> type[Schema]:
    """The PATCH body of ``schema``: the same ``fields`` with the same types, each optional
    (None: unchanged), so a field is declared once for POST and PATCH."""
    optional: dict[str, Any] = {f: (schema.model_fields[f].annotation | None, None) for f in fields}
    return create_model(name, __base__=Schema, **optional)
