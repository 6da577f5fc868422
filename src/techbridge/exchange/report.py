"""The centre's annual report: headline figures per year and per convention, computed from the
data and only from records someone other than the member who entered them has checked:

- representatives: confirmed registrations of *verified* organisations (checked in at the door
  counted beside them);
- organisations, countries, provinces: the verified organisations that sent representatives or
  took part in an accepted connection;
- profiles published: profiles staff approved (published, or published then closed);
- connections: accepted by the profile's owner; cooperation intentions and contracts: those
  `deals.figures.counted` counts (confirmed by the other party, contracts verified and, above
  the bound, approved twice), values in CNY at the rate valid on the contract's date.

A year's scope is the calendar year in the centre's time zone; a convention's scope is its
registrations, the meetings held there and the intentions reached there (with the contracts
that followed them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.db.models import Q, QuerySet
from django.utils import timezone

from techbridge.accounts.models import Organisation
from techbridge.core.choices import ProfileKind, ProfileStatus
from techbridge.deals.figures import counted
from techbridge.deals.models import (
    Connection,
    Contract,
    CooperationIntention,
    ExchangeRate,
    Status,
)
from techbridge.events.models import Attendance, Event, Meeting, MeetingStatus, Participant
from techbridge.events.models.choices import EventType, EventVisibility, RegistrationStatus
from techbridge.profiles.models import TechnologyProfile

TOP = 10


@dataclass(frozen=True)
class Scope:
    """What one report covers: a calendar year or one event."""

    year: int | None = None
    event: Event | None = None

    @property
    def key(self) -> str:
        return self.event.slug if self.event else str(self.year)


@dataclass
class Report:
    scope: Scope
    figures: dict[str, Any]
    sectors: list[tuple[str, int]] = field(default_factory=list)
    countries: list[tuple[str, int]] = field(default_factory=list)
    provinces: list[tuple[str, int]] = field(default_factory=list)
    months: list[tuple[int, int, int]] = field(default_factory=list)  # (month, offers, requests)
    rates: list[ExchangeRate] = field(default_factory=list)


def _year_bounds(year: int) -> tuple[Any, Any]:
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(timezone.datetime(year, 1, 1), tz)
    return start, timezone.make_aware(timezone.datetime(year + 1, 1, 1), tz)


def _participants(scope: Scope) -> QuerySet[Participant]:
    rows = Participant.objects.filter(
        status=RegistrationStatus.CONFIRMED, organisation__verified=True
    )
    if scope.event is not None:
        return rows.filter(event=scope.event)
    start, end = _year_bounds(scope.year or 0)
    return rows.filter(event__starts_at__gte=start, event__starts_at__lt=end)


def _connections(scope: Scope) -> QuerySet[Connection]:
    accepted = Connection.objects.filter(status=Status.ACCEPTED)
    if scope.event is not None:
        event = scope.event
        return accepted.filter(Q(intention__event=event) | Q(intention__event_ref=event.slug))
    start, end = _year_bounds(scope.year or 0)
    return accepted.filter(created_at__gte=start, created_at__lt=end)


def _profiles(scope: Scope) -> QuerySet[TechnologyProfile]:
    shown = TechnologyProfile.objects.filter(
        status__in=(ProfileStatus.PUBLISHED, ProfileStatus.CLOSED), published_at__isnull=False
    )
    if scope.event is not None:
        return shown.filter(event_participants__in=_participants(scope)).distinct()
    start, end = _year_bounds(scope.year or 0)
    return shown.filter(published_at__gte=start, published_at__lt=end)


def _organisations(participants: QuerySet[Participant], connections: Any) -> QuerySet[Organisation]:
    ids = set(participants.values_list("organisation_id", flat=True))
    for owner, requester in connections.values_list("owner_org_id", "requester_org_id"):
        ids.update((owner, requester))
    return Organisation.objects.filter(id__in=ids, verified=True)


def _deals(scope: Scope, connections: QuerySet[Connection]) -> dict[str, Any]:
    """Counted intentions and contracts (with their CNY value) within the scope."""
    if scope.event is None:
        # A year counts the intentions and contracts signed that year, whenever the
        # connection began.
        connections = signed_between(date(scope.year, 1, 1), date(scope.year + 1, 1, 1))
    verified = counted(connections)
    intentions = CooperationIntention.objects.filter(connection_id__in=verified.intentions)
    contracts = Contract.objects.filter(connection_id__in=list(verified.contracts))
    if scope.event is None:
        intentions = intentions.filter(signed_on__year=scope.year)
        contracts = contracts.filter(signed_on__year=scope.year)
    contract_ids = list(contracts.values_list("connection_id", flat=True))
    return {
        "intentions": intentions.count(),
        "contracts": len(contract_ids),
        "value_cny": sum((verified.contracts[c] for c in contract_ids), Decimal(0)),
    }


def signed_between(start: date, end: date | None = None) -> QuerySet[Connection]:
    """The accepted connections with an intention or a contract signed in [start, end): the
    only ones whose verification a period's figures need to check."""
    signed = Q(signed_on__gte=start) if end is None else Q(signed_on__gte=start, signed_on__lt=end)
    return Connection.objects.filter(status=Status.ACCEPTED).filter(
        Q(id__in=CooperationIntention.objects.filter(signed).values("connection_id"))
        | Q(id__in=Contract.objects.filter(signed).values("connection_id"))
    )


