"""Schemas shared by several routers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any

from ninja import Schema
from pydantic import Field, create_model


class ErrorOut(Schema):
    message: str
    fields: dict[str, list[str]] = {}


class Page(Schema):
    count: int
    items: list[Any]


# List offsets: bounded so a huge number is a 422, not a database overflow (SQLite and
# PostgreSQL take 64-bit offsets; no list is near a million rows deep for a client).
MAX_OFFSET = 1_000_000
Offset = Annotated[int, Field(ge=0, le=MAX_OFFSET, description="Rows to skip (0 to 1,000,000).")]


def patch_of(schema: type[Schema], fields: Iterable[str], name: str) -> type[Schema]:
    """The PATCH body of ``schema``: the same ``fields`` with the same types, each optional
    (None: unchanged), so a field is declared once for POST and PATCH."""
    optional: dict[str, Any] = {f: (schema.model_fields[f].annotation | None, None) for f in fields}
    return create_model(name, __base__=Schema, **optional)
