"""Reads about people and organisations, already filtered by what the actor may see."""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from techbridge.accounts.models import Membership, Organisation, User
from techbridge.core.choices import MemberRole
from techbridge.core.errors import NotFound


def is_staff(actor: Any) -> bool:
    """Staff of the centre: authenticated, active and flagged as staff."""
    return bool(actor is not None and actor.is_authenticated and actor.is_active and actor.is_staff)


def is_member(actor: Any) -> bool:
    return bool(actor is not None and actor.is_authenticated and actor.is_active)


def organisation_ids_of(actor: Any, *, editable: bool = False) -> set[int]:
    """Ids of the organisations the actor belongs to (as owner/editor when `editable`)."""
    if not is_member(actor):
        return set()
    cache_attr = "_tb_org_ids_edit" if editable else "_tb_org_ids"
    cached = getattr(actor, cache_attr, None)
    if cached is not None:
        return set(cached)
    qs = Membership.objects.filter(user=actor)
    if editable:
        qs = qs.filter(role__in=[MemberRole.OWNER, MemberRole.EDITOR])
    ids = set(qs.values_list("organisation_id", flat=True))
    setattr(actor, cache_attr, frozenset(ids))
    return ids


def organisations_of(actor: Any, *, editable: bool = False) -> QuerySet[Organisation]:
    return Organisation.objects.filter(id__in=organisation_ids_of(actor, editable=editable))


def organisation_choices(organisation_ids: set[int]) -> list[tuple[int, str]]:
    """(id, name) of these organisations, by name (for a "on behalf of" choice)."""
    rows = Organisation.objects.filter(id__in=organisation_ids).order_by("name")
    return list(rows.values_list("id", "name"))


def membership_for(actor: Any, organisation: Organisation) -> Membership | None:
    if not is_member(actor):
        return None
    return Membership.objects.filter(user=actor, organisation=organisation).first()


def can_edit_organisation(actor: Any, organisation: Organisation) -> bool:
    return is_staff(actor) or organisation.id in organisation_ids_of(actor, editable=True)


def organisation_list(*, actor: Any) -> QuerySet[Organisation]:
    """The organisation directory: every registered organisation is listed publicly; what
    the pages show of each is limited to its public fields and public profiles."""
    return Organisation.objects.all().order_by("name")


def organisation_get_for(*, actor: Any, slug: str) -> Organisation:
    org = Organisation.objects.filter(slug=slug).first()
    if org is None:
        raise NotFound()
    return org


def user_by_email(email: str) -> User | None:
    return User.objects.filter(email__iexact=email.strip()).first()


def two_factor_on(user: Any) -> bool:
    """Whether the user signs in with a second factor (an authenticator app, allauth MFA)."""
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
