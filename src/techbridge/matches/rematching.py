"""Proposals for every live profile, fast: in batches, optionally in several processes.

A batch of profiles costs one engine call (query vectors from the index, similarities in one
matrix product) and two queries. With ``workers > 1`` the batches are shared out among
forked processes that inherit the engine just built (copy-on-write: nothing is rebuilt or
re-embedded); results come back in batch order, so the outcome is the one of a single
process.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import partial
from typing import Any

from django.core.management.base import CommandError

from techbridge.matches.forking import fork_imap, inherited
from techbridge.matches.services.proposals import proposals_for_many
from techbridge.profiles.models import TechnologyProfile

BATCH = 64
MAX_WORKERS = 16

Found = list[tuple[Any, Any]]  # (pair key, proposal) of one batch, in profile order


def proposals_of_all(
    ids: list[int],
    *,
    now: datetime | None,
    workers: int = 1,
    progress: Callable[[Iterable[int]], Iterable[int]] | None = None,
    analyses: dict[str, Any] | None = None,
    finish: Callable[[Found], Found] | None = None,
) -> Iterator[Found]:
    """The proposals of the profiles ``ids``, one list per batch, in order; ``progress``
    (e.g. tqdm) sees each id when its batch is done. ``analyses``: the engine's analysis
    of each indexed document (from `engine.rebuild`), reused for the queries. ``finish``
    is applied to each batch's list where it is computed (in the worker)."""
    batches = [ids[i : i + BATCH] for i in range(0, len(ids), BATCH)]
    ticks = iter(progress(ids) if progress else ids)
    inherited["analyses"] = analyses or {}
    inherited["finish"] = finish
    try:
        compute = partial(_batch, now=now)
        for batch, found in zip(batches, fork_imap(compute, batches, workers), strict=True):
            for _ in batch:
                next(ticks, None)
            yield found
    finally:
        inherited.clear()
    for _ in ticks:  # lets a progress bar close
        pass


def check_workers(workers: int) -> int:
    """``workers`` as given to a command's ``--workers`` (`rematch`, `bench rematch`), or
    the command's error when it is out of range."""
    if not 1 <= workers <= MAX_WORKERS:
        raise CommandError(f"--workers must be between 1 and {MAX_WORKERS}")
    return workers


def _batch(ids: list[int], *, now: datetime | None) -> Found:
    by_id = TechnologyProfile.objects.select_related("organisation").in_bulk(ids)
    profiles = [by_id[i] for i in ids if i in by_id]
    found = proposals_for_many(profiles, now=now, analyses=inherited.get("analyses"))
    items = [item for pairs in found for item in pairs.items()]  # (key, proposal)
    finish = inherited.get("finish")
    return finish(items) if finish is not None else items
