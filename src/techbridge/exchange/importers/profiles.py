"""Technology offers and requests: validated by ProfileForm, written by
`profiles.bulk.profiles_save_many` (one transaction, one announcement for search and
matching). Staff name each row's organisation (an imported organisation's external id, or
the organisation's key); an organisation's owner imports its own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from techbridge.accounts.models import Organisation
from techbridge.core.choices import ProfileStatus
from techbridge.exchange.importers.base import EXTERNAL_ID, Context, Importer, RowResult, register
from techbridge.exchange.models import ExternalRef, ImportKind
from techbridge.profiles.bulk import FROZEN, profiles_save_many
from techbridge.profiles.forms import ProfileForm
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.services import EDITABLE_FIELDS

ORGANISATION = "organisation"


class ProfileImporter(Importer):
    kind = ImportKind.PROFILES
    form_class = ProfileForm
    fields = tuple(f for f in EDITABLE_FIELDS if f in ProfileForm.base_fields)

    def extra_columns(self, ctx: Context) -> list[str]:
        return [ORGANISATION] if ctx.organisation is None else []

    @property
    def required_extra(self) -> tuple[str, ...]:  # type: ignore[override]
        return (ORGANISATION,)

    def extra_labels(self) -> dict[str, Any]:
        return {
            EXTERNAL_ID: gettext_lazy("External id"),
            ORGANISATION: gettext_lazy("Organisation (external id or key)"),
        }

    def prefetch(self, object_ids: dict[str, int], rows: Sequence[RowResult], ctx: Context) -> None:
        profiles = TechnologyProfile.objects.in_bulk(list(object_ids.values()))
        ctx.cache["existing"] = {
            ext: profiles[pk] for ext, pk in object_ids.items() if pk in profiles
        }
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

    def check(self, row: RowResult, ctx: Context) -> None:
        org = self.organisation(row.cells.get(ORGANISATION, ""), ctx)
        if org is None:
            row.errors[ORGANISATION] = [
                _("No organisation has this external id or key.")
                if row.cells.get(ORGANISATION, "").strip()
                else _("Name the organisation.")
            ]
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
