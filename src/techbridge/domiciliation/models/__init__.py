"""The domiciliation app's tables: plans, contracts and KYC (contracts.py), the mailroom
(mail.py), meeting rooms (rooms.py) and the regulator's register (register.py)."""

from techbridge.domiciliation.models.contracts import (
    CHECKED,
    LIVE,
    STAGE_LABELS,
    CheckResult,
    Contract,
    Currency,
    DocumentKind,
    KycDocument,
    Plan,
    Status,
    TerminationReason,
)
from techbridge.domiciliation.models.mail import (
    ForwardBundle,
    ForwardingAddress,
    MailAction,
    MailItem,
    MailKind,
    MailRule,
    MailStatus,
)
from techbridge.domiciliation.models.register import RegisterLayout, RegulatorReport
from techbridge.domiciliation.models.rooms import SLOT, Booking, BookingSlot, BookingStatus, Room

__all__ = [
    "CHECKED",
    "LIVE",
    "SLOT",
    "STAGE_LABELS",
    "Booking",
    "BookingSlot",
    "BookingStatus",
    "CheckResult",
    "Contract",
    "Currency",
    "DocumentKind",
    "ForwardBundle",
    "ForwardingAddress",
    "KycDocument",
    "MailAction",
    "MailItem",
    "MailKind",
    "MailRule",
    "MailStatus",
    "Plan",
    "RegisterLayout",
    "RegulatorReport",
    "Room",
    "Status",
    "TerminationReason",
]
