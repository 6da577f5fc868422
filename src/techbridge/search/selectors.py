"""Reads of the search app. Every profile a search returns comes from
``profiles.selectors.public_profile_list(actor)``; the index applies the same rule
(``visible_filter(actor)`` over its permission columns) so totals and facets count only what
the actor may see."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from django.http import QueryDict
from django.utils import timezone
from django.utils.safestring import SafeString
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation
from techbridge.accounts.selectors import organisation_list
from techbridge.core.choices import (
    IPStatus,
    Language,
    OrganisationType,
    PartnershipType,
    choice_label,
)
from techbridge.core.choices import ProfileKind as Kind
from techbridge.core.provinces import province_name
from techbridge.core.regions import country_name
from techbridge.core.taxonomy import sector_name
from techbridge.profiles.selectors import ProfileCard, present, public_profile_list, visible_filter
from techbridge.search.backends import Hit, SearchBackend, get_backend
from techbridge.search.expansion import query_expander
from techbridge.search.forms import SearchParams, parse_params
from techbridge.search.highlight import highlight, snippet
from techbridge.search.models import SavedSearch
from techbridge.search.query import FACETS, Filters, TextQuery, plan_text

PER_PAGE = 20
ORGANISATIONS_SHOWN = 5
FACET_LABELS = {
    "kind": _("Kind"),
    "sector": _("Sector"),
    "country": _("Country"),
    "province": _("Chinese province"),
    "org_type": _("Organisation type"),
    "partnership": _("Partnership"),
    "trl": _("Technology readiness"),
    "ip_status": _("IP status"),
    "language": _("Language"),
    "posted": _("Posted within"),
}


def facet_value_label(name: str, value: str) -> str:
    """The localised label of one facet value."""
    return _label(name, value, get_language())


@lru_cache(maxsize=4096)
def _label(name: str, value: str, language: str | None) -> str:  # ~100 values per language
    if name == "sector":
        return sector_name(value)
    if name == "country":
        return country_name(value)
    if name == "province":
        return province_name(value) or value
    if name == "trl":
        return str(_("TRL %(band)s")) % {"band": value.replace("-", "–")}
    if name == "posted":
        days = int(value)
        return ngettext("Last %(n)d day", "Last %(n)d days", days) % {"n": days}
    choices = {
        "kind": Kind,
        "org_type": OrganisationType,
        "partnership": PartnershipType,
        "ip_status": IPStatus,
        "language": Language,
    }[name]
    return choice_label(choices, value)


@dataclass(frozen=True)
class FacetOption:
    value: str
    label: str
    count: int
    selected: bool
    query: str  # the query string that selects (or, when selected, removes) it


@dataclass(frozen=True)
class Facet:
    name: str
    label: str
    options: list[FacetOption]


@dataclass(frozen=True)
class ResultItem:
    card: ProfileCard
    title_html: SafeString
    snippet_html: SafeString
    score: float


@dataclass(frozen=True)
class Relaxation:
    name: str
    label: str
    value_label: str
    query: str
    count: int


@dataclass
class SearchResult:
    params: SearchParams
    items: list[ResultItem]
    total: int
    page: int
    num_pages: int
    per_page: int
    facets: list[Facet]
    organisations: list[Organisation] = field(default_factory=list)
    organisations_total: int = 0
    loose: bool = False  # no profile had every word: results match any word
    relax: list[Relaxation] = field(default_factory=list)

    @property
    def has_previous(self) -> bool:
        return self.page > 1

    @property
    def has_next(self) -> bool:
        return self.page < self.num_pages

    @property
    def previous_query(self) -> str:
        return self.params.query_string(page=self.page - 1)

    @property
    def next_query(self) -> str:
        return self.params.query_string(page=self.page + 1)


def text_plan(q: str) -> TextQuery:
    """The plan of a query, with the configured expander's alternatives."""
    from techbridge.engines.text import query_terms

    alternatives = query_expander().expand(q, query_terms(q)) if q else []
    return plan_text(q, alternatives)


def _filters(actor: Any, params: SearchParams, ids: tuple[int, ...] | None = None) -> Filters:
    return Filters(
        visibility=visible_filter(actor),
        today=timezone.localdate(),
        # to the minute: "posted within" filters and counts (cached per minute) agree
        now=timezone.now().replace(second=0, microsecond=0),
        values=dict(params.values),
        ids=ids,
    )


def _facets(params: SearchParams, counts: dict[str, list[tuple[str, int]]]) -> list[Facet]:
    out = []
    for name in FACETS:
        selected = params.values.get(name, "")
        values = counts.get(name, [])
        if selected and selected not in dict(values):  # no result with it: still removable
            values = [*values, (selected, 0)]
        options = [
            FacetOption(
                value=value,
                label=facet_value_label(name, value),
                count=count,
                selected=value == selected,
                query=params.query_string(**{name: "" if value == selected else value, "page": 1}),
            )
            for value, count in values
        ]
        if name not in ("trl", "posted"):
            options.sort(key=lambda o: (not o.selected, -o.count, o.label))
        out.append(Facet(name=name, label=str(FACET_LABELS[name]), options=options))
    return out


