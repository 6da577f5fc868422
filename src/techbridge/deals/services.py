"""Every write about connections: one transaction each, the connection row locked with
`select_for_update()` and its state re-checked under the lock, so two people accepting or
advancing the same connection at once cannot corrupt it. Notifications are written in the same
transaction; e-mail goes out after commit through a task."""

from __future__ import annotations

import mimetypes
from collections.abc import Iterable
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation, User
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.choices import Department, PartnershipType
from techbridge.core.errors import (
    Conflict,
    NotFound,
    PermissionDenied,
    RateLimited,
    ValidationFailed,
)
from techbridge.deals import selectors
from techbridge.deals.models import (
    CLOSED_STAGES,
    Connection,
    Contract,
    CooperationIntention,
    DealType,
    DeclineReason,
    Message,
    MessageAttachment,
    NdaStep,
    ReadMarker,
    Stage,
    StageChange,
    Status,
)
from techbridge.deals.notices import announce, announce_staff
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.selectors import profile_get_for

# Which stage may follow which (closing as lost is possible from any open stage). An
# intention may follow a meeting directly; a contract needs a recorded intention.
NEXT_STAGES: dict[str, frozenset[str]] = {
    Stage.CONTACT_ACCEPTED: frozenset({Stage.MEETING_HELD}),
    Stage.MEETING_HELD: frozenset({Stage.NEGOTIATION, Stage.INTENTION_SIGNED}),
    Stage.NEGOTIATION: frozenset({Stage.INTENTION_SIGNED}),
    Stage.INTENTION_SIGNED: frozenset({Stage.CONTRACT_SIGNED}),
    Stage.CONTRACT_SIGNED: frozenset({Stage.CLOSED_WON}),
}
# Stages that carry data are entered only by the service that records the data.
DATA_STAGES = frozenset({Stage.INTENTION_SIGNED, Stage.CONTRACT_SIGNED})
ALLOWED_UPLOADS = {
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".xls": "application/vnd.ms-excel",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".ppt": "application/vnd.ms-powerpoint",
    ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".txt": "text/plain",
    ".csv": "text/csv",
}
# Formats whose first bytes are fixed: an upload claiming them must start with them.
MAGIC = {".pdf": b"%PDF", ".png": b"\x89PNG", ".jpg": b"\xff\xd8\xff", ".jpeg": b"\xff\xd8\xff"}
MAX_FILES_PER_MESSAGE = 5


def _locked(connection: Connection) -> Connection:
    return Connection.objects.select_for_update().get(pk=connection.pk)


def _require_side(actor: User, connection: Connection, *, edit: bool = True) -> str:
    side = selectors.side_of(actor, connection)
    if side is None:
        raise NotFound()
    if edit and not selectors.can_edit_side(actor, connection, side):
        raise PermissionDenied()
    return side


def _record_stage(connection: Connection, to_stage: str, actor: User, note: str = "") -> None:
    StageChange.objects.create(
        connection=connection,
        from_stage=connection.stage,
        to_stage=to_stage,
        actor=actor,
        note=note[:2000],
    )
    connection.stage = to_stage


def _url(connection: Connection) -> str:
    return f"/connections/{connection.pk}/"


# --- expressions of interest ------------------------------------------------------------------


def _requester_org(actor: User, organisation: Organisation | None) -> Organisation:
    editable = organisation_ids_of(actor, editable=True)
    if organisation is None:
        if not editable:
            raise PermissionDenied(_("Only members of a registered organisation send EOIs."))
        return Organisation.objects.get(pk=min(editable))
    if organisation.pk not in editable:
        raise PermissionDenied()
    return organisation


def _check_flood(org: Organisation, now: Any) -> None:
    """EOIs per organisation per day; the organisation row is locked so the count holds."""
    Organisation.objects.select_for_update().filter(pk=org.pk).first()
    limit = settings.TECHBRIDGE["EOI_PER_ORG_PER_DAY"]
    sent = Connection.objects.filter(
        requester_org=org, created_at__gte=now - timedelta(days=1)
    ).count()
    if sent >= limit:
        raise RateLimited(
            _(
                "Your organisation has sent %(limit)d expressions of interest in the last 24 "
                "hours, the daily limit. Please try again tomorrow."
            )
            % {"limit": limit}
        )


