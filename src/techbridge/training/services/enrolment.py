"""Enrolments: capacity with a waiting list, optional approval, the fee recorded offline and
the invoice details.

Race safety: every change to who holds a seat locks the course row first
(`select_for_update`), counts in `Course.seats_taken`, and the database refuses a count above
the capacity (CheckConstraint), so two people taking the last place at once end with one
seated and one on the waiting list (tests/training/test_concurrency.py, PostgreSQL).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Membership, Organisation
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.training import notices
from techbridge.training.models import (
    LIVE,
    SEATED,
    Course,
    Enrolment,
    EnrolmentStatus,
    FeeStatus,
)
from techbridge.training.selectors import can_act_for, can_manage, enrolment_open

INVOICE_FIELDS = (
    "invoice_kind",
    "invoice_company",
    "invoice_tax_number",
    "invoice_vat_id",
    "invoice_address",
    "invoice_phone",
    "invoice_bank",
    "invoice_email",
)


def lock_course(course: Course) -> Course:
    return Course.objects.select_for_update().get(pk=course.pk)


def _lock_enrolment(enrolment: Enrolment) -> Enrolment:
    return Enrolment.objects.select_for_update().select_related("course").get(pk=enrolment.pk)


def _seat_status(course: Course) -> str:
    """The status of a new or promoted person on the locked course."""
    if course.capacity is not None and course.seats_taken >= course.capacity:
        return EnrolmentStatus.WAITLISTED
    return EnrolmentStatus.PENDING if course.requires_approval else EnrolmentStatus.CONFIRMED


def _take_seat(course: Course, delta: int) -> None:
    """Count a seat taken or freed on the locked course. Counted in SQL, so even a path that
    forgot the lock could not push the count past the capacity (CheckConstraint)."""
    Course.objects.filter(pk=course.pk).update(seats_taken=F("seats_taken") + delta)
    course.seats_taken = Course.objects.values_list("seats_taken", flat=True).get(pk=course.pk)


def _check_person(actor: Any, organisation: Organisation, user: Any) -> None:
    if user is None:
        return
    if not Membership.objects.filter(user=user, organisation=organisation).exists():
        raise ValidationFailed(
            fields={"person": [str(_("This person is not a member of the organisation."))]}
        )


def _already_enrolled(course: Course, email: str, user: Any) -> bool:
    same = Q(email_lower=email.lower())
    if user is not None:
        same |= Q(user=user)
    return (
        Enrolment.objects.filter(course=course, status__in=LIVE)
        .annotate(email_lower=Lower("email"))
        .filter(same)
        .exists()
    )


def _status_title(enrolment: Enrolment) -> Any:
    return lambda: (
        _("%(name)s in %(course)s: %(status)s")
        % {
            "name": enrolment.name,
            "course": enrolment.course.title,
            "status": enrolment.get_status_display(),
        }
    )


@transaction.atomic
def enrolment_create(
    *,
    actor: Any,
    course: Course,
    organisation: Organisation,
    data: dict[str, Any],
    now: datetime | None = None,
) -> Enrolment:
    """A member enrols themself or a person of their organisation (`data`: EnrolmentForm's
    cleaned_data: `user` or None, `name`, `email`, `note`, invoice fields). A full course puts
    the person on the waiting list; otherwise they wait for approval or are confirmed."""
    if not (is_staff(actor) or organisation.pk in organisation_ids_of(actor)):
        raise PermissionDenied()
    user = data.get("user")
    _check_person(actor, organisation, user)
    if not enrolment_open(course, now or timezone.now()):
        raise Conflict(_("Enrolment for this course is closed."))
    locked = lock_course(course)
    email = (user.email if user is not None else data["email"]).strip()
    if _already_enrolled(locked, email, user):
        raise Conflict(_("This person is already enrolled in this course."))
    status = _seat_status(locked)
    enrolment = Enrolment(
        course=locked,
        organisation=organisation,
        user=user,
        enrolled_by=actor,
        name=(user.full_name or user.display_name) if user is not None else data["name"],
        email=email,
        status=status,
        note=data.get("note", ""),
        fee_amount=locked.fee_amount if locked.has_fee else None,
        fee_currency=locked.fee_currency if locked.has_fee else "",
        fee_status=FeeStatus.DUE if locked.has_fee else FeeStatus.NONE,
        **{k: data.get(k) or "" for k in INVOICE_FIELDS},
    )
    if not enrolment.invoice_kind:
        enrolment.invoice_kind = "none"
    try:
        with transaction.atomic():
            enrolment.save()
    except IntegrityError:
        raise Conflict(_("This person is already enrolled in this course.")) from None
    if status in SEATED:
        _take_seat(locked, 1)
    notices.tell(enrolment, kind="training.enrolment", title=_status_title(enrolment))
    return enrolment


def promote_waiting(course: Course) -> list[Enrolment]:
    """Give freed seats of the locked course to the waiting list, oldest first."""
    promoted = []
    while course.capacity is None or course.seats_taken < course.capacity:
        waiting = (
            Enrolment.objects.select_for_update()
            .filter(course=course, status=EnrolmentStatus.WAITLISTED)
            .order_by("created_at", "id")
            .first()
        )
        if waiting is None:
            break
        waiting.status = _seat_status(course)
        waiting.save(update_fields=["status", "updated_at"])
        _take_seat(course, 1)
        waiting.course = course
        notices.tell(
            waiting,
            kind="training.promoted",
            title=lambda w=waiting: (
                _("A place is free for %(name)s in %(course)s")
                % {"name": w.name, "course": w.course.title}
            ),
            body=_status_title(waiting),
        )
        promoted.append(waiting)
    return promoted


def _leave(enrolment: Enrolment, status: str, now: datetime | None = None) -> Enrolment:
    """Cancel or reject: free the seat and promote the next person (course row locked)."""
    course = lock_course(enrolment.course)
    locked = _lock_enrolment(enrolment)
    if locked.status not in LIVE:
        raise Conflict(_("This enrolment is no longer active."))
    seated = locked.status in SEATED
    locked.status = status
    locked.decided_at = now or timezone.now()
    locked.save(update_fields=["status", "decided_at", "updated_at"])
    if seated:
        _take_seat(course, -1)
        promote_waiting(course)
    locked.course = course
    return locked


@transaction.atomic
def enrolment_cancel(*, actor: Any, enrolment: Enrolment) -> Enrolment:
    """The person, a member of their organisation or staff cancel; the seat goes to the
    first person waiting."""
    if not can_act_for(actor, enrolment):
        raise NotFound()
    if hasattr(enrolment, "certificate") and not is_staff(actor):
        raise Conflict(_("A certificate has been issued for this enrolment."))
    left = _leave(enrolment, EnrolmentStatus.CANCELLED)
    notices.tell(left, kind="training.enrolment", title=_status_title(left))
    return left


@transaction.atomic
def enrolment_reject(*, actor: Any, enrolment: Enrolment) -> Enrolment:
    """Staff turn down an enrolment waiting for approval (or on the waiting list)."""
    if not can_manage(actor):
        raise PermissionDenied()
    if enrolment.status not in (EnrolmentStatus.PENDING, EnrolmentStatus.WAITLISTED):
        raise Conflict(_("Only an enrolment waiting for approval can be rejected."))
    left = _leave(enrolment, EnrolmentStatus.REJECTED)
    notices.tell(left, kind="training.enrolment", title=_status_title(left))
    return left


@transaction.atomic
def enrolment_approve(
    *, actor: Any, enrolment: Enrolment, now: datetime | None = None
) -> Enrolment:
    """Staff confirm an enrolment waiting for approval (it holds its seat already)."""
    if not can_manage(actor):
        raise PermissionDenied()
    lock_course(enrolment.course)
    locked = _lock_enrolment(enrolment)
    if locked.status != EnrolmentStatus.PENDING:
        raise Conflict(_("Only an enrolment waiting for approval can be approved."))
    locked.status = EnrolmentStatus.CONFIRMED
    locked.decided_at = now or timezone.now()
    locked.save(update_fields=["status", "decided_at", "updated_at"])
    notices.tell(locked, kind="training.enrolment", title=_status_title(locked))
    return locked


@transaction.atomic
def enrolment_record_payment(
    *,
    actor: Any,
    enrolment: Enrolment,
    fee_status: str,
    paid_on: date | None = None,
    reference: str = "",
) -> Enrolment:
    """Staff record the fee, paid offline (bank transfer, card on site), or waive it."""
    if not can_manage(actor):
        raise PermissionDenied()
    if fee_status not in FeeStatus.values:
        raise ValidationFailed(fields={"fee_status": [str(_("Choose a fee status."))]})
    if fee_status == FeeStatus.PAID and paid_on is None:
        raise ValidationFailed(fields={"paid_on": [str(_("Give the day of the payment."))]})
    locked = _lock_enrolment(enrolment)
    locked.fee_status = fee_status
    locked.paid_on = paid_on if fee_status == FeeStatus.PAID else None
    locked.payment_reference = reference[:100]
    locked.save(update_fields=["fee_status", "paid_on", "payment_reference", "updated_at"])
    return locked


@transaction.atomic
def enrolment_update_invoice(
    *, actor: Any, enrolment: Enrolment, data: dict[str, Any]
) -> Enrolment:
    """The person's organisation corrects the invoice details (InvoiceForm's cleaned_data)
    until the fee is paid; staff at any time."""
    if not can_act_for(actor, enrolment):
        raise NotFound()
    locked = _lock_enrolment(enrolment)
    if locked.fee_status == FeeStatus.PAID and not can_manage(actor):
        raise Conflict(_("The fee is paid: ask the centre to change the invoice details."))
    for key in INVOICE_FIELDS:
        setattr(locked, key, data.get(key) or "")
    locked.invoice_kind = locked.invoice_kind or "none"
    locked.save(update_fields=[*INVOICE_FIELDS, "updated_at"])
    return locked
