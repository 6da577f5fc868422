"""Schemas shared by several routers."""

from __future__ import annotations

from typing import Any

from ninja import Schema


class ErrorOut(Schema):
    message: str
    fields: dict[str, list[str]] = {}


class Page(Schema):
    count: int
    items: list[Any]
