"""Schemas of /api/v1/domiciliation: <Noun>In for what clients send, <Noun>Out for answers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ninja import Schema
from pydantic import ConfigDict

from techbridge.core.api_schemas import allowed_values, choices_from
from techbridge.domiciliation.forms.contracts import ContractForm, DocumentForm, VerifyForm
from techbridge.domiciliation.forms.mail import MailActionForm, MailLogForm, RuleForm
from techbridge.domiciliation.models import TerminationReason


class PlanOut(Schema):
    slug: str
    name: str
    monthly_fee: Decimal
    setup_fee: Decimal
    currency: str
    required_documents: list[str]
    recheck_months: int
    term_months: int
    notice_days: int


class CheckOut(Schema):
    kind: str
    state: str
    document: int | None
    checked_on: date | None
    recheck_on: date | None


class ContractOut(Schema):
    id: int
    reference: str
    organisation: str
    plan: str
    status: str
    stage: str
    firm_name_zh: str
    firm_name_en: str
    credit_code: str
    legal_representative: str
    hosted_address: str
    starts_on: date
    ends_on: date
    last_day: date
    notice_days: int
    monthly_fee: Decimal
    setup_fee: Decimal
    deposit: Decimal
    currency: str
    kyc_passed_on: date | None
    notice_served_on: date | None
    terminated_on: date | None
    termination_reason: str
    address_moved_on: date | None


class ContractDetailOut(ContractOut):
    checks: list[CheckOut]


class VerifyIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(VerifyForm))

    result: str
    note: str = ""


class MailOut(Schema):
    id: int
    contract: int | None
    kind: str
    sender: str
    addressee: str
    urgent: bool
    received_at: datetime
    status: str
    action: str
    forward_to: int | None
    by_rule: bool
    has_scan: bool
    has_envelope: bool


class MailIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(MailLogForm))

    contract: int | None = None
    addressee: str
    kind: str
    sender: str
    tracking: str = ""
    urgent: bool = False
    note: str = ""


class MailActionIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(MailActionForm))

    action: str
    forward_to: int | None = None


class RoomOut(Schema):
    id: int
    name: str
    capacity: int
    location: str


class BookingOut(Schema):
    id: int
    room: int
    contract: int
    title: str
    attendees: int
    starts_at: datetime
    ends_at: datetime
    status: str


class BookingIn(Schema):
    room: int
    starts_at: datetime
    ends_at: datetime
    title: str = ""
    attendees: int = 1


class RegisterRowOut(Schema):
    contract: int
    firm_name_zh: str
    firm_name_en: str
    credit_code: str
    legal_representative: str
    starts_on: date
    ends_on: date
    stage: str
    flagged: bool


class ContractIn(Schema):
    """Staff prepare a contract: the firm (its key) and the plan (its key); dates, notice
    and fees default to the plan's terms from today."""

    model_config = ConfigDict(json_schema_extra=choices_from(ContractForm))

    organisation: str
    plan: str
    firm_name_zh: str
    firm_name_en: str = ""
    credit_code: str = ""
    legal_representative: str
    hosted_address: str
    starts_on: date | None = None
    ends_on: date | None = None
    notice_days: int | None = None
    monthly_fee: Decimal | None = None
    setup_fee: Decimal | None = None
    deposit: Decimal | None = None
    currency: str | None = None


class DocumentIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(DocumentForm))

    kind: str
    expires_on: date | None = None


class ContractActionIn(Schema):
    model_config = ConfigDict(
        json_schema_extra=allowed_values({"reason": ["", *TerminationReason.values]})
    )

    ends_on: date | None = None
    served_on: date | None = None
    by_firm: bool = False
    reason: str = ""
    note: str = ""
    moved_on: date | None = None
    new_address: str = ""


class RuleIn(Schema):
    """A standing rule for a kind of item; an empty action removes it (ask each time)."""

    model_config = ConfigDict(json_schema_extra=choices_from(RuleForm))

    kind: str
    action: str = ""
    forward_to: int | None = None


class RuleOut(Schema):
    kind: str
    action: str
    forward_to: int | None


class AddressIn(Schema):
    label: str
    recipient: str
    address: str
    country: str = "CN"


class AddressOut(Schema):
    id: int
    label: str
    recipient: str
    address: str
    country: str


class ForwardIn(Schema):
    address: int
    tracking: str = ""


class BundleOut(Schema):
    id: int
    address: int
    tracking: str
    sent_at: datetime
    items: list[int]
