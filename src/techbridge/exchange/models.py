"""Bulk imports (a file, its dry run row by row, what was applied) and the external ids that
let a re-import update what an earlier import created instead of duplicating it."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation


class ImportKind(models.TextChoices):
    ORGANISATIONS = "organisations", _("Organisations")
    PROFILES = "profiles", _("Technology offers and requests")
    PARTICIPANTS = "participants", _("Event participants")
    MEETINGS = "meetings", _("Meeting requests")


class BatchStatus(models.TextChoices):
    VALIDATING = "validating", _("Checking the rows")
    VALIDATED = "validated", _("Checked, waiting for confirmation")
    APPLYING = "applying", _("Importing")
    APPLIED = "applied", _("Imported")
    FAILED = "failed", _("Failed")
    DISCARDED = "discarded", _("Discarded")


class ApplyMode(models.TextChoices):
    ALL = "all", _("All rows or nothing")
    VALID = "valid", _("Only the valid rows")


class RowAction(models.TextChoices):
    CREATE = "create", _("New record")
    UPDATE = "update", _("Changes a record")
    UNCHANGED = "unchanged", _("Unchanged")
    ERROR = "error", _("Error")


def import_path(instance: ImportBatch, filename: str) -> str:
    return f"imports/{secrets.token_hex(16)}"


class ImportBatch(models.Model):
    """One uploaded file: checked row by row (the dry run), then applied on confirmation."""

    kind = models.CharField(_("kind"), max_length=16, choices=ImportKind.choices)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("imported by"),
    )
    # The organisation an owner imports for; empty when staff import for any organisation.
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
    )
    # An event's slug for participants and meeting requests.
    target = models.CharField(_("target"), max_length=80, blank=True)
    file = models.FileField(upload_to=import_path)
    filename = models.CharField(_("file"), max_length=200)
    size = models.PositiveIntegerField(default=0)
    language = models.CharField(_("language of the report"), max_length=8, default="en")
    options = models.JSONField(default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=BatchStatus.choices, default=BatchStatus.VALIDATING
    )
    mode = models.CharField(_("mode"), max_length=8, choices=ApplyMode.choices, blank=True)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    counts = models.JSONField(default=dict, blank=True)
    message = models.TextField(blank=True)
    created_at = models.DateTimeField(_("uploaded"), auto_now_add=True)
    validated_at = models.DateTimeField(null=True, blank=True)
    applied_at = models.DateTimeField(_("applied"), null=True, blank=True)

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind__in=ImportKind.values), name="import_kind_valid"
            ),
            models.CheckConstraint(
                condition=models.Q(done__lte=models.F("total")), name="import_done_le_total"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.filename}"

    @property
    def progress(self) -> int:
        return 100 if not self.total else min(100, round(100 * self.done / self.total))


class ImportRow(models.Model):
    """A data row of the file: its cells, what the dry run found, and what was done."""

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="rows")
    number = models.PositiveIntegerField(_("row"))
    external_id = models.CharField(_("external id"), max_length=64, blank=True)
    cells = models.JSONField(default=dict)
    action = models.CharField(_("result"), max_length=10, choices=RowAction.choices)
    errors = models.JSONField(_("errors"), default=dict, blank=True)
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    applied = models.BooleanField(default=False)

    class Meta:
        ordering = ["batch", "number"]
        constraints = [
            models.UniqueConstraint(fields=["batch", "number"], name="import_row_once"),
        ]
        indexes = [models.Index(fields=["batch", "action"])]

    def __str__(self) -> str:
        return f"{self.batch_id}:{self.number}"


class ExternalRef(models.Model):
    """The id a record has in the importer's own system. `scope` is the organisation whose
    ids they are (its owner's imports), or 0 for the centre's staff: two organisations may
    both number their rows from 1."""

    kind = models.CharField(max_length=16, choices=ImportKind.choices)
    scope = models.PositiveBigIntegerField(default=0)
    external_id = models.CharField(max_length=64)
    object_id = models.PositiveBigIntegerField()
    batch = models.ForeignKey(ImportBatch, on_delete=models.SET_NULL, null=True, related_name="+")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "scope", "external_id"], name="external_id_once_per_scope"
            ),
        ]
        indexes = [models.Index(fields=["kind", "object_id"])]

    def __str__(self) -> str:
        return f"{self.kind}:{self.scope}:{self.external_id}"
