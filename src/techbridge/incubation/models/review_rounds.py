"""Review rounds of a call and their scoring rubric.

Round (screening, expert review, pitch; blind or not; at least N reviews per application;
aggregation mean / sum / normalised per reviewer; advancing by rank or by decision) →
Criterion (weight, maximum score, comment optional or required) → RoundEntry (an application
taking part in a round, and the round's outcome for it)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.incubation.models.applications import Application
from techbridge.incubation.models.programmes import Call, localised


class RoundKind(models.TextChoices):
    SCREENING = "screening", _("Screening")
    EXPERT = "expert", _("Expert review")
    PITCH = "pitch", _("Pitch")


class Aggregation(models.TextChoices):
    MEAN = "mean", _("Mean of the reviewers' weighted scores")
    SUM = "sum", _("Sum of the reviewers' weighted scores")
    NORMALISED = "normalised", _("Mean after normalising each reviewer's scores")


class AdvanceBy(models.TextChoices):
    RANK = "rank", _("By rank (the best advance)")
    DECISION = "decision", _("By decision of the programme manager")


class RoundState(models.TextChoices):
    SETUP = "setup", _("Being set up")
    OPEN = "open", _("Reviewing")
    CLOSED = "closed", _("Decided")


class Round(models.Model):
    call = models.ForeignKey(
        Call,
        on_delete=models.CASCADE,
        related_name="rounds",
        verbose_name=_("call for applications"),
    )
    order = models.PositiveSmallIntegerField(_("order"), default=1)
    kind = models.CharField(_("kind"), max_length=10, choices=RoundKind.choices)
    name_en = models.CharField(_("name (English)"), max_length=160)
    name_zh = models.CharField(_("name (Chinese)"), max_length=160)
    blind = models.BooleanField(
        _("blind (confidential fields and the applicant's identity hidden from reviewers)"),
        default=False,
    )
    min_reviews = models.PositiveSmallIntegerField(
        _("reviews per application (at least)"), default=3
    )
    aggregation = models.CharField(
        _("score aggregation"), max_length=10, choices=Aggregation.choices, default=Aggregation.MEAN
    )
    advance_by = models.CharField(
        _("advancing"), max_length=8, choices=AdvanceBy.choices, default=AdvanceBy.DECISION
    )
    advance_count = models.PositiveSmallIntegerField(
        _("how many advance (by rank)"), null=True, blank=True
    )
    state = models.CharField(
        _("state"), max_length=6, choices=RoundState.choices, default=RoundState.SETUP
    )
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("review round")
        verbose_name_plural = _("review rounds")
        ordering = ["call", "order"]
        constraints = [
            models.UniqueConstraint(fields=["call", "order"], name="inc_round_order_per_call"),
            models.CheckConstraint(condition=Q(min_reviews__gt=0), name="inc_round_min_reviews"),
            models.CheckConstraint(
                condition=Q(state__in=RoundState.values), name="inc_round_state"
            ),
            models.CheckConstraint(
                condition=~Q(advance_by="rank") | Q(advance_count__gt=0),
                name="inc_round_rank_has_count",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localised(self, "name")


class CommentRule(models.TextChoices):
    OPTIONAL = "optional", _("Comment optional")
    REQUIRED = "required", _("Comment required")


class Criterion(models.Model):
    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="criteria", verbose_name=_("review round")
    )
    key = models.SlugField(_("key"), max_length=40)
    label_en = models.CharField(_("label (English)"), max_length=200)
    label_zh = models.CharField(_("label (Chinese)"), max_length=200)
    weight = models.DecimalField(_("weight"), max_digits=5, decimal_places=2, default=1)
    max_score = models.PositiveSmallIntegerField(_("maximum score"), default=10)
    comment = models.CharField(
        _("comment"), max_length=8, choices=CommentRule.choices, default=CommentRule.OPTIONAL
    )
    order = models.PositiveSmallIntegerField(_("order"), default=100)

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["round", "key"], name="inc_criterion_key_per_round"),
            models.CheckConstraint(
                condition=Q(weight__gt=0, max_score__gt=0, max_score__lte=1000),
                name="inc_criterion_positive",
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return localised(self, "label")


class Outcome(models.TextChoices):
    PENDING = "pending", _("Pending")
    ADVANCED = "advanced", _("Advanced")
    ACCEPTED = "accepted", _("Accepted")
    WAITLISTED = "waitlisted", _("Waiting list")
    DECLINED = "declined", _("Declined")


class RoundEntry(models.Model):
    """An application in a round: the first round takes the call's submitted applications,
    a later one those advanced from the round before."""

    round = models.ForeignKey(
        Round, on_delete=models.CASCADE, related_name="entries", verbose_name=_("review round")
    )
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="round_entries"
    )
    outcome = models.CharField(
        _("outcome"), max_length=10, choices=Outcome.choices, default=Outcome.PENDING
    )
    feedback = models.TextField(_("feedback to the applicant"), max_length=5000, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("application in a round")
        verbose_name_plural = _("applications in rounds")
        ordering = ["round", "application"]
        constraints = [
            models.UniqueConstraint(
                fields=["round", "application"], name="inc_entry_once_per_round"
            ),
            models.CheckConstraint(
                condition=Q(outcome__in=Outcome.values), name="inc_entry_outcome"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.round} / {self.application.reference}"
