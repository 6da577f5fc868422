"""Workers of one machine share the matching engine (`matches.shared`): the first builds it
and saves a snapshot, another loads it memory-mapped instead of building, with the same
proposals, and follows the changes made since; a damaged snapshot is rebuilt with a
warning; an unwritable directory is reported and matching goes on."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest

from techbridge.engines.searchindex.segments import current
from techbridge.matches import engine, shared
from techbridge.matches.results import Proposal
from tests.engines.test_snapshots import _mapped
from tests.matches.conftest import chinese_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def snapshots_on(settings: Any, tmp_path: Path) -> Path:
    settings.TECHBRIDGE = {
        **settings.TECHBRIDGE,
        "MATCH_ENGINE_SHARED": True,
        "MATCH_ENGINE_DIR": str(tmp_path / "engine"),
    }
    return tmp_path / "engine"


def _refs(proposals: list[Proposal]) -> list[tuple[str, float]]:
    return [(p.ref, round(p.score, 6)) for p in proposals]


def _no_build(monkeypatch: Any) -> None:
    def fail() -> Any:
        raise AssertionError("built instead of loading the shared engine")

    monkeypatch.setattr(engine, "all_docs", fail)


def test_a_second_worker_loads_the_engine_the_first_built(
    market: Any, cn_org: Any, snapshots_on: Path, monkeypatch: Any
) -> None:
    request = chinese_request(cn_org)
    built = engine.matcher()
    expected = _refs(engine.top_for(request, k=10))
    assert current(shared.directory()) is not None
    engine.reset()  # another worker process
    _no_build(monkeypatch)
    loaded = engine.matcher()
    assert loaded is not built and _mapped(loaded._native._docs)
    assert _refs(engine.top_for(request, k=10)) == expected
    request.status, request.published_at = "published", market["offers"]["solar"].published_at
    request.save()  # published meanwhile (by a third process)
    engine.reset()
    assert f"p:{request.id}" in engine.matcher()  # loaded, then caught up


def test_a_damaged_snapshot_is_rebuilt_with_a_warning(
    market: Any, snapshots_on: Path, caplog: Any
) -> None:
    engine.matcher()
    path = current(shared.directory()) / "buffers.bin"
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))
    engine.reset()
    with caplog.at_level(logging.WARNING, logger="techbridge.matches.shared"):
        assert len(engine.matcher()) > 0
    assert "not served, rebuilding the engine" in caplog.text
    engine.reset()
    assert len(engine.matcher()) > 0  # the rebuilt one was saved: it loads


def test_an_unwritable_directory_is_reported_and_matching_goes_on(
    market: Any, settings: Any, tmp_path: Path, caplog: Any
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    settings.TECHBRIDGE = {
        **settings.TECHBRIDGE,
        "MATCH_ENGINE_SHARED": True,
        "MATCH_ENGINE_DIR": str(blocker / "engine"),
    }
    with caplog.at_level(logging.ERROR, logger="techbridge.matches.shared"):
        assert len(engine.matcher()) > 0
    assert "served from this process's memory" in caplog.text or "cannot lock" in caplog.text
