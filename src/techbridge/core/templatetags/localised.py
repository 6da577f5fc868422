"""Dates, numbers and lists as the reader's language writes them: `{% load localised %}`.

{{ meeting.starts_at|day_time }}   Fri 5 Feb 14:00 · 2月5日 星期五 14:00
{{ value|grouped }}                18,260,000 (digit groups in every language)
{{ names|joined }}                 a, b · a、b
<p lang="{{ text|text_lang }}">      zh-Hans · en · und: the language of what a user wrote
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import template
from django.utils.formats import date_format, number_format
from django.utils.translation import pgettext

from techbridge.core.i18n import join_list
from techbridge.engines.text.language import detect_language

register = template.Library()


@register.filter
def day_time(value: Any) -> str:
    """A day and a time with the day and month names of the active language (the printed
    agenda's format)."""
    if not value:
        return ""
    return date_format(value, pgettext("meeting start in a printed agenda", "D j M H:i"))


@register.filter
def day(value: Any) -> str:
    """A day with its weekday, in the active language ("Fri 5 Feb" / "2月5日 星期五")."""
    if not value:
        return ""
    return date_format(value, pgettext("a day with its weekday", "D j M"))


@register.filter
def grouped(value: Any, decimals: int | None = None) -> str:
    """A number with digit grouping in every language (Chinese pages too)."""
    if value is None or value == "":
        return ""
    try:
        number = Decimal(str(value))
    except ArithmeticError:
        return str(value)
    return number_format(number, decimal_pos=decimals, use_l10n=True, force_grouping=True)


@register.filter
def joined(values: Any, style: str = "words") -> str:
    return join_list(values or [], style=style)  # type: ignore[arg-type]


@register.filter
def text_lang(value: Any) -> str:
    """The BCP 47 tag of a text a user wrote, for its element's ``lang`` attribute: screen
    readers then read a Chinese message on an English page (and the reverse) in the right
    voice, and browsers pick the right fonts. ``und`` (undetermined) when it cannot tell."""
    code = detect_language(str(value or ""))
    return {"zh": "zh-Hans", "en": "en"}.get(code, "und")
