"""The participants' directory and the participant card: what of a participant's profiles
may be shown (blind profiles go through `techbridge.profiles.selectors.present`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, Q, QuerySet

from techbridge.accounts.selectors import is_member, is_staff
from techbridge.core.errors import PermissionDenied
from techbridge.events.models import (
    Event,
    Participant,
    RegistrationStatus,
)
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.selectors import ProfileCard, present, visible_filter

# --- directory ------------------------------------------------------------------------------

DIRECTORY_FILTERS = ("q", "country", "province", "sector", "partnership", "kind")


def can_see_directory(actor: Any, event: Event) -> bool:
    """Staff always; members for events with B2B meetings."""
    if is_staff(actor):
        return True
    return is_member(actor) and event.b2b_enabled


def _visible_profiles(actor: Any) -> Prefetch:
    condition = visible_filter(actor)
    qs = TechnologyProfile.objects.select_related("organisation")
    if condition is not None:
        qs = qs.filter(condition)
    return Prefetch("profiles", queryset=qs.order_by("id"), to_attr="visible_profiles")


def directory(*, actor: Any, event: Event, filters: dict[str, str]) -> QuerySet[Participant]:
    """Confirmed participants, filtered. Profile filters only look at profiles the actor may
    see, and at blind profiles only through the profile's own fields (never the owner)."""
    if not can_see_directory(actor, event):
        raise PermissionDenied()
    qs = Participant.objects.filter(event=event, status=RegistrationStatus.CONFIRMED)
    if filters.get("q"):
        q = filters["q"]
        qs = qs.filter(
            Q(name__icontains=q)
            | Q(organisation__name__icontains=q)
            | Q(organisation__name_alt__icontains=q)
        )
    if filters.get("country"):
        qs = qs.filter(organisation__country=filters["country"].upper()[:2])
    if filters.get("province"):
        qs = qs.filter(organisation__province=filters["province"].upper()[:2])
    if filters.get("sector"):
        token = f'"{filters["sector"][:60]}"'
        qs = qs.filter(Q(sectors__icontains=token) | Q(organisation__sectors__icontains=token))
    if filters.get("partnership"):
        qs = qs.filter(partnership_types__icontains=f'"{filters["partnership"][:40]}"')
    if filters.get("kind") in ("offer", "request"):
        qs = qs.filter(profiles__kind=filters["kind"]).distinct()
    return (
        qs.select_related("organisation")
        .prefetch_related(_visible_profiles(actor))
        .order_by("name", "id")
    )


@dataclass
class ParticipantCard:
    """A participant as one actor may see them: profiles only when their owner is
    disclosed to the actor (a blind profile must not be tied to its organisation)."""

    id: int
    name: str
    role: str
    organisation: Any
    languages: list[str]
    needs_interpreter: bool
    sectors: list[str]
    partnership_types: list[str]
    profiles: list[ProfileCard] = field(default_factory=list)
    score: float = 0.0


def participant_card(p: Participant, *, actor: Any) -> ParticipantCard:
    profiles = getattr(p, "visible_profiles", None)
    if profiles is None:
        condition = visible_filter(actor)
        qs = p.profiles.select_related("organisation")
        profiles = list(qs if condition is None else qs.filter(condition))
    cards = [present(pr, actor=actor) for pr in profiles]
    return ParticipantCard(
        id=p.id,
        name=p.name,
        role=p.role,
        organisation=p.organisation,
        languages=list(p.languages),
        needs_interpreter=p.needs_interpreter,
        sectors=list(p.sectors),
        partnership_types=list(p.partnership_types),
        profiles=[c for c in cards if c.owner is not None],
    )
