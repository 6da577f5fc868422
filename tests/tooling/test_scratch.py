"""The benchmarks' scratch database: a temporary SQLite file does not outlive its run
unless it is kept (at 100,000 profiles it takes 2 GB of /tmp)."""

from __future__ import annotations

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from techbridge.tooling import scratch
from techbridge.tooling.scratch import Scratch, scratch_database


def _temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A stand-in for a new temporary SQLite scratch file (the test database stays)."""
    directory = tmp_path / "techbridge-bench-x"
    directory.mkdir()
    (directory / "bench.sqlite3").write_bytes(b"")
    config = {"NAME": str(directory / "bench.sqlite3")}
    monkeypatch.setattr(scratch, "open_scratch", lambda *a, **kw: Scratch(config, directory))
    return directory


def test_a_temporary_scratch_file_is_removed_when_the_run_ends(tmp_path, monkeypatch):
    directory = _temporary(tmp_path, monkeypatch)
    with scratch_database(None) as used:
        assert used.directory == directory
    assert not directory.exists()


def test_it_is_removed_when_the_run_fails_too(tmp_path, monkeypatch):
    directory = _temporary(tmp_path, monkeypatch)
    with pytest.raises(KeyboardInterrupt), scratch_database(None):
        raise KeyboardInterrupt
    assert not directory.exists()


def test_a_kept_scratch_file_stays(tmp_path, monkeypatch):
    directory = _temporary(tmp_path, monkeypatch)
    with scratch_database(None, keep=True):
        pass
    assert (directory / "bench.sqlite3").is_file()


def test_keep_is_for_the_benches_with_a_scratch_database():
    with pytest.raises(CommandError, match="keep"):
        call_command("bench", "matching", "--keep", stdout=StringIO())
