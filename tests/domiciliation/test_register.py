"""The register of hosted firms: rows, flags, the configured XLSX layout, the reports."""

from __future__ import annotations

import io
from datetime import date, timedelta
from typing import Any

import pytest
from openpyxl import load_workbook

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.domiciliation import register, services
from techbridge.domiciliation.models import Contract
from techbridge.domiciliation.services import register as register_services
from tests.factories import MembershipFactory, OrganisationFactory

from .conftest import TODAY, activate, credit_code, make_contract


def _second(staff: Any, **extra: Any) -> Contract:
    user = MembershipFactory(organisation=OrganisationFactory()).user
    contract = make_contract(staff, user.memberships.get().organisation, **extra)
    return activate(staff, user, contract)


def test_hosted_firms_and_the_flag(active: Contract, staff: Any, member: Any) -> None:
    ended = _second(staff, credit_code=credit_code("91310115MA1K0001X"))
    services.contract_terminate(actor=staff, contract=ended, reason="dissolved", today=TODAY)
    make_contract(staff, OrganisationFactory())  # a draft is not in the register
    found = {r.contract.pk: r for r in register.rows(register.registered(actor=staff), TODAY)}
    assert set(found) == {active.pk, ended.pk}
    assert found[ended.pk].flagged and not found[active.pk].flagged
    services.contract_address_moved(
        actor=staff, contract=ended, moved_on=TODAY, new_address="Hangzhou"
    )
    ended.refresh_from_db()
    assert not register.rows([ended], TODAY)[0].flagged
    with pytest.raises(PermissionDenied):
        register.registered(actor=member)


def test_the_spreadsheet_follows_the_layout(active: Contract, staff: Any) -> None:
    layout = register_services.layout_save(
        actor=staff, name="Regulator", columns=["credit_code", "firm_name_zh", "flagged"],
        is_default=True,
    )  # fmt: skip
    content = register.workbook(
        register.rows(register.registered(actor=staff), TODAY),
        register.layout_columns(layout),
        "Register",
    )
    sheet = load_workbook(io.BytesIO(content)).active
    assert [c.value for c in sheet[1]] == [
        "Unified social credit code", "Firm name (Chinese)", "Ended, address not moved",
    ]  # fmt: skip
    assert sheet[2][1].value == "上海示例科技有限公司"
    with pytest.raises(ValidationFailed):
        register_services.layout_save(actor=staff, name="x", columns=["nope"], is_default=False)
    other = register_services.layout_save(
        actor=staff, name="Other", columns=["reference"], is_default=True
    )
    assert register.default_layout() == other


def test_a_formula_in_a_name_is_quoted(staff: Any, member: Any, org: Any) -> None:
    contract = activate(staff, member, make_contract(staff, org, firm_name_zh="=HYPERLINK(1)"))
    content = register.workbook(register.rows([contract], TODAY), ["firm_name_zh"], "R")
    assert load_workbook(io.BytesIO(content)).active["A2"].value == "'=HYPERLINK(1)"


def test_one_report_per_period_in_chinese(active: Contract, staff: Any) -> None:
    start, end = date(2030, 1, 1), date(2030, 3, 31)
    report = register_services.report_create(
        actor=staff, period_start=start, period_end=end, today=end + timedelta(days=1)
    )
    assert report.counts == {"hosted_at_end": 1, "started": 1, "ended": 0, "flagged": 0}
    sheet = load_workbook(report.file.open("rb")).active
    assert sheet["A1"].value == "企业名称（中文）"
    with pytest.raises(Conflict):
        register_services.report_create(
            actor=staff, period_start=start, period_end=end, today=end + timedelta(days=1)
        )
    with pytest.raises(ValidationFailed):
        register_services.report_create(actor=staff, period_start=end, period_end=start, today=end)
