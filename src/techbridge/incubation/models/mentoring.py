"""Mentors and their office hours.

Mentor (a programme's mentor: expertise, languages, a short bio) → OfficeSlot (a time the
mentor offers, in UTC, shown in the centre's time zone) → Booking (a cohort company takes a
slot: at most one live booking per slot, a database constraint, taken under the slot's row
lock) → the session's notes (the mentor's) and ActionItem rows (what each side does next)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from techbridge.incubation.models.cohorts import CohortCompany
from techbridge.incubation.models.programmes import Programme


class Mentor(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="mentors")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="incubation_mentors"
    )
    sectors = models.JSONField(_("sectors of expertise"), default=list, blank=True)
    expertise = models.CharField(_("expertise"), max_length=300, blank=True)
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    bio = models.TextField(_("about the mentor"), max_length=3000, blank=True)
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("mentor")
        verbose_name_plural = _("mentors")
        ordering = ["programme", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["programme", "user"], name="inc_mentor_once_per_programme"
            ),
        ]

    def __str__(self) -> str:
        return str(self.user)


class OfficeSlot(models.Model):
    mentor = models.ForeignKey(Mentor, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    place = models.CharField(_("place or video link"), max_length=300, blank=True)
    cancelled = models.BooleanField(_("cancelled"), default=False)

    class Meta:
        verbose_name = _("office-hour slot")
        verbose_name_plural = _("office-hour slots")
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(ends_at__gt=F("starts_at")), name="inc_slot_order"),
            models.UniqueConstraint(fields=["mentor", "starts_at"], name="inc_slot_once"),
        ]

    def __str__(self) -> str:
        return f"{self.mentor} {self.starts_at:%Y-%m-%d %H:%M}"


class BookingStatus(models.TextChoices):
    BOOKED = "booked", _("Booked")
    CANCELLED = "cancelled", _("Cancelled")


class Booking(models.Model):
    slot = models.ForeignKey(OfficeSlot, on_delete=models.CASCADE, related_name="bookings")
    company = models.ForeignKey(
        CohortCompany,
        on_delete=models.CASCADE,
        related_name="mentor_bookings",
        verbose_name=_("company"),
    )
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    topic = models.CharField(_("what you would like to discuss"), max_length=500)
    status = models.CharField(
        _("status"), max_length=10, choices=BookingStatus.choices, default=BookingStatus.BOOKED
    )
    notes = models.TextField(_("session notes"), max_length=10000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("mentor booking")
        verbose_name_plural = _("mentor bookings")
        ordering = ["slot__starts_at", "pk"]
        constraints = [
            # No double booking: one live booking per slot, whoever asks at the same moment.
            models.UniqueConstraint(
                fields=["slot"], condition=Q(status="booked"), name="inc_one_booking_per_slot"
            ),
            models.CheckConstraint(
                condition=Q(status__in=BookingStatus.values), name="inc_booking_status"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.slot} / {self.company}"


class ActionItem(models.Model):
    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="actions")
    text = models.CharField(_("action"), max_length=500)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    done = models.BooleanField(_("done"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        ordering = ["done", "due_on", "pk"]

    def __str__(self) -> str:
        return self.text
