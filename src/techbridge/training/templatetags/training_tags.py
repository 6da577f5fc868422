"""Template helpers of the training app: `{% load training_tags %}`."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def course_time(value: Any, course: Any) -> Any:
    """A UTC datetime in the course's time zone."""
    if value is None:
        return None
    return value.astimezone(course.tz)
