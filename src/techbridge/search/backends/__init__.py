"""The search backend in use: chosen by setting (`backend_name`) and database vendor, shared
by the process, built at its first use. What every backend implements is in `interface`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from django.db import connection

from techbridge.search.backends.interface import (
    DATABASE,
    RESIDENT,
    Facets,
    Hit,
    SearchBackend,
    backend_name,
)

logger = logging.getLogger(__name__)

if TYPE_CHECKING:
    from techbridge.search.backends.database import DatabaseBackend


def database_backend() -> DatabaseBackend:
    """The SQL backend for the default database's vendor."""
    if connection.vendor == "postgresql":
        from techbridge.search.backends.postgres import PostgresBackend

        return PostgresBackend()
    from techbridge.search.backends.sqlite import SqliteBackend

    return SqliteBackend()


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
