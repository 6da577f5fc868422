"""Expressions of interest: sending (with the flood limit), brokering, accepting, declining."""

from __future__ import annotations

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
    PermissionDenied,
    RateLimited,
    ValidationFailed,
)
from techbridge.deals.choices import DeclineReason, Stage, Status
from techbridge.deals.models import Connection
from techbridge.deals.notices import announce, announce_staff
from techbridge.deals.services.access import (
    disclose,
    lock_connection,
    record_stage,
    require_side,
)
from techbridge.matches.models import Match
from techbridge.matches.selectors import match_list
from techbridge.matches.services import match_feedback_from_decline
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.selectors import profile_get_for

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
    match_id: int | None = None,
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
    match = _source_match(actor, org, profile, match_id)
    if match is not None and not related_profile_id:
        related_profile_id = _own_side(match, org)
    connection = Connection(
        match=match,
        from_match=match is not None,
        match_pair=match_pair(match) if match is not None else "",
        match_score=match.score if match is not None else None,
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


def _source_match(
    actor: User, org: Organisation, profile: TechnologyProfile, match_id: int | None
) -> Match | None:
    """The actor's match the EOI was sent from: one of `org`'s matches whose other side is
    `profile`. Anything else (someone else's match, another profile's) links nothing: the
    EOI itself is what the member asked for."""
    if not match_id:
        return None
    match = match_list(actor=actor).filter(pk=match_id).first()
    if match is None:
        return None
    if match.offer_id == profile.pk and match.request.organisation_id == org.pk:
        return match
    if match.request_id == profile.pk and org.pk in (
        match.partner_org_id,
        match.offer.organisation_id if match.offer is not None else None,
    ):
        return match
    return None


def _own_side(match: Match, org: Organisation) -> int | None:
    """The requester's own profile in the match (None for an organisation match)."""
    if match.request.organisation_id == org.pk:
        return match.request_id
    return match.offer_id


def match_pair(match: Match) -> str:
    """The match's language pair, request -> offer ("en->zh"), or "zh->org" for a match
    with an organisation."""
    target = match.offer.language if match.offer is not None else "org"
    return f"{match.request.language}->{target}"


def _announce_eoi(connection: Connection) -> None:
    # The owner learns which organisation is interested, but not yet who its people are.
    announce(
        connection,
        to_org_id=connection.owner_org_id,
        kind="deals.connection",
        title=lambda: (
            _("New expression of interest in “%(title)s”") % {"title": connection.profile.title}
        ),
        body=connection.message,
    )


@transaction.atomic
def connection_forward(*, actor: User, connection: Connection, note: str = "") -> Connection:
    """A broker passes an EOI from the queue on to the owner (with an optional note)."""
    if not is_staff(actor):
        raise PermissionDenied()
    locked = lock_connection(connection)
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
    locked = lock_connection(connection)
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
    locked = lock_connection(connection)
    locked.department = department
    locked.save(update_fields=["department", "updated_at"])
    return locked


@transaction.atomic
def connection_accept(*, actor: User, connection: Connection) -> Connection:
    """The owner accepts: both sides now see each other's organisation and contacts, and the
    conversation opens."""
    side = require_side(actor, connection)
    if side != "owner":
        raise PermissionDenied(_("Only the profile's owner accepts an expression of interest."))
    locked = lock_connection(connection)
    if locked.status != Status.PENDING:
        raise Conflict(_("This expression of interest has already been answered."))
    locked.status = Status.ACCEPTED
    locked.decided_by = actor
    locked.decided_at = timezone.now()
    record_stage(locked, Stage.CONTACT_ACCEPTED, actor)
    locked.save(update_fields=["status", "stage", "decided_by", "decided_at", "updated_at"])
    disclose(locked)
    announce(
        locked,
        to_org_id=locked.requester_org_id,
        kind="deals.connection",
        title=lambda: (
            _("Your expression of interest in “%(title)s” was accepted")
            % {"title": locked.profile.title}
        ),
    )
    return locked


@transaction.atomic
def connection_decline(
    *, actor: User, connection: Connection, reason: str, note: str = ""
) -> Connection:
    """The owner (or a broker, while the EOI is with the centre) declines, with a reason
    that is kept for learning."""
    side = require_side(actor, connection)
    if side == "requester":
        raise PermissionDenied()
    if reason not in DeclineReason.values:
        raise ValidationFailed(fields={"reason": [str(_("Choose a reason."))]})
    locked = lock_connection(connection)
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
    if locked.match_id is not None:
        # The decliner's verdict on the match it came from, for matching to learn from.
        match_feedback_from_decline(
            actor=actor,
            match_id=locked.match_id,
            organisation_id=locked.owner_org_id,
            reason=reason,
        )
    announce(
        locked,
        to_org_id=locked.requester_org_id,
        kind="deals.connection",
        title=lambda: (
            _("Your expression of interest in “%(title)s” was declined")
            % {"title": locked.profile.title}
        ),
        body=DeclineReason(reason).label,
    )
    return locked