def _related(actor: User, org: Organisation, related_profile_id: int | None) -> Any:
    if not related_profile_id:
        return None
    related = TechnologyProfile.objects.filter(pk=related_profile_id, organisation=org).first()
    if related is None:
        raise ValidationFailed(
            fields={"related_profile": [str(_("Choose one of your organisation's profiles."))]}
        )
    return related


@transaction.atomic
def connection_create(
    *,
    actor: User,
    profile: TechnologyProfile,
    message: str,
    partnership_type: str,
    organisation: Organisation | None = None,
    related_profile_id: int | None = None,
    now: Any = None,
) -> Connection:
    """Send an expression of interest about a published profile. It goes to the owner, or to
    the centre's broker queue when the profile or its organisation asked for mediation."""
    now = now or timezone.now()
    org = _requester_org(actor, organisation)
    profile = profile_get_for(actor=actor, profile_id=profile.pk)
    if not profile.is_published:
        raise Conflict(_("Only a published profile can receive expressions of interest."))
    if profile.organisation_id == org.pk:
        raise Conflict(_("This is your own organisation's profile."))
    if partnership_type not in PartnershipType.values:
        raise ValidationFailed(fields={"partnership_type": [str(_("Unknown partnership."))]})
    _check_flood(org, now)
    brokered = profile.broker_requested or profile.organisation.broker_requested
    connection = Connection(
        profile=profile,
        owner_org_id=profile.organisation_id,
        requester_org=org,
        requester_user=actor,
        related_profile=_related(actor, org, related_profile_id),
        message=message.replace("\x00", "")[:3000],
        partnership_type=partnership_type,
        status=Status.BROKER_QUEUE if brokered else Status.PENDING,
        brokered=brokered,
        created_at=now,
    )
    try:
        with transaction.atomic():
            connection.save()
    except IntegrityError as exc:
        raise Conflict(_("Your organisation already has an open connection about this.")) from exc
    if brokered:
        announce_staff(connection, _("A new expression of interest waits for a broker."))
    else:
        _announce_eoi(connection)
    return connection


def _announce_eoi(connection: Connection) -> None:
    # The owner learns which organisation is interested, but not yet who its people are.
    announce(
        connection,
        to_org_id=connection.owner_org_id,
        kind="connection",
        title=_("New expression of interest in “%(title)s”") % {"title": connection.profile.title},
        body=connection.message,
    )


@transaction.atomic
def connection_forward(*, actor: User, connection: Connection, note: str = "") -> Connection:
    """A broker passes an EOI from the queue on to the owner (with an optional note)."""
    if not is_staff(actor):
        raise PermissionDenied()
    locked = _locked(connection)
    if locked.status != Status.BROKER_QUEUE:
        raise Conflict(_("This expression of interest is no longer in the broker queue."))
    locked.status = Status.PENDING
    locked.forwarded_at = timezone.now()
    if note:
        locked.broker_note = note[:3000]
    locked.save(update_fields=["status", "forwarded_at", "broker_note", "updated_at"])
    _announce_eoi(locked)
    return locked


@transaction.atomic
def connection_broker_note(*, actor: User, connection: Connection, note: str) -> Connection:
    if not is_staff(actor):
        raise PermissionDenied()
    note = (note or "").strip()
    if not note:
        raise ValidationFailed(fields={"note": [str(_("Write a note."))]})
    locked = _locked(connection)
    locked.broker_note = note[:3000]
    locked.save(update_fields=["broker_note", "updated_at"])
    return locked


@transaction.atomic
def connection_assign_department(
    *, actor: User, connection: Connection, department: str
) -> Connection:
    """Staff put a connection in a department's hands (its staff then see and broker it)."""
    if not is_staff(actor):
        raise PermissionDenied()
    if department not in Department.values:
        raise ValidationFailed(fields={"department": [str(_("Unknown department."))]})
    locked = _locked(connection)
    locked.department = department
    locked.save(update_fields=["department", "updated_at"])
    return locked


