"""KPIs of cohort companies, collected monthly.

KpiMetric: the five core metrics (programme empty; created by migration 0003) and each
programme's custom ones; `automatic` metrics are never typed in (contracts signed: counted from
the deals pipeline's verified contracts). KpiReport: one per company and month (the first day
of the month), with its KpiValue rows. KpiReminder: the reminders sent for a missing month
(in-app and e-mail, until it is reported)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techbridge.incubation.models.cohorts import CohortCompany
from techbridge.incubation.models.programmes import Programme, localised

CORE_METRICS = ("employees", "revenue", "funding", "patents", "contracts")


class KpiMetric(models.Model):
    programme = models.ForeignKey(
        Programme, on_delete=models.CASCADE, null=True, blank=True, related_name="kpi_metrics"
    )
    key = models.SlugField(_("key"), max_length=40)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_zh = models.CharField(_("name (Chinese)"), max_length=120)
    unit = models.CharField(_("unit"), max_length=20, blank=True)
    automatic = models.BooleanField(_("counted automatically"), default=False)
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        verbose_name = _("KPI")
        verbose_name_plural = _("KPIs")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["key"], condition=Q(programme__isnull=True), name="inc_core_metric_key"
            ),
            models.UniqueConstraint(
                fields=["programme", "key"], name="inc_metric_key_per_programme"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localised(self, "name")


class KpiReport(models.Model):
    company = models.ForeignKey(
        CohortCompany,
        on_delete=models.CASCADE,
        related_name="kpi_reports",
        verbose_name=_("company"),
    )
    month = models.DateField(_("month"))
    reported_at = models.DateTimeField(_("reported"))
    reported_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("reported by"),
    )

    class Meta:
        verbose_name = _("KPI report")
        verbose_name_plural = _("KPI reports")
        ordering = ["company", "month"]
        constraints = [
            models.UniqueConstraint(fields=["company", "month"], name="inc_one_report_per_month"),
            models.CheckConstraint(condition=Q(month__day=1), name="inc_report_month_first_day"),
        ]

    def __str__(self) -> str:
        return f"{self.company} {self.month:%Y-%m}"


class KpiValue(models.Model):
    report = models.ForeignKey(
        KpiReport, on_delete=models.CASCADE, related_name="values", verbose_name=_("report")
    )
    metric = models.ForeignKey(
        KpiMetric, on_delete=models.PROTECT, related_name="+", verbose_name=_("metric")
    )
    value = models.DecimalField(_("value"), max_digits=18, decimal_places=2)

    class Meta:
        verbose_name = _("KPI value")
        verbose_name_plural = _("KPI values")
        constraints = [
            models.UniqueConstraint(fields=["report", "metric"], name="inc_one_value_per_metric"),
            models.CheckConstraint(condition=Q(value__gte=0), name="inc_kpi_value_not_negative"),
        ]

    def __str__(self) -> str:
        return f"{self.metric.key}={self.value}"


class KpiReminder(models.Model):
    company = models.ForeignKey(
        CohortCompany, on_delete=models.CASCADE, related_name="+", verbose_name=_("company")
    )
    month = models.DateField()
    sent = models.PositiveSmallIntegerField(default=0)
    last_sent_at = models.DateTimeField(verbose_name=_("last sent at"))

    class Meta:
        verbose_name = _("KPI reminder")
        verbose_name_plural = _("KPI reminders")
        constraints = [
            models.UniqueConstraint(fields=["company", "month"], name="inc_one_reminder_row")
        ]

    def __str__(self) -> str:
        return f"{self.company} {self.month:%Y-%m} ×{self.sent}"
