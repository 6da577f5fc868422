"""Every write about connections: one transaction each, the connection row locked with
`select_for_update()` and its state re-checked under the lock, so two people accepting or
advancing the same connection at once cannot corrupt it. Notifications are written in the same
transaction; e-mail goes out after commit through a task."""

from techbridge.deals.services.connections import (
    connection_accept,
    connection_assign_department,
    connection_broker_note,
    connection_create,
    connection_decline,
    connection_forward,
)
from techbridge.deals.services.conversation import (
    ALLOWED_UPLOADS,
    MAX_FILES_PER_MESSAGE,
    connection_mark_read,
    message_post,
    nda_confirm,
    nda_upload,
)
from techbridge.deals.services.pipeline import (
    DATA_STAGES,
    NEXT_STAGES,
    connection_advance,
    contract_record,
    intention_record,
)
from techbridge.deals.services.verification import (
    connection_confirm,
    contract_approve,
    contract_evidence_upload,
    contract_verify,
)

__all__ = [
    "ALLOWED_UPLOADS",
    "DATA_STAGES",
    "MAX_FILES_PER_MESSAGE",
    "NEXT_STAGES",
    "connection_accept",
    "connection_advance",
    "connection_assign_department",
    "connection_broker_note",
    "connection_confirm",
    "connection_create",
    "connection_decline",
    "connection_forward",
    "connection_mark_read",
    "contract_approve",
    "contract_evidence_upload",
    "contract_record",
    "contract_verify",
    "intention_record",
    "message_post",
    "nda_confirm",
    "nda_upload",
]
