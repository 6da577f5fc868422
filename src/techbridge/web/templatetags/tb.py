"""Shared template filters: localised names of codes."""

from __future__ import annotations

from typing import Any, cast

from django import template

from techbridge.core.choices import (
    IPStatus,
    OrganisationType,
    PartnershipType,
    ProfileStatus,
    SizeBand,
    choice_label,
)
from techbridge.core.i18n import ListStyle
from techbridge.core.i18n import join_list as _join_list
from techbridge.core.provinces import province_name as _province_name
from techbridge.core.regions import country_name as _country_name
from techbridge.core.taxonomy import sector_name as _sector_name

register = template.Library()


@register.filter
def join_list(items: Any, style: str = "words") -> str:
    """Items joined as the active language joins them ("a, b" / "a、b"); escaped by the
    template like any text."""
    if style not in ("words", "clauses", "sentences", "and"):
        style = "words"
    return _join_list(items or (), style=cast(ListStyle, style))


@register.filter
def country_name(code: Any) -> str:
    return _country_name(str(code)) if code else ""


@register.filter
def province_name(code: Any) -> str:
    return _province_name(str(code)) if code else ""


@register.filter
def sector_name(code: Any) -> str:
    return _sector_name(str(code))


@register.filter
def status_label(value: Any) -> str:
    return choice_label(ProfileStatus, value)


@register.filter
def ip_label(value: Any) -> str:
    return choice_label(IPStatus, value)


@register.filter
def partnership_label(value: Any) -> str:
    return choice_label(PartnershipType, value)


@register.filter
def orgtype_label(value: Any) -> str:
    return choice_label(OrganisationType, value)


@register.filter
def size_label(value: Any) -> str:
    return choice_label(SizeBand, value)
