"""The service apps' API schemas (desk, domiciliation, incubation, training) list the values
their validators accept for every fixed choice, and mark as required what they require
(issue 17, point 3). Read from the schema object: no request, no database."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.api.urls import api
from techbridge.desk.models_procedures import ExportClass
from techbridge.desk.procedures import SPECS
from techbridge.domiciliation.api.actions import ACTIONS
from techbridge.domiciliation.models import DocumentKind, MailAction, MailKind
from techbridge.training.models import AttendanceStatus, FeeStatus, InvoiceKind, Visibility


@pytest.fixture(scope="module")
def components() -> dict[str, Any]:
    return api.get_openapi_schema(path_prefix="/api/v1/")["components"]["schemas"]


def _enum(prop: dict[str, Any]) -> set[Any]:
    branches = [prop, *prop.get("anyOf", []), prop.get("items", {})]
    return {v for b in branches for v in b.get("enum", [])}


@pytest.mark.parametrize(
    ("schema", "field", "values"),
    [
        ("StatusIn", "status", {"new", "accepted", "in_progress", "waiting", "resolved", "closed"}),
        ("ProcedureIn", "kind", set(SPECS)),
        ("ClassificationIn", "export_class", set(ExportClass.values)),
        ("VerifyIn", "result", {"verified", "rejected"}),
        ("MailIn", "kind", set(MailKind.values)),
        ("MailActionIn", "action", set(MailAction.values)),
        ("RuleIn", "action", {"", *MailAction.values}),
        ("ContractIn", "currency", {"CNY", "EUR", "USD"}),
        ("InvoiceIn", "invoice_kind", set(InvoiceKind.values)),
        ("EnrolmentIn", "invoice_kind", set(InvoiceKind.values)),
        ("PaymentIn", "fee_status", set(FeeStatus.values)),
        ("MarkIn", "status", {"", *AttendanceStatus.values}),
        ("CourseIn", "visibility", set(Visibility.values)),
        ("NewCourseIn", "visibility", set(Visibility.values)),
    ],
)
def test_choice_fields_list_their_allowed_values(
    components: dict[str, Any], schema: str, field: str, values: set[str]
) -> None:
    assert _enum(components[schema]["properties"][field]) == values


def test_required_fields_are_marked_required(components: dict[str, Any]) -> None:
    assert {"slug", "visibility", "cpd_hours"} <= set(components["NewCourseIn"]["required"])
    assert "required" not in components["CourseIn"]  # a change: every field is optional
    assert components["CancelIn"]["required"] == ["reason"]
    assert components["RevokeIn"]["required"] == ["reason"]


def test_multipart_and_path_choices_are_listed() -> None:
    paths = api.get_openapi_schema(path_prefix="/api/v1/")["paths"]
    upload = paths["/api/v1/domiciliation/contracts/{contract_id}/documents"]["post"]
    body = upload["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert set(body["properties"]["kind"]["enum"]) == set(DocumentKind.values)
    action = paths["/api/v1/domiciliation/contracts/{contract_id}/actions/{action}"]["post"]
    param = next(p for p in action["parameters"] if p["name"] == "action")
    assert set(param["schema"]["enum"]) == set(ACTIONS)
