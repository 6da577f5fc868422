"""Every write to technology profiles: one transaction each, audited (django-simple-history),
with a `ProfileChange` announced after commit (profiles.changes) so search and matching follow."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation, User
from techbridge.accounts.selectors import can_edit_organisation, is_staff
from techbridge.core.choices import ProfileStatus
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.notifications.services import notify_organisation
from techbridge.profiles.changes import ProfileAction, announce
from techbridge.profiles.models import (
    PROFILE_FIELDS,
    DisclosureLevel,
    ProfileAttachment,
    ProfileDisclosure,
    TechnologyProfile,
)
from techbridge.profiles.selectors import can_edit_profile

EDITABLE_FIELDS = PROFILE_FIELDS


def _announce(profile_id: int, action: ProfileAction) -> None:
    announce([profile_id], action)


def _locked(profile: TechnologyProfile) -> TechnologyProfile:
    return TechnologyProfile.objects.select_for_update().get(pk=profile.pk)


@transaction.atomic
def profile_create(
    *, actor: User, organisation: Organisation, data: dict[str, Any], submit: bool = False
) -> TechnologyProfile:
    """Create a profile for an organisation the actor edits; `data` is ProfileForm's
    cleaned_data. It starts as a draft, or submitted for review when `submit`."""
    if not can_edit_organisation(actor, organisation):
        raise PermissionDenied()
    fields = {k: data[k] for k in EDITABLE_FIELDS if k in data}
    profile = TechnologyProfile(organisation=organisation, created_by=actor, **fields)
    if submit:
        profile.status = ProfileStatus.SUBMITTED
        profile.submitted_at = timezone.now()
    profile.save()
    _announce(profile.id, ProfileAction.SUBMIT if submit else ProfileAction.CREATE)
    return profile


@transaction.atomic
def profile_update(
    *, actor: User, profile: TechnologyProfile, data: dict[str, Any]
) -> TechnologyProfile:
    """Change a profile's content. A rejected profile goes back to draft; a published one
    stays published (the change is in its history)."""
    if not can_edit_profile(actor, profile):
        raise PermissionDenied()
    locked = _locked(profile)
    if locked.status in (ProfileStatus.CLOSED, ProfileStatus.EXPIRED):
        raise Conflict(_("A closed or expired profile cannot be edited."))
    changed = [k for k in EDITABLE_FIELDS if k in data and getattr(locked, k) != data[k]]
    for key in changed:
        setattr(locked, key, data[key])
    if locked.status == ProfileStatus.REJECTED:
        locked.status = ProfileStatus.DRAFT
        changed.append("status")
    if changed:
        locked.save(update_fields=[*changed, "updated_at"])
        _announce(locked.id, ProfileAction.UPDATE)
    return locked


@transaction.atomic
def profile_submit(*, actor: User, profile: TechnologyProfile) -> TechnologyProfile:
    if not can_edit_profile(actor, profile):
        raise PermissionDenied()
    locked = _locked(profile)
    if locked.status not in (ProfileStatus.DRAFT, ProfileStatus.REJECTED):
        raise Conflict(_("Only a draft or a rejected profile can be submitted."))
    locked.status = ProfileStatus.SUBMITTED
    locked.submitted_at = timezone.now()
    locked.rejection_reason = ""
    locked.save(update_fields=["status", "submitted_at", "rejection_reason", "updated_at"])
    _announce(locked.id, ProfileAction.SUBMIT)
    return locked


@transaction.atomic
def profile_publish(*, actor: User, profile: TechnologyProfile) -> TechnologyProfile:
    """Staff approve a submitted profile: it becomes public (within its visibility)."""
    if not is_staff(actor):
        raise PermissionDenied()
    locked = _locked(profile)
    if locked.status != ProfileStatus.SUBMITTED:
        raise Conflict(_("Only a submitted profile can be published."))
    locked.status = ProfileStatus.PUBLISHED
    locked.published_at = timezone.now()
    locked.reviewed_by = actor
    locked.save(update_fields=["status", "published_at", "reviewed_by", "updated_at"])
    notify_organisation(
        organisation_id=locked.organisation_id,
        kind="profiles.review",
        title=lambda: _("Your profile “%(title)s” is published.") % {"title": locked.title},
        url=reverse("profiles:detail", args=[locked.id]),
    )
    _announce(locked.id, ProfileAction.PUBLISH)
    return locked


@transaction.atomic
def profile_reject(*, actor: User, profile: TechnologyProfile, reason: str) -> TechnologyProfile:
    """Staff send a submitted profile back with a reason the owner sees."""
    if not is_staff(actor):
        raise PermissionDenied()
    reason = (reason or "").strip()
    if len(reason) < 5:
        raise ValidationFailed(fields={"reason": [str(_("Give the owner a reason."))]})
    locked = _locked(profile)
    if locked.status != ProfileStatus.SUBMITTED:
        raise Conflict(_("Only a submitted profile can be rejected."))
    locked.status = ProfileStatus.REJECTED
    locked.rejection_reason = reason[:2000]
    locked.reviewed_by = actor
    locked.save(update_fields=["status", "rejection_reason", "reviewed_by", "updated_at"])
    notify_organisation(
        organisation_id=locked.organisation_id,
        kind="profiles.review",
        title=lambda: _("Your profile “%(title)s” needs changes.") % {"title": locked.title},
        body=locked.rejection_reason,
        url=reverse("profiles:detail", args=[locked.id]),
    )
    _announce(locked.id, ProfileAction.REJECT)
    return locked


@transaction.atomic
def profile_close(*, actor: User, profile: TechnologyProfile) -> TechnologyProfile:
    if not can_edit_profile(actor, profile):
        raise PermissionDenied()
    locked = _locked(profile)
    if locked.status != ProfileStatus.PUBLISHED:
        raise Conflict(_("Only a published profile can be closed."))
    locked.status = ProfileStatus.CLOSED
    locked.closed_at = timezone.now()
    locked.save(update_fields=["status", "closed_at", "updated_at"])
    _announce(locked.id, ProfileAction.CLOSE)
    return locked


@transaction.atomic
def profile_delete(*, actor: User, profile: TechnologyProfile) -> None:
    """Delete a profile that was never published (published ones are closed instead)."""
    if not can_edit_profile(actor, profile):
        raise PermissionDenied()
    locked = _locked(profile)
    if locked.status not in (ProfileStatus.DRAFT, ProfileStatus.REJECTED, ProfileStatus.SUBMITTED):
        raise Conflict(_("A published profile is closed, not deleted."))
    profile_id = locked.id
    locked.delete()
    _announce(profile_id, ProfileAction.DELETE)


def profiles_expire_due(*, now: Any = None) -> int:
    """Mark published profiles past their expiry date as expired; returns how many."""
    today = (now or timezone.now()).date()
    ids = list(
        TechnologyProfile.objects.filter(
            status=ProfileStatus.PUBLISHED, expires_on__lt=today
        ).values_list("id", flat=True)
    )
    for profile_id in ids:
        with transaction.atomic():
            locked = TechnologyProfile.objects.select_for_update().get(pk=profile_id)
            if locked.status == ProfileStatus.PUBLISHED:
                locked.status = ProfileStatus.EXPIRED
                locked.save(update_fields=["status", "updated_at"])
                _announce(profile_id, ProfileAction.EXPIRE)
    return len(ids)


@transaction.atomic
def attachment_add(
    *, actor: User, profile: TechnologyProfile, upload: Any, filename: str, content_type: str
) -> ProfileAttachment:
    if not can_edit_profile(actor, profile):
        raise PermissionDenied()
    return ProfileAttachment.objects.create(
        profile=profile,
        file=upload,
        filename=filename[:200],
        content_type=content_type[:100],
        size=upload.size,
        uploaded_by=actor,
    )


@transaction.atomic
def profiles_import(*, rows: list[dict[str, Any]]) -> list[int]:
    """Bulk-load profiles from another system or the demo set, skipping refs already present
    (so an import can be re-run). Each row holds the model's fields plus `organisation_id`
    and a unique `ref`; validation is the caller's (these rows come from trusted loaders).
    Returns the ids created; one `ProfileChange` (IMPORT) of them all follows after commit."""
    refs = [r["ref"] for r in rows]
    existing = set(TechnologyProfile.objects.filter(ref__in=refs).values_list("ref", flat=True))
    fresh = [TechnologyProfile(**r) for r in rows if r["ref"] not in existing]
    created = TechnologyProfile.objects.bulk_create(fresh, batch_size=500)
    ids = [p.id for p in created if p.id is not None]
    if not ids:  # some backends do not return ids from bulk_create
        ids = list(
            TechnologyProfile.objects.filter(ref__in=[p.ref for p in fresh]).values_list(
                "id", flat=True
            )
        )
    announce(ids, ProfileAction.IMPORT)
    return ids


@transaction.atomic
def disclosure_grant(*, profile_id: int, organisation_id: int, level: str) -> ProfileDisclosure:
    """Record what an organisation has been granted about a profile: OWNER when its contact
    is accepted (or its NDA step starts again), DOSSIER when the NDA step is complete. The
    deals app decides and calls this under the row lock of the one open connection of this
    profile and organisation, so two writes of one pair never race."""
    if level not in DisclosureLevel.values:
        raise ValueError(f"unknown disclosure level {level!r}")
    row, _created = ProfileDisclosure.objects.update_or_create(
        profile_id=profile_id, organisation_id=organisation_id, defaults={"level": level}
    )
    return row
