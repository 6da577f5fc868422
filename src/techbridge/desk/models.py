"""The departments' service desk: every table of the app, importable from here (Django loads
the app's models through this module).

By responsibility: the catalogue (ServiceType, FormField) in models_catalogue; the cases
(Case, CaseMessage, CaseAttachment, CaseEvent, QueueView) in models_cases; the SLA tables and
hand-offs in models_sla; the procedures in models_procedures; the knowledge base in
models_knowledge. Those modules import each other (never this one), so this module is a
leaf that only re-exports."""

from techbridge.desk.models_cases import (  # noqa: F401 (the app's models, one import)
    OPEN_STATUSES,
    Case,
    CaseAttachment,
    CaseEvent,
    CaseMessage,
    CaseStatus,
    EventKind,
    Priority,
    QueueView,
    private_path,
)
from techbridge.desk.models_catalogue import (  # noqa: F401
    FieldKind,
    FormField,
    ProcedureKind,
    ServiceType,
    localised,
)
from techbridge.desk.models_knowledge import Article, Visibility  # noqa: F401
from techbridge.desk.models_procedures import (  # noqa: F401
    ExportClass,
    ExportControlItem,
    Procedure,
    ProcedureDocument,
    ProcedureStatus,
    ProcedureStep,
)
from techbridge.desk.models_sla import (  # noqa: F401
    CalendarDay,
    DayKind,
    DepartmentPolicy,
    Handoff,
    HandoffKind,
    SlaTarget,
)
