"""The resident index against a brute-force oracle over random corpora, updates and queries."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.engines.searchindex import Batch, Query, Schema, SearchIndex
from techbridge.engines.searchindex import index as index_module

SCHEMA = Schema(single=("kind", "country"), multi=("sector",), number="trl", posted="posted")
TERMS = ["a", "b", "c", "d", "e"]
BANDS = (("1-3", 1, 3), ("4-6", 4, 6), ("7-9", 7, 9))
WINDOWS = (("7", 70), ("30", 30))


@dataclass(frozen=True)
class Doc:
    id: int
    title: tuple[str, ...]
    body: tuple[str, ...]
    kind: str
    country: str
    sectors: tuple[str, ...]
    trl: int
    published: int | None
    expires: int | None


docs_st = st.builds(
    Doc,
    id=st.integers(1, 40),
    title=st.lists(st.sampled_from(TERMS), max_size=3).map(tuple),
    body=st.lists(st.sampled_from(TERMS), max_size=6).map(tuple),
    kind=st.sampled_from(["offer", "request"]),
    country=st.sampled_from(["", "DE", "CN"]),
    sectors=st.lists(st.sampled_from(["x", "y", "z"]), max_size=2, unique=True).map(tuple),
    trl=st.integers(1, 9),
    published=st.one_of(st.none(), st.integers(0, 100)),
    expires=st.one_of(st.none(), st.integers(0, 5)),
)
groups_st = st.lists(
    st.lists(st.sampled_from([*TERMS, "zz"]), min_size=1, max_size=3).map(tuple), max_size=3
).map(tuple)
filters_st = st.fixed_dictionaries(
    {},
    optional={
        "kind": st.sampled_from(["offer", "request", "nope"]),
        "country": st.sampled_from(["DE", "CN"]),
        "sector": st.sampled_from(["x", "y", "q"]),
    },
)


def batch(docs: list[Doc]) -> Batch:
    return Batch(
        ids=[d.id for d in docs],
        title=[" ".join(d.title) for d in docs],
        body=[" ".join(d.body) for d in docs],
        single={"kind": [d.kind for d in docs], "country": [d.country for d in docs]},
        multi={"sector": [" ".join(d.sectors) for d in docs]},
        number=[d.trl for d in docs],
        published=[d.published for d in docs],
        expires=[d.expires for d in docs],
    )


def bm25(docs: dict[int, Doc], q: Query, d: Doc) -> float:
    """FTS5's bm25(title 4, body 1), written out."""
    n, avgdl = len(docs), sum(len(o.title) + len(o.body) for o in docs.values()) / len(docs)
    total = 0.0
    scale = dict(q.weights)
    for t in dict.fromkeys(t for g in q.groups for t in g):
        f = 4 * d.title.count(t) + d.body.count(t)
        if f:
            df = sum(1 for o in docs.values() if t in o.title + o.body)
            idf = max(math.log((n - df + 0.5) / (df + 0.5)), 0) or 1e-6
            dl = len(d.title) + len(d.body)
            total += scale.get(t, 1.0) * idf * f * 2.2 / (f + 1.2 * (0.25 + 0.75 * dl / avgdl))
    return total


def oracle(docs: dict[int, Doc], q: Query, audience: set[int] | None) -> dict[str, Any]:
    """The answer computed the slow, obvious way."""

    def text(d: Doc) -> bool:
        return not q.groups or any(all(t in d.title + d.body for t in g) for g in q.groups)

    def passes(d: Doc, but: str = "") -> bool:
        checks = {
            "kind": lambda v: d.kind == v,
            "country": lambda v: d.country == v,
            "sector": lambda v: v in d.sectors,
        }
        ok = all(checks[name](v) for name, v in q.filters if name != but)
        if q.number and but != "trl":
            ok = ok and q.number[0] <= d.trl <= q.number[1]
        if q.posted_since is not None and but != "posted":
            ok = ok and d.published is not None and d.published >= q.posted_since
        return ok

    seen = [d for d in docs.values() if text(d) and (audience is None or d.id in audience)]
    hits = [d for d in seen if passes(d)]

    def count(name: str, value_of: Any) -> dict[str, int]:
        out: dict[str, int] = {}
        for d in seen:
            if passes(d, but=name):
                for v in value_of(d):
                    if v:
                        out[v] = out.get(v, 0) + 1
        return out

    return {
        "total": len(hits),
        "scores": {d.id: bm25(docs, q, d) for d in hits},
        "newest": sorted(hits, key=lambda d: (d.published is None, -(d.published or 0), -d.id)),
        "expiring": sorted(hits, key=lambda d: (d.expires is None, d.expires or 0, d.id)),
        "kind": count("kind", lambda d: [d.kind]),
        "country": count("country", lambda d: [d.country]),
        "sector": count("sector", lambda d: d.sectors),
        "trl": count("trl", lambda d: [b for b, lo, hi in BANDS if lo <= d.trl <= hi]),
        "posted": {
            w: sum(
                1
                for d in seen
                if passes(d, but="posted") and d.published is not None and d.published >= since
            )
            for w, since in WINDOWS
        },
    }


