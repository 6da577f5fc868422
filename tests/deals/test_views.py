"""Pages: the clickable flow, and every door tried by people who must not get in."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from techbridge.deals import services
from techbridge.deals.choices import Stage, Status
from techbridge.deals.models import Connection
from tests.conftest import login
from tests.factories import ProfileFactory, StaffFactory

pytestmark = pytest.mark.django_db


def test_profile_page_offers_the_eoi_form(request_profile: Any, requester: Any) -> None:
    page = login(requester).get(reverse("profiles:detail", args=[request_profile.pk]))
    assert b'data-testid="express-interest-form"' in page.content


def test_profile_page_for_anonymous_and_owner(request_profile: Any, owner: Any) -> None:
    page = Client().get(reverse("profiles:detail", args=[request_profile.pk]))
    assert b'data-testid="login-to-express"' in page.content
    page = login(owner).get(reverse("profiles:detail", args=[request_profile.pk]))
    assert b"express-interest-form" not in page.content


def test_the_flow_through_pages(request_profile: Any, requester: Any, owner: Any) -> None:
    them, us = login(requester), login(owner)
    response = them.post(
        reverse("deals:create", args=[request_profile.pk]),
        {"message": "We can solve this with our process.", "partnership_type": "licence_out"},
    )
    connection = Connection.objects.get()
    assert response.url == reverse("deals:detail", args=[connection.pk])
    page = them.get(reverse("profiles:detail", args=[request_profile.pk]))
    assert b'data-testid="connection-status"' in page.content
    detail = us.get(reverse("deals:detail", args=[connection.pk]))
    assert b'data-testid="accept"' in detail.content
    us.post(reverse("deals:decide", args=[connection.pk]), {"decision": "accept"})
    response = them.post(
        reverse("deals:message_post", args=[connection.pk]),
        {"body": "Shall we meet?"},
        headers={"HX-Request": "true"},
    )
    assert b"Shall we meet?" in response.content
    assert b'data-testid="unread-count"' in us.get(reverse("deals:list")).content
    us.post(reverse("deals:stage", args=[connection.pk]), {"stage": "meeting_held"})
    us.post(
        reverse("deals:intention", args=[connection.pk]),
        {"signed_on": "2026-01-10", "type": "licence", "summary": "Licence for China."},
    )
    us.post(
        reverse("deals:contract", args=[connection.pk]),
        {"signed_on": "2026-02-10", "type": "licence", "value": "12000000", "currency": "CNY"},
    )
    connection.refresh_from_db()
    assert connection.stage == Stage.CONTRACT_SIGNED
    assert b'data-testid="fig-value">0<' in Client().get(reverse("deals:figures")).content
    detail = them.get(reverse("deals:detail", args=[connection.pk]))
    assert b'data-testid="pending-confirmations"' in detail.content
    them.post(reverse("deals:confirm", args=[connection.pk]))
    pdf = SimpleUploadedFile("contract.pdf", b"%PDF-1.4 x", content_type="application/pdf")
    them.post(reverse("deals:contract_evidence", args=[connection.pk]), {"document": pdf})
    staff_client = login(StaffFactory())
    staff_client.post(reverse("deals:contract_verify", args=[connection.pk]), {"action": "verify"})
    figures = Client().get(reverse("deals:figures"))
    assert b'data-testid="fig-value">12,000,000<' in figures.content


def test_decline_form_errors_are_messages_not_500(eoi: Connection, owner: Any) -> None:
    response = login(owner).post(
        reverse("deals:decide", args=[eoi.pk]), {"decision": "decline"}, follow=True
    )
    assert response.status_code == 200
    eoi.refresh_from_db()
    assert eoi.status == Status.PENDING


def test_bad_eoi_input(request_profile: Any, requester: Any) -> None:
    response = login(requester).post(
        reverse("deals:create", args=[request_profile.pk]),
        {"message": "x\x00" * 5000, "partnership_type": "nonsense"},
        follow=True,
    )
    assert response.status_code == 200
    assert not Connection.objects.exists()


def test_rate_limit_message_on_page(settings: Any, requester: Any, cn_org: Any) -> None:
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "EOI_PER_ORG_PER_DAY": 0}
    profile = ProfileFactory(organisation=cn_org)
    response = login(requester).post(
        reverse("deals:create", args=[profile.pk]),
        {"message": "We can solve this with our process.", "partnership_type": "licence_out"},
        follow=True,
    )
    assert b"daily limit" in response.content


@pytest.fixture
def with_attachment(accepted: Connection, requester: Any) -> Any:
    upload = SimpleUploadedFile("plan.pdf", b"%PDF-1.4 secret", content_type="application/pdf")
    message = services.message_post(
        actor=requester, connection=accepted, body="Plan attached", files=[upload]
    )
    return message.attachments.get()


def doors(connection: Connection, attachment: Any) -> list[tuple[str, str]]:
    pk = connection.pk
    return [
        ("get", reverse("deals:detail", args=[pk])),
        ("get", reverse("deals:messages", args=[pk])),
        ("get", reverse("deals:attachment", args=[pk, attachment.pk])),
        ("get", reverse("deals:nda_document", args=[pk])),
        ("post", reverse("deals:decide", args=[pk])),
        ("post", reverse("deals:message_post", args=[pk])),
        ("post", reverse("deals:stage", args=[pk])),
        ("post", reverse("deals:intention", args=[pk])),
        ("post", reverse("deals:contract", args=[pk])),
        ("post", reverse("deals:nda", args=[pk])),
        ("post", reverse("deals:broker", args=[pk])),
        ("get", f"/api/v1/deals/connections/{pk}"),
        ("get", f"/api/v1/deals/connections/{pk}/messages"),
    ]


def test_every_door_is_shut_to_outsiders(
    with_attachment: Any, accepted: Connection, third_org_user: Any
) -> None:
    outsider, anonymous = login(third_org_user), Client()
    for method, url in doors(accepted, with_attachment):
        response = getattr(outsider, method)(url, {"body": "x", "decision": "accept"})
        assert response.status_code == 404, (url, response.status_code)
        assert b"secret" not in response.content and b"Plan attached" not in response.content
        response = getattr(anonymous, method)(url)
        assert response.status_code in (302, 401, 404), (url, response.status_code)
        assert b"Plan attached" not in response.content
    accepted.refresh_from_db()
    assert accepted.stage == Stage.CONTACT_ACCEPTED


def test_guessed_attachment_id_of_another_connection(
    with_attachment: Any, accepted: Connection, third_org_user: Any, cn_org: Any
) -> None:
    # The outsider's own connection does not open another connection's attachment.
    from tests.deals.conftest import send_eoi

    own = send_eoi(third_org_user, ProfileFactory(organisation=cn_org))
    url = reverse("deals:attachment", args=[own.pk, with_attachment.pk])
    assert login(third_org_user).get(url).status_code == 404


def test_parties_and_staff_download(
    with_attachment: Any, accepted: Connection, owner: Any, staff: Any
) -> None:
    url = reverse("deals:attachment", args=[accepted.pk, with_attachment.pk])
    for user in (owner, staff):
        response = login(user).get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert response["Content-Disposition"].startswith("attachment")


def test_exports_and_funnel_are_staff_only(
    accepted: Connection, requester: Any, staff: Any
) -> None:
    for url in (
        reverse("deals:funnel"),
        reverse("deals:export", args=["csv"]),
        reverse("deals:export", args=["xlsx"]),
    ):
        assert login(requester).get(url).status_code == 403
        assert Client().get(url).status_code == 302
        assert login(staff).get(url).status_code == 200
    assert login(staff).get(reverse("deals:export", args=["exe"])).status_code == 404


def test_broker_queue_page(requester: Any, cn_org: Any, staff: Any, owner: Any) -> None:
    from tests.deals.conftest import send_eoi

    connection = send_eoi(requester, ProfileFactory(organisation=cn_org, broker_requested=True))
    page = login(staff).get(reverse("deals:broker_queue"))
    assert connection.profile.title.encode() in page.content
    assert login(owner).get(reverse("deals:broker_queue")).status_code == 403
    login(staff).post(reverse("deals:broker", args=[connection.pk]), {"action": "forward"})
    connection.refresh_from_db()
    assert connection.status == Status.PENDING


def test_requester_does_not_see_blind_owner_before_acceptance(
    requester: Any, owner: Any, cn_org: Any
) -> None:
    from tests.deals.conftest import send_eoi

    blind = ProfileFactory(organisation=cn_org, visibility="blind")
    connection = send_eoi(requester, blind)
    them = login(requester)
    for url in (reverse("deals:detail", args=[connection.pk]), reverse("deals:list")):
        assert cn_org.name.encode() not in them.get(url).content
    assert (
        owner.email.encode() not in them.get(reverse("deals:detail", args=[connection.pk])).content
    )
    services.connection_accept(actor=owner, connection=connection)
    page = them.get(reverse("deals:detail", args=[connection.pk])).content
    assert cn_org.name.encode() in page and owner.email.encode() in page


def test_dashboard_panel(accepted: Connection, requester: Any) -> None:
    page = login(requester).get(reverse("web:dashboard"))
    assert b'data-testid="deals-panel"' in page.content


def _chinese(client: Client) -> Client:
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    return client


def test_dashboard_counts_unread_messages_in_a_sentence(
    accepted: Connection, requester: Any, owner: Any
) -> None:
    for body in ("Hello", "Terms attached"):
        services.message_post(actor=owner, connection=accepted, body=body)
    client = login(requester)
    english = client.get(reverse("web:dashboard")).text
    assert '<span class="badge" data-testid="deals-unread">2</span> unread messages' in english
    chinese = _chinese(client).get(reverse("web:dashboard")).text
    assert '<span class="badge" data-testid="deals-unread">2</span> 条未读消息' in chinese


def test_list_headers_name_the_sides_in_chinese(accepted: Connection, requester: Any) -> None:
    page = _chinese(login(requester)).get(reverse("deals:list")).text
    assert "<th>发起方</th><th>接收方</th>" in page


def test_list_query_count(
    accepted: Connection, requester: Any, cn_org: Any, django_assert_max_num_queries: Any
) -> None:
    from tests.deals.conftest import send_eoi

    for profile in ProfileFactory.create_batch(4, organisation=cn_org):
        send_eoi(requester, profile)
    client = login(requester)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("deals:list"))
    assert response.content.count(b'data-testid="connection-row"') == 5


def test_nda_through_pages(requester: Any, owner: Any, cn_org: Any, third_org_user: Any) -> None:
    from tests.deals.conftest import send_eoi

    profile = ProfileFactory(organisation=cn_org, nda_required=True)
    connection = services.connection_accept(actor=owner, connection=send_eoi(requester, profile))
    us, them = login(owner), login(requester)
    nda = SimpleUploadedFile("nda.pdf", b"%PDF-1.4 nda", content_type="application/pdf")
    us.post(reverse("deals:nda", args=[connection.pk]), {"document": nda})
    assert (
        b'data-testid="nda-confirm"'
        in them.get(reverse("deals:detail", args=[connection.pk])).content
    )
    url = reverse("deals:nda_document", args=[connection.pk])
    assert them.get(url).status_code == 200
    assert login(third_org_user).get(url).status_code == 404
    for client in (us, them):
        client.post(reverse("deals:nda", args=[connection.pk]), {"action": "confirm"})
    connection.nda.refresh_from_db()
    assert connection.nda.complete


def test_conversation_fragment_and_bad_upload(accepted: Connection, requester: Any) -> None:
    client = login(requester)
    fragment = client.get(reverse("deals:messages", args=[accepted.pk]))
    assert fragment.status_code == 200 and b"<html" not in fragment.content
    bad = SimpleUploadedFile("x.exe", b"MZ")
    response = client.post(
        reverse("deals:message_post", args=[accepted.pk]),
        {"body": "see file", "files": [bad]},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 200
    assert b'data-testid="message-error"' in response.content
    assert not accepted.messages.exists()


def test_member_of_two_organisations_chooses(
    requester: Any, request_profile: Any, third_org_user: Any
) -> None:
    from techbridge.accounts.models import Membership

    second = Membership.objects.get(user=third_org_user).organisation
    Membership.objects.create(user=requester, organisation=second, role="editor")
    client = login(requester)
    page = client.get(reverse("profiles:detail", args=[request_profile.pk]))
    assert b'name="organisation"' in page.content
    data = {"message": "On behalf of our second home.", "partnership_type": "licence_out"}
    client.post(
        reverse("deals:create", args=[request_profile.pk]), {**data, "organisation": second.pk}
    )
    assert Connection.objects.get().requester_org == second
    other = ProfileFactory(organisation=request_profile.organisation)
    response = login(third_org_user).post(
        reverse("deals:create", args=[other.pk]), {**data, "organisation": 999999}
    )
    assert response.status_code == 302
    assert not Connection.objects.filter(profile=other).exists()


def test_staff_see_broker_links_on_profiles(request_profile: Any, staff: Any) -> None:
    page = login(staff).get(reverse("profiles:detail", args=[request_profile.pk]))
    assert reverse("deals:broker_queue").encode() in page.content


def test_back_office_lists(accepted: Connection, client_staff: Client) -> None:
    from techbridge.accounts.models import User

    User.objects.filter(pk=client_staff.session["_auth_user_id"]).update(is_superuser=True)
    for name in ("connection", "stagechange", "contract", "exchangerate", "message"):
        url = reverse(f"admin:deals_{name}_changelist")
        assert client_staff.get(url, {"q": "x"}).status_code == 200, name
    assert (
        client_staff.get(reverse("admin:deals_connection_change", args=[accepted.pk])).status_code
        == 200
    )


def test_empty_conversation_is_a_sentence_not_a_numbered_item(accepted: Any, owner: Any) -> None:
    """Issue 18: "1. 暂无留言。" — the empty state sits outside the numbered thread."""
    page = login(owner).get(f"/connections/{accepted.pk}/").content.decode()
    assert 'data-testid="messages-empty"' in page
    assert '<ol class="messages-thread"' not in page
