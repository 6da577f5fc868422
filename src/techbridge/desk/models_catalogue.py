"""The catalogue of the service desk, maintained by staff: ServiceType (a service: bilingual,
one responsible department, its SLA targets, the procedure it starts) and FormField (its
request form: text, choice, date, file; required, or required only when another field has a
given value)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.core.choices import Department


class FieldKind(models.TextChoices):
    TEXT = "text", _("Text")
    CHOICE = "choice", _("Choice")
    DATE = "date", _("Date")
    FILE = "file", _("File")


class ProcedureKind(models.TextChoices):
    CONTRACT_REGISTRATION = (
        "contract_registration",
        _("Technology-contract registration (技术合同认定登记)"),
    )
    EXPORT_CONTROL = "export_control", _("Export-control check")
    IP_FILING = "ip_filing", _("IP filing in China")
    FIE_REPORT = "fie_report", _("Foreign-investment information report")


def localised(obj: object, field: str) -> str:
    """The Chinese column on Chinese pages when filled, else the English one (and back)."""
    lang = translation.get_language() or "en"
    en, zh = getattr(obj, f"{field}_en"), getattr(obj, f"{field}_zh")
    return (zh or en) if lang.startswith("zh") else (en or zh)


class ServiceType(models.Model):
    """A service of the catalogue, maintained by staff."""

    slug = models.SlugField(_("key"), max_length=64, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=160)
    name_zh = models.CharField(_("name (Chinese)"), max_length=160)
    summary_en = models.CharField(_("summary (English)"), max_length=300, blank=True)
    summary_zh = models.CharField(_("summary (Chinese)"), max_length=300, blank=True)
    description_en = models.TextField(_("description (English)"), max_length=10000, blank=True)
    description_zh = models.TextField(_("description (Chinese)"), max_length=10000, blank=True)
    department = models.CharField(_("department"), max_length=20, choices=Department.choices)
    active = models.BooleanField(_("shown in the catalogue"), default=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)
    first_response_hours = models.PositiveSmallIntegerField(
        _("first response target (business hours)"), default=8
    )
    resolution_hours = models.PositiveSmallIntegerField(
        _("resolution target (business hours)"), default=80
    )
    next_response_hours = models.PositiveSmallIntegerField(
        _("next response target (business hours)"), default=16
    )
    reopen_days = models.PositiveSmallIntegerField(
        _("the client may reopen within (days)"), default=14
    )
    # A Chinese procedure started with each request (desk/procedures.py), its facts taken
    # from the form's answers.
    procedure = models.CharField(
        _("procedure started with each request"),
        max_length=24,
        blank=True,
        choices=ProcedureKind.choices,
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("service type")
        verbose_name_plural = _("service types")
        ordering = ["order", "slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(department__in=Department.values), name="desk_service_department"
            ),
            models.CheckConstraint(
                condition=Q(first_response_hours__gt=0, resolution_hours__gt=0),
                name="desk_service_targets_positive",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localised(self, "name")

    @property
    def summary(self) -> str:
        return localised(self, "summary")

    @property
    def description(self) -> str:
        return localised(self, "description")


class FormField(models.Model):
    """One field of a service type's request form. A field with `show_if_key` applies (is
    shown, and required when `required`) only when that field's answer is `show_if_value`."""

    service_type = models.ForeignKey(ServiceType, on_delete=models.CASCADE, related_name="fields")
    key = models.SlugField(_("key"), max_length=40)
    kind = models.CharField(_("kind"), max_length=8, choices=FieldKind.choices)
    label_en = models.CharField(_("label (English)"), max_length=200)
    label_zh = models.CharField(_("label (Chinese)"), max_length=200)
    help_en = models.CharField(_("help (English)"), max_length=300, blank=True)
    help_zh = models.CharField(_("help (Chinese)"), max_length=300, blank=True)
    choices = models.TextField(
        _("choices"),
        blank=True,
        max_length=3000,
        help_text=_("One per line: value|English label|Chinese label."),
    )
    required = models.BooleanField(_("required"), default=False)
    future_only = models.BooleanField(_("date must not be in the past"), default=False)
    show_if_key = models.SlugField(_("only when field"), max_length=40, blank=True)
    show_if_value = models.CharField(_("has the value"), max_length=100, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(fields=["service_type", "key"], name="desk_field_key_unique"),
            models.CheckConstraint(
                condition=Q(kind__in=FieldKind.values), name="desk_field_kind_valid"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.service_type.slug}.{self.key}"

    @property
    def label(self) -> str:
        return localised(self, "label")

    @property
    def help(self) -> str:
        return localised(self, "help")

    def choice_list(self) -> list[tuple[str, str]]:
        """(value, label in the active language) for each line of `choices`."""
        zh = (translation.get_language() or "en").startswith("zh")
        out = []
        for line in self.choices.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if not parts[0]:
                continue
            en = parts[1] if len(parts) > 1 and parts[1] else parts[0]
            cn = parts[2] if len(parts) > 2 and parts[2] else en
            out.append((parts[0], cn if zh else en))
        return out
