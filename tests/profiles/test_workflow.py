"""The review workflow through pages and services, with bad input."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.profiles import services
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.selectors import public_profile_list
from tests.conftest import login
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db


def form_data(**overrides):
    data = {
        "kind": "request",
        "language": "",
        "title": "寻求废旧锂电池回收技术",
        "summary": "我公司寻求锂电池回收技术，用于回收钴、镍和锂。",
        "description": "问题：废旧动力电池数量快速增长。需求：湿法冶金回收工艺，回收率高于95%。",
        "sectors": ["energy-storage", "recycling"],
        "keywords": "锂电池回收, 湿法冶金",
        "trl": "6",
        "ip_status": "none",
        "patent_numbers": "",
        "partnership_types": ["licence_in", "joint_rd"],
        "target_countries": ["DE", "EU"],
        "value_min": "",
        "value_max": "",
        "currency": "",
        "expires_on": "",
        "visibility": "public",
    }
    data.update(overrides)
    return data


def test_member_posts_request_staff_publishes(cn_member, staff):
    client = login(cn_member)
    response = client.post("/profiles/new/", {**form_data(), "submit": "1"})
    assert response.status_code == 302
    profile = TechnologyProfile.objects.get()
    assert profile.status == "submitted"
    assert profile.language == "zh"  # detected
    assert profile.keywords == ["锂电池回收", "湿法冶金"]
    assert profile not in public_profile_list(actor=AnonymousUser())

    staff_client = login(staff)
    assert "寻求废旧锂电池回收技术" in staff_client.get("/profiles/review/").content.decode()
    staff_client.post(f"/profiles/review/{profile.id}/", {"decision": "approve"})
    profile.refresh_from_db()
    assert profile.status == "published" and profile.published_at is not None
    assert profile in public_profile_list(actor=AnonymousUser())
    assert cn_member.notifications.filter(kind="profiles.review").exists()
    assert profile.history.count() >= 2  # audit trail


def test_reject_needs_reason_and_reaches_owner(cn_member, staff, cn_org):
    profile = ProfileFactory(organisation=cn_org, status="submitted", published_at=None)
    with pytest.raises(ValidationFailed):
        services.profile_reject(actor=staff, profile=profile, reason="")
    services.profile_reject(actor=staff, profile=profile, reason="Please add the IP status.")
    profile.refresh_from_db()
    assert profile.status == "rejected"
    body = login(cn_member).get(f"/profiles/{profile.id}/").content.decode()
    assert "Please add the IP status." in body
    # editing a rejected profile returns it to draft, then it can be resubmitted
    services.profile_update(actor=cn_member, profile=profile, data={"title": "Better title"})
    profile.refresh_from_db()
    assert profile.status == "draft"
    services.profile_submit(actor=cn_member, profile=profile)


def test_members_cannot_publish(member, org):
    profile = ProfileFactory(organisation=org, status="submitted", published_at=None)
    with pytest.raises(PermissionDenied):
        services.profile_publish(actor=member, profile=profile)
    assert (
        login(member).post(f"/profiles/review/{profile.id}/", {"decision": "approve"}).status_code
        == 403
    )


def test_invalid_transitions(staff, member, org):
    profile = ProfileFactory(organisation=org, status="draft", published_at=None)
    with pytest.raises(Conflict):
        services.profile_publish(actor=staff, profile=profile)
    with pytest.raises(Conflict):
        services.profile_close(actor=member, profile=profile)
    published = ProfileFactory(organisation=org)
    with pytest.raises(Conflict):
        services.profile_delete(actor=member, profile=published)
    services.profile_close(actor=member, profile=published)
    with pytest.raises(Conflict):
        services.profile_update(actor=member, profile=published, data={"title": "x" * 10})


def test_expiry_task_expires_due_profiles(org):
    due = ProfileFactory(organisation=org, expires_on=datetime.date(2020, 1, 1))
    fresh = ProfileFactory(
        organisation=org, expires_on=timezone.localdate() + datetime.timedelta(days=5)
    )
    assert services.profiles_expire_due() == 1
    due.refresh_from_db()
    fresh.refresh_from_db()
    assert (due.status, fresh.status) == ("expired", "published")


BAD = [
    ({"title": ""}, "title"),
    ({"title": "x" * 201}, "title"),
    ({"summary": "y" * 501}, "summary"),
    ({"trl": "0"}, "trl"),
    ({"trl": "10"}, "trl"),
    ({"trl": "abc"}, "trl"),
    ({"sectors": ["not-a-sector"]}, "sectors"),
    ({"sectors": []}, "sectors"),
    ({"target_countries": ["XX"]}, "target_countries"),
    ({"expires_on": "2001-01-01"}, "expires_on"),
    ({"expires_on": "not a date"}, "expires_on"),
    ({"kind": "gift"}, "kind"),
    ({"partnership_types": ["adoption"]}, "partnership_types"),
    ({"value_min": "100", "value_max": "10", "currency": "CNY"}, "value_max"),
    ({"value_min": "100"}, "currency"),
    ({"ip_status": "granted_patent", "patent_numbers": "'; DROP TABLE x; --"}, "patent_numbers"),
    ({"keywords": ", ".join(f"k{i}" for i in range(30))}, "keywords"),
]


@pytest.mark.parametrize(("overrides", "field"), BAD)
def test_form_rejects_bad_input_and_saves_nothing(cn_member, overrides, field):
    response = login(cn_member).post("/profiles/new/", form_data(**overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert TechnologyProfile.objects.count() == 0


def test_html_is_stored_as_text_and_escaped(cn_member, staff):
    script = "<script>alert('x')</script>"
    login(cn_member).post("/profiles/new/", form_data(title=f"Robot {script}", submit="1"))
    profile = TechnologyProfile.objects.get()
    assert script in profile.title
    body = login(staff).get(f"/profiles/{profile.id}/").content.decode()
    assert script not in body
    assert "&lt;script&gt;" in body


def test_user_without_org_is_sent_to_register(lone_user):
    response = login(lone_user).get("/profiles/new/")
    assert response.status_code == 302
    assert "/organisations/new/" in response["Location"]


def test_admin_reject_asks_for_a_reason(staff):
    staff.is_superuser = True
    staff.save()
    profile = ProfileFactory(status="submitted", published_at=None)
    client = login(staff)
    url = "/admin/profiles/technologyprofile/"
    ask = client.post(url, {"action": "reject", "_selected_action": [profile.id]})
    assert ask.status_code == 200 and b"reason" in ask.content
    profile.refresh_from_db()
    assert profile.status == "submitted"
    client.post(
        url,
        {"action": "reject", "_selected_action": [profile.id], "reason": "Add the patent numbers."},
    )
    profile.refresh_from_db()
    assert (profile.status, profile.rejection_reason) == ("rejected", "Add the patent numbers.")
    client.post(url, {"action": "approve", "_selected_action": [profile.id]})
    profile.refresh_from_db()
    assert profile.status == "rejected"  # approve only works on submitted profiles
