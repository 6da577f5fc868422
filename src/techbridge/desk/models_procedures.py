"""The Chinese procedures a case goes through (technology-contract registration 技术合同认定登记,
the export-control check, IP filing in China, foreign-investment information reports).

Procedure (one run of a procedure for a case, with the facts that decide which steps and
documents apply, and its outcome: a registration number, an export-control class)
→ ProcedureStep (ordered steps, each owned by a department, with its own deadline in that
department's business hours, set when the step becomes current) and ProcedureDocument (the
checklist of documents, each a file of the case once received). What a procedure's steps and
documents are lives in `desk/procedures.py`. ExportControlItem is the staff-maintained
catalogue of prohibited and restricted technologies a check classifies against."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.core.choices import Department
from techbridge.deals.models import Contract
from techbridge.desk.models_cases import Case, CaseAttachment
from techbridge.desk.models_catalogue import ProcedureKind, localised
from techbridge.profiles.models import TechnologyProfile


class ProcedureStatus(models.TextChoices):
    OPEN = "open", _("Under way")
    DONE = "done", _("Completed")
    CANCELLED = "cancelled", _("Cancelled")


class ExportClass(models.TextChoices):
    PROHIBITED = "prohibited", _("Prohibited")
    RESTRICTED = "restricted", _("Restricted — licence needed before substantive negotiation")
    FREE = "free", _("Free — contract registration")


class ItemCategory(models.TextChoices):
    PROHIBITED = "prohibited", _("Prohibited")
    RESTRICTED = "restricted", _("Restricted")


class Direction(models.TextChoices):
    EXPORT = "export", _("Going abroad (export)")
    IMPORT = "import", _("Coming in (import)")


class ExportControlItem(models.Model):
    """An entry of the catalogue of technologies prohibited or restricted from export (or
    import), kept by staff. Demo entries are marked as samples."""

    code = models.CharField(_("code"), max_length=30)
    direction = models.CharField(
        _("direction"), max_length=8, choices=Direction.choices, default=Direction.EXPORT
    )
    category = models.CharField(_("category"), max_length=12, choices=ItemCategory.choices)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_zh = models.CharField(_("name (Chinese)"), max_length=200)
    scope_en = models.TextField(_("control points (English)"), max_length=3000, blank=True)
    scope_zh = models.TextField(_("control points (Chinese)"), max_length=3000, blank=True)
    sample = models.BooleanField(_("sample entry (not the official catalogue)"), default=False)
    active = models.BooleanField(_("in force"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("export-control catalogue item")
        verbose_name_plural = _("export-control catalogue")
        ordering = ["direction", "category", "code"]
        constraints = [
            models.UniqueConstraint(fields=["direction", "code"], name="desk_item_code_unique"),
            models.CheckConstraint(
                condition=Q(category__in=ItemCategory.values), name="desk_item_category"
            ),
            models.CheckConstraint(
                condition=Q(direction__in=Direction.values), name="desk_item_direction"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def name(self) -> str:
        return localised(self, "name")

    @property
    def scope(self) -> str:
        return localised(self, "scope")


class Procedure(models.Model):
    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="procedures")
    kind = models.CharField(_("procedure"), max_length=24, choices=ProcedureKind.choices)
    status = models.CharField(
        _("status"), max_length=10, choices=ProcedureStatus.choices, default=ProcedureStatus.OPEN
    )
    facts = models.JSONField(_("facts"), default=dict, blank=True)
    contract = models.ForeignKey(
        Contract,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_procedures",
        verbose_name=_("contract"),
    )
    profile = models.ForeignKey(
        TechnologyProfile,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="desk_procedures",
        verbose_name=_("profile"),
    )
    registration_number = models.CharField(_("registration number"), max_length=40, blank=True)
    export_class = models.CharField(
        _("export-control class"), max_length=12, choices=ExportClass.choices, blank=True
    )
    export_item = models.ForeignKey(
        ExportControlItem,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("catalogue item"),
    )
    export_reason = models.TextField(_("reason"), max_length=3000, blank=True)
    classified_at = models.DateTimeField(_("classified at"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    done_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancel_reason = models.TextField(_("reason for cancelling"), max_length=2000, blank=True)

    class Meta:
        verbose_name = _("procedure")
        verbose_name_plural = _("procedures")
        ordering = ["created_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(kind__in=ProcedureKind.values), name="desk_procedure_kind"
            ),
            models.CheckConstraint(
                condition=Q(status__in=ProcedureStatus.values), name="desk_procedure_status"
            ),
            models.CheckConstraint(
                condition=Q(export_class="") | Q(export_class__in=ExportClass.values),
                name="desk_procedure_export_class",
            ),
            models.UniqueConstraint(
                fields=["case", "kind"],
                condition=Q(status="open"),
                name="desk_one_open_procedure_per_kind",
            ),
        ]
        indexes = [models.Index(fields=["profile", "kind", "classified_at"])]

    def __str__(self) -> str:
        return f"{self.case_id} {self.kind}"

    @property
    def is_open(self) -> bool:
        return self.status == ProcedureStatus.OPEN


class ProcedureStep(models.Model):
    """A step of a procedure. `due_at` is set when the step becomes current (the one before
    it done or not applicable): its deadline in its department's business hours."""

    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE, related_name="steps")
    key = models.SlugField(max_length=40)
    order = models.PositiveSmallIntegerField()
    department = models.CharField(_("department"), max_length=20, choices=Department.choices)
    deadline_hours = models.PositiveSmallIntegerField(_("deadline (business hours)"))
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    due_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    skipped = models.BooleanField(_("not applicable"), default=False)
    note = models.TextField(_("note"), max_length=3000, blank=True)
    # The overdue-step sweep (services/sla_watch.py): warned once, escalated once.
    warned_at = models.DateTimeField(_("warned at"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated at"), null=True, blank=True)

    class Meta:
        verbose_name = _("procedure step")
        verbose_name_plural = _("procedure steps")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["procedure", "key"], name="desk_step_key_unique"),
            models.CheckConstraint(
                condition=Q(deadline_hours__gt=0), name="desk_step_deadline_positive"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.procedure_id}.{self.key}"

    @property
    def finished(self) -> bool:
        return self.done_at is not None or self.skipped


class ProcedureDocument(models.Model):
    """An entry of a procedure's checklist: received once a file of the case is attached."""

    procedure = models.ForeignKey(Procedure, on_delete=models.CASCADE, related_name="documents")
    key = models.SlugField(max_length=40)
    order = models.PositiveSmallIntegerField()
    required = models.BooleanField(default=True)
    attachment = models.ForeignKey(
        CaseAttachment, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    received_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("procedure document")
        verbose_name_plural = _("procedure documents")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["procedure", "key"], name="desk_document_key_unique")
        ]

    def __str__(self) -> str:
        return f"{self.procedure_id}.{self.key}"
