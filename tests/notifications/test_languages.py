"""Notifications and their e-mails speak the recipient's language, not the triggering
user's: the same event reads in English for one member and in Chinese for another."""

from __future__ import annotations

from typing import Any

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext_lazy

from techbridge.notifications.mail import send_digests
from techbridge.notifications.models import Notification
from techbridge.notifications.services import notify, notify_organisation
from techbridge.profiles import services as profiles
from tests.factories import MembershipFactory, ProfileFactory, StaffFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def zh_member(org: Any) -> Any:
    user = MembershipFactory(organisation=org).user
    user.preferred_language = "zh-hans"
    user.save(update_fields=["preferred_language"])
    return user


def test_profile_review_reaches_each_member_in_their_language(
    member: Any, zh_member: Any, org: Any
) -> None:
    profile = ProfileFactory(organisation=org, status="submitted", title="Sodium battery")
    with translation.override("zh-hans"):  # the reviewer works in Chinese
        profiles.profile_publish(actor=StaffFactory(), profile=profile)
    assert (
        Notification.objects.get(user=member).title == "Your profile “Sodium battery” is published."
    )
    assert Notification.objects.get(user=zh_member).title == "您的技术信息“Sodium battery”已发布。"


def test_lazy_and_deferred_texts_render_per_recipient(
    member: Any, zh_member: Any, org: Any
) -> None:
    notify_organisation(
        organisation_id=org.id,
        kind="profiles.review",
        title=lambda: gettext_lazy("Your profile “%(title)s” needs changes.") % {"title": "X"},
        body=gettext_lazy("Profile"),
    )
    zh = Notification.objects.get(user=zh_member)
    assert (zh.title, zh.body) == ("您的技术信息“X”需要修改。", "技术信息")
    assert Notification.objects.get(user=member).body == "Profile"


def test_plain_text_stays_as_given(zh_member: Any) -> None:
    assert notify(user_id=zh_member.id, kind="deals.message", title="Hello").title == "Hello"


def test_digest_subject_in_recipient_language(member: Any, zh_member: Any) -> None:
    for user in (member, zh_member):
        notify(user_id=user.id, kind="profiles.review", title="t1")
        notify(user_id=user.id, kind="profiles.review", title="t2")
    with translation.override("en"):
        assert send_digests() == 2
    subjects = {m.to[0]: m.subject for m in mail.outbox}
    assert subjects[member.email] == "[TechBridge] 2 new notifications"
    assert subjects[zh_member.email] == "[TechBridge] 2 条新通知"
