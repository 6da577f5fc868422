"""The organisation directory as a spreadsheet for staff (`?export=csv|xlsx`)."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from techbridge.core.exports import Column
from techbridge.core.provinces import province_name
from techbridge.core.taxonomy import sector_names

ORGANISATION_COLUMNS = (
    Column(_("Key"), lambda o: o.slug),
    Column(_("Name"), lambda o: o.name),
    Column(_("Other name"), lambda o: o.name_alt),
    Column(_("Type"), lambda o: o.get_type_display()),
    Column(_("Country"), lambda o: str(o.country)),
    Column(_("Province"), lambda o: province_name(o.province)),
    Column(_("City"), lambda o: o.city),
    Column(_("Sectors"), lambda o: sector_names(list(o.sectors or []))),
    Column(_("Website"), lambda o: o.website),
    Column(_("Verified"), lambda o: o.verified),
    Column(_("Registered"), lambda o: o.created_at),
)
