"""Keeping the index in sync: profile changes (sent after commit by the profile services) and
organisation saves (their name, type and province are denormalised into the index)."""

from __future__ import annotations

import logging
from typing import Any

from django.db import transaction

logger = logging.getLogger(__name__)
ALERT_ACTIONS = ("publish", "import")


def on_profile_changed(
    sender: Any, profile_id: int | None = None, action: str = "", **kwargs: Any
) -> None:
    from techbridge.search.tasks import index_profiles_task, saved_search_alerts_task

    ids = [profile_id] if profile_id is not None else list(kwargs.get("profile_ids") or [])
    if not ids:
        return
    try:
        index_profiles_task.enqueue(ids)
        if action in ALERT_ACTIONS:
            saved_search_alerts_task.enqueue(ids)
    except Exception:  # the profile change is committed; a failed index is fixed by reindex
        logger.exception("search: could not index profiles %s", ids[:10])


def on_organisation_saved(sender: Any, instance: Any, created: bool = False, **kwargs: Any) -> None:
    if kwargs.get("raw"):
        return
    from techbridge.search.tasks import index_organisations_task

    org_id = instance.pk
    transaction.on_commit(lambda: index_organisations_task.enqueue([org_id]))


def on_migrated(sender: Any, using: str = "default", **kwargs: Any) -> None:
    """After `migrate`: build the index if it is empty while published profiles exist."""
    if using != "default":
        return
    from techbridge.search.services import ensure_index

    try:
        ensure_index()
    except Exception:  # a half-migrated database: the first search builds it
        logger.exception("search: could not build the index after migrate")
