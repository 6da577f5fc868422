"""Watchers of a case: who may add and remove whom (page and API), what each reader sees of
them, and the notices they get (a client watcher never an internal note)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from techbridge.core.errors import PermissionDenied, ValidationFailed
from techbridge.desk import services
from techbridge.desk.models import CaseEvent, EventKind
from techbridge.notifications.models import Notification
from tests.conftest import login
from tests.factories import MembershipFactory, UserFactory

pytestmark = pytest.mark.django_db
API = "/api/v1/desk"


@pytest.fixture
def colleague(org: Any) -> Any:
    user = UserFactory(full_name="Colleague of the client")
    MembershipFactory(user=user, organisation=org)
    return user


def _post(client: Client, url: str, payload: dict[str, Any]) -> Any:
    return client.post(url, json.dumps(payload), content_type="application/json")


def test_watchers_are_told_in_their_role(
    case: Any, member: Any, colleague: Any, legal_staff: Any, other_staff: Any
) -> None:
    services.case_take(actor=legal_staff, case=case)
    services.case_watch(actor=member, case=case, user=colleague)
    services.case_watch(actor=legal_staff, case=case, user=other_staff)
    assert Notification.objects.filter(user=colleague, kind="desk.watch").exists()
    assert Notification.objects.filter(user=other_staff, kind="desk.watch").exists()

    services.case_reply(actor=legal_staff, case=case, body="Public answer")
    services.case_reply(actor=legal_staff, case=case, body="SECRET", internal=True)
    services.case_reply(actor=member, case=case, body="Thanks")
    assert Notification.objects.filter(user=colleague, kind="desk.reply").count() == 1
    assert not Notification.objects.filter(user=colleague, kind="desk.note").exists()
    assert Notification.objects.filter(user=other_staff, kind="desk.note").exists()
    assert Notification.objects.filter(user=other_staff, kind="desk.reply").exists()

    services.case_unwatch(actor=colleague, case=case)
    services.case_reply(actor=legal_staff, case=case, body="Second answer")
    assert Notification.objects.filter(user=colleague, kind="desk.reply").count() == 1
    kinds = list(CaseEvent.objects.filter(case=case, kind=EventKind.WATCHERS).values_list(
        "new", "internal"
    ))  # fmt: skip
    assert (f"+ {other_staff.display_name}", True) in kinds
    assert (f"- {colleague.display_name}", False) in kinds


def test_a_watcher_while_nobody_has_the_case_does_not_silence_the_department(
    case: Any, member: Any, legal_staff: Any, other_staff: Any
) -> None:
    services.case_watch(actor=other_staff, case=case)
    services.case_reply(actor=member, case=case, body="Anyone there?")
    assert Notification.objects.filter(user=legal_staff, kind="desk.reply").exists()
    assert Notification.objects.filter(user=other_staff, kind="desk.reply").exists()


def test_who_may_add_whom(
    case: Any, member: Any, colleague: Any, outsider: Any, legal_staff: Any, other_staff: Any
) -> None:
    with pytest.raises(PermissionDenied):
        services.case_watch(actor=member, case=case, user=other_staff)
    with pytest.raises(ValidationFailed):
        services.case_watch(actor=member, case=case, user=outsider)
    with pytest.raises(ValidationFailed):
        services.case_watch(actor=legal_staff, case=case, user=outsider)
    with pytest.raises(PermissionDenied):
        services.case_watch(actor=outsider, case=case)
    services.case_watch(actor=legal_staff, case=case, user=other_staff)
    with pytest.raises(PermissionDenied):
        services.case_unwatch(actor=member, case=case, user=other_staff)
    services.case_watch(actor=legal_staff, case=case, user=colleague)
    services.case_watch(actor=legal_staff, case=case, user=colleague)  # twice: once
    assert set(case.watchers.all()) == {other_staff, colleague}


def test_the_page_adds_and_removes_and_hides_staff_watchers_from_the_client(
    case: Any, member: Any, colleague: Any, legal_staff: Any, other_staff: Any
) -> None:
    staff_client = login(legal_staff)
    url = reverse("desk:watch", args=[case.pk])
    staff_client.post(url, {"user": other_staff.pk})
    member_client = login(member)
    member_client.post(url, {"user": colleague.pk})
    member_client.post(url, {})  # the member follows it too
    assert set(case.watchers.all()) == {other_staff, colleague, member}

    page = member_client.get(reverse("desk:case", args=[case.pk])).content.decode()
    assert colleague.display_name in page and other_staff.display_name not in page
    staff_page = staff_client.get(reverse("desk:case", args=[case.pk])).content.decode()
    assert other_staff.display_name in staff_page and 'data-testid="watch-form"' in staff_page

    refused = member_client.post(url, {"user": other_staff.pk, "action": "remove"}, follow=True)
    assert other_staff in case.watchers.all()
    assert "Only the centre" in refused.content.decode()
    bad = member_client.post(url, {"user": "nobody"}, follow=True)
    assert "Unknown person." in bad.content.decode()
    member_client.post(url, {"user": colleague.pk, "action": "remove"})
    assert colleague not in case.watchers.all()


@pytest.mark.parametrize("who", ["outsider", "anonymous"])
def test_strangers_can_neither_see_nor_change_watchers(case: Any, who: str, request: Any) -> None:
    client = Client() if who == "anonymous" else login(request.getfixturevalue(who))
    page = client.post(reverse("desk:watch", args=[case.pk]), {})
    assert page.status_code in (302, 404)
    assert client.get(f"{API}/cases/{case.pk}/watchers").status_code == 404
    assert _post(client, f"{API}/cases/{case.pk}/watchers", {}).status_code in (401, 404)
    assert not case.watchers.exists()


def test_the_api_lists_adds_and_removes(
    case: Any, member: Any, colleague: Any, legal_staff: Any, other_staff: Any
) -> None:
    staff_client = login(legal_staff)
    added = _post(staff_client, f"{API}/cases/{case.pk}/watchers", {"user": other_staff.pk})
    assert added.status_code == 200
    assert added.json() == [{"id": other_staff.pk, "name": other_staff.display_name, "staff": True}]
    member_client = login(member)
    mine = _post(member_client, f"{API}/cases/{case.pk}/watchers", {})
    assert [w["id"] for w in mine.json()] == [member.pk]  # staff watchers hidden from the client
    refused = _post(member_client, f"{API}/cases/{case.pk}/watchers", {"user": other_staff.pk})
    assert refused.status_code == 403
    unknown = _post(member_client, f"{API}/cases/{case.pk}/watchers", {"user": 999999})
    assert unknown.status_code == 422 and "user" in unknown.json()["fields"]
    gone = member_client.delete(f"{API}/cases/{case.pk}/watchers/{member.pk}")
    assert gone.status_code == 200 and gone.json() == []
    assert set(case.watchers.all()) == {other_staff}
