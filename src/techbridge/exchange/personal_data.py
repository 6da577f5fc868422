"""What exchange keeps about a person (core.personal_data): the spreadsheet imports they
ran. The imported profiles belong to the organisation; the import records stay."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.exchange.models import ImportBatch


def _export(user: Any) -> list[dict[str, Any]]:
    qs = ImportBatch.objects.filter(created_by=user).order_by("created_at", "id")
    return rows(qs, ("kind", "filename", "status", "total", "created_at", "applied_at"))


register(
    Section(
        key="exchange.imports",
        label=_("Spreadsheet imports"),
        export=_export,
        covers=("exchange.ImportBatch.created_by",),
        order=110,
    )
)
