"""Every write of the service desk (one transaction each)."""

from techbridge.desk.services.cancelling import case_cancel, procedure_cancel
from techbridge.desk.services.cases import case_reply, case_submit
from techbridge.desk.services.catalogue import catalogue_install
from techbridge.desk.services.handoffs import handoff_answer, handoff_create
from techbridge.desk.services.knowledge import article_save
from techbridge.desk.services.queue_views import queue_view_delete, queue_view_save
from techbridge.desk.services.watchers import case_unwatch, case_watch
from techbridge.desk.services.workflow import (
    allowed_moves,
    case_assign,
    case_move,
    case_rate,
    case_take,
)

__all__ = [
    "allowed_moves",
    "article_save",
    "case_assign",
    "case_cancel",
    "case_move",
    "case_rate",
    "case_reply",
    "case_submit",
    "case_take",
    "case_unwatch",
    "case_watch",
    "catalogue_install",
    "handoff_answer",
    "handoff_create",
    "procedure_cancel",
    "queue_view_delete",
    "queue_view_save",
]
