"""What a search asks for, independent of the backend: the text plan, the filters, the sort.

The text plan is a disjunction of conjunctions of index terms: the words of the query must all
occur (``电池 AND 回收``), a compound that contains other query words (``电池回收``) and the
alternatives of a :class:`~techbridge.search.expansion.QueryExpander` are extra groups that
widen and boost. When nothing matches all words, the service retries with any word.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from techbridge.engines.text import query_terms

MAX_TERMS = 32
# Terms that only an expander's alternatives bring (the other language's words) count this
# much in the ranking: a query finds profiles in both languages, its own language first.
EXPANSION_WEIGHT = 0.5


@dataclass(frozen=True)
class TextQuery:
    groups: tuple[tuple[str, ...], ...] = ()
    # (term, weight) for terms that rank below 1.0 (see EXPANSION_WEIGHT)
    weights: tuple[tuple[str, float], ...] = ()

    @property
    def empty(self) -> bool:
        return not self.groups

    @property
    def terms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t for g in self.groups for t in g))

    def any_word(self) -> TextQuery:
        """The loose form: any one term matches."""
        return TextQuery(tuple((t,) for t in self.terms), self.weights)

    def fts5(self) -> str:
        """An FTS5 MATCH expression; every term quoted, so no query syntax gets through."""
        return " OR ".join(
            "(" + " AND ".join('"' + t.replace('"', '""') + '"' for t in g) + ")"
            for g in self.groups
        )

    def tsquery(self) -> str:
        """A tsquery literal (cast with ::tsquery, no text parser)."""

        def lexeme(t: str) -> str:
            return "'" + t.replace("\\", "\\\\").replace("'", "''") + "'"

        return " | ".join("(" + " & ".join(lexeme(t) for t in g) + ")" for g in self.groups)


def plan_text(text: str, alternatives: list[list[str]] | None = None) -> TextQuery:
    """The plan of a query text (see the module docstring)."""
    terms = list(dict.fromkeys(query_terms(text)))[:MAX_TERMS]
    if not terms:
        return TextQuery()
    compounds = {t for t in terms if any(o != t and o in t for o in terms)}
    required = tuple(t for t in terms if t not in compounds)
    groups: list[tuple[str, ...]] = [required] if required else []
    groups.extend((c,) for c in terms if c in compounds)
    for alt in alternatives or []:
        group = tuple(dict.fromkeys(t for t in alt if t))[:MAX_TERMS]
        if group and group not in groups:
            groups.append(group)
    own = set(terms)
    extra = dict.fromkeys(t for g in groups for t in g if t not in own)
    return TextQuery(tuple(groups), tuple((t, EXPANSION_WEIGHT) for t in extra))


TRL_BANDS = {"1-3": (1, 3), "4-6": (4, 6), "7-9": (7, 9)}
POSTED_WITHIN = (7, 30, 90, 365)
SORTS = ("relevance", "newest", "expiring")
FACETS = (
    "kind",
    "sector",
    "country",
    "province",
    "org_type",
    "partnership",
    "trl",
    "ip_status",
    "language",
    "posted",
)


@dataclass(frozen=True)
class Filters:
    """Facet filters (already validated: unknown values never get here) and the audience."""

    visibility: Any = None  # a Q over the document's permission columns; None: no limit
    today: date | None = None
    now: datetime | None = None
    values: dict[str, str] = field(default_factory=dict)
    ids: tuple[int, ...] | None = None  # only among these profiles (saved-search alerts)
