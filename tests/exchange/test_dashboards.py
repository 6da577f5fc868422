"""The staff dashboards: monthly series, the review queue's age, registrations by place; the
page for staff only, charts with their tables."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from techbridge.core.errors import PermissionDenied
from techbridge.events.models import Participant
from techbridge.exchange import dashboards
from tests.deals.test_figures import to_contract
from tests.events.conftest import make_event
from tests.factories import ChineseOrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db


def test_month_starts_cross_the_year() -> None:
    months = dashboards.month_starts(date(2026, 2, 17), count=4)
    assert months == [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]


def test_series_count_per_month(staff: Any, accepted: Any, owner: Any, org: Any) -> None:
    months = dashboards.window()
    ProfileFactory(organisation=org, kind="request", language="zh")
    ProfileFactory(organisation=org, status="draft", published_at=None)
    old = ProfileFactory(organisation=org)
    old.published_at = timezone.now() - timedelta(days=800)
    old.save(update_fields=["published_at"])
    listed = dashboards.listings(actor=staff, months=months)
    # `accepted` brings one published zh request, plus the one above; the old one is out.
    assert listed.series["request-zh"][-1] == 2
    assert sum(sum(v) for v in listed.series.values()) == 2
    to_contract(accepted, owner, "10", "CNY", timezone.localdate())
    funnel = dashboards.deals_funnel(actor=staff, months=months)
    assert (funnel.series["eois"][-1], funnel.series["accepted"][-1]) == (1, 1)
    assert (funnel.series["intentions"][-1], funnel.series["contracts"][-1]) == (1, 1)
    assert dashboards.matches(actor=staff, months=months).series["proposed"] == [0] * 12


def test_review_queue_age(staff: Any, org: Any) -> None:
    now = timezone.now()
    for days in (0.5, 2, 40):
        ProfileFactory(
            organisation=org,
            status="submitted",
            published_at=None,
            submitted_at=now - timedelta(days=days),
        )
    age = dashboards.review_queue_age(actor=staff)
    assert age["waiting"] == 3 and age["median_days"] == 2.0 and age["oldest_days"] >= 40
    assert dict(age["bands"]) == {
        "< 1 d": 1,
        "1–3 d": 1,
        "3–7 d": 0,
        "1–2 wk": 0,
        "2–4 wk": 0,
        "> 4 wk": 1,
    }


def test_registrations_by_place(staff: Any, org: Any, member: Any) -> None:
    event = make_event()
    cn = ChineseOrganisationFactory(province="GD")
    for name, who, status in (
        ("A", org, "confirmed"),
        ("B", cn, "confirmed"),
        ("C", cn, "pending"),
        ("D", cn, "cancelled"),
    ):
        Participant.objects.create(event=event, organisation=who, name=name, status=status)
    data = dashboards.registrations(actor=staff, event=event)
    assert dict(data["countries"]) == {"CN": 2, "DE": 1}
    assert data["provinces"] == [("GD", 2)]
    with pytest.raises(PermissionDenied):
        dashboards.registrations(actor=member, event=event)


def test_page(client: Client, staff: Any, member: Any, org: Any) -> None:
    event = make_event()
    Participant.objects.create(event=event, organisation=org, name="A", status="confirmed")
    client.force_login(member)
    assert client.get("/data/dashboards/").status_code == 403
    client.force_login(staff)
    page = client.get(f"/data/dashboards/?event={event.slug}")
    assert page.status_code == 200
    assert (
        page.text.count("<svg xmlns='http://www.w3.org/2000/svg' class='chart'") == 6
        and 'data-testid="dash-registrations"' in page.text
    )
    assert client.get("/data/dashboards/?event=unknown").status_code == 200
