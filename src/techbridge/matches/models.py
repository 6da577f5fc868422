"""Matches: a technology request paired with an offer, or with an investor or service
organisation, as proposed by the matching engine; and what members told us about them."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.profiles.models import TechnologyProfile


class MatchStatus(models.TextChoices):
    NEW = "new", _("New")
    SEEN = "seen", _("Seen")
    USEFUL = "useful", _("Useful")
    NOT_USEFUL = "not_useful", _("Not useful")


class FeedbackReason(models.TextChoices):
    NOT_RELEVANT = "not_relevant", _("Not relevant")
    TOO_EARLY = "too_early", _("Too early stage")
    TERMS = "terms", _("Terms do not fit")
    GEOGRAPHY = "geography", _("Geography does not fit")
    ALREADY_PARTNERED = "already_partnered", _("Already partnered")
    OTHER = "other", _("Other")


class Match(models.Model):
    """A proposed partner for a request: an offer (`offer`) or an organisation (`partner_org`,
    an investor or a service provider). Each side keeps its own status. Rows are written in
    bulk by the matching services, so history records only the members' status changes."""

    request = models.ForeignKey(
        TechnologyProfile,
        on_delete=models.CASCADE,
        related_name="matches_as_request",
        verbose_name=_("request"),
    )
    offer = models.ForeignKey(
        TechnologyProfile,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="matches_as_offer",
        verbose_name=_("offer"),
    )
    partner_org = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="matches_as_partner",
        verbose_name=_("partner organisation"),
    )
    score = models.FloatField(_("score"))
    components = models.JSONField(_("score components"), default=dict, blank=True)
    explanation = models.JSONField(_("explanation"), default=dict, blank=True)
    engine = models.CharField(_("engine"), max_length=40, blank=True)
    request_status = models.CharField(
        _("status (request side)"), max_length=12, choices=MatchStatus.choices, default="new"
    )
    partner_status = models.CharField(
        _("status (partner side)"), max_length=12, choices=MatchStatus.choices, default="new"
    )
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at", "components", "explanation"])

    class Meta:
        verbose_name = _("match")
        verbose_name_plural = _("matches")
        ordering = ["-score", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["request", "offer"],
                condition=Q(offer__isnull=False),
                name="match_one_per_request_offer",
            ),
            models.UniqueConstraint(
                fields=["request", "partner_org"],
                condition=Q(partner_org__isnull=False),
                name="match_one_per_request_org",
            ),
            models.CheckConstraint(
                condition=Q(offer__isnull=True) ^ Q(partner_org__isnull=True),
                name="match_offer_xor_org",
            ),
            models.CheckConstraint(
                condition=Q(score__gte=0) & Q(score__lte=1), name="match_score_0_to_1"
            ),
            models.CheckConstraint(
                condition=Q(request_status__in=MatchStatus.values)
                & Q(partner_status__in=MatchStatus.values),
                name="match_status_valid",
            ),
        ]
        indexes = [models.Index(fields=["request", "-score"])]

    def __str__(self) -> str:
        partner = self.offer_id or f"org {self.partner_org_id}"
        return f"{self.request_id} ↔ {partner} ({self.score:.2f})"

    @property
    def partner_organisation_id(self) -> int:
        """The organisation on the other side of the request."""
        if self.offer_id is not None:
            return self.offer.organisation_id  # type: ignore[union-attr]
        return self.partner_org_id  # type: ignore[return-value]


class MatchFeedback(models.Model):
    """One member's verdict on a match for their organisation: kept (append-only) so that
    the matching engine can learn per-organisation preferences and global weights."""

    match = models.ForeignKey(
        Match, on_delete=models.SET_NULL, null=True, blank=True, related_name="feedback"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    useful = models.BooleanField(_("useful"))
    reason = models.CharField(
        _("reason"), max_length=20, choices=FeedbackReason.choices, blank=True
    )
    comment = models.TextField(_("comment"), max_length=1000, blank=True)
    # Copied from the match so the learning data survives the match's removal by a rematch.
    own_ref = models.CharField(max_length=40)
    counterpart_ref = models.CharField(max_length=40)
    score = models.FloatField()
    components = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("match feedback")
        verbose_name_plural = _("match feedback")
        ordering = ["-created_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(reason__in=[*FeedbackReason.values, ""]), name="feedback_reason_valid"
            )
        ]

    def __str__(self) -> str:
        return f"{self.match_id}: {'useful' if self.useful else self.reason or 'not useful'}"


class MatchingState(models.Model):
    """When a profile's matches were last computed, so repeated signals are cheap."""

    profile = models.OneToOneField(
        TechnologyProfile, on_delete=models.CASCADE, related_name="+", primary_key=True
    )
    computed_at = models.DateTimeField()
    engine = models.CharField(max_length=40, blank=True)

    class Meta:
        verbose_name = _("matching state")
        verbose_name_plural = _("matching states")

    def __str__(self) -> str:
        return f"{self.profile_id} @ {self.computed_at:%Y-%m-%d %H:%M}"
