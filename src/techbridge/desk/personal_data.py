"""What the service desk keeps about a person (core.personal_data): the cases they opened,
the messages and files they sent. Cases are records of the centre's service: they stay when
the account is deleted; internal notes of staff are not part of the export. A staff member's
saved queue views are theirs (deleted with the account)."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _

from techbridge.core.personal_data import Section, register, rows
from techbridge.desk.models import Case, CaseAttachment, CaseMessage, QueueView


def _export(user: Any) -> dict[str, Any]:
    return {
        "cases": rows(
            Case.objects.filter(requester=user).order_by("created_at", "id"),
            ("number", "subject", "description", "status", "created_at", "rating"),
        ),
        "messages": rows(
            CaseMessage.objects.filter(author=user, internal=False).order_by("created_at", "id"),
            ("case_id", "body", "created_at"),
        ),
        "files": rows(
            CaseAttachment.objects.filter(uploaded_by=user, internal=False).order_by("id"),
            ("case_id", "filename", "created_at"),
        ),
        "queue_views": rows(
            QueueView.objects.filter(owner=user).order_by("name", "id"),
            ("name", "filters", "shared", "created_at"),
        ),
    }


register(
    Section(
        key="desk.cases",
        label=_("Service requests"),
        export=_export,
        covers=(
            "desk.Case.requester",
            "desk.CaseMessage.author",
            "desk.CaseAttachment.uploaded_by",
            "desk.QueueView.owner",
        ),
        not_personal=(
            "desk.Case.assignee",
            "desk.CaseEvent.actor",
            "desk.Article.updated_by",
            "desk.Procedure.created_by",
            "desk.ProcedureStep.done_by",
            "desk.DepartmentPolicy.head",
            "desk.Handoff.created_by",
            "desk.Handoff.done_by",
        ),
        order=80,
    )
)
