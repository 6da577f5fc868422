"""`{% load panels %}`: `{% panels "slot" name=object ... %}` renders the panels other apps
registered for a slot; `{% menu "audience" %}` the main-menu entries of an audience."""

from __future__ import annotations

from typing import Any

from django import template
from django.urls import NoReverseMatch, reverse
from django.utils.html import format_html_join
from django.utils.safestring import SafeString, mark_safe

from techbridge.core.panels import audience_allows, menu_items, panels_for

register = template.Library()


@register.simple_tag(takes_context=True)
def panels(context: template.Context, slot: str, **objects: Any) -> SafeString:
    """Each panel of the slot that has something to show, rendered in the page's context
    plus its own (the panel's values win)."""
    request = context.get("request")
    parts = []
    for panel in panels_for(slot):
        values = panel.context(request, objects)  # type: ignore[arg-type]
        if values is None:
            continue
        tpl = context.template.engine.get_template(panel.template)  # type: ignore[union-attr]
        with context.push(**values, panel=panel):
            parts.append(tpl.render(context))
    return mark_safe("".join(parts))  # noqa: S308 - each part is an escaped template's output


@register.simple_tag(takes_context=True)
def menu(context: template.Context, audience: str) -> SafeString:
    """Links to the menu entries of an audience, if the reader belongs to it."""
    request = context.get("request")
    user = getattr(request, "user", None) or context.get("user")
    if not audience_allows(audience, user):
        return mark_safe("")
    links = []
    for item in menu_items(audience):  # type: ignore[arg-type]
        try:
            url = reverse(item.url_name) + item.query
        except NoReverseMatch:
            continue
        links.append((url, item.name, item.label))
    return format_html_join("", '<a href="{}" data-menu="{}">{}</a>', links)
