"""The staff dashboards page: charts drawn on the server (`core.charts`), each with its
numbers as a table."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from techbridge.accounts.selectors import is_staff
from techbridge.core import charts
from techbridge.core.choices import Language, ProfileKind
from techbridge.core.errors import PermissionDenied
from techbridge.core.provinces import province_name
from techbridge.core.regions import country_name
from techbridge.exchange import dashboards


def _table(labels: list[str], series: list[charts.Series]) -> dict[str, Any]:
    return {
        "headers": [s.label for s in series],
        "rows": [(label, [s.values[i] for s in series]) for i, label in enumerate(labels)],
    }


def _listings(actor: Any, months: list[Any]) -> dict[str, Any]:
    data = dashboards.listings(actor=actor, months=months)
    kinds, languages = dict(ProfileKind.choices), dict(Language.choices)
    series = [
        charts.Series(f"{kinds[k]} · {languages[lang]}", data.series[f"{k}-{lang}"])
        for k in ProfileKind.values
        for lang in Language.values
    ]
    title = _("Listings published per month by kind and language")
    return {
        "title": title,
        "chart": charts.lines(data.labels(), series, title=title),
        **_table(data.labels(), series),
    }


def _matches(actor: Any, months: list[Any]) -> dict[str, Any]:
    data = dashboards.matches(actor=actor, months=months)
    series = [
        charts.Series(_("Proposed"), data.series["proposed"]),
        charts.Series(_("Marked useful"), data.series["useful"]),
    ]
    title = _("Matches proposed and marked useful per month")
    return {
        "title": title,
        "chart": charts.lines(data.labels(), series, title=title),
        **_table(data.labels(), series),
    }


def _funnel(actor: Any, months: list[Any]) -> dict[str, Any]:
    data = dashboards.deals_funnel(actor=actor, months=months)
    names = {
        "eois": _("Expressions of interest"),
        "accepted": _("Accepted"),
        "intentions": _("Cooperation intentions"),
        "contracts": _("Contracts"),
    }
    series = [charts.Series(label, data.series[key]) for key, label in names.items()]
    title = _("The deals funnel per month")
    return {
        "title": title,
        "chart": charts.lines(data.labels(), series, title=title),
        **_table(data.labels(), series),
    }


def _registrations(actor: Any, request: HttpRequest) -> dict[str, Any] | None:
    events = list(dashboards.dashboard_events()[:30])
    chosen = next((e for e in events if e.slug == request.GET.get("event")), None)
    event = chosen or (events[0] if events else None)
    if event is None:
        return None
    data = dashboards.registrations(actor=actor, event=event)
    countries = [(country_name(c), n) for c, n in data["countries"]]
    provinces = [(province_name(p) or p, n) for p, n in data["provinces"]]
    return {
        "event": event,
        "events": events,
        "countries": countries,
        "provinces": provinces,
        "countries_chart": charts.bars(countries[:15], title=_("Registrations by country")),
        "provinces_chart": charts.province_tiles(
            dict(data["provinces"]),
            {code: province_name(code) for code, _n in data["provinces"]},
            title=_("Registrations by province"),
        ),
    }


@login_required
@require_GET
def dashboards_page(request: HttpRequest) -> HttpResponse:
    if not is_staff(request.user):
        raise PermissionDenied()
    actor, months = request.user, dashboards.window()
    queue = dashboards.review_queue_age(actor=actor)
    context = {
        "panels": [_listings(actor, months), _matches(actor, months), _funnel(actor, months)],
        "queue": queue,
        "queue_chart": charts.bars(queue["bands"], title=_("Review queue by waiting time")),
        "registrations": _registrations(actor, request),
    }
    return render(request, "exchange/dashboards.html", context)
