"""Two hosted firms side by side: firm B, a hosted firm itself with rooms to book and mail of
its own, never sees or touches firm A's contract, KYC documents, mail items, envelope photos,
scans, rules, addresses, end-of-hosting letter or bookings — through any page, file, API route
or export (not found, never a hint); A's own member reaches every one of them."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from techbridge.domiciliation import services
from techbridge.domiciliation.models import (
    Booking,
    Contract,
    ForwardingAddress,
    KycDocument,
    MailItem,
    MailRule,
    Room,
)
from techbridge.domiciliation.selectors.rooms import centre_tz
from techbridge.domiciliation.services import mail as mail_services
from techbridge.domiciliation.services import register as register_services
from techbridge.domiciliation.services import rooms as room_services
from techbridge.notifications.models import Notification

from .conftest import PDF, PNG, activate, make_contract
from .test_views import client_for

API = "/api/v1/domiciliation"
SECRET_SENDER = "Shanghai Intermediate People's Court"
SECRET_TITLE = "Board meeting on the acquisition"


@pytest.fixture
def firm_b(staff: Any, outsider: Any) -> Contract:
    """The outsider's organisation, hosted too (an active contract)."""
    org = outsider.memberships.get().organisation
    return activate(staff, outsider, make_contract(staff, org, firm_name_zh="乙公司"))


@pytest.fixture
def a_records(active: Contract, staff: Any, member: Any, room: Room) -> dict[str, Any]:
    """Firm A's mail (envelope photo and scan), rule, address and booking."""
    item = mail_services.mail_log(
        actor=staff,
        contract=active,
        data={
            "addressee": active.firm_name_en,
            "kind": "official",
            "sender": SECRET_SENDER,
            "envelope": (SimpleUploadedFile("e.png", PNG, "image/png"), "image/png"),
        },
    )
    mail_services.mail_request(actor=member, item=item, action="scan")
    item = mail_services.mail_scan(
        actor=staff,
        item=item,
        scan=SimpleUploadedFile("s.pdf", PDF, content_type="application/pdf"),
        content_type="application/pdf",
    )
    address = mail_services.forwarding_address_add(
        actor=member,
        contract=active,
        data={"label": "Berlin", "recipient": "Hans Müller", "address": "Unter den Linden 1"},
    )
    mail_services.rule_set(actor=member, contract=active, kind="letter", action="shred")
    start = datetime.combine(timezone.localdate() + timedelta(days=2), time(10), centre_tz())
    booking = room_services.booking_create(
        actor=member, room=room, starts_at=start, ends_at=start + timedelta(hours=1),
        title=SECRET_TITLE,
    )  # fmt: skip
    return {
        "contract": active,
        "document": KycDocument.objects.filter(contract=active).first(),
        "item": item,
        "address": address,
        "booking": booking,
        "day": start.date(),
    }


def _reads(a: dict[str, Any]) -> list[str]:
    contract, item = a["contract"].pk, a["item"].pk
    return [
        reverse("domiciliation:contract", args=[contract]),
        reverse("domiciliation:rules", args=[contract]),
        reverse("domiciliation:document", args=[a["document"].pk]),
        reverse("domiciliation:mail_item", args=[item]),
        reverse("domiciliation:mail_file", args=[item, "envelope"]),
        reverse("domiciliation:mail_file", args=[item, "scan"]),
        f"{API}/contracts/{contract}",
        f"{API}/mail/{item}",
        f"{API}/documents/{a['document'].pk}/file",
        f"{API}/mail/{item}/files/envelope",
        f"{API}/mail/{item}/files/scan",
    ]


def test_every_read_door_is_closed_to_another_hosted_firm(
    a_records: dict[str, Any], firm_b: Contract, member: Any, outsider: Any
) -> None:
    own, other = client_for(member), client_for(outsider)
    for url in _reads(a_records):
        assert own.get(url).status_code == 200, url
        response = other.get(url)
        assert response.status_code == 404, url
        assert SECRET_SENDER.encode() not in response.content, url
    envelope = own.get(reverse("domiciliation:mail_file", args=[a_records["item"].pk, "envelope"]))
    assert b"".join(envelope.streaming_content) == PNG
    # the end-of-hosting letter, once A's contract has ended: A's, never B's
    services.contract_terminate(
        actor=a_records["item"].logged_by, contract=a_records["contract"], reason="firm_request"
    )
    letter = reverse("domiciliation:end_letter", args=[a_records["contract"].pk])
    assert own.get(letter).status_code == 200
    assert other.get(letter).status_code == 404


