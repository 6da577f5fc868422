"""The annual report: figures per year and per convention from verified records only, its
pages, charts and PDFs."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from techbridge.core import charts
from techbridge.deals import services
from techbridge.deals.choices import Stage
from techbridge.deals.models import Connection, ExchangeRate
from techbridge.events.models import Participant
from techbridge.exchange import report
from tests.deals.conftest import send_eoi
from tests.deals.test_figures import to_contract
from tests.events.conftest import make_event
from tests.factories import OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db


def _verify(*orgs: Any) -> None:
    for org in orgs:
        org.verified = True
        org.save(update_fields=["verified"])


def _participant(event: Any, org: Any, name: str, status: str = "confirmed") -> Participant:
    return Participant.objects.create(event=event, organisation=org, name=name, status=status)


def test_year_counts_only_verified_records(
    accepted: Connection, owner: Any, requester: Any, org: Any, cn_org: Any
) -> None:
    year = timezone.now().year
    _verify(org, cn_org)
    ExchangeRate.objects.create(currency="EUR", rate_to_cny=Decimal(8), valid_from=date(2000, 1, 1))
    to_contract(accepted, owner, "1000", "EUR", date(year, 1, 2))
    # A second deal the members recorded alone: no confirmation, no verification.
    lone = services.connection_accept(
        actor=owner, connection=send_eoi(requester, ProfileFactory(organisation=cn_org))
    )
    services.connection_advance(actor=owner, connection=lone, stage=Stage.MEETING_HELD)
    services.intention_record(
        actor=owner, connection=lone, signed_on=date(year, 1, 3), type="licence", summary="x"
    )
    built = report.build(report.Scope(year=year))
    f = built.figures
    assert (f["connections"], f["intentions"], f["contracts"]) == (2, 1, 1)
    assert f["value_cny"] == Decimal("8000.00")
    assert (f["organisations"], f["countries"], f["provinces"]) == (2, 2, 1)
    assert dict(built.sectors)["energy-storage"] >= 1
    assert sum(o + r for _m, o, r in built.months) == f["profiles"]
    assert [r.currency for r in built.rates] == ["EUR"]
    # An unverified organisation neither counts nor adds its country.
    org.verified = False
    org.save(update_fields=["verified"])
    f = report.build(report.Scope(year=year)).figures
    assert (f["organisations"], f["countries"]) == (1, 1)
    # Nothing from another year.
    empty = report.build(report.Scope(year=year - 5)).figures
    assert empty["contracts"] == empty["profiles"] == empty["connections"] == 0


def test_convention_scope(accepted: Connection, owner: Any, org: Any, cn_org: Any) -> None:
    event = make_event()
    other = make_event()
    _verify(org, cn_org)
    _participant(event, org, "Anna")
    _participant(event, cn_org, "Wang")
    _participant(event, cn_org, "Li", status="cancelled")
    _participant(event, OrganisationFactory(country="FR"), "Unverified")
    _participant(other, org, "Elsewhere")
    to_contract(accepted, owner, "500", "CNY", date(2026, 1, 5), event=event.slug)
    f = report.build(report.Scope(event=event)).figures
    assert (f["representatives"], f["organisations"], f["countries"]) == (2, 2, 2)
    assert (f["connections"], f["intentions"], f["contracts"]) == (1, 1, 1)
    assert f["value_cny"] == Decimal(500)
    assert report.build(report.Scope(event=other)).figures["contracts"] == 0


def test_pages_and_pdfs(client: Client, accepted: Connection, owner: Any) -> None:
    year = timezone.now().year
    event = make_event()
    hidden = make_event(visibility="hidden")
    index = client.get("/report/")
    assert index.status_code == 200
    assert f"/report/{year}/" in index.text and f"/report/events/{event.slug}/" in index.text
    assert hidden.slug not in index.text
    page = client.get(f"/report/{year}/")
    assert (
        page.status_code == 200 and "<svg" in page.text and 'data-testid="fig-value"' in page.text
    )
    zh = client.get(f"/report/{year}/", HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert "年度报告" in zh.text and "经核实" in zh.text
    for lang in ("en", "zh-hans"):
        pdf = client.get(f"/report/{year}/?format=pdf&lang={lang}")
        assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert client.get(f"/report/events/{event.slug}/?format=pdf").content.startswith(b"%PDF")
    assert client.get(f"/report/{year}/?format=docx").status_code == 422
    assert client.get(f"/report/{year}/?format=pdf&lang=xx").status_code == 422
    assert client.get("/report/1900/").status_code == 404
    assert client.get(f"/report/events/{hidden.slug}/").status_code == 404
    assert client.get("/report/events/nope/").status_code == 404


def test_charts_escape_labels_and_scale() -> None:
    svg = charts.bars([("<script>alert(1)</script>", 3), ("b", 0)], title="T & <t>")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "<title>T &amp; &lt;t&gt;" in svg
    line = charts.lines(["1", "2"], [charts.Series("x", [0, 10])], title="t")
    assert line.count("<polyline") == 1
    cols = charts.columns(["a"], [charts.Series("x", [2]), charts.Series("y", [3])], title="t")
    assert cols.count("<rect") == 2 + 2  # two stacked columns and two legend keys
    assert charts._nice_max(0) == 1 and charts._nice_max(7) == 10 and charts._nice_max(120) == 200


def test_province_tiles() -> None:
    svg = charts.province_tiles({"GD": 4, "JS": 1}, {"GD": "广东 <b>"}, title="t")
    assert svg.count("<rect") == 34
    assert "广东 &lt;b&gt;: 4" in svg and "JS: 1" in svg and "#1f5fa8" in svg
