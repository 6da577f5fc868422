"""The resident search index's plain data: documents in columns in, a page and counts out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

RELEVANCE, NEWEST, EXPIRING = "relevance", "newest", "expiring"
SORTS = (RELEVANCE, NEWEST, EXPIRING)


@dataclass(frozen=True, slots=True)
class Schema:
    """The facets of an index: single-valued ones (one code per document, ``""`` = none),
    multi-valued ones (a set of codes per document), a small integer (``number``, e.g. TRL
    1-9) counted in bands, and the publication time counted in "posted within" windows."""

    single: tuple[str, ...]
    multi: tuple[str, ...]
    number: str = "number"
    posted: str = "posted"


@dataclass(frozen=True, slots=True)
class Batch:
    """Documents in columns (parallel sequences; the fast way in).

    ``title``/``body`` are pre-segmented terms separated by spaces; ``single[name]`` the
    value of each document; ``multi[name]`` the codes of each document separated by spaces;
    ``published`` in epoch seconds, ``expires`` in days since the epoch (None: never)."""

    ids: Sequence[int]
    title: Sequence[str]
    body: Sequence[str]
    single: Mapping[str, Sequence[str]]
    multi: Mapping[str, Sequence[str]]
    number: Sequence[int]
    published: Sequence[int | None]
    expires: Sequence[int | None]

    def __len__(self) -> int:
        return len(self.ids)


@dataclass(frozen=True, slots=True)
class Query:
    """Text (an OR of AND-groups of terms; no group: every document), facet filters, the
    sort and the page.

    ``filters`` are ``(facet, value)`` pairs over single or multi facets; ``number`` an
    inclusive range; ``posted_since`` epoch seconds. ``bands`` name the ranges of ``number``
    and ``windows`` the "posted within" cut-offs (name, epoch seconds) that are counted.
    ``weights`` scale the relevance contribution of some terms (others count 1.0)."""

    groups: tuple[tuple[str, ...], ...] = ()
    weights: tuple[tuple[str, float], ...] = ()
    filters: tuple[tuple[str, str], ...] = ()
    number: tuple[int, int] | None = None
    posted_since: int | None = None
    sort: str = RELEVANCE
    page: int = 1
    per_page: int = 20
    facets: bool = True
    bands: tuple[tuple[str, int, int], ...] = ()
    windows: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Result:
    """The page (ids and scores, best first; ``page`` clamped to 1..last), the exact total,
    and per facet the values with a non-zero count (each facet counted with every filter
    but its own; bands and windows in the query's order, windows cumulative)."""

    ids: tuple[int, ...]
    scores: tuple[float, ...]
    total: int
    page: int
    counts: Mapping[str, tuple[tuple[str, int], ...]] = field(default_factory=dict)
