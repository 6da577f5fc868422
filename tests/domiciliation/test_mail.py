"""The mailroom: logging, notifying, standing rules, instructions, scans, bundles, queues."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.domiciliation import selectors
from techbridge.domiciliation.forms.mail import MailLogForm
from techbridge.domiciliation.models import Contract, MailItem, MailStatus
from techbridge.domiciliation.services import mail as mail_services
from techbridge.notifications.models import Notification

from .conftest import PDF, PNG, pdf


def log(staff: Any, contract: Contract | None, kind: str = "letter", **extra: Any) -> MailItem:
    data = {"addressee": "Example Tech", "kind": kind, "sender": "Bank of Shanghai"}
    data.update(extra)
    return mail_services.mail_log(actor=staff, data=data, contract=contract)


def address(member: Any, contract: Contract) -> Any:
    return mail_services.forwarding_address_add(
        actor=member,
        contract=contract,
        data={"label": "Berlin", "recipient": "Hans Müller", "address": "Unter den Linden 1"},
    )


def test_an_official_document_is_urgent_and_the_firm_told_at_once(
    active: Contract, staff: Any, member: Any
) -> None:
    item = log(staff, active, kind="official", sender="Shanghai Market Regulation Bureau")
    assert item.urgent and item.status == MailStatus.NOTIFIED and item.notified_at
    note = Notification.objects.get(user=member, kind="domiciliation.mail")
    assert note.title.startswith("Urgent: Official document from Shanghai Market")
    assert note.delivery == "now"


def test_the_envelope_photo_is_checked() -> None:
    fake = SimpleUploadedFile("e.jpg", b"GIF89a....", content_type="image/jpeg")
    form = MailLogForm(
        data={"addressee": "A", "kind": "letter", "sender": "B"}, files={"envelope": fake}
    )
    assert not form.is_valid() and "envelope" in form.errors
    photo = SimpleUploadedFile("e.png", PNG, content_type="image/png")
    form = MailLogForm(
        data={"addressee": "A", "kind": "letter", "sender": "B"}, files={"envelope": photo}
    )
    assert form.is_valid() and form.cleaned_data["envelope"][1] == "image/png"


def test_scan_life_cycle(active: Contract, staff: Any, member: Any) -> None:
    item = log(staff, active)
    with pytest.raises(Conflict):
        mail_services.mail_scan(actor=staff, item=item, scan=pdf(), content_type="application/pdf")
    mail_services.mail_request(actor=member, item=item, action="scan")
    item.refresh_from_db()
    assert item.status == MailStatus.ACTION_REQUESTED and item.action_requested_by == member
    mail_services.mail_scan(actor=staff, item=item, scan=pdf(), content_type="application/pdf")
    item.refresh_from_db()
    assert item.status == MailStatus.DONE and item.scan.read() == PDF
    with pytest.raises(Conflict, match="already been handled"):
        mail_services.mail_request(actor=member, item=item, action="shred")


def test_a_standing_rule_chooses_for_the_firm(active: Contract, staff: Any, member: Any) -> None:
    mail_services.rule_set(actor=member, contract=active, kind="official", action="scan")
    item = log(staff, active, kind="official")
    assert item.status == MailStatus.ACTION_REQUESTED and item.action == "scan" and item.by_rule
    letter = log(staff, active)
    assert letter.status == MailStatus.NOTIFIED
    with pytest.raises(ValidationFailed):
        mail_services.rule_set(actor=member, contract=active, kind="parcel", action="scan")
    with pytest.raises(ValidationFailed):
        mail_services.rule_set(actor=member, contract=active, kind="letter", action="forward")


def test_forwarded_items_go_in_one_bundle(active: Contract, staff: Any, member: Any) -> None:
    berlin = address(member, active)
    items = [log(staff, active, sender=f"Sender {i}") for i in range(3)]
    for item in items[:2]:
        mail_services.mail_request(actor=member, item=item, action="forward", forward_to=berlin)
    bundle = mail_services.mail_forward(
        actor=staff, contract=active, address=berlin, tracking="SF123"
    )
    assert sorted(bundle.items.values_list("pk", flat=True)) == [items[0].pk, items[1].pk]
    assert set(bundle.items.values_list("status", flat=True)) == {MailStatus.DONE}
    with pytest.raises(Conflict):
        mail_services.mail_forward(actor=staff, contract=active, address=berlin)


def test_a_firm_cannot_forward_to_another_firms_address(
    active: Contract, staff: Any, member: Any, outsider: Any
) -> None:
    from tests.domiciliation.conftest import activate, make_contract

    theirs = activate(
        staff, outsider, make_contract(staff, outsider.memberships.get().organisation)
    )
    foreign = address(outsider, theirs)
    item = log(staff, active)
    with pytest.raises(ValidationFailed):
        mail_services.mail_request(actor=member, item=item, action="forward", forward_to=foreign)
    with pytest.raises(PermissionDenied):
        mail_services.mail_request(actor=outsider, item=item, action="shred")


def test_unassigned_items_wait_then_are_assigned(active: Contract, staff: Any, member: Any) -> None:
    item = log(staff, None, addressee="Unknown GmbH")
    assert item.status == MailStatus.RECEIVED
    assert list(selectors.unassigned_items(actor=staff)) == [item]
    assert not selectors.mail_list(actor=member).exists()
    mail_services.mail_assign(actor=staff, item=item, contract=active)
    item.refresh_from_db()
    assert item.status == MailStatus.NOTIFIED and item.contract == active
    with pytest.raises(Conflict):
        mail_services.mail_assign(actor=staff, item=item, contract=active)


def test_items_waiting_too_long_are_listed(active: Contract, staff: Any, member: Any) -> None:
    now = timezone.now()
    old = log(staff, active)
    MailItem.objects.filter(pk=old.pk).update(notified_at=now - timedelta(days=8))
    urgent = log(staff, active, kind="official")
    MailItem.objects.filter(pk=urgent.pk).update(notified_at=now - timedelta(days=3))
    fresh = log(staff, active)
    shred = log(staff, active)
    mail_services.mail_request(actor=member, item=shred, action="shred")
    MailItem.objects.filter(pk=shred.pk).update(action_requested_at=now - timedelta(days=3))
    listed = {o.item.pk: o.reason for o in selectors.overdue_items(actor=staff, now=now)}
    assert set(listed) == {old.pk, urgent.pk, shred.pk} and fresh.pk not in listed
    mail_services.mail_complete(actor=staff, item=shred, note="Shredded")
    assert shred.pk not in {o.item.pk for o in selectors.overdue_items(actor=staff, now=now)}


def test_a_draft_receives_no_mail(contract: Contract, staff: Any) -> None:
    with pytest.raises(ValidationFailed):
        log(staff, contract)


def test_members_cannot_log_mail(active: Contract, member: Any) -> None:
    with pytest.raises(PermissionDenied):
        log(member, active)
