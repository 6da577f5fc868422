"""Technology offers and requests ("profiles") and their attachments."""

from __future__ import annotations

import secrets
from datetime import date

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.core.choices import (
    Currency,
    IPStatus,
    Language,
    ProfileKind,
    ProfileStatus,
    Visibility,
)

# What a member writes on a profile: the one list the form, the services, the bulk import and
# the API's POST/PATCH bodies share (tests/architecture/test_shapes.py keeps them equal).
PROFILE_FIELDS = (
    "kind",
    "language",
    "title",
    "summary",
    "description",
    "sectors",
    "keywords",
    "trl",
    "ip_status",
    "patent_numbers",
    "partnership_types",
    "target_countries",
    "value_min",
    "value_max",
    "currency",
    "expires_on",
    "visibility",
    "broker_requested",
    "nda_required",
)


def live_condition(today: date | None = None) -> Q:
    """THE rule of a live profile: published and not past its expiry date. Also holds for
    rows with the same two fields (the search index's)."""
    day = today or timezone.localdate()
    return Q(status=ProfileStatus.PUBLISHED) & (Q(expires_on__isnull=True) | Q(expires_on__gte=day))


class ProfileQuerySet(models.QuerySet["TechnologyProfile"]):
    def live(self, today: date | None = None) -> ProfileQuerySet:
        return self.filter(live_condition(today))


class TechnologyProfile(models.Model):
    """A technology offer or request posted by an organisation."""

    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        related_name="profiles",
        verbose_name=_("organisation"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=8, choices=ProfileKind.choices)
    language = models.CharField(_("language"), max_length=2, choices=Language.choices)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=500)
    description = models.TextField(_("description"), max_length=20000)
    sectors = models.JSONField(_("sectors"), default=list)
    keywords = models.JSONField(_("keywords"), default=list, blank=True)
    trl = models.PositiveSmallIntegerField(_("technology readiness level"))
    ip_status = models.CharField(_("IP status"), max_length=20, choices=IPStatus.choices)
    patent_numbers = models.JSONField(_("patent numbers"), default=list, blank=True)
    partnership_types = models.JSONField(_("partnership types sought"), default=list)
    target_countries = models.JSONField(_("target countries or regions"), default=list, blank=True)
    value_min = models.DecimalField(
        _("value from"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    value_max = models.DecimalField(
        _("value to"), max_digits=16, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, choices=Currency.choices, blank=True)
    expires_on = models.DateField(_("expiry date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ProfileStatus.choices, default=ProfileStatus.DRAFT
    )
    visibility = models.CharField(
        _("visibility"), max_length=8, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    broker_requested = models.BooleanField(_("ask the centre to mediate contacts"), default=False)
    nda_required = models.BooleanField(_("require an NDA before the dossier opens"), default=False)
    ref = models.CharField(
        _("import reference"),
        max_length=64,
        unique=True,
        null=True,
        blank=True,
        help_text=_("Identifier of the listing in the system it was imported from."),
    )
    rejection_reason = models.TextField(_("reason for rejection"), blank=True, max_length=2000)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    submitted_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"])

    objects = ProfileQuerySet.as_manager()

    class Meta:
        verbose_name = _("technology profile")
        verbose_name_plural = _("technology profiles")
        ordering = ["-published_at", "-created_at"]
        constraints = [
            models.CheckConstraint(condition=Q(trl__gte=1, trl__lte=9), name="trl_1_to_9"),
            models.CheckConstraint(
                condition=Q(value_min__isnull=True)
                | Q(value_max__isnull=True)
                | Q(value_max__gte=models.F("value_min")),
                name="value_range_ordered",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=ProfileKind.values), name="profile_kind_valid"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ProfileStatus.values), name="profile_status_valid"
            ),
            models.CheckConstraint(
                condition=~Q(status=ProfileStatus.PUBLISHED) | Q(published_at__isnull=False),
                name="published_has_date",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "visibility"]),
            models.Index(fields=["organisation", "status"]),
            models.Index(fields=["-published_at"]),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_published(self) -> bool:
        return self.status == ProfileStatus.PUBLISHED

    @property
    def is_live(self) -> bool:
        """`live_condition` for a profile in hand."""
        return self.is_published and (
            self.expires_on is None or self.expires_on >= timezone.localdate()
        )

    @property
    def is_blind(self) -> bool:
        return self.visibility == Visibility.BLIND


def attachment_path(instance: ProfileAttachment, filename: str) -> str:
    # Random names: the original name is kept in a column, never in the path.
    return f"dossiers/{instance.profile_id}/{secrets.token_hex(16)}"


class ProfileAttachment(models.Model):
    """A document of a profile's dossier, served only through a permission-checked view."""

    profile = models.ForeignKey(
        TechnologyProfile, on_delete=models.CASCADE, related_name="attachments"
    )
    file = models.FileField(upload_to=attachment_path)
    filename = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename


class DisclosureLevel(models.TextChoices):
    """What an organisation has been granted about a profile (written by the deals app)."""

    # The contact was accepted: the owner of a blind profile is shown; the dossier opens too
    # when the profile asks for no NDA.
    OWNER = "owner", _("Owner shown")
    # The NDA step is complete as well: the dossier opens.
    DOSSIER = "dossier", _("Dossier open")


class ProfileDisclosure(models.Model):
    """One organisation's disclosure of a profile: the one record that blind owners and
    dossiers are read from (`profiles.selectors.owner_disclosed`, `attachments_for`)."""

    profile = models.ForeignKey(
        TechnologyProfile, on_delete=models.CASCADE, related_name="disclosures"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    level = models.CharField(max_length=8, choices=DisclosureLevel.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("profile disclosure")
        verbose_name_plural = _("profile disclosures")
        constraints = [
            models.UniqueConstraint(
                fields=["profile", "organisation"], name="one_disclosure_per_organisation"
            ),
            models.CheckConstraint(
                condition=Q(level__in=DisclosureLevel.values), name="disclosure_level_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.profile_id} → {self.organisation_id}: {self.level}"
