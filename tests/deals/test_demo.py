"""The demo connections: every stage present, figures not empty, idempotent."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from techbridge.deals import demo, figures
from techbridge.deals.models import Connection
from tests.factories import (
    ChineseOrganisationFactory,
    MembershipFactory,
    OrganisationFactory,
    ProfileFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_world(db: Any) -> dict[str, Any]:
    foreign = OrganisationFactory.create_batch(4)
    chinese = ChineseOrganisationFactory.create_batch(4)
    member = UserFactory(email=demo.MEMBER_EMAIL)
    member_cn = UserFactory(email=demo.MEMBER_CN_EMAIL)
    MembershipFactory(user=member, organisation=foreign[0])
    MembershipFactory(user=member_cn, organisation=chinese[0])
    for i in range(48):
        owner = (chinese if i % 2 else foreign)[i % 4]
        ProfileFactory(
            organisation=owner, ref=f"demo:p{i:03d}", kind="request" if i % 2 else "offer"
        )
    return {"member_org": foreign[0], "member_cn_org": chinese[0]}


def test_load_is_idempotent_and_fills_the_figures(demo_world: dict[str, Any]) -> None:
    now = timezone.now()
    first = demo.load(now=now)
    assert first["connections_created"] == len(demo.SCENARIOS)
    second = demo.load(now=now)
    assert second["connections_created"] == 0
    assert second["connections"] == first["connections"]
    head = figures.headline()
    assert head["contracts"] == 3 and head["value_cny"] > 0 and head["unconverted"] == 0
    # The live demo story stays open: no demo EOI from the foreign member's organisation.
    assert not Connection.objects.filter(requester_org=demo_world["member_org"]).exists()
    assert Connection.objects.filter(requester_org=demo_world["member_cn_org"]).count() >= 1


def test_load_without_demo_data(db: Any) -> None:
    assert demo.load(now=timezone.now())["connections_created"] == 0


def test_connections_from_the_best_matches(demo_world: dict[str, Any]) -> None:
    from techbridge.deals.match_funnel import from_matching_headline
    from techbridge.matches.models import Match
    from techbridge.profiles.models import TechnologyProfile

    requests = TechnologyProfile.objects.filter(kind="request").exclude(
        organisation=demo_world["member_cn_org"]
    )
    offers = list(
        TechnologyProfile.objects.filter(kind="offer").exclude(
            organisation=demo_world["member_org"]
        )
    )
    for i, request in enumerate(requests.order_by("ref")):
        Match.objects.create(request=request, offer=offers[i % len(offers)], score=0.5 + i / 100)
    demo.load(now=timezone.now())
    linked = Connection.objects.filter(from_match=True)
    assert 1 <= linked.count() <= len(demo.MATCH_SCENARIOS)
    assert all(c.match_id and c.match_pair for c in linked)
    assert from_matching_headline()["contracts"] == 1
