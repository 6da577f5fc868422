"""The incubation app's models: programmes and calls (programmes.py), applications
(applications.py)."""

from techbridge.incubation.models.applications import (
    Application,
    ApplicationFile,
    AppStatus,
)
from techbridge.incubation.models.programmes import (
    Call,
    CallState,
    EligibilityQuestion,
    FieldKind,
    FormField,
    Programme,
    localised,
)

__all__ = [
    "AppStatus",
    "Application",
    "ApplicationFile",
    "Call",
    "CallState",
    "EligibilityQuestion",
    "FieldKind",
    "FormField",
    "Programme",
    "localised",
]
