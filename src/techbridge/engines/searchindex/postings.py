"""Term postings: documents in columns to (term, slot, weighted term frequency) triples, the
compressed-row form of the index, and BM25 as SQLite's FTS5 computes it.

FTS5's ``bm25(table, 4, 1)`` (title 4, body 1) scores a document by the sum over the query's
terms of ``idf * f * (k1 + 1) / (f + k1 * (1 - b + b * D / avgdl))`` with ``f`` the weighted
frequency (4 x in the title + 1 x in the body), ``D`` the document's number of terms and
``idf = log((N - n + 0.5) / (n + 0.5))`` (at least 1e-6). The postings keep ``f``; ``D`` is a
column, so the score is computed for the matches only and the average stays exact."""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

K1, B = 1.2, 0.75
TITLE_WEIGHT, BODY_WEIGHT = 4.0, 1.0

Ints = npt.NDArray[np.int64]
Slots = npt.NDArray[np.int32]
Freqs = npt.NDArray[np.uint16]


class Vocabulary(dict[str, int]):
    """Term -> id, a new id for a new term (so that ``map(vocab.__getitem__, terms)`` runs
    in C for the known terms)."""

    def __missing__(self, key: str) -> int:
        value = self[key] = len(self)
        return value


@dataclass(frozen=True, slots=True)
class Triples:
    """Postings in no particular grouping: ``terms[i]`` occurs in ``slots[i]`` with weighted
    frequency ``freqs[i]``; ``lengths`` are the documents' numbers of terms."""

    terms: npt.NDArray[np.int32]
    slots: Slots
    freqs: Freqs
    lengths: npt.NDArray[np.int32]


def _token_ids(texts: Sequence[str], vocab: Vocabulary) -> tuple[Ints, Ints]:
    lists = [t.split() for t in texts]
    lengths = np.fromiter(map(len, lists), dtype=np.int64, count=len(lists))
    flat = itertools.chain.from_iterable(lists)
    ids = np.fromiter(map(vocab.__getitem__, flat), dtype=np.int64, count=int(lengths.sum()))
    return ids, lengths


def analyse(
    title: Sequence[str], body: Sequence[str], first_slot: int, vocab: Vocabulary
) -> Triples:
    """The triples of documents ``first_slot, first_slot + 1, …`` (sorted by slot, then
    term)."""
    n = len(title)
    t_ids, t_len = _token_ids(title, vocab)
    b_ids, b_len = _token_ids(body, vocab)
    docs = np.concatenate([np.repeat(np.arange(n), t_len), np.repeat(np.arange(n), b_len)])
    keys = (docs << 32) | np.concatenate([t_ids, b_ids])
    weights = np.concatenate([np.full(t_ids.size, TITLE_WEIGHT), np.full(b_ids.size, BODY_WEIGHT)])
    unique, inverse = np.unique(keys, return_inverse=True)
    freqs = np.bincount(inverse, weights=weights, minlength=unique.size)
    return Triples(
        terms=(unique & 0xFFFFFFFF).astype(np.int32),
        slots=((unique >> 32) + first_slot).astype(np.int32),
        freqs=freqs.clip(max=65535).astype(np.uint16),
        lengths=(t_len + b_len).astype(np.int32),
    )


@dataclass(frozen=True, slots=True)
class Postings:
    """Compressed rows: the postings of term ``t`` are ``slots[offsets[t]:offsets[t + 1]]``
    (ascending) with their ``freqs``."""

    offsets: Ints
    slots: Slots
    freqs: Freqs

    @classmethod
    def empty(cls) -> Postings:
        return cls(np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.uint16))

    @classmethod
    def of(cls, triples: Sequence[Triples], n_terms: int) -> Postings:
        """Group triples by term, each term's slots in the order of the triples (ascending
        when they come in slot order). A counting sort: each part is placed at its terms'
        cursors, so the memory is the result plus one part."""
        counts = np.zeros(n_terms, np.int64)
        for t in triples:
            counts += np.bincount(t.terms, minlength=n_terms)
        offsets = np.zeros(n_terms + 1, np.int64)
        np.cumsum(counts, out=offsets[1:])
        slots = np.empty(int(offsets[-1]), np.int32)
        freqs = np.empty(int(offsets[-1]), np.uint16)
        cursor = offsets[:-1].copy()
        for t in triples:
            terms, part_slots, part_freqs = t.terms, t.slots, t.freqs
            if not bool(np.all(terms[1:] >= terms[:-1])):  # (the main rows are in order)
                order = np.argsort(terms, kind="stable")
                terms, part_slots, part_freqs = terms[order], part_slots[order], part_freqs[order]
            here = np.bincount(terms, minlength=n_terms)
            starts = np.cumsum(here) - here
            at = cursor[terms] + np.arange(terms.size) - starts[terms]
            slots[at] = part_slots
            freqs[at] = part_freqs
            cursor += here
        return cls(offsets, slots, freqs)

    def triples(self) -> Triples:
        counts = np.diff(self.offsets)
        terms = np.repeat(np.arange(counts.size, dtype=np.int32), counts)
        return Triples(terms, self.slots, self.freqs, np.zeros(0, np.int32))

    def get(self, term: int) -> tuple[Slots, Freqs]:
        if term + 1 >= self.offsets.size:
            return self.slots[:0], self.freqs[:0]
        lo, hi = int(self.offsets[term]), int(self.offsets[term + 1])
        return self.slots[lo:hi], self.freqs[lo:hi]


def idf(n_docs: int, n_hits: int) -> float:
    value = math.log((n_docs - n_hits + 0.5) / (n_hits + 0.5)) if n_docs > 0 else 0.0
    return value if value > 0 else 1e-6


def norms(lengths: npt.NDArray[np.int32], avgdl: float) -> npt.NDArray[np.float32]:
    """``k1 * (1 - b + b * D / avgdl)`` per document (D: its number of terms)."""
    out: npt.NDArray[np.float32] = (
        K1 * (1 - B + B * lengths.astype(np.float64) / max(avgdl, 1e-9))
    ).astype(np.float32)
    return out


def bm25(freqs: Freqs, norm: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
    """The term part of BM25 (multiply by the idf), given the documents' ``norms``."""
    f = freqs.astype(np.float64)
    out: npt.NDArray[np.float64] = f * (K1 + 1) / (f + norm)
    return out
