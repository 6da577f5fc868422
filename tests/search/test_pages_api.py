"""The search page (plain GET, htmx partial), the API, saved searches and their alerts."""

from __future__ import annotations

from typing import Any

from django.core import mail
from django.core.management import call_command
from django.test import Client

from techbridge.notifications.models import Notification
from techbridge.profiles.services import profile_publish
from techbridge.search.models import SavedSearch
from tests.factories import ProfileFactory


def test_page_works_without_javascript(client: Client, corpus: Any) -> None:
    response = client.get("/search/", {"q": "电池回收"})
    assert response.status_code == 200
    body = response.content.decode()
    assert 'method="get"' in body and 'hx-push-url="true"' in body
    assert corpus["zh"].title[:4] in body
    assert "<mark>" in body


def test_htmx_gets_the_results_fragment(client: Client, corpus: Any) -> None:
    response = client.get(
        "/search/",
        {"q": "battery", "kind": "offer"},
        headers={"HX-Request": "true", "HX-Target": "search-results"},
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert body.lstrip().startswith('<div id="search-results"')
    assert "<html" not in body


def test_empty_result_suggests_removing_a_filter(client: Client, corpus: Any) -> None:
    response = client.get("/search/", {"q": "电池回收", "kind": "offer", "language": "zh"})
    body = response.content.decode()
    assert 'data-testid="relax"' in body


def test_blind_owner_not_on_the_page(client: Client, corpus: Any) -> None:
    body = client.get("/search/", {"q": "battery recycling"}).content.decode()
    assert "Quixotic" not in body and "神秘公司" not in body


def test_bad_input_on_the_page(client: Client, corpus: Any) -> None:
    for q in ['"*:()AND OR NEAR -', "x" * 3000, "\x00", "' OR 1=1 --"]:
        response = client.get("/search/", {"q": q, "page": "zzz", "sector": "nope"})
        assert response.status_code == 200


def test_api_search(client: Client, corpus: Any, django_assert_max_num_queries: Any) -> None:
    with django_assert_max_num_queries(12):
        data = client.get("/api/v1/search", {"q": "battery recycling", "per_page": "1"}).json()
    assert {"items", "facets", "total", "page", "num_pages"} <= set(data)
    assert len(data["items"]) == 1 and data["total"] == data["num_pages"] == 2
    assert data["facets"]["kind"]
    blind = client.get("/api/v1/search", {"q": "secret solvent"}).json()["items"][0]
    assert blind["owner"] is None and blind["blind"] is True
    assert client.get("/api/v1/search", {"q": "x" * 900}).json()["truncated"] is True


def test_saved_search_api(client_member: Client, client: Client, corpus: Any) -> None:
    created = client_member.post(
        "/api/v1/search/saved",
        {"name": "Batteries", "query_string": "q=battery&kind=offer"},
        content_type="application/json",
    )
    assert created.status_code == 201
    listed = client_member.get("/api/v1/search/saved").json()
    assert [s["name"] for s in listed] == ["Batteries"]
    assert client.get("/api/v1/search/saved").status_code == 401
    gone = client_member.delete(f"/api/v1/search/saved/{created.json()['id']}")
    assert gone.status_code == 204


def test_saved_search_page_flow(client_member: Client, member: Any, corpus: Any) -> None:
    response = client_member.post(
        "/search/saved/new/", {"name": "Mine", "query_string": "q=battery", "alerts": "on"}
    )
    assert response.status_code == 302
    assert client_member.get("/search/saved/").status_code == 200
    assert SavedSearch.objects.get(user=member).query_string == "q=battery"


def test_alerts_notify_and_digest(
    member: Any, staff: Any, corpus: Any, django_capture_on_commit_callbacks: Any
) -> None:
    SavedSearch.objects.create(user=member, name="Heat", query_string="q=heat+pump")
    profile = ProfileFactory(title="Industrial heat pump", status="submitted", published_at=None)
    with django_capture_on_commit_callbacks(execute=True):
        profile_publish(actor=staff, profile=profile)
    alert = Notification.objects.get(user=member, kind="search.alert")
    assert "Heat" in alert.title
    call_command("search_alerts")
    assert len(mail.outbox) == 1 and member.email in mail.outbox[0].to
    assert "http://" in mail.outbox[0].body and "/search/?q=heat+pump" in mail.outbox[0].body
    call_command("digest")  # the daily digest does not mail it again
    assert len(mail.outbox) == 1


def test_alerts_respect_visibility(
    lone_user: Any, staff: Any, corpus: Any, django_capture_on_commit_callbacks: Any
) -> None:
    SavedSearch.objects.create(user=lone_user, name="Heat", query_string="q=heat+pump")
    profile = ProfileFactory(
        title="Secret heat pump", status="submitted", published_at=None, visibility="members"
    )
    with django_capture_on_commit_callbacks(execute=True):
        profile_publish(actor=staff, profile=profile)
    assert not Notification.objects.filter(user=lone_user, kind="search.alert").exists()
