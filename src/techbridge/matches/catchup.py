"""Bring a process's matching engine up to date with changes other processes made, without
rebuilding it: the profiles whose ``updated_at`` moved since the engine's signature are
removed and, if live, added again (an add analyses and embeds one profile; a rebuild all of
them: minutes at a million). With several task workers, each one's engine otherwise went
stale at every change another worker computed, and was rebuilt whole.

Anything it cannot follow this way -- a profile deleted or expired without a save (the live
count disagrees afterwards), a partner organisation changed, a new day (expiry), too many
changes -- returns False and the caller rebuilds, as before."""

from __future__ import annotations

from datetime import datetime, timedelta

from techbridge.engines.matching import MatchingEngine
from techbridge.matches.documents import (
    Signature,
    live_profiles,
    partner_orgs,
    profile_doc,
    profile_ref,
)
from techbridge.profiles.models import TechnologyProfile

# Changes saved this long before the newest one seen are looked at again: a transaction may
# commit after a later one and its ``updated_at`` (set at save) would otherwise be missed.
LOOKBACK = timedelta(seconds=30)
MAX_CHANGES = 5_000  # more than this: rebuild (cheaper per profile than one add each)


class Followed:
    """What one engine was last brought up to (per process, under the holder's lock)."""

    def __init__(self) -> None:
        self.applied: dict[int, datetime] = {}  # profile id -> updated_at already applied

    def forget(self) -> None:
        self.applied = {}


def catch_up(engine: MatchingEngine, held: Signature, now: Signature, followed: Followed) -> bool:
    """Apply to ``engine`` (whose population had signature ``held``) the profile changes
    made since, so that it matches signature ``now``; False when it cannot (rebuild)."""
    _n, last, _top, *orgs_then = held
    _count, _last_now, _top_now, *orgs_now = now
    if last is None or orgs_then != orgs_now:
        return False
    since = last - LOOKBACK
    changed = list(
        TechnologyProfile.objects.filter(updated_at__gte=since)
        .order_by()
        .values_list("id", "updated_at")[: MAX_CHANGES + 1]
    )
    if len(changed) > MAX_CHANGES:
        return False
    todo = [pid for pid, at in changed if followed.applied.get(pid) != at]
    live = live_profiles().filter(id__in=todo).select_related("organisation")
    docs = {p.id: profile_doc(p) for p in live}
    for pid in todo:
        engine.remove(profile_ref(pid))
        if pid in docs:
            engine.add(docs[pid])
    followed.applied = {pid: at for pid, at in changed if at >= since}
    # Read again (not ``count``): a profile published since ``now`` was read is applied too.
    return bool(len(engine) == live_profiles().count() + partner_orgs().count())
