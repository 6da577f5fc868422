"""Running a function over many items in forked processes that inherit what the parent built
(an engine, a batch's settings) instead of receiving it pickled with every task. Used by the
engine adapter (analysing documents) and by `rematching` (proposals in batches); imports no
other module of the app."""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Iterator
from typing import Any

from django.db import connections

# What forked processes inherit instead of receiving it pickled with every task.
inherited: dict[str, Any] = {}


def fork_map[T, R](fn: Callable[[T], R], items: list[T], *, workers: int) -> list[R]:
    """``[fn(x) for x in items]``, in ``workers`` forked processes when there are several
    (``fn`` is inherited, not pickled: it may be a bound method of a large object)."""
    step = max(1, min(500, len(items) // max(1, workers * 8)))
    chunks = [items[i : i + step] for i in range(0, len(items), step)]
    inherited["fn"] = fn
    try:
        return [r for chunk in fork_imap(_apply, chunks, workers) for r in chunk]
    finally:
        inherited.pop("fn", None)


def _apply(chunk: list[Any]) -> list[Any]:
    fn = inherited["fn"]
    return [fn(x) for x in chunk]


def fork_imap[T, R](fn: Callable[[T], R], items: list[T], workers: int) -> Iterator[R]:
    """``map(fn, items)`` in order; in forked processes when ``workers`` > 1 (each opens
    its own database connection: the parent's are closed first so that none is shared)."""
    if workers <= 1 or len(items) <= 1:
        yield from map(fn, items)
        return
    connections.close_all()
    context = multiprocessing.get_context("fork")
    with context.Pool(workers, initializer=_child_started) as pool:
        yield from pool.imap(fn, items)


def _child_started() -> None:
    # The pool stops its children with SIGTERM: a handler inherited from the parent (a task
    # worker's `db_worker` catches SIGTERM to finish its task) would keep them alive, blocked
    # on the pool's queue, and the parent would wait for them for ever.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    # Connection objects inherited from the parent must not be used: forget them.
    for conn in connections.all(initialized_only=True):
        conn.connection = None
