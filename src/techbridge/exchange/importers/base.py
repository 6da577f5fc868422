"""What every import kind shares: columns named after the page form's own fields (headers
in English and Chinese from the form's translated labels), cells turned into the form's data
(choices accepted as code, English or Chinese label; lists separated by ; or 、), and each row
validated by that form, the one validator of the pages and the API."""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django import forms
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

EXTERNAL_ID = "external_id"
LIST_SPLIT = re.compile(r"[;；、\n|]")
COMMA_SPLIT = re.compile(r"[,，]")
TRUE_WORDS = {"1", "true", "yes", "y", "x", "是", "对", "真", "✓"}
FALSE_WORDS = {"0", "false", "no", "n", "否", "不", "假", ""}


def norm(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


@dataclass
class Context:
    """Who imports, for which organisation (None: staff, for any), with which options."""

    actor: Any
    organisation: Any
    options: dict[str, Any]
    target: str = ""
    cache: dict[str, Any] = field(default_factory=dict)

    @property
    def scope(self) -> int:
        return 0 if self.organisation is None else int(self.organisation.id)


@dataclass
class RowResult:
    number: int
    external_id: str
    cells: dict[str, str]
    action: str = "error"
    errors: dict[str, list[str]] = field(default_factory=dict)
    data: dict[str, Any] = field(default_factory=dict)
    existing: Any = None


class Importer:
    """One kind of row. Subclasses give the form, the extra columns and how to find and save
    the records; the reading, header matching and cell conversion live here."""

    kind: str = ""
    form_class: type[forms.Form] = forms.Form
    fields: tuple[str, ...] = ()
    required_extra: tuple[str, ...] = ()

    # --- columns ---------------------------------------------------------------------------

    def columns(self, ctx: Context) -> list[str]:
        return [EXTERNAL_ID, *self.extra_columns(ctx), *self.fields]

    def extra_columns(self, ctx: Context) -> list[str]:
        return []

    def extra_labels(self) -> dict[str, Any]:
        return {EXTERNAL_ID: gettext_lazy("External id")}

    def form_field(self, key: str) -> forms.Field | None:
        return self.form_class.base_fields.get(key)

    def label(self, key: str, language: str) -> str:
        with translation.override(language):
            extra = self.extra_labels().get(key)
            if extra is not None:
                return str(extra)
            form_field = self.form_field(key)
            return str(form_field.label) if form_field and form_field.label else key

    def header(self, key: str, language: str) -> str:
        """'Title / 标题' for an English reader, '标题 / Title' for a Chinese one; a star
        marks a required column."""
        en, zh = self.label(key, "en"), self.label(key, "zh-hans")
        text = f"{zh} / {en}" if language.startswith("zh") else f"{en} / {zh}"
        return f"{text} *" if self.is_required(key) else text

    def is_required(self, key: str) -> bool:
        if key in self.required_extra:
            return True
        form_field = self.form_field(key)
        # A field with a default (an organisation's language) may be left out.
        return bool(form_field and form_field.required and form_field.initial is None)

    def match_headers(self, headers: list[str], ctx: Context) -> tuple[dict[int, str], list[str]]:
        """Which column of the file holds which field (by key, English or Chinese label,
        either order); the missing required columns."""
        names: dict[str, str] = {}
        for key in self.columns(ctx):
            names[norm(key)] = key
            for language in ("en", "zh-hans"):
                names[norm(self.label(key, language))] = key
        found: dict[int, str] = {}
        for index, header in enumerate(headers):
            text = header.replace("*", "")
            for part in [text, *text.split("/")]:
                key = names.get(norm(part))
                if key and key not in found.values():
                    found[index] = key
                    break
        missing = [k for k in self.columns(ctx) if self.is_required(k) and k not in found.values()]
        return found, missing

    # --- allowed values ----------------------------------------------------------------------

    def choices(self, key: str) -> list[tuple[str, str, str]]:
        """(code, English label, Chinese label) of a choice column; [] for free text."""
        form_field = self.form_field(key)
        if not isinstance(form_field, forms.ChoiceField):
            return []
        rows: dict[str, list[str]] = {}
        for language in ("en", "zh-hans"):
            with translation.override(language):
                for code, label in form_field.choices:
                    if code in ("", None):
                        continue
                    rows.setdefault(str(code), []).append(str(label))
        return [(code, labels[0], labels[-1]) for code, labels in rows.items()]

    def _lookup(self, key: str) -> dict[str, str]:
        table: dict[str, str] = {}
        for code, en, zh in self.choices(key):
            for name in (code, en, zh):
                table.setdefault(norm(name), code)
        return table

    # --- cells to form data --------------------------------------------------------------------

    def form_data(self, cells: dict[str, str], ctx: Context) -> dict[str, Any]:
        lookups: dict[str, dict[str, str]] = ctx.cache.setdefault(f"lookups:{self.kind}", {})
        data: dict[str, Any] = {}
        for key in self.fields:
            raw = cells.get(key, "")
            form_field = self.form_field(key)
            if not raw.strip() and form_field is not None and form_field.initial is not None:
                raw = str(form_field.initial)
            if isinstance(form_field, forms.ChoiceField):
                table = lookups.get(key)
                if table is None:
                    table = lookups[key] = self._lookup(key)
                multiple = isinstance(form_field, forms.MultipleChoiceField)
                data[key] = _choices(raw, table) if multiple else table.get(norm(raw), raw)
            elif isinstance(form_field, forms.BooleanField):
                data[key] = norm(raw) in TRUE_WORDS
            else:
                data[key] = raw
        return data

    def boolean_errors(self, cells: dict[str, str]) -> dict[str, list[str]]:
        errors = {}
        for key in self.fields:
            answer = norm(cells.get(key, ""))
            if isinstance(self.form_field(key), forms.BooleanField) and answer not in (
                TRUE_WORDS | FALSE_WORDS
            ):
                errors[key] = [_("Write yes or no.")]
        return errors

    # --- the subclass's part -------------------------------------------------------------------

    def form_kwargs(self, ctx: Context) -> dict[str, Any]:
        return {}

    def form_for(self, data: dict[str, Any], ctx: Context) -> forms.Form:
        """The page's form bound to one row. Building a Django form deep-copies its fields
        (and the countries' and sectors' choice lists) each time; an import builds one per
        language and binds copies that share its fields (validating changes no field)."""
        key = f"form:{self.kind}:{translation.get_language()}"
        template = ctx.cache.get(key)
        if template is None:
            template = ctx.cache[key] = self.form_class(**self.form_kwargs(ctx))
            for form_field in template.fields.values():
                if isinstance(form_field, forms.ChoiceField):
                    _fast_choices(form_field)
        form = copy.copy(template)
        form.data, form.files, form.is_bound = data, {}, True
        form._errors = None
        form._bound_fields_cache = {}
        return form

    def check(self, row: RowResult, ctx: Context) -> None:
        """Validate one row with the page's form; set row.data, row.errors, row.existing and
        row.action (create / update / unchanged / error)."""
        data = self.form_data(row.cells, ctx)
        form = self.form_for(data, ctx)
        row.errors.update(self.boolean_errors(row.cells))
        if not form.is_valid():
            for name, messages in form.errors.items():
                row.errors.setdefault(name if name != "__all__" else "", []).extend(
                    str(m) for m in messages
                )
        if row.errors:
            row.action = "error"
            return
        row.data = dict(form.cleaned_data)
        self.resolve(row, ctx)

    def prefetch(self, object_ids: dict[str, int], rows: Sequence[RowResult], ctx: Context) -> None:
        """Load, for a chunk of rows, the records earlier imports created for these external
        ids and whatever else the rows refer to."""

    def resolve(self, row: RowResult, ctx: Context) -> None:
        raise NotImplementedError

    def apply(self, rows: list[RowResult], ctx: Context) -> list[int]:
        """Write the checked rows; return the record ids in the rows' order."""
        raise NotImplementedError

    def changed(self, existing: Any, data: dict[str, Any]) -> bool:
        return any(
            _comparable(getattr(existing, key, None)) != _comparable(data.get(key))
            for key in self.fields
            if key in data
        )


def _fast_choices(form_field: forms.ChoiceField) -> None:
    """Choices given as a function are recomputed at each check, and a value is looked for
    in a list: evaluate them once and look values up in a set."""
    choices = list(form_field.choices)
    form_field.choices = choices
    allowed = {str(code) for code, _label in choices}
    form_field.valid_value = lambda value: str(value) in allowed  # type: ignore[method-assign]


def _choices(raw: str, table: dict[str, str]) -> list[str]:
    if not raw.strip():
        return []
    if norm(raw) in table:
        return [table[norm(raw)]]
    parts = [p for p in LIST_SPLIT.split(raw) if p.strip()]
    if any(norm(p) not in table for p in parts):
        parts = [q for p in parts for q in COMMA_SPLIT.split(p) if q.strip()]
    return [table.get(norm(p), p.strip()) for p in parts]


def _comparable(value: Any) -> Any:
    if value in (None, ""):
        return None
    if isinstance(value, list | tuple):
        return sorted(str(v) for v in value)
    return str(value)


REGISTRY: dict[str, Importer] = {}


def register(importer: Importer) -> Importer:
    REGISTRY[importer.kind] = importer
    return importer
