"""Every write of the domiciliation app, `<noun>_<verb>(*, actor, ...)`, one transaction each:
contracts (contracts.py), KYC documents (kyc.py), the daily reminders (reminders.py), the
mailroom (mail.py), meeting rooms (rooms.py) and the register's layouts and reports
(register.py)."""

from techbridge.domiciliation.services.contracts import (
    contract_activate,
    contract_address_moved,
    contract_create,
    contract_renew,
    contract_serve_notice,
    contract_sign,
    contract_terminate,
    contract_update,
    plan_terms,
)
from techbridge.domiciliation.services.kyc import document_upload, document_verify
from techbridge.domiciliation.services.reminders import run_daily

__all__ = [
    "contract_activate",
    "contract_address_moved",
    "contract_create",
    "contract_renew",
    "contract_serve_notice",
    "contract_sign",
    "contract_terminate",
    "contract_update",
    "document_upload",
    "document_verify",
    "plan_terms",
    "run_daily",
]
