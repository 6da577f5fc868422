"""Public figures, the staff funnel, CNY conversion and the exports."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from openpyxl import load_workbook

from techbridge.deals import exports, figures, services
from techbridge.deals.models import Connection, ExchangeRate, Stage
from tests.deals.conftest import send_eoi
from tests.factories import ProfileFactory, StaffFactory

pytestmark = pytest.mark.django_db


def to_contract(
    connection: Connection, actor: Any, value: str, currency: str, on: date, event: str = ""
) -> None:
    services.connection_advance(actor=actor, connection=connection, stage=Stage.MEETING_HELD)
    services.intention_record(
        actor=actor,
        connection=connection,
        signed_on=on,
        type="licence",
        summary="Deal",
        event_ref=event,
    )
    services.contract_record(
        actor=actor,
        connection=connection,
        signed_on=on,
        type="licence",
        value=Decimal(value),
        currency=currency,
        registration_number="2026000000000001",
    )
    # The broker confirms for the other party and verifies: only then does it count.
    broker = StaffFactory()
    services.connection_confirm(actor=broker, connection=connection)
    services.contract_verify(actor=broker, connection=connection)


def test_rates_apply_on_the_contract_date() -> None:
    ExchangeRate.objects.create(
        currency="EUR", rate_to_cny=Decimal("7.5"), valid_from=date(2025, 1, 1)
    )
    ExchangeRate.objects.create(
        currency="EUR", rate_to_cny=Decimal("8"), valid_from=date(2026, 1, 1)
    )
    rates = figures.Rates()
    assert rates.to_cny(Decimal(10), "EUR", date(2025, 6, 1)) == Decimal("75.00")
    assert rates.to_cny(Decimal(10), "EUR", date(2026, 1, 1)) == Decimal("80.00")
    assert rates.to_cny(Decimal(10), "EUR", date(2024, 12, 31)) is None
    assert rates.to_cny(Decimal(10), "USD", date(2026, 1, 1)) is None
    assert rates.to_cny(Decimal(10), "CNY", date(2000, 1, 1)) == Decimal(10)


def test_headline_and_funnel(
    accepted: Connection, owner: Any, requester: Any, cn_org: Any, staff: Any
) -> None:
    ExchangeRate.objects.create(
        currency="EUR", rate_to_cny=Decimal("8"), valid_from=date(2026, 1, 1)
    )
    to_contract(accepted, owner, "12000000", "CNY", date(2026, 3, 1), event="convention-2026")
    second = send_eoi(requester, ProfileFactory(organisation=cn_org, sectors=["biotech"]))
    services.connection_accept(actor=owner, connection=second)
    to_contract(second, owner, "1000000", "EUR", date(2026, 3, 1))
    third = send_eoi(requester, ProfileFactory(organisation=cn_org))
    services.connection_decline(actor=owner, connection=third, reason="terms")
    fourth = send_eoi(requester, ProfileFactory(organisation=cn_org))
    services.connection_accept(actor=owner, connection=fourth)
    to_contract(fourth, owner, "5", "USD", date(2026, 3, 1))  # no USD rate: left out

    head = figures.headline()
    assert head["connections"] == 3
    # The USD contract cannot be converted: it is neither counted nor summed until a rate exists.
    assert head["intentions"] == 3 and head["contracts"] == 2
    assert head["value_cny"] == Decimal("20000000.00")
    assert head["unconverted"] == 1
    assert (head["countries"], head["provinces"]) == (2, 1)

    funnel = figures.funnel(actor=staff)
    assert [s["count"] for s in funnel.steps] == [4, 3, 3, 3, 2]
    assert [s["rate"] for s in funnel.steps] == [None, 75.0, 100.0, 100.0, 66.7]
    events = {r.key: r.counts["contracts"] for r in funnel.breakdowns["event"]}
    assert events == {"convention-2026": 1}
    sectors = {r.key: r.counts["eois"] for r in funnel.breakdowns["sector"]}
    assert sectors["biotech"] == 1 and sectors["energy-storage"] == 3
    provinces = {r.key: r.value_cny for r in funnel.breakdowns["province"]}
    assert provinces == {"JS": Decimal("20000000.00")}

    text = exports.as_csv(funnel)
    assert text.splitlines()[0].startswith("dimension,key,label,eois")
    assert "total,,,4,3,3,3,2,20000000.00" in text
    book = load_workbook(io.BytesIO(exports.as_xlsx(funnel)))
    assert book.sheetnames == ["funnel", "sector", "country", "province", "event"]
    assert book["funnel"]["B2"].value == 4


def test_formula_cells_are_quoted_in_the_csv(accepted: Connection, staff: Any) -> None:
    funnel = figures.funnel(actor=staff)
    funnel.breakdowns["sector"][0].label = "=HYPERLINK()"
    assert "'=HYPERLINK()" in exports.as_csv(funnel)


def test_empty_figures(staff: Any) -> None:
    assert figures.headline()["value_cny"] == 0
    assert [s["count"] for s in figures.funnel(actor=staff).steps] == [0, 0, 0, 0, 0]


def test_intentions_at_the_centres_events(accepted: Connection, owner: Any, staff: Any) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from techbridge.deals.forms import IntentionForm
    from techbridge.events.models import Event

    start = timezone.now() - timedelta(days=30)
    convention = Event.objects.create(
        slug="convention-2026",
        type="convention",
        title_en="Convention 2026",
        starts_at=start,
        ends_at=start + timedelta(days=2),
    )
    services.connection_advance(actor=owner, connection=accepted, stage=Stage.MEETING_HELD)
    form = IntentionForm(
        {"signed_on": "2026-01-01", "type": "licence", "summary": "A deal", "event": "no-such"}
    )
    assert not form.is_valid() and "event" in form.errors
    form = IntentionForm(
        {
            "signed_on": "2026-01-01",
            "type": "licence",
            "summary": "A deal",
            "event": "convention-2026",
        }
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["event"] == convention
    intention = services.intention_record(
        actor=owner,
        connection=accepted,
        signed_on=date(2026, 1, 1),
        type="licence",
        summary="Deal",
        event=form.cleaned_data["event"],
    )
    assert intention.event.slug == "convention-2026"
    services.connection_confirm(actor=staff, connection=accepted)
    rows = figures.funnel(actor=staff).breakdowns["event"]
    assert [(r.key, r.label, r.counts["intentions"]) for r in rows] == [
        ("convention-2026", "Convention 2026", 1)
    ]
