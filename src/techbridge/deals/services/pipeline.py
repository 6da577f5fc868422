"""The pipeline after acceptance: stage changes, cooperation intentions, contracts."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.core.errors import (
    Conflict,
    ValidationFailed,
)
from techbridge.deals.choices import CLOSED_STAGES, DealType, Stage, Status
from techbridge.deals.forms import implausible_value
from techbridge.deals.guards import contract_blocker
from techbridge.deals.models import Connection, Contract, CooperationIntention
from techbridge.deals.notices import announce
from techbridge.deals.services.access import lock_connection, record_stage, require_side

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
    def title() -> str:
        return _("“%(title)s”: now at “%(stage)s”") % {
            "title": locked.profile.title,
            "stage": Stage(locked.stage).label,
        }

    for org_id in (locked.owner_org_id, locked.requester_org_id):
        announce(locked, to_org_id=org_id, kind="deals.connection", title=title, exclude=actor)


@transaction.atomic
def connection_advance(
    *, actor: User, connection: Connection, stage: str, note: str = "", lost_reason: str = ""
) -> Connection:
    """Move an accepted connection one step: meeting held, negotiation, closed (won/lost).
    Intentions and contracts are entered with their data (`intention_record`,
    `contract_record`)."""
    require_side(actor, connection)
    if stage not in Stage.values:
        raise ValidationFailed(fields={"stage": [str(_("Unknown stage."))]})
    if stage in DATA_STAGES:
        raise ValidationFailed(
            fields={"stage": [str(_("Record the intention or the contract with its data."))]}
        )
    lost_reason = (lost_reason or "").strip()
    if stage == Stage.CLOSED_LOST and not lost_reason:
        raise ValidationFailed(fields={"lost_reason": [str(_("Say why the deal was lost."))]})
    locked = lock_connection(connection)
    _check_transition(locked, stage)
    record_stage(locked, stage, actor, note)
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
    event: Any = None,
    event_ref: str = "",
) -> CooperationIntention:
    """Record the signed cooperation intention (`event`: the centre's event where it was
    reached, if any, as the caller found it: `forms.IntentionForm` turns a slug into it);
    the connection moves to that stage."""
    require_side(actor, connection)
    if type not in DealType.values:
        raise ValidationFailed(fields={"type": [str(_("Unknown type."))]})
    locked = lock_connection(connection)
    _check_transition(locked, Stage.INTENTION_SIGNED)
    intention = CooperationIntention.objects.create(
        connection=locked,
        signed_on=signed_on,
        type=type,
        summary=summary[:3000],
        event=event,
        event_ref=(event_ref or "")[:100],
        recorded_by=actor,
    )
    record_stage(locked, Stage.INTENTION_SIGNED, actor)
    locked.save(update_fields=["stage", "updated_at"])
    _announce_stage(locked, actor)
    return intention


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
    require_side(actor, connection)
    if type not in DealType.values:
        raise ValidationFailed(fields={"type": [str(_("Unknown type."))]})
    if value is None or value <= 0:
        raise ValidationFailed(fields={"value": [str(_("Give the contract's value."))]})
    problem = implausible_value(value)
    if problem:
        raise ValidationFailed(fields={"value": [problem]})
    locked = lock_connection(connection)
    _check_transition(locked, Stage.CONTRACT_SIGNED)
    blocker = contract_blocker(locked)
    if blocker:
        raise Conflict(blocker)
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
    record_stage(locked, Stage.CONTRACT_SIGNED, actor)
    locked.save(update_fields=["stage", "updated_at"])
    _announce_stage(locked, actor)
    return contract
