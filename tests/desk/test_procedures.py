"""The Chinese procedures on a case: technology-contract registration (checklist, legal review,
submission, the number written back on the pipeline's contract, the tax-benefit follow-up),
the export-control check (and the contract stage it blocks), IP filing, and their doors."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.deals.models import Contract
from techbridge.desk import procedure_reads, services
from techbridge.desk.models import ExportControlItem, ProcedureStatus, ServiceType
from techbridge.desk.services import outcomes, procedures
from techbridge.notifications.models import Notification
from tests.conftest import login
from tests.deals.test_trust import record_contract
from tests.desk.conftest import linked

pytestmark = pytest.mark.django_db
SHANGHAI = ZoneInfo("Asia/Shanghai")


def pdf(name: str = "doc.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, b"%PDF-1.4 test", content_type="application/pdf")


def start(staff: Any, case: Any, kind: str = "contract_registration", **facts: Any) -> Any:
    return procedures.procedure_start(actor=staff, case=case, kind=kind, facts=facts)


def send_all(proc: Any, actor: Any) -> None:
    for doc in proc.documents.filter(required=True):
        procedures.procedure_document_add(actor=actor, procedure=proc, key=doc.key, upload=pdf())


def test_registration_goes_through_and_writes_the_number_on_the_contract(
    reg_case: Any, legal_staff: Any, member: Any, contracted: Any
) -> None:
    proc = start(legal_staff, reg_case, contract_language="en")
    assert proc.contract == contracted.contract
    required = set(proc.documents.filter(required=True).values_list("key", flat=True))
    assert required == {"contract", "annex", "price", "ip_proof", "chinese_text"}
    assert Notification.objects.filter(user=member, kind="desk.procedure").exists()
    with pytest.raises(ValidationFailed) as refused:
        procedures.procedure_step_done(actor=legal_staff, procedure=proc, key="documents")
    assert "Chinese text" in str(refused.value.fields["documents"])
    send_all(proc, member)  # the client sends the checklist
    for key in ("documents", "legal_review", "submission"):
        procedures.procedure_step_done(actor=legal_staff, procedure=proc, key=key)
    with pytest.raises(ValidationFailed):  # the number goes through its own form
        procedures.procedure_step_done(actor=legal_staff, procedure=proc, key="registration")
    with pytest.raises(ValidationFailed):
        outcomes.registration_record(actor=legal_staff, procedure=proc, number="12")
    outcomes.registration_record(actor=legal_staff, procedure=proc, number="2026310101000123")
    assert Contract.objects.get(pk=contracted.contract.pk).registration_number == "2026310101000123"
    tax = proc.steps.get(key="tax_followup")
    assert tax.started_at is not None and tax.due_at > tax.started_at
    procedures.procedure_step_done(actor=legal_staff, procedure=proc, key="tax_followup")
    proc.refresh_from_db()
    assert proc.status == ProcedureStatus.DONE and proc.registration_number == "2026310101000123"


def test_a_chinese_contract_needs_no_chinese_text_and_deadlines_skip_national_day(
    reg_case: Any, legal_staff: Any
) -> None:
    now = datetime(2026, 9, 30, 10, 0, tzinfo=SHANGHAI)
    proc = procedures.procedure_start(
        actor=legal_staff, case=reg_case, kind="contract_registration",
        facts={"contract_language": "zh"}, now=now,
    )  # fmt: skip
    assert not proc.documents.get(key="chinese_text").required
    due = proc.steps.get(key="documents").due_at.astimezone(SHANGHAI)
    # 24 business hours from Wednesday 30 September 10:00: 6 h that day, the holiday week
    # (1-7 October) skipped, 7 h on Thursday 8 and Friday 9, and the last 4 h on Saturday
    # 10 October, a working day (调休).
    assert due == datetime(2026, 10, 10, 14, 30, tzinfo=SHANGHAI)


def test_starting_is_refused_clearly(
    case: Any, reg_case: Any, legal_staff: Any, member: Any
) -> None:
    with pytest.raises(ValidationFailed):  # no contract on this case
        start(legal_staff, case)
    with pytest.raises(ValidationFailed):
        start(legal_staff, reg_case, kind="visa")
    with pytest.raises(ValidationFailed) as bad:
        start(legal_staff, reg_case, contract_language="klingon")
    assert "contract_language" in bad.value.fields
    with pytest.raises(PermissionDenied):
        start(member, reg_case)
    start(legal_staff, reg_case)
    with pytest.raises(Conflict):
        start(legal_staff, reg_case)


def test_steps_go_in_order_and_once(reg_case: Any, legal_staff: Any, member: Any) -> None:
    proc = start(legal_staff, reg_case)
    send_all(proc, member)
    with pytest.raises(Conflict):
        procedures.procedure_step_done(actor=legal_staff, procedure=proc, key="submission")
    procedures.procedure_step_done(actor=legal_staff, procedure=proc, key="documents")
    with pytest.raises(Conflict):
        procedures.procedure_step_done(actor=legal_staff, procedure=proc, key="documents")
    with pytest.raises(NotFound):
        procedures.procedure_step_done(actor=legal_staff, procedure=proc, key="nope")
    with pytest.raises(PermissionDenied):
        procedures.procedure_step_done(actor=member, procedure=proc, key="legal_review")


def test_documents_refuse_bad_files_and_strangers(
    reg_case: Any, legal_staff: Any, outsider: Any, member: Any
) -> None:
    proc = start(legal_staff, reg_case)
    with pytest.raises(ValidationFailed):
        procedures.procedure_document_add(
            actor=member, procedure=proc, key="contract", upload=SimpleUploadedFile("x.exe", b"MZ")
        )
    with pytest.raises(ValidationFailed):  # says it is a PDF, is not
        procedures.procedure_document_add(
            actor=member, procedure=proc, key="contract", upload=SimpleUploadedFile("a.pdf", b"x")
        )
    with pytest.raises(PermissionDenied):
        procedures.procedure_document_add(
            actor=outsider, procedure=proc, key="contract", upload=pdf()
        )
    assert not proc.documents.filter(received_at__isnull=False).exists()


@pytest.fixture
def items(db: Any) -> dict[str, ExportControlItem]:
    return {
        "prohibited": ExportControlItem.objects.create(
            code="S-01", category="prohibited", name_en="Sample prohibited", name_zh="示例禁止",
            sample=True,
        ),
        "restricted": ExportControlItem.objects.create(
            code="S-02", category="restricted", name_en="Sample restricted", name_zh="示例限制",
            sample=True,
        ),
    }  # fmt: skip


@pytest.fixture
def export_case(member: Any, org: Any, service: Any, connection: Any) -> Any:
    return linked(member, org, service, connection)


def classified(staff: Any, case: Any, member: Any, export_class: str, item: Any = None) -> Any:
    proc = start(staff, case, kind="export_control", direction="out")
    send_all(proc, member)
    return outcomes.export_classify(
        actor=staff, procedure=proc, export_class=export_class, item=item, reason="Control point"
    )


def test_a_prohibited_technology_blocks_the_contract_stage_with_the_reason(
    export_case: Any, legal_staff: Any, member: Any, items: Any, connection: Any
) -> None:
    classified(legal_staff, export_case, member, "prohibited", items["prohibited"])
    assert procedure_reads.export_verdict(connection.profile_id).export_class == "prohibited"
    with pytest.raises(Conflict) as blocked:
        record_contract(member, connection)
    assert "prohibited" in str(blocked.value.message) and "Control point" in str(
        blocked.value.message
    )
    assert not Contract.objects.filter(connection=connection).exists()


def test_restricted_needs_a_licence_and_free_goes_to_registration(
    export_case: Any, legal_staff: Any, member: Any, items: Any, connection: Any
) -> None:
    proc = classified(legal_staff, export_case, member, "restricted", items["restricted"])
    procedures.procedure_step_done(actor=legal_staff, procedure=proc, key="legal_check")
    steps = {s.key: s for s in proc.steps.all()}
    assert steps["licence"].started_at is not None and not steps["licence"].skipped
    record_contract(member, connection)  # restricted does not block the pipeline


def test_classification_refuses_wrong_items_and_missing_reasons(
    export_case: Any, legal_staff: Any, member: Any, items: Any
) -> None:
    proc = start(legal_staff, export_case, kind="export_control")
    with pytest.raises(ValidationFailed):  # the description is not in yet
        outcomes.export_classify(actor=legal_staff, procedure=proc, export_class="free")
    send_all(proc, member)
    for kwargs in (
        {"export_class": "prohibited", "item": None, "reason": "x"},
        {"export_class": "prohibited", "item": items["restricted"], "reason": "x"},
        {"export_class": "restricted", "item": items["restricted"], "reason": ""},
        {"export_class": "maybe"},
    ):
        with pytest.raises(ValidationFailed):
            outcomes.export_classify(actor=legal_staff, procedure=proc, **kwargs)
    done = outcomes.export_classify(actor=legal_staff, procedure=proc, export_class="free")
    procedures.procedure_step_done(actor=legal_staff, procedure=done, key="legal_check")
    states = {s.key: s.skipped for s in done.steps.all()}
    assert states["licence"] is True and states["register"] is False


def test_ip_filing_asks_for_the_agency_and_the_confidentiality_review_when_they_apply(
    case: Any, legal_staff: Any
) -> None:
    proc = start(
        legal_staff, case, kind="ip_filing", resident="no", made_in_china="yes",
        filing_abroad="yes",
    )  # fmt: skip
    required = set(proc.documents.filter(required=True).values_list("key", flat=True))
    assert required == {"specification", "power_of_attorney", "review_decision"}
    procedures.procedure_step_done(actor=legal_staff, procedure=proc, key="agency")
    assert procedure_reads.procedures_for(actor=legal_staff, case=case)[0]["current"] == (
        "confidentiality"
    )


def test_ip_filing_without_the_conditions_skips_their_steps(case: Any, legal_staff: Any) -> None:
    proc = start(legal_staff, case, kind="ip_filing")
    assert set(proc.documents.filter(required=True).values_list("key", flat=True)) == {
        "specification"
    }
    assert procedure_reads.procedures_for(actor=legal_staff, case=case)[0]["current"] == "filing"


def test_the_page_shows_the_procedure_and_hides_staff_notes_from_the_client(
    reg_case: Any, legal_staff: Any, member: Any, outsider: Any
) -> None:
    proc = start(legal_staff, reg_case, contract_language="en")
    send_all(proc, member)
    procedures.procedure_step_done(
        actor=legal_staff, procedure=proc, key="documents", note="Annex checked by Wang"
    )
    url = reverse("desk:case", args=[reg_case.pk])
    assert "Annex checked by Wang" in login(legal_staff).get(url).content.decode()
    page = login(member).get(url).content.decode()
    assert 'data-testid="procedure-contract_registration"' in page
    assert "Annex checked by Wang" not in page
    client = login(outsider)
    doc_url = reverse("desk:procedure_document", args=[reg_case.pk, proc.pk, "annex"])
    assert client.post(doc_url, {"file": pdf()}).status_code == 404
    step_url = reverse("desk:procedure_step", args=[reg_case.pk, proc.pk, "legal_review"])
    assert client.post(step_url).status_code == 404


def test_a_registration_request_from_a_contract_starts_the_procedure_with_its_file(
    member: Any, org: Any, contracted: Any, legal_staff: Any
) -> None:
    service = ServiceType.objects.create(
        slug="reg", name_en="Registration", name_zh="登记", department="legal",
        procedure="contract_registration",
    )  # fmt: skip
    data = {
        "subject": "Register our licence", "description": "Please.",
        "answers": {"contract_language": "zh"}, "files": {"contract_file": pdf("signed.pdf")},
    }  # fmt: skip
    case = services.case_submit(
        actor=member, service=service, organisation=org, data=data,
        links={"connection": contracted.pk},
    )  # fmt: skip
    proc = case.procedures.get()
    assert proc.facts == {"contract_language": "zh"}
    assert proc.documents.get(key="contract").attachment.filename == "signed.pdf"
    assert not proc.documents.get(key="chinese_text").required
    # Without a contract on the case nothing starts; staff start it once it has one.
    bare = services.case_submit(
        actor=member, service=service, organisation=org,
        data={**data, "files": {}},
    )  # fmt: skip
    assert not bare.procedures.exists()