@transaction.atomic
def connection_accept(*, actor: User, connection: Connection) -> Connection:
    """The owner accepts: both sides now see each other's organisation and contacts, and the
    conversation opens."""
    side = _require_side(actor, connection)
    if side != "owner":
        raise PermissionDenied(_("Only the profile's owner accepts an expression of interest."))
    locked = _locked(connection)
    if locked.status != Status.PENDING:
        raise Conflict(_("This expression of interest has already been answered."))
    locked.status = Status.ACCEPTED
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    _record_stage(locked, Stage.CONTACT_ACCEPTED, actor)
    locked.save(update_fields=["status", "stage", "decided_by", "decided_at", "updated_at"])
    selectors.bump_generation()
    announce(
        locked,
        to_org_id=locked.requester_org_id,
        kind="connection",
        title=_("Your expression of interest in “%(title)s” was accepted")
        % {"title": locked.profile.title},
    )
    return locked


@transaction.atomic
def connection_decline(
    *, actor: User, connection: Connection, reason: str, note: str = ""
) -> Connection:
    """The owner (or a broker, while the EOI is with the centre) declines, with a reason
    that is kept for learning."""
    side = _require_side(actor, connection)
    if side == "requester":
        raise PermissionDenied()
    if reason not in DeclineReason.values:
        raise ValidationFailed(fields={"reason": [str(_("Choose a reason."))]})
    locked = _locked(connection)
    open_statuses = (Status.PENDING, Status.BROKER_QUEUE)
    if locked.status not in open_statuses:
        raise Conflict(_("This expression of interest has already been answered."))
    locked.status = Status.DECLINED
    locked.decline_reason = reason
    locked.decline_note = (note or "")[:2000]
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    locked.save(
        update_fields=[
            "status",
            "decline_reason",
            "decline_note",
            "decided_by",
            "decided_at",
            "updated_at",
        ]
    )
    announce(
        locked,
        to_org_id=locked.requester_org_id,
        kind="connection",
        title=_("Your expression of interest in “%(title)s” was declined")
        % {"title": locked.profile.title},
        body=DeclineReason(reason).label,
    )
    return locked


# --- the pipeline -----------------------------------------------------------------------------


def _check_transition(locked: Connection, to_stage: str) -> None:
    if locked.status != Status.ACCEPTED:
        raise Conflict(_("The pipeline starts once the contact is accepted."))
    if locked.stage in CLOSED_STAGES:
        raise Conflict(_("This connection is closed."))
    if to_stage == Stage.CLOSED_LOST:
        return
    if to_stage not in NEXT_STAGES.get(locked.stage, frozenset()):
        raise Conflict(
            _("A connection at “%(current)s” cannot move to “%(next)s”.")
            % {"current": Stage(locked.stage).label, "next": Stage(to_stage).label}
        )


def _announce_stage(locked: Connection, actor: User) -> None:
    title = _("“%(title)s”: now at “%(stage)s”") % {
        "title": locked.profile.title,
        "stage": Stage(locked.stage).label,
    }
    for org_id in (locked.owner_org_id, locked.requester_org_id):
        announce(locked, to_org_id=org_id, kind="connection", title=title, exclude=actor)


@transaction.atomic
def connection_advance(
    *, actor: User, connection: Connection, stage: str, note: str = "", lost_reason: str = ""
) -> Connection:
    """Move an accepted connection one step: meeting held, negotiation, closed (won/lost).
    Intentions and contracts are entered with their data (`intention_record`,
    `contract_record`)."""
    _require_side(actor, connection)
    if stage not in Stage.values:
        raise ValidationFailed(fields={"stage": [str(_("Unknown stage."))]})
    if stage in DATA_STAGES:
        raise ValidationFailed(
            fields={"stage": [str(_("Record the intention or the contract with its data."))]}
        )
    lost_reason = (lost_reason or "").strip()
    if stage == Stage.CLOSED_LOST and not lost_reason:
        raise ValidationFailed(fields={"lost_reason": [str(_("Say why the deal was lost."))]})
    locked = _locked(connection)
    _check_transition(locked, stage)
    _record_stage(locked, stage, actor, note)
    fields = ["stage", "updated_at"]
    if stage == Stage.CLOSED_LOST:
        locked.lost_reason = lost_reason[:2000]
        fields.append("lost_reason")
    locked.save(update_fields=fields)
    _announce_stage(locked, actor)
    return locked


