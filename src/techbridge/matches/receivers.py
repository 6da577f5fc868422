"""Keep matches in step with profiles: `profile_changed` -> a background task."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.db import transaction

from techbridge.matches import tasks

logger = logging.getLogger(__name__)

COMPUTE = frozenset({"publish", "update"})
REMOVE = frozenset({"close", "expire", "delete", "reject"})
IMPORT_CHUNK = 200


def on_profile_changed(
    sender: Any, profile_id: int | None, action: str, profile_ids: Any = None, **kwargs: Any
) -> None:
    """Publish/update/import: (re)compute the profile's matches; close/expire/delete:
    remove them. Enqueued after commit so a worker sees the committed profile."""
    if action == "import":
        if not settings.TECHBRIDGE.get("MATCH_ON_IMPORT", True):
            return  # bulk loads are matched later by `techbridge rematch`
        ids = [int(i) for i in profile_ids or ()]
        for start in range(0, len(ids), IMPORT_CHUNK):  # workers share a big import
            chunk = ids[start : start + IMPORT_CHUNK]
            transaction.on_commit(
                lambda chunk=chunk: _enqueue(tasks.match_profiles, profile_ids=chunk)
            )
    elif profile_id is not None and action in COMPUTE:
        transaction.on_commit(lambda: _enqueue(tasks.match_profiles, profile_ids=[profile_id]))
    elif profile_id is not None and action in REMOVE:
        transaction.on_commit(lambda: _enqueue(tasks.remove_profile_matches, profile_id=profile_id))


def _enqueue(task: Any, **kwargs: Any) -> None:
    try:
        task.enqueue(**kwargs)
    except Exception:
        # Matching must never break the profile workflow; `techbridge rematch` catches up.
        logger.exception("Could not run or enqueue %s", task.name)