def test_lists_and_schedules_show_only_the_firms_own(
    a_records: dict[str, Any], firm_b: Contract, room: Room, outsider: Any
) -> None:
    other = client_for(outsider)
    a_contract, item = a_records["contract"], a_records["item"]
    for url in ("/hosting/", "/hosting/mail/", "/hosting/rooms/", "/dashboard/"):
        page = other.get(url)
        assert page.status_code == 200, url
        text = page.content.decode()
        assert SECRET_SENDER not in text and SECRET_TITLE not in text, url
        assert a_contract.firm_name_zh not in text and a_contract.reference not in text, url
    schedule = other.get(
        reverse("domiciliation:room", args=[room.pk]), {"day": a_records["day"].isoformat()}
    ).content.decode()
    assert "taken" in schedule and SECRET_TITLE not in schedule and "your booking" not in schedule
    assert [c["id"] for c in other.get(f"{API}/contracts").json()] == [firm_b.pk]
    assert other.get(f"{API}/mail").json() == []
    assert other.get(f"{API}/bookings").json() == []
    assert not Notification.objects.filter(user=outsider, kind="domiciliation.mail").exists()
    assert item.pk in [m["id"] for m in client_for(item.logged_by).get(f"{API}/mail").json()]


def test_every_write_door_is_closed_and_nothing_changes(
    a_records: dict[str, Any], firm_b: Contract, member: Any, outsider: Any
) -> None:
    other = client_for(outsider)
    contract, item, booking = a_records["contract"], a_records["item"], a_records["booking"]
    upload = SimpleUploadedFile("x.pdf", PDF, content_type="application/pdf")
    posts: list[tuple[str, dict[str, Any]]] = [
        (reverse("domiciliation:sign", args=[contract.pk]), {}),
        (
            reverse("domiciliation:upload", args=[contract.pk]),
            {"kind": "business_licence", "file": upload},
        ),
        (
            reverse("domiciliation:rules", args=[contract.pk]),
            {"kind": "letter", "action": "pickup"},
        ),
        (
            reverse("domiciliation:rules", args=[contract.pk]),
            {"form": "address", "label": "X", "recipient": "Y", "address": "Z", "country": "CN"},
        ),
        (
            reverse("domiciliation:action", args=[contract.pk, "notice"]),
            {"served_on": "2030-04-01"},
        ),
        (reverse("domiciliation:mail_request", args=[item.pk]), {"action": "shred"}),
        (reverse("domiciliation:booking_cancel", args=[booking.pk]), {}),
    ]
    for url, data in posts:
        assert other.post(url, data).status_code == 404, url
    api_posts = [
        (f"{API}/contracts/{contract.pk}/sign", {}),
        (f"{API}/mail/{item.pk}/action", {"action": "shred"}),
        (f"{API}/bookings/{booking.pk}/cancel", {}),
    ]
    for url, body in api_posts:
        assert other.post(url, body, content_type="application/json").status_code == 404, url
    notice = f"{API}/contracts/{contract.pk}/actions/notice"
    assert other.post(notice, {"served_on": "2030-04-01"}, content_type="application/json").status_code == 404  # fmt: skip
    kyc = SimpleUploadedFile("y.pdf", PDF, content_type="application/pdf")
    documents = f"{API}/contracts/{contract.pk}/documents"
    assert other.post(documents, {"kind": "business_licence", "file": kyc}).status_code == 404
    contract.refresh_from_db()
    item.refresh_from_db()
    booking.refresh_from_db()
    assert contract.status == "active" and contract.notice_served_on is None
    assert item.action == "scan" and booking.status == "confirmed"
    assert KycDocument.objects.filter(contract=contract).count() == 2
    assert list(MailRule.objects.filter(contract=contract).values_list("action", flat=True)) == [
        "shred"
    ]
    assert ForwardingAddress.objects.filter(organisation=contract.organisation).count() == 1
    assert Booking.objects.filter(contract=firm_b).count() == 0


def test_staff_doors_and_exports_are_closed_to_firms(
    a_records: dict[str, Any], firm_b: Contract, staff: Any, outsider: Any
) -> None:
    other = client_for(outsider)
    today = timezone.localdate()
    report = register_services.report_create(
        actor=staff, period_start=today.replace(day=1), period_end=today, today=today
    )
    staff_only = [
        reverse("domiciliation:pipeline"),
        reverse("domiciliation:mailroom"),
        reverse("domiciliation:register"),
        reverse("domiciliation:register_export"),
        reverse("domiciliation:report", args=[report.pk]),
        reverse("domiciliation:contract_edit", args=[a_records["contract"].pk]),
    ]
    for url in staff_only:
        assert other.get(url).status_code in (403, 404), url
        assert client_for(staff).get(url).status_code == 200, url
    assert other.get(f"{API}/register").status_code == 404
    verify = f"{API}/documents/{a_records['document'].pk}/verify"
    body = {"result": "rejected", "note": "x"}
    assert other.post(verify, body, content_type="application/json").status_code == 404
    handle = reverse("domiciliation:mail_handle", args=[a_records["item"].pk, "complete"])
    assert other.post(handle).status_code == 403
    assert MailItem.objects.get(pk=a_records["item"].pk).status == "done"
    assert Client().get(f"{API}/mail/{a_records['item'].pk}").status_code in (401, 403, 404)