@transaction.atomic
def intention_record(
    *,
    actor: User,
    connection: Connection,
    signed_on: Any,
    type: str,
    summary: str,
    event: str = "",
    event_ref: str = "",
) -> CooperationIntention:
    """Record the signed cooperation intention (`event`: the slug of the centre's event where
    it was reached, if any); the connection moves to that stage."""
    _require_side(actor, connection)
    if type not in DealType.values:
        raise ValidationFailed(fields={"type": [str(_("Unknown type."))]})
    event_obj = _event(event)
    locked = _locked(connection)
    _check_transition(locked, Stage.INTENTION_SIGNED)
    intention = CooperationIntention.objects.create(
        connection=locked,
        signed_on=signed_on,
        type=type,
        summary=summary[:3000],
        event=event_obj,
        event_ref=(event_ref or "")[:100],
        recorded_by=actor,
    )
    _record_stage(locked, Stage.INTENTION_SIGNED, actor)
    locked.save(update_fields=["stage", "updated_at"])
    _announce_stage(locked, actor)
    return intention


def _event(slug: str) -> Any:
    from techbridge.events.models import Event

    if not slug:
        return None
    found = Event.objects.filter(slug=slug).first()
    if found is None:
        raise ValidationFailed(fields={"event": [str(_("Unknown event."))]})
    return found


@transaction.atomic
def contract_record(
    *,
    actor: User,
    connection: Connection,
    signed_on: Any,
    type: str,
    value: Any,
    currency: str,
    registration_number: str = "",
    summary: str = "",
) -> Contract:
    """Record the signed contract with its value; the connection moves to that stage."""
    _require_side(actor, connection)
    if type not in DealType.values:
        raise ValidationFailed(fields={"type": [str(_("Unknown type."))]})
    if value is None or value <= 0:
        raise ValidationFailed(fields={"value": [str(_("Give the contract's value."))]})
    locked = _locked(connection)
    _check_transition(locked, Stage.CONTRACT_SIGNED)
    contract = Contract.objects.create(
        connection=locked,
        signed_on=signed_on,
        type=type,
        value=value,
        currency=currency,
        registration_number=(registration_number or "")[:40],
        summary=(summary or "")[:3000],
        recorded_by=actor,
    )
    _record_stage(locked, Stage.CONTRACT_SIGNED, actor)
    locked.save(update_fields=["stage", "updated_at"])
    _announce_stage(locked, actor)
    return contract


# --- the conversation -------------------------------------------------------------------------


