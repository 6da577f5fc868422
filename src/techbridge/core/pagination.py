"""Page numbers from user input: anything that is not a sensible page becomes one."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator


def page_of(items: Any, raw_page: Any, per_page: int = 20) -> Page:  # type: ignore[type-arg]
    try:
        number = int(str(raw_page))
    except (TypeError, ValueError):
        number = 1
    paginator = Paginator(items, per_page)
    number = max(1, min(number, paginator.num_pages))
    return paginator.page(number)
