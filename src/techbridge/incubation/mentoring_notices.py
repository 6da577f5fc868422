"""Telling mentors and companies about office-hour bookings, through the platform's one
notification pipeline (each recipient in their own language; times in the centre's zone)."""

from __future__ import annotations

from django.urls import reverse
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from techbridge.incubation.cohort_notices import company_members
from techbridge.incubation.models import Booking
from techbridge.incubation.notices import _delivery
from techbridge.incubation.selectors.calls import centre_time
from techbridge.notifications.services import notify_users


def _when(booking: Booking) -> str:
    return date_format(centre_time(booking.slot.starts_at), "DATETIME_FORMAT")


def _tell(user_ids: list[int], booking: Booking, *, title: object, body: object = "") -> None:
    if user_ids:
        notify_users(
            user_ids=user_ids,
            kind="incubation.mentoring",
            title=title,  # type: ignore[arg-type]
            body=body,  # type: ignore[arg-type]
            url=reverse("incubation:booking", args=[booking.pk]),
            email=_delivery.get(),
        )


def booked(booking: Booking) -> None:
    company = booking.company.organisation.name
    _tell(
        [booking.slot.mentor.user_id],
        booking,
        title=lambda: (
            _("%(company)s booked your office hour on %(when)s (Beijing time)")
            % {"company": company, "when": _when(booking)}
        ),
        body=booking.topic,
    )


def cancelled(booking: Booking, *, by_mentor: bool) -> None:
    targets = company_members(booking.company) if by_mentor else [booking.slot.mentor.user_id]
    _tell(
        targets,
        booking,
        title=lambda: (
            _("The office hour on %(when)s (Beijing time) is cancelled") % {"when": _when(booking)}
        ),
    )


def notes_written(booking: Booking) -> None:
    mentor = str(booking.slot.mentor.user)
    _tell(
        company_members(booking.company),
        booking,
        title=lambda: _("%(mentor)s wrote the notes of your session") % {"mentor": mentor},
    )
