"""Reads about incubation, each for one actor and already permission-filtered. This package is
the one place deciding who sees what:

- programmes and published calls: anybody; unpublished calls: staff;
- an application, its answers and files: staff, and the members of the applying
  organisation — nobody else learns it exists (NotFound, never PermissionDenied); applicants
  never see reviewers' names or scores (those live in the review selectors);
- the applications of a call, their export and the call's set-up: staff.
"""

from techbridge.incubation.selectors.calls import (
    application_file_for,
    application_get_for,
    applications_of_call,
    call_get_for,
    call_list,
    can_manage,
    centre_time,
    form_fields,
    my_applications,
    own_profiles,
    programme_list,
    questions,
)

__all__ = [
    "application_file_for",
    "application_get_for",
    "applications_of_call",
    "call_get_for",
    "call_list",
    "can_manage",
    "centre_time",
    "form_fields",
    "my_applications",
    "own_profiles",
    "programme_list",
    "questions",
]
