"""The one place the platform holds the matching engine (`techbridge.engines.matching`).

One process-wide `MatchingEngine` over every live profile and every investor or
service-provider organisation (`matches.documents`): built lazily, rebuilt when the database
has moved on, caught up with other processes' changes (`matches.catchup`), shared between the
task workers of a machine (`matches.shared`), updated in place when this process saw the
change. Its results come back as plain `Proposal`s (`matches.results`) the services store.
An engine API change is a fix in these modules only.
"""

from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.utils import timezone

from techbridge.core.scope import heavy_work_allowed
from techbridge.engines.matching import (
    AnalysedProfile,
    FeedbackModel,
    Mark,
    MatchingConfig,
    MatchingEngine,
    ProfileDoc,
    fit_feedback,
)
from techbridge.matches import shared
from techbridge.matches.catchup import Followed, catch_up
from techbridge.matches.documents import (
    PROFILE_PREFIX,
    Signature,
    all_docs,
    live_profiles,
    profile_doc,
    profile_ref,
    signature,
)
from techbridge.matches.results import Proposal, explanation_dict, proposal_from
from techbridge.profiles.models import TechnologyProfile

logger = logging.getLogger(__name__)

ENGINE_NAME = "engine"  # stored with each match and matching state


class _Holder:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.engine: MatchingEngine | None = None
        self.signature: Signature | None = None
        self.followed = Followed()


_holder = _Holder()


def engine_name() -> str:
    return ENGINE_NAME


def _setting(name: str, default: Any) -> Any:
    return getattr(settings, "TECHBRIDGE", {}).get(name, default)


def embedding_cache() -> Path:
    """The one directory of cached document embeddings: the platform's engine, `rematch`,
    `bench matching`, `bench rematch` and `eval matching` all use it (a vector is keyed by
    model and text, so whoever embedded a text first serves the others)."""
    return Path(settings.VAR_DIR) / "matching"


def _new_engine() -> MatchingEngine:
    """A fresh engine configured from settings: MATCH_ENCODER ("use" by default, "hashing"
    in tests: instant, no model), embeddings cached in `embedding_cache()`, and the feedback model
    learnt from members' marks when MATCH_FEEDBACK is on."""
    default = "hashing" if settings.TESTING else "use"
    encoder = os.environ.get("TECHBRIDGE_MATCH_ENCODER") or _setting("MATCH_ENCODER", default)
    cache = None if settings.TESTING else embedding_cache()
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    config = MatchingConfig(encoder=encoder, cache_dir=cache, feedback=_feedback_model())
    try:
        return MatchingEngine(config)
    except ImportError:
        # The encoder's runtime is not installed: match without dense vectors' model.
        logger.warning("Matching encoder %r unavailable; using the hashing encoder", encoder)
        return MatchingEngine(replace(config, encoder="hashing"))


# Our decline reasons -> the engine's (None: the reason blames no scoring component).
REASON_TO_ENGINE = {
    "not_relevant": "not_relevant",  # lowers proposals similar to the declined one
    "too_early": "wrong_stage",
    "terms": "wrong_partnership",
    "geography": "wrong_region",
    "already_partnered": None,
    "other": None,
}


def _feedback_model() -> FeedbackModel | None:
    """The engine's feedback model fitted on stored feedback (None unless MATCH_FEEDBACK)."""
    if not _setting("MATCH_FEEDBACK", False):
        return None
    from techbridge.matches.models import MatchFeedback

    rows = list(MatchFeedback.objects.order_by("id")[:100_000])
    refs = [r.counterpart_ref for r in rows]
    ids = {int(ref[2:]) for ref in refs if ref.startswith(PROFILE_PREFIX)}
    profiles = TechnologyProfile.objects.filter(id__in=ids).select_related("organisation")
    docs = {d.id: d for d in (profile_doc(p) for p in profiles)}
    marks = [
        Mark(str(r.organisation_id), r.counterpart_ref, r.useful, REASON_TO_ENGINE.get(r.reason))
        for r in rows
    ]
    return fit_feedback(marks, docs)


class MatchingInWebRequest(RuntimeError):
    """The engine was asked for inside a web request while task workers exist: matching
    belongs to them (`core.scope`); a web process reads the stored matches only."""


def _not_in_web_request() -> None:
    if not heavy_work_allowed():
        raise MatchingInWebRequest(
            "the matching engine is used by task workers only (TASKS_BACKEND=database)"
        )


def matcher() -> MatchingEngine:
    """The process-wide engine over the current population, built or rebuilt when stale.
    Raises `MatchingInWebRequest` inside a web request when task workers exist."""
    _not_in_web_request()
    now = signature()
    with _holder.lock:
        held = _holder.signature
        if _holder.engine is None or held is None:
            return _obtain(now)
        if held != now:
            if catch_up(_holder.engine, held, now, _holder.followed):
                _holder.signature = now
            else:
                return _obtain(now)
        return _holder.engine


def _obtain(now: Signature) -> MatchingEngine:
    """The machine's shared engine brought up to date, else one built here and shared
    (`matches.shared`; one builder at a time, the others then load what it saved)."""
    if not shared.enabled():
        return _build(now)
    adopted = _adopt(now)
    if adopted is not None:
        return adopted
    with shared.lock():
        adopted = _adopt(now)
        if adopted is not None:
            return adopted
        engine = _build(now)
        shared.save(engine, now)
        return engine


def _adopt(now: Signature) -> MatchingEngine | None:
    if not shared.exists():
        return None
    found = shared.load(_new_engine())
    if found is None:
        return None
    engine, held = found
    followed = Followed()
    if held != now and not catch_up(engine, held, now, followed):
        return None
    _holder.engine, _holder.signature, _holder.followed = engine, now, followed
    return engine


