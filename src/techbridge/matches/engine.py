"""The one place the platform touches the matching engine (`techbridge.engines.matching`).

It converts models to the engine's `ProfileDoc`, keeps one process-wide engine over every
live profile and every investor or service-provider organisation (built lazily, rebuilt when
the database has moved on, updated in place when this process saw the change), and turns the
engine's results into plain `Proposal`s the services store. An engine API change is a fix
in this file only.

When the engine package cannot be imported (it is developed alongside the platform), a small
lexical fallback (`matches.fallback.LexicalFallbackEngine`) stands in, so pages, tasks and tests
keep working; it is used ONLY when the engine is absent.
"""

from __future__ import annotations

import contextlib
import logging
import os
import threading
from dataclasses import asdict, dataclass, field, is_dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db.models import Count, Max
from django.utils import timezone

from techbridge.accounts.models import Organisation
from techbridge.core.choices import OrganisationType
from techbridge.core.scope import heavy_work_allowed
from techbridge.engines.text.taxonomy import FIELD_BY_CODE, FIELDS
from techbridge.matches import shared
from techbridge.matches.catchup import Followed, catch_up
from techbridge.profiles.models import TechnologyProfile

logger = logging.getLogger(__name__)

PARTNER_ORG_TYPES = (OrganisationType.INVESTOR, OrganisationType.SERVICE_PROVIDER)
PROFILE_PREFIX = "p:"
ORG_PREFIX = "o:"
MAX_TEXT_CHARS = 20000

try:  # the real engine: its package's API, else the modules that define it
    try:
        from techbridge.engines.matching import MatchingConfig as _ConfigClass
        from techbridge.engines.matching import MatchingEngine as _EngineClass
        from techbridge.engines.matching import ProfileDoc
    except ImportError:
        from techbridge.engines.matching.engine import MatchingConfig as _ConfigClass
        from techbridge.engines.matching.engine import MatchingEngine as _EngineClass
        from techbridge.engines.matching.types import ProfileDoc

    ENGINE_AVAILABLE = True
except Exception:  # an engine in progress must never break the platform
    ENGINE_AVAILABLE = False

    @dataclass(frozen=True, slots=True)
    class ProfileDoc:  # type: ignore[no-redef]
        """The engine's document type, mirrored for the fallback."""

        id: str
        kind: str
        title: str
        lang: str | None = None
        summary: str = ""
        description: str = ""
        keywords: tuple[str, ...] = ()
        sectors: tuple[str, ...] = ()
        trl: int | None = None
        partnership_types: tuple[str, ...] = ()
        countries: tuple[str, ...] = ()
        org_id: str | None = None
        org_type: str | None = None
        published_at: datetime | None = None


@dataclass(frozen=True)
class Proposal:
    """One engine result in platform terms: `ref` is "p:<profile id>" or "o:<org id>"."""

    ref: str
    score: float
    components: dict[str, float] = field(default_factory=dict)
    explanation: dict[str, Any] = field(default_factory=dict)

    @property
    def profile_id(self) -> int | None:
        return int(self.ref[2:]) if self.ref.startswith(PROFILE_PREFIX) else None

    @property
    def organisation_id(self) -> int | None:
        return int(self.ref[2:]) if self.ref.startswith(ORG_PREFIX) else None


# --- models -> engine documents -------------------------------------------------------------


