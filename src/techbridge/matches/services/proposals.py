"""Which pairs the engine's proposals become: up to MATCH_TOP_K complementary profiles of
other organisations (some written in the other language), investor or service
organisations for requests, each above MATCH_MIN_SCORE. Reads only; the writes are in
`writing` and `rematch`."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.conf import settings

from techbridge.core.choices import OrganisationType, ProfileKind, ProfileStatus
from techbridge.matches import engine
from techbridge.matches.results import Proposal
from techbridge.profiles.models import TechnologyProfile

# A pair: (request id, offer id or None, partner organisation id or None).
PairKey = tuple[int, int | None, int | None]
ORG_MATCHES = 3  # investor or service organisations proposed per request


def setting(name: str, default: Any) -> Any:
    return getattr(settings, "TECHBRIDGE", {}).get(name, default)


def top_k() -> int:
    return int(setting("MATCH_TOP_K", 10))


def min_score() -> float:
    return float(setting("MATCH_MIN_SCORE", 0.15))


def cross_language_slots() -> int:
    return int(setting("MATCH_CROSS_LANGUAGE_SLOTS", 3))


def proposals_for(
    profile: TechnologyProfile, *, now: datetime | None = None
) -> dict[PairKey, Proposal]:
    """The pairs the engine proposes for one live profile, scoring at least MATCH_MIN_SCORE:
    up to MATCH_TOP_K complementary profiles of other organisations and, for a request, up
    to 3 investor or service organisations (an investor's own request for projects counts
    as its organisation). Crossing the language barrier is the platform's promise, so up to
    MATCH_CROSS_LANGUAGE_SLOTS of the kept profiles are the engine's best ones written in
    the other language, when it proposes any."""
    proposals = engine.top_for(profile, k=_wanted(), now=now)
    return _chosen(profile, proposals, _partner_rows(proposals))


def proposals_for_many(
    profiles: list[TechnologyProfile],
    *,
    now: datetime | None = None,
    analyses: dict[str, Any] | None = None,
) -> list[dict[PairKey, Proposal]]:
    """`proposals_for` of each profile, computed together: one engine call and one query
    for the proposed profiles (what makes rematching every profile fast). ``analyses``:
    see `engine.rebuild`."""
    queries = engine.queries_for(profiles, analyses=analyses)  # built once for both calls
    found = engine.top_for_many(queries, k=_wanted(), now=now, explained=False)
    rows = _partner_rows([p for proposals in found for p in proposals])
    chosen = [
        _chosen(profile, proposals, rows)
        for profile, proposals in zip(profiles, found, strict=True)
    ]
    # Only the kept pairs are explained (a fraction of what the engine proposed).
    explained = engine.explain_for_many(queries, [list(pairs.values()) for pairs in chosen])
    return [
        dict(zip(pairs, proposals, strict=True))
        for pairs, proposals in zip(chosen, explained, strict=True)
    ]


def _wanted() -> int:
    """How many proposals to ask the engine for: room for those filtered out below."""
    return top_k() + ORG_MATCHES + 30


def _partner_rows(proposals: list[Proposal]) -> dict[int, dict[str, Any]]:
    ids = {p.profile_id for p in proposals if p.profile_id is not None}
    return {
        row["id"]: row
        for row in TechnologyProfile.objects.filter(id__in=ids, status=ProfileStatus.PUBLISHED)
        .values("id", "kind", "language", "organisation_id", "organisation__type")
        .order_by()
    }


def _chosen(
    profile: TechnologyProfile,
    proposals: list[Proposal],
    rows: dict[int, dict[str, Any]],
) -> dict[PairKey, Proposal]:
    """The kept pairs among the engine's proposals (see `proposals_for`); ``rows`` describe
    the proposed profiles (those of the profile's own organisation are left out here)."""
    k = top_k()
    others = {
        pid: rows[pid]
        for p in proposals
        if (pid := p.profile_id) is not None
        and pid in rows
        and rows[pid]["organisation_id"] != profile.organisation_id
    }
    by_profile: list[tuple[PairKey, Proposal]] = []
    by_org: dict[PairKey, Proposal] = {}
    for p in proposals:
        key = _key(profile, p, others)
        if key is None or p.score < min_score() or key in by_org:
            continue
        if key[2] is not None:
            if len(by_org) < ORG_MATCHES:
                by_org[key] = p
        elif all(key != seen for seen, _p in by_profile):
            by_profile.append((key, p))
    foreign = {p.profile_id for _k, p in by_profile if _foreign(profile, others, p)}
    return {**dict(_with_other_language(by_profile, foreign, k)), **by_org}


def _foreign(profile: TechnologyProfile, others: dict[int, dict[str, Any]], p: Any) -> bool:
    other = others.get(p.profile_id)
    return other is not None and other["language"] != profile.language


def _with_other_language(
    ranked: list[tuple[PairKey, Proposal]], foreign: set[int | None], k: int
) -> list[tuple[PairKey, Proposal]]:
    """The best k, with the best other-language ones swapped in for the weakest same-language
    ones until MATCH_CROSS_LANGUAGE_SLOTS of them are kept (order: by score)."""
    kept = ranked[:k]
    wanted = cross_language_slots() - sum(1 for _k, p in kept if p.profile_id in foreign)
    extra = [item for item in ranked[k:] if item[1].profile_id in foreign][: max(0, wanted)]
    for item in extra:
        weakest = next(
            (i for i in range(len(kept) - 1, -1, -1) if kept[i][1].profile_id not in foreign),
            None,
        )
        if weakest is None:
            break
        kept[weakest] = item
    return sorted(kept, key=lambda item: -item[1].score)


def _key(
    profile: TechnologyProfile, p: Proposal, others: dict[int, dict[str, Any]]
) -> PairKey | None:
    """The stored pair for one proposal, or None when it is not a valid partner."""
    if p.organisation_id is not None:
        if profile.kind != ProfileKind.REQUEST or p.organisation_id == profile.organisation_id:
            return None
        return (profile.id, None, p.organisation_id)
    other = others.get(p.profile_id)  # type: ignore[arg-type]
    if other is None:
        return None
    if other["kind"] != profile.kind:
        return _pair(profile, other["id"])
    if profile.kind != ProfileKind.REQUEST:
        return None
    if other["organisation__type"] == OrganisationType.INVESTOR:
        return (profile.id, None, other["organisation_id"])
    if profile.organisation.type == OrganisationType.INVESTOR:
        return (other["id"], None, profile.organisation_id)
    return None


def _pair(profile: TechnologyProfile, other_id: int) -> PairKey:
    if profile.kind == ProfileKind.REQUEST:
        return (profile.id, other_id, None)
    return (other_id, profile.id, None)
