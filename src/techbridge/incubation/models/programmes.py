"""Programmes and their calls for applications.

Programme (bilingual name and description, sectors, places, duration, its managers) → Call
(opening and closing instants, entered and shown in the centre's time zone; open exactly
while opens_at <= now < closes_at, so calls open and close by themselves) → EligibilityQuestion
(yes/no questions; the wrong answer rejects at once with the question's stated reason) and
FormField (the application form staff define: text, number, choice, file, technology profile;
a field marked confidential is hidden from the reviewers of blind rounds)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords


def localised(obj: object, field: str) -> str:
    """The Chinese column on Chinese pages when filled, else the English one (and back)."""
    lang = translation.get_language() or "en"
    en, zh = getattr(obj, f"{field}_en"), getattr(obj, f"{field}_zh")
    return (zh or en) if lang.startswith("zh") else (en or zh)


class Programme(models.Model):
    slug = models.SlugField(_("key"), max_length=64, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=160)
    name_zh = models.CharField(_("name (Chinese)"), max_length=160)
    description_en = models.TextField(_("description (English)"), max_length=10000, blank=True)
    description_zh = models.TextField(_("description (Chinese)"), max_length=10000, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    places = models.PositiveSmallIntegerField(_("places per cohort"), default=10)
    duration_months = models.PositiveSmallIntegerField(_("duration (months)"), default=6)
    managers = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="managed_programmes", blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords(excluded_fields=["managers"])

    class Meta:
        verbose_name = _("programme")
        verbose_name_plural = _("programmes")
        ordering = ["slug"]
        constraints = [
            models.CheckConstraint(
                condition=Q(places__gt=0, duration_months__gt=0), name="inc_programme_positive"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localised(self, "name")

    @property
    def description(self) -> str:
        return localised(self, "description")


class CallState(models.TextChoices):
    UPCOMING = "upcoming", _("Opens soon")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class Call(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="calls")
    slug = models.SlugField(_("key"), max_length=64, unique=True)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_zh = models.CharField(_("title (Chinese)"), max_length=200)
    summary_en = models.TextField(_("summary (English)"), max_length=5000, blank=True)
    summary_zh = models.TextField(_("summary (Chinese)"), max_length=5000, blank=True)
    opens_at = models.DateTimeField(_("opens"))
    closes_at = models.DateTimeField(_("closes"), db_index=True)
    published = models.BooleanField(_("published"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("call for applications")
        verbose_name_plural = _("calls for applications")
        ordering = ["-opens_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")), name="inc_call_closes_after_opening"
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def title(self) -> str:
        return localised(self, "title")

    @property
    def summary(self) -> str:
        return localised(self, "summary")

    def state(self, now: Any = None) -> CallState:
        now = now or timezone.now()
        if now < self.opens_at:
            return CallState.UPCOMING
        return CallState.OPEN if now < self.closes_at else CallState.CLOSED

    @property
    def is_open(self) -> bool:
        return self.state() == CallState.OPEN


class EligibilityQuestion(models.Model):
    """A yes/no question; answering other than `expected` makes the applicant ineligible."""

    call = models.ForeignKey(
        Call,
        on_delete=models.CASCADE,
        related_name="questions",
        verbose_name=_("call for applications"),
    )
    key = models.SlugField(_("key"), max_length=40)
    text_en = models.CharField(_("question (English)"), max_length=300)
    text_zh = models.CharField(_("question (Chinese)"), max_length=300)
    expected = models.BooleanField(_("eligible answer is yes"), default=True)
    reason_en = models.CharField(_("reason for refusal (English)"), max_length=300)
    reason_zh = models.CharField(_("reason for refusal (Chinese)"), max_length=300)
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        verbose_name = _("eligibility question")
        verbose_name_plural = _("eligibility questions")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["call", "key"], name="inc_question_key_per_call")
        ]

    def __str__(self) -> str:
        return self.text

    @property
    def text(self) -> str:
        return localised(self, "text")

    @property
    def reason(self) -> str:
        return localised(self, "reason")


class FieldKind(models.TextChoices):
    TEXT = "text", _("Text")
    NUMBER = "number", _("Number")
    CHOICE = "choice", _("Choice")
    FILE = "file", _("File")
    PROFILE = "profile", _("Technology profile")


class FormField(models.Model):
    call = models.ForeignKey(
        Call,
        on_delete=models.CASCADE,
        related_name="fields",
        verbose_name=_("call for applications"),
    )
    key = models.SlugField(_("key"), max_length=40)
    kind = models.CharField(_("kind"), max_length=8, choices=FieldKind.choices)
    label_en = models.CharField(_("label (English)"), max_length=200)
    label_zh = models.CharField(_("label (Chinese)"), max_length=200)
    help_en = models.CharField(_("help (English)"), max_length=300, blank=True)
    help_zh = models.CharField(_("help (Chinese)"), max_length=300, blank=True)
    choices = models.TextField(
        _("choices"), blank=True, help_text=_("One per line: value|English|Chinese")
    )
    required = models.BooleanField(_("required"), default=False)
    confidential = models.BooleanField(
        _("confidential (hidden from reviewers of blind rounds)"), default=False
    )
    min_value = models.DecimalField(
        max_digits=16, decimal_places=2, null=True, blank=True, verbose_name=_("smallest value")
    )
    max_value = models.DecimalField(
        max_digits=16, decimal_places=2, null=True, blank=True, verbose_name=_("largest value")
    )
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["call", "key"], name="inc_field_key_per_call"),
            models.CheckConstraint(condition=Q(kind__in=FieldKind.values), name="inc_field_kind"),
        ]

    def __str__(self) -> str:
        return self.key

    @property
    def label(self) -> str:
        return localised(self, "label")

    @property
    def help(self) -> str:
        return localised(self, "help")

    def choice_list(self) -> list[tuple[str, str]]:
        zh = (translation.get_language() or "en").startswith("zh")
        out = []
        for line in self.choices.splitlines():
            parts = [p.strip() for p in line.split("|")]
            if not parts[0]:
                continue
            en = parts[1] if len(parts) > 1 else parts[0]
            cn = parts[2] if len(parts) > 2 else en
            out.append((parts[0], cn if zh else en))
        return out
