"""The staff's measurements: per department and service type, the cases received in a
period, first-response and resolution times in business hours (median and 90th percentile,
nearest-rank), the SLA breach rate and satisfaction; as rows for the page, CSV and XLSX.

Times are the business time each case's clock used (stored when the target was met, on the
department's working calendar, pauses for the client left out: desk/sla.py)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, datetime, time
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from techbridge.accounts.selectors import is_staff
from techbridge.core.choices import Department
from techbridge.core.spreadsheets import write_csv, write_xlsx
from techbridge.desk.models import Case

HOUR = 3600


def nearest_rank(values: list[float], share: float) -> float | None:
    """The value below which `share` of the values lie (nearest-rank; None when empty)."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


@dataclass
class Row:
    department: str
    service: str
    cases: int = 0
    open: int = 0
    cancelled: int = 0
    first_response: list[float] = field(default_factory=list)
    resolution: list[float] = field(default_factory=list)
    breached: int = 0
    ratings: list[int] = field(default_factory=list)

    def figures(self) -> dict[str, Any]:
        def hours(v: float | None) -> float | None:
            return None if v is None else round(v / HOUR, 1)

        return {
            "department": self.department,
            "service": self.service,
            "cases": self.cases,
            "open": self.open,
            "cancelled": self.cancelled,
            "first_response_median_h": hours(nearest_rank(self.first_response, 0.5)),
            "first_response_p90_h": hours(nearest_rank(self.first_response, 0.9)),
            "resolution_median_h": hours(nearest_rank(self.resolution, 0.5)),
            "resolution_p90_h": hours(nearest_rank(self.resolution, 0.9)),
            "breach_rate_percent": round(100 * self.breached / self.cases, 1)
            if self.cases
            else None,
            "satisfaction": round(sum(self.ratings) / len(self.ratings), 2)
            if self.ratings
            else None,
            "ratings": len(self.ratings),
        }


def _bounds(since: date, until: date) -> tuple[datetime, datetime]:
    tz = timezone.get_current_timezone()
    return datetime.combine(since, time.min, tz), datetime.combine(until, time.max, tz)


def report(*, actor: Any, since: date, until: date) -> list[dict[str, Any]]:
    """One row per department and service type of the cases received in [since, until],
    plus a total per department (service ""), for staff only."""
    if not is_staff(actor):
        return []
    start, end = _bounds(since, until)
    cases = Case.objects.filter(created_at__range=(start, end)).select_related("service_type")
    rows: dict[tuple[str, str], Row] = {}
    departments = dict(Department.choices)
    for c in cases.only(
        "department", "status", "first_response_seconds", "resolution_seconds", "sla_breached",
        "service_type__name_en", "service_type__name_zh", "rating", "cancelled_at",
    ):  # fmt: skip
        dept = str(departments.get(c.department, c.department))
        for key in ((dept, c.service_type.name), (dept, "")):
            row = rows.setdefault(key, Row(*key))
            _add(row, c)
    return [rows[k].figures() for k in sorted(rows, key=lambda k: (k[0], k[1] == "", k[1]))]


def _add(row: Row, c: Case) -> None:
    row.cases += 1
    row.open += int(c.is_open)
    row.cancelled += int(c.cancelled_at is not None)
    if c.first_response_seconds is not None:
        row.first_response.append(c.first_response_seconds)
    if c.resolution_seconds is not None:
        row.resolution.append(c.resolution_seconds)
    row.breached += int(c.sla_breached)
    if c.rating:
        row.ratings.append(c.rating)


COLUMNS = (
    ("department", gettext_lazy("Department")),
    ("service", gettext_lazy("Service")),
    ("cases", gettext_lazy("Cases")),
    ("open", gettext_lazy("Open")),
    ("cancelled", gettext_lazy("Cancelled")),
    ("first_response_median_h", gettext_lazy("First response, median (business hours)")),
    ("first_response_p90_h", gettext_lazy("First response, 90th percentile (business hours)")),
    ("resolution_median_h", gettext_lazy("Resolution, median (business hours)")),
    ("resolution_p90_h", gettext_lazy("Resolution, 90th percentile (business hours)")),
    ("breach_rate_percent", gettext_lazy("SLA breach rate (%)")),
    ("satisfaction", gettext_lazy("Satisfaction (1-5)")),
    ("ratings", gettext_lazy("Ratings")),
)


def headers() -> list[str]:
    return [str(label) for _key, label in COLUMNS]


def _table(rows: list[dict[str, Any]]) -> list[list[Any]]:
    return [[r[k] for k, _label in COLUMNS] for r in rows]


def as_csv(rows: list[dict[str, Any]]) -> bytes:
    """CSV through the platform's writer (a BOM for Excel, formula-like cells neutralised:
    service names are staff's text)."""
    return write_csv(headers(), _table(rows))


def as_xlsx(rows: list[dict[str, Any]]) -> bytes:
    """One sheet through the platform's writer (text stays text, never a formula)."""
    return write_xlsx([(str(_("Service desk")), headers(), _table(rows))])
