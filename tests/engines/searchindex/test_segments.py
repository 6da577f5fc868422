"""Segments on disk: the same answers as the index they were written from (then updated in
memory), atomic replacement (a writer killed midway leaves the previous segment current and
intact), checksums, and clear errors for directories that cannot be written."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techbridge.engines.searchindex import Query, SearchIndex
from techbridge.engines.searchindex import segments as seg
from tests.engines.searchindex.test_searchindex import (
    BANDS,
    SCHEMA,
    WINDOWS,
    Doc,
    batch,
    check,
    docs_st,
    filters_st,
    groups_st,
)


def _docs(n: int, term: str = "a") -> dict[int, Doc]:
    return {
        i: Doc(i, (term,), ("b", "c"), "offer", "DE", ("x",), 5, i, None) for i in range(1, n + 1)
    }


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    first=st.lists(docs_st, min_size=1, max_size=25),
    before=st.lists(docs_st, max_size=6),
    after=st.lists(docs_st, max_size=6),
    removed=st.lists(st.integers(1, 40), max_size=6),
    groups=groups_st,
    filters=filters_st,
    sort=st.sampled_from(["relevance", "newest", "expiring"]),
    audience=st.one_of(st.none(), st.sets(st.integers(1, 40))),
)
def test_a_segment_answers_as_the_index_it_was_written_from(
    tmp_path_factory: Any,
    first: list[Doc],
    before: list[Doc],
    after: list[Doc],
    removed: list[int],
    groups: tuple[tuple[str, ...], ...],
    filters: dict[str, str],
    sort: str,
    audience: set[int] | None,
) -> None:
    docs = {d.id: d for d in first}
    index = SearchIndex.build(SCHEMA, [batch(list(docs.values()))])
    if before:  # a delta and tombstones at the time of writing
        fresh = {d.id: d for d in before}
        index.upsert(batch(list(fresh.values())))
        docs.update(fresh)
    directory = tmp_path_factory.mktemp("segments")
    seg.write(index, directory, {"seq": 1})
    opened, meta = seg.open_segment(seg.current(directory), SCHEMA)
    assert meta == {"seq": 1} and isinstance(opened.main.slots, np.memmap)
    if after:  # then changes in memory, over the mapped arrays
        fresh = {d.id: d for d in after}
        opened.upsert(batch(list(fresh.values())))
        docs.update(fresh)
    opened.remove(removed)
    for i in removed:
        docs.pop(i, None)
    if not docs:
        assert opened.search(Query(groups=groups)).total == 0
        return
    q = Query(
        groups=groups,
        filters=tuple(filters.items()),
        sort=sort,
        per_page=3,
        bands=BANDS,
        windows=WINDOWS,
    )
    check(opened, docs, q, audience)


def test_updates_never_write_to_the_shared_files(tmp_path: Path) -> None:
    docs = _docs(3000)
    seg.write(SearchIndex.build(SCHEMA, [batch(list(docs.values()))]), tmp_path, {})
    segment = seg.current(tmp_path)
    before = {p.name: p.read_bytes() for p in segment.iterdir()}
    opened, _meta = seg.open_segment(segment, SCHEMA)
    for start in range(1, 3000, 500):  # well past the in-memory merge thresholds
        changed = [
            Doc(j, ("d",), (), "request", "CN", ("y",), 8, j, 1) for j in range(start, start + 500)
        ]
        opened.upsert(batch(changed))
        docs.update({d.id: d for d in changed})
    assert opened.main.slots.base is not None  # still the mapped file, not a private copy
    assert {p.name: p.read_bytes() for p in segment.iterdir()} == before
    check(opened, docs, Query(groups=(("d",),), bands=BANDS, windows=WINDOWS), None)


def _write_slowly(directory: str, ready: Any) -> None:
    index = SearchIndex.build(SCHEMA, [batch(list(_docs(500, "new").values()))])

    def pause(name: str) -> None:
        if name == "ids":  # half-way through the files
            ready.set()
            time.sleep(60)

    seg.write(index, Path(directory), {"seq": 2}, pause=pause)


def test_a_writer_killed_midway_leaves_the_current_segment_intact(tmp_path: Path) -> None:
    seg.write(SearchIndex.build(SCHEMA, [batch(list(_docs(50).values()))]), tmp_path, {"seq": 1})
    ready = multiprocessing.get_context("fork").Event()
    writer = multiprocessing.get_context("fork").Process(
        target=_write_slowly, args=(str(tmp_path), ready)
    )
    writer.start()
    assert ready.wait(30)
    os.kill(writer.pid, signal.SIGKILL)
    writer.join()
    assert any(p.name.startswith(seg.TEMPORARY) for p in tmp_path.iterdir())  # its leftovers
    opened, meta = seg.open_segment(seg.current(tmp_path), SCHEMA)
    assert meta == {"seq": 1} and opened.search(Query(groups=(("a",),))).total == 50
    # the next write succeeds and clears the leftovers
    seg.write(opened, tmp_path, {"seq": 3})
    assert not any(p.name.startswith(seg.TEMPORARY) for p in tmp_path.iterdir())
    assert seg.read_meta(seg.current(tmp_path)) == {"seq": 3}


@pytest.mark.parametrize("damage", ["flip", "truncate", "remove"])
def test_a_damaged_segment_is_refused(tmp_path: Path, damage: str) -> None:
    seg.write(SearchIndex.build(SCHEMA, [batch(list(_docs(50).values()))]), tmp_path, {})
    path = seg.current(tmp_path) / "slots.npy"
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[-3] ^= 0xFF
        path.write_bytes(bytes(data))
    elif damage == "truncate":
        path.write_bytes(bytes(data[:-8]))
    else:
        path.unlink()
    with pytest.raises(seg.CorruptSegment):
        seg.open_segment(seg.current(tmp_path), SCHEMA)


def test_a_directory_that_cannot_be_written_gives_a_clear_error(tmp_path: Path) -> None:
    index = SearchIndex.build(SCHEMA, [batch(list(_docs(5).values()))])
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(seg.SegmentWriteError, match="cannot write the search index under"):
        seg.write(index, blocker / "search", {})
