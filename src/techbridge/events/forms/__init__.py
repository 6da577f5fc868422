"""The one validator of user input about events, for pages and the API.

- `participant`: registration, meeting requests, feedback
- `availability`: availability windows (free text at registration, a formset after)
- `organiser`: slots, scheduler runs, added meetings, events and their programme
- `resources`: interpreters and meeting rooms
"""

from techbridge.events.forms.availability import (
    MAX_WINDOWS,
    AvailabilityFormSet,
    BaseAvailabilityFormSet,
    WindowForm,
    availability_formset,
    availability_initial,
    event_days,
    format_availability,
    parse_availability,
)
from techbridge.events.forms.organiser import (
    LOCAL_FORMAT,
    RESERVED_SLUGS,
    TIMES,
    EventForm,
    OrganiserMeetingForm,
    ProgrammeSessionForm,
    RepairForm,
    ScheduleRunForm,
    SlotsForm,
)
from techbridge.events.forms.participant import (
    LANGUAGE_CHOICES,
    FeedbackForm,
    MeetingRequestForm,
    RegistrationForm,
)
from techbridge.events.forms.resources import InterpreterForm, RoomForm

__all__ = [
    "LANGUAGE_CHOICES",
    "LOCAL_FORMAT",
    "MAX_WINDOWS",
    "RESERVED_SLUGS",
    "TIMES",
    "AvailabilityFormSet",
    "BaseAvailabilityFormSet",
    "EventForm",
    "FeedbackForm",
    "InterpreterForm",
    "MeetingRequestForm",
    "OrganiserMeetingForm",
    "ProgrammeSessionForm",
    "RegistrationForm",
    "RepairForm",
    "RoomForm",
    "ScheduleRunForm",
    "SlotsForm",
    "WindowForm",
    "availability_formset",
    "availability_initial",
    "event_days",
    "format_availability",
    "parse_availability",
]
