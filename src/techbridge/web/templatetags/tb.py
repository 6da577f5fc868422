"""Shared template filters: localised names of codes."""

from __future__ import annotations

from typing import Any

from django import template

from techbridge.core.choices import (
    IPStatus,
    OrganisationType,
    PartnershipType,
    ProfileStatus,
    SizeBand,
    choice_label,
)
from techbridge.core.provinces import province_name as _province_name
from techbridge.core.regions import country_name as _country_name
from techbridge.core.taxonomy import sector_name as _sector_name

register = template.Library()


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
