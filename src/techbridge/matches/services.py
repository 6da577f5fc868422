"""Every write to matches: computing them with the engine (one profile, or everything),
removing them, members' feedback. Notifications for new matches go out after commit."""

from __future__ import annotations

import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import partial
from typing import Any

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from techbridge.core.choices import (
    OrganisationType,
    PartnershipType,
    ProfileKind,
    ProfileStatus,
    Visibility,
)
from techbridge.core.errors import ValidationFailed
from techbridge.core.i18n import join_list
from techbridge.core.taxonomy import sector_name
from techbridge.matches import engine, rematching
from techbridge.matches.models import (
    FeedbackReason,
    Match,
    MatchFeedback,
    MatchingState,
    MatchStatus,
)
from techbridge.matches.selectors import REQUEST_SIDE, match_get_for, side_of
from techbridge.notifications.services import notify_organisation
from techbridge.profiles.models import TechnologyProfile

# A pair: (request id, offer id or None, partner organisation id or None).
PairKey = tuple[int, int | None, int | None]
TOUCHED = (MatchStatus.USEFUL, MatchStatus.NOT_USEFUL)
ORG_MATCHES = 3  # investor or service organisations proposed per request


def setting(name: str, default: Any) -> Any:
    return getattr(settings, "TECHBRIDGE", {}).get(name, default)


def top_k() -> int:
    return int(setting("MATCH_TOP_K", 10))


def min_score() -> float:
    return float(setting("MATCH_MIN_SCORE", 0.15))


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


# --- computing ------------------------------------------------------------------------------


def _live(profile: TechnologyProfile) -> bool:
    today = timezone.localdate()
    return profile.status == ProfileStatus.PUBLISHED and (
        profile.expires_on is None or profile.expires_on >= today
    )


def cross_language_slots() -> int:
    return int(setting("MATCH_CROSS_LANGUAGE_SLOTS", 3))


def proposals_for(
    profile: TechnologyProfile, *, now: datetime | None = None
) -> dict[PairKey, engine.Proposal]:
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
) -> list[dict[PairKey, engine.Proposal]]:
    """`proposals_for` of each profile, computed together: one engine call and one query
    for the proposed profiles (what makes rematching every profile fast). ``analyses``:
    see `engine.rebuild`."""
    found = engine.top_for_many(profiles, k=_wanted(), now=now, analyses=analyses, explained=False)
    rows = _partner_rows([p for proposals in found for p in proposals])
    chosen = [
        _chosen(profile, proposals, rows)
        for profile, proposals in zip(profiles, found, strict=True)
    ]
    # Only the kept pairs are explained (a fraction of what the engine proposed).
    explained = engine.explain_for_many(
        profiles, [list(pairs.values()) for pairs in chosen], analyses=analyses
    )
    return [
        dict(zip(pairs, proposals, strict=True))
        for pairs, proposals in zip(chosen, explained, strict=True)
    ]


def _wanted() -> int:
    """How many proposals to ask the engine for: room for those filtered out below."""
    return top_k() + ORG_MATCHES + 30


def _partner_rows(proposals: list[engine.Proposal]) -> dict[int, dict[str, Any]]:
    ids = {p.profile_id for p in proposals if p.profile_id is not None}
    return {
        row["id"]: row
        for row in TechnologyProfile.objects.filter(id__in=ids, status=ProfileStatus.PUBLISHED)
        .values("id", "kind", "language", "organisation_id", "organisation__type")
        .order_by()
    }


def _chosen(
    profile: TechnologyProfile,
    proposals: list[engine.Proposal],
    rows: dict[int, dict[str, Any]],
) -> dict[PairKey, engine.Proposal]:
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
    by_profile: list[tuple[PairKey, engine.Proposal]] = []
    by_org: dict[PairKey, engine.Proposal] = {}
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
    ranked: list[tuple[PairKey, engine.Proposal]], foreign: set[int | None], k: int
) -> list[tuple[PairKey, engine.Proposal]]:
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
    profile: TechnologyProfile, p: engine.Proposal, others: dict[int, dict[str, Any]]
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


