"""Training courses: a series of sessions a person attends to complete the course.

Course → CourseSession (dates in UTC, shown in the course's time zone), Enrolment (a person
of an organisation, with the offline fee and invoice details), Attendance (one mark per
session and enrolment), Certificate (issued once the course's completion rule is met, with
a checksummed verification code). CPD hours are the certificates' hours, per year.

Seats are counted in `Course.seats_taken` (enrolments waiting for approval or confirmed)
under a row lock, and the database refuses a count above the capacity.

- `choices`: the vocabularies
- `courses`: courses and their sessions
- `enrolments`: enrolments, attendance marks, certificates
"""

from techbridge.training.models.choices import (
    CHINESE_INVOICES,
    LIVE,
    SEATED,
    AttendanceSource,
    AttendanceStatus,
    CertificateStatus,
    Currency,
    EnrolmentStatus,
    FeeStatus,
    InvoiceKind,
    Visibility,
)
from techbridge.training.models.courses import (
    Course,
    CourseSession,
)
from techbridge.training.models.enrolments import (
    Attendance,
    Certificate,
    Enrolment,
)

__all__ = [
    "CHINESE_INVOICES",
    "LIVE",
    "SEATED",
    "Attendance",
    "AttendanceSource",
    "AttendanceStatus",
    "Certificate",
    "CertificateStatus",
    "Course",
    "CourseSession",
    "Currency",
    "Enrolment",
    "EnrolmentStatus",
    "FeeStatus",
    "InvoiceKind",
    "Visibility",
]
