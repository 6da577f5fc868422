"""Reads about courses. This package is the one place deciding who sees what:

- courses: public ones for everybody, members-only ones for signed-in members, hidden ones
  (drafts) for staff;
- an enrolment (with its fee, invoice details, attendance and certificate): staff, the
  enrolled person's own account, and the members of the enrolment's organisation;
- the organisers' pages (enrolment lists, attendance sheets, check-in): staff;
- a certificate through the public verification page: anybody holding its code, and only
  what the certificate itself shows.

Modules: `courses` (courses and enrolments), `records` (attendance, certificates, the CPD
ledger), `dashboard` (a member's courses, staff counts, organisation summaries).
"""

from techbridge.training.selectors.courses import (
    can_act_for,
    can_manage,
    checkin_target,
    course_dates,
    course_get_for,
    course_get_managed,
    course_list,
    course_roster,
    courses_with_counts,
    enrolment_get_for,
    enrolment_get_managed,
    enrolment_list,
    enrolment_open,
    last_invoice_details,
    live_enrolments_of,
    session_get_managed,
    sessions_of,
    waiting_position,
)
from techbridge.training.selectors.dashboard import (
    my_enrolments,
    organisation_summary,
    staff_counts,
    upcoming_sessions,
)
from techbridge.training.selectors.records import (
    LedgerYear,
    SessionMark,
    attendance_sheet,
    certificate_for,
    certificate_get_managed,
    certificate_verify,
    certificates_issued,
    ledger_by_year,
    ledger_certificates,
    marks_of,
    open_session,
    progress_of,
)

__all__ = [
    "LedgerYear",
    "SessionMark",
    "attendance_sheet",
    "can_act_for",
    "can_manage",
    "certificate_for",
    "certificate_get_managed",
    "certificate_verify",
    "certificates_issued",
    "checkin_target",
    "course_dates",
    "course_get_for",
    "course_get_managed",
    "course_list",
    "course_roster",
    "courses_with_counts",
    "enrolment_get_for",
    "enrolment_get_managed",
    "enrolment_list",
    "enrolment_open",
    "last_invoice_details",
    "ledger_by_year",
    "ledger_certificates",
    "live_enrolments_of",
    "marks_of",
    "my_enrolments",
    "open_session",
    "organisation_summary",
    "progress_of",
    "session_get_managed",
    "sessions_of",
    "staff_counts",
    "upcoming_sessions",
    "waiting_position",
]
