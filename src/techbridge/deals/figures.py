"""The figures the centre publishes and the staff funnel, computed from connections,
intentions and contracts. Contract values are converted to CNY with the exchange rate valid on
the contract's date (`ExchangeRate`, kept by staff); a value without a rate is left out of the
totals and counted in `unconverted`."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import PermissionDenied
from techbridge.core.provinces import province_name
from techbridge.core.regions import country_name
from techbridge.core.taxonomy import sector_name
from techbridge.deals.models import (
    Connection,
    Contract,
    CooperationIntention,
    ExchangeRate,
    Stage,
    StageChange,
    Status,
)
from techbridge.deals.selectors import visible_connections

STEPS = (
    ("eois", _("Expressions of interest")),
    ("accepted", _("Contacts accepted")),
    ("meetings", _("Meetings held")),
    ("intentions", _("Cooperation intentions")),
    ("contracts", _("Contracts signed")),
)
DIMENSIONS = (
    ("sector", _("Sector")),
    ("country", _("Country")),
    ("province", _("Province")),
    ("event", _("Event")),
)


class Rates:
    """The exchange-rate table in memory: rate of a currency on a date."""

    def __init__(self) -> None:
        self._by_currency: dict[str, tuple[list[date], list[Decimal]]] = {}
        rows = ExchangeRate.objects.order_by("currency", "valid_from").values_list(
            "currency", "valid_from", "rate_to_cny"
        )
        for currency, valid_from, rate in rows:
            dates, values = self._by_currency.setdefault(currency, ([], []))
            dates.append(valid_from)
            values.append(rate)

    def to_cny(self, value: Decimal, currency: str, on: date) -> Decimal | None:
        if currency == "CNY":
            return value
        dates, values = self._by_currency.get(currency, ([], []))
        i = bisect.bisect_right(dates, on)
        return None if i == 0 else (value * values[i - 1]).quantize(Decimal("0.01"))


def _contract_values(contracts: Any) -> tuple[dict[int, Decimal], int]:
    rates = Rates()
    values: dict[int, Decimal] = {}
    unconverted = 0
    for connection_id, value, currency, signed_on in contracts.values_list(
        "connection_id", "value", "currency", "signed_on"
    ):
        cny = rates.to_cny(value, currency, signed_on)
        if cny is None:
            unconverted += 1
        else:
            values[connection_id] = cny
    return values, unconverted


def headline() -> dict[str, Any]:
    """The public figures: connections made, intentions, contracts and their value in CNY,
    countries and provinces involved (no organisation is named)."""
    accepted = Connection.objects.filter(status=Status.ACCEPTED)
    values, unconverted = _contract_values(Contract.objects.all())
    countries: set[str] = set()
    provinces: set[str] = set()
    for row in accepted.values_list(
        "owner_org__country",
        "owner_org__province",
        "requester_org__country",
        "requester_org__province",
    ):
        countries.update(str(c) for c in (row[0], row[2]) if c)
        provinces.update(p for p in (row[1], row[3]) if p)
    return {
        "connections": accepted.count(),
        "intentions": CooperationIntention.objects.count(),
        "contracts": Contract.objects.count(),
        "value_cny": sum(values.values(), Decimal(0)),
        "unconverted": unconverted,
        "countries": len(countries),
        "provinces": len(provinces),
    }


@dataclass
class Row:
    key: str
    label: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(k for k, _l in STEPS))
    value_cny: Decimal = Decimal(0)

    def add(self, reached: dict[str, bool], value: Decimal) -> None:
        for step, hit in reached.items():
            self.counts[step] = (self.counts[step] or 0) + int(hit)
        self.value_cny += value


@dataclass
class Funnel:
    steps: list[dict[str, Any]]
    breakdowns: dict[str, list[Row]]
    value_cny: Decimal
    unconverted: int


def _keys(row: dict[str, Any], dimension: str) -> list[tuple[str, str]]:
    if dimension == "sector":
        return [(s, sector_name(s)) for s in (row["profile__sectors"] or [])]
    if dimension == "country":
        codes = {str(row["owner_org__country"]), str(row["requester_org__country"])}
        return [(c, country_name(c)) for c in sorted(codes) if c]
    if dimension == "province":
        codes = {row["owner_org__province"], row["requester_org__province"]} - {""}
        return [(p, province_name(p)) for p in sorted(codes)]
    if row["intention__event__slug"]:
        slug = row["intention__event__slug"]
        title = row["intention__event__title_en"] or row["intention__event__title_zh"] or slug
        return [(slug, title)]
    ref = row["intention__event_ref"] or ""
    return [(ref, ref)] if ref else []


def funnel(*, actor: Any) -> Funnel:
    """The staff funnel over the connections the actor sees: EOIs -> accepted -> meetings ->
    intentions -> contracts, with conversion rates and breakdowns."""
    if not is_staff(actor):
        raise PermissionDenied()
    connections = visible_connections(actor)
    met = set(
        StageChange.objects.filter(
            to_stage=Stage.MEETING_HELD, connection__in=connections
        ).values_list("connection_id", flat=True)
    )
    values, unconverted = _contract_values(Contract.objects.filter(connection__in=connections))
    rows = connections.values(
        "id",
        "status",
        "profile__sectors",
        "owner_org__country",
        "owner_org__province",
        "requester_org__country",
        "requester_org__province",
        "intention__id",
        "intention__event_ref",
        "intention__event__slug",
        "intention__event__title_en",
        "intention__event__title_zh",
        "contract__id",
    )
    total = Row("", "")
    tables: dict[str, dict[str, Row]] = {d: {} for d, _l in DIMENSIONS}
    for row in rows:
        reached = {
            "eois": True,
            "accepted": row["status"] == Status.ACCEPTED,
            "meetings": row["id"] in met,
            "intentions": row["intention__id"] is not None,
            "contracts": row["contract__id"] is not None,
        }
        value = values.get(row["id"], Decimal(0))
        total.add(reached, value)
        for dimension, table in tables.items():
            for key, label in _keys(row, dimension):
                table.setdefault(key, Row(key, str(label))).add(reached, value)
    return Funnel(
        steps=_steps(total),
        breakdowns={
            d: sorted(t.values(), key=lambda r: (-(r.counts["eois"] or 0), r.label))
            for d, t in tables.items()
        },
        value_cny=total.value_cny,
        unconverted=unconverted,
    )


def _steps(total: Row) -> list[dict[str, Any]]:
    steps = []
    previous = None
    for key, label in STEPS:
        count = total.counts[key] or 0
        rate = None if not previous else round(100 * count / previous, 1)
        steps.append({"key": key, "label": label, "count": count, "rate": rate})
        previous = count
    return steps
