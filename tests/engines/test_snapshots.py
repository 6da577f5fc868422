"""Snapshots of an object graph with its arrays memory-mapped (`engines.snapshots`): a
matching engine loaded from one answers exactly as the engine it was saved from, its big
arrays are views of the shared file, a writer killed midway leaves the previous snapshot
current, damage is refused, and unwritable directories give a clear error."""

from __future__ import annotations

import errno
import mmap
import multiprocessing
import os
import signal
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from techbridge.engines import snapshots
from techbridge.engines.matching import MatchingConfig, MatchingEngine, ProfileDoc
from techbridge.engines.searchindex.segments import CorruptSegment, SegmentWriteError, current

NOW = datetime(2026, 1, 1, tzinfo=UTC)
TOPICS = ["battery recycling lithium", "solar cell perovskite", "waste water membrane"]


def _docs(n: int) -> list[ProfileDoc]:
    return [
        ProfileDoc(
            id=f"p:{i}",
            kind="offer" if i % 2 else "request",
            title=f"{TOPICS[i % 3]} {i}",
            summary=f"{TOPICS[(i + 1) % 3]} process",
            lang="en",
            org_id=str(i % 7),
        )
        for i in range(n)
    ]


def _engine(n: int = 120) -> MatchingEngine:
    engine = MatchingEngine(MatchingConfig(encoder="hashing"))
    engine.build(_docs(n))
    return engine


def _external(engine: MatchingEngine) -> dict[str, Any]:
    return {"encoder": engine.encoder}


def _answers(engine: MatchingEngine) -> list[list[tuple[str, float]]]:
    queries = _docs(9)
    return [[(r.id, round(r.score, 6)) for r in engine.top(q, 10, NOW)] for q in queries]


def _mapped(array: np.ndarray[Any, Any]) -> bool:
    base: Any = array
    while isinstance(base, np.ndarray | memoryview):
        base = base.base if isinstance(base, np.ndarray) else base.obj
    return isinstance(base, mmap.mmap)


def test_a_loaded_engine_answers_as_the_saved_one_from_mapped_arrays(tmp_path: Path) -> None:
    engine = _engine()
    snapshots.save(engine, tmp_path, {"n": 120}, external=_external(engine))
    fresh = MatchingEngine(MatchingConfig(encoder="hashing"))
    loaded, meta = snapshots.load(tmp_path, external=_external(fresh))
    assert meta == {"n": 120}
    assert _answers(loaded) == _answers(engine)
    assert loaded.encoder is fresh.encoder  # supplied by the loader, not unpickled
    assert _mapped(loaded._native._docs) and _mapped(loaded._vectors.matrix)
    more = _docs(130)[120:]
    for doc in more:  # updates write to the process's own pages, never to the file
        loaded.add(doc)
        engine.add(doc)
    assert _answers(loaded) == _answers(engine)
    again, _meta = snapshots.load(tmp_path, external=_external(fresh))
    assert "p:125" not in again and "p:125" in loaded


def _save_slowly(directory: str, ready: Any) -> None:
    def pause(name: str) -> None:
        ready.set()
        time.sleep(60)

    engine = _engine(30)
    snapshots.save(engine, Path(directory), {"v": 2}, external=_external(engine), pause=pause)


def test_a_writer_killed_midway_leaves_the_current_snapshot_intact(tmp_path: Path) -> None:
    engine = _engine(30)
    snapshots.save(engine, tmp_path, {"v": 1}, external=_external(engine))
    ready = multiprocessing.get_context("fork").Event()
    writer = multiprocessing.get_context("fork").Process(
        target=_save_slowly, args=(str(tmp_path), ready)
    )
    writer.start()
    assert ready.wait(60)
    os.kill(writer.pid, signal.SIGKILL)
    writer.join()
    loaded, meta = snapshots.load(tmp_path, external=_external(engine))
    assert meta == {"v": 1} and len(loaded) == 30
    snapshots.save(loaded, tmp_path, {"v": 3}, external=_external(engine))
    assert not any(p.name.startswith("tmp-") for p in tmp_path.iterdir())  # leftovers gone
    assert snapshots.load(tmp_path, external=_external(engine))[1] == {"v": 3}


@pytest.mark.parametrize(("name", "damage"), [("buffers.bin", "flip"), ("state.pkl", "cut")])
def test_a_damaged_snapshot_is_refused(tmp_path: Path, name: str, damage: str) -> None:
    engine = _engine(30)
    snapshots.save(engine, tmp_path, {}, external=_external(engine))
    path = current(tmp_path) / name
    data = bytearray(path.read_bytes())
    if damage == "flip":
        data[len(data) // 2] ^= 0xFF
    else:
        del data[-5:]
    path.write_bytes(bytes(data))
    with pytest.raises(CorruptSegment):
        snapshots.load(tmp_path, external=_external(engine))


def test_no_snapshot_yet() -> None:
    assert snapshots.load(Path("/nonexistent/engine")) is None


def test_an_unwritable_or_full_directory_gives_a_clear_error(
    tmp_path: Path, monkeypatch: Any
) -> None:
    engine = _engine(10)
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(SegmentWriteError, match="cannot write a snapshot under"):
        snapshots.save(engine, blocker / "engine", {}, external=_external(engine))

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(SegmentWriteError, match="No space left"):
        snapshots.save(engine, tmp_path / "engine", {}, external=_external(engine))
    monkeypatch.undo()
    assert snapshots.load(tmp_path / "engine") is None  # nothing half-written became current


_HELD_IN_CHILD = """
import sys
from pathlib import Path
from techbridge.engines import snapshots
from techbridge.engines.matching import MatchingConfig, MatchingEngine
from tests.engines.test_snapshots import _docs
fresh = MatchingEngine(MatchingConfig(encoder="hashing"))
loaded, _meta = snapshots.load(Path(sys.argv[1]), external={"encoder": fresh.encoder})
held = [loaded._held_vector(d, loaded._analyse(d)) is not None for d in _docs(20)]
print(sum(held))
"""


def test_another_process_reuses_the_stored_vectors_whatever_its_hash_seed(tmp_path: Path) -> None:
    """Each profile's vector is kept with a digest of the text it was embedded from; a process
    that loads the snapshot (its ``hash()`` salted differently) must recognise every one of
    them instead of embedding each query again."""
    import subprocess
    import sys

    engine = _engine(20)
    snapshots.save(engine, tmp_path, {"n": 20}, external=_external(engine))
    root = Path(__file__).resolve().parents[2]
    counts = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": os.pathsep.join(sys.path)}
        out = subprocess.run(
            [sys.executable, "-c", _HELD_IN_CHILD, str(tmp_path)],
            env=env,
            cwd=root,
            capture_output=True,
            text=True,
            timeout=120,
            check=True,
        )
        counts.append(int(out.stdout.strip().splitlines()[-1]))
    assert counts == [20, 20]
