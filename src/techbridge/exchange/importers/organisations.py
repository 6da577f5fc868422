"""Organisations from a partner's list (staff only): validated by OrganisationForm, created
without members, updated through the accounts services on a re-import."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from techbridge.accounts.forms import OrganisationForm
from techbridge.accounts.models import Organisation
from techbridge.accounts.services import ORG_FIELDS, organisation_register, organisation_update
from techbridge.exchange.importers.base import Context, Importer, RowResult, register
from techbridge.exchange.models import ImportKind


class OrganisationImporter(Importer):
    kind = ImportKind.ORGANISATIONS
    form_class = OrganisationForm
    fields = tuple(f for f in ORG_FIELDS if f in OrganisationForm.base_fields)

    def resolve(self, row: RowResult, ctx: Context) -> None:
        existing = ctx.cache.get("existing", {}).get(row.external_id)
        if existing is None:
            row.action = "create"
            return
        row.existing = existing
        row.action = "update" if self.changed(existing, row.data) else "unchanged"

    def prefetch(self, object_ids: dict[str, int], rows: Sequence[RowResult], ctx: Context) -> None:
        orgs = Organisation.objects.in_bulk(list(object_ids.values()))
        ctx.cache["existing"] = {ext: orgs[pk] for ext, pk in object_ids.items() if pk in orgs}

    def apply(self, rows: list[RowResult], ctx: Context) -> list[int]:
        ids = []
        for row in rows:
            data: dict[str, Any] = {k: row.data[k] for k in self.fields if k in row.data}
            if row.action == "create":
                org = organisation_register(actor=ctx.actor, data=data)
            elif row.action == "update":
                org = organisation_update(actor=ctx.actor, organisation=row.existing, data=data)
            else:
                org = row.existing
            ids.append(org.id)
        return ids


register(OrganisationImporter())