def _items(actor: Any, hits: list[Hit], plan: TextQuery) -> list[ResultItem]:
    ids = [h.id for h in hits]
    profiles = {p.id: p for p in public_profile_list(actor=actor).filter(id__in=ids)}
    terms = frozenset(plan.terms)
    items = []
    for hit in hits:
        profile = profiles.get(hit.id)
        if profile is None:  # the index is behind the database: the selector decides
            continue
        card = present(profile, actor=actor)
        text = f"{card.summary} {card.description[:600]}"
        items.append(
            ResultItem(
                card=card,
                title_html=highlight(card.title, terms),
                snippet_html=snippet(text, terms),
                score=hit.score,
            )
        )
    return items


@dataclass
class _Totals:
    """How many results a plan gives under other filter values than the search's, counted
    once each: with one filter, the words check and the filter's removal ask the same."""

    backend: SearchBackend
    filters: Filters
    counted: dict[tuple[TextQuery, frozenset[tuple[str, str]]], int] = field(default_factory=dict)

    def __call__(self, plan: TextQuery, values: dict[str, str]) -> int:
        key = (plan, frozenset((k, v) for k, v in values.items() if v))  # "": no filter
        if key not in self.counted:
            filters = replace(self.filters, values=dict(values))
            self.counted[key] = self.backend.query(plan, filters, "relevance", 1, 1, facets=False)[
                1
            ]
        return self.counted[key]


def _relaxations(totals: _Totals, params: SearchParams, plan: TextQuery) -> list[Relaxation]:
    """For an empty result: how many results each active filter removal would give."""
    out = []
    for name, value in params.active.items():
        looser = {k: v for k, v in params.values.items() if k != name}
        out.append(
            Relaxation(
                name=name,
                label=str(FACET_LABELS[name]),
                value_label=facet_value_label(name, value),
                query=params.query_string(**{name: "", "page": 1}),
                count=totals(plan, looser),
            )
        )
    return sorted(out, key=lambda r: -r.count)


def _words_match(totals: _Totals, params: SearchParams, plan: TextQuery) -> bool:
    """Whether some profile has every word, filters aside (then the page suggests removing
    a filter rather than loosening the words)."""
    return bool(params.active) and totals(plan, {}) > 0


def search(*, actor: Any, params: SearchParams, per_page: int = PER_PAGE) -> SearchResult:
    """Published profiles (and organisations) matching the parameters, as the actor may see
    them, with facet counts over exactly those results."""
    backend = get_backend().snapshot()  # one view of the index for every query below
    plan = text_plan(params.q)
    filters = _filters(actor, params)
    hits, total, counts = backend.query(plan, filters, params.sort, params.page, per_page)
    loose, totals = False, _Totals(backend, filters)
    if total == 0 and len(plan.terms) > 1 and not _words_match(totals, params, plan):
        plan = plan.any_word()
        hits, total, counts = backend.query(plan, filters, params.sort, params.page, per_page)
        loose = total > 0
    num_pages = max(1, -(-total // per_page))
    result = SearchResult(
        params=params,
        items=_items(actor, hits, plan),
        total=total,
        page=min(params.page, num_pages),
        num_pages=num_pages,
        per_page=per_page,
        facets=_facets(params, counts),
        loose=loose,
    )
    if not plan.empty and result.page == 1:
        org_hits, result.organisations_total = backend.query_organisations(
            plan, ORGANISATIONS_SHOWN
        )
        orgs = organisation_list(actor=actor).in_bulk([h.id for h in org_hits])
        result.organisations = [orgs[h.id] for h in org_hits if h.id in orgs]
    if total == 0 and params.active:
        result.relax = _relaxations(totals, params, plan)
    return result


def search_query_string(*, actor: Any, query_string: str, per_page: int = PER_PAGE) -> SearchResult:
    return search(actor=actor, params=parse_params(QueryDict(query_string)), per_page=per_page)


def matching_profile_ids(*, actor: Any, query_string: str, among: list[int]) -> list[int]:
    """Which of `among` the actor's saved search (a query string) finds."""
    params = parse_params(QueryDict(query_string))
    plan = text_plan(params.q)
    filters = _filters(actor, params, ids=tuple(among))
    hits, _total, _f = get_backend().query(
        plan, filters, "newest", 1, max(1, len(among)), facets=False
    )
    return [h.id for h in hits]


def saved_search_list(*, actor: Any) -> list[SavedSearch]:
    """The actor's own saved searches (nobody else's)."""
    if not getattr(actor, "is_authenticated", False):
        return []
    return list(SavedSearch.objects.filter(user_id=actor.pk).order_by("name"))
