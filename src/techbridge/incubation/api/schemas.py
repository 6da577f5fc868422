"""Schemas of /api/v1/incubation: <Noun>In for what clients send, <Noun>Out for answers."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from ninja import Schema


class ErrorOut(Schema):
    detail: str


class CallOut(Schema):
    slug: str
    programme: str
    title: str
    state: str
    opens_at: datetime
    closes_at: datetime


class ApplicationOut(Schema):
    id: int
    reference: str
    call: str
    organisation: str
    status: str
    submitted_at: datetime | None
    decided_at: datetime | None
    feedback: str


class AnswerOut(Schema):
    label: str
    text: str


class AssignmentOut(Schema):
    """A reviewer's assignment: the application's content only once they declared no
    conflict, and in a blind round without the confidential fields nor its identity."""

    id: int
    reference: str
    round: str
    call: str
    state: str
    blind: bool
    organisation: str = ""
    country: str = ""
    answers: list[AnswerOut] = []
    criteria: list[str] = []


class DeclarationIn(Schema):
    conflict: bool


class ScoresIn(Schema):
    scores: dict[str, int | str]
    comments: dict[str, str] = {}
    comment: str = ""


class CompanyOut(Schema):
    id: int
    organisation: str
    cohort: str
    status: str


class KpiMonthOut(Schema):
    month: date
    values: dict[str, Decimal | None]


class KpiIn(Schema):
    month: date
    values: dict[str, Decimal | str]


class ProgrammeOut(Schema):
    slug: str
    name: str
    description: str
    sectors: list[str]
    places: int
    duration_months: int


class CohortOut(Schema):
    slug: str
    programme: str
    name: str
    starts_on: date
    ends_on: date
    companies: int


class ApplyIn(Schema):
    """One of your organisations (its key) and every eligibility question answered."""

    organisation: str
    eligibility: dict[str, bool]


class AnswersIn(Schema):
    """The form's answers by field key: text, a number, a choice's value, or a list of your
    organisation's profile ids; `submit` submits once (every required field then needed)."""

    answers: dict[str, str | int | float | list[int]] = {}
    submit: bool = False
