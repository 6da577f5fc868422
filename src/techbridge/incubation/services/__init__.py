"""Every write of the incubation app: `<noun>_<verb>(*, actor, ...)`, one transaction each,
row locks for state changes, notifications after commit."""

from techbridge.incubation.services.applications import (
    application_save,
    application_start,
    application_submit,
    edit_refusal,
)
from techbridge.incubation.services.calls import (
    call_save,
    field_add,
    field_delete,
    programme_save,
    question_add,
    question_delete,
)

__all__ = [
    "application_save",
    "application_start",
    "application_submit",
    "call_save",
    "edit_refusal",
    "field_add",
    "field_delete",
    "programme_save",
    "question_add",
    "question_delete",
]
