"""Template helpers of the events app: `{% load events_tags %}`."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def in_zone(value: Any, event: Any) -> Any:
    """A UTC datetime in the event's time zone."""
    if value is None:
        return None
    return value.astimezone(event.tz)
