"""The demo day of a cohort: an event of the events app where the cohort's companies pitch;
before the day the matching engine proposes investors and industrial partners for each
company's technology profiles (PartnerProposal, recomputed on demand, read by the pages)."""

from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation
from techbridge.events.models import Event
from techbridge.incubation.models.cohorts import Cohort, CohortCompany
from techbridge.profiles.models import TechnologyProfile


class DemoDay(models.Model):
    cohort = models.OneToOneField(Cohort, on_delete=models.CASCADE, related_name="demo_day")
    event = models.ForeignKey(
        Event, on_delete=models.SET_NULL, null=True, blank=True, related_name="+",
        verbose_name=_("event"),
    )  # fmt: skip
    proposed_at = models.DateTimeField(_("partners last proposed"), null=True, blank=True)

    class Meta:
        verbose_name = _("demo day")
        verbose_name_plural = _("demo days")

    def __str__(self) -> str:
        return f"{self.cohort} demo day"


class PartnerRole(models.TextChoices):
    INVESTOR = "investor", _("Investor")
    INDUSTRIAL = "industrial", _("Industrial partner")


class PartnerProposal(models.Model):
    """One partner the engine proposes for a company's profile: an investor organisation, or
    an industrial company through one of its profiles."""

    demo_day = models.ForeignKey(DemoDay, on_delete=models.CASCADE, related_name="proposals")
    company = models.ForeignKey(
        CohortCompany,
        on_delete=models.CASCADE,
        related_name="partner_proposals",
        verbose_name=_("company"),
    )
    profile = models.ForeignKey(TechnologyProfile, on_delete=models.CASCADE, related_name="+")
    role = models.CharField(_("role"), max_length=10, choices=PartnerRole.choices)
    partner_org = models.ForeignKey(
        Organisation,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("partner organisation"),
    )
    partner_profile = models.ForeignKey(
        TechnologyProfile,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("partner's profile"),
    )
    score = models.FloatField(_("score"))
    explanation = models.JSONField(default=dict, blank=True)

    class Meta:
        verbose_name = _("partner proposal")
        verbose_name_plural = _("partner proposals")
        ordering = ["company", "role", "-score", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(partner_org__isnull=True) ^ Q(partner_profile__isnull=True),
                name="inc_proposal_one_partner",
            ),
            models.CheckConstraint(
                condition=Q(role__in=PartnerRole.values), name="inc_proposal_role"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.company} → {self.partner_org_id or self.partner_profile_id}"