def check(index: SearchIndex, docs: dict[int, Doc], q: Query, audience: set[int] | None) -> None:
    mask = None
    if audience is not None:
        mask = np.zeros(64, bool)
        mask[list(audience)] = True
    got = index.search(q, mask)
    want = oracle(docs, q, audience)
    assert got.total == want["total"]
    for name in ("kind", "country", "sector"):
        assert dict(got.counts[name]) == want[name], name
    assert dict(got.counts["trl"]) == {k: v for k, v in want["trl"].items() if v}
    assert dict(got.counts["posted"]) == {k: v for k, v in want["posted"].items() if v}
    if q.sort in ("newest", "expiring") or not q.groups:
        order = want["expiring" if q.sort == "expiring" else "newest"]
        start = (got.page - 1) * q.per_page
        assert list(got.ids) == [d.id for d in order][start : start + q.per_page]
    else:
        for doc_id, s in zip(got.ids, got.scores, strict=True):
            assert math.isclose(s, want["scores"][doc_id], rel_tol=1e-5, abs_tol=1e-9)
        assert list(got.scores) == sorted(got.scores, reverse=True)
        if got.page == 1:  # the best ones, whatever the ties
            best = sorted(want["scores"].values(), reverse=True)[: q.per_page]
            assert np.allclose(sorted(got.scores, reverse=True), best, rtol=1e-5)


@settings(max_examples=150, deadline=None)
@given(
    first=st.lists(docs_st, min_size=1, max_size=25),
    updates=st.lists(docs_st, max_size=8),
    removed=st.lists(st.integers(1, 40), max_size=6),
    groups=groups_st,
    filters=filters_st,
    number=st.one_of(st.none(), st.sampled_from([(1, 3), (4, 6), (7, 9)])),
    posted_since=st.one_of(st.none(), st.integers(0, 100)),
    sort=st.sampled_from(["relevance", "newest", "expiring"]),
    page=st.integers(1, 4),
    audience=st.one_of(st.none(), st.sets(st.integers(1, 40))),
    weights=st.dictionaries(
        st.sampled_from([*TERMS, "zz"]), st.sampled_from([0.5, 0.25]), max_size=2
    ),
)
def test_index_agrees_with_the_oracle(
    first: list[Doc],
    updates: list[Doc],
    removed: list[int],
    groups: tuple[tuple[str, ...], ...],
    filters: dict[str, str],
    number: tuple[int, int] | None,
    posted_since: int | None,
    sort: str,
    page: int,
    audience: set[int] | None,
    weights: dict[str, float],
) -> None:
    docs = {d.id: d for d in first}
    index = SearchIndex.build(SCHEMA, [batch(list(docs.values()))])
    if updates:
        fresh = {d.id: d for d in updates}
        index.upsert(batch(list(fresh.values())))
        docs.update(fresh)
    index.remove(removed)
    for i in removed:
        docs.pop(i, None)
    if not docs:
        assert index.search(Query(groups=groups)).total == 0
        return
    q = Query(
        groups=groups,
        weights=tuple(weights.items()),
        filters=tuple(filters.items()),
        number=number,
        posted_since=posted_since,
        sort=sort,
        page=page,
        per_page=3,
        bands=BANDS,
        windows=WINDOWS,
    )
    check(index, docs, q, audience)
    index.compact()
    check(index, docs, q, audience)


def test_delta_merges_and_dead_slots_compact(monkeypatch: Any) -> None:
    monkeypatch.setattr(index_module, "MERGE_AT", 5)
    docs = {
        i: Doc(i, ("a",), ("b", "c"), "offer", "DE", ("x",), 5, i, None) for i in range(1, 2001)
    }
    index = SearchIndex.build(SCHEMA, [batch(list(docs.values()))])
    for i in range(1, 1201, 100):  # many small updates: the delta is merged several times
        changed = [Doc(j, ("d",), (), "request", "CN", ("y",), 8, j, 1) for j in range(i, i + 100)]
        index.upsert(batch(changed))
        docs.update({d.id: d for d in changed})
    assert index.delta is None or index.delta.terms.size <= 5 + 100
    assert index.alive.size < 2000 + 1200  # compacted along the way
    q = Query(groups=(("d",),), filters=(("kind", "request"),), bands=BANDS, windows=WINDOWS)
    check(index, docs, q, None)
    assert index.search(Query(groups=(("a",),))).total == 800
