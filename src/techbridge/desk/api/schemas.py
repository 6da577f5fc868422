"""The desk API's shapes: <Noun>In / <Noun>Out."""

from __future__ import annotations

from datetime import datetime

from ninja import Schema
from pydantic import ConfigDict

from techbridge.core.api_schemas import allowed_values, choices_from
from techbridge.desk.forms import StatusForm
from techbridge.desk.models_procedures import ExportClass
from techbridge.desk.procedures import SPECS


class FieldOut(Schema):
    key: str
    kind: str
    label_en: str
    label_zh: str
    required: bool
    choices: list[str]
    show_if_key: str
    show_if_value: str


class ServiceOut(Schema):
    slug: str
    name_en: str
    name_zh: str
    summary_en: str
    summary_zh: str
    department: str
    first_response_hours: int
    resolution_hours: int


class ServiceDetailOut(ServiceOut):
    description_en: str
    description_zh: str
    fields: list[FieldOut]


class CaseIn(Schema):
    service: str
    organisation: int
    subject: str
    description: str
    answers: dict[str, str] = {}
    profile: int | None = None
    connection: int | None = None


class CaseOut(Schema):
    id: int
    number: str
    service: str
    organisation: str
    department: str
    subject: str
    status: str
    priority: str
    created_at: datetime
    updated_at: datetime
    cancelled_at: datetime | None
    cancel_reason: str


class MessageOut(Schema):
    id: int
    from_staff: bool
    internal: bool
    author: str
    body: str
    created_at: datetime
    attachments: list[int]
    articles: list[str]


class AttachmentOut(Schema):
    id: int
    filename: str
    content_type: str
    size: int
    field_key: str


class CaseDetailOut(CaseOut):
    description: str
    answers: dict[str, str]
    assignee: str | None
    profile: int | None
    connection: int | None
    messages: list[MessageOut]
    attachments: list[AttachmentOut]


class ReplyIn(Schema):
    body: str
    internal: bool = False
    articles: list[str] = []


class QueueViewIn(Schema):
    name: str
    shared: bool = False
    filters: dict[str, str | bool] = {}


class QueueViewOut(Schema):
    id: int
    name: str
    owner: str
    shared: bool
    filters: dict[str, str | bool]


class CancelIn(Schema):
    reason: str


class WatcherIn(Schema):
    user: int | None = None


class WatcherOut(Schema):
    id: int
    name: str
    staff: bool


class ArticleOut(Schema):
    slug: str
    service: str | None
    title_en: str
    title_zh: str
    visibility: str
    updated_at: datetime


class ArticleDetailOut(ArticleOut):
    body_en: str
    body_zh: str


class StatusIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(StatusForm))

    status: str


class StepOut(Schema):
    key: str
    label: str
    department: str
    state: str
    due_at: datetime | None
    done_at: datetime | None
    note: str


class DocumentOut(Schema):
    key: str
    label: str
    required: bool
    attachment: int | None
    received_at: datetime | None


class ProcedureOut(Schema):
    id: int
    kind: str
    status: str
    facts: dict[str, str]
    registration_number: str
    export_class: str
    export_item: str | None
    export_reason: str
    cancelled_at: datetime | None
    cancel_reason: str
    steps: list[StepOut]
    documents: list[DocumentOut]


class ProcedureIn(Schema):
    model_config = ConfigDict(json_schema_extra=allowed_values({"kind": sorted(SPECS)}))

    kind: str
    facts: dict[str, str] = {}


class StepDoneIn(Schema):
    note: str = ""


class RegistrationIn(Schema):
    number: str


class ClassificationIn(Schema):
    model_config = ConfigDict(
        json_schema_extra=allowed_values({"export_class": ExportClass.values})
    )

    export_class: str
    item: int | None = None
    reason: str = ""


class ExportItemOut(Schema):
    id: int
    code: str
    direction: str
    category: str
    name_en: str
    name_zh: str
    sample: bool
