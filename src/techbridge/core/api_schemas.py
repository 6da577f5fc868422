"""Schemas shared by several routers."""

from __future__ import annotations

from typing import Annotated, Any

from ninja import Schema
from pydantic import Field


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
