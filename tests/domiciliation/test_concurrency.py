"""Two people acting at once (PostgreSQL row locks and constraints)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from techbridge.domiciliation import services
from techbridge.domiciliation.models import Booking, ForwardBundle, MailItem, Room
from techbridge.domiciliation.selectors.rooms import centre_tz
from techbridge.domiciliation.services import mail as mail_services
from techbridge.domiciliation.services import rooms as room_services
from techbridge.notifications.models import Notification
from tests.concurrency import race
from tests.factories import MembershipFactory, OrganisationFactory

from .conftest import TODAY, activate, make_contract, upload_all

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def _hosted_firm(staff: Any) -> tuple[Any, Any]:
    user = MembershipFactory(organisation=OrganisationFactory()).user
    contract = activate(staff, user, make_contract(staff, user.memberships.get().organisation))
    return user, contract


def test_two_firms_book_the_same_slot_at_once(staff: Any) -> None:
    room = Room.objects.create(name="Yangtze", capacity=8)
    (a, _), (b, _) = _hosted_firm(staff), _hosted_firm(staff)
    start = datetime.combine(timezone.localdate() + timedelta(days=2), time(10), centre_tz())
    results = race(
        *[
            lambda u=u, h=h: room_services.booking_create(
                actor=u,
                room=room,
                starts_at=start + timedelta(minutes=30 * h),
                ends_at=start + timedelta(hours=2),
            )
            for u, h in ((a, 0), (b, 1))
        ]
    )
    assert sorted(type(r).__name__ for r in results) == ["Booking", "Conflict"]
    assert Booking.objects.count() == 1


def test_two_staff_verify_the_last_documents_at_once(staff: Any, member: Any, org: Any) -> None:
    other_staff = type(staff).objects.create_user(email="second@example.org", is_staff=True)
    contract = make_contract(staff, org)
    services.contract_sign(actor=member, contract=contract)
    docs = upload_all(member, contract)
    results = race(
        *[
            lambda s=s, d=d: services.document_verify(
                actor=s, document=d, result="verified", today=TODAY
            )
            for s, d in zip((staff, other_staff), docs, strict=True)
        ]
    )
    assert not [r for r in results if isinstance(r, Exception)]
    contract.refresh_from_db()
    assert contract.status == "active" and contract.kyc_passed_on == TODAY
    activated = Notification.objects.filter(user=member, title__contains="is active")
    assert activated.count() == 1


def test_two_staff_handle_the_same_item_at_once(staff: Any) -> None:
    user, contract = _hosted_firm(staff)
    item = mail_services.mail_log(
        actor=staff, contract=contract, data={"addressee": "X", "kind": "letter", "sender": "Y"}
    )
    mail_services.mail_request(actor=user, item=item, action="shred")
    results = race(
        lambda: mail_services.mail_complete(actor=staff, item=item),
        lambda: mail_services.mail_complete(actor=staff, item=item),
    )
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "MailItem"]
    assert MailItem.objects.get(pk=item.pk).status == "done"


def test_two_staff_send_the_same_bundle_at_once(staff: Any) -> None:
    user, contract = _hosted_firm(staff)
    address = mail_services.forwarding_address_add(
        actor=user, contract=contract, data={"label": "HQ", "recipient": "A", "address": "B"}
    )
    for i in range(3):
        item = mail_services.mail_log(
            actor=staff, contract=contract,
            data={"addressee": "X", "kind": "letter", "sender": f"S{i}"},
        )  # fmt: skip
        mail_services.mail_request(actor=user, item=item, action="forward", forward_to=address)
    results = race(
        *[
            lambda: mail_services.mail_forward(actor=staff, contract=contract, address=address)
            for _ in range(2)
        ]
    )
    assert sorted(type(r).__name__ for r in results) == ["Conflict", "ForwardBundle"]
    assert ForwardBundle.objects.get().items.count() == 3


def test_two_daily_runs_remind_once(staff: Any) -> None:
    user, contract = _hosted_firm(staff)
    day = contract.ends_on - timedelta(days=45)
    results = race(lambda: services.run_daily(day), lambda: services.run_daily(day))
    assert not [r for r in results if isinstance(r, Exception)]
    assert sum(r["renewal_reminders"] for r in results) == 1
    assert Notification.objects.filter(user=user, kind="domiciliation.renewal").count() == 1
