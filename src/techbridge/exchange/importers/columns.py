"""The organisation column that staff fill in (an imported organisation's external id, or an
organisation's key); an organisation's own editors import for their organisation only and the
column is left out."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from techbridge.accounts.models import Organisation
from techbridge.exchange.importers.base import EXTERNAL_ID, Context, RowResult
from techbridge.exchange.models import ExternalRef, ImportKind

ORGANISATION = "organisation"


class OrganisationColumn:
    """Mixed into an importer whose rows belong to an organisation."""

    def extra_columns(self, ctx: Context) -> list[str]:
        return [ORGANISATION] if ctx.organisation is None else []

    @property
    def required_extra(self) -> tuple[str, ...]:
        return (ORGANISATION,)

    def extra_labels(self) -> dict[str, Any]:
        return {
            EXTERNAL_ID: gettext_lazy("External id"),
            ORGANISATION: gettext_lazy("Organisation (external id or key)"),
        }

    def prefetch_organisations(self, rows: Sequence[RowResult], ctx: Context) -> None:
        if ctx.organisation is None:
            self._organisations({r.cells.get(ORGANISATION, "").strip() for r in rows}, ctx)

    def _organisations(self, keys: set[str], ctx: Context) -> None:
        """Resolve a chunk's organisation keys in two queries: an external id of an
        organisation staff imported, else an organisation's key (slug)."""
        known: dict[str, Organisation | None] = ctx.cache.setdefault("organisations", {})
        keys = {k for k in keys if k and k not in known}
        if not keys:
            return
        refs = dict(
            ExternalRef.objects.filter(
                kind=ImportKind.ORGANISATIONS, scope=0, external_id__in=keys
            ).values_list("external_id", "object_id")
        )
        by_id = Organisation.objects.in_bulk(list(refs.values()))
        by_slug = {o.slug: o for o in Organisation.objects.filter(slug__in=keys - set(refs))}
        for key in keys:
            known[key] = by_id.get(refs[key]) if key in refs else by_slug.get(key)

    def organisation(self, key: str, ctx: Context) -> Organisation | None:
        if ctx.organisation is not None:
            return ctx.organisation  # type: ignore[no-any-return]
        key = key.strip()
        known: dict[str, Organisation | None] = ctx.cache.setdefault("organisations", {})
        if key not in known:
            self._organisations({key}, ctx)
        return known.get(key)

    def check_organisation(self, row: RowResult, ctx: Context) -> Organisation | None:
        org = self.organisation(row.cells.get(ORGANISATION, ""), ctx)
        if org is None:
            row.errors[ORGANISATION] = [
                _("No organisation has this external id or key.")
                if row.cells.get(ORGANISATION, "").strip()
                else _("Name the organisation.")
            ]
        return org
