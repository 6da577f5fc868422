"""Every write about people and organisations."""

from __future__ import annotations

import secrets
from datetime import timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.changes import OrganisationChange, organisation_changed
from techbridge.accounts.models import (
    ORGANISATION_FIELDS,
    ApiToken,
    Membership,
    Organisation,
    User,
)
from techbridge.accounts.selectors import can_edit_organisation, is_member, is_staff
from techbridge.core.choices import MemberRole
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.core.slugs import slug_for

ORG_FIELDS = ORGANISATION_FIELDS


def _unique_slug(name: str) -> str:
    base = slug_for(name, max_length=40) or f"org-{secrets.token_hex(3)}"
    slug = base
    while Organisation.objects.filter(slug=slug).exists():
        slug = f"{base}-{secrets.token_hex(3)}"
    return slug


@transaction.atomic
def organisation_create(
    *, actor: User, data: dict[str, Any], slug: str | None = None
) -> Organisation:
    """Register an organisation; the actor becomes its owner. `data` is cleaned form data."""
    if not is_member(actor):
        raise PermissionDenied()
    fields = {k: data[k] for k in ORG_FIELDS if k in data}
    if str(fields.get("country", "")) != "CN":
        fields["province"] = ""
    org = Organisation(slug=slug or _unique_slug(data["name"]), **fields)
    if data.get("logo"):
        org.logo = data["logo"]
    org.save()
    Membership.objects.create(user=actor, organisation=org, role=MemberRole.OWNER)
    organisation_changed.announce(OrganisationChange(org.pk))
    return org


@transaction.atomic
def organisation_register(*, actor: User, data: dict[str, Any]) -> Organisation:
    """Staff register an organisation without becoming its member (a bulk import from a
    partner's list); its people join later. `data` is cleaned OrganisationForm data."""
    if not is_staff(actor):
        raise PermissionDenied()
    fields = {k: data[k] for k in ORG_FIELDS if k in data}
    if str(fields.get("country", "")) != "CN":
        fields["province"] = ""
    org = Organisation(slug=_unique_slug(data["name"]), **fields)
    org.save()
    organisation_changed.announce(OrganisationChange(org.pk))
    return org


@transaction.atomic
def organisation_update(
    *, actor: User, organisation: Organisation, data: dict[str, Any]
) -> Organisation:
    if not can_edit_organisation(actor, organisation):
        raise PermissionDenied()
    org = Organisation.objects.select_for_update().get(pk=organisation.pk)
    changed = []
    for key in ORG_FIELDS:
        if key in data and getattr(org, key) != data[key]:
            setattr(org, key, data[key])
            changed.append(key)
    if str(org.country) != "CN" and org.province:
        org.province = ""
        changed.append("province")
    if data.get("logo"):
        org.logo = data["logo"]
        changed.append("logo")
    if changed:
        org.save(update_fields=[*set(changed), "updated_at"])
        organisation_changed.announce(OrganisationChange(org.pk))
    return org


@transaction.atomic
def organisation_set_verified(*, actor: User, organisation: Organisation, verified: bool) -> None:
    if not is_staff(actor):
        raise PermissionDenied()
    organisation.verified = verified
    organisation.save(update_fields=["verified", "updated_at"])
    organisation_changed.announce(OrganisationChange(organisation.pk))


@transaction.atomic
def membership_set(*, actor: User, organisation: Organisation, user: User, role: str) -> Membership:
    """Add a person to an organisation or change their role (owners and staff only)."""
    if role not in MemberRole.values:
        raise ValidationFailed(fields={"role": [str(_("Unknown role."))]})
    owner = Membership.objects.filter(
        user=actor, organisation=organisation, role=MemberRole.OWNER
    ).exists()
    if not (owner or is_staff(actor)):
        raise PermissionDenied()
    try:
        membership, _created = Membership.objects.update_or_create(
            user=user, organisation=organisation, defaults={"role": role}
        )
    except IntegrityError as exc:  # pragma: no cover - concurrent duplicate
        raise Conflict() from exc
    return membership


@transaction.atomic
def api_token_create(*, actor: User, name: str) -> tuple[ApiToken, str]:
    """Create a personal API token; the raw token is returned once and never stored."""
    name = (name or "").strip()[:100]
    if not name:
        raise ValidationFailed(fields={"name": [str(_("Give the token a name."))]})
    raw = "tb_" + secrets.token_urlsafe(32)
    token = ApiToken.objects.create(
        user=actor, name=name, prefix=raw[3:11], digest=ApiToken.hash(raw)
    )
    return token, raw


@transaction.atomic
def api_token_revoke(*, actor: User, token_id: int) -> None:
    updated = ApiToken.objects.filter(id=token_id, user=actor, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )
    if not updated:
        raise PermissionDenied()


TOKEN_USE_PRECISION = timedelta(minutes=1)


def api_token_user(raw: str) -> User | None:
    """The active user a raw token belongs to, or None."""
    if not raw or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(digest=ApiToken.hash(raw), revoked_at__isnull=True, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    # Recorded to the minute: not one write per API call.
    if token.last_used_at is None or now - token.last_used_at >= TOKEN_USE_PRECISION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
