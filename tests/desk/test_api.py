"""/api/v1/desk: the catalogue, cases, replies, status and taking, with the pages' rules."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from techbridge.desk.models import Case
from tests.conftest import login

pytestmark = pytest.mark.django_db
API = "/api/v1/desk"


def _post(client: Client, url: str, payload: dict[str, Any]) -> Any:
    return client.post(url, json.dumps(payload), content_type="application/json")


def test_catalogue(service: Any) -> None:
    listing = Client().get(f"{API}/services").json()
    assert [s["slug"] for s in listing] == ["ip-filing"]
    detail = Client().get(f"{API}/services/ip-filing").json()
    assert [f["key"] for f in detail["fields"]] == ["made", "filing", "doc"]
    assert detail["fields"][1]["show_if_key"] == "made"
    assert Client().get(f"{API}/services/nope").status_code == 404


def test_member_submits_and_replies(member: Any, org: Any, service: Any, legal_staff: Any) -> None:
    client = login(member)
    payload = {"service": "ip-filing", "organisation": org.pk, "subject": "API question",
               "description": "d", "answers": {"made": "no"}}  # fmt: skip
    created = _post(client, f"{API}/cases", payload)
    assert created.status_code == 201, created.content
    case_id = created.json()["id"]
    assert created.json()["status"] == "new"
    reply = _post(client, f"{API}/cases/{case_id}/replies", {"body": "More"})
    assert reply.status_code == 201 and reply.json()["messages"][0]["body"] == "More"
    note = _post(client, f"{API}/cases/{case_id}/replies", {"body": "x", "internal": True})
    assert note.status_code == 403
    assert [c["id"] for c in client.get(f"{API}/cases").json()] == [case_id]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"service": "unknown"}, "service"),
        ({"answers": {}}, "f_made"),
        ({"answers": {"made": "yes", "filing": "2001-01-01"}}, "f_filing"),
        ({"subject": ""}, "subject"),
    ],
)
def test_bad_input_is_a_clear_422(
    member: Any, org: Any, service: Any, change: dict[str, Any], field: str
) -> None:
    payload = {"service": "ip-filing", "organisation": org.pk, "subject": "s",
               "description": "d", "answers": {"made": "no"}, **change}  # fmt: skip
    response = _post(login(member), f"{API}/cases", payload)
    assert response.status_code == 422 and field in response.json()["fields"]
    assert not Case.objects.exists()


def test_someone_elses_organisation_is_refused(outsider: Any, org: Any, service: Any) -> None:
    payload = {"service": "ip-filing", "organisation": org.pk, "subject": "s",
               "description": "d", "answers": {"made": "no"}}  # fmt: skip
    response = _post(login(outsider), f"{API}/cases", payload)
    assert response.status_code == 422 and "organisation" in response.json()["fields"]


def test_staff_take_move_and_note(case: Any, legal_staff: Any, other_staff: Any) -> None:
    client = login(legal_staff)
    assert _post(client, f"{API}/cases/{case.pk}/take", {}).json()["status"] == "accepted"
    clash = _post(login(other_staff), f"{API}/cases/{case.pk}/take", {})
    assert clash.status_code == 409 and "already taken" in clash.json()["message"]
    note = _post(client, f"{API}/cases/{case.pk}/replies", {"body": "n", "internal": True})
    assert note.json()["messages"][0]["internal"] is True
    moved = _post(client, f"{API}/cases/{case.pk}/status", {"status": "resolved"})
    assert moved.json()["status"] == "resolved"
    queue = client.get(f"{API}/cases?department=legal&status=resolved").json()
    assert [c["id"] for c in queue] == [case.pk]


def test_anonymous_writes_need_auth(case: Any) -> None:
    assert _post(Client(), f"{API}/cases/{case.pk}/take", {}).status_code == 401


def _upload(client: Client, case_id: int, data: dict[str, Any]) -> Any:
    return client.post(f"{API}/cases/{case_id}/replies/upload", data)


def test_replies_carry_files_with_the_pages_rules(case: Any, member: Any, settings: Any) -> None:
    client = login(member)
    sent = _upload(client, case.pk, {
        "body": "Our licence", "files": [SimpleUploadedFile("licence.pdf", b"%PDF-1.4 x")],
    })  # fmt: skip
    assert sent.status_code == 201, sent.content
    message = sent.json()["messages"][-1]
    attachment = next(a for a in sent.json()["attachments"] if a["id"] in message["attachments"])
    assert attachment["filename"] == "licence.pdf"
    download = client.get(f"{API}/cases/{case.pk}/attachments/{attachment['id']}")
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 x"

    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "ATTACHMENT_MAX_BYTES": 20}
    bad = [
        {"body": "x", "files": [SimpleUploadedFile("a.exe", b"MZ", content_type="text/plain")]},
        {"body": "x", "files": [SimpleUploadedFile("a.pdf", b"not a pdf")]},
        {"body": "x", "files": [SimpleUploadedFile("a.txt", b"x" * 21)]},
        {"body": "x", "files": [SimpleUploadedFile(f"{i}.txt", b"x") for i in range(6)]},
        {"body": " ", "files": [SimpleUploadedFile("a.txt", b"x")]},
    ]
    for data in bad:
        refused = _upload(client, case.pk, data)
        assert refused.status_code == 422, (data, refused.content)
        assert refused.json()["message"]
    assert case.messages.count() == 1 and case.attachments.count() == 1


def test_a_staff_note_with_a_file_stays_with_staff(
    case: Any, member: Any, legal_staff: Any, outsider: Any
) -> None:
    noted = _upload(login(legal_staff), case.pk, {
        "body": "internal", "internal": "true", "files": [SimpleUploadedFile("n.txt", b"note")],
    })  # fmt: skip
    assert noted.status_code == 201 and noted.json()["messages"][-1]["internal"] is True
    file_id = noted.json()["messages"][-1]["attachments"][0]
    client = login(member)
    assert file_id not in [
        a["id"] for a in client.get(f"{API}/cases/{case.pk}").json()["attachments"]
    ]
    assert client.get(f"{API}/cases/{case.pk}/attachments/{file_id}").status_code == 404
    sneaky = _upload(client, case.pk, {"body": "x", "internal": "true",
                                       "files": [SimpleUploadedFile("a.txt", b"x")]})  # fmt: skip
    assert sneaky.status_code == 403
    stranger = _upload(login(outsider), case.pk, {"body": "x",
                                                  "files": [SimpleUploadedFile("a.txt", b"x")]})  # fmt: skip
    assert stranger.status_code == 404
    assert _upload(Client(), case.pk, {"body": "x"}).status_code == 401
    assert case.messages.count() == 1
