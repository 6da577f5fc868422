"""The demo: 30 hosted firms in every stage, with mail items and bookings, loaded through
the services, idempotent."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from techbridge.domiciliation.models import Booking, Contract, MailItem, MailStatus
from techbridge.domiciliation.register import registered, rows
from techbridge.domiciliation.stages import PIPELINE
from techbridge.tooling.demo_loader import load_demo

pytestmark = pytest.mark.django_db


def test_thirty_firms_in_every_stage_with_mail_and_bookings(staff: Any) -> None:
    summary = load_demo(apps=("domiciliation",))
    assert summary["hosted_firms"] == 30
    today = timezone.localdate()
    stages = {c.stage(today) for c in Contract.objects.all()}
    assert stages == set(PIPELINE)
    assert MailItem.objects.filter(kind="official", urgent=True).exists()
    assert {s for s in MailItem.objects.values_list("status", flat=True)} == set(MailStatus.values)
    assert Booking.objects.count() == summary["room_bookings"] >= 10
    assert any(r.flagged for r in rows(registered(actor=staff), today))
    member_contract = Contract.objects.get(
        organisation__memberships__user__email="member@techbridge.example"
    )
    assert member_contract.status == "draft"
    again = load_demo(apps=("domiciliation",))
    assert again["hosted_firms"] == 30 and Contract.objects.count() == 30
