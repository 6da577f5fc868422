"""The staff dashboards' numbers, month by month over the last twelve months in the centre's
time zone (grouped by the database: `TruncMonth`), and the review queue's age now:

- listings published per month by kind and language;
- the review queue: how long the submitted profiles have waited, in age bands;
- matches proposed per month and those marked useful by a side;
- the deals funnel per month: expressions of interest sent, accepted, intentions and contracts
  signed (the two last as counted by `deals.figures.counted`);
- an event's registrations by country and by Chinese province.

Staff only: every function takes the actor and refuses anyone else."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import TruncMonth
from django.utils import timezone

from techbridge.accounts.selectors import is_staff
from techbridge.core.choices import Language, ProfileKind, ProfileStatus
from techbridge.core.errors import PermissionDenied
from techbridge.deals.figures import counted
from techbridge.deals.models import Connection, Contract, CooperationIntention, Status
from techbridge.events.models import Event, Participant
from techbridge.events.models.choices import SEATED, RegistrationStatus
from techbridge.exchange.report import signed_between
from techbridge.matches.models import Match, MatchStatus
from techbridge.profiles.models import TechnologyProfile

MONTHS = 12
AGE_BANDS = (
    (1, "< 1 d"),
    (3, "1–3 d"),
    (7, "3–7 d"),
    (14, "1–2 wk"),
    (30, "2–4 wk"),
    (None, "> 4 wk"),
)


@dataclass
class Monthly:
    """Counts per month for named series, in month order."""

    months: list[date]
    series: dict[str, list[int]]

    def labels(self) -> list[str]:
        return [m.strftime("%Y-%m") for m in self.months]


def _check(actor: Any) -> None:
    if not is_staff(actor):
        raise PermissionDenied()


def month_starts(today: date, count: int = MONTHS) -> list[date]:
    """The first days of the `count` months ending with `today`'s, oldest first."""
    year, month = today.year, today.month
    out = []
    for _i in range(count):
        out.append(date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return out[::-1]


def _as_date(value: Any) -> date:
    return value.date() if isinstance(value, datetime) else value


def _per_month(rows: QuerySet[Any], field: str, months: list[date], **groups: Q) -> Monthly:
    """Count `rows` per month of `field`, one series per named filter in `groups`."""
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.combine(months[0], datetime.min.time()), tz)
    recent = rows.filter(**{f"{field}__gte": start}).annotate(m=TruncMonth(field, tzinfo=tz))
    aggregates = {name: Count("id", filter=q) for name, q in groups.items()}
    found = {_as_date(r["m"]): r for r in recent.values("m").annotate(**aggregates)}
    return Monthly(
        months=months,
        series={name: [found.get(m, {}).get(name, 0) for m in months] for name in groups},
    )


def listings(*, actor: Any, months: list[date]) -> Monthly:
    _check(actor)
    published = TechnologyProfile.objects.filter(published_at__isnull=False)
    groups = {
        f"{kind}-{language}": Q(kind=kind, language=language)
        for kind in ProfileKind.values
        for language in Language.values
    }
    return _per_month(published, "published_at", months, **groups)


def review_queue_age(*, actor: Any) -> dict[str, Any]:
    """The submitted profiles by how long they have waited, the oldest and the median wait."""
    _check(actor)
    now = timezone.now()
    waits = sorted(
        (now - (submitted or now)).total_seconds() / 86400
        for submitted in TechnologyProfile.objects.filter(
            status=ProfileStatus.SUBMITTED
        ).values_list("submitted_at", flat=True)
    )
    bands: Counter[str] = Counter()
    for days in waits:
        label = next(lab for limit, lab in AGE_BANDS if limit is None or days < limit)
        bands[label] += 1
    return {
        "waiting": len(waits),
        "bands": [(label, bands[label]) for _limit, label in AGE_BANDS],
        "oldest_days": round(waits[-1], 1) if waits else None,
        "median_days": round(waits[len(waits) // 2], 1) if waits else None,
    }


def matches(*, actor: Any, months: list[date]) -> Monthly:
    _check(actor)
    useful = Q(request_status=MatchStatus.USEFUL) | Q(partner_status=MatchStatus.USEFUL)
    return _per_month(Match.objects.all(), "created_at", months, proposed=Q(), useful=useful)


def deals_funnel(*, actor: Any, months: list[date]) -> Monthly:
    """Per month: EOIs sent and accepted (by the date sent), intentions and contracts signed
    (by their date, only those the published figures count)."""
    _check(actor)
    eois = _per_month(
        Connection.objects.all(), "created_at", months, eois=Q(), accepted=Q(status=Status.ACCEPTED)
    )
    verified = counted(signed_between(months[0]))
    series = dict(eois.series)
    index = {m: i for i, m in enumerate(months)}
    for name, rows in (
        ("intentions", CooperationIntention.objects.filter(connection_id__in=verified.intentions)),
        ("contracts", Contract.objects.filter(connection_id__in=list(verified.contracts))),
    ):
        counts = [0] * len(months)
        for signed_on in rows.filter(signed_on__gte=months[0]).values_list("signed_on", flat=True):
            i = index.get(signed_on.replace(day=1))
            if i is not None:
                counts[i] += 1
        series[name] = counts
    return Monthly(months=months, series=series)


def registrations(*, actor: Any, event: Event) -> dict[str, list[tuple[str, int]]]:
    """An event's live registrations (pending or confirmed) by country and Chinese province."""
    _check(actor)
    rows = Participant.objects.filter(event=event, status__in=SEATED).values_list(
        "organisation__country", "organisation__province"
    )
    countries: Counter[str] = Counter()
    provinces: Counter[str] = Counter()
    for country, province in rows:
        countries[str(country)] += 1
        if province:
            provinces[province] += 1
    return {"countries": countries.most_common(), "provinces": provinces.most_common()}


def dashboard_events() -> QuerySet[Event]:
    """Events with registrations, newest first (the event picker)."""
    return (
        Event.objects.filter(participants__status=RegistrationStatus.CONFIRMED)
        .distinct()
        .order_by("-starts_at")
    )


def window(today: date | None = None) -> list[date]:
    """The dashboards' twelve months, ending with the current one."""
    return month_starts(today or timezone.localdate())
