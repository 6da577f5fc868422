"""Computing and storing one profile's matches, the write that a rematch shares, and the
notifications of new matches (sent after commit)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import ngettext

from techbridge.matches import engine
from techbridge.matches.models import Match, MatchingState, MatchStatus
from techbridge.matches.results import Proposal
from techbridge.matches.services.explanations import blind_owner_names, explanation_for
from techbridge.matches.services.feedback import match_remove_for_profile
from techbridge.matches.services.proposals import PairKey, proposals_for, setting
from techbridge.notifications.services import notify_organisation
from techbridge.profiles.models import TechnologyProfile

TOUCHED = (MatchStatus.USEFUL, MatchStatus.NOT_USEFUL)


def notify_threshold() -> float:
    return float(setting("MATCH_NOTIFY_THRESHOLD", 0.5))


@dataclass
class MatchingSummary:
    profiles: int = 0
    created: int = 0
    updated: int = 0
    removed: int = 0
    notified: int = 0
    engine: str = ""
    new_ids: list[int] = field(default_factory=list)
    build_seconds: float = 0.0
    write_seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "profiles": self.profiles,
            "created": self.created,
            "updated": self.updated,
            "removed": self.removed,
            "notified": self.notified,
            "engine": self.engine,
        }


def match_compute_for_profile(
    *, profile_id: int, now: datetime | None = None, notify: bool = True, force: bool = False
) -> MatchingSummary:
    """(Re)compute one profile's matches: store the engine's pairs, drop this profile's
    untouched matches the engine no longer proposes (those with feedback stay), notify both
    sides of new matches above MATCH_NOTIFY_THRESHOLD. Idempotent; skipped when the
    profile has not changed since its last computation unless `force`."""
    summary = MatchingSummary(engine=engine.engine_name())
    profile = TechnologyProfile.objects.select_related("organisation").filter(pk=profile_id).first()
    if profile is None or not profile.is_live:
        summary.removed = match_remove_for_profile(profile_id=profile_id)
        return summary
    state = MatchingState.objects.filter(profile_id=profile_id).first()
    if not force and state is not None and state.computed_at >= profile.updated_at:
        return summary
    engine.note_changed(profile=profile)
    pairs = proposals_for(profile, now=now)
    with transaction.atomic():
        write_pairs(pairs, scope=[profile.id], summary=summary, notify=notify)
        mark_computed([profile.id])
    summary.profiles = 1
    return summary


def mark_computed(ids: list[int]) -> None:
    at = timezone.now()  # compared with the profiles' updated_at, so the real clock
    MatchingState.objects.filter(profile_id__in=ids).delete()
    MatchingState.objects.bulk_create(
        [MatchingState(profile_id=i, computed_at=at, engine=engine.engine_name()) for i in ids],
        batch_size=1000,
    )


def write_pairs(
    pairs: dict[PairKey, Proposal],
    *,
    scope: Any,
    summary: MatchingSummary,
    notify: bool,
    explained: bool = False,
) -> None:
    """Store ``pairs`` (``explained``: their explanations are already the stored ones, see
    `explanations.explained`), prune this scope's untouched matches no longer proposed, notify."""
    in_scope = Q(request_id__in=scope) | Q(offer_id__in=scope)
    if isinstance(scope, list):  # pairs may also name other requests (investor matches)
        in_scope |= Q(request_id__in={key[0] for key in pairs} - set(scope))
    existing = {
        (m.request_id, m.offer_id, m.partner_org_id): m
        for m in Match.objects.filter(in_scope).select_for_update()
    }
    prunable = (
        existing
        if not isinstance(scope, list)
        else {key: m for key, m in existing.items() if key[0] in scope or key[1] in scope}
    )
    names = {} if explained else blind_owner_names(pairs)
    fresh, changed = [], []
    for key, proposal in pairs.items():
        explanation = (
            proposal.explanation
            if explained
            else explanation_for(proposal, hidden=names.get(key, ()))
        )
        match = existing.get(key)
        if match is None:
            fresh.append(_new_match(key, proposal, explanation))
            continue
        if (match.score, match.components, match.explanation, match.engine) == (
            proposal.score,
            proposal.components,
            explanation,
            summary.engine,
        ):
            continue  # unchanged: no write
        match.score, match.components = proposal.score, proposal.components
        match.explanation, match.engine = explanation, summary.engine
        match.updated_at = timezone.now()  # bulk_update does not apply auto_now
        changed.append(match)
    Match.objects.bulk_update(
        changed, ["score", "components", "explanation", "engine", "updated_at"], batch_size=500
    )
    Match.objects.bulk_create(fresh, batch_size=500)
    gone = [
        m.id
        for key, m in prunable.items()
        if key not in pairs and m.request_status not in TOUCHED and m.partner_status not in TOUCHED
    ]
    summary.removed += Match.objects.filter(id__in=gone).delete()[0]
    summary.created += len(fresh)
    summary.updated += len(changed)
    created = _created_ids(fresh)
    summary.new_ids.extend(created)
    if notify and created:
        summary.notified += _notify_new(created)


