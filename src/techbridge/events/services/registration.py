"""Registrations with capacity and a waiting list; availability; cancellation, approval."""

from __future__ import annotations

import itertools
import logging
from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from techbridge.accounts.models import Organisation, User
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.core.i18n import join_list, language_of
from techbridge.events.models import (
    SEATED,
    AvailabilityWindow,
    Event,
    Meeting,
    MeetingRequest,
    MeetingSeat,
    MeetingSlot,
    MeetingStatus,
    Participant,
    RegistrationStatus,
    RequestStatus,
    ScheduleRun,
)
from techbridge.events.selectors import EDITING_DEPARTMENTS, can_act_for
from techbridge.events.services.editing import _locked_event, _staff_only
from techbridge.notifications.services import notify_addresses, notify_users
from techbridge.profiles.models import TechnologyProfile

logger = logging.getLogger(__name__)


def _registration_open(event: Event, now: datetime) -> bool:
    if event.registration_opens_at and now < event.registration_opens_at:
        return False
    if event.registration_closes_at and now > event.registration_closes_at:
        return False
    return now <= event.ends_at


def _seated(event: Event) -> int:
    return Participant.objects.filter(event=event, status__in=SEATED).count()


def _initial_status(event: Event) -> str:
    if event.capacity is not None and _seated(event) >= event.capacity:
        return RegistrationStatus.WAITLISTED
    return RegistrationStatus.PENDING if event.requires_approval else RegistrationStatus.CONFIRMED


def _mail_status(participant_id: int) -> None:
    """Tell the participant and whoever registered them where the registration stands, each
    in their own language (an address without an account: the registering person's)."""
    p = Participant.objects.select_related("event", "registered_by", "user").get(pk=participant_id)
    languages: dict[str, str] = {}  # address -> language; the first named wins
    holder = p.user
    if holder is None and p.email:
        holder = User.objects.filter(email__iexact=p.email).first()
    people = [(p.email, holder or p.registered_by)]
    if p.registered_by is not None:
        people.append((p.registered_by.email, p.registered_by))
    for email, person in people:
        if email and email not in languages:
            languages[email] = language_of(person)
    event, name = p.event, p.name

    def subject() -> str:
        return _("Registration for %(event)s: %(status)s") % {
            "event": event.title,
            "status": p.get_status_display(),
        }

    def body() -> str:
        return _("%(name)s is registered for %(event)s. Status: %(status)s.") % {
            "name": name,
            "event": event.title,
            "status": p.get_status_display(),
        }

    notify_addresses(
        recipients=languages,
        kind="events.registration",
        title=subject,
        body=body,
        url=reverse("events:detail", args=[event.slug]),
    )


@transaction.atomic
def participant_register(
    *,
    actor: Any,
    event: Event,
    organisation: Organisation,
    data: dict[str, Any],
    now: datetime | None = None,
) -> Participant:
    """Register a person of the actor's organisation; `data` is RegistrationForm's
    cleaned_data. Full events put the person on the waiting list."""
    now = now or timezone.now()
    if not is_staff(actor) and organisation.id not in organisation_ids_of(actor):
        raise PermissionDenied()
    if not is_staff(actor) and not _registration_open(event, now):
        raise Conflict(_("Registration for this event is closed."))
    event = _locked_event(event)  # serialises seat counting
    profile_ids = set(data.get("profiles") or [])
    profiles = list(TechnologyProfile.objects.filter(organisation=organisation, pk__in=profile_ids))
    if len(profiles) != len(profile_ids):
        raise ValidationFailed(
            fields={"profiles": [str(_("Choose your organisation's profiles."))]}
        )
    participant = Participant(
        event=event,
        organisation=organisation,
        registered_by=actor if getattr(actor, "is_authenticated", False) else None,
        name=data["name"],
        role=data.get("role", ""),
        email=data.get("email", ""),
        languages=list(data.get("languages") or []),
        needs_interpreter=bool(data.get("needs_interpreter")),
        sectors=list(data.get("sectors") or []),
        partnership_types=list(data.get("partnership_types") or []),
        status=_initial_status(event),
    )
    try:
        with transaction.atomic():
            participant.save()
    except IntegrityError:
        raise Conflict(_("This person is already registered for the event.")) from None
    participant.profiles.set(profiles)
    AvailabilityWindow.objects.bulk_create(
        AvailabilityWindow(participant=participant, starts_at=s, ends_at=e)
        for s, e in data.get("availability") or []
    )
    _mail_status(participant.id)
    return participant


def _covered(windows: list[tuple[datetime, datetime]], slot: MeetingSlot) -> bool:
    return not windows or any(s <= slot.starts_at and slot.ends_at <= e for s, e in windows)


def _meeting_facts(m: Meeting, participant: Participant, event: Event) -> dict[str, Any]:
    """What names a meeting in a message, kept apart from the words (rendered later in the
    reader's language)."""
    other = m.b if m.a_id == participant.pk else m.a
    assert m.slot is not None
    return {
        "name": other.name,
        "time": f"{m.slot.starts_at.astimezone(event.tz):%Y-%m-%d %H:%M}",
        "table": m.table,
    }


