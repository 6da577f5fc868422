"""Every write about courses: `<noun>_<verb>(*, actor, ...)`, one transaction each, row locks
for state changes (the course row first, then the enrolment), history through
django-simple-history, notifications after commit."""

from techbridge.training.services.attendance import (
    attendance_set,
    attendance_sheet_save,
    checkin_scan,
    course_evaluate,
    session_mark_missing_absent,
)
from techbridge.training.services.certificates import certificate_revoke
from techbridge.training.services.courses import (
    course_create,
    course_update,
    session_add,
    session_delete,
    session_update,
)
from techbridge.training.services.enrolment import (
    enrolment_approve,
    enrolment_cancel,
    enrolment_create,
    enrolment_record_payment,
    enrolment_reject,
    enrolment_update_invoice,
)

__all__ = [
    "attendance_set",
    "attendance_sheet_save",
    "certificate_revoke",
    "checkin_scan",
    "course_create",
    "course_evaluate",
    "course_update",
    "enrolment_approve",
    "enrolment_cancel",
    "enrolment_create",
    "enrolment_record_payment",
    "enrolment_reject",
    "enrolment_update_invoice",
    "session_add",
    "session_delete",
    "session_mark_missing_absent",
    "session_update",
]