def _new_match(key: PairKey, proposal: Proposal, explanation: dict[str, Any]) -> Match:
    request_id, offer_id, org_id = key
    return Match(
        request_id=request_id,
        offer_id=offer_id,
        partner_org_id=org_id,
        score=proposal.score,
        components=proposal.components,
        explanation=explanation,
        engine=engine.engine_name(),
    )


def _created_ids(fresh: list[Match]) -> list[int]:
    ids = [m.id for m in fresh if m.id is not None]
    if len(ids) == len(fresh):
        return ids
    keys = Q()
    for m in fresh:  # backends that return no ids from bulk_create
        keys |= Q(request_id=m.request_id, offer_id=m.offer_id, partner_org_id=m.partner_org_id)
    return list(Match.objects.filter(keys).values_list("id", flat=True)) if fresh else []


def _notify_new(match_ids: list[int]) -> int:
    """One notification per organisation and own profile, listing its new matches above
    the threshold (titles only: a blind owner is never named). Returns how many were sent;
    the daily e-mail digest picks them up."""
    threshold = notify_threshold()
    rows = (
        Match.objects.filter(id__in=match_ids, score__gte=threshold)
        .select_related("request", "offer", "partner_org")
        .order_by("-score")
    )
    groups: dict[tuple[int, int | None, str], list[str]] = defaultdict(list)
    for m in rows:
        if m.offer is not None:
            groups[(m.request.organisation_id, m.request_id, m.request.title)].append(m.offer.title)
            groups[(m.offer.organisation_id, m.offer_id, m.offer.title)].append(m.request.title)
        elif m.partner_org is not None:
            groups[(m.request.organisation_id, m.request_id, m.request.title)].append(
                m.partner_org.name
            )
            groups[(m.partner_org.id, None, "")].append(m.request.title)
    return _send(groups)


def _send(groups: dict[tuple[int, int | None, str], list[str]]) -> int:
    sent = 0
    url = reverse("matches:list")
    for (org_id, profile_id, title), partners in groups.items():
        heading = partial(_heading, profile_id, title, len(partners))  # in each reader's language
        link = f"{url}?profile={profile_id}" if profile_id else url
        sent += notify_organisation(
            organisation_id=org_id,
            kind="matches.new",
            title=heading,
            body="\n".join(partners),
            url=link,
        )
    return sent


def _heading(profile_id: int | None, title: str, n: int) -> str:
    if profile_id is None:
        return ngettext(
            "%(count)d technology request matches your organisation",
            "%(count)d technology requests match your organisation",
            n,
        ) % {"count": n}
    return ngettext(
        "%(count)d new match for “%(title)s”",
        "%(count)d new matches for “%(title)s”",
        n,
    ) % {"count": n, "title": title}
