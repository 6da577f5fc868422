"""Who reviews what: the programme's reviewers (sector expertise, load limit), their
assignments to applications in a round (with the conflict-of-interest declaration) and their
scores against the round's rubric.

Assignment states: assigned → declared (no conflict: may read and score) → submitted; or
abstained (the reviewer declared a conflict) or recused (by a manager, silently). Abstentions
and recusals count for nothing in the averages."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.incubation.models.programmes import Programme
from techbridge.incubation.models.review_rounds import Criterion, RoundEntry


class Reviewer(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="reviewers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="incubation_reviewers"
    )
    sectors = models.JSONField(_("sectors of expertise"), default=list, blank=True)
    max_load = models.PositiveSmallIntegerField(_("most applications per round"), default=10)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("reviewer")
        verbose_name_plural = _("reviewers")
        ordering = ["programme", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "user"], name="inc_reviewer_once_per_programme"
            ),
            models.CheckConstraint(condition=Q(max_load__gt=0), name="inc_reviewer_load"),
        ]

    def __str__(self) -> str:
        return str(self.user)


class AssignmentState(models.TextChoices):
    ASSIGNED = "assigned", _("To declare")
    DECLARED = "declared", _("To score")
    SUBMITTED = "submitted", _("Scored")
    ABSTAINED = "abstained", _("Abstained (conflict of interest)")
    RECUSED = "recused", _("Recused")


class AssignmentMethod(models.TextChoices):
    MANUAL = "manual", _("Manual")
    RANDOM = "random", _("Random")
    EXPERTISE = "expertise", _("By sector expertise")


class Assignment(models.Model):
    entry = models.ForeignKey(RoundEntry, on_delete=models.CASCADE, related_name="assignments")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="incubation_assignments"
    )
    state = models.CharField(
        _("state"), max_length=10, choices=AssignmentState.choices, default=AssignmentState.ASSIGNED
    )
    method = models.CharField(
        _("assigned"), max_length=10, choices=AssignmentMethod.choices, default="manual"
    )
    comment = models.TextField(_("overall comment"), max_length=5000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    declared_at = models.DateTimeField(null=True, blank=True, verbose_name=_("declared at"))
    submitted_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True, verbose_name=_("reminded at"))
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("review assignment")
        verbose_name_plural = _("review assignments")
        ordering = ["entry", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["entry", "reviewer"], name="inc_assignment_once"),
            models.CheckConstraint(
                condition=Q(state__in=AssignmentState.values), name="inc_assignment_state"
            ),
            models.CheckConstraint(
                condition=~Q(state="submitted") | Q(submitted_at__isnull=False),
                name="inc_assignment_submitted_instant",
            ),
        ]
        indexes = [models.Index(fields=["reviewer", "state"])]

    def __str__(self) -> str:
        return f"{self.entry} / {self.reviewer}"


class Score(models.Model):
    assignment = models.ForeignKey(
        Assignment,
        on_delete=models.CASCADE,
        related_name="scores",
        verbose_name=_("reviewer assignment"),
    )
    criterion = models.ForeignKey(Criterion, on_delete=models.CASCADE, related_name="scores")
    value = models.PositiveSmallIntegerField(_("score"))
    comment = models.TextField(_("comment"), max_length=5000, blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(
                fields=["assignment", "criterion"], name="inc_score_once_per_criterion"
            ),
            models.CheckConstraint(condition=Q(value__lte=1000), name="inc_score_bounded"),
        ]

    def __str__(self) -> str:
        return f"{self.criterion.key}={self.value}"
