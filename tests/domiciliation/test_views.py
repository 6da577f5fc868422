"""Pages, files and permissions through every door: a firm never sees another firm's
contract, documents, mail, scans or bookings (not found, never a hint)."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from techbridge.domiciliation.models import Contract, KycDocument, MailItem
from techbridge.domiciliation.services import mail as mail_services
from tests.factories import PASSWORD

from .conftest import PDF, PNG, upload_all


def client_for(user: Any) -> Client:
    client = Client()
    client.login(email=user.email, password=PASSWORD)
    return client


def _item(staff: Any, contract: Contract) -> MailItem:
    item = mail_services.mail_log(
        actor=staff,
        contract=contract,
        data={"addressee": "X", "kind": "official", "sender": "Tax Bureau"},
    )
    mail_services.mail_request(actor=staff, item=item, action="scan")
    return mail_services.mail_scan(
        actor=staff,
        item=item,
        scan=SimpleUploadedFile("s.pdf", PDF, content_type="application/pdf"),
        content_type="application/pdf",
    )


def test_another_firm_sees_nothing(
    active: Contract, staff: Any, member: Any, outsider: Any
) -> None:
    item = _item(staff, active)
    doc = KycDocument.objects.filter(contract=active).first()
    assert doc is not None
    own, other = client_for(member), client_for(outsider)
    urls = [
        reverse("domiciliation:contract", args=[active.pk]),
        reverse("domiciliation:document", args=[doc.pk]),
        reverse("domiciliation:mail_item", args=[item.pk]),
        reverse("domiciliation:mail_file", args=[item.pk, "scan"]),
        reverse("domiciliation:rules", args=[active.pk]),
        f"/api/v1/domiciliation/contracts/{active.pk}",
        f"/api/v1/domiciliation/mail/{item.pk}",
    ]
    for url in urls:
        assert own.get(url).status_code == 200, url
        assert other.get(url).status_code == 404, url
    assert other.get("/api/v1/domiciliation/contracts").json() == []
    assert other.get("/api/v1/domiciliation/mail").json() == []
    assert b"Tax Bureau" not in other.get(reverse("domiciliation:mail")).content
    scan = own.get(reverse("domiciliation:mail_file", args=[item.pk, "scan"]))
    assert b"".join(scan.streaming_content) == PDF
    anonymous = Client().get(reverse("domiciliation:contract", args=[active.pk]))
    assert anonymous.status_code == 302


def test_staff_pages_are_for_staff(active: Contract, staff: Any, member: Any) -> None:
    pages = ["pipeline", "mailroom", "register", "register_export", "contract_new", "layout_new"]
    for name in pages:
        assert client_for(member).get(reverse(f"domiciliation:{name}")).status_code == 403, name
        response = client_for(staff).get(reverse(f"domiciliation:{name}"))
        assert response.status_code == 200, name
    assert client_for(member).post(reverse("domiciliation:action", args=[active.pk, "terminate"]), {"reason": "other"}).status_code == 302  # fmt: skip
    active.refresh_from_db()
    assert active.status == "active"  # refused with a message


def test_the_firm_signs_and_uploads_on_its_page(contract: Contract, member: Any) -> None:
    client = client_for(member)
    page = client.get(reverse("domiciliation:contract", args=[contract.pk]))
    assert b'data-testid="sign"' in page.content
    client.post(reverse("domiciliation:sign", args=[contract.pk]))
    contract.refresh_from_db()
    assert contract.status == "awaiting_documents"
    response = client.post(
        reverse("domiciliation:upload", args=[contract.pk]),
        {"kind": "business_licence", "file": SimpleUploadedFile("l.png", PNG, "image/png")},
        follow=True,
    )
    assert b"staff will verify it" in response.content
    doc = KycDocument.objects.get(contract=contract)
    assert doc.content_type == "image/png" and doc.uploaded_by == member
    bad = client.post(
        reverse("domiciliation:upload", args=[contract.pk]),
        {"kind": "legal_rep_id", "file": SimpleUploadedFile("x.exe", b"MZ..", "image/png")},
        follow=True,
    )
    assert b"PDF, PNG or JPEG" in bad.content and KycDocument.objects.count() == 1


def test_staff_prepare_a_contract_with_a_bad_code(staff: Any, org: Any, plan: Any) -> None:
    client = client_for(staff)
    data = {
        "organisation": org.slug, "plan": plan.pk, "firm_name_zh": "示例", "legal_representative": "A",
        "hosted_address": "Room 1", "starts_on": "2030-01-01", "ends_on": "2031-01-01",
        "notice_days": 30, "monthly_fee": "800", "setup_fee": "0", "deposit": "0",
        "currency": "CNY", "credit_code": "913100000000000000",
    }  # fmt: skip
    response = client.post(reverse("domiciliation:contract_new"), data)
    assert response.status_code == 200 and b"check character" in response.content
    assert not Contract.objects.exists()
    data["credit_code"] = ""
    response = client.post(reverse("domiciliation:contract_new"), data)
    assert response.status_code == 302 and Contract.objects.count() == 1


def test_staff_verify_and_the_contract_activates(
    contract: Contract, staff: Any, member: Any
) -> None:
    from techbridge.domiciliation import services

    services.contract_sign(actor=member, contract=contract)
    client = client_for(staff)
    for doc in upload_all(member, contract):
        client.post(reverse("domiciliation:verify", args=[doc.pk]), {"result": "verified"})
    contract.refresh_from_db()
    assert contract.status == "active"
    page = client_for(member).get(reverse("domiciliation:contract", args=[contract.pk]))
    assert b'data-testid="kyc-passed"' in page.content


@pytest.mark.parametrize("step", ["assign", "scan", "complete", "nope"])
def test_members_cannot_handle_mail(active: Contract, staff: Any, member: Any, step: str) -> None:
    item = _item(staff, active)
    url = reverse("domiciliation:mail_handle", args=[item.pk, step])
    assert client_for(member).post(url).status_code == 403


def test_the_end_of_hosting_letter(
    active: Contract, staff: Any, member: Any, outsider: Any
) -> None:
    from techbridge.domiciliation import services

    url = reverse("domiciliation:end_letter", args=[active.pk])
    assert client_for(member).get(url).status_code == 409  # still in force
    services.contract_terminate(actor=staff, contract=active, reason="firm_request")
    page = client_for(member).get(reverse("domiciliation:contract", args=[active.pk]))
    assert b'data-testid="end-letter"' in page.content
    letter = client_for(member).get(url)
    assert letter.status_code == 200 and letter.content.startswith(b"%PDF")
    assert client_for(outsider).get(url).status_code == 404
