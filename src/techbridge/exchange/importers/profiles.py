"""Technology offers and requests: validated by ProfileForm, written by
`profiles.bulk.profiles_save_many` (one transaction, one announcement for search and
matching). Staff name each row's organisation (an imported organisation's external id, or
the organisation's key); an organisation's owner imports its own."""

from __future__ import annotations

from collections.abc import Sequence

from django.utils.translation import gettext as _

from techbridge.core.choices import ProfileStatus
from techbridge.exchange.importers.base import Context, Importer, RowResult, register
from techbridge.exchange.importers.columns import ORGANISATION, OrganisationColumn
from techbridge.exchange.models import ImportKind
from techbridge.profiles.bulk import FROZEN, profiles_save_many
from techbridge.profiles.forms import ProfileForm
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.services import EDITABLE_FIELDS


class ProfileImporter(OrganisationColumn, Importer):
    kind = ImportKind.PROFILES
    form_class = ProfileForm
    fields = tuple(f for f in EDITABLE_FIELDS if f in ProfileForm.base_fields)

    def prefetch(self, object_ids: dict[str, int], rows: Sequence[RowResult], ctx: Context) -> None:
        profiles = TechnologyProfile.objects.in_bulk(list(object_ids.values()))
        ctx.cache["existing"] = {
            ext: profiles[pk] for ext, pk in object_ids.items() if pk in profiles
        }
        self.prefetch_organisations(rows, ctx)

    def check(self, row: RowResult, ctx: Context) -> None:
        org = self.check_organisation(row, ctx)
        super().check(row, ctx)
        row.data[ORGANISATION] = org

    def resolve(self, row: RowResult, ctx: Context) -> None:
        existing = ctx.cache.get("existing", {}).get(row.external_id)
        if existing is None:
            row.action = "create"
            return
        if existing.status in FROZEN:
            row.errors[""] = [_("A closed or expired profile cannot be edited.")]
            row.action = "error"
            return
        org = self.organisation(row.cells.get(ORGANISATION, ""), ctx)
        if org is None or existing.organisation_id != org.id:
            row.errors[ORGANISATION] = [_("This row's profile belongs to another organisation.")]
            row.action = "error"
            return
        row.existing = existing
        row.action = "update" if self.changed(existing, row.data) else "unchanged"

    def apply(self, rows: list[RowResult], ctx: Context) -> list[int]:
        status = ctx.options.get("status") or ProfileStatus.DRAFT
        creates = [(r.data[ORGANISATION], r.data) for r in rows if r.action == "create"]
        updates = [(r.existing, r.data) for r in rows if r.action == "update"]
        created, updated = profiles_save_many(
            actor=ctx.actor, creates=creates, updates=updates, status=status
        )
        new_ids, changed_ids = iter(created), iter(updated)
        ids = []
        for row in rows:
            if row.action == "create":
                ids.append(next(new_ids))
            elif row.action == "update":
                ids.append(next(changed_ids))
            else:
                ids.append(row.existing.pk)
        return ids


register(ProfileImporter())
