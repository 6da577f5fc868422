"""The technology taxonomy as the apps see it: localised names and form choices."""

from __future__ import annotations

from django.utils.translation import get_language

from techbridge.engines.text.taxonomy import FIELD_BY_CODE, FIELDS


def sector_name(code: str, language: str | None = None) -> str:
    field = FIELD_BY_CODE.get(code)
    if field is None:
        return code
    lang = language or get_language() or "en"
    return field.zh if lang.startswith("zh") else field.en


def sector_choices() -> list[tuple[str, str]]:
    return sorted(((f.code, sector_name(f.code)) for f in FIELDS), key=lambda c: c[1])


sector_choices.fixed_choices = True  # type: ignore[attr-defined]  # no database: fit for the API schema


def sector_names(codes: list[str]) -> list[str]:
    return [sector_name(c) for c in codes]
