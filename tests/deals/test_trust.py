"""Figures nobody can inflate: what one party records alone (meeting, intention, contract)
never moves a public figure; the other party confirms, staff verify a contract against its
evidence, a second member of staff approves a large value; implausible values are refused."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.deals import figures, services
from techbridge.deals.choices import Stage
from techbridge.deals.models import Connection
from tests.conftest import login
from tests.deals.test_api import BASE, post, token_client
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory, StaffFactory

pytestmark = pytest.mark.django_db


def public_figures() -> tuple[Any, list[str]]:
    """What /api/v1/deals/figures and /results/ publish."""
    api = Client().get(f"{BASE}/figures").json()
    page = Client().get(reverse("deals:figures"))
    assert page.status_code == 200
    return api, re.findall(r'data-testid="fig-[a-z]+">([^<]*)<', page.content.decode())


def record_contract(actor: Any, connection: Connection, value: str = "2000000", **kw: Any) -> Any:
    services.connection_advance(actor=actor, connection=connection, stage=Stage.MEETING_HELD)
    services.intention_record(
        actor=actor, connection=connection, signed_on=date(2026, 3, 1), type="licence", summary="x"
    )
    kw.setdefault("registration_number", "2026310100000123")
    return services.contract_record(
        actor=actor,
        connection=connection,
        signed_on=date(2026, 3, 2),
        type="licence",
        value=Decimal(value),
        currency="CNY",
        **kw,
    )


def test_a_fresh_member_alone_cannot_move_the_public_figures(cn_org: Any, cn_member: Any) -> None:
    """The issue's attack: a member who signed up minutes ago records a huge contract through
    the API on a connection the other side merely accepted."""
    profile = ProfileFactory(organisation=cn_org)
    attacker = MembershipFactory(organisation=OrganisationFactory(name="Fresh Ltd")).user
    them = token_client(attacker)
    cid = post(
        them,
        "/connections",
        {"profile_id": profile.pk, "message": "Interested.", "partnership_type": "licence_out"},
    ).json()["id"]
    assert post(token_client(cn_member), f"/connections/{cid}/decision", {"decision": "accept"})
    before = public_figures()

    assert post(them, f"/connections/{cid}/stage", {"stage": "meeting_held"}).status_code == 200
    intention = {"signed_on": "2026-03-01", "type": "licence", "summary": "Licence for China"}
    assert post(them, f"/connections/{cid}/intention", intention).status_code == 201
    huge = {"signed_on": "2026-04-01", "type": "licence", "currency": "USD"}
    response = post(them, f"/connections/{cid}/contract", {**huge, "value": "99999999999999.99"})
    assert response.status_code == 422 and "value" in response.json()["fields"]
    big = {**huge, "currency": "CNY", "value": "90000000000", "registration_number": "fake"}
    assert post(them, f"/connections/{cid}/contract", big).status_code == 201
    # The attacker cannot confirm its own records nor verify the contract.
    assert post(them, f"/connections/{cid}/confirm", {}).status_code == 409
    verify = post(them, f"/connections/{cid}/contract/verify", {"action": "verify"})
    assert verify.status_code == 403

    assert public_figures() == before
    api = before[0]
    assert (api["intentions"], api["contracts"], Decimal(api["value_cny"])) == (0, 0, 0)


def test_confirmation_verification_and_second_approval(
    accepted: Connection, owner: Any, requester: Any, staff: Any
) -> None:
    record_contract(owner, accepted, value="80000000")  # above the 50 M CNY bound
    head = figures.headline()
    assert (head["intentions"], head["contracts"]) == (0, 0)
    with pytest.raises(Conflict):  # nothing of the owner's to confirm for the owner
        services.connection_confirm(actor=owner, connection=accepted)
    confirmed = services.connection_confirm(actor=requester, connection=accepted)
    assert [c.to_stage for c in confirmed] == [
        Stage.MEETING_HELD,
        Stage.INTENTION_SIGNED,
        Stage.CONTRACT_SIGNED,
    ]
    assert figures.headline()["intentions"] == 1
    assert figures.headline()["contracts"] == 0  # not verified yet
    with pytest.raises(PermissionDenied):
        services.contract_verify(actor=owner, connection=accepted)
    services.contract_verify(actor=staff, connection=accepted)
    assert figures.headline()["contracts"] == 0  # large: a second approval is missing
    with pytest.raises(PermissionDenied):  # the verifier cannot approve too
        services.contract_approve(actor=staff, connection=accepted)
    services.contract_approve(actor=StaffFactory(), connection=accepted)
    head = figures.headline()
    assert (head["contracts"], head["value_cny"]) == (1, Decimal("80000000"))


def test_verification_needs_evidence(
    accepted: Connection, owner: Any, requester: Any, staff: Any
) -> None:
    record_contract(owner, accepted, registration_number="")
    with pytest.raises(Conflict):
        services.contract_verify(actor=staff, connection=accepted)
    fake_pdf = SimpleUploadedFile("contract.pdf", b"not a pdf", content_type="application/pdf")
    with pytest.raises(ValidationFailed):
        services.contract_evidence_upload(actor=requester, connection=accepted, upload=fake_pdf)
    pdf = SimpleUploadedFile("contract.pdf", b"%PDF-1.4 signed", content_type="application/pdf")
    services.contract_evidence_upload(actor=requester, connection=accepted, upload=pdf)
    services.contract_verify(actor=staff, connection=accepted)
    services.connection_confirm(actor=requester, connection=accepted)
    assert figures.headline()["contracts"] == 1
    document = login(owner).get(reverse("deals:contract_document", args=[accepted.pk]))
    assert document.status_code == 200
    assert b"".join(document.streaming_content).startswith(b"%PDF")


def test_what_the_broker_records_counts_at_once(accepted: Connection, staff: Any) -> None:
    services.connection_advance(actor=staff, connection=accepted, stage=Stage.MEETING_HELD)
    services.intention_record(
        actor=staff, connection=accepted, signed_on=date(2026, 3, 1), type="licence", summary="x"
    )
    assert figures.headline()["intentions"] == 1


def test_funnel_shows_unverified_records_apart(
    accepted: Connection, owner: Any, staff: Any
) -> None:
    record_contract(owner, accepted)
    steps = {s["key"]: s for s in figures.funnel(actor=staff).steps}
    assert [steps[k]["count"] for k in ("meetings", "intentions", "contracts")] == [0, 0, 0]
    assert [steps[k]["pending"] for k in ("meetings", "intentions", "contracts")] == [1, 1, 1]
    page = login(staff).get(reverse("deals:funnel"))
    assert b'data-testid="funnel-pending-contracts">1<' in page.content


def test_the_pages_confirm_and_verify(
    accepted: Connection, owner: Any, requester: Any, staff: Any
) -> None:
    record_contract(owner, accepted)
    queue = login(staff).get(reverse("deals:verification"))
    assert queue.status_code == 200 and b'data-testid="verify-row"' in queue.content
    assert login(owner).get(reverse("deals:verification")).status_code == 403
    detail = login(requester).get(reverse("deals:detail", args=[accepted.pk]))
    assert b'data-testid="confirm-stages"' in detail.content
    login(requester).post(reverse("deals:confirm", args=[accepted.pk]))
    login(staff).post(reverse("deals:contract_verify", args=[accepted.pk]), {"action": "verify"})
    assert figures.headline()["contracts"] == 1
    queue = login(staff).get(reverse("deals:verification"))
    assert b'data-testid="verify-row"' not in queue.content


def test_implausible_values_are_refused_by_form_and_service(
    accepted: Connection, owner: Any, settings: Any
) -> None:
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "CONTRACT_VALUE_MAX": 1000}
    with pytest.raises(ValidationFailed):
        record_contract(owner, accepted, value="1000.01")
