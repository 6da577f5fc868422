"""Meeting rooms for hosted firms, booked in fixed slots. Each booking holds one
`BookingSlot` row per slot, unique per room and start: two bookings can never hold the
same slot of a room (the database refuses the second, whatever the code did)."""

from __future__ import annotations

from datetime import time, timedelta

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _

from techbridge.domiciliation.models.contracts import Contract

SLOT = timedelta(minutes=30)


class Room(models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    capacity = models.PositiveSmallIntegerField(_("capacity"))
    location = models.CharField(_("where"), max_length=200, blank=True)
    opens_at = models.TimeField(_("bookable from"), default=time(8))
    closes_at = models.TimeField(_("bookable until"), default=time(20))
    active = models.BooleanField(_("bookable"), default=True)

    class Meta:
        verbose_name = _("meeting room")
        verbose_name_plural = _("meeting rooms")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(condition=Q(capacity__gte=1), name="dom_room_capacity_1"),
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")), name="dom_room_closes_after_open"
            ),
        ]

    def __str__(self) -> str:
        return self.name


class BookingStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    CANCELLED = "cancelled", _("Cancelled")


class Booking(models.Model):
    room = models.ForeignKey(Room, on_delete=models.PROTECT, related_name="bookings")
    contract = models.ForeignKey(Contract, on_delete=models.PROTECT, related_name="bookings")
    booked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    title = models.CharField(_("purpose"), max_length=200, blank=True)
    attendees = models.PositiveSmallIntegerField(_("attendees"), default=1)
    starts_at = models.DateTimeField(_("starts at"))
    ends_at = models.DateTimeField(_("ends at"))
    status = models.CharField(
        _("status"), max_length=10, choices=BookingStatus.choices, default=BookingStatus.CONFIRMED
    )
    created_at = models.DateTimeField(auto_now_add=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("room booking")
        verbose_name_plural = _("room bookings")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=F("starts_at")), name="dom_booking_ends_after_start"
            ),
            models.CheckConstraint(condition=Q(attendees__gte=1), name="dom_booking_attendees_1"),
        ]

    def __str__(self) -> str:
        return f"{self.room} {self.starts_at:%Y-%m-%d %H:%M}"


class BookingSlot(models.Model):
    """One slot of a room held by a confirmed booking (deleted when it is cancelled)."""

    booking = models.ForeignKey(Booking, on_delete=models.CASCADE, related_name="slots")
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="+")
    starts_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["room", "starts_at"], name="dom_no_double_booking")
        ]

    def __str__(self) -> str:
        return f"{self.room_id} {self.starts_at:%Y-%m-%d %H:%M}"
