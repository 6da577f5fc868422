"""Reads of technology profiles. This module is the one place that decides who sees which
profile and whether a profile's owner may be shown: pages, the API, search and matching all
come through here, so a blind profile cannot leak its owner through a side door."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.db.models import BooleanField, Exists, ExpressionWrapper, OuterRef, Q, QuerySet

from techbridge.accounts.models import Organisation
from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.choices import ProfileStatus, Visibility
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.core.taxonomy import sector_name
from techbridge.profiles.models import (
    DisclosureLevel,
    ProfileAttachment,
    ProfileDisclosure,
    TechnologyProfile,
    live_condition,
)


def visible_filter(actor: Any) -> Q | None:
    """The condition on TechnologyProfile rows the actor may see (None: everything)."""
    if is_staff(actor):
        return None
    if not is_member(actor):
        return live_condition() & Q(visibility__in=[Visibility.PUBLIC, Visibility.BLIND])
    own = organisation_ids_of(actor)
    if not own:
        return live_condition() & Q(visibility__in=[Visibility.PUBLIC, Visibility.BLIND])
    return (live_condition() & Q(visibility__in=Visibility.values)) | Q(organisation_id__in=own)


def profile_list(*, actor: Any) -> QuerySet[TechnologyProfile]:
    """Every profile the actor may see, with its organisation joined (and, for a member,
    whether its owner may be shown to them, read in the same query)."""
    qs = TechnologyProfile.objects.select_related("organisation")
    condition = visible_filter(actor)
    qs = qs if condition is None else qs.filter(condition)
    shown = owner_shown_filter(actor)
    if shown is None or not is_member(actor):
        return qs
    return qs.annotate(**{_shown_key(actor): ExpressionWrapper(shown, output_field=BooleanField())})


def public_profile_list(*, actor: Any) -> QuerySet[TechnologyProfile]:
    """Profiles shown in the public database: published (live) and visible to the actor."""
    return profile_list(actor=actor).filter(live_condition())


def profile_get_for(*, actor: Any, profile_id: int) -> TechnologyProfile:
    """One profile the actor may see, or NotFound (never a hint that it exists)."""
    profile = profile_list(actor=actor).filter(pk=profile_id).first()
    if profile is None:
        raise NotFound()
    return profile


def profile_get_editable(*, actor: Any, profile_id: int) -> TechnologyProfile:
    """One profile the actor may edit; NotFound when invisible, PermissionDenied otherwise."""
    profile = profile_get_for(actor=actor, profile_id=profile_id)
    if not can_edit_profile(actor, profile):
        raise PermissionDenied()
    return profile


def can_edit_profile(actor: Any, profile: TechnologyProfile) -> bool:
    if is_staff(actor):
        return True
    return profile.organisation_id in organisation_ids_of(actor, editable=True)


# --- disclosure: blind owners and dossiers, read from ProfileDisclosure ------------------------
# The deals app writes one row per (profile, organisation) when a contact is accepted and when
# its NDA step completes (`profiles.services.disclosure_grant`); these read it, in SQL.


def _disclosed_to(org_ids: set[int]) -> QuerySet[ProfileDisclosure]:
    """Disclosure rows of these organisations about the outer TechnologyProfile row."""
    return ProfileDisclosure.objects.filter(profile=OuterRef("pk"), organisation_id__in=org_ids)


def _shown_key(actor: Any) -> str:
    # Named after the actor, so a card is never built from another actor's answer.
    return f"owner_shown_for_{actor.pk}"


def owner_shown_filter(actor: Any) -> Q | None:
    """The condition on TechnologyProfile rows whose owner the actor may learn (None: all):
    every profile that is not blind, the actor's own, and those disclosed to the actor's
    organisations."""
    if is_staff(actor):
        return None
    not_blind = ~Q(visibility=Visibility.BLIND)
    own = organisation_ids_of(actor)
    if not own:
        return not_blind
    return not_blind | Q(organisation_id__in=own) | Q(Exists(_disclosed_to(own)))


def owner_disclosed(actor: Any, profile: TechnologyProfile) -> bool:
    """Whether the actor may learn who owns the profile."""
    if profile.visibility != Visibility.BLIND or is_staff(actor):
        return True
    own = organisation_ids_of(actor)
    if not own:
        return False
    if profile.organisation_id in own:
        return True
    known = getattr(profile, _shown_key(actor), None)  # read by profile_list for this actor
    if known is not None:
        return bool(known)
    return ProfileDisclosure.objects.filter(profile_id=profile.pk, organisation_id__in=own).exists()


def attachments_for(*, actor: Any, profile: TechnologyProfile) -> QuerySet[ProfileAttachment]:
    """The dossier opens to the owner's members, staff, and to an organisation the profile was
    disclosed to: at level DOSSIER (NDA complete), or at level OWNER when the profile asks
    for no NDA."""
    attachments = ProfileAttachment.objects.filter(profile_id=profile.pk)
    if is_staff(actor):
        return attachments
    own = organisation_ids_of(actor)
    if not own:
        return ProfileAttachment.objects.none()
    if profile.organisation_id in own:
        return attachments
    open_to = ProfileDisclosure.objects.filter(
        Q(level=DisclosureLevel.DOSSIER) | Q(profile__nda_required=False),
        profile=OuterRef("profile_id"),
        organisation_id__in=own,
    )
    return attachments.filter(Exists(open_to))


# --- presentation: what a page or the API may show of a profile -----------------------------


@dataclass(frozen=True)
class OwnerCard:
    id: int
    slug: str
    name: str
    name_alt: str
    type: str
    country: str
    province: str
    city: str
    website: str
    verified: bool
    has_logo: bool


@dataclass(frozen=True)
class ProfileCard:
    """A profile as one actor may see it. `owner` is None when the owner must stay hidden;
    templates and schemas read cards, never the model, so hiding is decided once."""

    id: int
    kind: str
    language: str
    title: str
    summary: str
    description: str
    sectors: list[str]
    sector_names: list[str]
    keywords: list[str]
    trl: int
    ip_status: str
    patent_numbers: list[str]
    partnership_types: list[str]
    target_countries: list[str]
    value_min: Decimal | None
    value_max: Decimal | None
    currency: str
    expires_on: date | None
    status: str
    visibility: str
    published_at: datetime | None
    updated_at: datetime
    owner: OwnerCard | None
    can_edit: bool = False
    rejection_reason: str = ""
    country: str = ""
    province: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def blind(self) -> bool:
        return self.visibility == Visibility.BLIND


def owner_card(org: Organisation) -> OwnerCard:
    return OwnerCard(
        id=org.id,
        slug=org.slug,
        name=org.name,
        name_alt=org.name_alt,
        type=org.type,
        country=str(org.country),
        province=org.province,
        city=org.city,
        website=org.website,
        verified=org.verified,
        has_logo=bool(org.logo),
    )


def present(profile: TechnologyProfile, *, actor: Any) -> ProfileCard:
    """The card of a profile for this actor (the profile must come from `profile_list`)."""
    disclosed = owner_disclosed(actor, profile)
    editable = can_edit_profile(actor, profile)
    org = profile.organisation
    return ProfileCard(
        id=profile.id,
        kind=profile.kind,
        language=profile.language,
        title=profile.title,
        summary=profile.summary,
        description=profile.description,
        sectors=list(profile.sectors),
        sector_names=[sector_name(s) for s in profile.sectors],
        keywords=list(profile.keywords),
        trl=profile.trl,
        ip_status=profile.ip_status,
        patent_numbers=list(profile.patent_numbers),
        partnership_types=list(profile.partnership_types),
        target_countries=list(profile.target_countries),
        value_min=profile.value_min,
        value_max=profile.value_max,
        currency=profile.currency,
        expires_on=profile.expires_on,
        status=profile.status,
        visibility=profile.visibility,
        published_at=profile.published_at,
        updated_at=profile.updated_at,
        owner=owner_card(org) if disclosed else None,
        can_edit=editable,
        rejection_reason=profile.rejection_reason if editable else "",
        # Country and province say where a technology sits without naming who holds it; for
        # blind profiles only the country is kept (a province can single out an owner).
        country=str(org.country),
        province=org.province if disclosed else "",
    )


def present_many(profiles: Any, *, actor: Any) -> list[ProfileCard]:
    return [present(p, actor=actor) for p in profiles]


def organisation_public_profiles(
    *, actor: Any, organisation: Organisation
) -> QuerySet[TechnologyProfile]:
    """The profiles listed under an organisation: published and visible to the actor, never
    blind ones (whoever looks: its own members and staff see those in "my organisation" and
    the back office)."""
    return (
        public_profile_list(actor=actor)
        .filter(organisation=organisation)
        .exclude(visibility=Visibility.BLIND)
    )


def relatable_profiles(*, organisation_ids: set[int], limit: int = 50) -> list[tuple[int, str]]:
    """(id, title) of these organisations' profiles that are still open (not closed or
    expired), newest first: what an expression of interest may name as related."""
    rows = TechnologyProfile.objects.filter(organisation_id__in=organisation_ids).exclude(
        status__in=[ProfileStatus.CLOSED, ProfileStatus.EXPIRED]
    )
    return list(rows.order_by("-id").values_list("id", "title")[:limit])


def review_queue(*, actor: Any) -> QuerySet[TechnologyProfile]:
    """Profiles waiting for staff review, oldest first (staff only)."""
    if not is_staff(actor):
        raise PermissionDenied()
    return (
        TechnologyProfile.objects.select_related("organisation")
        .filter(status=ProfileStatus.SUBMITTED)
        .order_by("submitted_at", "id")
    )


def headline_figures() -> dict[str, int]:
    """The public figures on the home page (public and blind published profiles)."""
    live = TechnologyProfile.objects.filter(live_condition())
    orgs = Organisation.objects.all()
    return {
        "organisations": orgs.count(),
        "countries": orgs.values("country").distinct().count(),
        "provinces": orgs.exclude(province="").values("province").distinct().count(),
        "offers": live.filter(kind="offer").exclude(visibility=Visibility.MEMBERS).count(),
        "requests": live.filter(kind="request").exclude(visibility=Visibility.MEMBERS).count(),
    }
