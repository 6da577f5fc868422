"""Fixtures of the service desk's tests: a service type with a conditional form, staff of its
department, and a case of `org` asked by `member`."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.deals import services as deals
from techbridge.desk import services
from techbridge.desk.models import FormField, ServiceType
from tests.deals.test_trust import record_contract
from tests.factories import ProfileFactory, StaffFactory


@pytest.fixture
def service(db: Any) -> ServiceType:
    service = ServiceType.objects.create(
        slug="ip-filing",
        name_en="IP filing in China",
        name_zh="在华知识产权申请",
        description_en="We help.",
        description_zh="我们帮助。",
        department="legal",
        first_response_hours=8,
        resolution_hours=40,
    )
    FormField.objects.create(
        service_type=service, key="made", kind="choice", label_en="Made in China?",
        label_zh="在中国完成？", choices="yes|Yes|是\nno|No|否", required=True, order=1,
    )  # fmt: skip
    FormField.objects.create(
        service_type=service, key="filing", kind="date", label_en="Foreign filing",
        label_zh="国外申请", required=True, future_only=True, show_if_key="made",
        show_if_value="yes", order=2,
    )  # fmt: skip
    FormField.objects.create(
        service_type=service, key="doc", kind="file", label_en="Document", label_zh="文件", order=3
    )
    return service


@pytest.fixture
def legal_staff(db: Any) -> Any:
    return StaffFactory(department="legal")


@pytest.fixture
def other_staff(db: Any) -> Any:
    return StaffFactory(department="international")


def submit(member: Any, org: Any, service: Any, **extra: Any) -> Any:
    data = {
        "subject": "Filing our patent",
        "description": "How do we file?",
        "answers": {"made": "no"},
        "files": {},
        **extra,
    }
    return services.case_submit(actor=member, service=service, organisation=org, data=data)


@pytest.fixture
def case(member: Any, org: Any, service: Any, legal_staff: Any) -> Any:
    return submit(member, org, service)


@pytest.fixture
def connection(member: Any, cn_member: Any, cn_org: Any) -> Any:
    profile = ProfileFactory(organisation=cn_org, kind="request", language="zh")
    eoi = deals.connection_create(
        actor=member,
        profile=profile,
        message="We have the process.",
        partnership_type="licence_out",
    )
    return deals.connection_accept(actor=cn_member, connection=eoi)


@pytest.fixture
def contracted(connection: Any, member: Any) -> Any:
    record_contract(member, connection, registration_number="")
    return connection


@pytest.fixture
def reg_case(member: Any, org: Any, service: Any, contracted: Any) -> Any:
    return linked(member, org, service, contracted)


def linked(member: Any, org: Any, service: Any, connection: Any) -> Any:
    data = {"subject": "Our contract", "description": "Please help.", "answers": {}, "files": {}}
    return services.case_submit(
        actor=member, service=service, organisation=org, data=data,
        links={"connection": connection.pk},
    )  # fmt: skip
