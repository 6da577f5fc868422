"""Every write to events: one transaction each, state changes under `select_for_update()`,
e-mail and tasks dispatched with `transaction.on_commit`."""

from techbridge.events.services.editing import (
    event_create,
    event_update,
    programme_session_add,
    programme_session_delete,
    programme_session_update,
    slots_generate,
)
from techbridge.events.services.meetings import (
    meeting_add,
    meeting_cancel,
    meeting_place,
    request_accept,
    request_create,
    request_decline,
    request_withdraw,
    requests_expire_due,
)
from techbridge.events.services.onsite import (
    checkin,
    feedback_give,
    meeting_mark_attendance,
    record_intention,
)
from techbridge.events.services.registration import (
    participant_approve,
    participant_cancel,
    participant_register,
    participant_reject,
    participant_set_availability,
    participant_set_blocking,
    participant_update,
)
from techbridge.events.services.resources import (
    interpreter_delete,
    interpreter_save,
    room_delete,
    room_save,
)
from techbridge.events.services.scheduling import (
    problem_for_event,
    schedule_announce,
    schedule_run_execute,
    schedule_run_start,
)

__all__ = [
    "checkin",
    "event_create",
    "event_update",
    "feedback_give",
    "interpreter_delete",
    "interpreter_save",
    "meeting_add",
    "meeting_cancel",
    "meeting_mark_attendance",
    "meeting_place",
    "participant_approve",
    "participant_cancel",
    "participant_register",
    "participant_reject",
    "participant_set_availability",
    "participant_set_blocking",
    "participant_update",
    "problem_for_event",
    "programme_session_add",
    "programme_session_delete",
    "programme_session_update",
    "record_intention",
    "request_accept",
    "request_create",
    "request_decline",
    "request_withdraw",
    "requests_expire_due",
    "room_delete",
    "room_save",
    "schedule_announce",
    "schedule_run_execute",
    "schedule_run_start",
    "slots_generate",
]
