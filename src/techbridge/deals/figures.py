"""The figures the centre publishes and the staff funnel, computed from connections,
intentions and contracts — only from confirmed and verified records (`counted`): what one
party records alone never moves a figure. Contract values are converted to CNY with the exchange rate valid on
the contract's date (`ExchangeRate`, kept by staff); a value without a rate is left out of the
totals and counted in `unconverted`."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import PermissionDenied
from techbridge.core.provinces import province_name
from techbridge.core.regions import country_name
from techbridge.core.taxonomy import sector_name
from techbridge.deals.choices import Stage, Status
from techbridge.deals.models import Connection, Contract, ExchangeRate, StageChange
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


@dataclass
class Counted:
    """What counts in the figures: meetings and intentions the other party (or the broker)
    confirmed; contracts confirmed, verified by staff and, above the second-approval bound,
    approved by a second member of staff, with their value in CNY."""

    meetings: set[int]
    intentions: set[int]
    contracts: dict[int, Decimal]
    unconverted: int


def _confirmed(stage: str, connections: Any) -> set[int]:
    changes = StageChange.objects.filter(
        to_stage=stage, confirmed_at__isnull=False, connection__in=connections
    )
    return set(changes.values_list("connection_id", flat=True))


def needs_second_approval(value_cny: Decimal | None) -> bool:
    """A contract above the configured bound (or of unknown CNY value) needs a second
    member of staff to approve it before it counts."""
    bound = Decimal(settings.TECHBRIDGE["CONTRACT_SECOND_APPROVAL_CNY"])
    return value_cny is None or value_cny > bound


def counted(connections: Any = None) -> Counted:
    """The verified records among `connections` (all connections when None)."""
    if connections is None:
        connections = Connection.objects.filter(status=Status.ACCEPTED)
    confirmed_contracts = _confirmed(Stage.CONTRACT_SIGNED, connections)
    rates = Rates()
    values: dict[int, Decimal] = {}
    unconverted = 0
    rows = Contract.objects.filter(
        connection_id__in=confirmed_contracts, verified_at__isnull=False
    ).values_list("connection_id", "value", "currency", "signed_on", "approved_at")
    for connection_id, value, currency, signed_on, approved_at in rows:
        cny = rates.to_cny(value, currency, signed_on)
        if cny is None:
            unconverted += 1
        elif approved_at is not None or not needs_second_approval(cny):
            values[connection_id] = cny
    return Counted(
        meetings=_confirmed(Stage.MEETING_HELD, connections),
        intentions=_confirmed(Stage.INTENTION_SIGNED, connections),
        contracts=values,
        unconverted=unconverted,
    )


def headline() -> dict[str, Any]:
    """The public figures: connections made, intentions, contracts and their value in CNY,
    countries and provinces involved (no organisation is named). Only confirmed and verified
    records count (`counted`)."""
    accepted = Connection.objects.filter(status=Status.ACCEPTED)
    verified = counted(accepted)
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
        "intentions": len(verified.intentions),
        "contracts": len(verified.contracts),
        "value_cny": sum(verified.contracts.values(), Decimal(0)),
        "unconverted": verified.unconverted,
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
    verified = counted(connections)
    met = set(
        StageChange.objects.filter(
            to_stage=Stage.MEETING_HELD, connection__in=connections
        ).values_list("connection_id", flat=True)
    )
    pending = dict.fromkeys(("meetings", "intentions", "contracts"), 0)
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
            "meetings": row["id"] in verified.meetings,
            "intentions": row["id"] in verified.intentions,
            "contracts": row["id"] in verified.contracts,
        }
        recorded = {
            "meetings": row["id"] in met,
            "intentions": row["intention__id"] is not None,
            "contracts": row["contract__id"] is not None,
        }
        for step, hit in recorded.items():
            pending[step] += int(hit and not reached[step])
        value = verified.contracts.get(row["id"], Decimal(0))
        total.add(reached, value)
        for dimension, table in tables.items():
            for key, label in _keys(row, dimension):
                table.setdefault(key, Row(key, str(label))).add(reached, value)
    return Funnel(
        steps=_steps(total, pending),
        breakdowns={
            d: sorted(t.values(), key=lambda r: (-(r.counts["eois"] or 0), r.label))
            for d, t in tables.items()
        },
        value_cny=total.value_cny,
        unconverted=verified.unconverted,
    )


def _steps(total: Row, pending: dict[str, int]) -> list[dict[str, Any]]:
    """Each step's verified count, its conversion from the previous step, and how many are
    recorded but not yet confirmed or verified (`pending`, not in the count)."""
    steps = []
    previous = None
    for key, label in STEPS:
        count = total.counts[key] or 0
        rate = None if not previous else round(100 * count / previous, 1)
        steps.append(
            {
                "key": key,
                "label": label,
                "count": count,
                "rate": rate,
                "pending": pending.get(key, 0),
            }
        )
        previous = count
    return steps
