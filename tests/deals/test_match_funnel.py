"""A connection sent from a match records it; the staff funnel and the public figures show
what came from automatic matching (proposed → viewed → EOI → … → contract, with value), per
language pair and sector, with the feedback on matches beside it."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.urls import reverse

from techbridge.core.errors import PermissionDenied
from techbridge.deals import services
from techbridge.deals.match_funnel import from_matching_headline, match_funnel
from techbridge.deals.models import Connection
from techbridge.matches.models import Match, MatchFeedback
from tests.deals.conftest import send_eoi
from tests.deals.test_api import BASE, token_client
from tests.deals.test_figures import to_contract
from tests.factories import OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer(org: Any) -> Any:
    """The interested organisation's own English offer."""
    return ProfileFactory(organisation=org, kind="offer", language="en", sectors=["energy"])


@pytest.fixture
def match(request_profile: Any, offer: Any) -> Match:
    return Match.objects.create(request=request_profile, offer=offer, score=0.81)


def test_an_eoi_sent_from_a_match_records_it(
    requester: Any, request_profile: Any, offer: Any, match: Match
) -> None:
    connection = send_eoi(requester, request_profile, match_id=match.id)
    assert connection.match == match
    assert connection.from_match
    assert connection.match_pair == "zh->en"
    assert connection.match_score == pytest.approx(0.81)
    assert connection.related_profile == offer  # the member's own side of the match


def test_someone_elses_match_links_nothing(
    requester: Any, request_profile: Any, cn_org: Any
) -> None:
    stranger_offer = ProfileFactory(organisation=OrganisationFactory(), kind="offer")
    foreign = Match.objects.create(request=request_profile, offer=stranger_offer, score=0.5)
    other_request = ProfileFactory(organisation=cn_org, kind="request")
    connection = send_eoi(requester, other_request, match_id=foreign.id)
    assert connection.match is None and not connection.from_match
    assert send_eoi(requester, request_profile, match_id=10**9).match is None


def test_the_funnel_counts_from_match_to_contract(
    requester: Any, owner: Any, request_profile: Any, match: Match, cn_org: Any, staff: Any
) -> None:
    other = Match.objects.create(
        request=ProfileFactory(organisation=cn_org, kind="request", language="zh"),
        offer=ProfileFactory(kind="offer", language="zh", sectors=["biotech"]),
        score=0.4,
    )
    Match.objects.filter(pk=match.pk).update(request_status="seen")
    MatchFeedback.objects.create(
        match=other,
        organisation=cn_org,
        useful=False,
        reason="not_relevant",
        own_ref="a",
        counterpart_ref="b",
        score=0.4,
    )
    connection = send_eoi(requester, request_profile, match_id=match.id)
    services.connection_accept(actor=owner, connection=connection)
    to_contract(connection, owner, "300000", "CNY", date(2026, 3, 1))
    send_eoi(requester, ProfileFactory(organisation=cn_org))  # found another way

    data = match_funnel(actor=staff)
    counts = {s["key"]: s["count"] for s in data.steps}
    assert counts == {
        "proposed": 2,
        "viewed": 1,
        "eois": 1,
        "accepted": 1,
        "meetings": 1,
        "intentions": 1,
        "contracts": 1,
    }
    assert data.value_cny == 300000
    assert data.share_of_eois == 50.0
    pairs = {r.key: r for r in data.by_pair}
    assert pairs["zh->en"].counts["contracts"] == 1
    assert pairs["zh->zh"].not_useful == 1 and pairs["zh->zh"].counts["eois"] == 0
    assert dict(data.reasons) == {"Not relevant": 1}
    head = from_matching_headline()
    assert head["connections"] == 1 and head["contracts"] == 1 and head["value_cny"] == 300000
    # The link survives a rematch pruning the match.
    match.delete()
    assert Connection.objects.get(pk=connection.pk).from_match
    assert match_funnel(actor=staff).steps[2]["count"] == 1


def test_only_staff_see_the_matching_funnel(requester: Any) -> None:
    with pytest.raises(PermissionDenied):
        match_funnel(actor=requester)


def test_pages_carry_the_match_from_card_to_contract(
    client: Any, requester: Any, request_profile: Any, match: Match, staff: Any
) -> None:
    client.force_login(requester)
    url = reverse("profiles:detail", args=[request_profile.id])
    page = client.get(url, {"match": match.id})
    assert f'name="match" value="{match.id}"' in page.content.decode()
    response = client.post(
        reverse("deals:create", args=[request_profile.id]),
        {
            "message": "We recycle such batteries.",
            "partnership_type": "licence_out",
            "match": match.id,
        },
    )
    assert response.status_code == 302
    assert Connection.objects.get(profile=request_profile).match == match
    client.force_login(staff)
    funnel = client.get(reverse("deals:funnel")).content.decode()
    assert 'data-testid="match-funnel"' in funnel and "Chinese → English" in funnel
    figures = client.get(reverse("deals:figures")).content.decode()
    assert 'data-testid="fig-from-matching"' in figures


def test_the_api_records_the_match(requester: Any, request_profile: Any, match: Match) -> None:
    client = token_client(requester)
    response = client.post(
        f"{BASE}/connections",
        {
            "profile_id": request_profile.id,
            "message": "We recycle such batteries.",
            "partnership_type": "licence_out",
            "match": match.id,
        },
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    assert Connection.objects.get(profile=request_profile).from_match


def test_a_decline_of_an_eoi_from_a_match_is_feedback_on_the_match(
    requester: Any, owner: Any, request_profile: Any, match: Match, cn_org: Any
) -> None:
    connection = send_eoi(requester, request_profile, match_id=match.id)
    services.connection_decline(actor=owner, connection=connection, reason="not_relevant")
    feedback = MatchFeedback.objects.get(match=match)
    assert feedback.organisation == cn_org and not feedback.useful
    assert feedback.reason == "not_relevant" and feedback.counterpart_ref == f"p:{match.offer_id}"
    match.refresh_from_db()
    assert match.request_status == "not_useful"
