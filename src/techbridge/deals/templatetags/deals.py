"""Template filters of the deals app: labels of its vocabularies (`{% load deals %}`)."""

from __future__ import annotations

from typing import Any

from django import template

from techbridge.core.choices import choice_label
from techbridge.deals.choices import DealType, DeclineReason, Stage, Status

register = template.Library()


@register.filter
def stage_label(value: Any) -> str:
    return choice_label(Stage, value)


@register.filter
def connection_status_label(value: Any) -> str:
    return choice_label(Status, value)


@register.filter
def decline_label(value: Any) -> str:
    return choice_label(DeclineReason, value)


@register.filter
def deal_type_label(value: Any) -> str:
    return choice_label(DealType, value)
