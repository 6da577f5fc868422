"""The writes: EOIs, decisions, brokering, the pipeline, the conversation, the NDA step."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from techbridge.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationFailed,
)
from techbridge.deals import services
from techbridge.deals.choices import Stage, Status
from techbridge.deals.models import Connection, StageChange
from techbridge.notifications.models import Notification
from tests.deals.conftest import send_eoi
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db(transaction=False)


def pdf(name: str = "terms.pdf", size: int = 100) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4 " + b"x" * size, content_type="application/pdf")


class TestExpressionOfInterest:
    def test_reaches_the_owner(
        self, eoi: Connection, owner: Any, django_capture_on_commit_callbacks: Any
    ) -> None:
        assert eoi.status == Status.PENDING
        assert eoi.stage == Stage.INTEREST
        assert eoi.owner_org_id == eoi.profile.organisation_id
        assert Notification.objects.filter(user=owner, kind="deals.connection").exists()

    def test_sends_email_after_commit(
        self,
        requester: Any,
        request_profile: Any,
        owner: Any,
        django_capture_on_commit_callbacks: Any,
    ) -> None:
        with django_capture_on_commit_callbacks(execute=True):
            send_eoi(requester, request_profile)
        assert [m.to for m in mail.outbox] == [[owner.email]]

    def test_owner_hears_in_their_language(
        self,
        requester: Any,
        request_profile: Any,
        owner: Any,
        django_capture_on_commit_callbacks: Any,
    ) -> None:
        owner.preferred_language = "zh-hans"
        owner.save(update_fields=["preferred_language"])
        with django_capture_on_commit_callbacks(execute=True):  # the requester works in English
            send_eoi(requester, request_profile)
        expected = "收到对“寻求锂电池回收技术”的新合作意向"
        assert Notification.objects.get(user=owner).title == expected
        assert mail.outbox[0].subject == f"[TechBridge] {expected}"

    def test_own_profile_is_refused(self, owner: Any, request_profile: Any, cn_org: Any) -> None:
        other = ProfileFactory(organisation=cn_org)
        with pytest.raises(Conflict):
            send_eoi(owner, other)

    def test_one_open_eoi_per_profile(self, eoi: Connection, requester: Any) -> None:
        with pytest.raises(Conflict):
            send_eoi(requester, eoi.profile)

    def test_again_after_decline(self, eoi: Connection, requester: Any, owner: Any) -> None:
        services.connection_decline(actor=owner, connection=eoi, reason="too_early")
        again = send_eoi(requester, eoi.profile)
        assert again.status == Status.PENDING

    def test_unpublished_profile_is_not_found(self, requester: Any, cn_org: Any) -> None:
        draft = ProfileFactory(organisation=cn_org, status="draft", published_at=None)
        with pytest.raises(NotFound):
            send_eoi(requester, draft)

    def test_viewer_cannot_send(self, request_profile: Any, org: Any) -> None:
        viewer = MembershipFactory(organisation=org, role="viewer").user
        with pytest.raises(PermissionDenied):
            send_eoi(viewer, request_profile)

    def test_lone_user_cannot_send(self, lone_user: Any, request_profile: Any) -> None:
        with pytest.raises(PermissionDenied):
            send_eoi(lone_user, request_profile)

    def test_related_profile_must_be_own(
        self, requester: Any, request_profile: Any, cn_org: Any
    ) -> None:
        foreign = ProfileFactory(organisation=cn_org)
        with pytest.raises(ValidationFailed):
            send_eoi(requester, request_profile, related_profile_id=foreign.id)

    def test_flood_limit_per_organisation_per_day(
        self, settings: Any, requester: Any, cn_org: Any
    ) -> None:
        settings.TECHBRIDGE = {**settings.TECHBRIDGE, "EOI_PER_ORG_PER_DAY": 2}
        profiles = ProfileFactory.create_batch(3, organisation=cn_org)
        send_eoi(requester, profiles[0])
        send_eoi(requester, profiles[1])
        with pytest.raises(RateLimited) as exc:
            send_eoi(requester, profiles[2])
        assert "2" in str(exc.value.message)
        assert exc.value.status == 429

    def test_flood_window_is_one_day(self, settings: Any, requester: Any, cn_org: Any) -> None:
        from django.utils import timezone

        settings.TECHBRIDGE = {**settings.TECHBRIDGE, "EOI_PER_ORG_PER_DAY": 1}
        first, second = ProfileFactory.create_batch(2, organisation=cn_org)
        send_eoi(requester, first, now=timezone.now() - timedelta(days=2))
        assert send_eoi(requester, second).pk


class TestBroker:
    def test_brokered_profile_goes_to_staff_first(
        self, requester: Any, cn_org: Any, owner: Any, staff: Any
    ) -> None:
        profile = ProfileFactory(organisation=cn_org, broker_requested=True)
        connection = send_eoi(requester, profile)
        assert connection.status == Status.BROKER_QUEUE
        assert Notification.objects.filter(user=staff).exists()
        assert not Notification.objects.filter(user=owner).exists()
        with pytest.raises(NotFound):  # the owner does not see it yet
            services.connection_accept(actor=owner, connection=connection)
        services.connection_forward(actor=staff, connection=connection, note="Serious partner.")
        connection.refresh_from_db()
        assert connection.status == Status.PENDING and connection.broker_note
        assert Notification.objects.filter(user=owner).exists()
        services.connection_accept(actor=owner, connection=connection)

    def test_organisation_level_broker(self, requester: Any, cn_org: Any, staff: Any) -> None:
        cn_org.broker_requested = True
        cn_org.save()
        connection = send_eoi(requester, ProfileFactory(organisation=cn_org))
        assert connection.brokered and connection.status == Status.BROKER_QUEUE
        services.connection_decline(actor=staff, connection=connection, reason="not_relevant")
        connection.refresh_from_db()
        assert connection.status == Status.DECLINED

    def test_only_staff_forward(self, eoi: Connection, owner: Any) -> None:
        with pytest.raises(PermissionDenied):
            services.connection_forward(actor=owner, connection=eoi)

    def test_forward_twice_conflicts(self, requester: Any, cn_org: Any, staff: Any) -> None:
        connection = send_eoi(requester, ProfileFactory(organisation=cn_org, broker_requested=True))
        services.connection_forward(actor=staff, connection=connection)
        with pytest.raises(Conflict):
            services.connection_forward(actor=staff, connection=connection)

    def test_assign_department_and_note(self, eoi: Connection, staff: Any) -> None:
        services.connection_assign_department(actor=staff, connection=eoi, department="legal")
        services.connection_broker_note(actor=staff, connection=eoi, note="Check the IP.")
        eoi.refresh_from_db()
        assert (eoi.department, eoi.broker_note) == ("legal", "Check the IP.")
        with pytest.raises(ValidationFailed):
            services.connection_assign_department(actor=staff, connection=eoi, department="x")


class TestDecision:
    def test_accept_records_the_stage(
        self, accepted: Connection, owner: Any, requester: Any
    ) -> None:
        assert accepted.status == Status.ACCEPTED
        assert accepted.stage == Stage.CONTACT_ACCEPTED
        change = StageChange.objects.get(connection=accepted)
        assert (change.from_stage, change.to_stage, change.actor) == (
            Stage.INTEREST,
            Stage.CONTACT_ACCEPTED,
            owner,
        )
        assert Notification.objects.filter(user=requester, kind="deals.connection").exists()

    def test_requester_cannot_accept(self, eoi: Connection, requester: Any) -> None:
        with pytest.raises(PermissionDenied):
            services.connection_accept(actor=requester, connection=eoi)

    def test_viewer_of_owner_cannot_accept(self, eoi: Connection, viewer_of_owner: Any) -> None:
        with pytest.raises(PermissionDenied):
            services.connection_accept(actor=viewer_of_owner, connection=eoi)

    def test_outsider_gets_not_found(self, eoi: Connection, third_org_user: Any) -> None:
        with pytest.raises(NotFound):
            services.connection_accept(actor=third_org_user, connection=eoi)

    def test_accept_twice_conflicts(self, accepted: Connection, owner: Any) -> None:
        with pytest.raises(Conflict):
            services.connection_accept(actor=owner, connection=accepted)

    def test_decline_needs_a_known_reason(self, eoi: Connection, owner: Any) -> None:
        with pytest.raises(ValidationFailed):
            services.connection_decline(actor=owner, connection=eoi, reason="bored")
        declined = services.connection_decline(
            actor=owner, connection=eoi, reason="geography", note="Not our region."
        )
        assert (declined.status, declined.decline_reason) == (Status.DECLINED, "geography")

    def test_cannot_decline_after_accepting(self, accepted: Connection, owner: Any) -> None:
        with pytest.raises(Conflict):
            services.connection_decline(actor=owner, connection=accepted, reason="terms")


class TestPipeline:
    def test_full_path_to_a_won_contract(
        self, accepted: Connection, owner: Any, requester: Any
    ) -> None:
        services.connection_advance(actor=requester, connection=accepted, stage=Stage.MEETING_HELD)
        services.intention_record(
            actor=owner,
            connection=accepted,
            signed_on=date(2026, 9, 1),
            type="licence",
            summary="Licence for the Chinese market.",
            event_ref="convention-2026",
        )
        contract = services.contract_record(
            actor=owner,
            connection=accepted,
            signed_on=date(2026, 10, 1),
            type="licence",
            value=Decimal("12000000"),
            currency="CNY",
            registration_number="2026320500001234",
        )
        services.connection_advance(actor=owner, connection=accepted, stage=Stage.CLOSED_WON)
        accepted.refresh_from_db()
        assert accepted.stage == Stage.CLOSED_WON
        assert contract.value == Decimal("12000000")
        assert list(
            StageChange.objects.filter(connection=accepted).values_list("to_stage", flat=True)
        ) == [
            Stage.CONTACT_ACCEPTED,
            Stage.MEETING_HELD,
            Stage.INTENTION_SIGNED,
            Stage.CONTRACT_SIGNED,
            Stage.CLOSED_WON,
        ]

    def test_no_skipping(self, accepted: Connection, owner: Any) -> None:
        with pytest.raises(Conflict):
            services.connection_advance(actor=owner, connection=accepted, stage=Stage.NEGOTIATION)
        with pytest.raises(Conflict):
            services.contract_record(
                actor=owner,
                connection=accepted,
                signed_on=date(2026, 1, 1),
                type="licence",
                value=Decimal(1),
                currency="EUR",
            )
        with pytest.raises(ValidationFailed):  # data stages need their data
            services.connection_advance(
                actor=owner, connection=accepted, stage=Stage.CONTRACT_SIGNED
            )

    def test_no_pipeline_before_acceptance(self, eoi: Connection, owner: Any) -> None:
        with pytest.raises(Conflict):
            services.connection_advance(actor=owner, connection=eoi, stage=Stage.MEETING_HELD)

    def test_lost_needs_a_reason_and_closes(self, accepted: Connection, owner: Any) -> None:
        with pytest.raises(ValidationFailed):
            services.connection_advance(actor=owner, connection=accepted, stage=Stage.CLOSED_LOST)
        services.connection_advance(
            actor=owner, connection=accepted, stage=Stage.CLOSED_LOST, lost_reason="Budget cut."
        )
        with pytest.raises(Conflict):
            services.connection_advance(actor=owner, connection=accepted, stage=Stage.MEETING_HELD)

    def test_contract_value_must_be_positive(self, accepted: Connection, owner: Any) -> None:
        with pytest.raises(ValidationFailed):
            services.contract_record(
                actor=owner,
                connection=accepted,
                signed_on=date(2026, 1, 1),
                type="licence",
                value=Decimal(0),
                currency="CNY",
            )

    def test_viewer_cannot_advance(self, accepted: Connection, viewer_of_owner: Any) -> None:
        with pytest.raises(PermissionDenied):
            services.connection_advance(
                actor=viewer_of_owner, connection=accepted, stage=Stage.MEETING_HELD
            )

    def test_database_refuses_a_stage_without_acceptance(self, eoi: Connection) -> None:
        with pytest.raises(IntegrityError), transaction.atomic():
            Connection.objects.filter(pk=eoi.pk).update(stage=Stage.CONTRACT_SIGNED)


class TestConversation:
    def test_messages_open_after_acceptance(
        self, eoi: Connection, requester: Any, owner: Any
    ) -> None:
        with pytest.raises(Conflict):
            services.message_post(actor=requester, connection=eoi, body="Hello?")
        services.connection_accept(actor=owner, connection=eoi)
        message = services.message_post(actor=requester, connection=eoi, body="Hello!")
        assert message.author_org_id == eoi.requester_org_id
        assert Notification.objects.filter(user=owner, kind="deals.message").exists()

    def test_viewer_may_write(self, accepted: Connection, viewer_of_owner: Any) -> None:
        message = services.message_post(actor=viewer_of_owner, connection=accepted, body="Hi")
        assert message.author_org_id == accepted.owner_org_id

    def test_staff_may_write_any_time(self, eoi: Connection, staff: Any) -> None:
        assert (
            services.message_post(
                actor=staff, connection=eoi, body="The centre here."
            ).author_org_id
            is None
        )

    def test_attachment_is_stored_under_media_root(
        self, accepted: Connection, requester: Any, settings: Any
    ) -> None:
        message = services.message_post(
            actor=requester, connection=accepted, body="Terms attached", files=[pdf()]
        )
        attachment = message.attachments.get()
        assert attachment.content_type == "application/pdf"
        assert str(settings.MEDIA_ROOT) in attachment.file.path
        assert "terms" not in attachment.file.name  # random names on disk

    @pytest.mark.parametrize(
        "upload",
        [
            SimpleUploadedFile("run.exe", b"MZ", content_type="application/pdf"),
            SimpleUploadedFile("fake.pdf", b"<html>", content_type="application/pdf"),
            SimpleUploadedFile("noext", b"data"),
        ],
    )
    def test_bad_attachments_are_refused(
        self, accepted: Connection, requester: Any, upload: Any
    ) -> None:
        with pytest.raises(ValidationFailed):
            services.message_post(actor=requester, connection=accepted, body="x", files=[upload])

    def test_size_limit(self, accepted: Connection, requester: Any, settings: Any) -> None:
        settings.TECHBRIDGE = {**settings.TECHBRIDGE, "ATTACHMENT_MAX_BYTES": 50}
        with pytest.raises(ValidationFailed):
            services.message_post(actor=requester, connection=accepted, body="x", files=[pdf()])

    def test_too_many_files(self, accepted: Connection, requester: Any) -> None:
        with pytest.raises(ValidationFailed):
            services.message_post(
                actor=requester, connection=accepted, body="x", files=[pdf() for _ in range(6)]
            )

    def test_empty_message(self, accepted: Connection, requester: Any) -> None:
        with pytest.raises(ValidationFailed):
            services.message_post(actor=requester, connection=accepted, body=" \x00 ")


class TestNda:
    def test_both_sides_confirm(self, requester: Any, owner: Any, cn_org: Any) -> None:
        from techbridge.profiles.selectors import attachments_for

        profile = ProfileFactory(organisation=cn_org, nda_required=True)
        connection = send_eoi(requester, profile)
        services.connection_accept(actor=owner, connection=connection)
        with pytest.raises(Conflict):
            services.nda_confirm(actor=owner, connection=connection)
        services.nda_upload(actor=owner, connection=connection, upload=pdf("nda.pdf"))
        services.nda_confirm(actor=owner, connection=connection)
        profile.attachments.create(
            file=pdf("dossier.pdf"), filename="d.pdf", content_type="application/pdf", size=1
        )
        assert not attachments_for(actor=requester, profile=profile).exists()
        nda = services.nda_confirm(actor=requester, connection=connection)
        assert nda.complete
        assert attachments_for(actor=requester, profile=profile).count() == 1

    def test_staff_do_not_confirm(self, accepted: Connection, owner: Any, staff: Any) -> None:
        services.nda_upload(actor=owner, connection=accepted, upload=pdf("nda.pdf"))
        with pytest.raises(PermissionDenied):
            services.nda_confirm(actor=staff, connection=accepted)


def test_third_organisation_member_of_neither_side_is_refused_everywhere(
    accepted: Connection, third_org_user: Any
) -> None:
    calls = [
        lambda: services.message_post(actor=third_org_user, connection=accepted, body="hi"),
        lambda: services.connection_advance(
            actor=third_org_user, connection=accepted, stage=Stage.MEETING_HELD
        ),
        lambda: services.nda_confirm(actor=third_org_user, connection=accepted),
        lambda: services.connection_mark_read(actor=third_org_user, connection=accepted),
    ]
    for call in calls:
        with pytest.raises(NotFound):
            call()


def test_unknown_organisation_choice(requester: Any, request_profile: Any) -> None:
    with pytest.raises(PermissionDenied):
        send_eoi(requester, request_profile, organisation=OrganisationFactory())
