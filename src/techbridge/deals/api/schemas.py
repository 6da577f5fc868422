"""The deals API's schemas."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from ninja import Schema
from pydantic import ConfigDict

from techbridge.core.api_schemas import Offset, choices_from
from techbridge.deals import forms


class OrgRef(Schema):
    id: int
    name: str
    country: str
    province: str


class ContactOut(Schema):
    name: str
    job_title: str
    email: str
    phone: str
    organisation: str


class IntentionOut(Schema):
    signed_on: date
    type: str
    summary: str
    event: str | None = None
    event_ref: str

    @staticmethod
    def resolve_event(obj: Any) -> str | None:
        return obj.event.slug if obj.event_id else None


class ContractOut(Schema):
    signed_on: date
    type: str
    value: Decimal
    currency: str
    registration_number: str
    summary: str
    verified: bool = False
    value_approved: bool = False

    @staticmethod
    def resolve_verified(obj: Any) -> bool:
        return obj.verified_at is not None

    @staticmethod
    def resolve_value_approved(obj: Any) -> bool:
        return obj.approved_at is not None


class ConnectionOut(Schema):
    id: int
    profile_id: int
    profile_title: str
    status: str
    stage: str
    partnership_type: str
    message: str
    brokered: bool
    broker_note: str
    decline_reason: str
    requester: OrgRef
    owner: OrgRef | None
    contacts: list[ContactOut] = []
    intention: IntentionOut | None
    contract: ContractOut | None
    # Stages recorded by one party that wait for the other's confirmation (not yet counted).
    unconfirmed_stages: list[str] = []
    unread: int = 0
    created_at: datetime
    updated_at: datetime


class ConnectionPage(Schema):
    count: int
    items: list[ConnectionOut]


class ConnectionFilter(Schema):
    status: str = ""
    limit: int = 20
    offset: Offset = 0


class EoiIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(forms.EoiForm))

    profile_id: int
    message: str
    partnership_type: str
    related_profile: int | None = None
    organisation: int | None = None
    match: int | None = None


class DecisionIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(forms.DecisionForm))

    decision: str
    reason: str = ""
    note: str = ""


class BrokerIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(forms.BrokerForm))

    action: str
    note: str = ""
    reason: str = ""
    department: str = ""


class MessageIn(Schema):
    body: str


class AttachmentOut(Schema):
    id: int
    filename: str
    content_type: str
    size: int
    url: str


class MessageOut(Schema):
    id: int
    author: str
    organisation: str | None
    body: str
    created_at: datetime
    attachments: list[AttachmentOut]


class StageIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(forms.StageForm))

    stage: str
    note: str = ""
    lost_reason: str = ""


class IntentionIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(forms.IntentionForm))

    signed_on: date
    type: str
    summary: str
    event: str = ""
    event_ref: str = ""


class ContractIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(forms.ContractForm))

    signed_on: date
    type: str
    value: Decimal
    currency: str
    registration_number: str = ""
    summary: str = ""


class FiguresOut(Schema):
    connections: int
    intentions: int
    contracts: int
    value_cny: Decimal
    countries: int
    provinces: int


class StepOut(Schema):
    key: str
    label: str
    count: int
    rate: float | None
    pending: int = 0


class FunnelOut(Schema):
    steps: list[StepOut]
    value_cny: Decimal
    unconverted: int
