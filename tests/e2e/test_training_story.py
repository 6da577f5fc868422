"""Issue 15, part 2, in a browser: a member enrols in a demo course, staff check them in at
its sessions from the badge's QR code, a certificate is issued, and the public verification
page confirms it to a stranger."""

from __future__ import annotations

import pytest

from techbridge.tooling.demo_loader import MEMBER_EMAIL, STAFF_EMAIL, load_demo
from techbridge.training.models import Enrolment

from .test_platform_story import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
DEMO_PASSWORD = "techbridge-demo"
COURSE = "export-control-compliance"


def test_enrol_check_in_certificate_verify(new_page, live_server):
    load_demo(apps=("training",))
    base = live_server.url

    member = new_page()
    log_in(member, base, MEMBER_EMAIL, DEMO_PASSWORD)
    member.goto(f"{base}/training/")
    with member.expect_navigation():
        member.click(f"a[href='/training/{COURSE}/']")
    with member.expect_navigation():
        member.click("[data-testid=enrol]")
    member.select_option("#id_person", "self")
    with member.expect_navigation():
        member.click("[data-testid=enrol-submit]")
    assert "Confirmed" in member.locator("[data-testid=enrolment-status]").inner_text()
    enrolment_url = member.url
    badge = member.request.get(base + member.locator("[data-testid=badge]").get_attribute("href"))
    assert badge.ok and badge.body().startswith(b"%PDF")

    # The badge's QR code holds the check-in address; staff open it at each session.
    enrolment = Enrolment.objects.get(course__slug=COURSE, user__email=MEMBER_EMAIL)
    staff = new_page()
    log_in(staff, base, STAFF_EMAIL, DEMO_PASSWORD)
    staff.goto(f"{base}/training/checkin/{enrolment.checkin_code}/")
    assert staff.locator("[data-testid=checkin-name]").inner_text() == enrolment.name
    sessions = staff.locator("[data-testid=checkin-mark]").count()
    assert sessions == 3
    for _ in range(sessions):
        with staff.expect_navigation():
            staff.locator("[data-testid^=check-in-]").first.click()
    marks = staff.locator("[data-testid=checkin-mark]").all_inner_texts()
    assert all(m.startswith(("Present", "Late")) for m in marks), marks
    assert "certificate is issued" in staff.locator(".messages").inner_text()

    member.goto(enrolment_url)
    code = member.locator("[data-testid=certificate-code]").inner_text()
    pdf = member.request.get(
        base + member.locator("[data-testid=certificate-pdf]").get_attribute("href")
    )
    assert pdf.ok and pdf.body().startswith(b"%PDF")
    api = member.request.get(f"{base}/api/v1/training/enrolments/{enrolment.pk}")
    assert api.ok and api.json()["certificate"]["code"] == code
    api_pdf = member.request.get(
        f"{base}/api/v1/training/enrolments/{enrolment.pk}/certificate.pdf"
    )
    assert api_pdf.ok and api_pdf.body().startswith(b"%PDF")

    stranger = new_page()
    stranger.goto(f"{base}/training/verify/")
    stranger.fill("#id_code", code.lower().replace("-", " "))
    with stranger.expect_navigation():
        stranger.click("[data-testid=verify-submit]")
    assert stranger.locator("[data-testid=verify-valid]").is_visible()
    assert stranger.locator("[data-testid=verify-name]").inner_text() == enrolment.name
    assert MEMBER_EMAIL not in stranger.content()

    altered = code[:-1] + ("0" if code[-1] != "0" else "1")
    stranger.goto(f"{base}/training/verify/?code={altered}")
    assert stranger.locator("[data-testid=verify-not-found]").is_visible()
