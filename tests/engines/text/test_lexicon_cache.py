"""The parsed CC-CEDICT lexicon is cached on disk: a later process reads the same tables
(fast: a cold web process's first search waited for this), and a damaged cache is parsed
again, never served."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from techbridge.engines.text import lexicon as lexicon_module


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    lexicon_module.lexicon()  # this process's own, loaded where it always is
    monkeypatch.setattr(lexicon_module.tempfile, "gettempdir", lambda: str(tmp_path))
    return tmp_path


def test_a_later_process_reads_the_same_tables_from_the_cache(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parsed = lexicon_module.lexicon()
    source = lexicon_module.cedict_path()
    monkeypatch.setattr(lexicon_module, "_parse", lambda *args: parsed)
    assert lexicon_module._load(source) is parsed  # parsed, then cached
    assert len(list(cache_dir.glob("techbridge-lexicon-*"))) == 1

    def no_parse(*args: Any) -> Any:
        raise AssertionError("parsed again instead of reading the cache")

    monkeypatch.setattr(lexicon_module, "_parse", no_parse)
    assert lexicon_module._load(source) == parsed


def test_a_damaged_cache_is_parsed_again(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parsed = lexicon_module.lexicon()
    source = lexicon_module.cedict_path()
    lexicon_module._cache_file(source).write_bytes(b"\x00not marshal")
    monkeypatch.setattr(lexicon_module, "_parse", lambda *args: parsed)
    assert lexicon_module._load(source) is parsed
