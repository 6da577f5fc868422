"""Cohorts and each company's file.

Cohort (a programme's intake, with start and end dates) → CohortCompany (an accepted
organisation, admitted from its application) → its file: TeamMember, Milestone (from the
programme's MilestoneTemplate: a target and a due date; evidence submitted by the company,
approved or sent back by the programme manager), CompanyDocument (private files, a milestone's
evidence among them) and Activity (the timeline, stored as a kind and its parameters so each
reader sees it in their own language)."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.incubation.models.applications import Application
from techbridge.incubation.models.programmes import Programme, localised


class Cohort(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.PROTECT, related_name="cohorts")
    slug = models.SlugField(_("key"), max_length=64, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=160)
    name_zh = models.CharField(_("name (Chinese)"), max_length=160)
    starts_on = models.DateField(_("starts on"))
    ends_on = models.DateField(_("ends on"))
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("cohort")
        verbose_name_plural = _("cohorts")
        ordering = ["-starts_on", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gt=F("starts_on")), name="inc_cohort_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localised(self, "name")


class CompanyStatus(models.TextChoices):
    ACTIVE = "active", _("In the programme")
    GRADUATED = "graduated", _("Graduated")
    LEFT = "left", _("Left the programme")


class CohortCompany(models.Model):
    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="companies")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="incubation_companies"
    )
    application = models.OneToOneField(
        Application, on_delete=models.SET_NULL, null=True, blank=True, related_name="company"
    )
    status = models.CharField(
        _("status"), max_length=10, choices=CompanyStatus.choices, default=CompanyStatus.ACTIVE
    )
    joined_at = models.DateTimeField(_("joined"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("cohort company")
        verbose_name_plural = _("cohort companies")
        ordering = ["cohort", "organisation__name"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "organisation"], name="inc_company_once_per_cohort"
            ),
            models.CheckConstraint(
                condition=Q(status__in=CompanyStatus.values), name="inc_company_status"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organisation} ({self.cohort})"


class TeamMember(models.Model):
    company = models.ForeignKey(
        CohortCompany, on_delete=models.CASCADE, related_name="team", verbose_name=_("company")
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150)
    email = models.EmailField(_("e-mail"), blank=True)
    added_at = models.DateTimeField(auto_now_add=True, verbose_name=_("added at"))

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        ordering = ["pk"]

    def __str__(self) -> str:
        return self.name


class MilestoneTemplate(models.Model):
    """A milestone every company of the programme's cohorts gets, due so many days after the
    cohort starts."""

    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, related_name="milestone_templates"
    )
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    target_en = models.CharField(_("target (English)"), max_length=300)
    target_zh = models.CharField(_("target (Chinese)"), max_length=300)
    due_after_days = models.PositiveSmallIntegerField(_("due (days after the cohort starts)"))

    class Meta:
        verbose_name = _("milestone template")
        verbose_name_plural = _("milestone templates")
        ordering = ["due_after_days", "pk"]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return localised(self, "title")

    @property
    def target(self) -> str:
        return localised(self, "target")


class MilestoneStatus(models.TextChoices):
    OPEN = "open", _("To do")
    SUBMITTED = "submitted", _("Awaiting approval")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Sent back")


class Milestone(models.Model):
    company = models.ForeignKey(
        CohortCompany,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("company"),
    )
    template = models.ForeignKey(
        MilestoneTemplate,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("template"),
    )
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    target_en = models.CharField(_("target (English)"), max_length=300)
    target_zh = models.CharField(_("target (Chinese)"), max_length=300)
    due_on = models.DateField(_("due"))
    status = models.CharField(
        _("status"), max_length=10, choices=MilestoneStatus.choices, default=MilestoneStatus.OPEN
    )
    evidence = models.TextField(_("evidence"), max_length=5000, blank=True)
    comment = models.TextField(_("manager's comment"), max_length=2000, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["due_on", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(status__in=MilestoneStatus.values), name="inc_milestone_status"
            ),
            models.CheckConstraint(
                condition=~Q(status="approved") | Q(decided_at__isnull=False),
                name="inc_approved_milestone_has_decision",
            ),
            models.UniqueConstraint(
                fields=["company", "template"],
                condition=Q(template__isnull=False),
                name="inc_milestone_once_per_template",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return localised(self, "title")

    @property
    def target(self) -> str:
        return localised(self, "target")


def private_path(instance: models.Model, filename: str) -> str:
    return f"private/incubation/{secrets.token_hex(16)}"


class CompanyDocument(models.Model):
    company = models.ForeignKey(
        CohortCompany, on_delete=models.CASCADE, related_name="documents", verbose_name=_("company")
    )
    milestone = models.ForeignKey(
        Milestone, on_delete=models.SET_NULL, null=True, blank=True, related_name="documents"
    )
    title = models.CharField(_("title"), max_length=200)
    file = models.FileField(upload_to=private_path)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-uploaded_at", "-pk"]

    def __str__(self) -> str:
        return self.title


class ActivityKind(models.TextChoices):
    JOINED = "joined", _("Joined the cohort")
    TEAM = "team", _("Team changed")
    DOCUMENT = "document", _("Document added")
    EVIDENCE = "evidence", _("Milestone evidence submitted")
    APPROVED = "approved", _("Milestone approved")
    RETURNED = "returned", _("Milestone sent back")
    KPI = "kpi", _("KPIs reported")
    MENTOR = "mentor", _("Mentor session")


class Activity(models.Model):
    """One line of a company's timeline: what happened (kind), to what (subject, in the
    language it was written in: a title, a name) and who did it."""

    company = models.ForeignKey(
        CohortCompany, on_delete=models.CASCADE, related_name="activity", verbose_name=_("company")
    )
    at = models.DateTimeField(db_index=True)
    kind = models.CharField(max_length=10, choices=ActivityKind.choices)
    subject_en = models.CharField(max_length=300, blank=True, verbose_name=_("subject (English)"))
    subject_zh = models.CharField(max_length=300, blank=True, verbose_name=_("subject (Chinese)"))
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        ordering = ["-at", "-pk"]

    def __str__(self) -> str:
        return f"{self.kind} {self.subject_en}"

    @property
    def subject(self) -> str:
        return localised(self, "subject")
