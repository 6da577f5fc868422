"""Saved views of the staff queue: saving the filters under a name (page and API), opening a
view (one's own or a shared one), deleting one's own; nobody else sees or touches them."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse

from techbridge.core.errors import PermissionDenied, ValidationFailed
from techbridge.desk import selectors, services
from techbridge.desk.models import CaseStatus, QueueView
from techbridge.desk.services import procedures
from techbridge.desk.services.queue_views import MAX_VIEWS
from tests.conftest import login
from tests.desk.conftest import submit

pytestmark = pytest.mark.django_db
API = "/api/v1/desk"


@pytest.fixture
def two_cases(case: Any, member: Any, org: Any, service: Any, legal_staff: Any) -> Any:
    waiting = submit(member, org, service, subject="Waiting one")
    services.case_move(actor=legal_staff, case=waiting, to=CaseStatus.ACCEPTED)
    services.case_move(actor=legal_staff, case=waiting, to=CaseStatus.WAITING)
    return case, waiting


def _rows(page: Any) -> str:
    return page.content.decode()


def test_a_view_saves_the_filters_and_opens_them(two_cases: Any, legal_staff: Any) -> None:
    new, waiting = two_cases
    client = login(legal_staff)
    saved = client.post(
        reverse("desk:queue_view_save"),
        {"name": "Waiting for clients", "department": "legal", "status": "waiting", "q": "",
         "sla": "nonsense", "mine": ""},
    )  # fmt: skip
    view = QueueView.objects.get(owner=legal_staff)
    assert saved.status_code == 302 and saved["Location"].endswith(f"?view={view.pk}")
    assert view.filters == {"department": "legal", "status": "waiting", "mine": False,
                            "unassigned": False, "q": "", "sla": ""}  # fmt: skip
    page = _rows(client.get(saved["Location"]))
    assert waiting.number in page and new.number not in page
    assert 'aria-current="page"' in page and "Waiting for clients" in page
    again = client.post(reverse("desk:queue_view_save"), {"name": "Waiting for clients",
                                                         "status": "new"})  # fmt: skip
    assert again.status_code == 302 and QueueView.objects.count() == 1
    assert QueueView.objects.get().filters["status"] == "new"
    export = client.get(reverse("desk:queue") + f"?view={view.pk}&export=csv")
    assert new.number in export.content.decode("utf-8-sig")


def test_bad_names_and_too_many_views_are_refused(legal_staff: Any, member: Any) -> None:
    client = login(legal_staff)
    blank = client.post(reverse("desk:queue_view_save"), {"name": "  ", "status": "waiting"},
                        follow=True)  # fmt: skip
    assert "Give the view a name." in _rows(blank) and not QueueView.objects.exists()
    for i in range(MAX_VIEWS):
        services.queue_view_save(actor=legal_staff, name=f"v{i}", filters={})
    with pytest.raises(ValidationFailed):
        services.queue_view_save(actor=legal_staff, name="one more", filters={})
    with pytest.raises(PermissionDenied):
        services.queue_view_save(actor=member, name="mine", filters={})
    refused = login(member).post(reverse("desk:queue_view_save"), {"name": "x"})
    assert refused.status_code in (302, 403)
    assert not QueueView.objects.filter(owner=member).exists()


def test_shared_views_are_seen_private_ones_are_not(
    two_cases: Any, legal_staff: Any, other_staff: Any
) -> None:
    shared = services.queue_view_save(
        actor=legal_staff, name="All waiting", filters={"status": "waiting"}, shared=True
    )
    private = services.queue_view_save(actor=legal_staff, name="Mine", filters={"mine": "1"})
    assert [v.name for v in selectors.queue_views(actor=other_staff)] == ["All waiting"]
    client = login(other_staff)
    assert client.get(reverse("desk:queue") + f"?view={shared.pk}").status_code == 200
    assert client.get(reverse("desk:queue") + f"?view={private.pk}").status_code == 404
    assert client.get(reverse("desk:queue") + "?view=abc").status_code == 404
    refused = client.post(reverse("desk:queue_view_delete", args=[shared.pk]), follow=True)
    assert "Only the person who saved" in _rows(refused) and QueueView.objects.count() == 2
    assert client.post(reverse("desk:queue_view_delete", args=[private.pk])).status_code == 404
    login(legal_staff).post(reverse("desk:queue_view_delete", args=[private.pk]))
    assert list(QueueView.objects.values_list("name", flat=True)) == ["All waiting"]


def _post(client: Client, url: str, payload: dict[str, Any]) -> Any:
    return client.post(url, json.dumps(payload), content_type="application/json")


def test_the_api_saves_lists_uses_and_deletes(
    two_cases: Any, legal_staff: Any, other_staff: Any, member: Any
) -> None:
    _new, waiting = two_cases
    client = login(legal_staff)
    created = _post(client, f"{API}/queue-views", {
        "name": "Waiting", "shared": True, "filters": {"status": "waiting", "department": "zzz"},
    })  # fmt: skip
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["filters"]["status"] == "waiting" and body["filters"]["department"] == ""
    view_id = body["id"]
    listed = client.get(f"{API}/cases?view={view_id}").json()
    assert [c["number"] for c in listed] == [waiting.number]
    assert [v["id"] for v in login(other_staff).get(f"{API}/queue-views").json()] == [view_id]
    assert _post(client, f"{API}/queue-views", {"name": ""}).status_code == 422
    member_client = login(member)
    assert member_client.get(f"{API}/queue-views").json() == []
    assert _post(member_client, f"{API}/queue-views", {"name": "x"}).status_code == 403
    assert member_client.get(f"{API}/cases?view={view_id}").status_code == 404
    assert login(other_staff).delete(f"{API}/queue-views/{view_id}").status_code == 403
    assert Client().delete(f"{API}/queue-views/{view_id}").status_code == 401
    assert client.delete(f"{API}/queue-views/{view_id}").status_code == 204
    assert not QueueView.objects.exists()


def test_the_queue_lists_cases_with_an_overdue_procedure_step(
    reg_case: Any, case: Any, legal_staff: Any
) -> None:
    past = datetime(2026, 3, 2, 9, tzinfo=ZoneInfo("Asia/Shanghai"))
    procedures.procedure_start(
        actor=legal_staff, case=reg_case, kind="contract_registration", facts={}, now=past
    )
    page = _rows(login(legal_staff).get(reverse("desk:queue") + "?sla=steps_overdue"))
    assert reg_case.number in page and case.number not in page