def _meeting_list(facts: list[dict[str, Any]]) -> str:
    """The meetings as one list in the active language."""
    lines = [str(_("%(name)s at %(time)s, table %(table)s") % f) for f in facts]
    return join_list(lines, style="clauses")


def _organisers(event: Event) -> list[int]:
    """Who hears about meetings that lost their slot: whoever last ran the scheduler, else
    the events and management staff."""
    run = ScheduleRun.objects.filter(event=event, started_by__isnull=False).first()
    if run is not None and run.started_by is not None and run.started_by.is_active:
        return [run.started_by_id]
    staff = User.objects.filter(is_staff=True, is_active=True, department__in=EDITING_DEPARTMENTS)
    return list(staff.order_by("id").values_list("id", flat=True)[:20])


def _tell_organisers(event: Event, participant: Participant, facts: list[dict[str, Any]]) -> None:
    n = len(facts)

    def title() -> str:
        return ngettext(
            "%(n)d meeting of %(name)s lost its slot (%(event)s)",
            "%(n)d meetings of %(name)s lost their slot (%(event)s)",
            n,
        ) % {"n": n, "name": participant.name, "event": event.title}

    def body() -> str:
        return _(
            "%(name)s changed their availability. These meetings are no longer scheduled: "
            "%(meetings)s. Run the scheduler again to place them."
        ) % {"name": participant.name, "meetings": _meeting_list(facts)}

    notify_users(
        user_ids=_organisers(event),
        kind="events.meeting",
        title=title,
        body=body,
        url=reverse("events:manage", args=[event.slug]),
    )


@transaction.atomic
def participant_set_availability(
    *, actor: Any, participant: Participant, windows: list[tuple[datetime, datetime]]
) -> list[Meeting]:
    """Replace the participant's availability (windows from the availability form or
    `parse_availability`; none at all means available throughout).

    A scheduled meeting whose slot falls outside the new windows: when it is not announced
    yet it loses its slot and table (the organisers are notified and the next scheduler run
    places it again); when it is announced the change is refused with a Conflict that names
    the meetings, and nothing is saved, unless an organiser makes it (someone arrives late
    or leaves early): then the announced meetings lose their slot too and the organisers
    repair the announced agenda (services/repair.py). Returns the meetings unscheduled."""
    if not can_act_for(actor, participant):
        raise PermissionDenied()
    locked = Participant.objects.select_for_update().select_related("event").get(pk=participant.pk)
    if locked.status in (RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED):
        raise Conflict(_("This registration is cancelled."))
    event = locked.event
    windows = sorted(windows)
    for (_s1, e1), (s2, _e2) in itertools.pairwise(windows):
        if s2 < e1:
            raise ValidationFailed(fields={"windows": [str(_("Two windows overlap."))]})
    if any(e <= s for s, e in windows):
        raise ValidationFailed(
            fields={"windows": [str(_("The end time is not after the start time."))]}
        )
    ids = list(
        Meeting.objects.select_for_update()
        .filter(Q(a=locked) | Q(b=locked), status=MeetingStatus.ACTIVE, slot__isnull=False)
        .order_by("pk")
        .values_list("pk", flat=True)
    )
    scheduled = list(
        Meeting.objects.filter(pk__in=ids)
        .select_related("slot", "a", "b")
        .order_by("slot__starts_at")
    )
    lost = [m for m in scheduled if m.slot is not None and not _covered(windows, m.slot)]
    announced = [m for m in lost if m.announced]
    if announced and not is_staff(actor):
        raise Conflict(
            _(
                "These announced meetings fall outside the new availability: %(meetings)s. "
                "Keep these times available, or ask the organisers to move the meetings first."
            )
            % {"meetings": _meeting_list([_meeting_facts(m, locked, event) for m in announced])}
        )
    facts = [_meeting_facts(m, locked, event) for m in lost]
    MeetingSeat.objects.filter(meeting__in=lost).delete()
    for m in lost:
        m.slot, m.table, m.interpreter = None, None, None
        m.sequence += 1
        m.save(update_fields=["slot", "table", "interpreter", "sequence", "updated_at"])
    AvailabilityWindow.objects.filter(participant=locked).delete()
    AvailabilityWindow.objects.bulk_create(
        AvailabilityWindow(participant=locked, starts_at=s, ends_at=e) for s, e in windows
    )
    if lost:
        transaction.on_commit(lambda: _tell_organisers(event, locked, facts))
    return lost


