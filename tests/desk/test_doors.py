"""Who sees a case, a note or a file, tried through every door: the pages, the API, the
notifications and their e-mails. A third organisation, a visitor and guessed ids get the same
"not found" as a case that does not exist."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from techbridge.desk import services
from techbridge.desk.models import CaseAttachment
from techbridge.notifications.models import Notification
from tests.conftest import login

pytestmark = pytest.mark.django_db
SECRET = "SECRET-internal-remark"


@pytest.fixture
def noted(case: Any, legal_staff: Any, django_capture_on_commit_callbacks: Any) -> Any:
    with django_capture_on_commit_callbacks(execute=True):
        services.case_reply(actor=legal_staff, case=case, body="Public answer")
        services.case_reply(
            actor=legal_staff,
            case=case,
            body=SECRET,
            internal=True,
            files=[SimpleUploadedFile("secret.txt", b"secret file", content_type="text/plain")],
        )
    return case


def test_client_never_sees_an_internal_note(noted: Any, member: Any) -> None:
    client = login(member)
    page = client.get(reverse("desk:case", args=[noted.pk]))
    assert page.status_code == 200
    assert b"Public answer" in page.content and SECRET.encode() not in page.content
    api = client.get(f"/api/v1/desk/cases/{noted.pk}")
    assert api.status_code == 200
    body = api.content.decode()
    assert "Public answer" in body and SECRET not in body and "secret.txt" not in body
    note_file = CaseAttachment.objects.get(filename="secret.txt")
    assert client.get(reverse("desk:attachment", args=[noted.pk, note_file.pk])).status_code == 404
    api_file = client.get(f"/api/v1/desk/cases/{noted.pk}/attachments/{note_file.pk}")
    assert api_file.status_code == 404
    assert not Notification.objects.filter(user=member, body__contains=SECRET).exists()
    assert not Notification.objects.filter(user=member, kind="desk.note").exists()
    assert all(SECRET not in m.body for m in mail.outbox if member.email in m.to)


def test_staff_see_the_note(noted: Any, other_staff: Any) -> None:
    page = login(other_staff).get(reverse("desk:case", args=[noted.pk]))
    assert SECRET.encode() in page.content


@pytest.mark.parametrize("who", ["outsider", "anonymous", "lone_user"])
def test_others_cannot_read_or_guess(noted: Any, who: str, request: Any) -> None:
    client = Client() if who == "anonymous" else login(request.getfixturevalue(who))
    public_file = CaseAttachment.objects.create(
        case=noted, filename="a.txt", content_type="text/plain", size=1, file="desk/x"
    )
    for pk in (noted.pk, noted.pk + 1000, "abc"):
        url = f"/desk/cases/{pk}/"
        status = client.get(url).status_code
        assert status in ((302, 404) if who == "anonymous" else (404,)), (url, status)
        assert client.get(f"/api/v1/desk/cases/{pk}").status_code in (404, 422)
    page = client.get(reverse("desk:attachment", args=[noted.pk, public_file.pk]))
    assert page.status_code in (302, 404)
    api = client.get(f"/api/v1/desk/cases/{noted.pk}/attachments/{public_file.pk}")
    assert api.status_code == 404
    listing = client.get("/api/v1/desk/cases")
    assert noted.number not in listing.content.decode()
    reply = client.post(reverse("desk:reply", args=[noted.pk]), {"body": "hi"})
    assert reply.status_code in (302, 404)
    assert noted.messages.filter(body="hi").count() == 0


def test_the_queue_export_is_staff_only_and_carries_no_note(
    noted: Any, member: Any, legal_staff: Any
) -> None:
    url = reverse("desk:queue") + "?department=legal&status=all&export=csv"
    assert login(member).get(url).status_code == 403
    export = login(legal_staff).get(url)
    assert export.status_code == 200 and noted.number in export.content.decode("utf-8-sig")
    assert SECRET not in export.content.decode("utf-8-sig")
