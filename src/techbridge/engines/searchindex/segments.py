"""The index on disk: immutable segment directories that every process memory-maps.

A segment is a directory of ``.npy`` arrays (postings, facet columns, dates, ids) and a
``manifest.json`` holding the vocabulary, the facet values, the caller's ``meta`` and each
array's size and CRC-32. ``CURRENT`` names the segment in use. Processes open it with
``numpy.load(mmap_mode="r")``: the operating system's page cache holds one copy for all of
them, and a process starts without reading the corpus.

Writes never touch a segment in use: a new one is written under a temporary name, each file
fsync'd, the directory renamed, then ``CURRENT`` replaced the same way (temporary file,
fsync, rename, fsync of the directory). A crash at any point leaves the previous segment
current and intact; leftovers are removed by the next write. A segment whose files do not
match their checksums raises :class:`CorruptSegment` and is not served."""

from __future__ import annotations

import json
import os
import shutil
import uuid
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from techbridge.engines.searchindex.index import Codes, Combos, SearchIndex
from techbridge.engines.searchindex.postings import Postings, Vocabulary
from techbridge.engines.searchindex.types import Schema

CURRENT = "CURRENT"
MANIFEST = "manifest.json"
PREFIX, TEMPORARY = "seg-", "tmp-"
ARRAYS = ("offsets", "slots", "freqs", "ids", "lengths", "table", "published", "expires")
CHUNK = 1 << 24  # bytes checksummed at a time


class CorruptSegment(Exception):
    """A segment's files are missing, truncated or fail their checksum."""


class SegmentWriteError(Exception):
    """The segment directory cannot be written (read-only, full disk, no permission)."""


def crc32_of(path: Path) -> int:
    crc = 0
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            crc = zlib.crc32(block, crc)
    return crc


