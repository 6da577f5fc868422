"""On site: check-in, meetings held or missed, and the outcome each side reports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, DomainError, PermissionDenied, ValidationFailed
from techbridge.events.models import (
    Attendance,
    Meeting,
    MeetingFeedback,
    MeetingStatus,
    Outcome,
    Participant,
    RegistrationStatus,
)
from techbridge.events.selectors import attendance_refusal, can_act_for


@transaction.atomic
def checkin(*, actor: Any, participant: Participant, now: datetime | None = None) -> Participant:
    """Staff check a participant in (from the badge's QR code). Checking in twice is harmless."""
    if not is_staff(actor):
        raise PermissionDenied()
    locked = Participant.objects.select_for_update().get(pk=participant.pk)
    if locked.status != RegistrationStatus.CONFIRMED:
        raise Conflict(_("This registration is not confirmed."))
    if locked.checked_in_at is None:
        locked.checked_in_at = now or timezone.now()
        locked.save(update_fields=["checked_in_at", "updated_at"])
    return locked


def _reporting_side(actor: Any, meeting: Meeting) -> Participant | None:
    """The side a participant's member speaks for (None for staff acting as organisers)."""
    if is_staff(actor):
        return None
    return next((p for p in (meeting.a, meeting.b) if can_act_for(actor, p)), None)


REFUSALS = {
    "unscheduled": _("Only a scheduled meeting can be marked."),
    "early": _("A meeting can be marked held or missed once it has begun."),
    "late": _(
        "The time to mark or correct this meeting has passed; the organisers can still correct it."
    ),
}


@transaction.atomic
def meeting_mark_attendance(
    *,
    actor: Any,
    meeting: Meeting,
    attendance: str,
    absent: Participant | None = None,
    now: datetime | None = None,
) -> Meeting:
    """Either side (or staff) marks a meeting `attendance` = held or no_show (of `absent`; the
    other side by default when a participant reports it): an explicit choice, from the
    meeting's start. The sides may correct it within the window after the meeting's end
    (selectors.attendance_refusal), staff at any time; each change is kept in the meeting's
    history with who made it."""
    if attendance not in (Attendance.HELD, Attendance.NO_SHOW):
        raise ValidationFailed(fields={"attendance": [str(_("Choose held or no-show."))]})
    locked = (
        Meeting.objects.select_for_update(of=("self",))
        .select_related("a", "b", "slot")
        .get(pk=meeting.pk)
    )
    refusal = attendance_refusal(actor=actor, meeting=locked, now=now or timezone.now())
    if refusal == "permission":
        raise PermissionDenied()
    if refusal:
        raise Conflict(REFUSALS[refusal])
    if attendance == Attendance.HELD:
        absent = None
    elif absent is None:
        me = _reporting_side(actor, locked)
        if me is None:
            raise ValidationFailed(fields={"absent": [str(_("Say who did not come."))]})
        absent = locked.other(me.pk)
    if absent is not None and absent.pk not in (locked.a_id, locked.b_id):
        raise ValidationFailed(fields={"absent": [str(_("Not a side of this meeting."))]})
    if (locked.attendance, locked.no_show_participant_id) == (attendance, absent and absent.pk):
        return locked  # the same mark again: no new history row
    locked.attendance, locked.no_show_participant = attendance, absent
    locked._history_user = actor  # simple_history: who made this change
    locked.save(update_fields=["attendance", "no_show_participant", "updated_at"])
    return locked


def record_intention(*, meeting: Meeting, participant: Participant, actor: Any) -> Any:
    """Hook into the deals pipeline: a cooperation intention from a B2B meeting advances the
    accepted connection between the two organisations to "meeting held" (the signed intention
    itself, with its date and type, is then recorded on the deals page). Without such a
    connection the outcome stays recorded here only; the event report counts it.
    Never raises: the pipeline is a follow-up, not a condition of the feedback."""
    try:
        from techbridge.deals import services as deals
        from techbridge.deals.choices import Stage, Status
        from techbridge.deals.models import Connection
    except ImportError:
        return None
    orgs = (meeting.a.organisation_id, meeting.b.organisation_id)
    connection = (
        Connection.objects.filter(status=Status.ACCEPTED, stage=Stage.CONTACT_ACCEPTED)
        .filter(
            Q(owner_org_id=orgs[0], requester_org_id=orgs[1])
            | Q(owner_org_id=orgs[1], requester_org_id=orgs[0])
        )
        .order_by("-id")
        .first()
    )
    if connection is None:
        return None
    note = _("B2B meeting at %(event)s: cooperation intention (%(name)s)") % {
        "event": meeting.event.title,
        "name": participant.name,
    }
    try:
        return deals.connection_advance(
            actor=actor, connection=connection, stage=Stage.MEETING_HELD, note=note
        )
    except DomainError:
        return None


@transaction.atomic
def feedback_give(
    *,
    actor: Any,
    meeting: Meeting,
    participant: Participant,
    rating: int,
    outcome: str,
    comment: str = "",
) -> MeetingFeedback:
    """One side rates the meeting and gives its outcome (once; it can be changed)."""
    if participant.pk not in (meeting.a_id, meeting.b_id) or not can_act_for(actor, participant):
        raise PermissionDenied()
    if not 1 <= rating <= 5 or outcome not in Outcome.values:
        raise ValidationFailed(fields={"rating": ["1..5"], "outcome": list(Outcome.values)})
    if meeting.status != MeetingStatus.ACTIVE:
        raise Conflict(_("This meeting is cancelled."))
    try:
        with transaction.atomic():
            fb, _created = MeetingFeedback.objects.update_or_create(
                meeting=meeting,
                participant=participant,
                defaults={
                    "rating": rating,
                    "outcome": outcome,
                    "comment": comment[:2000],
                    "created_by": actor,
                },
            )
    except IntegrityError:
        raise Conflict() from None
    if outcome == Outcome.INTENTION:
        transaction.on_commit(
            lambda: record_intention(meeting=meeting, participant=participant, actor=actor)
        )
    return fb
