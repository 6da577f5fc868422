"""Every write of the incubation app: `<noun>_<verb>(*, actor, ...)`, one transaction each,
row locks for state changes, notifications after commit."""

from techbridge.incubation.services.applications import (
    application_save,
    application_start,
    application_submit,
    edit_refusal,
)
from techbridge.incubation.services.calls import (
    call_save,
    field_add,
    field_delete,
    programme_save,
    question_add,
    question_delete,
)
from techbridge.incubation.services.cohort_companies import (
    cohort_admit,
    cohort_save,
    document_add,
    team_member_add,
    team_member_remove,
    template_add,
    template_delete,
)
from techbridge.incubation.services.cohort_kpis import (
    core_metrics_ensure,
    kpi_remind,
    kpi_report,
    metric_add,
)
from techbridge.incubation.services.cohort_milestones import milestone_decide, milestone_submit

__all__ = [
    "application_save",
    "application_start",
    "application_submit",
    "call_save",
    "cohort_admit",
    "cohort_save",
    "core_metrics_ensure",
    "document_add",
    "edit_refusal",
    "field_add",
    "field_delete",
    "kpi_remind",
    "kpi_report",
    "metric_add",
    "milestone_decide",
    "milestone_submit",
    "programme_save",
    "question_add",
    "question_delete",
    "team_member_add",
    "team_member_remove",
    "template_add",
    "template_delete",
]
