"""What incubation keeps about a person (core.personal_data): the applications they made,
the documents and KPI reports they sent, the mentor sessions they booked, and, for an
external reviewer or mentor, their reviews and mentor profile.
Applications and reviews are records of the programme: they stay when the account is
deleted."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.incubation.models import (
    Application,
    Assignment,
    Booking,
    CompanyDocument,
    KpiReport,
    Mentor,
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
        "mentor": rows(
            Mentor.objects.filter(user=user).order_by("id"),
            ("programme_id", "sectors", "expertise", "languages", "bio", "active"),
        ),
        "mentor_bookings": rows(
            Booking.objects.filter(booked_by=user).order_by("created_at", "id"),
            ("slot_id", "company_id", "topic", "status", "created_at"),
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
            "incubation.Mentor.user",
            "incubation.Booking.booked_by",
        ),
        not_personal=("incubation.Milestone.decided_by", "incubation.Activity.actor"),
        order=100,
    )
)
