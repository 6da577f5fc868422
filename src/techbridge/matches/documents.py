"""What the matching engine indexes, as the engine's documents (`engines.matching.ProfileDoc`):
every live profile and every investor or service-provider organisation, with ids the engine
treats as opaque ("p:<profile id>", "o:<organisation id>") and no owner name in them; and the
signature of that population, which tells a held engine it is stale."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Max, QuerySet
from django.utils import timezone

from techbridge.accounts.models import Organisation
from techbridge.core.choices import OrganisationType
from techbridge.engines.matching import ProfileDoc
from techbridge.profiles.models import TechnologyProfile

PARTNER_ORG_TYPES = (OrganisationType.INVESTOR, OrganisationType.SERVICE_PROVIDER)
PROFILE_PREFIX = "p:"
ORG_PREFIX = "o:"
MAX_TEXT_CHARS = 20000

Signature = tuple[Any, ...]


def profile_ref(profile_id: int) -> str:
    return f"{PROFILE_PREFIX}{profile_id}"


def profile_doc(profile: TechnologyProfile) -> ProfileDoc:
    """The engine's view of a profile (ids are opaque strings; no owner name goes in)."""
    org = profile.organisation
    countries = tuple(dict.fromkeys([str(org.country), *profile.target_countries]))
    return ProfileDoc(
        id=profile_ref(profile.id),
        kind=profile.kind,
        lang=profile.language or None,
        title=profile.title,
        summary=profile.summary,
        description=profile.description[:MAX_TEXT_CHARS],
        keywords=tuple(profile.keywords or ()),
        sectors=tuple(profile.sectors or ()),
        trl=profile.trl,
        partnership_types=tuple(profile.partnership_types or ()),
        countries=countries,
        org_id=str(profile.organisation_id),
        org_type=org.type,
        published_at=profile.published_at,
    )


def organisation_doc(org: Organisation) -> ProfileDoc:
    """An investor or service provider acting as an offer of investment or services."""
    investor = org.type == OrganisationType.INVESTOR
    return ProfileDoc(
        id=f"{ORG_PREFIX}{org.id}",
        kind="offer",
        lang=org.language or None,
        title=(org.name_alt and f"{org.name} ({org.name_alt})") or org.name,
        summary="",
        description=org.description[:MAX_TEXT_CHARS],
        sectors=tuple(org.sectors or ()),
        partnership_types=("investment_offered",) if investor else ("technical_cooperation",),
        countries=(str(org.country),),
        org_id=str(org.id),
        org_type=org.type,
    )


def live_profiles() -> QuerySet[TechnologyProfile]:
    """The profiles the engine indexes: the profiles app's one live rule."""
    return TechnologyProfile.objects.live()


def partner_orgs() -> QuerySet[Organisation]:
    """The organisations the engine indexes as offers of investment or services."""
    return Organisation.objects.filter(type__in=PARTNER_ORG_TYPES)


def all_docs() -> list[ProfileDoc]:
    """Every document the engine indexes: live profiles and partner organisations."""
    profiles = live_profiles().select_related("organisation").order_by("id")
    docs = [profile_doc(p) for p in profiles.iterator(chunk_size=1000)]
    docs.extend(organisation_doc(o) for o in partner_orgs().order_by("id"))
    return docs


def signature(exclude_id: int | None = None) -> Signature:
    """Changes whenever the indexed population changes (cheap: two aggregate queries)."""
    live = live_profiles() if exclude_id is None else live_profiles().exclude(pk=exclude_id)
    p = live.aggregate(n=Count("id"), last=Max("updated_at"), top=Max("id"))
    o = partner_orgs().aggregate(n=Count("id"), last=Max("updated_at"), top=Max("id"))
    return (p["n"], p["last"], p["top"], o["n"], o["last"], o["top"], timezone.localdate())
