"""The staff funnel as CSV and XLSX (one table per breakdown, the funnel first) and the
connection list as a spreadsheet for staff (`?export=csv|xlsx`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _
from openpyxl import Workbook

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import PermissionDenied
from techbridge.core.exports import Column, respond
from techbridge.deals.figures import DIMENSIONS, STEPS, Funnel
from techbridge.deals.selectors import owner_visible

HEADER = ["dimension", "key", "label", *(k for k, _l in STEPS), "value_cny"]


def _safe(value: Any) -> Any:
    """Cells a spreadsheet would run as a formula are quoted (labels can be user text)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def rows(funnel: Funnel) -> Iterator[list[Any]]:
    counts = {s["key"]: s["count"] for s in funnel.steps}
    yield ["total", "", "", *(counts[k] for k, _l in STEPS), funnel.value_cny]
    for dimension, _label in DIMENSIONS:
        for row in funnel.breakdowns[dimension]:
            yield [
                dimension,
                _safe(row.key),
                _safe(row.label),
                *(row.counts[k] or 0 for k, _l in STEPS),
                row.value_cny,
            ]


def as_csv(funnel: Funnel) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for row in rows(funnel):
        writer.writerow([str(v) for v in row])
    return out.getvalue()


def as_xlsx(funnel: Funnel) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = "funnel"
    sheet.append(["step", "count", "conversion_pct"])
    for step in funnel.steps:
        sheet.append([str(step["label"]), step["count"], step["rate"]])
    sheet.append([])
    sheet.append(["value_cny", float(funnel.value_cny)])
    for dimension, _label in DIMENSIONS:
        table = book.create_sheet(dimension)
        table.append(HEADER[1:])
        for row in funnel.breakdowns[dimension]:
            table.append(
                [
                    _safe(row.key),
                    _safe(row.label),
                    *(row.counts[k] or 0 for k, _l in STEPS),
                    float(row.value_cny),
                ]
            )
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _one(connection: Any, name: str) -> Any:
    """The connection's intention or contract, None when there is none."""
    try:
        return getattr(connection, name)
    except ObjectDoesNotExist:
        return None


def connection_columns(actor: Any) -> tuple[Column, ...]:
    """The connection list's columns (staff export): the owner only where the actor may see
    it, as on the page; the intention and the contract with their verification."""

    def owner(c: Any) -> str:
        return c.owner_org.name if owner_visible(actor, c) else ""

    def contract(attr: str) -> Any:
        return lambda c: getattr(_one(c, "contract"), attr, None)

    return (
        Column(_("ID"), lambda c: c.id),
        Column(_("Created"), lambda c: c.created_at),
        Column(_("Status"), lambda c: c.get_status_display()),
        Column(_("Stage"), lambda c: c.get_stage_display()),
        Column(_("Profile"), lambda c: c.profile.title),
        Column(_("Owner"), owner),
        Column(_("Interested organisation"), lambda c: c.requester_org.name),
        Column(_("Partnership type"), lambda c: c.partnership_type),
        Column(_("Mediated"), lambda c: c.brokered),
        Column(_("Intention signed"), lambda c: getattr(_one(c, "intention"), "signed_on", None)),
        Column(_("Contract signed"), contract("signed_on")),
        Column(_("Contract value"), contract("value")),
        Column(_("Currency"), contract("currency")),
        Column(_("Contract verified"), contract("verified_at")),
    )


def connection_list_response(fmt: str, connections: Any, actor: Any) -> HttpResponse:
    if not is_staff(actor):
        raise PermissionDenied()
    rows = connections.select_related("intention", "contract").iterator(chunk_size=2000)
    return respond(fmt, "connections", rows, connection_columns(actor))