def match_compute_for_profile(
    *, profile_id: int, now: datetime | None = None, notify: bool = True, force: bool = False
) -> MatchingSummary:
    """(Re)compute one profile's matches: store the engine's pairs, drop this profile's
    untouched matches the engine no longer proposes (those with feedback stay), notify both
    sides of new matches above MATCH_NOTIFY_THRESHOLD. Idempotent; skipped when the
    profile has not changed since its last computation unless `force`."""
    summary = MatchingSummary(engine=engine.engine_name())
    profile = TechnologyProfile.objects.select_related("organisation").filter(pk=profile_id).first()
    if profile is None or not _live(profile):
        summary.removed = match_remove_for_profile(profile_id=profile_id)
        return summary
    state = MatchingState.objects.filter(profile_id=profile_id).first()
    if not force and state is not None and state.computed_at >= profile.updated_at:
        return summary
    engine.note_changed(profile=profile)
    pairs = proposals_for(profile, now=now)
    with transaction.atomic():
        _write(pairs, scope=[profile.id], summary=summary, notify=notify)
        _mark_computed([profile.id])
    summary.profiles = 1
    return summary


def match_compute_all(
    *,
    now: datetime | None = None,
    notify: bool = True,
    progress: Callable[[Iterable[int]], Iterable[int]] | None = None,
    workers: int = 1,
) -> MatchingSummary:
    """Recompute every live profile's matches (the `rematch` command and the demo): all
    proposals first (in batches of profiles, optionally in `workers` processes sharing the
    engine built here), then one write, so the result does not depend on the order."""
    summary = MatchingSummary(engine=engine.engine_name())
    started = time.perf_counter()
    analyses = engine.rebuild(workers=workers)
    summary.build_seconds = time.perf_counter() - started
    ids = list(engine._live_profiles().order_by("id").values_list("id", flat=True))
    pairs: dict[PairKey, engine.Proposal] = {}
    blind = _blind_owners()
    batches = rematching.proposals_of_all(
        ids,
        now=now,
        workers=workers,
        progress=progress,
        analyses=analyses,
        finish=partial(_explained, blind=blind),
    )
    for found in batches:
        for key, proposal in found:
            if key not in pairs or proposal.score > pairs[key].score:
                pairs[key] = proposal
    started = time.perf_counter()
    with transaction.atomic():
        live = engine._live_profiles().values("id")
        kept = Q(request_id__in=live) & (Q(offer__isnull=True) | Q(offer_id__in=live))
        summary.removed += Match.objects.exclude(kept).delete()[1].get("matches.Match", 0)
        _scrub_newly_blind(pairs, before=blind)
        _write(pairs, scope=live, summary=summary, notify=notify, explained=True)
        _mark_computed(ids)
    summary.write_seconds = time.perf_counter() - started
    summary.profiles = len(ids)
    return summary


def _mark_computed(ids: list[int]) -> None:
    at = timezone.now()  # compared with the profiles' updated_at, so the real clock
    MatchingState.objects.filter(profile_id__in=ids).delete()
    MatchingState.objects.bulk_create(
        [MatchingState(profile_id=i, computed_at=at, engine=engine.engine_name()) for i in ids],
        batch_size=1000,
    )


