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


@register.inclusion_tag("events/partials/relation_tag.html", takes_context=True)
def relation(context: template.Context, organisation_id: int | None) -> dict[str, Any]:
    """What the reader's organisations already did with this organisation (met, connected,
    an EOI pending, declined with the reason), as a tag; nothing when nothing is known."""
    from techbridge.events.selectors.relations import relations_for_request

    request = context.get("request")
    if request is None or not getattr(request.user, "is_authenticated", False):
        return {"relation": None}
    return {"relation": relations_for_request(request).for_org(organisation_id)}
