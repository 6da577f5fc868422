"""The incubation app's models: programmes and calls (programmes.py), applications
(applications.py), review rounds and rubrics (review_rounds.py), reviewers, assignments and
scores (review_assignments.py), cohorts and each company's file (cohorts.py)."""

from techbridge.incubation.models.applications import (
    Application,
    ApplicationFile,
    AppStatus,
)
from techbridge.incubation.models.cohort_kpis import (
    CORE_METRICS,
    KpiMetric,
    KpiReminder,
    KpiReport,
    KpiValue,
)
from techbridge.incubation.models.cohorts import (
    Activity,
    ActivityKind,
    Cohort,
    CohortCompany,
    CompanyDocument,
    CompanyStatus,
    Milestone,
    MilestoneStatus,
    MilestoneTemplate,
    TeamMember,
)
from techbridge.incubation.models.demo_day import DemoDay, PartnerProposal, PartnerRole
from techbridge.incubation.models.mentoring import (
    ActionItem,
    Booking,
    BookingStatus,
    Mentor,
    OfficeSlot,
)
from techbridge.incubation.models.programmes import (
    Call,
    CallState,
    EligibilityQuestion,
    FieldKind,
    FormField,
    Programme,
    localised,
)
from techbridge.incubation.models.review_assignments import (
    Assignment,
    AssignmentMethod,
    AssignmentState,
    Reviewer,
    Score,
)
from techbridge.incubation.models.review_rounds import (
    AdvanceBy,
    Aggregation,
    CommentRule,
    Criterion,
    Outcome,
    Round,
    RoundEntry,
    RoundKind,
    RoundState,
)

__all__ = [
    "CORE_METRICS",
    "ActionItem",
    "Activity",
    "ActivityKind",
    "AdvanceBy",
    "Aggregation",
    "AppStatus",
    "Application",
    "ApplicationFile",
    "Assignment",
    "AssignmentMethod",
    "AssignmentState",
    "Booking",
    "BookingStatus",
    "Call",
    "CallState",
    "Cohort",
    "CohortCompany",
    "CommentRule",
    "CompanyDocument",
    "CompanyStatus",
    "Criterion",
    "DemoDay",
    "EligibilityQuestion",
    "FieldKind",
    "FormField",
    "KpiMetric",
    "KpiReminder",
    "KpiReport",
    "KpiValue",
    "Mentor",
    "Milestone",
    "MilestoneStatus",
    "MilestoneTemplate",
    "OfficeSlot",
    "Outcome",
    "PartnerProposal",
    "PartnerRole",
    "Programme",
    "Reviewer",
    "Round",
    "RoundEntry",
    "RoundKind",
    "RoundState",
    "Score",
    "TeamMember",
    "localised",
]
