"""Match notifications and explanations in the reader's language, lists joined as that
language joins them."""

from __future__ import annotations

import pytest
from django.utils import translation

from techbridge.matches.models import Match
from techbridge.notifications.models import Notification
from techbridge.profiles import services as profile_services
from tests.matches.conftest import chinese_request

pytestmark = pytest.mark.django_db


def test_chinese_owner_reads_match_news_and_explanations_in_chinese(
    market, cn_org, cn_member, member, staff, settings, django_capture_on_commit_callbacks
):
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "MATCH_NOTIFY_THRESHOLD": 0.3}
    cn_member.preferred_language = "zh-hans"
    cn_member.save(update_fields=["preferred_language"])
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        request = profile_services.profile_publish(actor=staff, profile=chinese_request(cn_org))
    assert "条新的匹配推荐" in Notification.objects.get(user=cn_member, kind="matches.new").title
    assert "new match" in Notification.objects.get(user=member, kind="matches.new").title
    summaries = [m.explanation["summary_zh"] for m in Match.objects.filter(request=request)]
    assert summaries and not any(", " in s or ". " in s for s in summaries)
    assert any("、" in s for s in summaries)
