"""Background work of the matches app: take ids, idempotent, call a service."""

from __future__ import annotations

from django.tasks import task

from techbridge.matches import services


@task
def match_profiles(*, profile_ids: list[int], force: bool = False) -> dict[str, int]:
    """(Re)compute the matches of these profiles (removing them for profiles no longer
    live) and notify about new ones. Safe to run twice: an unchanged profile is skipped and
    a pair already stored is updated, never duplicated or notified again."""
    totals = {"profiles": 0, "created": 0, "updated": 0, "removed": 0, "notified": 0}
    for profile_id in profile_ids:
        summary = services.match_compute_for_profile(profile_id=profile_id, force=force)
        for key in totals:
            totals[key] += getattr(summary, key)
    return totals


@task
def remove_profile_matches(*, profile_id: int) -> int:
    """Drop the matches of a closed, expired or deleted profile."""
    return services.match_remove_for_profile(profile_id=profile_id)
