"""Answering a query: the matching slots, BM25 scores, the audience, facet filters, the page
and disjunctive facet counts.

Cost: each AND-group intersects its terms' postings by binary search (shortest first), so
it is linear in the shortest list and logarithmic in the others; scores, filters and counts
are vectorised over the matches only (gathers and ``bincount``); the page is a partial sort
(``argpartition`` on the first key, then the full order among the candidates and ties)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import numpy.typing as npt

from techbridge.engines.searchindex.postings import bm25, idf
from techbridge.engines.searchindex.types import EXPIRING, NEWEST, RELEVANCE, Query, Result

if TYPE_CHECKING:
    from techbridge.engines.searchindex.index import SearchIndex

Bools = npt.NDArray[np.bool_]
SlotArray = npt.NDArray[np.int64]


def _contains(sorted_slots: npt.NDArray[np.int32], wanted: SlotArray) -> Bools:
    """Which of ``wanted`` are in ``sorted_slots`` (binary search)."""
    if not sorted_slots.size:
        return np.zeros(wanted.size, bool)
    at = np.searchsorted(sorted_slots, wanted)
    at[at >= sorted_slots.size] = 0
    found: Bools = sorted_slots[at] == wanted
    return found


def _union(parts: list[SlotArray]) -> SlotArray:
    merged = np.concatenate(parts)
    merged.sort()
    if not merged.size:
        return merged
    keep = np.empty(merged.size, bool)
    keep[0] = True
    np.not_equal(merged[1:], merged[:-1], out=keep[1:])
    out: SlotArray = merged[keep]
    return out


def matching(index: SearchIndex, groups: tuple[tuple[str, ...], ...]) -> SlotArray:
    """The live slots that have every term of at least one group (ascending); no group:
    every live slot."""
    if not groups:
        return np.flatnonzero(index.alive).astype(np.int64)
    parts = []
    for group in groups:
        lists = sorted((index.postings(t)[0] for t in dict.fromkeys(group)), key=len)
        found = lists[0].astype(np.int64)
        for other in lists[1:]:
            found = found[_contains(other, found)]
        parts.append(found)
    slots = parts[0] if len(parts) == 1 else _union(parts)
    return slots[index.alive[slots]]


def scores(
    index: SearchIndex, groups: tuple[tuple[str, ...], ...], slots: SlotArray
) -> npt.NDArray[np.float64]:
    """BM25 over every distinct term of the query (as FTS5: terms of other groups count)."""
    out = np.zeros(slots.size, np.float64)
    lengths = index.lengths[slots]
    for term in dict.fromkeys(t for g in groups for t in g):
        posting, freqs = index.postings(term)
        if not posting.size:
            continue
        at = np.searchsorted(posting, slots)
        at[at >= posting.size] = 0
        hit = posting[at] == slots
        weight = idf(index.live_count, int(np.count_nonzero(index.alive[posting])))
        out[hit] += weight * bm25(freqs[at[hit]], lengths[hit], index.avgdl)
    return out


def conditions(index: SearchIndex, query: Query, slots: SlotArray) -> dict[str, Bools]:
    """One boolean per match and active filter."""
    out: dict[str, Bools] = {}
    for name, value in query.filters:
        if name in index.codes:
            code = index.codes[name].index.get(value, -1)
            out[name] = index.single[name][slots] == code
        elif name in index.combos:
            combos = index.combos[name]
            member = combos.members.index.get(value)
            allowed = (
                combos.matrix()[:, member].astype(bool)
                if member is not None
                else np.zeros(len(combos.rows), bool)
            )
            out[name] = allowed[index.multi[name][slots]]
    if query.number is not None:
        lo, hi = query.number
        number = index.number[slots]
        out[index.schema.number] = (number >= lo) & (number <= hi)
    if query.posted_since is not None:
        out[index.schema.posted] = index.published[slots] >= query.posted_since
    return out


def _all(conds: dict[str, Bools], but: str = "") -> Bools | None:
    parts = [c for name, c in conds.items() if name != but]
    if not parts:
        return None
    out = parts[0].copy()
    for c in parts[1:]:
        out &= c
    return out


def counts(
    index: SearchIndex, query: Query, slots: SlotArray, conds: dict[str, Bools]
) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each facet's values counted over the matches that pass every filter but its own."""
    out: dict[str, tuple[tuple[str, int], ...]] = {}

    def chosen(name: str) -> SlotArray:
        keep = _all(conds, but=name)
        return slots if keep is None else slots[keep]

    for name, codes in index.codes.items():
        n = np.bincount(index.single[name][chosen(name)], minlength=len(codes.values))
        out[name] = tuple((codes.values[i], int(n[i])) for i in np.flatnonzero(n) if i)
    for name, combos in index.combos.items():
        per_combo = np.bincount(index.multi[name][chosen(name)], minlength=len(combos.rows))
        n = per_combo @ combos.matrix()
        values = combos.members.values
        out[name] = tuple((values[i], int(n[i])) for i in np.flatnonzero(n) if i)
    number = np.bincount(index.number[chosen(index.schema.number)], minlength=1)
    bands = ((name, int(number[lo : hi + 1].sum())) for name, lo, hi in query.bands)
    out[index.schema.number] = tuple((name, n) for name, n in bands if n)
    if query.windows:
        published = index.published[chosen(index.schema.posted)]
        windows = (
            (name, int(np.count_nonzero(published >= since))) for name, since in query.windows
        )
        out[index.schema.posted] = tuple((name, n) for name, n in windows if n)
    return out


