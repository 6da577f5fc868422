"""The staff queue as a spreadsheet (`?export=csv|xlsx` on the queue, its filters kept)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from techbridge.core.exports import Column

CASE_COLUMNS = (
    Column(_("Number"), lambda c: c.number),
    Column(_("Subject"), lambda c: c.subject),
    Column(_("Service"), lambda c: c.service_type.name),
    Column(_("Organisation"), lambda c: c.organisation.name),
    Column(_("Department"), lambda c: c.get_department_display()),
    Column(_("Status"), lambda c: c.get_status_display()),
    Column(_("Priority"), lambda c: c.get_priority_display()),
    Column(_("Assignee"), lambda c: c.assignee.display_name if c.assignee else ""),
    Column(_("Received"), lambda c: c.created_at),
    Column(_("First response"), lambda c: c.first_response_at),
    Column(_("Resolved"), lambda c: c.resolved_at),
    Column(_("Resolution due"), lambda c: c.resolution_due),
    Column(_("SLA breached"), lambda c: c.sla_breached),
    Column(_("Satisfaction (1-5)"), lambda c: c.rating),
)
