"""Answering a query: the matching slots, BM25 scores, the audience, facet filters, the page
and disjunctive facet counts.

Cost: each AND-group intersects its terms' postings by binary search (shortest first), so
it is linear in the shortest list and logarithmic in the others; scores, filters and counts
are vectorised over the matches only (gathers and ``bincount``); the page is a partial sort
(``argpartition`` on the first key, then the full order among the candidates and ties)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from techbridge.engines.searchindex.postings import bm25, idf
from techbridge.engines.searchindex.types import EXPIRING, NEWEST, RELEVANCE, Query, Result

if TYPE_CHECKING:
    from techbridge.engines.searchindex.index import SearchIndex

SCATTER = 4  # postings per match below which a term's scores are scattered
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


def _union(index: SearchIndex, parts: list[SlotArray]) -> SlotArray:
    """The sorted union of sorted slot lists: a sort when they are few, else marks in a row
    of booleans (linear in the slots)."""
    size = sum(p.size for p in parts)
    if size * 16 > index.ids.size:
        marks = np.zeros(index.ids.size, bool)
        for part in parts:
            marks[part] = True
        return np.flatnonzero(marks)
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
    slots = parts[0] if len(parts) == 1 else _union(index, parts)
    return slots[index.alive[slots]]


def scores(
    index: SearchIndex,
    groups: tuple[tuple[str, ...], ...],
    slots: SlotArray,
    weights: tuple[tuple[str, float], ...] = (),
) -> npt.NDArray[np.float64]:
    """BM25 over every distinct term of the query (as FTS5: terms of other groups count),
    each term's share scaled by its weight (1.0 unless ``weights`` says otherwise).
    A term's postings are scattered into a scratch row when they are few compared with the
    matches, else the matches are looked up in them (binary search)."""
    out = np.zeros(slots.size, np.float64)
    scale = dict(weights)
    for term in dict.fromkeys(t for g in groups for t in g):
        posting, freqs = index.postings(term)
        if not posting.size:
            continue
        weight = scale.get(term, 1.0) * idf(
            index.live_count, int(np.count_nonzero(index.alive[posting]))
        )
        if posting.size <= SCATTER * slots.size:
            row = index.scratch()
            row[posting] = weight * bm25(freqs, index.norms()[posting])
            out += row[slots]
            row[posting] = 0.0
            continue
        at = np.searchsorted(posting, slots)
        at[at >= posting.size] = 0
        hit = posting[at] == slots
        out[hit] += weight * bm25(freqs[at[hit]], index.norms()[slots[hit]])
    return out


def conditions(
    index: SearchIndex, query: Query, rows: npt.NDArray[np.uint16], published: Any
) -> dict[str, Bools]:
    """One boolean per match (``rows``: their facet rows) and active filter."""
    out: dict[str, Bools] = {}
    col = index.columns
    for name, value in query.filters:
        if name in index.codes:
            code = index.codes[name].index.get(value, -1)
            out[name] = rows[:, col[name]] == code
        elif name in index.combos:
            combos = index.combos[name]
            member = combos.members.index.get(value)
            allowed = (
                combos.matrix()[:, member].astype(bool)
                if member is not None
                else np.zeros(len(combos.rows), bool)
            )
            out[name] = allowed[rows[:, col[name]]]
    if query.number is not None:
        lo, hi = query.number
        number = rows[:, col[index.schema.number]]
        out[index.schema.number] = (number >= lo) & (number <= hi)
    if query.posted_since is not None:
        out[index.schema.posted] = published() >= query.posted_since
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
    index: SearchIndex,
    query: Query,
    rows: npt.NDArray[np.uint16],
    published: Any,
    conds: dict[str, Bools],
) -> dict[str, tuple[tuple[str, int], ...]]:
    """Each facet's values counted over the matches that pass every filter but its own."""
    out: dict[str, tuple[tuple[str, int], ...]] = {}
    col = index.columns

    def column(name: str, values: Any = None) -> Any:
        keep = _all(conds, but=name)
        values = rows[:, col[name]] if values is None else values
        return values if keep is None else values[keep]

    for name, codes in index.codes.items():
        n = np.bincount(column(name), minlength=len(codes.values))
        out[name] = tuple((codes.values[i], int(n[i])) for i in np.flatnonzero(n) if i)
    for name, combos in index.combos.items():
        per_combo = np.bincount(column(name), minlength=len(combos.rows))
        n = per_combo @ combos.matrix()
        values = combos.members.values
        out[name] = tuple((values[i], int(n[i])) for i in np.flatnonzero(n) if i)
    number = np.bincount(column(index.schema.number), minlength=1)
    bands = ((name, int(number[lo : hi + 1].sum())) for name, lo, hi in query.bands)
    out[index.schema.number] = tuple((name, n) for name, n in bands if n)
    if query.windows:
        when = column(index.schema.posted, published())
        windows = ((name, int(np.count_nonzero(when >= since))) for name, since in query.windows)
        out[index.schema.posted] = tuple((name, n) for name, n in windows if n)
    return out


