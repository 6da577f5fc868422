"""Recomputing every live profile's matches at once (the `rematch` command, the demo)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import datetime
from functools import partial

from django.db import transaction
from django.db.models import Q

from techbridge.matches import engine, rematching
from techbridge.matches.documents import live_profiles
from techbridge.matches.models import Match
from techbridge.matches.results import Proposal
from techbridge.matches.services.explanations import (
    blind_owners,
    scrub_newly_blind,
    with_explanations,
)
from techbridge.matches.services.proposals import PairKey
from techbridge.matches.services.writing import MatchingSummary, mark_computed, write_pairs


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
    ids = list(live_profiles().order_by("id").values_list("id", flat=True))
    pairs: dict[PairKey, Proposal] = {}
    blind = blind_owners()
    batches = rematching.proposals_of_all(
        ids,
        now=now,
        workers=workers,
        progress=progress,
        analyses=analyses,
        finish=partial(with_explanations, blind=blind),
    )
    for found in batches:
        for key, proposal in found:
            if key not in pairs or proposal.score > pairs[key].score:
                pairs[key] = proposal
    started = time.perf_counter()
    with transaction.atomic():
        live = live_profiles().values("id")
        kept = Q(request_id__in=live) & (Q(offer__isnull=True) | Q(offer_id__in=live))
        summary.removed += Match.objects.exclude(kept).delete()[1].get("matches.Match", 0)
        scrub_newly_blind(pairs, before=blind)
        write_pairs(pairs, scope=live, summary=summary, notify=notify, explained=True)
        mark_computed(ids)
    summary.write_seconds = time.perf_counter() - started
    summary.profiles = len(ids)
    return summary
