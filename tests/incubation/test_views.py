"""The pages of slice one, through every door: the call, the screen, the draft and the one
submission, files, the staff set-up and the export — and nobody else's application."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from techbridge.incubation import services
from techbridge.incubation.models import Application, AppStatus, Call
from tests.conftest import login
from tests.incubation.conftest import filled, freeze_time

pytestmark = pytest.mark.django_db


def test_calls_and_screen(client_member: Any, member: Any, call: Call) -> None:
    assert "Spring call" in client_member.get("/incubation/").content.decode()
    page = client_member.get(f"/incubation/calls/{call.slug}/").content.decode()
    assert 'data-testid="eligibility-form"' in page and "(Beijing time)" in page
    response = client_member.post(
        f"/incubation/calls/{call.slug}/", {"q_tech": "no", "q_listed": "no"}, follow=True
    )
    body = response.content.decode()
    assert 'data-testid="ineligible-reason"' in body and "technology owners" in body
    assert Application.objects.get().status == AppStatus.INELIGIBLE


def test_draft_submit_once_through_the_page(client_member: Any, draft: Any) -> None:
    url = f"/incubation/applications/{draft.pk}/"
    response = client_member.post(url, {"f_pitch": "draft text", "save": "1"})
    assert response.status_code == 302
    response = client_member.post(url, {"f_pitch": "final", "submit": "1"})
    assert response.status_code == 200 and "f_employees" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == AppStatus.DRAFT and draft.answers["pitch"] == "draft text"
    deck = SimpleUploadedFile("deck.pdf", b"%PDF-1.4 x", content_type="application/pdf")
    data = {"f_pitch": "final", "f_employees": "7", "f_deck": deck, "submit": "1"}
    assert client_member.post(url, data).status_code == 302
    draft.refresh_from_db()
    assert draft.status == AppStatus.SUBMITTED
    page = client_member.get(url).content.decode()
    assert 'data-testid="application-form"' not in page and "deck.pdf" in page
    again = client_member.post(url, {"f_pitch": "changed", "submit": "1"})
    assert "already submitted" in again.content.decode()
    draft.refresh_from_db()
    assert draft.answers["pitch"] == "final"


def test_late_submission_page_says_why(client_member: Any, member: Any, draft: Any) -> None:
    url = f"/incubation/applications/{draft.pk}/"
    with freeze_time(draft.call.closes_at + timedelta(minutes=1)):
        page = client_member.get(url).content.decode()
        assert 'data-testid="too-late"' in page and 'data-testid="application-form"' not in page
        response = client_member.post(url, {"f_pitch": "x", "f_employees": "3", "submit": "1"})
    assert "late applications are not accepted" in response.content.decode()
    draft.refresh_from_db()
    assert draft.status == AppStatus.DRAFT


def test_nobody_else_sees_an_application(
    client_outsider: Any, client_staff: Any, member: Any, draft: Any
) -> None:
    deck = SimpleUploadedFile("deck.pdf", b"%PDF-1.4 x", content_type="application/pdf")
    services.application_save(
        actor=member, application=draft, data={**filled(), "files": {"deck": deck}}
    )
    file_id = draft.files.get().pk
    for url in (
        f"/incubation/applications/{draft.pk}/",
        f"/incubation/applications/{draft.pk}/files/{file_id}/",
    ):
        assert client_outsider.get(url).status_code == 404
        assert client_staff.get(url).status_code == 200
    assert client_outsider.get("/incubation/manage/").status_code == 403
    assert (
        client_outsider.get(
            f"/incubation/manage/calls/{draft.call.slug}/applications.csv"
        ).status_code
        == 403
    )
    mine = client_outsider.get("/incubation/applications/").content.decode()
    assert draft.reference not in mine


def test_staff_set_up_a_call_in_centre_time(client_staff: Any, programme: Any) -> None:
    response = client_staff.post(
        "/incubation/manage/calls/new/",
        {
            "programme": programme.pk, "slug": "autumn", "title_en": "Autumn", "title_zh": "秋季",
            "opens_on": "2026-09-01T00:00", "closes_on": "2026-09-30T23:59",
        },
    )  # fmt: skip
    assert response.status_code == 302, response.content.decode()[:2000]
    call = Call.objects.get(slug="autumn")
    assert call.closes_at.isoformat() == "2026-09-30T15:59:00+00:00"
    url = "/incubation/manage/calls/autumn/"
    client_staff.post(url, {"add_field": "1", "f-key": "pitch", "f-kind": "text",
                            "f-label_en": "Pitch", "f-label_zh": "介绍", "f-order": "1"})  # fmt: skip
    dup = client_staff.post(url, {"add_field": "1", "f-key": "pitch", "f-kind": "text",
                                  "f-label_en": "Again", "f-label_zh": "再", "f-order": "2"})  # fmt: skip
    assert "already used" in dup.content.decode()
    assert call.fields.count() == 1
    bad = client_staff.post(
        "/incubation/manage/calls/new/",
        {"programme": programme.pk, "slug": "bad", "title_en": "B", "title_zh": "B",
         "opens_on": "2026-09-30T00:00", "closes_on": "2026-09-01T00:00"},
    )  # fmt: skip
    assert bad.status_code == 200 and "closes after it opens" in bad.content.decode()


def test_export_is_safe_csv(client_staff: Any, member: Any, draft: Any) -> None:
    services.application_submit(actor=member, application=draft, data=filled(pitch="=cmd()"))
    body = client_staff.get(f"/incubation/manage/calls/{draft.call.slug}/applications.csv")
    text = body.content.decode("utf-8-sig")
    assert draft.reference in text and "'=cmd()" in text


def test_chinese_pages(member: Any, call: Call) -> None:
    client = login(member)
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    page = client.get(f"/incubation/calls/{call.slug}/").content.decode()
    assert "春季征集" in page and "北京时间" in page