def order(
    index: SearchIndex,
    sort: str,
    selected: SlotArray,
    score: npt.NDArray[np.float64] | None,
    start: int,
    stop: int,
) -> SlotArray:
    """Positions (in ``selected``) of ranks ``start..stop``, all keys ascending, ties broken
    by the id as in SQL: candidates are those whose first key is at most the one at rank
    ``stop`` (ties included); the other keys are read for the candidates only."""

    def newest(c: SlotArray) -> list[Any]:
        at = selected[c]
        return [-index.published[at].clip(min=np.iinfo(np.int64).min + 1), -index.ids[at]]

    def by_id(c: SlotArray) -> list[Any]:
        return [index.ids[selected[c]]]

    def by_id_desc(c: SlotArray) -> list[Any]:
        return [-index.ids[selected[c]]]

    first: Any
    if sort == EXPIRING:
        first, rest = index.expires[selected], by_id
    elif score is not None:
        first, rest = -score, newest
    else:
        first = -index.published[selected].clip(min=np.iinfo(np.int64).min + 1)
        rest = by_id_desc
    if stop < first.size:
        bound = np.partition(first, stop - 1)[stop - 1]
        candidates = np.flatnonzero(first <= bound)
    else:
        candidates = np.arange(first.size)
    keys = [first[candidates], *rest(candidates)]
    ranked = np.lexsort(keys[::-1])
    out: SlotArray = candidates[ranked[start:stop]]
    return out


def run(index: SearchIndex, query: Query, visible: Bools | None) -> Result:
    """Answer a query; ``visible`` (by slot, from ``SearchIndex.visible``) limits the
    documents seen."""
    if visible is not None and not query.groups:
        slots = np.flatnonzero(visible)
    else:
        slots = matching(index, query.groups)
        if visible is not None:
            slots = slots[visible[slots]]
    gathered: dict[str, Any] = {}

    def published() -> npt.NDArray[np.int64]:  # read once, when needed
        if "published" not in gathered:
            gathered["published"] = index.published[slots]
        out: npt.NDArray[np.int64] = gathered["published"]
        return out

    active = query.filters or query.number is not None
    rows = index.table[slots] if active or query.facets else index.table[:0]
    conds = conditions(index, query, rows, published)
    keep = _all(conds)
    selected = slots if keep is None else slots[keep]
    total = int(selected.size)
    per_page = max(1, query.per_page)
    page = min(max(1, query.page), max(1, -(-total // per_page)))
    rank = query.sort == RELEVANCE and bool(query.groups)
    score = scores(index, query.groups, selected, query.weights) if rank else None
    sort = query.sort if query.sort in (NEWEST, EXPIRING) or rank else NEWEST
    at = order(index, sort, selected, score, (page - 1) * per_page, page * per_page)
    if score is not None:
        page_scores = score[at]
    elif query.groups:  # sorted by date: the page's own scores
        page_scores = scores(index, query.groups, selected[at], query.weights)
    else:
        page_scores = np.zeros(at.size)
    return Result(
        ids=tuple(int(i) for i in index.ids[selected[at]]),
        scores=tuple(float(s) for s in page_scores),
        total=total,
        page=page,
        counts=counts(index, query, rows, published, conds) if query.facets else {},
    )
