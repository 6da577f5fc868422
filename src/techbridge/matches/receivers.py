"""The matches app's reactions to profile changes: a publication, an edit or an import
(re)computes the profiles' matches, a closing, expiry, deletion or rejection removes them.
Called after commit (core.reactions); each only enqueues a task, so a worker sees the
committed profile and the request returns at once."""

from __future__ import annotations

from django.conf import settings

from techbridge.matches import tasks
from techbridge.profiles.changes import ProfileAction, ProfileChange

COMPUTE = frozenset({ProfileAction.PUBLISH, ProfileAction.UPDATE, ProfileAction.IMPORT})
REMOVE = frozenset(
    {ProfileAction.CLOSE, ProfileAction.EXPIRE, ProfileAction.DELETE, ProfileAction.REJECT}
)
IMPORT_CHUNK = 200


def compute_matches(change: ProfileChange) -> None:
    if change.action == ProfileAction.IMPORT:
        if not settings.TECHBRIDGE.get("MATCH_ON_IMPORT", True):
            return  # bulk loads are matched later by `techbridge rematch`
        for start in range(0, len(change.ids), IMPORT_CHUNK):  # workers share a big import
            tasks.match_profiles.enqueue(profile_ids=list(change.ids[start : start + IMPORT_CHUNK]))
        return
    tasks.match_profiles.enqueue(profile_ids=list(change.ids))


def remove_matches(change: ProfileChange) -> None:
    for profile_id in change.ids:
        tasks.remove_profile_matches.enqueue(profile_id=profile_id)
