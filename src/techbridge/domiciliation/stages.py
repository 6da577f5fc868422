"""A hosting contract's stage, computed from its stored status and its dates (pure Python).

Stored statuses are what people decide (draft, awaiting documents, active, notice served,
ended, terminated); the stages shown add what the calendar decides: an active contract whose
end is near is *up for renewal*, and an active or noticed contract past its last day has
*ended* without anybody pressing a button.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, timedelta


class Stage(enum.StrEnum):
    DRAFT = "draft"
    AWAITING_DOCUMENTS = "awaiting_documents"
    ACTIVE = "active"
    UP_FOR_RENEWAL = "up_for_renewal"
    NOTICE_SERVED = "notice_served"
    ENDED = "ended"
    TERMINATED = "terminated"


# The order of the staff pipeline's columns.
PIPELINE = tuple(Stage)
# How long before its end an active contract is up for renewal: its notice period plus this.
RENEWAL_LEAD = timedelta(days=30)


@dataclass(frozen=True)
class Dates:
    status: str
    starts_on: date
    ends_on: date
    notice_days: int
    notice_served_on: date | None = None


def last_day(d: Dates) -> date:
    """The contract's last day: its end date, or earlier when notice was served (the notice
    period runs from the day it was served)."""
    if d.notice_served_on is None:
        return d.ends_on
    return min(d.ends_on, d.notice_served_on + timedelta(days=d.notice_days))


def renewal_from(d: Dates) -> date:
    """The first day the contract is up for renewal."""
    return d.ends_on - timedelta(days=d.notice_days) - RENEWAL_LEAD


def stage_of(d: Dates, today: date) -> Stage:
    status = Stage(d.status)
    if status in (Stage.DRAFT, Stage.AWAITING_DOCUMENTS, Stage.ENDED, Stage.TERMINATED):
        return status
    if today > last_day(d):
        return Stage.ENDED
    if status == Stage.NOTICE_SERVED:
        return Stage.NOTICE_SERVED
    if today >= renewal_from(d):
        return Stage.UP_FOR_RENEWAL
    return Stage.ACTIVE


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise AssertionError("unreachable")
