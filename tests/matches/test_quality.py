"""Listing quality at entry: the panel on the profile form scores what is being written,
advises in the reader's language, previews the top matches (never a blind owner), and staff
see the score in the review queue. It never saves anything."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from techbridge.profiles.models import TechnologyProfile
from tests.matches.conftest import BLIND_OWNER, chinese_request

pytestmark = pytest.mark.django_db

DRAFT = {
    "kind": "request",
    "language": "zh",
    "title": "寻求废旧锂电池回收技术",
    "summary": "回收锂、钴、镍",
    "description": "需求：锂电池回收，湿法冶金，黑粉分选。spent lithium-ion batteries",
    "keywords": "锂电池回收",
    "sectors": ["recycling"],
    "trl": "",
    "ip_status": "",
    "partnership_types": ["licence_in"],
}


def _post(client: Any, org: Any, data: dict[str, Any], **extra: Any) -> Any:
    payload = {**data, "quality_org": org.id, "quality_profile": ""}
    return client.post(reverse("matches:quality"), payload, HTTP_HX_REQUEST="true", **extra)


def test_the_panel_scores_advises_and_previews(
    client: Any, market: Any, cn_org: Any, cn_member: Any
) -> None:
    before = TechnologyProfile.objects.count()
    client.force_login(cn_member)
    page = _post(client, cn_org, DRAFT).content.decode()
    assert 'data-testid="quality-score"' in page
    assert "Give the technology readiness level" in page  # no TRL given
    assert 'data-testid="quality-preview"' in page
    assert "Hydrometallurgical recovery" in page  # the best offer for this need
    assert BLIND_OWNER not in page
    assert TechnologyProfile.objects.count() == before  # nothing saved


def test_the_panel_speaks_chinese(client: Any, market: Any, cn_org: Any, cn_member: Any) -> None:
    client.force_login(cn_member)
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    page = _post(client, cn_org, {**DRAFT, "trl": "99", "sectors": ["nope"]}).content.decode()
    assert "技术成熟度" in page  # TRL advice, in Chinese
    assert "Give the technology readiness level" not in page


def test_hostile_or_empty_input_never_fails(
    client: Any, market: Any, org: Any, member: Any
) -> None:
    client.force_login(member)
    response = _post(client, org, {"title": "\x00" * 5, "description": "x" * 50000, "trl": "abc"})
    assert response.status_code == 200
    assert 'data-testid="quality-preview-empty"' in _post(client, org, {}).content.decode()


def test_only_the_organisations_editors_may_ask(
    client: Any, market: Any, cn_org: Any, member: Any
) -> None:
    client.force_login(member)
    assert _post(client, cn_org, DRAFT).status_code == 403
    client.logout()
    assert _post(client, cn_org, DRAFT).status_code == 302  # to the login page


def test_the_form_carries_the_panel_and_staff_see_the_score(
    client: Any, market: Any, cn_org: Any, cn_member: Any, staff: Any
) -> None:
    client.force_login(cn_member)
    form = client.get(reverse("profiles:create")).content.decode()
    assert 'data-testid="listing-quality"' in form and f'value="{cn_org.id}"' in form
    chinese_request(cn_org)
    client.force_login(staff)
    queue = client.get(reverse("profiles:review_queue")).content.decode()
    assert 'data-testid="review-quality-score"' in queue and "/100" in queue


def test_where_the_engine_is_for_workers_only_the_panel_still_answers(
    client: Any, market: Any, cn_org: Any, cn_member: Any, monkeypatch: Any
) -> None:
    from techbridge.matches import engine

    def refuse() -> Any:
        raise engine.MatchingInWebRequest("workers only")

    monkeypatch.setattr(engine, "matcher", refuse)
    client.force_login(cn_member)
    page = _post(client, cn_org, DRAFT).content.decode()
    assert 'data-testid="quality-score"' in page
    assert 'data-testid="quality-preview-empty"' in page
