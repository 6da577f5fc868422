"""Applications to a call: one per organisation and call, a draft until submitted once.

Statuses: draft → submitted (or ineligible at once, with the screen's reason) → in review
→ accepted / waiting list / declined. `submitted_at` is set exactly once; a constraint keeps
every non-draft application with its submission instant."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.incubation.models.programmes import Call
from techbridge.profiles.models import TechnologyProfile


class AppStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    INELIGIBLE = "ineligible", _("Not eligible")
    SUBMITTED = "submitted", _("Submitted")
    IN_REVIEW = "in_review", _("In review")
    ACCEPTED = "accepted", _("Accepted")
    WAITLISTED = "waitlisted", _("Waiting list")
    DECLINED = "declined", _("Declined")


class Application(models.Model):
    call = models.ForeignKey(
        Call,
        on_delete=models.PROTECT,
        related_name="applications",
        verbose_name=_("call for applications"),
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="incubation_applications"
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("applicant"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=AppStatus.choices, default=AppStatus.DRAFT
    )
    eligibility = models.JSONField(_("eligibility answers"), default=dict, blank=True)
    ineligible_reason = models.TextField(_("reason"), blank=True)
    answers = models.JSONField(_("answers"), default=dict, blank=True)
    profiles = models.ManyToManyField(TechnologyProfile, blank=True, related_name="+")
    feedback = models.TextField(_("feedback to the applicant"), max_length=5000, blank=True)
    language = models.CharField(_("language"), max_length=8, default="en")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    history = HistoricalRecords(excluded_fields=["profiles"])

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-submitted_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["call", "organisation"], name="inc_one_application_per_org"
            ),
            models.CheckConstraint(
                condition=Q(status__in=AppStatus.values), name="inc_application_status"
            ),
            models.CheckConstraint(
                condition=Q(status__in=["draft", "ineligible"]) | Q(submitted_at__isnull=False),
                name="inc_submitted_has_instant",
            ),
        ]
        indexes = [models.Index(fields=["call", "status"])]

    def __str__(self) -> str:
        return f"{self.call} / {self.organisation}"

    @property
    def reference(self) -> str:
        return f"A-{self.pk:05d}"


def private_path(instance: models.Model, filename: str) -> str:
    return f"private/incubation/{secrets.token_hex(16)}"


class ApplicationFile(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="files")
    field_key = models.SlugField(max_length=40)
    file = models.FileField(upload_to=private_path)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("application file")
        verbose_name_plural = _("application files")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "field_key"], name="inc_one_file_per_field"
            )
        ]

    def __str__(self) -> str:
        return self.filename
