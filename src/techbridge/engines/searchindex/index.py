"""The resident index: documents in slots, term postings, facet columns.

A document occupies a slot; a new version takes a new slot at the end and the old one becomes
a tombstone (``alive`` False). New postings go to a small sorted *delta* that is merged into
the main compressed rows when it grows; slots are renumbered (``compact``) when many are
dead. Not thread-safe: the caller serialises mutations and queries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import numpy as np
import numpy.typing as npt

from techbridge.engines.searchindex.postings import (
    Postings,
    Triples,
    Vocabulary,
    analyse,
    norms,
)
from techbridge.engines.searchindex.types import Batch, Query, Result, Schema

NULL_PUBLISHED = np.iinfo(np.int64).min  # sorts last in "newest first"
NULL_EXPIRES = np.iinfo(np.int64).max  # sorts last in "expiring first"
MERGE_AT = 200_000  # delta postings merged into the main rows beyond this (or 5 %)
COMPACT_AT = 0.25  # share of dead slots that triggers renumbering
CHUNK = 20_000  # documents analysed at once by build()


class Codes:
    """Value <-> small integer code of one facet; code 0 is the empty value."""

    def __init__(self) -> None:
        self.values: list[str] = [""]
        self.index: dict[str, int] = {"": 0}

    def code(self, value: str) -> int:
        found = self.index.get(value)
        if found is None:
            found = self.index[value] = len(self.values)
            self.values.append(value)
        return found

    def codes(self, values: Sequence[str]) -> npt.NDArray[np.int32]:
        """Codes of these values (at most 65,535 distinct values per facet)."""
        out = np.fromiter(map(self.code, values), dtype=np.int32, count=len(values))
        if len(self.values) > 65535:
            raise ValueError("more than 65,535 distinct values in one facet")
        return out


class Combos(Codes):
    """A multi-valued facet: each distinct set of codes (``" a b "``) is one combination,
    with a combinations x values membership matrix (few combinations: counting bins them
    and multiplies by the matrix)."""

    def __init__(self) -> None:
        super().__init__()
        self.members = Codes()
        self.rows: list[list[int]] = [[]]
        self._matrix: npt.NDArray[np.int64] | None = None

    def code(self, value: str) -> int:
        key = " ".join(sorted(set(value.split())))
        found = self.index.get(key)
        if found is None:
            found = self.index[key] = len(self.values)
            self.values.append(key)
            self.rows.append([self.members.code(v) for v in key.split()])
            self._matrix = None
        return found

    def matrix(self) -> npt.NDArray[np.int64]:
        if self._matrix is None or self._matrix.shape != (len(self.rows), len(self.members.values)):
            m = np.zeros((len(self.rows), len(self.members.values)), np.int64)
            for i, row in enumerate(self.rows):
                m[i, row] = 1
            self._matrix = m
        return self._matrix


def _stamp(values: Sequence[int | None], null: int) -> npt.NDArray[np.int64]:
    return np.fromiter((null if v is None else v for v in values), np.int64, count=len(values))


class SearchIndex:
    """Documents with terms and facets, queried by :func:`search` (module ``search``)."""

    def __init__(self, schema: Schema) -> None:
        self.schema = schema
        self.vocab = Vocabulary()
        self.main = Postings.empty()
        self.delta: Triples | None = None
        self.codes: dict[str, Codes] = {f: Codes() for f in schema.single}
        self.combos: dict[str, Combos] = {f: Combos() for f in schema.multi}
        self.ids = np.zeros(0, np.int64)
        self.alive = np.zeros(0, bool)
        self.lengths = np.zeros(0, np.int32)
        # Facet codes, one row per slot (a match's facets are read with one gather)
        self.columns = {f: i for i, f in enumerate((*schema.single, *schema.multi, schema.number))}
        self.table = np.zeros((0, len(self.columns)), np.uint16)
        self.published = np.zeros(0, np.int64)
        self.expires = np.zeros(0, np.int64)
        self.slot_of = np.full(0, -1, np.int64)  # document id -> slot (-1: absent)
        self.live_count = 0
        self.live_length = 0
        self._scratch = np.zeros(0, np.float64)
        self._norms: npt.NDArray[np.float32] | None = None
        self.version = 0  # changes with every mutation (slot masks are valid for one)
        # A frozen index's main arrays are a memory-mapped segment shared with other
        # processes: updates stay in the delta and tombstones, never merged into a private
        # copy (a new segment replaces it: see ``segments``).
        self.frozen = False

    # --- writes ----------------------------------------------------------------------------

    @classmethod
    def build(cls, schema: Schema, batches: Iterable[Batch]) -> SearchIndex:
        """A new index of these documents (ids unique across batches)."""
        index = cls(schema)
        triples: list[Triples] = []
        for batch in batches:
            for start in range(0, len(batch), CHUNK):
                triples.append(index._append(_slice(batch, start, start + CHUNK)))
        index.main = Postings.of(triples, len(index.vocab))
        return index

    def upsert(self, batch: Batch) -> None:
        """Add documents, replacing earlier versions with the same ids."""
        if not len(batch):
            return
        self.remove(batch.ids)
        new = self._append(batch)
        if self.delta is None:
            self.delta = _sorted(new)
        else:
            self.delta = _sorted(
                Triples(
                    np.concatenate([self.delta.terms, new.terms]),
                    np.concatenate([self.delta.slots, new.slots]),
                    np.concatenate([self.delta.freqs, new.freqs]),
                    new.lengths[:0],
                )
            )
        if not self.frozen and self.delta.terms.size > max(MERGE_AT, self.main.slots.size // 20):
            self._merge()

    def remove(self, ids: Iterable[int]) -> None:
        """Tombstone these documents (absent ids are ignored)."""
        wanted = np.unique(np.fromiter(ids, np.int64))
        wanted = wanted[(wanted >= 0) & (wanted < self.slot_of.size)]
        slots = self.slot_of[wanted]
        slots = slots[slots >= 0]
        if not slots.size:
            return
        self.alive[slots] = False
        self._norms = None
        self.version += 1
        self.slot_of[self.ids[slots]] = -1
        self.live_count -= int(slots.size)
        self.live_length -= int(self.lengths[slots].sum())
        if (
            not self.frozen
            and self.alive.size > 1000
            and (1 - self.live_count / self.alive.size) > COMPACT_AT
        ):
            self.compact()

    def compact(self) -> None:
        """Drop tombstones and renumber the slots (merging the delta)."""
        self.version += 1
        self._merge()
        keep = self.alive
        new_slot = np.cumsum(keep, dtype=np.int64) - 1
        t = self.main.triples()
        held = keep[t.slots]
        self.main = Postings.of(
            [
                Triples(
                    t.terms[held],
                    new_slot[t.slots[held]].astype(np.int32),
                    t.freqs[held],
                    t.lengths,
                )
            ],
            len(self.vocab),
        )
        self.ids, self.lengths = self.ids[keep], self.lengths[keep]
        self.table, self.published = self.table[keep], self.published[keep]
        self.expires, self.alive = self.expires[keep], self.alive[keep]
        self.slot_of[:] = -1
        self.slot_of[self.ids] = np.arange(self.ids.size)

    def _merge(self) -> None:
        if self.delta is None:
            return
        self.main = Postings.of([self.main.triples(), self.delta], len(self.vocab))
        self.delta = None

    def _append(self, batch: Batch) -> Triples:
        first = int(self.ids.size)
        self._norms = None
        self.version += 1
        triples = analyse(batch.title, batch.body, first, self.vocab)
        ids = np.asarray(batch.ids, np.int64)
        self.ids = np.concatenate([self.ids, ids])
        self.alive = np.concatenate([self.alive, np.ones(ids.size, bool)])
        self.lengths = np.concatenate([self.lengths, triples.lengths])
        rows = np.empty((ids.size, len(self.columns)), np.uint16)
        for f, codes in self.codes.items():
            rows[:, self.columns[f]] = codes.codes(batch.single[f])
        for f, combos in self.combos.items():
            rows[:, self.columns[f]] = combos.codes(batch.multi[f])
        rows[:, self.columns[self.schema.number]] = np.asarray(batch.number, np.int64).clip(
            0, 65535
        )
        self.table = np.concatenate([self.table, rows])
        self.published = np.concatenate([self.published, _stamp(batch.published, NULL_PUBLISHED)])
        self.expires = np.concatenate([self.expires, _stamp(batch.expires, NULL_EXPIRES)])
        if ids.size and int(ids.max()) >= self.slot_of.size:
            grown = np.full(max(int(ids.max()) + 1, self.slot_of.size * 2), -1, np.int64)
            grown[: self.slot_of.size] = self.slot_of
            self.slot_of = grown
        self.slot_of[ids] = np.arange(first, first + ids.size)
        self.live_count += int(ids.size)
        self.live_length += int(triples.lengths.sum())
        return triples

    # --- reads -----------------------------------------------------------------------------

    def norms(self) -> npt.NDArray[np.float32]:
        """BM25's length normalisation per slot (recomputed after changes)."""
        if self._norms is None or self._norms.size != self.lengths.size:
            self._norms = norms(self.lengths, self.avgdl)
        return self._norms

    def scratch(self) -> npt.NDArray[np.float64]:
        """A row of zeros, one per slot (callers put them back to zero)."""
        if self._scratch.size < self.ids.size:
            self._scratch = np.zeros(max(self.ids.size, 2 * self._scratch.size), np.float64)
        return self._scratch

    @property
    def avgdl(self) -> float:
        return self.live_length / self.live_count if self.live_count else 1.0

    def postings(self, term: str) -> tuple[npt.NDArray[np.int32], npt.NDArray[np.uint16]]:
        """The slots (ascending, dead ones included) and weighted frequencies of a term."""
        tid = self.vocab.get(term)
        if tid is None:
            return np.zeros(0, np.int32), np.zeros(0, np.uint16)
        slots, freqs = self.main.get(tid)
        if self.delta is not None:
            lo, hi = np.searchsorted(self.delta.terms, [tid, tid + 1])
            if hi > lo:
                slots = np.concatenate([slots, self.delta.slots[lo:hi]])
                freqs = np.concatenate([freqs, self.delta.freqs[lo:hi]])
        return slots, freqs

    def visible(self, audience: npt.NDArray[np.bool_]) -> npt.NDArray[np.bool_]:
        """The live slots whose document ids ``audience`` (a boolean per id) holds; valid
        until the index changes (``version``)."""
        inside = self.ids < audience.size
        out = self.alive & inside
        out[out] = audience[self.ids[out]]
        return out

    def search(self, query: Query, audience: npt.NDArray[np.bool_] | None = None) -> Result:
        """See :func:`techbridge.engines.searchindex.search.run`; ``audience``: a boolean
        per document id (see ``visible``; ``search_visible`` takes the slots' form)."""
        return self.search_visible(query, None if audience is None else self.visible(audience))

    def search_visible(self, query: Query, visible: npt.NDArray[np.bool_] | None) -> Result:
        from techbridge.engines.searchindex.search import run

        return run(self, query, visible)

    @property
    def nbytes(self) -> int:
        """Bytes held in arrays (postings, columns, the id map; not the vocabulary)."""
        arrays = [self.ids, self.alive, self.lengths, self.table, self.published, self.expires]
        arrays += [self.slot_of, self.main.offsets, self.main.slots, self.main.freqs]
        if self.delta is not None:
            arrays += [self.delta.terms, self.delta.slots, self.delta.freqs]
        return sum(int(a.nbytes) for a in arrays)

    def __len__(self) -> int:
        return self.live_count


def _sorted(t: Triples) -> Triples:
    order = np.lexsort((t.slots, t.terms))
    return Triples(t.terms[order], t.slots[order], t.freqs[order], t.lengths)


def _slice(batch: Batch, lo: int, hi: int) -> Batch:
    return Batch(
        ids=batch.ids[lo:hi],
        title=batch.title[lo:hi],
        body=batch.body[lo:hi],
        single={f: v[lo:hi] for f, v in batch.single.items()},
        multi={f: v[lo:hi] for f, v in batch.multi.items()},
        number=batch.number[lo:hi],
        published=batch.published[lo:hi],
        expires=batch.expires[lo:hi],
    )
