"""Schemas shared by several routers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Any

from django import forms
from django.utils.choices import CallableChoiceIterator
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
    patch = create_model(name, __base__=Schema, **optional)
    extra = schema.model_config.get("json_schema_extra")
    if extra is not None:  # the same allowed values (choices_from)
        patch.model_config["json_schema_extra"] = extra
        patch.model_rebuild(force=True)
    return patch


def _flat(choices: Iterable[Any]) -> list[Any]:
    values: list[Any] = []
    for value, label in choices:
        if isinstance(label, list | tuple):  # an option group
            values.extend(v for v, _label in label)
        else:
            values.append(value)
    return values


def _allowed(field: Any) -> list[Any] | None:
    """The values a form's choice field accepts (its coerced type for typed choices)."""
    if not isinstance(field, forms.ChoiceField) or isinstance(field, forms.ModelChoiceField):
        return None  # model choices come from the database: not fixed in a schema
    if isinstance(field.choices, CallableChoiceIterator) and not getattr(
        field.choices.func, "fixed_choices", False
    ):
        return None  # computed per request (from the database): only fixed lists are listed
    values = _flat(field.choices)
    if field.required:
        values = [v for v in values if v != ""]
    coerce = getattr(field, "coerce", None)
    if coerce is not None and coerce is not str:
        values = [coerce(v) if v != "" else v for v in values]
    return [v for v in values if v is not None]


def _with_enum(prop: dict[str, Any], values: list[Any]) -> None:
    if prop.get("type") == "array":
        prop.setdefault("items", {})["enum"] = values
    elif "anyOf" in prop:  # nullable: the non-null branches
        for branch in prop["anyOf"]:
            if branch.get("type") not in (None, "null"):
                _with_enum(branch, values)
    else:
        prop["enum"] = values


def choices_from(form_class: Any, rules: dict[str, Any] | None = None) -> Any:
    """`json_schema_extra` for an API schema whose body the form `form_class` validates: every
    property that is a choice field of the form lists the values the form accepts, so the
    OpenAPI schema and the one validator say the same thing. `rules`: JSON Schema keywords
    for what the form's `clean()` requires across fields (e.g. an `if`/`then`)."""

    def extra(schema: dict[str, Any], model: Any = None) -> None:
        fields = form_class.base_fields
        for name, prop in schema.get("properties", {}).items():
            values = _allowed(fields[name]) if name in fields else None
            if values:
                _with_enum(prop, values)
        schema.update(rules or {})

    return extra


def allowed_values(values: dict[str, Iterable[Any]]) -> Any:
    """`json_schema_extra` for an API schema whose choice properties a service checks (no
    form): each named property lists `values`, the service's own list of what it accepts."""

    def extra(schema: dict[str, Any], model: Any = None) -> None:
        for name, prop in schema.get("properties", {}).items():
            if name in values:
                _with_enum(prop, list(values[name]))

    return extra
