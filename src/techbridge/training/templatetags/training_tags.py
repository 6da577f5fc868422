"""Template helpers of the training app: `{% load training_tags %}`."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import timezone

from techbridge.training.selectors import upcoming_sessions

register = template.Library()


@register.filter
def course_time(value: Any, course: Any) -> Any:
    """A UTC datetime in the course's time zone."""
    if value is None:
        return None
    return value.astimezone(course.tz)


@register.simple_tag
def upcoming_course_sessions(user: Any) -> list[Any]:
    """The member's next sessions, for the dashboard panel."""
    return upcoming_sessions(actor=user, now=timezone.now())
