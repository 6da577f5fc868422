"""The search backend interface: what a backend answers (`Hit`, `Facets`), the methods every
backend implements (`SearchBackend`) and the backends' names.

A backend stores index rows and answers queries; the database backends keep the index next
to the data (SQLite FTS5, PostgreSQL tsvector), the resident backend answers from memory
over the same rows. A search cluster would implement the same methods."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Protocol

from django.conf import settings

from techbridge.search.models import OrganisationDocument, SearchDocument
from techbridge.search.query import Filters, TextQuery


@dataclass(frozen=True)
class Hit:
    id: int
    score: float


Facets = dict[str, list[tuple[str, int]]]


class SearchBackend(Protocol):
    postgres: bool

    def index(self, docs: list[SearchDocument]) -> None: ...

    def append(self, docs: list[SearchDocument]) -> None:
        """Rows of profiles not in the index (inside ``bulk_build(fresh=True)``): written
        in bulk, without a change log entry each."""
        ...

    def delete(self, ids: Iterable[int]) -> None: ...

    def bulk_build(self, *, fresh: bool) -> AbstractContextManager[None]:
        """Around a rebuild of the whole index (``fresh``: it starts empty)."""
        ...

    def query(
        self,
        q: TextQuery,
        filters: Filters,
        sort: str,
        page: int,
        per_page: int,
        *,
        facets: bool = True,
    ) -> tuple[list[Hit], int, Facets]:
        """(the page, the total, the counts of every facet value: each facet counted with
        every filter but its own). ``facets=False`` skips the counts."""
        ...

    def snapshot(self) -> SearchBackend:
        """This backend for the queries of one search: the resident backend reads the
        index's state (and syncs) at the first query only and builds each audience's SQL
        once; the database backends are their own snapshot."""
        ...

    def index_organisations(self, docs: list[OrganisationDocument]) -> None: ...

    def query_organisations(self, q: TextQuery, limit: int) -> tuple[list[Hit], int]: ...


RESIDENT = "resident"
DATABASE = "database"


def backend_name() -> str:
    """The configured backend's name: ``TECHBRIDGE["SEARCH_BACKEND"]``, ``RESIDENT`` (queries
    from an in-memory index, writes through SQL; the default) or ``DATABASE`` (SQL)."""
    return str(settings.TECHBRIDGE.get("SEARCH_BACKEND") or RESIDENT)
