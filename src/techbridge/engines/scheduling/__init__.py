"""B2B meeting scheduling engine (pure Python + OR-Tools CP-SAT; no Django).

Public API: the dataclasses of `problem`, `solve` / `CpSatScheduler` (the Scheduler
protocol), `repair` (an announced schedule after changes, with at most K moves),
`greedy_schedule` (baseline), `check_schedule` (independent checker) and the JSON
file functions of `fileformat`. See docs/scheduling.md.
"""

from .checker import Violation, check_schedule, count_holes, priority_scheduled
from .fileformat import (
    load_problem,
    load_schedule,
    problem_from_dict,
    save_schedule,
    schedule_from_dict,
    schedule_to_dict,
)
from .greedy import greedy_schedule
from .problem import (
    Assignment,
    InstanceError,
    Interpreter,
    Meeting,
    Participant,
    Problem,
    Room,
    Schedule,
    Slot,
    SolveStats,
)
from .repair import Repair, RepairStats, repair
from .repair_plan import RepairError
from .solver import CpSatScheduler, ScheduleError, Scheduler, solve

__all__ = [
    "Assignment",
    "CpSatScheduler",
    "InstanceError",
    "Interpreter",
    "Meeting",
    "Participant",
    "Problem",
    "Repair",
    "RepairError",
    "RepairStats",
    "Room",
    "Schedule",
    "ScheduleError",
    "Scheduler",
    "Slot",
    "SolveStats",
    "Violation",
    "check_schedule",
    "count_holes",
    "greedy_schedule",
    "load_problem",
    "load_schedule",
    "priority_scheduled",
    "problem_from_dict",
    "repair",
    "save_schedule",
    "schedule_from_dict",
    "schedule_to_dict",
    "solve",
]
