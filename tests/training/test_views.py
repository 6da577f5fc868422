"""Pages: who sees what through every door, the enrolment form, check-in, verification."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client
from openpyxl import load_workbook

from techbridge.training import codes, services
from techbridge.training.models import Attendance, Certificate, Course, Enrolment
from tests.conftest import login
from tests.training.conftest import enrol, make_course

USCC = "91350100M000100Y43"


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Any:
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def certified(course: Course, member: Any, org: Any, staff: Any) -> Certificate:
    e = enrol(member, course, org)
    for s in course.sessions.order_by("starts_at")[:4]:
        services.attendance_set(actor=staff, session=s, enrolment=e, status="present")
    return Certificate.objects.get(enrolment=e)


def test_catalogue_and_visibility(course: Course, client: Client, client_member: Client) -> None:
    hidden = make_course(slug="draft", visibility="hidden", title_en="Secret draft")
    members_only = make_course(slug="inner", visibility="members", title_en="Inner circle")
    page = client.get("/training/").content.decode()
    assert course.title_en in page and "Secret draft" not in page and "Inner circle" not in page
    assert client.get(f"/training/{hidden.slug}/").status_code == 404
    assert client.get(f"/training/{members_only.slug}/").status_code == 404
    assert client_member.get(f"/training/{members_only.slug}/").status_code == 200
    assert client_member.get(f"/training/{hidden.slug}/").status_code == 404
    detail = client.get(f"/training/{course.slug}/")
    assert detail.status_code == 200 and b"Room 301" in detail.content


def test_chinese_page(course: Course, client: Client) -> None:
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    page = client.get(f"/training/{course.slug}/").content.decode()
    assert "技术许可实务" in page


def test_enrol_through_the_page_with_a_chinese_invoice(
    member: Any, org: Any, client_member: Client
) -> None:
    course = make_course(fee_amount=800, fee_currency="CNY", sessions=0)
    url = f"/training/{course.slug}/enrol/"
    assert client_member.get(url).status_code == 200
    bad = client_member.post(
        url,
        {"person": "self", "invoice_kind": "cn_normal", "invoice_company": "苏州某某科技有限公司",
         "invoice_tax_number": USCC[:-1] + "4"},
    )  # fmt: skip
    assert bad.status_code == 200 and "invoice_tax_number" in bad.context["form"].errors
    assert not Enrolment.objects.exists()
    ok = client_member.post(
        url,
        {"person": "self", "invoice_kind": "cn_normal", "invoice_company": "苏州某某科技有限公司",
         "invoice_tax_number": USCC.lower()},
    )  # fmt: skip
    e = Enrolment.objects.get()
    assert ok.status_code == 302 and ok["Location"] == f"/training/enrolments/{e.pk}/"
    assert (e.user, e.invoice_kind, e.invoice_tax_number, e.fee_status) == (
        member, "cn_normal", USCC, "due"
    )  # fmt: skip
    again = client_member.get(url)  # the form is filled with the last invoice details
    assert again.context["form"].initial["invoice_tax_number"] == USCC


def test_enrol_someone_else_with_a_foreign_invoice(org: Any, client_member: Client) -> None:
    course = make_course(fee_amount=500, fee_currency="EUR")
    url = f"/training/{course.slug}/enrol/"
    data = {"person": "other", "name": "Jan Novak", "email": "jan@example.org",
            "invoice_kind": "foreign", "invoice_company": "Novak GmbH",
            "invoice_vat_id": "DE12345678", "invoice_address": "Berlin"}  # fmt: skip
    bad = client_member.post(url, data)
    assert "invoice_vat_id" in bad.context["form"].errors
    missing = client_member.post(url, {**data, "name": "", "invoice_vat_id": "DE123456789"})
    assert "name" in missing.context["form"].errors
    assert client_member.post(url, {**data, "invoice_vat_id": "DE 123 456 789"}).status_code == 302
    assert Enrolment.objects.get().invoice_vat_id == "DE123456789"


def test_enrol_page_no_silent_default(course: Course, client_member: Client) -> None:
    page = client_member.get(f"/training/{course.slug}/enrol/").content.decode()
    assert '<option value="" selected>---------</option>' in page


def test_enrolment_pages_through_every_door(
    course: Course, member: Any, org: Any, client: Client, client_outsider: Client,
    client_member: Client, certified: Certificate,
) -> None:  # fmt: skip
    e = certified.enrolment
    doors = [
        f"/training/enrolments/{e.pk}/",
        f"/training/enrolments/{e.pk}/badge.pdf",
        f"/training/enrolments/{e.pk}/qr.png",
        f"/training/enrolments/{e.pk}/certificate.pdf",
        f"/training/enrolments/{e.pk}/invoice/",
    ]
    for url in doors:
        assert client_member.get(url).status_code == 200, url
        assert client_outsider.get(url).status_code == 404, url
        assert client.get(url).status_code == 302, url  # to the login page
    assert client_outsider.post(f"/training/enrolments/{e.pk}/cancel/").status_code == 404
    assert client_member.get("/training/enrolments/999999/").status_code == 404
    colleague = login(type(member).objects.create_user(email="c@example.org", password="x"))
    assert colleague.get(doors[0]).status_code == 404  # an account of no organisation
    mine = client_outsider.get("/training/mine/").content.decode()
    assert e.name not in mine


def test_manage_pages_are_staff_only(
    course: Course, client_member: Client, client_staff: Client, certified: Certificate
) -> None:
    e = certified.enrolment
    session = course.sessions.first()
    doors = [
        "/training/manage/",
        "/training/manage/new/",
        f"/training/{course.slug}/manage/",
        f"/training/{course.slug}/manage/edit/",
        f"/training/{course.slug}/manage/badges.pdf",
        f"/training/{course.slug}/manage/enrolments.xlsx",
        f"/training/{course.slug}/manage/enrolments.csv",
        f"/training/{course.slug}/manage/sessions/new/",
        f"/training/{course.slug}/manage/sessions/{session.pk}/attendance/",
        f"/training/checkin/{e.checkin_code}/",
        f"/training/manage/enrolments/{e.pk}/payment/",
    ]
    for url in doors:
        assert client_member.get(url).status_code == 403, url
        assert client_staff.get(url).status_code == 200, url
    assert client_staff.get("/training/checkin/guessed-code/").status_code == 404
    assert client_staff.get(f"/training/{course.slug}/manage/enrolments.pdf").status_code == 404
    revoke = f"/training/manage/certificates/{certified.pk}/revoke/"
    assert client_member.post(revoke, {"reason": "x"}).status_code == 403
    assert client_staff.post(revoke, {"reason": "Sat the exam for someone else"}).status_code == 302
    certified.refresh_from_db()
    assert certified.status == "revoked"


def test_staff_create_course_and_session(client_staff: Client) -> None:
    data = {"slug": "ip-basics", "title_en": "IP basics", "time_zone": "Asia/Shanghai",
            "visibility": "public", "cpd_hours": "6", "min_attendance_percent": "80",
            "late_after_minutes": "10", "late_counts": "on", "fee_amount": "100"}  # fmt: skip
    bad = client_staff.post("/training/manage/new/", data)
    assert "fee_currency" in bad.context["form"].errors
    assert client_staff.post("/training/manage/new/", {**data, "slug": "manage"}).status_code == 200
    ok = client_staff.post("/training/manage/new/", {**data, "fee_currency": "CNY"})
    assert ok.status_code == 302
    course = Course.objects.get(slug="ip-basics")
    url = f"/training/{course.slug}/manage/sessions/new/"
    late = client_staff.post(url, {"day": "2030-06-03", "start": "14:00", "end": "13:00",
                                   "trainer": "Dr. Chen"})  # fmt: skip
    assert {"end", "room"} <= set(late.context["form"].errors)
    ok = client_staff.post(url, {"day": "2030-06-03", "start": "14:00", "end": "17:00",
                                 "trainer": "Dr. Chen", "online_url": "meet.example.org/ip"})  # fmt: skip
    assert ok.status_code == 302
    session = course.sessions.get()
    assert session.starts_at.isoformat() == "2030-06-03T06:00:00+00:00"  # 14:00 in Shanghai
    assert session.online_url == "https://meet.example.org/ip"


def test_checkin_page_and_sheet(
    course: Course, member: Any, org: Any, staff: Any, client_staff: Client
) -> None:
    e = enrol(member, course, org)
    s1, s2 = course.sessions.order_by("starts_at")[:2]
    url = f"/training/checkin/{e.checkin_code}/"
    assert client_staff.post(url, {"session": str(s1.pk)}).status_code == 302
    assert Attendance.objects.get(enrolment=e, session=s1).source == "qr"
    other = make_course(slug="other", sessions=1).sessions.get()
    assert client_staff.post(url, {"session": str(other.pk)}).status_code == 404
    sheet = f"/training/{course.slug}/manage/sessions/{s2.pk}/attendance/"
    bad = client_staff.post(sheet, {f"mark-{e.pk}": "sleeping"})
    assert bad.status_code == 200 and str(e.pk) in bad.context["errors"]
    assert client_staff.post(sheet, {f"mark-{e.pk}": "excused"}).status_code == 302
    assert Attendance.objects.get(enrolment=e, session=s2).status == "excused"
    s3 = course.sessions.order_by("starts_at")[2]
    closing = f"/training/{course.slug}/manage/sessions/{s3.pk}/attendance/"
    assert client_staff.post(closing, {"action": "absent"}).status_code == 302
    assert Attendance.objects.get(enrolment=e, session=s3).status == "absent"


def test_certificate_pdf_and_public_verification(
    certified: Certificate, client: Client, client_member: Client
) -> None:
    e = certified.enrolment
    pdf = client_member.get(f"/training/enrolments/{e.pk}/certificate.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    page = client.get(f"/training/verify/{certified.display_code}/")
    text = page.content.decode()
    assert page.status_code == 200 and certified.holder_name in text and "技术许可实务" in text
    assert e.email not in text and e.organisation.name not in text
    typed = client.get("/training/verify/", {"code": certified.display_code.lower()})
    assert typed.status_code == 302 and typed["Location"].endswith(f"/{certified.display_code}/")
    altered = certified.code[:5] + ("0" if certified.code[5] != "0" else "1") + certified.code[6:]
    assert client.get(f"/training/verify/{altered}/").status_code == 404
    guessed = codes.new_code()  # valid checksum, never issued
    missing = client.get(f"/training/verify/{guessed}/")
    assert missing.status_code == 404 and b"verify-not-found" in missing.content


def test_verification_is_rate_limited(certified: Certificate, client: Client) -> None:
    for _ in range(10):
        assert client.get(f"/training/verify/{codes.new_code()}/").status_code == 404
    limited = client.get(f"/training/verify/{certified.display_code}/")
    assert limited.status_code == 429 and certified.holder_name not in limited.content.decode()
    other = Client(REMOTE_ADDR="10.0.0.2")
    assert other.get(f"/training/verify/{certified.display_code}/").status_code == 200


def test_revoked_certificate(
    certified: Certificate, staff: Any, client: Client, client_member: Client
) -> None:
    services.certificate_revoke(actor=staff, certificate=certified, reason="Error")
    page = client.get(f"/training/verify/{certified.display_code}/")
    assert (
        page.status_code == 200
        and b"verify-revoked" in page.content
        and b"Error" not in page.content
    )
    pdf = client_member.get(f"/training/enrolments/{certified.enrolment_id}/certificate.pdf")
    assert pdf.status_code == 404


def test_cpd_ledger_and_exports(
    certified: Certificate, member: Any, org: Any, client_member: Client,
    client_outsider: Client, client_staff: Client,
) -> None:  # fmt: skip
    page = client_member.get("/training/cpd/")
    assert page.status_code == 200 and b"15.0" in page.content
    csv_text = client_member.get("/training/cpd/?format=csv").content.decode()
    assert certified.display_code in csv_text and "2030" in csv_text
    book = load_workbook(
        __import__("io").BytesIO(client_member.get("/training/cpd/?format=xlsx").content)
    )
    rows = list(book.active.values)
    assert rows[1][6] == 15.0 and len(rows) == 2
    assert client_member.get(f"/training/cpd/?org={org.slug}").status_code == 200
    assert client_outsider.get(f"/training/cpd/?org={org.slug}").status_code == 404
    assert (
        certified.display_code not in client_outsider.get("/training/cpd/?all=1").content.decode()
    )
    assert certified.display_code in client_staff.get("/training/cpd/?all=1").content.decode()
    assert client_member.get("/training/cpd/?year=2031").context["years"] == []


def test_member_cancels_and_the_first_waiting_moves_up(
    member: Any, org: Any, client_member: Client
) -> None:
    course = make_course(capacity=1)
    first = enrol(member, course, org, "A")
    second = enrol(member, course, org, "B")
    page = client_member.get(f"/training/enrolments/{second.pk}/").content.decode()
    assert "number 1 on the waiting list" in page
    client_member.post(f"/training/enrolments/{first.pk}/cancel/")
    second.refresh_from_db()
    assert second.status == "confirmed"


def test_list_pages_pin_their_queries(
    course: Course, member: Any, org: Any, client_member: Client, client_staff: Client,
    django_assert_max_num_queries: Any,
) -> None:  # fmt: skip
    for i in range(6):
        enrol(member, course, org, f"P{i}")
        make_course(slug=f"more-{i}", sessions=2)
    with django_assert_max_num_queries(8):
        client_member.get("/training/")
    with django_assert_max_num_queries(12):
        client_member.get("/training/mine/")
    with django_assert_max_num_queries(10):
        client_staff.get("/training/manage/")
    with django_assert_max_num_queries(14):
        client_staff.get(f"/training/{course.slug}/manage/")
