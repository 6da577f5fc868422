"""Plans, contracts and documents for the domiciliation tests."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from techbridge.core.tax_ids import uscc_check_char
from techbridge.domiciliation import services
from techbridge.domiciliation.models import Contract, DocumentKind, Plan, Room

TODAY = date(2030, 3, 1)
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def credit_code(body: str = "91310000MA1K4Y3X2") -> str:
    """A valid unified social credit code from its first 17 characters."""
    return body + uscc_check_char(body)


def pdf(name: str = "doc.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, PDF, content_type="application/pdf")


def make_plan(**extra: Any) -> Plan:
    fields: dict[str, Any] = {
        "slug": f"plan-{Plan.objects.count() + 1}",
        "name_en": "Registered address",
        "name_zh": "注册地址托管",
        "monthly_fee": Decimal("800.00"),
        "setup_fee": Decimal("500.00"),
        "required_documents": [DocumentKind.BUSINESS_LICENCE, DocumentKind.LEGAL_REP_ID],
        "recheck_months": 12,
        "notice_days": 30,
    }
    fields.update(extra)
    return Plan.objects.create(**fields)


def make_contract(staff: Any, org: Any, plan: Plan | None = None, **extra: Any) -> Contract:
    plan = plan or make_plan()
    data = services.plan_terms(plan, TODAY)
    data.update(
        firm_name_zh="上海示例科技有限公司",
        firm_name_en="Example Technology (Shanghai) Co., Ltd.",
        credit_code="",
        legal_representative="Hans Müller",
        hosted_address=f"Room 1203-{Contract.objects.count() + 1}, 88 Keyuan Road, Shanghai",
    )
    data.update(extra)
    return services.contract_create(actor=staff, organisation=org, data=data)


def upload_all(actor: Any, contract: Contract, **extra: Any) -> list[Any]:
    return [
        services.document_upload(
            actor=actor,
            contract=contract,
            kind=kind,
            upload=pdf(f"{kind}.pdf"),
            filename=f"{kind}.pdf",
            content_type="application/pdf",
            today=TODAY,
            **extra,
        )
        for kind in contract.plan.required_kinds()
    ]


def activate(staff: Any, member: Any, contract: Contract, today: date = TODAY) -> Contract:
    """Sign, upload every document, verify them: the contract is active."""
    services.contract_sign(actor=member, contract=contract)
    for doc in upload_all(member, contract):
        services.document_verify(actor=staff, document=doc, result="verified", today=today)
    contract.refresh_from_db()
    return contract


@pytest.fixture
def plan(db: Any) -> Plan:
    return make_plan()


@pytest.fixture
def contract(staff: Any, org: Any, plan: Plan) -> Contract:
    return make_contract(staff, org, plan)


@pytest.fixture
def active(staff: Any, member: Any, contract: Contract) -> Contract:
    return activate(staff, member, contract)


@pytest.fixture
def room(db: Any) -> Room:
    return Room.objects.create(name="Room Yangtze", capacity=8, location="3F")
