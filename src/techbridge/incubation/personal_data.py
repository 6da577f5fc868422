"""What incubation keeps about a person (core.personal_data): the applications they made,
the documents and KPI reports they sent, and, for an external reviewer, their reviews.
Applications and reviews are records of the programme: they stay when the account is
deleted."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.incubation.models import (
    Application,
    Assignment,
    CompanyDocument,
    KpiReport,
    Reviewer,
)


def _export(user: Any) -> dict[str, Any]:
    return {
        "applications": rows(
            Application.objects.filter(applicant=user).order_by("created_at", "id"),
            ("id", "call_id", "status", "answers", "language", "submitted_at", "decided_at"),
        ),
        "documents": rows(
            CompanyDocument.objects.filter(uploaded_by=user).order_by("uploaded_at", "id"),
            ("company_id", "title", "filename", "uploaded_at"),
        ),
        "kpi_reports": rows(
            KpiReport.objects.filter(reported_by=user).order_by("month", "id"),
            ("company_id", "month", "reported_at"),
        ),
        "reviewer": rows(
            Reviewer.objects.filter(user=user).order_by("id"),
            ("programme_id", "sectors", "max_load", "active"),
        ),
        "reviews": rows(
            Assignment.objects.filter(reviewer=user).order_by("created_at", "id"),
            ("entry_id", "state", "comment", "submitted_at"),
        ),
    }


register(
    Section(
        key="incubation.applications",
        label=_("Incubation: applications, documents and reviews"),
        export=_export,
        covers=(
            "incubation.Application.applicant",
            "incubation.CompanyDocument.uploaded_by",
            "incubation.KpiReport.reported_by",
            "incubation.Reviewer.user",
            "incubation.Assignment.reviewer",
        ),
        not_personal=("incubation.Milestone.decided_by", "incubation.Activity.actor"),
        order=100,
    )
)
