"""The incubation app's models: programmes and calls (programmes.py), applications
(applications.py), cohorts and each company's file (cohorts.py)."""

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
from techbridge.incubation.models.programmes import (
    Call,
    CallState,
    EligibilityQuestion,
    FieldKind,
    FormField,
    Programme,
    localised,
)

__all__ = [
    "CORE_METRICS",
    "Activity",
    "ActivityKind",
    "AppStatus",
    "Application",
    "ApplicationFile",
    "Call",
    "CallState",
    "Cohort",
    "CohortCompany",
    "CompanyDocument",
    "CompanyStatus",
    "EligibilityQuestion",
    "FieldKind",
    "FormField",
    "KpiMetric",
    "KpiReminder",
    "KpiReport",
    "KpiValue",
    "Milestone",
    "MilestoneStatus",
    "MilestoneTemplate",
    "Programme",
    "TeamMember",
    "localised",
]
