"""Reads about hosting, each for one actor and already permission-filtered. This package is
the one place deciding who sees what:

- plans: anybody (they are the centre's offer);
- a contract, its KYC documents, mail items, scans, rules, forwarding addresses, bundles and
  room bookings: staff, and the members of the contract's firm — nobody else, and a firm
  never learns that another firm's record exists (NotFound, never PermissionDenied);
- the pipeline, the mailroom queues, the register and the regulator's reports: staff;
- meeting rooms: staff and the members of a firm with a contract in force.
"""

from techbridge.domiciliation.selectors.contracts import (
    KycCheck,
    KycState,
    can_manage,
    contract_get_for,
    contract_get_managed,
    contract_list,
    current_contract_of,
    document_get_for,
    kyc_checks,
    kyc_passed,
    pipeline,
    plans_offered,
    staff_counts,
)
from techbridge.domiciliation.selectors.mail import (
    forwarding_addresses_of,
    mail_get_for,
    mail_list,
    overdue_items,
    unassigned_items,
)
from techbridge.domiciliation.selectors.rooms import (
    booking_get_for,
    bookings_of,
    can_book,
    day_schedule,
    rooms_for,
)

__all__ = [
    "KycCheck",
    "KycState",
    "booking_get_for",
    "bookings_of",
    "can_book",
    "can_manage",
    "contract_get_for",
    "contract_get_managed",
    "contract_list",
    "current_contract_of",
    "day_schedule",
    "document_get_for",
    "forwarding_addresses_of",
    "kyc_checks",
    "kyc_passed",
    "mail_get_for",
    "mail_list",
    "overdue_items",
    "pipeline",
    "plans_offered",
    "rooms_for",
    "staff_counts",
    "unassigned_items",
]