def _write(
    pairs: dict[PairKey, engine.Proposal],
    *,
    scope: Any,
    summary: MatchingSummary,
    notify: bool,
    explained: bool = False,
) -> None:
    """Store ``pairs`` (``explained``: their explanations are already the stored ones, see
    `_explained`), prune this scope's untouched matches no longer proposed, notify."""
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
    names = {} if explained else _blind_owner_names(pairs)
    fresh, changed = [], []
    for key, proposal in pairs.items():
        explanation = (
            proposal.explanation if explained else _explanation(proposal, hidden=names.get(key, ()))
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


def _new_match(key: PairKey, proposal: engine.Proposal, explanation: dict[str, Any]) -> Match:
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


# --- explanations ---------------------------------------------------------------------------


def _blind_owner_names(pairs: dict[PairKey, engine.Proposal]) -> dict[PairKey, tuple[str, ...]]:
    """For each pair, the names of its blind profiles' owners (never to appear in text)."""
    blind = _blind_owners()
    out: dict[PairKey, tuple[str, ...]] = {}
    for key in pairs:
        names = _hidden(key, blind)
        if names:
            out[key] = names
    return out


def _blind_owners() -> dict[int, tuple[str, str]]:
    """The owner names of every blind profile, by profile id."""
    return {
        p.id: (p.organisation.name, p.organisation.name_alt)
        for p in TechnologyProfile.objects.filter(visibility=Visibility.BLIND)
        .exclude(status=ProfileStatus.DRAFT)
        .select_related("organisation")
        .only("id", "organisation__name", "organisation__name_alt")
    }


def _scrub_newly_blind(
    pairs: dict[PairKey, engine.Proposal], *, before: dict[int, tuple[str, str]]
) -> None:
    """Owners of profiles made blind (or renamed) while a rematch ran leave the explanations
    its workers made with the names read at its start (one query at the write)."""
    newly = {i: names for i, names in _blind_owners().items() if before.get(i) != names}
    if not newly:
        return
    for key, proposal in pairs.items():
        hidden = _hidden(key, newly)
        if hidden:
            pairs[key] = replace(proposal, explanation=_explanation(proposal, hidden=hidden))


def _hidden(key: PairKey, blind: dict[int, tuple[str, str]]) -> tuple[str, ...]:
    return tuple(n for i in key[:2] if i in blind for n in blind[i] if n)


def _explained(
    found: list[tuple[PairKey, engine.Proposal]], blind: dict[int, tuple[str, str]]
) -> list[tuple[PairKey, engine.Proposal]]:
    """The proposals with the explanations `_write` stores (a rematch's workers make them,
    so that the single write does not)."""
    return [
        (key, replace(p, explanation=_explanation(p, hidden=_hidden(key, blind))))
        for key, p in found
    ]


def _scrub(text: str, hidden: tuple[str, ...]) -> str:
    for name in hidden:
        text = re.sub(re.escape(name), "…", text, flags=re.IGNORECASE)
    return text


def _explanation(proposal: engine.Proposal, *, hidden: tuple[str, ...]) -> dict[str, Any]:
    """The engine's explanation, kept structured, with a sentence in each UI language and
    any blind owner's name removed."""
    data = dict(proposal.explanation)
    concepts = [
        {"en": _scrub(c.get("en", ""), hidden), "zh": _scrub(c.get("zh", ""), hidden)}
        for c in data.get("concepts", [])
    ]
    data["concepts"] = [c for c in concepts if c["en"] or c["zh"]]
    data["summary"] = _scrub(str(data.get("summary", "")), hidden)
    data["notes"] = [_scrub(str(n), hidden) for n in data.get("notes", [])]
    for lang, key in (("en", "summary_en"), ("zh-hans", "summary_zh")):
        with translation.override(lang):
            data[key] = _scrub(_sentence(data), hidden)
    if data["summary"]:  # the engine's own words (English) are richer than our sentence
        data["summary_en"] = data["summary"]
    return data


def _partnership_label(code: str) -> str:
    try:
        return str(PartnershipType(code).label)
    except ValueError:
        return code


def _sentence(data: dict[str, Any]) -> str:
    """One sentence in the active language built from the structured parts."""
    zh = (translation.get_language() or "").startswith("zh")
    parts = []
    words = [(c["zh"] or c["en"]) if zh else (c["en"] or c["zh"]) for c in data["concepts"]]
    if words:
        parts.append(str(_("Shared concepts: %(list)s.")) % {"list": join_list(words[:6])})
    if data.get("sectors"):
        names = join_list(sector_name(s) for s in data["sectors"])
        parts.append(str(_("Same sectors: %(list)s.")) % {"list": names})
    pairs = []
    for item in data.get("partnership", []):
        a, _sep, b = str(item).partition(":")
        pairs.append(f"{_partnership_label(a)} ↔ {_partnership_label(b or a)}")
    if pairs:
        parts.append(
            str(_("Partnership fit: %(list)s.")) % {"list": join_list(pairs, style="clauses")}
        )
    return join_list(parts, style="sentences")


# --- notifications --------------------------------------------------------------------------


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
            organisation_id=org_id, kind="match", title=heading, body="\n".join(partners), url=link
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


# --- removal and feedback -------------------------------------------------------------------


def match_remove_for_profile(*, profile_id: int) -> int:
    """Drop a profile's matches (closed, expired, unpublished or deleted); returns how many.
    Feedback rows stay for learning (their match link becomes empty)."""
    with transaction.atomic():
        deleted = Match.objects.filter(Q(request_id=profile_id) | Q(offer_id=profile_id)).delete()
        MatchingState.objects.filter(profile_id=profile_id).delete()
    engine.note_changed(removed_id=profile_id)
    return deleted[1].get("matches.Match", 0)


def match_remove_for_organisation(*, organisation_id: int) -> int:
    """Drop an organisation's matches as investor or service provider."""
    return Match.objects.filter(partner_org_id=organisation_id).delete()[1].get("matches.Match", 0)


def matches_mark_seen(*, actor: Any, matches: Iterable[Match]) -> int:
    """The actor has seen these matches: new -> seen on the actor's side."""
    by_side: dict[str, list[int]] = {"request_status": [], "partner_status": []}
    for m in matches:
        side = side_of(actor, m)
        column = "request_status" if side == REQUEST_SIDE else "partner_status"
        if getattr(m, column) == MatchStatus.NEW:
            by_side[column].append(m.id)
    updated = 0
    for column, ids in by_side.items():
        if ids:
            updated += Match.objects.filter(id__in=ids, **{column: MatchStatus.NEW}).update(
                **{column: MatchStatus.SEEN}
            )
    return updated


@transaction.atomic
def match_feedback(
    *, actor: Any, match_id: int, useful: bool, reason: str = "", comment: str = ""
) -> Match:
    """A member says whether a match is useful to their organisation (a reason is required
    when it is not). Stored on the match for the actor's side and as a feedback row kept
    for the engine's learning."""
    match = match_get_for(actor=actor, match_id=match_id)
    reason = (reason or "").strip()
    if not useful and reason not in FeedbackReason.values:
        raise ValidationFailed(fields={"reason": [str(_("Choose a reason."))]})
    side = side_of(actor, match)
    locked = Match.objects.select_for_update().get(pk=match.pk)
    column = "request_status" if side == REQUEST_SIDE else "partner_status"
    setattr(locked, column, MatchStatus.USEFUL if useful else MatchStatus.NOT_USEFUL)
    locked.save(update_fields=[column, "updated_at"])
    request_ref, partner_ref = f"p:{match.request_id}", _partner_ref(match)
    mine_is_request = side == REQUEST_SIDE
    MatchFeedback.objects.create(
        match=locked,
        organisation_id=(
            match.request.organisation_id if mine_is_request else match.partner_organisation_id
        ),
        user=actor if getattr(actor, "is_authenticated", False) else None,
        useful=useful,
        reason="" if useful else reason,
        comment=(comment or "").replace("\x00", "")[:1000],
        own_ref=request_ref if mine_is_request else partner_ref,
        counterpart_ref=partner_ref if mine_is_request else request_ref,
        score=match.score,
        components=match.components,
    )
    return locked


def _partner_ref(match: Match) -> str:
    if match.offer_id is not None:
        return f"{engine.PROFILE_PREFIX}{match.offer_id}"
    return f"{engine.ORG_PREFIX}{match.partner_org_id}"
