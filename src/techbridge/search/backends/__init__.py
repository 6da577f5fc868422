"""The search backend interface and its choice by database vendor.

A backend stores index rows and answers queries; the database backends keep the index next
to the data (SQLite FTS5, PostgreSQL tsvector), the resident backend answers from memory
over the same rows. A search cluster would implement the same methods."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from django.conf import settings
from django.db import connection

from techbridge.search.models import OrganisationDocument, SearchDocument
from techbridge.search.query import Filters, TextQuery

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from techbridge.search.backends.database import DatabaseBackend


@dataclass(frozen=True)
class Hit:
    id: int
    score: float


Facets = dict[str, list[tuple[str, int]]]


class SearchBackend(Protocol):
    postgres: bool

    def index(self, docs: list[SearchDocument]) -> None: ...

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


def database_backend() -> DatabaseBackend:
    """The SQL backend for the default database's vendor."""
    if connection.vendor == "postgresql":
        from techbridge.search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from techbridge.search.backends.sqlite import SqliteBackend

    return SqliteBackend()


RESIDENT = "resident"
DATABASE = "database"


def backend_name() -> str:
    """The configured backend's name: ``TECHBRIDGE["SEARCH_BACKEND"]``, ``RESIDENT`` (queries
    from an in-memory index, writes through SQL; the default) or ``DATABASE`` (SQL)."""
    return str(settings.TECHBRIDGE.get("SEARCH_BACKEND") or RESIDENT)


_backends: dict[tuple[str, str], SearchBackend] = {}


def get_backend() -> SearchBackend:
    """The configured backend (one per name and database vendor: backends keep no state of
    their own, so every caller shares it; the name is read at each call, so a changed
    setting takes effect at once)."""
    key = (backend_name(), connection.vendor)
    backend = _backends.get(key)
    if backend is None:
        backend = _backends.setdefault(key, _new_backend(key[0]))
        _build_if_empty()
    return backend


_first_use: list[Callable[[], object]] = []


def at_first_use(hook: Callable[[], object]) -> None:
    """Run ``hook`` when a process first uses a backend (search.apps: build the index if it is
    empty while published profiles exist; not at `migrate`, not in a selector)."""
    if hook not in _first_use:
        _first_use.append(hook)


def _build_if_empty() -> None:
    for hook in _first_use:
        try:
            hook()  # a rebuild asks for the backend again: now cached, no recursion
        except Exception:  # a half-migrated database: the next process start tries again
            logger.exception("search: first-use hook %s failed", hook)


def _new_backend(name: str) -> SearchBackend:
    sql = database_backend()
    if name == DATABASE:
        return sql
    from techbridge.search.backends.resident import ResidentBackend

    return ResidentBackend(sql)


__all__ = [
    "DATABASE",
    "RESIDENT",
    "Facets",
    "Hit",
    "SearchBackend",
    "at_first_use",
    "backend_name",
    "database_backend",
    "get_backend",
]
