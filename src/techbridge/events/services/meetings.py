"""Meeting requests, meetings and manual booking of a slot and table.

Concurrency: every write that can change a participant's load or seats locks both
participants' rows (in id order, so two writers never deadlock); the unique constraints on
MeetingSeat(participant, slot) and Meeting(event, slot, table) are the last line."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationFailed,
)
from techbridge.events.models import (
    Event,
    Meeting,
    MeetingRequest,
    MeetingSeat,
    MeetingSlot,
    MeetingStatus,
    Participant,
    RegistrationStatus,
    RequestStatus,
    Room,
)
from techbridge.events.selectors import can_act_for
from techbridge.events.services.resources import interpreter_for_place
from techbridge.notifications.services import notify_organisation

OPEN = (RequestStatus.PENDING, RequestStatus.ACCEPTED)


def _lock_pair(x: Participant, y: Participant) -> tuple[Participant, Participant]:
    rows = {
        p.pk: p
        for p in Participant.objects.select_for_update().filter(pk__in=[x.pk, y.pk]).order_by("pk")
    }
    return rows[x.pk], rows[y.pk]


def _live_meetings(p: Participant) -> int:
    return Meeting.objects.filter(Q(a=p) | Q(b=p), status=MeetingStatus.ACTIVE).count()


def _pair_open(x: Participant, y: Participant) -> bool:
    requests = MeetingRequest.objects.filter(
        Q(requester=x, recipient=y) | Q(requester=y, recipient=x), status__in=OPEN
    )
    lo, hi = sorted((x.pk, y.pk))
    meetings = Meeting.objects.filter(a_id=lo, b_id=hi, status=MeetingStatus.ACTIVE)
    return requests.exists() or meetings.exists()


def _has_meeting(x: Participant, y: Participant) -> bool:
    lo, hi = sorted((x.pk, y.pk))
    return Meeting.objects.filter(a_id=lo, b_id=hi, status=MeetingStatus.ACTIVE).exists()


def _check_meeting_caps(event: Event, *people: Participant) -> None:
    for p in people:
        if _live_meetings(p) >= event.max_meetings:
            raise Conflict(
                _("%(name)s already has the most meetings allowed (%(n)d).")
                % {"name": p.name, "n": event.max_meetings}
            )


def _check_pair(requester: Participant, recipient: Participant) -> None:
    if requester.event_id != recipient.event_id:
        raise ValidationFailed(_("Both people must take part in the same event."))
    if requester.pk == recipient.pk:
        raise ValidationFailed(_("A participant cannot meet themselves."))
    if requester.organisation_id == recipient.organisation_id:
        raise Conflict(_("Colleagues of one organisation do not book B2B meetings together."))
    for p in (requester, recipient):
        if p.status != RegistrationStatus.CONFIRMED:
            raise Conflict(_("%(name)s's registration is not confirmed.") % {"name": p.name})


@transaction.atomic
def request_create(
    *,
    actor: Any,
    requester: Participant,
    recipient: Participant,
    message: str = "",
    now: datetime | None = None,
) -> MeetingRequest:
    """Ask for a meeting on behalf of `requester`. Refused when the recipient blocks
    requests, when the pair already has a request or meeting, or past the caps."""
    now = now or timezone.now()
    if not can_act_for(actor, requester):
        raise PermissionDenied()
    event = requester.event
    if not event.b2b_enabled:
        raise Conflict(_("This event has no B2B meetings."))
    requester, recipient = _lock_pair(requester, recipient)
    _check_pair(requester, recipient)
    if recipient.blocks_requests:
        raise Conflict(_("%(name)s does not accept meeting requests.") % {"name": recipient.name})
    if _pair_open(requester, recipient):
        raise Conflict(_("There is already a request or a meeting between these two people."))
    pending = MeetingRequest.objects.filter(
        requester=requester, status=RequestStatus.PENDING
    ).count()
    if pending >= event.max_pending_requests:
        raise RateLimited(
            _("At most %(n)d requests may wait for an answer at once.")
            % {"n": event.max_pending_requests}
        )
    _check_meeting_caps(event, requester)
    req = MeetingRequest.objects.create(
        event=event,
        requester=requester,
        recipient=recipient,
        message=(message or "").replace("\x00", "")[:2000],
        created_by=actor,
        created_at=now,
        expires_at=now + timedelta(hours=event.request_expiry_hours),
    )
    notify_organisation(
        organisation_id=recipient.organisation_id,
        kind="events.meeting",
        title=lambda: (
            _("%(name)s asks %(other)s for a meeting at %(event)s.")
            % {"name": requester.name, "other": recipient.name, "event": event.title}
        ),
        body=req.message,
        url=reverse("events:meetings", args=[event.slug]),
    )
    return req


def _locked_request(req: MeetingRequest) -> MeetingRequest:
    locked = (
        MeetingRequest.objects.select_for_update().select_related("event").filter(pk=req.pk).first()
    )
    if locked is None:
        raise NotFound()
    return locked


@transaction.atomic
def request_accept(*, actor: Any, request: MeetingRequest, now: datetime | None = None) -> Meeting:
    """The recipient accepts: the meeting exists (unscheduled until the scheduler runs)."""
    now = now or timezone.now()
    if not can_act_for(actor, request.recipient):
        raise PermissionDenied()
    requester, recipient = _lock_pair(request.requester, request.recipient)
    req = _locked_request(request)
    if req.status != RequestStatus.PENDING:
        raise Conflict(_("This request is no longer waiting for an answer."))
    if req.expires_at < now:
        raise Conflict(_("This request has expired."))
    _check_pair(requester, recipient)
    if _has_meeting(requester, recipient):
        raise Conflict(_("These two people already have a meeting."))
    _check_meeting_caps(req.event, requester, recipient)
    lo, hi = sorted((requester, recipient), key=lambda p: p.pk)
    meeting = Meeting.objects.create(event=req.event, request=req, a=lo, b=hi, created_by=actor)
    req.status = RequestStatus.ACCEPTED
    req.decided_at = now
    req.save(update_fields=["status", "decided_at"])
    notify_organisation(
        organisation_id=requester.organisation_id,
        kind="events.meeting",
        title=lambda: (
            _("%(other)s accepted to meet %(name)s.")
            % {"other": recipient.name, "name": requester.name}
        ),
        url=reverse("events:meetings", args=[req.event.slug]),
    )
    return meeting


@transaction.atomic
def request_decline(
    *, actor: Any, request: MeetingRequest, now: datetime | None = None
) -> MeetingRequest:
    if not can_act_for(actor, request.recipient):
        raise PermissionDenied()
    req = _locked_request(request)
    if req.status != RequestStatus.PENDING:
        raise Conflict(_("This request is no longer waiting for an answer."))
    req.status = RequestStatus.DECLINED
    req.decided_at = now or timezone.now()
    req.save(update_fields=["status", "decided_at"])
    return req


@transaction.atomic
def request_withdraw(
    *, actor: Any, request: MeetingRequest, now: datetime | None = None
) -> MeetingRequest:
    if not can_act_for(actor, request.requester):
        raise PermissionDenied()
    req = _locked_request(request)
    if req.status != RequestStatus.PENDING:
        raise Conflict(_("Only a pending request can be withdrawn."))
    req.status = RequestStatus.WITHDRAWN
    req.decided_at = now or timezone.now()
    req.save(update_fields=["status", "decided_at"])
    return req


def requests_expire_due(*, now: datetime | None = None) -> int:
    """Pending requests past their expiry become expired; returns how many."""
    now = now or timezone.now()
    with transaction.atomic():
        return MeetingRequest.objects.filter(
            status=RequestStatus.PENDING, expires_at__lt=now
        ).update(status=RequestStatus.EXPIRED, decided_at=now)


@transaction.atomic
def meeting_add(
    *, actor: Any, event: Event, a: Participant, b: Participant, priority: int = 1
) -> Meeting:
    """Organisers add a meeting themselves (no request needed; caps still hold)."""
    if not is_staff(actor):
        raise PermissionDenied()
    if a.event_id != event.pk:
        raise NotFound()
    a, b = _lock_pair(a, b)
    _check_pair(a, b)
    if _has_meeting(a, b):
        raise Conflict(_("These two people already have a meeting."))
    _check_meeting_caps(event, a, b)
    if not 1 <= priority <= 3:
        raise ValidationFailed(fields={"priority": ["1..3"]})
    lo, hi = sorted((a, b), key=lambda p: p.pk)
    return Meeting.objects.create(event=event, a=lo, b=hi, priority=priority, created_by=actor)


def _clear_place(meeting: Meeting) -> None:
    MeetingSeat.objects.filter(meeting=meeting).delete()
    if meeting.slot_id is not None:
        meeting.sequence += 1
    meeting.slot = None
    meeting.table = None
    meeting.interpreter = None


@transaction.atomic
def meeting_cancel(*, actor: Any, meeting: Meeting) -> Meeting:
    """Either side (or an organiser) cancels: the slot and table are free again."""
    if not (can_act_for(actor, meeting.a) or can_act_for(actor, meeting.b)):
        raise PermissionDenied()
    _lock_pair(meeting.a, meeting.b)
    locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
    if locked.status != MeetingStatus.ACTIVE:
        raise Conflict(_("This meeting is already cancelled."))
    _clear_place(locked)
    locked.status = MeetingStatus.CANCELLED
    locked.save(update_fields=["status", "slot", "table", "interpreter", "sequence", "updated_at"])
    return locked


def _available(p: Participant, slot: MeetingSlot) -> bool:
    windows = list(p.availability.all())
    if not windows:
        return True
    return any(w.starts_at <= slot.starts_at and slot.ends_at <= w.ends_at for w in windows)


def _check_place(meeting: Meeting, slot: MeetingSlot, table: int) -> None:
    event = meeting.event
    if slot.event_id != event.pk:
        raise NotFound()
    if not 1 <= table <= event.tables:
        raise ValidationFailed(fields={"table": [str(_("No such table."))]})
    interpreter = meeting.a.needs_interpreter or meeting.b.needs_interpreter
    equipped = event.interpreter_tables > 0 or not event.interpreters.exists()
    if interpreter and equipped and table > event.interpreter_tables:
        raise Conflict(_("This meeting needs a table with an interpreter."))
    for p in (meeting.a, meeting.b):
        if not _available(p, slot):
            raise Conflict(_("%(name)s is not available at this time.") % {"name": p.name})
    rooms = Room.objects.filter(event=event, first_table__lte=table, last_table__gte=table)
    if rooms.filter(closed_slots=slot).exists():
        raise Conflict(_("This table's room is closed at this time."))


@transaction.atomic
def meeting_place(*, actor: Any, meeting: Meeting, slot: MeetingSlot, table: int) -> Meeting:
    """Book a meeting into a slot and table by hand (organisers). Two bookings at once can
    never put a person or a table twice into one slot."""
    if not is_staff(actor):
        raise PermissionDenied()
    a, b = _lock_pair(meeting.a, meeting.b)
    locked = Meeting.objects.select_for_update().select_related("event").get(pk=meeting.pk)
    locked.a, locked.b = (a, b) if a.pk == locked.a_id else (b, a)
    if locked.status != MeetingStatus.ACTIVE:
        raise Conflict(_("This meeting is cancelled."))
    _check_place(locked, slot, table)
    busy = MeetingSeat.objects.filter(participant__in=[a, b], slot=slot).exclude(meeting=locked)
    if busy.exists():
        raise Conflict(_("One of the two people already has a meeting in this slot."))
    previous = (locked.slot_id, locked.table, locked.interpreter_id)
    MeetingSeat.objects.filter(meeting=locked).delete()
    locked.interpreter = interpreter_for_place(locked, slot)
    locked.slot, locked.table = slot, table
    if previous[0] is not None and previous != (slot.pk, table, locked.interpreter_id):
        locked.sequence += 1
    try:
        with transaction.atomic():
            locked.save(update_fields=["slot", "table", "interpreter", "sequence", "updated_at"])
            MeetingSeat.objects.bulk_create(
                [MeetingSeat(meeting=locked, participant=p, slot=slot) for p in (a, b)]
            )
    except IntegrityError:
        raise Conflict(
            _("This table or one of the two people is already booked in this slot.")
        ) from None
    return locked
