"""An object graph on disk whose numpy arrays every process maps instead of copying.

:func:`save` pickles an object (protocol 5) with its contiguous arrays' memory taken out of
band: those bytes go to ``buffers.bin`` (each block 64-byte aligned), the rest to
``state.pkl``. :func:`load` maps ``buffers.bin`` copy-on-write (``MAP_PRIVATE``) and
unpickles over it: the arrays are views of the mapping, so the page cache holds one copy
for every process that loads the snapshot, and a page one of them writes becomes its own.
Objects that must not be pickled (a loaded model, a thread pool) are named in
``external``: they are left out on save and supplied by the loader.

Writes follow the search segments' discipline (``engines.searchindex.segments``): a
temporary directory, every file fsync'd, the directory renamed, then ``CURRENT`` replaced;
a crash leaves the previous snapshot current. A snapshot whose files fail their size or
CRC-32 raises :class:`CorruptSegment` and is not loaded."""

from __future__ import annotations

import json
import mmap
import os
import pickle
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

from techbridge.engines.searchindex.segments import (
    CURRENT,
    PREFIX,
    TEMPORARY,
    CorruptSegment,
    SegmentWriteError,
    crc32_of,
    current,
    fsync_directory,
    remove_others,
    write_file,
)

STATE, BUFFERS, MANIFEST = "state.pkl", "buffers.bin", "manifest.json"
ALIGN = 64


class _Pickler(pickle.Pickler):
    def __init__(self, file: Any, external: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        self._external = {id(v): k for k, v in external.items() if v is not None}

    def persistent_id(self, obj: Any) -> str | None:
        return self._external.get(id(obj))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file: Any, external: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(file, **kwargs)
        self._external = external

    def persistent_load(self, pid: Any) -> Any:
        return self._external[pid]


def save(
    obj: Any,
    directory: Path,
    meta: dict[str, Any],
    *,
    external: dict[str, Any] | None = None,
    pause: Callable[[str], None] | None = None,
) -> Path:
    """Write ``obj`` as the current snapshot of ``directory``; returns its path. ``pause``
    is called after each file (tests kill the writer there). Raises
    :class:`SegmentWriteError` when the directory cannot be written."""
    try:
        return _save(obj, directory, meta, external or {}, pause)
    except OSError as exc:
        raise SegmentWriteError(f"cannot write a snapshot under {directory}: {exc}") from exc


def _save(
    obj: Any,
    directory: Path,
    meta: dict[str, Any],
    external: dict[str, Any],
    pause: Callable[[str], None] | None,
) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    name = uuid.uuid4().hex
    tmp = directory / f"{TEMPORARY}{name}"
    tmp.mkdir()
    blocks: list[list[int]] = []
    with (tmp / BUFFERS).open("wb") as data, (tmp / STATE).open("wb") as state:

        def out_of_band(buffer: pickle.PickleBuffer) -> None:
            view = buffer.raw()
            data.write(b"\0" * (-data.tell() % ALIGN))
            blocks.append([data.tell(), view.nbytes])
            data.write(view)

        _Pickler(state, external, protocol=5, buffer_callback=out_of_band).dump(obj)
        for f in (data, state):
            f.flush()
            os.fsync(f.fileno())
    files = {}
    for key in (STATE, BUFFERS):
        files[key] = {"bytes": (tmp / key).stat().st_size, "crc32": crc32_of(tmp / key)}
        if pause is not None:
            pause(key)
    manifest = {"meta": meta, "files": files, "blocks": blocks}
    write_file(tmp / MANIFEST, json.dumps(manifest).encode())
    fsync_directory(tmp)
    final = directory / f"{PREFIX}{name}"
    tmp.rename(final)
    write_file(directory / f"{CURRENT}.{name}", final.name.encode())
    (directory / f"{CURRENT}.{name}").replace(directory / CURRENT)
    fsync_directory(directory)
    remove_others(directory, keep=final.name)
    return final


def load(
    directory: Path, *, external: dict[str, Any] | None = None, verify: bool = True
) -> tuple[Any, dict[str, Any]] | None:
    """The current snapshot's object (its arrays mapped) and meta; None when there is none.
    Raises :class:`CorruptSegment` when a file is missing, truncated or fails its CRC."""
    snapshot = current(directory)
    if snapshot is None:
        return None
    try:
        manifest = json.loads((snapshot / MANIFEST).read_text())
        for key, spec in manifest["files"].items():
            path = snapshot / key
            if path.stat().st_size != spec["bytes"] or (verify and crc32_of(path) != spec["crc32"]):
                raise CorruptSegment(f"{path}: size or checksum differs from the manifest")
        views = _mapped(snapshot / BUFFERS, manifest["blocks"])
        with (snapshot / STATE).open("rb") as f:
            obj = _Unpickler(f, external or {}, buffers=views).load()
    except CorruptSegment:
        raise
    except (OSError, ValueError, KeyError, EOFError, pickle.UnpicklingError) as exc:
        raise CorruptSegment(f"{snapshot}: {exc}") from exc
    return obj, manifest["meta"]


def _mapped(path: Path, blocks: list[list[int]]) -> list[memoryview]:
    if path.stat().st_size == 0:  # no array had any bytes (an empty file cannot be mapped)
        return [memoryview(bytearray(0)) for _ in blocks]
    with path.open("rb") as f:
        mapping = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_COPY)
    whole = memoryview(mapping)
    return [whole[start : start + size] for start, size in blocks]
