"""Demo data of the matches app: the matches of every demo profile, so "Matches for you"
is filled for the demo members (about 10 s for the demo set on 2 cores)."""

from __future__ import annotations

from datetime import datetime

from techbridge.matches import services


def load(*, now: datetime) -> dict[str, int]:
    """Compute every live demo profile's matches (idempotent: pairs are updated in place)."""
    summary = services.match_compute_all(now=now, notify=True)
    return {"matches_created": summary.created, "matches_profiles": summary.profiles}
