"""Writes of many profiles at once (a spreadsheet import): the same fields and rules as
`profiles.services`, in one transaction, with history rows, and ONE `ProfileChange`
("import", all ids) after commit instead of one per profile."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from techbridge.accounts.models import Organisation, User
from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.choices import ProfileStatus
from techbridge.core.errors import Conflict, PermissionDenied
from techbridge.profiles.changes import ProfileAction, announce
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.services import EDITABLE_FIELDS

IMPORT_STATUSES = (ProfileStatus.DRAFT, ProfileStatus.SUBMITTED, ProfileStatus.PUBLISHED)
FROZEN = (ProfileStatus.CLOSED, ProfileStatus.EXPIRED)
BATCH = 500


def _check_allowed(actor: User, organisation_ids: set[int], status: str) -> None:
    if status not in IMPORT_STATUSES:
        raise Conflict()
    if is_staff(actor):
        return
    if status == ProfileStatus.PUBLISHED or not organisation_ids <= organisation_ids_of(
        actor, editable=True
    ):
        raise PermissionDenied()


@transaction.atomic
def profiles_save_many(
    *,
    actor: User,
    creates: Sequence[tuple[Organisation, dict[str, Any]]],
    updates: Sequence[tuple[TechnologyProfile, dict[str, Any]]],
    status: str = ProfileStatus.DRAFT,
) -> tuple[list[int], list[int]]:
    """Create profiles (in `status`: draft, submitted, or published by staff) and change
    others' content; `data` is ProfileForm's cleaned_data. Returns (created ids, updated ids)
    in the given order. A closed or expired profile is refused (Conflict)."""
    orgs = {o.id for o, _d in creates} | {p.organisation_id for p, _d in updates}
    _check_allowed(actor, orgs, status)
    now = timezone.now()
    fresh = [_new(actor, org, data, status, now) for org, data in creates]
    created = bulk_create_with_history(
        fresh, TechnologyProfile, batch_size=BATCH, default_user=actor
    )
    created_ids = [p.pk for p in created]
    changed, fields = _changes(updates)
    if changed:
        bulk_update_with_history(
            changed,
            TechnologyProfile,
            [*sorted(fields), "updated_at"],
            batch_size=BATCH,
            default_user=actor,
        )
    updated_ids = [p.pk for p, _d in updates]
    ids = [*created_ids, *(p.pk for p in changed)]
    announce(ids, ProfileAction.IMPORT)
    return created_ids, updated_ids


def _new(
    actor: User, org: Organisation, data: dict[str, Any], status: str, now: Any
) -> TechnologyProfile:
    fields = {k: data[k] for k in EDITABLE_FIELDS if k in data}
    profile = TechnologyProfile(organisation=org, created_by=actor, status=status, **fields)
    profile.created_at = profile.updated_at = now
    if status in (ProfileStatus.SUBMITTED, ProfileStatus.PUBLISHED):
        profile.submitted_at = now
    if status == ProfileStatus.PUBLISHED:
        profile.published_at = now
        profile.reviewed_by = actor
    return profile


def _changes(
    updates: Sequence[tuple[TechnologyProfile, dict[str, Any]]],
) -> tuple[list[TechnologyProfile], set[str]]:
    ids = [p.pk for p, _d in updates]
    locked = TechnologyProfile.objects.select_for_update().in_bulk(ids)
    now = timezone.now()
    changed: list[TechnologyProfile] = []
    fields: set[str] = set()
    for profile, data in updates:
        current = locked.get(profile.pk)
        if current is None or current.status in FROZEN:
            raise Conflict()
        keys = [k for k in EDITABLE_FIELDS if k in data and getattr(current, k) != data[k]]
        if current.status == ProfileStatus.REJECTED:
            current.status = ProfileStatus.DRAFT
            keys.append("status")
        for key in keys:
            setattr(current, key, data.get(key, getattr(current, key)))
        if keys:
            current.updated_at = now
            changed.append(current)
            fields.update(keys)
    return changed, fields
