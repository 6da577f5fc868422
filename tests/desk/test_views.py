"""The desk's pages: catalogue, asking, the case page, the queue, panels and menu."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from techbridge.desk.models import Case, CaseStatus
from tests.conftest import login
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def test_catalogue_is_public_and_bilingual(service: Any) -> None:
    client = Client()
    page = client.get(reverse("desk:catalogue"))
    assert page.status_code == 200 and b"IP filing in China" in page.content
    zh = client.get(reverse("desk:catalogue"), HTTP_ACCEPT_LANGUAGE="zh-hans")
    assert "在华知识产权申请" in zh.content.decode()
    detail = client.get(reverse("desk:service", args=["ip-filing"]))
    assert detail.status_code == 200 and b"Sign in to ask" in detail.content
    assert client.get(reverse("desk:service", args=["nope"])).status_code == 404


def test_member_asks_from_a_profile_page(
    client_member: Any, service: Any, legal_staff: Any
) -> None:
    profile = ProfileFactory()
    detail = client_member.get(reverse("profiles:detail", args=[profile.pk]))
    assert f"profile={profile.pk}" in detail.content.decode()
    url = reverse("desk:service", args=["ip-filing"])
    doc = SimpleUploadedFile("brief.txt", b"hello", content_type="text/plain")
    response = client_member.post(
        url,
        {"subject": "Patent", "description": "How?", "f_made": "no", "f_doc": doc,
         "profile": str(profile.pk)},
    )  # fmt: skip
    case = Case.objects.get()
    assert response.status_code == 302 and response.url == reverse("desk:case", args=[case.pk])
    assert case.profile == profile and case.attachments.get().filename == "brief.txt"
    page = client_member.get(response.url)
    assert b"brief.txt" in page.content and profile.title.encode() in page.content


def test_bad_input_keeps_the_answers_and_saves_nothing(client_member: Any, service: Any) -> None:
    url = reverse("desk:service", args=["ip-filing"])
    response = client_member.post(url, {"subject": "Keep me", "description": "", "f_made": "yes"})
    assert response.status_code == 200
    assert b"Keep me" in response.content and not Case.objects.exists()
    bad = SimpleUploadedFile("x.exe", b"MZ", content_type="application/octet-stream")
    response = client_member.post(
        url, {"subject": "s", "description": "d", "f_made": "no", "f_doc": bad}
    )
    assert response.status_code == 200 and b"not accepted" in response.content
    assert not Case.objects.exists()


def test_staff_work_a_case_on_its_page(case: Any, legal_staff: Any) -> None:
    client = login(legal_staff)
    client.post(reverse("desk:take", args=[case.pk]))
    client.post(reverse("desk:reply", args=[case.pk]), {"body": "Answer"})
    client.post(reverse("desk:reply", args=[case.pk]), {"body": "Note", "internal": "on"})
    client.post(reverse("desk:move", args=[case.pk]), {"status": "resolved"})
    case.refresh_from_db()
    assert case.status == CaseStatus.RESOLVED and case.assignee == legal_staff
    assert list(case.messages.values_list("internal", flat=True)) == [False, True]
    bad = client.post(reverse("desk:move", args=[case.pk]), {"status": "new"}, follow=True)
    assert bad.status_code == 200 and b"cannot become" in bad.content


def test_queue_is_for_staff_and_filters(case: Any, legal_staff: Any, client_member: Any) -> None:
    assert client_member.get(reverse("desk:queue")).status_code == 403
    client = login(legal_staff)
    page = client.get(reverse("desk:queue"))
    assert case.number.encode() in page.content
    other = client.get(reverse("desk:queue") + "?department=international")
    assert case.number.encode() not in other.content
    assert (
        client.get(reverse("desk:queue") + "?department=zzz&status=zzz&page=x").status_code == 200
    )


def test_query_counts_of_the_queue(
    case: Any, legal_staff: Any, django_assert_max_num_queries: Any
) -> None:
    client = login(legal_staff)
    client.get(reverse("desk:queue"))
    with django_assert_max_num_queries(20):
        client.get(reverse("desk:queue"))


def test_panels_show_the_cases(case: Any, client_member: Any, legal_staff: Any) -> None:
    dashboard = client_member.get(reverse("web:dashboard"))
    assert b'data-testid="desk-panel"' in dashboard.content
    staff_home = login(legal_staff).get(reverse("web:dashboard"))
    assert b'data-testid="desk-staff-panel"' in staff_home.content