def _top(counter: Counter[str], limit: int = TOP) -> list[tuple[str, int]]:
    return sorted(((k, n) for k, n in counter.items() if k), key=lambda kn: (-kn[1], kn[0]))[:limit]


def _months(profiles: QuerySet[TechnologyProfile]) -> list[tuple[int, int, int]]:
    per: dict[int, list[int]] = {m: [0, 0] for m in range(1, 13)}
    tz = timezone.get_current_timezone()
    for kind, published_at in profiles.values_list("kind", "published_at").iterator():
        month = published_at.astimezone(tz).month
        per[month][0 if kind == ProfileKind.OFFER else 1] += 1
    return [(m, offers, requests) for m, (offers, requests) in per.items()]


def rates_in_force(until: date) -> list[ExchangeRate]:
    """Each currency's rates up to `until`: the dated table the CNY values used."""
    return list(
        ExchangeRate.objects.filter(valid_from__lte=until).order_by("currency", "valid_from")
    )


def _meetings(scope: Scope) -> dict[str, int]:
    if scope.event is None:
        start, end = _year_bounds(scope.year or 0)
        meetings = Meeting.objects.filter(event__starts_at__gte=start, event__starts_at__lt=end)
    else:
        meetings = Meeting.objects.filter(event=scope.event)
    meetings = meetings.filter(status=MeetingStatus.ACTIVE, slot__isnull=False)
    return {
        "meetings_scheduled": meetings.count(),
        "meetings_held": meetings.filter(attendance=Attendance.HELD).count(),
    }


def _end_of(scope: Scope) -> date:
    if scope.event is not None:
        return scope.event.ends_at.date()
    return date(scope.year or 1, 12, 31)


def build(scope: Scope) -> Report:
    """The report of one scope, computed now from the records."""
    participants = _participants(scope)
    connections = _connections(scope)
    organisations = _organisations(participants, connections)
    profiles = _profiles(scope)
    sectors: Counter[str] = Counter()
    for codes in profiles.values_list("sectors", flat=True).iterator():
        sectors.update(set(codes or ()))
    geography = list(organisations.values_list("country", "province"))
    figures: dict[str, Any] = {
        "representatives": participants.count(),
        "checked_in": participants.filter(checked_in_at__isnull=False).count(),
        "organisations": len(geography),
        "countries": len({str(c) for c, _p in geography if c}),
        "provinces": len({p for _c, p in geography if p}),
        "profiles": profiles.count(),
        "connections": connections.count(),
        **_meetings(scope),
        **_deals(scope, connections),
    }
    return Report(
        scope=scope,
        figures=figures,
        sectors=_top(sectors),
        countries=_top(Counter(str(c) for c, _p in geography)),
        provinces=_top(Counter(p for _c, p in geography)),
        months=_months(profiles) if scope.event is None else [],
        rates=rates_in_force(_end_of(scope)),
    )


def years() -> list[int]:
    """The years with something to report, newest first."""
    found: set[int] = set()
    for field_name, rows in (
        ("starts_at", Event.objects.all()),
        ("created_at", Connection.objects.filter(status=Status.ACCEPTED)),
        ("published_at", TechnologyProfile.objects.filter(published_at__isnull=False)),
    ):
        found.update(d.year for d in rows.dates(field_name, "year"))
    return sorted(found, reverse=True)


def conventions() -> QuerySet[Event]:
    """The events with a report of their own: conventions and B2B matchmaking events."""
    return Event.objects.filter(
        Q(type=EventType.CONVENTION) | Q(b2b_enabled=True), visibility=EventVisibility.PUBLIC
    ).order_by("-starts_at")


def convention(slug: str) -> Event | None:
    return conventions().filter(slug=slug).first()