def profile_doc(profile: TechnologyProfile) -> Any:
    """The engine's view of a profile (ids are opaque strings; no owner name goes in)."""
    org = profile.organisation
    countries = tuple(dict.fromkeys([str(org.country), *profile.target_countries]))
    return ProfileDoc(
        id=f"{PROFILE_PREFIX}{profile.id}",
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


def organisation_doc(org: Organisation) -> Any:
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


def live_profiles() -> Any:
    """The profiles the engine indexes: the profiles app's one live rule."""
    return TechnologyProfile.objects.live()


_live_profiles = live_profiles  # the name catchup uses


def _partner_orgs() -> Any:
    return Organisation.objects.filter(type__in=PARTNER_ORG_TYPES)


def all_docs() -> list[Any]:
    """Every document the engine indexes: live profiles and partner organisations."""
    profiles = _live_profiles().select_related("organisation").order_by("id")
    docs = [profile_doc(p) for p in profiles.iterator(chunk_size=1000)]
    docs.extend(organisation_doc(o) for o in _partner_orgs().order_by("id"))
    return docs


def _signature(exclude_id: int | None = None) -> tuple[Any, ...]:
    """Changes whenever the indexed population changes (cheap: two aggregate queries)."""
    live = _live_profiles() if exclude_id is None else _live_profiles().exclude(pk=exclude_id)
    p = live.aggregate(n=Count("id"), last=Max("updated_at"), top=Max("id"))
    o = _partner_orgs().aggregate(n=Count("id"), last=Max("updated_at"), top=Max("id"))
    return (p["n"], p["last"], p["top"], o["n"], o["last"], o["top"], timezone.localdate())


# --- the process-wide engine ----------------------------------------------------------------


class _Holder:
    def __init__(self) -> None:
        self.lock = threading.RLock()
        self.engine: Any = None
        self.signature: tuple[Any, ...] | None = None
        self.followed = Followed()


_holder = _Holder()


def engine_name() -> str:
    return "engine" if ENGINE_AVAILABLE else "lexical-fallback"


def _setting(name: str, default: Any) -> Any:
    return getattr(settings, "TECHBRIDGE", {}).get(name, default)


def embedding_cache() -> Path:
    """The one directory of cached document embeddings: the platform's engine, `rematch`,
    `bench matching`, `bench rematch` and `eval matching` all use it (a vector is keyed by
    model and text, so whoever embedded a text first serves the others)."""
    return Path(settings.VAR_DIR) / "matching"


def _new_engine() -> Any:
    """A fresh engine configured from settings: MATCH_ENCODER ("use" by default, "hashing"
    in tests: instant, no model), embeddings cached in `embedding_cache()`, and the feedback model
    learnt from members' marks when MATCH_FEEDBACK is on."""
    if not ENGINE_AVAILABLE:
        from techbridge.matches.fallback import LexicalFallbackEngine

        return LexicalFallbackEngine()
    default = "hashing" if settings.TESTING else "use"
    encoder = os.environ.get("TECHBRIDGE_MATCH_ENCODER") or _setting("MATCH_ENCODER", default)
    cache = None if settings.TESTING else embedding_cache()
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
    config = _ConfigClass(encoder=encoder, cache_dir=cache, feedback=_feedback_model())
    try:
        return _EngineClass(config)
    except ImportError:
        # The encoder's runtime is not installed: match without dense vectors' model.
        logger.warning("Matching encoder %r unavailable; using the hashing encoder", encoder)
        return _EngineClass(replace(config, encoder="hashing"))


# Our decline reasons -> the engine's (None: the reason blames no scoring component).
REASON_TO_ENGINE = {
    "not_relevant": "not_relevant",  # lowers proposals similar to the declined one
    "too_early": "wrong_stage",
    "terms": "wrong_partnership",
    "geography": "wrong_region",
    "already_partnered": None,
    "other": None,
}


def _feedback_model() -> Any:
    """The engine's feedback model fitted on stored feedback (None unless MATCH_FEEDBACK)."""
    if not _setting("MATCH_FEEDBACK", False):
        return None
    from techbridge.engines.matching.feedback import Mark, fit
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
    return fit(marks, docs)


class MatchingInWebRequest(RuntimeError):
    """The engine was asked for inside a web request while task workers exist: matching
    belongs to them (`core.scope`); a web process reads the stored matches only."""


def _not_in_web_request() -> None:
    if not heavy_work_allowed():
        raise MatchingInWebRequest(
            "the matching engine is used by task workers only (TASKS_BACKEND=database)"
        )


def matcher() -> Any:
    """The process-wide engine over the current population, built or rebuilt when stale.
    Raises `MatchingInWebRequest` inside a web request when task workers exist."""
    _not_in_web_request()
    signature = _signature()
    with _holder.lock:
        held = _holder.signature
        if _holder.engine is None or held is None:
            _obtain(signature)
        elif held != signature:
            if catch_up(_holder.engine, held, signature, _holder.followed):
                _holder.signature = signature
            else:
                _obtain(signature)
        return _holder.engine


def _obtain(signature: tuple[Any, ...]) -> None:
    """The machine's shared engine brought up to date, else one built here and shared
    (`matches.shared`; one builder at a time, the others then load what it saved)."""
    if not (ENGINE_AVAILABLE and shared.enabled()):
        _build(signature)
        return
    if _adopt(signature):
        return
    with shared.lock():
        if _adopt(signature):
            return
        _build(signature)
        shared.save(_holder.engine, signature)


def _adopt(signature: tuple[Any, ...]) -> bool:
    if not shared.exists():
        return False
    found = shared.load(_new_engine())
    if found is None:
        return False
    engine, held = found
    followed = Followed()
    if held != signature and not catch_up(engine, held, signature, followed):
        return False
    _holder.engine, _holder.signature, _holder.followed = engine, signature, followed
    return True


def _build(signature: tuple[Any, ...]) -> None:
    engine = _new_engine()
    engine.build(all_docs())
    _holder.engine, _holder.signature = engine, signature
    _holder.followed.forget()


def rebuild(*, workers: int = 1) -> dict[str, Any]:
    """Build the process-wide engine afresh over the current population and return each
    document's analysis by engine id (a rematch reuses them for the queries). The analysis
    (jieba, glossing) is most of a build when the embeddings are cached: with ``workers``
    it runs in that many forked processes."""
    from techbridge.matches.forking import fork_map

    _not_in_web_request()
    signature = _signature()
    docs = all_docs()
    engine = _new_engine()
    analyses: dict[str, Any] = {}
    if hasattr(engine, "build_analysed"):
        found = fork_map(engine.analyse, docs, workers=workers)
        engine.build_analysed(zip(docs, found, strict=True))
        analyses = {doc.id: a for doc, a in zip(docs, found, strict=True)}
    else:  # the fallback engine
        engine.build(docs)
    with _holder.lock:
        _holder.engine, _holder.signature = engine, signature
        _holder.followed.forget()
        if ENGINE_AVAILABLE and shared.enabled():
            with shared.lock():
                shared.save(engine, signature)
    return analyses


def note_changed(
    *, profile: TechnologyProfile | None = None, removed_id: int | None = None
) -> None:
    """Apply one change to the live engine in place (this process saw it happen), so the
    next `matcher()` call need not rebuild. Does nothing if no engine is built yet."""
    with _holder.lock:
        if _holder.engine is None:
            return
        changed_id = profile.id if profile else removed_id
        if not _current_but_for(changed_id):
            # The engine missed other changes (another process, or a database that was
            # replaced): patching it would mark a stale index fresh. Rebuild on next use.
            _holder.engine, _holder.signature = None, None
            return
        ref = f"{PROFILE_PREFIX}{changed_id}"
        _remove(_holder.engine, ref)
        if profile is not None and _live_profiles().filter(pk=profile.pk).exists():
            _holder.engine.add(profile_doc(profile))
        _holder.signature = _signature()


def _current_but_for(profile_id: int | None) -> bool:
    """Whether the held engine reflects the database except for this one profile: either it
    never held the profile (same population without it), or it held it (one more profile,
    the same organisations and day)."""
    held = _holder.signature
    if held is None or profile_id is None:
        return False
    without = _signature(exclude_id=profile_id)
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


def _remove(engine: Any, ref: str) -> None:
    with contextlib.suppress(KeyError, ValueError, LookupError):
        engine.remove(ref)


def reset() -> None:
    """Forget the built engine (tests; after a bulk change in another process)."""
    with _holder.lock:
        _holder.engine, _holder.signature = None, None
        _holder.followed.forget()


def top_for(
    profile: TechnologyProfile, *, k: int, now: datetime | None = None, using: Any = None
) -> list[Proposal]:
    """The engine's best partners for a profile, best first, the profile itself excluded.
    ``using``: a `matcher()` the caller already has (asking for many profiles at once)."""
    _not_in_web_request()
    engine = using if using is not None else matcher()
    doc = profile_doc(profile)
    results = engine.top(doc, k + 1, now or timezone.now())
    return [_proposal(r) for r in results if r.id != doc.id][:k]


@dataclass(frozen=True)
class Queries:
    """A batch of profiles as the engine's queries, made once for `top_for_many` and
    `explain_for_many`: their documents and, where a rebuild made it, the engine's
    analysis of each (None: the engine analyses it)."""

    docs: list[Any]
    analysed: list[Any]


def queries_for(
    profiles: list[TechnologyProfile], *, analyses: dict[str, Any] | None = None
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
    engine = _held()
    docs = queries.docs
    when = now or timezone.now()
    batch = getattr(engine, "top_many", None)
    if batch is not None:
        results = batch(docs, k + 1, when, queries.analysed, explained=explained)
    else:  # the fallback engine has no batch path (and always explains)
        results = [engine.top(doc, k + 1, when) for doc in docs]
    return [
        [_proposal(r, explained) for r in found if r.id != doc.id][:k]
        for doc, found in zip(docs, results, strict=True)
    ]


def explain_for_many(queries: Queries, proposals: list[list[Proposal]]) -> list[list[Proposal]]:
    """``proposals[i]`` (from `top_for_many` with ``explained=False`` for the profile of
    ``queries.docs[i]``) with the explanations `top_for_many` would have given them."""
    engine = _held()
    explain_many = getattr(engine, "explain_many", None)
    if explain_many is None:  # the fallback engine explained them already
        return proposals
    refs = [[p.ref for p in mine] for mine in proposals]
    found = explain_many(queries.docs, refs, queries.analysed)
    return [
        [replace(p, explanation=_explanation_dict(e)) for p, e in zip(mine, why, strict=True)]
        for mine, why in zip(proposals, found, strict=True)
    ]


def _held() -> Any:
    _not_in_web_request()
    held = _holder.engine
    return held if held is not None else matcher()


def _proposal(result: Any, explained: bool = True) -> Proposal:
    return Proposal(
        ref=str(result.id),
        score=min(1.0, max(0.0, float(result.score))),
        components={
            str(k): round(float(v), 4)
            for k, v in dict(result.components or {}).items()
            if isinstance(v, int | float)
        },
        explanation=_explanation_dict(result.explanation) if explained else {},
    )


def _explanation_dict(explanation: Any) -> dict[str, Any]:
    if explanation is None:
        return {}
    if is_dataclass(explanation) and not isinstance(explanation, type):
        data = asdict(explanation)
    elif isinstance(explanation, dict):
        data = dict(explanation)
    else:
        data = {"summary": str(explanation)}
    concepts = [
        {"en": str(c.get("en", "")), "zh": str(c.get("zh", ""))}
        for c in data.get("shared_concepts", data.get("concepts", ())) or ()
        if isinstance(c, dict)
    ]
    return {
        "summary": str(data.get("summary", "")),
        "concepts": concepts,
        "sectors": [
            _sector_code(str(s)) for s in data.get("shared_sectors", data.get("sectors", ())) or ()
        ],
        "partnership": [str(p).replace("<->", ":") for p in data.get("partnership", ()) or ()],
        "notes": [str(n) for n in data.get("notes", ()) or ()],
    }


def _sector_code(value: str) -> str:
    """A taxonomy code for the engine's "English / 中文" sector name (or the value itself)."""
    if value in FIELD_BY_CODE:
        return value
    english = value.split(" / ")[0].strip()
    return next((f.code for f in FIELDS if f.en == english), value)
