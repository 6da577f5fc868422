"""What domiciliation keeps about a person (core.personal_data): the hosting contracts they
signed, the KYC documents they uploaded, the rooms they booked and the mail actions they asked
for. Contracts and KYC are records the centre must keep by law: they stay when the account is
deleted."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.domiciliation.models import Booking, Contract, KycDocument, MailItem


def _export(user: Any) -> dict[str, Any]:
    return {
        "contracts_signed": rows(
            Contract.objects.filter(signed_by=user).order_by("id"),
            ("id", "firm_name_en", "firm_name_zh", "status", "starts_on", "ends_on", "signed_at"),
        ),
        "documents_uploaded": rows(
            KycDocument.objects.filter(uploaded_by=user).order_by("id"),
            ("contract_id", "kind", "filename", "uploaded_at"),
        ),
        "bookings": rows(
            Booking.objects.filter(booked_by=user).order_by("starts_at", "id"),
            ("room_id", "title", "attendees", "starts_at", "ends_at", "status"),
        ),
        "mail_actions_requested": rows(
            MailItem.objects.filter(action_requested_by=user).order_by("id"),
            ("contract_id", "kind", "sender", "action", "forward_to", "action_requested_at"),
        ),
    }


register(
    Section(
        key="domiciliation.hosting",
        label=_("Domiciliation: contracts, documents, bookings and mail"),
        export=_export,
        covers=(
            "domiciliation.Contract.signed_by",
            "domiciliation.KycDocument.uploaded_by",
            "domiciliation.Booking.booked_by",
            "domiciliation.MailItem.action_requested_by",
        ),
        not_personal=(
            "domiciliation.Contract.created_by",
            "domiciliation.KycDocument.checked_by",
            "domiciliation.ForwardBundle.sent_by",
            "domiciliation.MailItem.logged_by",
            "domiciliation.MailItem.done_by",
            "domiciliation.RegulatorReport.created_by",
        ),
        order=90,
    )
)
