"""Notifications in the recipient's language; the catalogue's Chinese."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.desk import services
from techbridge.notifications.models import Notification
from tests.desk.conftest import submit
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db


def test_each_recipient_reads_their_language(member: Any, org: Any, service: Any) -> None:
    zh_staff = StaffFactory(department="legal", preferred_language="zh-hans")
    en_staff = StaffFactory(department="legal", preferred_language="en")
    case = submit(member, org, service)
    assert "新" in Notification.objects.get(user=zh_staff, kind="desk.case").title
    assert Notification.objects.get(user=en_staff, kind="desk.case").title.startswith("New")
    member.preferred_language = "zh-hans"
    member.save()
    services.case_move(actor=en_staff, case=case, to="resolved")
    title = Notification.objects.get(user=member, kind="desk.status").title
    assert "已解决" in title, title


def test_a_watcher_is_told_in_their_language(member: Any, org: Any, service: Any) -> None:
    zh_staff = StaffFactory(department="scientific", preferred_language="zh-hans")
    case = submit(member, org, service)
    services.case_watch(actor=StaffFactory(department="legal"), case=case, user=zh_staff)
    title = Notification.objects.get(user=zh_staff, kind="desk.watch").title
    assert title.startswith("您已开始关注"), title
