"""Nearest neighbours over normalised vectors: exact below a threshold, IVF above it.

The inverted-file index (k-means cells, probe the closest few) is plain numpy: enough for a
million profiles on two cores without another native dependency. Its rows are 8-bit codes
with a scale per row, stored cell after cell, so that probing a cell reads one contiguous
block; rows added after training are kept apart in float32 and always compared exactly.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

FloatMatrix = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]
EXACT_BLOCK = 4096  # rows per block of exact_dots


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
        # IVF state: codes and scales in cell order, the position of each of those rows,
        # where each cell starts, and (for row()) the code row of each trained position.
        self._centroids: FloatMatrix | None = None
        self._bounds: IntArray = np.zeros(1, dtype=np.int64)
        self._ids: IntArray = np.zeros(0, dtype=np.int64)
        self._rank: npt.NDArray[np.int32] = np.zeros(0, dtype=np.int32)
        self._scales: FloatMatrix = np.zeros(0, dtype=np.float32)
        self._tail: FloatMatrix = np.zeros((0, dim), dtype=np.float32)

    def __len__(self) -> int:
        return len(self._matrix) + len(self._tail) + sum(len(c) for c in self._chunks)

    @property
    def exact(self) -> bool:
        """Whether every row is compared with a query (no IVF cells to probe)."""
        return self._centroids is None

    @property
    def matrix(self) -> npt.NDArray[np.number[Any]]:
        """The rows of an exact index (codes in cell order once an IVF is trained)."""
        self._absorb()
        return self._matrix

    def _absorb(self) -> None:
        if not self._chunks:
            return
        rows = np.vstack(self._chunks).astype(np.float32)
        self._chunks = []
        if self._centroids is not None:
            self._tail = np.vstack([self._tail, rows])
        else:
            self._matrix = np.vstack([self._matrix, rows]).astype(self._matrix.dtype)

    def build(self, vectors: npt.NDArray[np.floating[Any]]) -> None:
        """Replace the content with ``vectors`` (row i = position i)."""
        self._chunks = []
        self._matrix = np.ascontiguousarray(vectors)
        self._centroids = None
        self._tail = np.zeros((0, self.dim), dtype=np.float32)
        if len(self._matrix) >= self.ivf_threshold:
            self._train()

    def add(self, vector: FloatMatrix) -> None:
        """Append one or more rows (new positions)."""
        self._chunks.append(np.asarray(vector, dtype=np.float32).reshape(-1, self.dim))

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
        del sample
        assign_all = np.concatenate(
            [
                np.argmax(m[i : i + 65536].astype(np.float32) @ centroids.T, axis=1)
                for i in range(0, len(m), 65536)
            ]
        )
        order = np.argsort(assign_all, kind="stable")
        self._bounds = np.searchsorted(assign_all[order], np.arange(n_cells + 1)).astype(np.int64)
        del assign_all
        self._centroids = centroids
        # 8-bit codes with a scale per row: a quarter of float32's memory, and widening the
        # probed rows is cheap (half precision was, measured, several times slower).
        self._matrix, self._scales = _quantise(m, order)
        self._ids = order
        self._rank = np.empty(len(order), dtype=np.int32)
        self._rank[order] = np.arange(len(order), dtype=np.int32)

    def similarities(self, query: FloatMatrix) -> tuple[IntArray | None, FloatMatrix]:
        """(positions, cosine) for the rows worth looking at: all rows (positions None) when
        the index is exact, else the rows of the probed cells and those added since."""
        q = np.asarray(query, dtype=np.float32).reshape(self.dim)
        matrix = self.matrix
        if self._centroids is None:
            exact: FloatMatrix = (matrix @ q).astype(np.float32)
            return None, exact
        nearest = np.argsort(-(self._centroids @ q))[: self.probe]
        # Probe the closest cells until a row budget is spent (at least 4 cells): uneven
        # cells then cost no more than even ones.
        sizes = np.cumsum(self._bounds[nearest + 1] - self._bounds[nearest])
        count = max(4, int(np.searchsorted(sizes, self.max_rows)) + 1)
        spans = [(int(self._bounds[c]), int(self._bounds[c + 1])) for c in nearest[:count]]
        sims = [(matrix[lo:hi].astype(np.float32) @ q) * self._scales[lo:hi] for lo, hi in spans]
        positions = [self._ids[lo:hi] for lo, hi in spans]
        if len(self._tail):
            sims.append(self._tail @ q)
            start = len(self._matrix)
            positions.append(np.arange(start, start + len(self._tail), dtype=np.int64))
        return np.concatenate(positions), np.concatenate(sims).astype(np.float32)

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

    def exact_similarities(self, query: FloatMatrix, positions: IntArray) -> FloatMatrix:
        """The similarity of ``query`` with the stored rows at ``positions``, computed by
        :func:`exact_dots`: each value depends on its two vectors only, never on which other
        rows or queries are computed with it (BLAS products do not promise that)."""
        return exact_dots(self.rows(positions), query)

    def row(self, pos: int) -> FloatMatrix:
        """The stored vector at ``pos`` (reconstructed from its 8-bit code in an IVF index)."""
        vector: FloatMatrix = self.rows(np.asarray([pos], dtype=np.int64))[0]
        return vector

    def rows(self, positions: IntArray) -> FloatMatrix:
        """The stored vectors at ``positions`` (reconstructed from their 8-bit codes in an
        IVF index; rows added after its training are exact)."""
        pos = np.asarray(positions, dtype=np.int64)
        matrix = self.matrix
        if self._centroids is None:
            exact: FloatMatrix = matrix[pos].astype(np.float32)
            return exact
        out: FloatMatrix = np.empty((len(pos), self.dim), dtype=np.float32)
        coded = pos < len(matrix)
        at = self._rank[pos[coded]]
        out[coded] = matrix[at].astype(np.float32) * self._scales[at][:, None]
        out[~coded] = self._tail[pos[~coded] - len(matrix)]
        return out


def exact_dots(rows: npt.NDArray[np.floating[Any]], query: npt.NDArray[Any]) -> FloatMatrix:
    """``rows @ query`` computed the same way whatever the number of rows, their order, the
    CPU's vector kernels or the BLAS threads: products of float32 values are exact in
    float64, they are summed in one fixed pairwise order by element-wise additions, and the
    sum is rounded once to float32. A matrix product's summation order, by contrast, depends
    on its shape (a matrix-vector and a matrix-matrix product give results that differ in
    the last bit) and on the kernels the CPU selects (AVX2, AVX-512). ``query`` is one
    vector (compared with every row) or one vector per row."""
    q = np.asarray(query, dtype=np.float64)
    rows = np.asarray(rows).reshape(-1, q.shape[-1])
    if len(rows) > EXACT_BLOCK:  # bounded temporaries: a block's float64 copies at a time
        blocks = range(0, len(rows), EXACT_BLOCK)
        return np.concatenate([exact_dots(rows[i : i + EXACT_BLOCK], _block(q, i)) for i in blocks])
    terms = rows.astype(np.float64) * q
    width = 1
    while width < terms.shape[1]:
        width *= 2
    if width != terms.shape[1]:
        terms = np.pad(terms, ((0, 0), (0, width - terms.shape[1])))
    while terms.shape[1] > 1:
        terms = terms[:, 0::2] + terms[:, 1::2]
    out: FloatMatrix = terms[:, 0].astype(np.float32)
    return out


def _block(q: npt.NDArray[np.float64], start: int) -> npt.NDArray[np.float64]:
    return q if q.ndim == 1 else q[start : start + EXACT_BLOCK]


def _quantise(
    rows: npt.NDArray[np.number[Any]], order: IntArray
) -> tuple[npt.NDArray[np.int8], FloatMatrix]:
    """Symmetric 8-bit codes of ``rows`` taken in ``order``, and the scale per row that
    turns a code dot product back into the float one (in chunks: small temporaries)."""
    out = np.empty((len(order), rows.shape[1]), dtype=np.int8)
    scales = np.empty(len(order), dtype=np.float32)
    step = 65536
    for i in range(0, len(order), step):
        block = rows[order[i : i + step]].astype(np.float32)
        peak = np.maximum(np.abs(block).max(axis=1), 1e-12)
        out[i : i + step] = np.round(block / peak[:, None] * 127.0).astype(np.int8)
        scales[i : i + step] = peak / 127.0
    return out, scales
