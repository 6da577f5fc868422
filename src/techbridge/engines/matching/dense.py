"""Nearest neighbours over normalised vectors: exact below a threshold, IVF above it.

The inverted-file index (k-means cells, probe the closest few) is plain numpy: enough for a
million profiles on two cores without another native dependency.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

FloatMatrix = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


class VectorIndex:
    """Cosine similarity search over rows added in position order."""

    def __init__(
        self,
        dim: int,
        *,
        ivf_threshold: int = 200_000,
        probe: int = 24,
        max_rows: int = 32_768,
        seed: int = 0,
    ) -> None:
        self.dim = dim
        self.ivf_threshold = ivf_threshold
        self.probe = probe
        self.max_rows = max_rows
        self.seed = seed
        self._chunks: list[FloatMatrix] = []
        self._matrix: npt.NDArray[np.number[Any]] = np.zeros((0, dim), dtype=np.float32)
        self._centroids: FloatMatrix | None = None
        self._cells: list[IntArray] = []
        self._unassigned: list[int] = []
        self._scales: FloatMatrix | None = None

    def __len__(self) -> int:
        return len(self._matrix) + sum(len(c) for c in self._chunks)

    @property
    def matrix(self) -> npt.NDArray[np.number[Any]]:
        if self._chunks:
            rows = np.vstack(self._chunks).astype(np.float32)
            self._chunks = []
            if self._scales is not None:
                codes, scales = _quantise(rows)
                self._scales = np.concatenate([self._scales, scales])
                self._matrix = np.vstack([self._matrix, codes])
            else:
                self._matrix = np.vstack([self._matrix, rows]).astype(self._matrix.dtype)
        return self._matrix

    def build(self, vectors: npt.NDArray[np.floating[Any]]) -> None:
        """Replace the content with ``vectors`` (row i = position i)."""
        self._chunks = []
        self._matrix = np.ascontiguousarray(vectors)
        self._centroids = None
        self._scales = None
        self._cells = []
        self._unassigned = []
        if len(self._matrix) >= self.ivf_threshold:
            self._train()

    def add(self, vector: FloatMatrix) -> None:
        """Append one or more rows (new positions); IVF cells get them on the next search."""
        start = len(self)
        self._chunks.append(np.asarray(vector, dtype=np.float32).reshape(-1, self.dim))
        if self._centroids is not None:
            self._unassigned.extend(range(start, len(self)))

    def _train(self) -> None:
        m = self._matrix
        rng = np.random.default_rng(self.seed)
        n_cells = int(min(4096, max(64, np.sqrt(len(m)))))
        picks = rng.choice(len(m), size=min(len(m), n_cells * 40), replace=False)
        sample = m[picks].astype(np.float32)
        centroids = sample[rng.choice(len(sample), size=n_cells, replace=False)].copy()
        for _ in range(8):
            assign = np.argmax(sample @ centroids.T, axis=1)
            for c in range(n_cells):
                members = sample[assign == c]
                if len(members):
                    v = members.mean(axis=0)
                    centroids[c] = v / max(float(np.linalg.norm(v)), 1e-9)
        assign_all = np.concatenate(
            [
                np.argmax(m[i : i + 65536].astype(np.float32) @ centroids.T, axis=1)
                for i in range(0, len(m), 65536)
            ]
        )
        order = np.argsort(assign_all, kind="stable")
        bounds = np.searchsorted(assign_all[order], np.arange(n_cells + 1))
        self._cells = [order[bounds[c] : bounds[c + 1]] for c in range(n_cells)]
        self._centroids = centroids
        # 8-bit codes with a scale per row: a quarter of float32's memory, and widening the
        # probed rows is cheap (half precision was, measured, several times slower).
        self._matrix, self._scales = _quantise(self._matrix)

    def _candidates(self, query: FloatMatrix) -> IntArray | None:
        if self._centroids is None:
            return None
        if self._unassigned:
            extra = np.array(self._unassigned, dtype=np.int64)
            cells = np.argmax(self.matrix[extra].astype(np.float32) @ self._centroids.T, axis=1)
            # (codes are proportional to the rows, so the nearest centroid is the same)
            for c in np.unique(cells):
                self._cells[c] = np.concatenate([self._cells[c], extra[cells == c]])
            self._unassigned = []
        nearest = np.argsort(-(self._centroids @ query))[: self.probe]
        # Probe the closest cells until a row budget is spent (at least 4 cells): uneven
        # cells then cost no more than even ones.
        sizes = np.cumsum([len(self._cells[c]) for c in nearest])
        count = max(4, int(np.searchsorted(sizes, self.max_rows)) + 1)
        return np.concatenate([self._cells[c] for c in nearest[:count]])

    def similarities(self, query: FloatMatrix) -> tuple[IntArray | None, FloatMatrix]:
        """(positions, cosine) for the rows worth looking at: all rows (positions None) when
        the index is exact, else the rows of the probed cells."""
        q = np.asarray(query, dtype=np.float32).reshape(self.dim)
        candidates = self._candidates(q)
        if candidates is None:
            exact: FloatMatrix = (self.matrix @ q).astype(np.float32)
            return None, exact
        matrix = self.matrix
        assert self._scales is not None
        sims = (matrix[candidates].astype(np.float32) @ q) * self._scales[candidates]
        return candidates, sims.astype(np.float32)

    def similarities_many(self, queries: FloatMatrix) -> list[tuple[IntArray | None, FloatMatrix]]:
        """:meth:`similarities` of each row of ``queries``: an exact index answers all of
        them with one matrix product (the rows are read once, not once per query)."""
        q = np.asarray(queries, dtype=np.float32).reshape(-1, self.dim)
        if self._centroids is not None:
            return [self.similarities(row) for row in q]
        out: list[tuple[IntArray | None, FloatMatrix]] = []
        step = 256
        for i in range(0, len(q), step):
            block = np.asarray(self.matrix @ q[i : i + step].T, dtype=np.float32)
            out.extend((None, np.ascontiguousarray(block[:, j])) for j in range(block.shape[1]))
        return out

    def row(self, pos: int) -> FloatMatrix:
        """The stored vector at ``pos`` (reconstructed from its 8-bit code in an IVF index)."""
        vector: FloatMatrix = self.matrix[pos].astype(np.float32)
        if self._scales is not None:
            vector = (vector * self._scales[pos]).astype(np.float32)
        return vector


def _quantise(rows: npt.NDArray[np.number[Any]]) -> tuple[npt.NDArray[np.int8], FloatMatrix]:
    """Symmetric 8-bit codes per row and the scale that turns a code dot product back into
    the float one."""
    out = np.empty(rows.shape, dtype=np.int8)
    scales = np.empty(len(rows), dtype=np.float32)
    step = 65536
    for i in range(0, len(rows), step):
        block = rows[i : i + step].astype(np.float32)
        peak = np.maximum(np.abs(block).max(axis=1), 1e-12)
        out[i : i + step] = np.round(block / peak[:, None] * 127.0).astype(np.int8)
        scales[i : i + step] = peak / 127.0
    return out, scales
