"""Profile pages and the back office in Chinese: the TRL label, counts with plural forms,
and refusals joined with Chinese punctuation."""

from __future__ import annotations

import pytest

from tests.conftest import login
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def _chinese(user):
    client = login(user)
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    return client


def test_card_names_the_readiness_level_in_chinese(member):
    ProfileFactory(title="Sodium battery", trl=6)
    page = _chinese(member).get("/profiles/").text
    assert "技术成熟度 6" in page and "TRL 6" not in page


def test_admin_approval_counts_in_a_sentence(staff):
    staff.is_superuser = True
    staff.save()
    done = ProfileFactory(status="submitted", published_at=None, title="Ready")
    refused = ProfileFactory(status="draft", published_at=None, title="Draft")
    client = _chinese(staff)
    url = "/admin/profiles/technologyprofile/"
    page = client.post(
        url, {"action": "approve", "_selected_action": [done.id, refused.id]}, follow=True
    ).text
    assert "已发布 1 条技术信息。" in page
    assert "Draft：" in page  # the refusal names the profile, with a Chinese colon
    with_english = login(staff).post(
        url, {"action": "approve", "_selected_action": [done.id]}, follow=True
    )
    assert "0 profiles published." in with_english.text


def test_detail_lists_use_chinese_separators(member):
    profile = ProfileFactory(keywords=["锂", "回收"], patent_numbers=["EP1", "CN2"])
    page = _chinese(member).get(f"/profiles/{profile.id}/").text
    assert "锂、回收" in page and "EP1、CN2" in page
    assert "lithium, recycling" not in page
    english = login(member).get(f"/profiles/{profile.id}/").text
    assert "锂, 回收" in english
