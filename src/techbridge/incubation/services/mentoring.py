"""Mentors' office hours: staff name a programme's mentors; a mentor publishes slots; a
member of an active cohort company books a free slot (one live booking per slot: the slot's
row lock, then the database's partial unique constraint — two members asking for the same
slot at the same moment get one booking and one clear refusal); either side may cancel
before the start; after the session the mentor keeps notes and action items."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.incubation import mentoring_notices as notices
from techbridge.incubation.models import (
    ActionItem,
    ActivityKind,
    Booking,
    BookingStatus,
    CohortCompany,
    CompanyStatus,
    Mentor,
    OfficeSlot,
    Programme,
)
from techbridge.incubation.services.cohort_companies import record, staff_only


@transaction.atomic
def mentor_save(*, actor: Any, programme: Programme, user: User, data: dict[str, Any]) -> Mentor:
    """Name a person mentor of the programme (or change their expertise and languages)."""
    staff_only(actor)
    keys = ("sectors", "expertise", "languages", "bio")
    row, _created = Mentor.objects.update_or_create(
        programme=programme,
        user=user,
        defaults={**{k: data[k] for k in keys if k in data}, "active": True},
    )
    return row


def _own_mentor(actor: Any, mentor: Mentor) -> None:
    if not (is_staff(actor) or mentor.user_id == getattr(actor, "pk", None)):
        raise PermissionDenied()


@transaction.atomic
def slot_add(
    *, actor: Any, mentor: Mentor, starts_at: datetime, ends_at: datetime, place: str = "",
    now: datetime | None = None,
) -> OfficeSlot:  # fmt: skip
    """The mentor (or staff) offers a slot: in the future, ending after it starts, never
    overlapping another live slot of the same mentor."""
    _own_mentor(actor, mentor)
    Mentor.objects.select_for_update().get(pk=mentor.pk)
    now = now or timezone.now()
    if starts_at <= now:
        raise ValidationFailed(fields={"starts_at": [str(_("Choose a time in the future."))]})
    if ends_at <= starts_at:
        raise ValidationFailed(fields={"ends_at": [str(_("The slot must end after it starts."))]})
    overlap = mentor.slots.filter(cancelled=False, starts_at__lt=ends_at, ends_at__gt=starts_at)
    if overlap.exists():
        raise ValidationFailed(_("This overlaps another of your office-hour slots."))
    return OfficeSlot.objects.create(
        mentor=mentor, starts_at=starts_at, ends_at=ends_at, place=place.strip()[:300]
    )


def _company_for(actor: Any, company: CohortCompany, mentor: Mentor) -> None:
    if company.organisation_id not in organisation_ids_of(actor):
        raise PermissionDenied()
    if company.status != CompanyStatus.ACTIVE:
        raise PermissionDenied(_("Only active cohort companies book mentors."))
    if company.cohort.programme_id != mentor.programme_id:
        raise ValidationFailed(_("This mentor belongs to another programme."))


@transaction.atomic
def booking_make(
    *, actor: Any, slot: OfficeSlot, company: CohortCompany, topic: str,
    now: datetime | None = None,
) -> Booking:  # fmt: skip
    """A member of an active cohort company books a free future slot of one of its
    programme's mentors."""
    row = OfficeSlot.objects.select_for_update().select_related("mentor").get(pk=slot.pk)
    company = CohortCompany.objects.select_related("cohort").get(pk=company.pk)
    _company_for(actor, company, row.mentor)
    topic = topic.strip()
    if not topic:
        raise ValidationFailed(fields={"topic": [str(_("Say what you would like to discuss."))]})
    if row.cancelled or not row.mentor.active or row.starts_at <= (now or timezone.now()):
        raise Conflict(_("This slot is no longer available."))
    if row.bookings.filter(status=BookingStatus.BOOKED).exists():
        raise Conflict(_("Somebody has just booked this slot. Please choose another."))
    try:
        with transaction.atomic():
            booking = Booking.objects.create(
                slot=row, company=company, booked_by=actor, topic=topic[:500]
            )
    except IntegrityError:
        raise Conflict(_("Somebody has just booked this slot. Please choose another.")) from None
    record(company, ActivityKind.MENTOR, actor=actor, subject=str(row.mentor.user)[:300])
    notices.booked(booking)
    return booking


def _booking_side(actor: Any, booking: Booking) -> str:
    if booking.slot.mentor.user_id == getattr(actor, "pk", None):
        return "mentor"
    if booking.company.organisation_id in organisation_ids_of(actor):
        return "company"
    if is_staff(actor):
        return "staff"
    raise NotFound()


def _locked(booking: Booking) -> Booking:
    return (
        Booking.objects.select_for_update()
        .select_related("slot__mentor", "company")
        .get(pk=booking.pk)
    )


@transaction.atomic
def booking_cancel(*, actor: Any, booking: Booking, now: datetime | None = None) -> Booking:
    """Either side cancels before the session starts; the slot is free again."""
    row = _locked(booking)
    side = _booking_side(actor, row)
    if row.status != BookingStatus.BOOKED:
        raise Conflict(_("This booking is already cancelled."))
    if row.slot.starts_at <= (now or timezone.now()):
        raise Conflict(_("The session has started; it can no longer be cancelled."))
    row.status = BookingStatus.CANCELLED
    row.save(update_fields=["status"])
    notices.cancelled(row, by_mentor=side == "mentor")
    return row


@transaction.atomic
def session_notes(
    *, actor: Any, booking: Booking, notes: str, actions: list[tuple[str, date | None]]
) -> Booking:
    """The mentor records the session's notes and adds action items (text, due date)."""
    row = _locked(booking)
    if _booking_side(actor, row) != "mentor":
        raise PermissionDenied()
    if row.status != BookingStatus.BOOKED:
        raise Conflict(_("This booking is cancelled."))
    row.notes = notes.strip()[:10000]
    row.save(update_fields=["notes"])
    ActionItem.objects.bulk_create(
        [ActionItem(booking=row, text=t.strip()[:500], due_on=d) for t, d in actions if t.strip()]
    )
    notices.notes_written(row)
    return row


@transaction.atomic
def action_done(*, actor: Any, item: ActionItem, done: bool = True) -> ActionItem:
    """The company or the mentor ticks an action item (or un-ticks it)."""
    row = ActionItem.objects.select_for_update().get(pk=item.pk)
    booking = Booking.objects.select_related("slot__mentor", "company").get(pk=row.booking_id)
    _booking_side(actor, booking)
    row.done = done
    row.save(update_fields=["done"])
    return row
