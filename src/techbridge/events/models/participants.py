"""Registrations (participants) and their availability windows."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.accounts.models import Organisation
from techbridge.events.models.choices import RegistrationStatus
from techbridge.events.models.event import Event
from techbridge.profiles.models import TechnologyProfile


def _checkin_code() -> str:
    return secrets.token_urlsafe(12)


def _feed_token() -> str:
    return secrets.token_urlsafe(24)


class Participant(models.Model):
    """A person registered for an event by a member of their organisation. Participants need
    not have an account: the members of the organisation act for them."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="event_participations"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_participations",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    name = models.CharField(_("name"), max_length=150)
    role = models.CharField(_("role"), max_length=150, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    needs_interpreter = models.BooleanField(_("needs an interpreter"), default=False)
    profiles = models.ManyToManyField(
        TechnologyProfile, blank=True, related_name="event_participants", verbose_name=_("profiles")
    )
    sectors = models.JSONField(_("sectors of interest"), default=list, blank=True)
    partnership_types = models.JSONField(
        _("partnership types of interest"), default=list, blank=True
    )
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.PENDING,
    )
    blocks_requests = models.BooleanField(_("block incoming meeting requests"), default=False)
    checkin_code = models.CharField(max_length=32, unique=True, default=_checkin_code)
    feed_token = models.CharField(max_length=40, unique=True, default=_feed_token)
    checked_in_at = models.DateTimeField(_("checked in"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords(excluded_fields=["updated_at"], m2m_fields=[])

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["event", "name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "organisation", "name"],
                condition=Q(status__in=["pending", "confirmed", "waitlisted"]),
                name="one_live_registration_per_person",
            ),
            models.CheckConstraint(
                condition=Q(status__in=RegistrationStatus.values), name="participant_status_valid"
            ),
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self) -> str:
        return f"{self.name} ({self.organisation})"

    @property
    def is_confirmed(self) -> bool:
        return self.status == RegistrationStatus.CONFIRMED


class AvailabilityWindow(models.Model):
    """A time window when the participant can meet; none at all means always available."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="availability"
    )
    starts_at = models.DateTimeField()
    ends_at = models.DateTimeField()

    class Meta:
        verbose_name = _("availability window")
        verbose_name_plural = _("availability windows")
        ordering = ["starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="window_ends_after_start"
            )
        ]

    def __str__(self) -> str:
        return f"{self.starts_at:%Y-%m-%d %H:%M}–{self.ends_at:%H:%M}"
