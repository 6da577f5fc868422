"""Contracts through their stages; KYC blocks activation (service and database)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from django.core import mail
from django.db import IntegrityError, transaction

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.domiciliation import selectors, services
from techbridge.domiciliation.forms.contracts import ContractForm, DocumentForm
from techbridge.domiciliation.models import Contract, KycDocument, Status
from techbridge.domiciliation.selectors import KycState
from techbridge.domiciliation.stages import Stage
from techbridge.notifications.models import Notification
from tests.factories import MembershipFactory, OrganisationFactory

from .conftest import TODAY, activate, credit_code, make_contract, pdf, upload_all


def test_a_draft_is_signed_then_waits_for_its_documents(
    contract: Contract, member: Any, staff: Any
) -> None:
    assert contract.stage(TODAY) == Stage.DRAFT
    services.contract_sign(actor=member, contract=contract)
    contract.refresh_from_db()
    assert contract.status == Status.AWAITING_DOCUMENTS and contract.signed_by == member
    with pytest.raises(Conflict):
        services.contract_sign(actor=member, contract=contract)


def test_no_activation_before_the_checks_pass(contract: Contract, member: Any, staff: Any) -> None:
    services.contract_sign(actor=member, contract=contract)
    with pytest.raises(Conflict, match="checks have not passed"):
        services.contract_activate(actor=staff, contract=contract, today=TODAY)
    licence, passport = upload_all(member, contract)
    services.document_verify(actor=staff, document=licence, result="verified", today=TODAY)
    with pytest.raises(Conflict):
        services.contract_activate(actor=staff, contract=contract, today=TODAY)
    contract.refresh_from_db()
    assert contract.status == Status.AWAITING_DOCUMENTS and contract.kyc_passed_on is None
    # The last verification activates it, in the same transaction.
    services.document_verify(actor=staff, document=passport, result="verified", today=TODAY)
    contract.refresh_from_db()
    assert contract.status == Status.ACTIVE and contract.kyc_passed_on == TODAY


def test_the_database_refuses_an_active_contract_without_checks(contract: Contract) -> None:
    with pytest.raises(IntegrityError), transaction.atomic():
        Contract.objects.filter(pk=contract.pk).update(status=Status.ACTIVE)


def test_a_rejected_document_is_told_to_the_firm_and_blocks(
    contract: Contract, member: Any, staff: Any
) -> None:
    services.contract_sign(actor=member, contract=contract)
    licence, passport = upload_all(member, contract)
    with pytest.raises(ValidationFailed):
        services.document_verify(actor=staff, document=licence, result="rejected", today=TODAY)
    services.document_verify(
        actor=staff, document=licence, result="rejected", note="Blurred copy", today=TODAY
    )
    services.document_verify(actor=staff, document=passport, result="verified", today=TODAY)
    contract.refresh_from_db()
    assert contract.status == Status.AWAITING_DOCUMENTS
    states = {c.kind: c.state for c in selectors.kyc_checks(contract, TODAY)}
    assert states["business_licence"] == KycState.REJECTED
    note = Notification.objects.get(user=member, kind="domiciliation.kyc")
    assert "rejected" in note.title and note.body == "Blurred copy"


def test_an_expired_id_document_is_refused(contract: Contract, member: Any, staff: Any) -> None:
    with pytest.raises(ValidationFailed) as err:
        services.document_upload(
            actor=member,
            contract=contract,
            kind="legal_rep_id",
            upload=pdf(),
            filename="passport.pdf",
            content_type="application/pdf",
            expires_on=TODAY - timedelta(days=1),
            today=TODAY,
        )
    assert "expired" in err.value.fields["expires_on"][0]
    assert not KycDocument.objects.exists()
    form = DocumentForm(
        data={"kind": "legal_rep_id", "expires_on": "2001-01-01"}, files={"file": pdf()}
    )
    assert not form.is_valid() and "expired" in form.errors["expires_on"][0]


def test_a_file_that_is_not_a_pdf_or_image_is_refused() -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    fake = SimpleUploadedFile("x.pdf", b"MZ\x90\x00 not a pdf", content_type="application/pdf")
    form = DocumentForm(data={"kind": "legal_rep_id"}, files={"file": fake})
    assert not form.is_valid() and "PDF, PNG or JPEG" in form.errors["file"][0]


def test_an_id_document_expiring_ends_the_check(active: Contract, member: Any, staff: Any) -> None:
    doc = services.document_upload(
        actor=member, contract=active, kind="legal_rep_id", upload=pdf(), filename="id.pdf",
        content_type="application/pdf", expires_on=TODAY + timedelta(days=40), today=TODAY,
    )  # fmt: skip
    services.document_verify(actor=staff, document=doc, result="verified", today=TODAY)
    doc.refresh_from_db()
    assert doc.recheck_on == TODAY + timedelta(days=40)  # the expiry comes before a year
    later = TODAY + timedelta(days=41)
    states = {c.kind: c.state for c in selectors.kyc_checks(active, later)}
    assert states["legal_rep_id"] == KycState.EXPIRED
    with pytest.raises(Conflict):
        services.document_verify(actor=staff, document=doc, result="verified", today=later)


def test_credit_codes_are_checked(org: Any, plan: Any) -> None:
    base = {
        "organisation": org.slug, "plan": plan.pk, "firm_name_zh": "示例", "legal_representative": "A",
        "hosted_address": "Room 1", "starts_on": "2030-01-01", "ends_on": "2031-01-01",
        "notice_days": 30, "monthly_fee": "800", "setup_fee": "0", "deposit": "0", "currency": "CNY",
    }  # fmt: skip
    good = credit_code()
    assert ContractForm(data={**base, "credit_code": good.lower()}).is_valid()
    wrong = good[:-1] + ("0" if good[-1] != "0" else "1")
    form = ContractForm(data={**base, "credit_code": wrong})
    assert not form.is_valid() and "check character" in form.errors["credit_code"][0]
    form = ContractForm(data={**base, "credit_code": "91310000MA1K4Y3XI"})
    assert not form.is_valid() and "18" in form.errors["credit_code"][0]
    form = ContractForm(data={**base, "ends_on": "2029-12-01"})
    assert not form.is_valid() and "ends_on" in form.errors


def test_one_live_contract_per_firm_and_per_address(
    contract: Contract, staff: Any, org: Any, plan: Any
) -> None:
    with pytest.raises(ValidationFailed) as err:
        make_contract(staff, org, plan)
    assert "organisation" in err.value.fields
    other = OrganisationFactory()
    with pytest.raises(ValidationFailed) as err:
        make_contract(staff, other, plan, hosted_address=contract.hosted_address)
    assert "hosted_address" in err.value.fields


def test_renewal_notice_and_the_end(active: Contract, staff: Any, member: Any) -> None:
    renewal_day = active.ends_on - timedelta(days=40)
    assert active.stage(renewal_day) == Stage.UP_FOR_RENEWAL
    services.contract_renew(
        actor=staff, contract=active, ends_on=date(2032, 3, 1), today=renewal_day
    )
    active.refresh_from_db()
    assert active.stage(renewal_day) == Stage.ACTIVE
    with pytest.raises(ValidationFailed):
        services.contract_renew(actor=staff, contract=active, ends_on=date(2031, 1, 1), today=TODAY)
    services.contract_serve_notice(
        actor=member, contract=active, served_on=date(2030, 6, 1), by_firm=True, today=TODAY
    )
    active.refresh_from_db()
    assert active.stage(date(2030, 7, 1)) == Stage.NOTICE_SERVED
    assert active.stage(date(2030, 7, 2)) == Stage.ENDED
    assert services.run_daily(date(2030, 7, 2))["ended"] == 1
    active.refresh_from_db()
    assert active.status == Status.ENDED and active.ended_on == date(2030, 7, 1)


def test_a_member_cannot_act_as_staff(contract: Contract, member: Any) -> None:
    with pytest.raises(PermissionDenied):
        services.contract_terminate(actor=member, contract=contract, reason="other")
    with pytest.raises(PermissionDenied):
        services.contract_activate(actor=member, contract=contract)


def test_termination_needs_a_reason_and_the_address_must_move(
    active: Contract, staff: Any, member: Any
) -> None:
    services.contract_terminate(
        actor=staff, contract=active, reason="non_payment", note="3 months", today=TODAY
    )
    active.refresh_from_db()
    assert active.stage(TODAY) == Stage.TERMINATED
    assert active.get_termination_reason_display() == "Fees not paid"
    with pytest.raises(IntegrityError), transaction.atomic():
        Contract.objects.filter(pk=active.pk).update(termination_reason="")
    assert services.run_daily(TODAY)["move_reminders"] == 1
    assert services.run_daily(TODAY)["move_reminders"] == 0  # not twice the same day
    services.contract_address_moved(
        actor=staff, contract=active, moved_on=TODAY, new_address="Room 5, 1 Century Ave"
    )
    assert services.run_daily(TODAY + timedelta(days=30))["move_reminders"] == 0


def test_renewal_reminder_once_by_email_in_the_recipients_language(
    active: Contract, member: Any, org: Any, django_capture_on_commit_callbacks: Any
) -> None:
    chinese = MembershipFactory(organisation=org).user
    chinese.preferred_language = "zh-hans"
    chinese.save()
    day = active.ends_on - timedelta(days=50)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.run_daily(day)["renewal_reminders"] == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert services.run_daily(day + timedelta(days=1))["renewal_reminders"] == 0
    titles = dict(
        Notification.objects.filter(kind="domiciliation.renewal").values_list("user_id", "title")
    )
    assert titles[member.pk].startswith("Your hosting contract")
    assert "托管合同" in titles[chinese.pk]
    assert len(mail.outbox) == 2
    assert any("托管合同" in m.subject for m in mail.outbox)


def test_recheck_reminders(active: Contract, staff: Any, member: Any) -> None:
    due = TODAY + timedelta(days=365 - 10)
    assert services.run_daily(due)["recheck_reminders"] == 2
    assert services.run_daily(due)["recheck_reminders"] == 0
    states = {c.state for c in selectors.kyc_checks(active, TODAY + timedelta(days=366))}
    assert states == {KycState.RECHECK_DUE}
    # A fresh verification restarts the clock.
    for doc in KycDocument.objects.filter(contract=active):
        services.document_verify(
            actor=staff, document=doc, result="verified", today=TODAY + timedelta(days=366)
        )
    assert selectors.kyc_passed(active, TODAY + timedelta(days=366))


def test_the_pipeline_shows_every_stage(
    staff: Any, member: Any, org: Any, plan: Any, contract: Contract
) -> None:
    other = MembershipFactory(organisation=OrganisationFactory()).user
    second = make_contract(staff, other.memberships.get().organisation, plan)
    activate(staff, other, second)
    columns = selectors.pipeline(actor=staff, today=TODAY)
    assert columns[Stage.DRAFT] == [contract] and columns[Stage.ACTIVE] == [second]
    with pytest.raises(PermissionDenied):
        selectors.pipeline(actor=member, today=TODAY)