def _checked_upload(upload: Any) -> tuple[str, str]:
    """(file name, content type) of an acceptable upload, or ValidationFailed. The type is
    decided from the extension and the first bytes, never from what the client claims."""
    name = str(getattr(upload, "name", "") or "file").replace("\x00", "")[-200:]
    ext = ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""
    limit = settings.TECHBRIDGE["ATTACHMENT_MAX_BYTES"]
    if ext not in ALLOWED_UPLOADS:
        raise ValidationFailed(
            fields={
                "files": [str(_("This type of file is not accepted: %(name)s")) % {"name": name}]
            }
        )
    if upload.size > limit:
        raise ValidationFailed(
            fields={
                "files": [
                    str(_("%(name)s is larger than %(mb)d MB."))
                    % {"name": name, "mb": limit // (1024 * 1024)}
                ]
            }
        )
    if ext in MAGIC:
        upload.seek(0)
        head = upload.read(8)
        upload.seek(0)
        if not head.startswith(MAGIC[ext]):
            raise ValidationFailed(
                fields={"files": [str(_("%(name)s is not what its name says.")) % {"name": name}]}
            )
    return name, ALLOWED_UPLOADS.get(ext) or mimetypes.guess_type(name)[
        0
    ] or "application/octet-stream"


@transaction.atomic
def message_post(
    *, actor: User, connection: Connection, body: str, files: Iterable[Any] = ()
) -> Message:
    """Post a message (with attachments) once the contact is accepted; staff may write at
    any time."""
    side = _require_side(actor, connection, edit=False)
    files = list(files)
    body = (body or "").replace("\x00", "").strip()
    if not body:
        raise ValidationFailed(fields={"body": [str(_("Write a message."))]})
    if len(files) > MAX_FILES_PER_MESSAGE:
        raise ValidationFailed(
            fields={"files": [str(_("At most %(n)d files.")) % {"n": MAX_FILES_PER_MESSAGE}]}
        )
    checked = [(_checked_upload(f), f) for f in files]
    locked = _locked(connection)
    if side != "staff" and locked.status != Status.ACCEPTED:
        raise Conflict(_("The conversation opens when the contact is accepted."))
    author_org_id = {"owner": locked.owner_org_id, "requester": locked.requester_org_id}.get(side)
    message = Message.objects.create(
        connection=locked, author=actor, author_org_id=author_org_id, body=body[:5000]
    )
    for (name, content_type), upload in checked:
        MessageAttachment.objects.create(
            message=message, file=upload, filename=name, content_type=content_type, size=upload.size
        )
    locked.save(update_fields=["updated_at"])
    _mark_read(locked, actor, message.created_at)
    title = _("New message about “%(title)s”") % {"title": locked.profile.title}
    for org_id in (locked.owner_org_id, locked.requester_org_id):
        if locked.status == Status.ACCEPTED or org_id == locked.requester_org_id:
            announce(
                locked, to_org_id=org_id, kind="message", title=title, body=body, exclude=actor
            )
    return message


def _mark_read(connection: Connection, actor: User, when: Any) -> None:
    ReadMarker.objects.update_or_create(
        connection=connection, user=actor, defaults={"read_at": when}
    )


@transaction.atomic
def connection_mark_read(*, actor: User, connection: Connection) -> None:
    """The actor has read the conversation up to now."""
    if selectors.side_of(actor, connection) is None:
        raise NotFound()
    _mark_read(connection, actor, timezone.now())


# --- the NDA step -----------------------------------------------------------------------------


@transaction.atomic
def nda_upload(*, actor: User, connection: Connection, upload: Any) -> NdaStep:
    """Either side puts the NDA document on the table; confirmations start again."""
    _require_side(actor, connection)
    name, content_type = _checked_upload(upload)
    locked = _locked(connection)
    if locked.status != Status.ACCEPTED:
        raise Conflict(_("The NDA step comes after the contact is accepted."))
    nda, _created = NdaStep.objects.get_or_create(connection=locked)
    nda.document = upload
    nda.filename = name
    nda.content_type = content_type
    nda.uploaded_by = actor
    nda.owner_confirmed_at = None
    nda.requester_confirmed_at = None
    nda.save()
    selectors.bump_generation()
    return nda


@transaction.atomic
def nda_confirm(*, actor: User, connection: Connection) -> NdaStep:
    """One side confirms the NDA; when both have, the profile's dossier opens."""
    side = _require_side(actor, connection)
    if side == "staff":
        raise PermissionDenied(_("Only the two parties confirm the NDA."))
    locked = _locked(connection)
    nda = NdaStep.objects.select_for_update().filter(connection=locked).first()
    if nda is None or not nda.document:
        raise Conflict(_("No NDA document has been shared yet."))
    field = "owner_confirmed_at" if side == "owner" else "requester_confirmed_at"
    if getattr(nda, field) is None:
        setattr(nda, field, timezone.now())
        nda.save(update_fields=[field])
    selectors.bump_generation()
    return nda
