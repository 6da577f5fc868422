"""Rematching in several processes (no database: the batches are stubbed)."""

from __future__ import annotations

import os
import warnings

from techbridge.matches import forking, rematching


def _ids_doubled(ids: list[int]) -> list[tuple[int, int]]:
    return [(i, 2 * i) for i in ids] + [(-1, os.getpid())]


def test_rematch_workers_share_batches_out_in_order(monkeypatch):
    """With workers, batches run in other processes and come back in order, and the
    progress callback sees every id."""
    monkeypatch.setattr(rematching, "BATCH", 3)
    seen: list[int] = []

    def progress(ids):
        for i in ids:
            seen.append(i)
            yield i

    ids = list(range(10))
    with warnings.catch_warnings():  # fork() from a test runner that may have threads
        warnings.simplefilter("ignore", DeprecationWarning)
        monkeypatch.setattr(rematching, "_batch", _ids_doubled_now)
        found = list(rematching.proposals_of_all(ids, now=None, workers=2, progress=progress))
    pairs = [pair for batch in found for pair in batch if pair[0] >= 0]
    assert pairs == [(i, 2 * i) for i in ids]
    assert {pid for batch in found for i, pid in batch if i < 0} - {os.getpid()}
    assert seen == ids


def _ids_doubled_now(ids: list[int], *, now) -> list[tuple[int, int]]:
    return _ids_doubled(ids)


class _Squarer:
    def __init__(self) -> None:
        self.lock = __import__("threading").Lock()  # not picklable: must be inherited

    def square(self, x: int) -> tuple[int, int]:
        return x * x, os.getpid()


def test_fork_map_runs_an_inherited_function_in_order():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        found = forking.fork_map(_Squarer().square, list(range(50)), workers=2)
    assert [x for x, _pid in found] == [i * i for i in range(50)]
    assert {pid for _x, pid in found} - {os.getpid()}
    assert forking.fork_map(_Squarer().square, [3], workers=1) == [(9, os.getpid())]
