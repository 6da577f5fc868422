"""The completion rule of a course, as a pure function (no Django): given the attendance
marks of one person at the course's sessions, is the course completed?

A course requires a share of its sessions to be attended (e.g. at least 80 %). "Attended" is
*present*, and *late* unless the course says late arrivals do not count. An *excused*
absence counts as missed, unless the course leaves excused sessions out of the required
share (then 4 present of 5 sessions with 1 excused is 4 of 4). Integer arithmetic only:
`attended * 100 >= min_percent * counted`, so 4 of 5 at 80 % passes exactly.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum


class Mark(StrEnum):
    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


@dataclass(frozen=True)
class Rule:
    min_percent: int = 80
    late_counts: bool = True
    excused_reduce: bool = False

    def __post_init__(self) -> None:
        if not 1 <= self.min_percent <= 100:
            raise ValueError("min_percent must be within 1..100")


@dataclass(frozen=True)
class Progress:
    total: int  # sessions of the course
    recorded: int  # sessions with a mark
    attended: int  # marks that count as attended
    counted: int  # sessions the share is taken of (total minus excused ones, if they reduce)
    required: int  # attended sessions needed: ceil(min_percent * counted / 100)
    met: bool  # the rule is met now
    reachable: bool  # the rule can still be met if every unrecorded session is attended

    @property
    def needed(self) -> int:
        """Sessions still to attend to meet the rule (0 when met)."""
        return max(0, self.required - self.attended)

    @property
    def percent(self) -> int:
        """Attended share of the counted sessions, rounded down (0 without sessions)."""
        return self.attended * 100 // self.counted if self.counted else 0


def evaluate(rule: Rule, marks: Sequence[Mark | None]) -> Progress:
    """`marks` holds one entry per session of the course: its mark, or None when nothing is
    recorded yet. A course without sessions (or with every session excused and left out)
    cannot be completed."""
    attending = {Mark.PRESENT, Mark.LATE} if rule.late_counts else {Mark.PRESENT}
    attended = sum(1 for m in marks if m in attending)
    excused = sum(1 for m in marks if m == Mark.EXCUSED) if rule.excused_reduce else 0
    unrecorded = sum(1 for m in marks if m is None)
    counted = len(marks) - excused
    required = -(-rule.min_percent * counted // 100)  # ceiling without floats
    return Progress(
        total=len(marks),
        recorded=len(marks) - unrecorded,
        attended=attended,
        counted=counted,
        required=required,
        met=counted > 0 and attended >= required,
        reachable=counted > 0 and attended + unrecorded >= required,
    )
