"""The cross-lingual hook: a query expander turns a query into alternative groups of index
terms (e.g. the English terms of a Chinese query). The default changes nothing; the matching
engine's expander plugs in with one setting, ``TECHBRIDGE["SEARCH_QUERY_EXPANDER"]`` (a dotted
path to a class or factory), or at run time with :func:`set_query_expander`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol, runtime_checkable

from django.conf import settings
from django.utils.module_loading import import_string


@runtime_checkable
class QueryExpander(Protocol):
    def expand(self, text: str, terms: list[str]) -> list[list[str]]:
        """Alternative groups of index terms for ``text`` (whose own terms are ``terms``);
        a document matching all terms of one group matches the query."""
        ...


class IdentityExpander:
    """No expansion: a query finds documents in its own words."""

    def expand(self, text: str, terms: list[str]) -> list[list[str]]:
        return []


_override: QueryExpander | None = None


@lru_cache(maxsize=1)
def _configured() -> QueryExpander:
    path = getattr(settings, "TECHBRIDGE", {}).get("SEARCH_QUERY_EXPANDER")
    return import_string(path)() if path else IdentityExpander()


def query_expander() -> QueryExpander:
    """The expander in use."""
    return _override if _override is not None else _configured()


def set_query_expander(expander: QueryExpander | None) -> None:
    """Install an expander (None: back to the configured one)."""
    global _override
    _override = expander