def fsync_directory(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _arrays(index: SearchIndex) -> dict[str, np.ndarray[Any, Any]]:
    """The index's arrays with the delta merged and tombstones dropped (a compact copy)."""
    index.compact()
    m = index.main
    return {
        "offsets": m.offsets,
        "slots": m.slots,
        "freqs": m.freqs,
        "ids": index.ids,
        "lengths": index.lengths,
        "table": index.table,
        "published": index.published,
        "expires": index.expires,
    }


def _facets(index: SearchIndex) -> dict[str, Any]:
    return {
        "single": {f: c.values for f, c in index.codes.items()},
        "multi": {
            f: {"values": c.values, "members": c.members.values} for f, c in index.combos.items()
        },
    }


def write(
    index: SearchIndex,
    directory: Path,
    meta: dict[str, Any],
    *,
    pause: Callable[[str], None] | None = None,
) -> Path:
    """Write ``index`` (compacted first) as a new segment of ``directory`` and make it
    current; returns its path. ``pause(file)`` is called after each file (tests kill the
    writer there). Raises :class:`SegmentWriteError` when the directory cannot be written."""
    try:
        return _write(index, directory, meta, pause)
    except OSError as exc:
        raise SegmentWriteError(f"cannot write the search index under {directory}: {exc}") from exc


def _write(
    index: SearchIndex,
    directory: Path,
    meta: dict[str, Any],
    pause: Callable[[str], None] | None,
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    name = uuid.uuid4().hex
    tmp = directory / f"{TEMPORARY}{name}"
    tmp.mkdir()
    files: dict[str, Any] = {}
    for key, array in _arrays(index).items():
        path = tmp / f"{key}.npy"
        with path.open("wb") as f:
            np.save(f, np.ascontiguousarray(array), allow_pickle=False)
            f.flush()
            os.fsync(f.fileno())
        files[key] = {"bytes": path.stat().st_size, "crc32": crc32_of(path)}
        if pause is not None:
            pause(key)
    manifest = {
        "meta": meta,
        "files": files,
        "vocabulary": list(index.vocab),
        "facets": _facets(index),
        "live_length": index.live_length,
    }
    write_file(tmp / MANIFEST, json.dumps(manifest, ensure_ascii=False).encode())
    fsync_directory(tmp)
    final = directory / f"{PREFIX}{name}"
    tmp.rename(final)
    write_file(directory / f"{CURRENT}.{name}", final.name.encode())
    (directory / f"{CURRENT}.{name}").replace(directory / CURRENT)
    fsync_directory(directory)
    remove_others(directory, keep=final.name)
    return final


def write_file(path: Path, data: bytes) -> None:
    with path.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


def remove_others(directory: Path, *, keep: str) -> None:
    """Older segments and a crashed writer's leftovers (a process that still maps an old
    segment keeps reading it: its files live until it closes them)."""
    for path in directory.iterdir():
        if path.name == keep or path.name in (CURRENT, "lock"):
            continue
        if path.is_dir() and path.name.startswith((PREFIX, TEMPORARY)):
            shutil.rmtree(path, ignore_errors=True)
        elif path.name.startswith(f"{CURRENT}."):
            path.unlink(missing_ok=True)


def current(directory: Path) -> Path | None:
    """The current segment's directory, or None when none was written."""
    try:
        name = (directory / CURRENT).read_text().strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return directory / name


def read_meta(segment: Path) -> dict[str, Any]:
    """The caller's meta of a segment (no checksum is verified)."""
    try:
        meta: dict[str, Any] = json.loads((segment / MANIFEST).read_text())["meta"]
    except (OSError, ValueError, KeyError) as exc:
        raise CorruptSegment(f"{segment}: unreadable manifest ({exc})") from exc
    return meta


def open_segment(
    segment: Path, schema: Schema, *, verify: bool = True
) -> tuple[SearchIndex, dict[str, Any]]:
    """The index of a segment, its arrays memory-mapped read-only, and its meta. Raises
    :class:`CorruptSegment` when a file is missing, truncated or (``verify``) fails its
    checksum."""
    try:
        manifest = json.loads((segment / MANIFEST).read_text())
        arrays = {}
        for key in ARRAYS:
            path, spec = segment / f"{key}.npy", manifest["files"][key]
            if path.stat().st_size != spec["bytes"] or (verify and crc32_of(path) != spec["crc32"]):
                raise CorruptSegment(f"{path}: size or checksum differs from the manifest")
            arrays[key] = np.load(path, mmap_mode="r", allow_pickle=False)
    except CorruptSegment:
        raise
    except (OSError, ValueError, KeyError) as exc:
        raise CorruptSegment(f"{segment}: {exc}") from exc
    return _index(schema, manifest, arrays), manifest["meta"]


def _index(schema: Schema, manifest: dict[str, Any], a: dict[str, Any]) -> SearchIndex:
    index = SearchIndex(schema)
    index.vocab = Vocabulary((t, i) for i, t in enumerate(manifest["vocabulary"]))
    for f, values in manifest["facets"]["single"].items():
        codes = index.codes[f] = Codes()
        codes.values = list(values)
        codes.index = {v: i for i, v in enumerate(values)}
    for f, spec in manifest["facets"]["multi"].items():
        combos = index.combos[f] = Combos()
        for value in spec["members"][1:]:
            combos.members.code(value)
        for value in spec["values"][1:]:
            combos.code(value)
    index.main = Postings(a["offsets"], a["slots"], a["freqs"])
    index.ids, index.lengths, index.table = a["ids"], a["lengths"], a["table"]
    index.published, index.expires = a["published"], a["expires"]
    # Private and small (a byte per document, 8 per id): what updates write to.
    index.alive = np.ones(index.ids.size, bool)
    top = int(index.ids.max()) + 1 if index.ids.size else 0
    index.slot_of = np.full(top, -1, np.int64)
    index.slot_of[index.ids] = np.arange(index.ids.size)
    index.live_count = int(index.ids.size)
    index.live_length = int(manifest["live_length"])
    index.frozen = True
    return index
