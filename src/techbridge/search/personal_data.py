"""What search keeps about a person (core.personal_data): their saved searches and alerts,
erased with the account."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.search.models import SavedSearch

FIELDS = ("name", "query_string", "alerts", "created_at", "last_alerted_at")


def _export(user: Any) -> list[dict[str, Any]]:
    return rows(SavedSearch.objects.filter(user=user).order_by("created_at", "id"), FIELDS)


def _erase(user: Any) -> None:
    SavedSearch.objects.filter(user=user).delete()


register(
    Section(
        key="search.saved_searches",
        label=_("Saved searches and alerts"),
        export=_export,
        erase=_erase,
        covers=("search.SavedSearch.user",),
        order=30,
    )
)
