"""The profile list as a spreadsheet for staff (`?export=csv|xlsx` on the list page): the
cards the page shows, so a blind profile's owner stays hidden exactly as on the page."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from techbridge.core.exports import Column

PROFILE_COLUMNS = (
    Column(_("ID"), lambda c: c.id),
    Column(_("Kind"), lambda c: c.kind),
    Column(_("Language"), lambda c: c.language),
    Column(_("Title"), lambda c: c.title),
    Column(_("Summary"), lambda c: c.summary),
    Column(_("Sectors"), lambda c: c.sector_names),
    Column(_("Keywords"), lambda c: c.keywords),
    Column(_("TRL"), lambda c: c.trl),
    Column(_("IP status"), lambda c: c.ip_status),
    Column(_("Partnership types"), lambda c: c.partnership_types),
    Column(_("Visibility"), lambda c: c.visibility),
    Column(_("Organisation"), lambda c: c.owner.name if c.owner else ""),
    Column(_("Country"), lambda c: c.country),
    Column(_("Province"), lambda c: c.province),
    Column(_("Published"), lambda c: c.published_at),
)
