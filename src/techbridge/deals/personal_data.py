"""What deals keeps about a person (core.personal_data): the contacts they asked for, the
messages they wrote, the stages, intentions, contracts and documents they recorded. These are
records the centre must keep: they stay when the account is deleted, pointing at the
anonymised "Deleted user"; only the person's read markers are erased."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.deals.models import (
    Connection,
    Contract,
    CooperationIntention,
    Message,
    NdaStep,
    ReadMarker,
    StageChange,
)


def _export(user: Any) -> dict[str, Any]:
    return {
        "connections_requested": rows(
            Connection.objects.filter(requester_user=user).order_by("created_at", "id"),
            ("id", "message", "partnership_type", "status", "stage", "created_at"),
        ),
        "connections_decided": rows(
            Connection.objects.filter(decided_by=user).order_by("decided_at", "id"),
            ("id", "status", "decline_reason", "decline_note", "decided_at"),
        ),
        "messages": rows(
            Message.objects.filter(author=user).order_by("created_at", "id"),
            ("connection_id", "body", "created_at"),
        ),
        "stage_changes": rows(
            StageChange.objects.filter(actor=user).order_by("at", "id"),
            ("connection_id", "from_stage", "to_stage", "note", "at"),
        ),
        "stages_confirmed": rows(
            StageChange.objects.filter(confirmed_by=user).order_by("confirmed_at", "id"),
            ("connection_id", "to_stage", "confirmed_at"),
        ),
        "intentions_recorded": rows(
            CooperationIntention.objects.filter(recorded_by=user).order_by("created_at", "id"),
            ("connection_id", "signed_on", "type", "summary", "created_at"),
        ),
        "contracts_recorded": rows(
            Contract.objects.filter(recorded_by=user).order_by("created_at", "id"),
            ("connection_id", "signed_on", "type", "value", "currency", "registration_number"),
        ),
        "documents_uploaded": rows(
            NdaStep.objects.filter(uploaded_by=user).order_by("created_at", "id"),
            ("connection_id", "filename", "created_at"),
        ),
    }


def _erase(user: Any) -> None:
    ReadMarker.objects.filter(user=user).delete()


register(
    Section(
        key="deals.connections",
        label=_("Contacts, messages and deals"),
        export=_export,
        erase=_erase,
        covers=(
            "deals.Connection.requester_user",
            "deals.Connection.decided_by",
            "deals.Message.author",
            "deals.StageChange.actor",
            "deals.StageChange.confirmed_by",
            "deals.CooperationIntention.recorded_by",
            "deals.Contract.recorded_by",
            "deals.NdaStep.uploaded_by",
            "deals.ReadMarker.user",
        ),
        not_personal=(
            "deals.Contract.verified_by",
            "deals.Contract.approved_by",
        ),
        order=50,
    )
)
