"""The states and kinds of a connection: where its EOI stands (`Status`), its pipeline
(`Stage`), why it was declined and what kind of deal it led to."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    BROKER_QUEUE = "broker_queue", _("With the centre's broker")
    PENDING = "pending", _("Waiting for the owner's answer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")


class Stage(models.TextChoices):
    INTEREST = "interest", _("Interest")
    CONTACT_ACCEPTED = "contact_accepted", _("Contact accepted")
    MEETING_HELD = "meeting_held", _("Meeting held")
    NEGOTIATION = "negotiation", _("Negotiation")
    INTENTION_SIGNED = "intention_signed", _("Cooperation intention signed")
    CONTRACT_SIGNED = "contract_signed", _("Contract signed")
    CLOSED_WON = "closed_won", _("Closed (won)")
    CLOSED_LOST = "closed_lost", _("Closed (lost)")


CLOSED_STAGES = (Stage.CLOSED_WON, Stage.CLOSED_LOST)
# Stages one party records and the other confirms (or the centre's broker records) before they
# count in any figure.
CONFIRMED_STAGES = (Stage.MEETING_HELD, Stage.INTENTION_SIGNED, Stage.CONTRACT_SIGNED)


class DeclineReason(models.TextChoices):
    NOT_RELEVANT = "not_relevant", _("Not relevant")
    TOO_EARLY = "too_early", _("Too early stage")
    TERMS = "terms", _("Terms")
    GEOGRAPHY = "geography", _("Geography")
    ALREADY_PARTNERED = "already_partnered", _("Already partnered")
    OTHER = "other", _("Other")


class DealType(models.TextChoices):
    LICENCE = "licence", _("Licence")
    PURCHASE = "purchase", _("Purchase")
    INVESTMENT = "investment", _("Investment")
    DISTRIBUTION = "distribution", _("Distribution")
    JOINT_RD = "joint_rd", _("Joint R&D")
    TECHNICAL_COOPERATION = "technical_cooperation", _("Technical cooperation")
    JOINT_VENTURE = "joint_venture", _("Joint venture")
    MANUFACTURING = "manufacturing", _("Manufacturing")