def _promote_waitlist(event: Event) -> list[int]:
    """Fill free seats from the waiting list, first come first served (event is locked)."""
    if event.capacity is None:
        free = Participant.objects.filter(event=event, status=RegistrationStatus.WAITLISTED).count()
    else:
        free = max(0, event.capacity - _seated(event))
    waiting = list(
        Participant.objects.select_for_update()
        .filter(event=event, status=RegistrationStatus.WAITLISTED)
        .order_by("created_at", "id")[:free]
    )
    status = RegistrationStatus.PENDING if event.requires_approval else RegistrationStatus.CONFIRMED
    for p in waiting:
        p.status = status
        p.save(update_fields=["status", "updated_at"])
        _mail_status(p.id)
    return [p.id for p in waiting]


def release_meetings(participant: Participant) -> int:
    """Cancel the participant's meetings (freeing their seats and tables) and close their
    open requests. Runs inside the caller's transaction."""
    meetings = (
        Meeting.objects.select_for_update()
        .filter(event=participant.event_id, status=MeetingStatus.ACTIVE)
        .filter(Q(a=participant) | Q(b=participant))
        .order_by("pk")  # the default ordering joins slots: FOR UPDATE refuses outer joins
    )
    ids = list(meetings.values_list("id", flat=True))
    MeetingSeat.objects.filter(meeting_id__in=ids).delete()
    for m in Meeting.objects.filter(id__in=ids):
        m.status = MeetingStatus.CANCELLED
        m.slot = None
        m.table = None
        m.interpreter = None
        m.sequence += 1
        m.save(update_fields=["status", "slot", "table", "interpreter", "sequence", "updated_at"])
    open_requests = MeetingRequest.objects.filter(
        status__in=[RequestStatus.PENDING, RequestStatus.ACCEPTED]
    ).filter(Q(requester=participant) | Q(recipient=participant))
    open_requests.update(status=RequestStatus.WITHDRAWN, decided_at=timezone.now())
    return len(ids)


# What a registration's editors may change after it is made (the name keys the registration).
UPDATABLE_FIELDS = (
    "role",
    "email",
    "languages",
    "needs_interpreter",
    "sectors",
    "partnership_types",
)


@transaction.atomic
def participant_update(
    *, actor: Any, participant: Participant, data: dict[str, Any]
) -> Participant:
    """Change a live registration's details (`data` is RegistrationForm's cleaned_data);
    new availability windows go through `participant_set_availability`."""
    if not can_act_for(actor, participant):
        raise PermissionDenied()
    locked = Participant.objects.select_for_update().get(pk=participant.pk)
    if locked.status in (RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED):
        raise Conflict(_("This registration is cancelled."))
    for name in UPDATABLE_FIELDS:
        if name in data:
            setattr(locked, name, data[name])
    locked.save(update_fields=[*UPDATABLE_FIELDS, "updated_at"])
    if "availability" in data:
        participant_set_availability(
            actor=actor, participant=locked, windows=data["availability"] or []
        )
    return locked


@transaction.atomic
def participant_cancel(*, actor: Any, participant: Participant) -> Participant:
    """Cancel a registration: the seat goes to the waiting list, the meetings are freed."""
    if not can_act_for(actor, participant):
        raise PermissionDenied()
    event = _locked_event(participant.event)
    locked = Participant.objects.select_for_update().get(pk=participant.pk)
    if locked.status in (RegistrationStatus.CANCELLED, RegistrationStatus.REJECTED):
        raise Conflict(_("This registration is already cancelled."))
    locked.status = RegistrationStatus.CANCELLED
    locked.save(update_fields=["status", "updated_at"])
    release_meetings(locked)
    _promote_waitlist(event)
    _mail_status(locked.id)
    return locked


@transaction.atomic
def participant_approve(*, actor: Any, participant: Participant) -> Participant:
    _staff_only(actor)
    locked = Participant.objects.select_for_update().get(pk=participant.pk)
    if locked.status != RegistrationStatus.PENDING:
        raise Conflict(_("Only a registration waiting for approval can be approved."))
    locked.status = RegistrationStatus.CONFIRMED
    locked.save(update_fields=["status", "updated_at"])
    _mail_status(locked.id)
    return locked


@transaction.atomic
def participant_reject(*, actor: Any, participant: Participant) -> Participant:
    _staff_only(actor)
    event = _locked_event(participant.event)
    locked = Participant.objects.select_for_update().get(pk=participant.pk)
    if locked.status not in (RegistrationStatus.PENDING, RegistrationStatus.WAITLISTED):
        raise Conflict(_("Only a pending registration can be rejected."))
    locked.status = RegistrationStatus.REJECTED
    locked.save(update_fields=["status", "updated_at"])
    _promote_waitlist(event)
    _mail_status(locked.id)
    return locked


@transaction.atomic
def participant_set_blocking(*, actor: Any, participant: Participant, blocks: bool) -> Participant:
    """Block (or accept again) incoming meeting requests."""
    if not can_act_for(actor, participant):
        raise PermissionDenied()
    locked = Participant.objects.select_for_update().get(pk=participant.pk)
    locked.blocks_requests = blocks
    locked.save(update_fields=["blocks_requests", "updated_at"])
    return locked