def _keys(
    index: SearchIndex, sort: str, slots: SlotArray, score: npt.NDArray[np.float64] | None
) -> list[npt.NDArray[np.float64] | npt.NDArray[np.int64]]:
    """Sort keys, first key first, all ascending (ties broken by the id, as the SQL)."""
    ids = index.ids[slots]
    if sort == EXPIRING:
        return [index.expires[slots], ids]
    newest = [-index.published[slots].clip(min=np.iinfo(np.int64).min + 1), -ids]
    if sort == RELEVANCE and score is not None:
        return [-score, *newest]
    return newest


def page_of(
    keys: list[npt.NDArray[np.float64] | npt.NDArray[np.int64]], start: int, stop: int
) -> SlotArray:
    """Positions of ranks ``start..stop`` in the order of ``keys``: candidates are those whose
    first key is at most the one at rank ``stop`` (ties included), then the full order."""
    size = keys[0].size
    if stop < size:
        first = keys[0]
        bound = np.partition(first, stop - 1)[stop - 1]
        candidates = np.flatnonzero(first <= bound)
    else:
        candidates = np.arange(size)
    order = np.lexsort([k[candidates] for k in reversed(keys)])
    return candidates[order[start:stop]]


def run(index: SearchIndex, query: Query, audience: Bools | None) -> Result:
    """Answer a query; ``audience`` (indexed by document id) limits the documents seen."""
    slots = matching(index, query.groups)
    if audience is not None:
        ids = index.ids[slots]
        inside = ids < audience.size
        inside[inside] = audience[ids[inside]]
        slots = slots[inside]
    conds = conditions(index, query, slots)
    keep = _all(conds)
    selected = slots if keep is None else slots[keep]
    total = int(selected.size)
    per_page = max(1, query.per_page)
    page = min(max(1, query.page), max(1, -(-total // per_page)))
    rank = query.sort == RELEVANCE and bool(query.groups)
    score = scores(index, query.groups, selected) if rank else None
    sort = query.sort if query.sort in (NEWEST, EXPIRING) or rank else NEWEST
    at = page_of(_keys(index, sort, selected, score), (page - 1) * per_page, page * per_page)
    if score is not None:
        page_scores = score[at]
    elif query.groups:  # sorted by date: the page's own scores
        page_scores = scores(index, query.groups, selected[at])
    else:
        page_scores = np.zeros(at.size)
    return Result(
        ids=tuple(int(i) for i in index.ids[selected[at]]),
        scores=tuple(float(s) for s in page_scores),
        total=total,
        page=page,
        counts=counts(index, query, slots, conds) if query.facets else {},
    )
