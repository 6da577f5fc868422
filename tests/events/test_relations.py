"""Relationship memory: organisations that already met (at an event or in a connection),
connected, have an EOI pending or declined each other (with the reason) are shown as such on
match cards and in event directories — never revealing a blind profile's owner."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from techbridge.deals import services as deals
from techbridge.deals.choices import Stage
from techbridge.events.models import Meeting
from techbridge.events.selectors.relations import relations_of
from techbridge.matches.models import Match
from tests.factories import OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db


def _eoi(actor: Any, profile: Any) -> Any:
    return deals.connection_create(
        actor=actor,
        profile=profile,
        message="We have what you need here.",
        partnership_type="licence_out",
    )


def test_states_and_reasons(member: Any, org: Any, cn_member: Any, cn_org: Any) -> None:
    third = OrganisationFactory()
    blind = OrganisationFactory()
    declined = _eoi(member, ProfileFactory(organisation=cn_org))
    deals.connection_decline(actor=cn_member, connection=declined, reason="not_relevant")
    assert relations_of(actor=member).for_org(cn_org.id).state == "declined"
    assert relations_of(actor=member).for_org(cn_org.id).reason_label == "Not relevant"
    accepted = _eoi(member, ProfileFactory(organisation=cn_org))
    deals.connection_accept(actor=cn_member, connection=accepted)
    assert relations_of(actor=cn_member).for_org(org.id).state == "connected"  # both sides
    deals.connection_advance(actor=cn_member, connection=accepted, stage=Stage.MEETING_HELD)
    assert relations_of(actor=member).for_org(cn_org.id).state == "met"  # the strongest wins
    secret = ProfileFactory(organisation=blind, visibility="blind")
    _eoi(member, secret)
    rel = relations_of(actor=member)
    assert rel.for_org(third.id) is None
    assert rel.for_profile(secret.id, None).state == "pending"  # about that very profile
    assert rel.for_profile(ProfileFactory(organisation=blind).id, None) is None


def test_a_meeting_held_at_an_event_counts(
    people: dict[str, Any], member: Any, cn_org: Any
) -> None:
    a, b = sorted((people["de"], people["cn"]), key=lambda p: p.pk)
    Meeting.objects.create(event=a.event, a=a, b=b, attendance="held")
    assert relations_of(actor=member).for_org(cn_org.id).state == "met"


def test_match_cards_and_directories_show_the_relation(
    client: Any, people: dict[str, Any], member: Any, org: Any, cn_member: Any, cn_org: Any
) -> None:
    request = ProfileFactory(organisation=cn_org, kind="request")
    offer = ProfileFactory(organisation=org, kind="offer")
    Match.objects.create(request=request, offer=offer, score=0.7)
    connection = _eoi(member, ProfileFactory(organisation=cn_org))
    deals.connection_decline(actor=cn_member, connection=connection, reason="terms")
    client.force_login(member)
    page = client.get(reverse("matches:list")).content.decode()
    assert 'data-testid="relation"' in page and "Declined before: Terms" in page
    event = people["de"].event
    directory = client.get(reverse("events:directory", args=[event.slug])).content.decode()
    assert "Declined before: Terms" in directory
    client.force_login(people["fr_member"])
    assert (
        'data-testid="relation"'
        not in client.get(reverse("events:directory", args=[event.slug])).content.decode()
    )
