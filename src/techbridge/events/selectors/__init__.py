"""Reads about events, permission-filtered for an actor: who sees which event, which
participants a member acts for, who sees the directory and what of a participant's profiles
may be shown (blind profiles go through `techbridge.profiles.selectors.present`).

- `access`: events, editing rights, the event's interpreters and rooms (organisers), the
  participants a member acts for
- `people`: the directory and participant cards
- `suggestions`: whom a participant should meet
- `agenda`: a participant's requests, meetings and agenda
- `attendance`: who may mark a meeting held or missed, and its marks
- `organiser`: the table plan and the event report
- `changes`: a repair's change list and the change log of announced agendas
"""

from techbridge.events.selectors.access import (
    EDITING_DEPARTMENTS,
    acting_participants,
    can_act_for,
    can_edit_events,
    checkin_target,
    event_get_editable,
    event_get_for,
    event_get_managed,
    event_list,
    interpreter_get_managed,
    interpreters_managed,
    participant_by_feed_token,
    participant_get_for,
    room_get_managed,
    rooms_managed,
)
from techbridge.events.selectors.agenda import (
    AgendaItem,
    Withdrawn,
    agenda_by_token,
    agenda_for,
    meetings_of,
    requests_for,
    upcoming_registrations,
    with_accept_blockers,
    withdrawn_meetings,
)
from techbridge.events.selectors.attendance import (
    Mark,
    attendance_marks,
    attendance_refusal,
    attendance_window,
)
from techbridge.events.selectors.changes import (
    affected_people,
    change_rows,
    pending_repair,
    repair_get,
    version_get,
    versions_for,
)
from techbridge.events.selectors.organiser import (
    event_report,
    no_show_counts,
    table_plan,
)
from techbridge.events.selectors.people import (
    DIRECTORY_FILTERS,
    ParticipantCard,
    can_see_directory,
    directory,
    participant_card,
)
from techbridge.events.selectors.suggestions import (
    SUGGEST_CACHE_SECONDS,
    SUGGEST_K,
    engine_scores,
    event_engine_scores,
    pair_score,
    suggestion_score,
    suggestions_for,
)

__all__ = [
    "DIRECTORY_FILTERS",
    "EDITING_DEPARTMENTS",
    "SUGGEST_CACHE_SECONDS",
    "SUGGEST_K",
    "AgendaItem",
    "Mark",
    "ParticipantCard",
    "Withdrawn",
    "acting_participants",
    "affected_people",
    "agenda_by_token",
    "agenda_for",
    "attendance_marks",
    "attendance_refusal",
    "attendance_window",
    "can_act_for",
    "can_edit_events",
    "can_see_directory",
    "change_rows",
    "checkin_target",
    "directory",
    "engine_scores",
    "event_engine_scores",
    "event_get_editable",
    "event_get_for",
    "event_get_managed",
    "event_list",
    "event_report",
    "interpreter_get_managed",
    "interpreters_managed",
    "meetings_of",
    "no_show_counts",
    "pair_score",
    "participant_by_feed_token",
    "participant_card",
    "participant_get_for",
    "pending_repair",
    "repair_get",
    "requests_for",
    "room_get_managed",
    "rooms_managed",
    "suggestion_score",
    "suggestions_for",
    "table_plan",
    "upcoming_registrations",
    "version_get",
    "versions_for",
    "with_accept_blockers",
    "withdrawn_meetings",
]
