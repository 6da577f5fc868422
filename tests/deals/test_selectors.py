"""Who sees which connection, and what the deals app discloses of a profile (ProfileDisclosure)."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from techbridge.core.errors import NotFound
from techbridge.deals import selectors, services
from techbridge.deals.models import Connection
from techbridge.profiles.models import ProfileAttachment, ProfileDisclosure
from techbridge.profiles.selectors import (
    attachments_for,
    owner_disclosed,
    present,
    profile_get_for,
    profile_list,
)
from tests.deals.conftest import send_eoi
from tests.factories import ProfileFactory, StaffFactory

pytestmark = pytest.mark.django_db


def visible(actor: Any, connection: Connection) -> bool:
    try:
        selectors.connection_get_for(actor=actor, connection_id=connection.pk)
    except NotFound:
        return False
    return True


class TestVisibility:
    def test_parties_and_staff_see_it(
        self, eoi: Connection, requester: Any, owner: Any, staff: Any
    ) -> None:
        assert visible(requester, eoi)
        assert visible(owner, eoi)
        assert visible(staff, eoi)

    def test_nobody_else(self, eoi: Connection, third_org_user: Any, lone_user: Any) -> None:
        assert not visible(third_org_user, eoi)
        assert not visible(lone_user, eoi)
        assert not visible(AnonymousUser(), eoi)

    @pytest.mark.parametrize("guess", [0, -1, 999999, "abc", None, "1 OR 1=1"])
    def test_guessed_ids(self, eoi: Connection, requester: Any, guess: Any) -> None:
        with pytest.raises(NotFound):
            selectors.connection_get_for(actor=requester, connection_id=guess)

    def test_brokered_hidden_from_owner_until_forwarded(
        self, requester: Any, owner: Any, cn_org: Any, staff: Any
    ) -> None:
        connection = send_eoi(requester, ProfileFactory(organisation=cn_org, broker_requested=True))
        assert not visible(owner, connection)
        assert visible(requester, connection)
        services.connection_forward(actor=staff, connection=connection)
        assert visible(owner, connection)

    def test_staff_see_their_department(self, eoi: Connection, staff: Any) -> None:
        legal = StaffFactory(department="legal")
        management = StaffFactory(department="management")
        assert visible(legal, eoi)  # unassigned: every broker sees it
        services.connection_assign_department(
            actor=management, connection=eoi, department="scientific"
        )
        assert visible(staff, eoi)  # scientific
        assert not visible(legal, eoi)
        assert visible(management, eoi)

    def test_list_counts_unread(
        self, accepted: Connection, requester: Any, owner: Any, django_assert_num_queries: Any
    ) -> None:
        services.message_post(actor=requester, connection=accepted, body="Mine")
        services.message_post(actor=owner, connection=accepted, body="One")
        services.message_post(actor=owner, connection=accepted, body="Two")
        requester = type(requester).objects.get(pk=requester.pk)
        with django_assert_num_queries(2):  # memberships + the list with its unread counts
            rows = list(selectors.connection_list(actor=requester))
        assert [r.unread for r in rows] == [2]
        services.connection_mark_read(actor=requester, connection=accepted)
        assert selectors.connection_list(actor=requester).get().unread == 0
        assert selectors.connection_list(actor=owner).get().unread == 0


class TestDisclosure:
    def test_blind_owner_disclosed_on_acceptance(
        self, requester: Any, owner: Any, cn_org: Any
    ) -> None:
        blind = ProfileFactory(organisation=cn_org, visibility="blind")
        connection = send_eoi(requester, blind)
        assert not owner_disclosed(requester, blind)
        assert (
            present(profile_get_for(actor=requester, profile_id=blind.pk), actor=requester).owner
            is None
        )
        services.connection_accept(actor=owner, connection=connection)
        # The same user object sees the change at once (nothing is cached on it).
        assert owner_disclosed(requester, blind)
        assert present(blind, actor=requester).owner.name == cn_org.name

    def test_not_disclosed_to_third_party_or_after_decline(
        self, requester: Any, owner: Any, cn_org: Any, third_org_user: Any
    ) -> None:
        blind = ProfileFactory(organisation=cn_org, visibility="blind")
        connection = send_eoi(requester, blind)
        services.connection_decline(actor=owner, connection=connection, reason="terms")
        assert not owner_disclosed(requester, blind)
        assert not owner_disclosed(third_org_user, blind)
        assert not owner_disclosed(AnonymousUser(), blind)
        assert not ProfileDisclosure.objects.exists()

    def test_a_list_reads_disclosure_in_its_own_query(
        self, accepted: Connection, requester: Any, cn_org: Any, django_assert_num_queries: Any
    ) -> None:
        accepted.profile.visibility = "blind"
        accepted.profile.save()
        profiles = ProfileFactory.create_batch(5, organisation=cn_org, visibility="blind")
        ids = [accepted.profile.pk, *(p.pk for p in profiles)]
        requester = type(requester).objects.get(pk=requester.pk)
        with django_assert_num_queries(3):  # memberships, editable memberships, the list
            cards = {
                p.pk: present(p, actor=requester)
                for p in profile_list(actor=requester).filter(pk__in=ids)
            }
        assert [cards[i].owner is not None for i in ids] == [True] + [False] * 5

    def test_dossier_without_nda(self, accepted: Connection, requester: Any, owner: Any) -> None:
        profile = accepted.profile
        ProfileAttachment.objects.create(
            profile=profile, file="x", filename="a.pdf", content_type="application/pdf", size=1
        )
        assert attachments_for(actor=requester, profile=profile).count() == 1
        profile.nda_required = True
        profile.save()
        assert attachments_for(actor=requester, profile=profile).count() == 0
        assert attachments_for(actor=owner, profile=profile).count() == 1

    def test_contacts_only_after_acceptance(
        self, eoi: Connection, requester: Any, owner: Any
    ) -> None:
        assert selectors.contacts_of(eoi, actor=requester) == []
        eoi = services.connection_accept(actor=owner, connection=eoi)
        emails = {c.email for c in selectors.contacts_of(eoi, actor=requester)}
        assert emails == {requester.email, owner.email}
