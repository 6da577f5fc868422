"""A resident full-text index with facets (no Django): BM25 over pre-segmented terms, exact
totals, disjunctive facet counts, sorting and paging, updated in place.

``SearchIndex.build(schema, batches)``, ``.upsert(batch)``, ``.remove(ids)``,
``.search(query, audience) -> Result`` (the audience: a boolean array indexed by document
id). Spec and measurements: docs/search.md."""

from techbridge.engines.searchindex.index import SearchIndex
from techbridge.engines.searchindex.types import (
    EXPIRING,
    NEWEST,
    RELEVANCE,
    SORTS,
    Batch,
    Query,
    Result,
    Schema,
)

__all__ = [
    "EXPIRING",
    "NEWEST",
    "RELEVANCE",
    "SORTS",
    "Batch",
    "Query",
    "Result",
    "Schema",
    "SearchIndex",
]
