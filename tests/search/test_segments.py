"""The resident index's segments: written once, opened memory-mapped by every other process,
rebuilt from the database when damaged, replaced by the background merge, and a clear error
(while search goes on) when the directory cannot be written."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from django.contrib.auth.models import AnonymousUser

from techbridge.engines.searchindex import segments as seg
from techbridge.search.backends import database_backend
from techbridge.search.backends import store as store_module
from techbridge.search.backends.resident import Resident, ResidentBackend
from techbridge.search.backends.store import SegmentStore
from techbridge.search.forms import parse_params
from techbridge.search.models import IndexState
from techbridge.search.selectors import _filters, text_plan
from techbridge.search.services import index_profiles, reindex_all
from tests.factories import ProfileFactory

ANON = AnonymousUser()


def found(state: Resident, q: str) -> list[int]:
    filters = _filters(ANON, parse_params({"q": q}))
    backend = ResidentBackend(database_backend(), one_search=True)
    backend.state = state  # this "process" (synced first, as a search's snapshot does)
    state.sync()
    hits, _total, _counts = backend.query(text_plan(q), filters, "relevance", 1, 50)
    return sorted(h.id for h in hits)


def _no_rows(*args: Any) -> Any:
    raise AssertionError("the corpus was read from the database")


def test_a_second_process_opens_the_segment_without_reading_the_rows(
    corpus: Any, monkeypatch: Any
) -> None:
    first = Resident()
    want = found(first, "battery recycling")
    assert len(want) == 2
    monkeypatch.setattr(store_module, "rows_of", _no_rows)
    other = Resident()
    assert found(other, "battery recycling") == want
    assert isinstance(other.index.main.slots, np.memmap)


def test_a_damaged_segment_is_rebuilt_from_the_database_with_a_warning(
    corpus: Any, caplog: Any
) -> None:
    want = found(Resident(), "battery recycling")
    segment = seg.current(SegmentStore.for_default_database().directory)
    data = bytearray((segment / "freqs.npy").read_bytes())
    data[-1] ^= 0xFF
    (segment / "freqs.npy").write_bytes(bytes(data))
    with caplog.at_level(logging.WARNING, logger="techbridge.search.backends.store"):
        assert found(Resident(), "battery recycling") == want
    assert "not served, rebuilding it from the database" in caplog.text
    rebuilt = seg.current(SegmentStore.for_default_database().directory)
    assert rebuilt != segment
    seg.open_segment(rebuilt, store_module.SCHEMA)  # verifies


def test_an_unwritable_directory_is_reported_and_search_goes_on(
    corpus: Any, settings: Any, tmp_path: Path, caplog: Any
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "SEARCH_INDEX_DIR": str(blocker)}
    with caplog.at_level(logging.ERROR, logger="techbridge.search.backends.store"):
        assert len(found(Resident(), "battery recycling")) == 2
    assert "cannot write the search index under" in caplog.text


def test_the_merge_writes_a_segment_that_every_process_switches_to(
    corpus: Any, monkeypatch: Any, django_capture_on_commit_callbacks: Any
) -> None:
    monkeypatch.setattr(store_module, "MERGE_CHANGES", 3)
    reader = Resident()
    assert len(found(reader, "heat pump")) == 0
    made = [ProfileFactory(title=f"Heat pump {i}") for i in range(5)]
    with django_capture_on_commit_callbacks(execute=True) as enqueued:
        index_profiles([p.id for p in made])  # the merge is enqueued after commit
    assert len(enqueued) == 1
    directory = SegmentStore.for_default_database().directory
    assert seg.read_meta(seg.current(directory))["seq"] == store_module.last_change()
    assert found(reader, "heat pump") == sorted(p.id for p in made)
    assert reader.index.delta is None  # opened the new segment: nothing carried in memory


def test_a_rebuild_writes_the_segment_of_its_generation(corpus: Any) -> None:
    reindex_all()
    generation = IndexState.objects.get(id=1).generation
    meta = seg.read_meta(seg.current(SegmentStore.for_default_database().directory))
    assert meta["generation"] == generation and meta["documents"] == 5


@pytest.mark.django_db
def test_an_empty_index_has_a_segment_too() -> None:
    assert found(Resident(), "anything") == []
