"""The register of hosted firms as the regulator reads it: staff choose its columns
(`RegisterLayout`), and each report to the market regulator is kept with its file."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _


class RegisterLayout(models.Model):
    """The columns of the register's spreadsheet, in order (keys of `register.COLUMNS`)."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    columns = models.JSONField(_("columns"), default=list)
    is_default = models.BooleanField(_("default layout"), default=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("register layout")
        verbose_name_plural = _("register layouts")
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"], condition=Q(is_default=True), name="dom_one_default_layout"
            )
        ]

    def __str__(self) -> str:
        return self.name


class RegulatorReport(models.Model):
    """A report of the hosted firms to the market regulator for one period, as filed."""

    period_start = models.DateField(_("from"))
    period_end = models.DateField(_("to"))
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    counts = models.JSONField(default=dict)
    file = models.FileField(upload_to="domiciliation/reports/")

    class Meta:
        verbose_name = _("report to the regulator")
        verbose_name_plural = _("reports to the regulator")
        ordering = ["-period_end", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(period_end__gte=F("period_start")), name="dom_report_period_ordered"
            ),
            models.UniqueConstraint(
                fields=["period_start", "period_end"], name="dom_one_report_per_period"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.period_start} – {self.period_end}"
