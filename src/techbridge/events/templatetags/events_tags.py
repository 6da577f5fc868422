"""Template helpers of the events app: `{% load events_tags %}`."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from techbridge.events.selectors import upcoming_registrations

register = template.Library()


@register.simple_tag
def my_registrations(user: Any) -> list[Any]:
    return upcoming_registrations(actor=user, now=timezone.now())


@register.filter
def in_zone(value: Any, event: Any) -> Any:
    """A UTC datetime in the event's time zone."""
    if value is None:
        return None
    return value.astimezone(event.tz)