def _build(now: Signature) -> MatchingEngine:
    engine = _new_engine()
    engine.build(all_docs())
    _holder.engine, _holder.signature = engine, now
    _holder.followed.forget()
    return engine


def rebuild(*, workers: int = 1) -> dict[str, AnalysedProfile]:
    """Build the process-wide engine afresh over the current population and return each
    document's analysis by engine id (a rematch reuses them for the queries). The analysis
    (jieba, glossing) is most of a build when the embeddings are cached: with ``workers``
    it runs in that many forked processes."""
    from techbridge.matches.forking import fork_map

    _not_in_web_request()
    now = signature()
    docs = all_docs()
    engine = _new_engine()
    found = fork_map(engine.analyse, docs, workers=workers)
    engine.build_analysed(zip(docs, found, strict=True))
    with _holder.lock:
        _holder.engine, _holder.signature = engine, now
        _holder.followed.forget()
        if shared.enabled():
            with shared.lock():
                shared.save(engine, now)
    return {doc.id: a for doc, a in zip(docs, found, strict=True)}


def note_changed(
    *, profile: TechnologyProfile | None = None, removed_id: int | None = None
) -> None:
    """Apply one change to the live engine in place (this process saw it happen), so the
    next `matcher()` call need not rebuild. Does nothing if no engine is built yet."""
    with _holder.lock:
        engine = _holder.engine
        if engine is None:
            return
        changed_id = profile.id if profile else removed_id
        if not _current_but_for(changed_id):
            # The engine missed other changes (another process, or a database that was
            # replaced): patching it would mark a stale index fresh. Rebuild on next use.
            _holder.engine, _holder.signature = None, None
            return
        assert changed_id is not None
        engine.remove(profile_ref(changed_id))
        if profile is not None and live_profiles().filter(pk=profile.pk).exists():
            engine.add(profile_doc(profile))
        _holder.signature = signature()


def _current_but_for(profile_id: int | None) -> bool:
    """Whether the held engine reflects the database except for this one profile: either it
    never held the profile (same population without it), or it held it (one more profile,
    the same organisations and day)."""
    held = _holder.signature
    if held is None or profile_id is None:
        return False
    without = signature(exclude_id=profile_id)
    if held == without:
        return True
    n, last, top, *rest = held
    n0, last0, top0, *rest0 = without
    return (
        rest == rest0
        and n == n0 + 1
        and top == max(top0 or 0, profile_id)
        and (last0 is None or (last is not None and last >= last0))
    )


def built() -> bool:
    """Whether this process holds an engine (tests: a web request must not build one)."""
    return _holder.engine is not None


def reset() -> None:
    """Forget the built engine (tests; after a bulk change in another process)."""
    with _holder.lock:
        _holder.engine, _holder.signature = None, None
        _holder.followed.forget()


def top_for(
    profile: TechnologyProfile,
    *,
    k: int,
    now: datetime | None = None,
    using: MatchingEngine | None = None,
) -> list[Proposal]:
    """The engine's best partners for a profile, best first, the profile itself excluded.
    ``using``: a `matcher()` the caller already has (asking for many profiles at once)."""
    _not_in_web_request()
    engine = using if using is not None else matcher()
    doc = profile_doc(profile)
    results = engine.top(doc, k + 1, now or timezone.now())
    return [proposal_from(r) for r in results if r.id != doc.id][:k]


@dataclass(frozen=True)
class Queries:
    """A batch of profiles as the engine's queries, made once for `top_for_many` and
    `explain_for_many`: their documents and, where a rebuild made it, the engine's
    analysis of each (None: the engine analyses it)."""

    docs: list[ProfileDoc]
    analysed: list[AnalysedProfile | None]


def queries_for(
    profiles: list[TechnologyProfile], *, analyses: dict[str, AnalysedProfile] | None = None
) -> Queries:
    """``profiles`` as a batch of queries; ``analyses``: see `rebuild`."""
    docs = [profile_doc(p) for p in profiles]
    return Queries(docs=docs, analysed=[(analyses or {}).get(doc.id) for doc in docs])


def top_for_many(
    queries: Queries, *, k: int, now: datetime | None = None, explained: bool = True
) -> list[list[Proposal]]:
    """`top_for` of each profile of ``queries``, in one call of the engine's batch path
    (query vectors of indexed profiles come from the index; exact similarities in one matrix
    product). Uses the engine as held: a rematch builds it once (`rebuild`, whose analyses
    `queries_for` may pass back), then asks for every profile. ``explained=False``:
    proposals without their explanation, for a caller that keeps a few and explains those
    (`explain_for_many`)."""
    docs = queries.docs
    when = now or timezone.now()
    results = _held().top_many(docs, k + 1, when, queries.analysed, explained=explained)
    return [
        [proposal_from(r, explained) for r in found if r.id != doc.id][:k]
        for doc, found in zip(docs, results, strict=True)
    ]


def explain_for_many(queries: Queries, proposals: list[list[Proposal]]) -> list[list[Proposal]]:
    """``proposals[i]`` (from `top_for_many` with ``explained=False`` for the profile of
    ``queries.docs[i]``) with the explanations `top_for_many` would have given them."""
    refs = [[p.ref for p in mine] for mine in proposals]
    found = _held().explain_many(queries.docs, refs, queries.analysed)
    return [
        [replace(p, explanation=explanation_dict(e)) for p, e in zip(mine, why, strict=True)]
        for mine, why in zip(proposals, found, strict=True)
    ]


def _held() -> MatchingEngine:
    _not_in_web_request()
    held = _holder.engine
    return held if held is not None else matcher()
