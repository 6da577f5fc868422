"""Events, their programme, registrations (participants), B2B meeting slots, meeting
requests, meetings, check-in and outcomes.

- `choices`: the vocabularies
- `event`: events, programme sessions, meeting slots
- `participants`: registrations and availability windows
- `meetings`: requests, meetings and seats, feedback, scheduler runs
- `versions`: the change log of announced agendas
- `printing`: print runs (all badges and agendas in one archive)
- `resources`: interpreters and meeting rooms

Double booking is impossible at the database level: a scheduled meeting owns one
MeetingSeat per participant with UNIQUE(participant, slot), and UNIQUE(event, slot, table)
holds on meetings. Times are stored in UTC and shown in the event's IANA time zone.
"""

from techbridge.events.models.choices import (
    SEATED,
    Attendance,
    EventType,
    EventVisibility,
    MeetingStatus,
    Outcome,
    RegistrationStatus,
    RequestStatus,
    RunKind,
    RunStatus,
    SessionKind,
)
from techbridge.events.models.event import (
    Event,
    MeetingSlot,
    ProgrammeSession,
)
from techbridge.events.models.meetings import (
    Meeting,
    MeetingFeedback,
    MeetingRequest,
    MeetingSeat,
    ScheduleRun,
)
from techbridge.events.models.participants import (
    AvailabilityWindow,
    Participant,
)
from techbridge.events.models.printing import PrintRun
from techbridge.events.models.resources import Interpreter, Room
from techbridge.events.models.versions import ScheduleVersion

__all__ = [
    "SEATED",
    "Attendance",
    "AvailabilityWindow",
    "Event",
    "EventType",
    "EventVisibility",
    "Interpreter",
    "Meeting",
    "MeetingFeedback",
    "MeetingRequest",
    "MeetingSeat",
    "MeetingSlot",
    "MeetingStatus",
    "Outcome",
    "Participant",
    "PrintRun",
    "ProgrammeSession",
    "RegistrationStatus",
    "RequestStatus",
    "Room",
    "RunKind",
    "RunStatus",
    "ScheduleRun",
    "ScheduleVersion",
    "SessionKind",
]
