"""The staff funnel as CSV and XLSX (one table per breakdown, the funnel first) and the
connection list as a spreadsheet for staff (`?export=csv|xlsx`)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from django.core.exceptions import ObjectDoesNotExist
from django.http import HttpResponse
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import PermissionDenied
from techbridge.core.exports import Column, respond
from techbridge.core.spreadsheets import write_csv, write_xlsx
from techbridge.deals.figures import DIMENSIONS, STEPS, Funnel
from techbridge.deals.selectors import owner_visible

HEADER = ["dimension", "key", "label", *(k for k, _l in STEPS), "value_cny"]


def rows(funnel: Funnel) -> Iterator[list[Any]]:
    counts = {s["key"]: s["count"] for s in funnel.steps}
    yield ["total", "", "", *(counts[k] for k, _l in STEPS), funnel.value_cny]
    for dimension, _label in DIMENSIONS:
        for row in funnel.breakdowns[dimension]:
            yield [
                dimension,
                row.key,
                row.label,
                *(row.counts[k] or 0 for k, _l in STEPS),
                row.value_cny,
            ]


def as_csv(funnel: Funnel) -> str:
    """The funnel and its breakdowns as CSV text (formula-like cells quoted by
    ``core.spreadsheets``; labels can be user text)."""
    return write_csv(HEADER, rows(funnel)).decode("utf-8-sig")


def as_xlsx(funnel: Funnel) -> bytes:
    """A workbook: the funnel's steps, then one sheet per breakdown (every cell a value)."""
    steps: list[list[Any]] = [[str(s["label"]), s["count"], s["rate"]] for s in funnel.steps]
    steps += [[], ["value_cny", float(funnel.value_cny)]]
    sheets: list[tuple[str, list[str], list[list[Any]]]] = [
        ("funnel", ["step", "count", "conversion_pct"], steps)
    ]
    for dimension, _label in DIMENSIONS:
        table = [
            [row.key, str(row.label), *(row.counts[k] or 0 for k, _l in STEPS), row.value_cny]
            for row in funnel.breakdowns[dimension]
        ]
        sheets.append((dimension, HEADER[1:], table))
    return write_xlsx(sheets)


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
