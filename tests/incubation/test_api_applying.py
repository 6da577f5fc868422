"""/api/v1/incubation, the applicant's side: programmes and cohorts to read; applying through
the API with the pages' forms — the eligibility screen, a draft, the one submission — and its
refusals (another organisation, missing answers, a second submission, a stranger's record)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.cache import cache

from techbridge.incubation.models import Application
from tests.conftest import login
from tests.factories import MembershipFactory

pytestmark = pytest.mark.django_db
BASE = "/api/v1/incubation"


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Any:
    cache.clear()
    yield
    cache.clear()


def _send(client: Any, method: str, url: str, data: dict[str, Any]) -> Any:
    return getattr(client, method)(url, json.dumps(data), content_type="application/json")


def test_programmes_for_anybody_cohorts_for_members(
    client: Any, programme: Any, member: Any
) -> None:
    rows = client.get(f"{BASE}/programmes").json()
    assert [(r["slug"], r["places"], r["duration_months"]) for r in rows] == [("deep-tech", 10, 6)]
    assert client.get(f"{BASE}/cohorts").status_code in (401, 403)
    assert login(member).get(f"{BASE}/cohorts").json() == []


def test_apply_save_submit_once_through_the_api(member: Any, org: Any, call: Any) -> None:
    api = login(member)
    url = f"{BASE}/calls/{call.slug}/applications"
    missing = _send(api, "post", url, {"organisation": org.slug, "eligibility": {"tech": True}})
    assert missing.status_code == 422 and not Application.objects.exists()
    start = _send(api, "post", url,
                  {"organisation": org.slug, "eligibility": {"tech": True, "listed": False}})  # fmt: skip
    assert start.status_code == 200 and start.json()["status"] == "draft"
    app_url = f"{BASE}/applications/{start.json()['id']}"
    draft = _send(api, "put", app_url, {"answers": {"pitch": "We recycle lithium batteries."}})
    assert draft.status_code == 200 and draft.json()["status"] == "draft"
    early = _send(api, "put", app_url, {"answers": {}, "submit": True})  # employees is required
    assert early.status_code == 422 and "f_employees" in early.json()["fields"]
    bad = _send(api, "put", app_url, {"answers": {"employees": "-3"}, "submit": True})
    assert bad.status_code == 422
    assert Application.objects.get().answers == {"pitch": "We recycle lithium batteries."}
    done = _send(api, "put", app_url,
                 {"answers": {"pitch": "We recycle lithium batteries.", "employees": 12,
                              "stage": "seed"}, "submit": True})  # fmt: skip
    assert done.status_code == 200 and done.json()["status"] == "submitted"
    again = _send(api, "put", app_url, {"answers": {"pitch": "Changed."}})
    assert again.status_code in (409, 422)
    assert Application.objects.get().answers["pitch"] == "We recycle lithium batteries."


def test_strangers_cannot_apply_for_or_touch_another_organisation(
    member: Any, org: Any, call: Any, draft: Any
) -> None:
    stranger = login(MembershipFactory().user)
    url = f"{BASE}/calls/{call.slug}/applications"
    payload = {"organisation": org.slug, "eligibility": {"tech": True, "listed": False}}
    assert _send(stranger, "post", url, payload).status_code == 404
    put = _send(stranger, "put", f"{BASE}/applications/{draft.pk}", {"answers": {"pitch": "x"}})
    assert put.status_code == 404
    assert Application.objects.get(pk=draft.pk).answers == {}
