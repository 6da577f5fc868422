"""An event's participants as a spreadsheet for its organisers
(`/events/<slug>/manage/participants?export=csv|xlsx[&status=…]`)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from techbridge.core.exports import Column
from techbridge.core.taxonomy import sector_names

PARTICIPANT_COLUMNS = (
    Column(_("Name"), lambda p: p.name),
    Column(_("Role"), lambda p: p.role),
    Column(_("Organisation"), lambda p: p.organisation.name),
    Column(_("Country"), lambda p: str(p.organisation.country)),
    Column(_("Province"), lambda p: p.organisation.province),
    Column(_("E-mail"), lambda p: p.email),
    Column(_("Status"), lambda p: p.get_status_display()),
    Column(_("Languages spoken"), lambda p: p.languages),
    Column(_("Needs an interpreter"), lambda p: p.needs_interpreter),
    Column(_("Sectors of interest"), lambda p: sector_names(list(p.sectors or []))),
    Column(_("Checked in"), lambda p: p.checked_in_at),
    Column(_("Registered"), lambda p: p.created_at),
)
