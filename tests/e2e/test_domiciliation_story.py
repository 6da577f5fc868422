"""Issue 15, part 1, in a browser: a foreign firm of the demo signs its hosting contract and
uploads its KYC documents, staff verify them (the last one activates the contract), staff
log an official letter with a photo of the envelope, the firm asks for it to be scanned and
reads the scan (on its page and through the API), and books a meeting room (a second booking of the same slot is refused)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from techbridge.domiciliation.models import Contract, MailItem
from techbridge.tooling.demo_loader import MEMBER_EMAIL, STAFF_EMAIL, load_demo

from .test_platform_story import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
DEMO_PASSWORD = "techbridge-demo"
PDF = b"%PDF-1.4\n% e2e\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _sign_and_upload(member, base: str, tmp_path) -> str:
    member.goto(f"{base}/hosting/")
    with member.expect_navigation():
        member.click("[data-testid=contract-link]")
    contract_url = member.url
    with member.expect_navigation():
        member.click("[data-testid=sign]")
    assert "Awaiting documents" in member.locator("[data-testid=contract-stage]").inner_text()
    document = tmp_path / "document.pdf"
    document.write_bytes(PDF)
    kinds = member.locator("#id_kind option").evaluate_all("els => els.map(e => e.value)")
    assert len(kinds) == 5  # the foreign enterprise plan asks for five documents
    for kind in kinds:
        member.select_option("#id_kind", kind)
        member.set_input_files("#id_file", str(document))
        if kind == "legal_rep_id":
            valid = timezone.localdate() + timedelta(days=700)
            member.fill("#id_expires_on", valid.isoformat())
        with member.expect_navigation():
            member.click("[data-testid=upload]")
        assert "staff will verify it" in member.locator(".messages").inner_text()
    return contract_url


def test_sign_kyc_official_letter_scan_and_room(new_page, live_server, tmp_path):
    load_demo(apps=("domiciliation",))
    base = live_server.url
    member = new_page()
    log_in(member, base, MEMBER_EMAIL, DEMO_PASSWORD)
    contract_url = _sign_and_upload(member, base, tmp_path)
    contract = Contract.objects.get(organisation__memberships__user__email=MEMBER_EMAIL)

    staff = new_page()
    log_in(staff, base, STAFF_EMAIL, DEMO_PASSWORD)
    staff.goto(f"{base}/hosting/manage/")
    assert (
        contract.reference in staff.locator("[data-testid=stage-awaiting_documents]").inner_text()
    )
    staff.goto(contract_url)
    for _ in range(5):
        with staff.expect_navigation():
            staff.locator("[data-testid^=verify-]").first.click()
    assert "Active" in staff.locator("[data-testid=contract-stage]").inner_text()
    assert staff.locator("[data-testid=kyc-passed]").is_visible()

    # An official letter arrives: logged with a photo of its envelope; the firm is told.
    envelope = tmp_path / "envelope.png"
    envelope.write_bytes(PNG)
    staff.goto(f"{base}/hosting/manage/mail/")
    staff.fill("#id_contract", str(contract.pk))
    staff.fill("#id_addressee", contract.firm_name_en)
    staff.select_option("#id_kind", "official")
    staff.fill("#id_sender", "上海市市场监督管理局")
    staff.set_input_files("#id_envelope", str(envelope))
    with staff.expect_navigation():
        staff.click("[data-testid=log-item]")
    assert staff.locator("[data-testid=urgent]").is_visible()
    item = MailItem.objects.get(contract=contract)

    member.goto(f"{base}/hosting/mail/")
    with member.expect_navigation():
        member.click(f"a[href='/hosting/mail/{item.pk}/']")
    assert member.locator("[data-testid=envelope]").is_visible()
    member.select_option("#id_action", "scan")
    with member.expect_navigation():
        member.click("[data-testid=request-action]")
    assert "Open and scan" in member.locator("[data-testid=mail-status]").inner_text()

    staff.goto(f"{base}/hosting/mail/{item.pk}/")
    document = tmp_path / "scan.pdf"
    document.write_bytes(PDF)
    staff.set_input_files("#id_scan", str(document))
    with staff.expect_navigation():
        staff.click("[data-testid=upload-scan]")
    assert "Done" in staff.locator("[data-testid=mail-status]").inner_text()

    member.goto(f"{base}/hosting/mail/{item.pk}/")
    scan = member.request.get(base + member.locator("[data-testid=scan]").get_attribute("href"))
    assert scan.ok and scan.body() == PDF
    # The same scan through the API (the session's user): the firm's, and nobody else's.
    api_scan = member.request.get(f"{base}/api/v1/domiciliation/mail/{item.pk}/files/scan")
    assert api_scan.ok and api_scan.body() == PDF
    stranger = new_page()
    assert stranger.request.get(f"{base}/api/v1/domiciliation/mail/{item.pk}/files/scan").status == 404  # fmt: skip

    # A meeting room tomorrow, 10:00-11:00; the same slot again is refused.
    day = (timezone.localdate() + timedelta(days=1)).isoformat()
    member.goto(f"{base}/hosting/rooms/")
    with member.expect_navigation():
        member.locator("[data-testid^=room-]").first.click()
    for attempt in range(2):
        member.fill("#id_day", day)
        member.fill("#id_start", "10:00")
        member.fill("#id_end", "11:00")
        member.fill("#id_title", "Meeting with a distributor")
        with member.expect_navigation():
            member.click("[data-testid=book]")
        if attempt == 0:
            assert "The room is booked" in member.locator(".messages").inner_text()
            assert member.locator("[data-testid=slots]").inner_text().count("your booking") == 2
    assert "already booked" in member.locator("[data-testid=form-error]").inner_text()
