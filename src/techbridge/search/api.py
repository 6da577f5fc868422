"""/api/v1/search: the search page's parameters and results as JSON; saved searches."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from ninja import Query, Router, Schema, Status

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.engines.text import QUERY_MAX_CHARS
from techbridge.search import selectors, services
from techbridge.search.forms import parse_params

router = Router(tags=["search"])
MAX_PER_PAGE = 100


class SearchFilter(Schema):
    q: str = ""
    kind: str = ""
    sector: str = ""
    country: str = ""
    province: str = ""
    org_type: str = ""
    partnership: str = ""
    trl: str = ""
    ip_status: str = ""
    language: str = ""
    posted: str = ""
    sort: str = "relevance"
    page: str = "1"
    per_page: str = "20"


class HitOwnerOut(Schema):
    id: int
    slug: str
    name: str
    type: str
    country: str


class HitOut(Schema):
    id: int
    kind: str
    language: str
    title: str
    summary: str
    title_html: str
    snippet_html: str
    sectors: list[str]
    trl: int
    ip_status: str
    partnership_types: list[str]
    country: str
    province: str
    blind: bool
    published_at: datetime | None
    expires_on: date | None
    score: float
    owner: HitOwnerOut | None
    url: str


class FacetValueOut(Schema):
    value: str
    label: str
    count: int
    selected: bool


class OrganisationHitOut(Schema):
    slug: str
    name: str
    name_alt: str
    type: str
    country: str


class SearchOut(Schema):
    items: list[HitOut]
    facets: dict[str, list[FacetValueOut]]
    total: int
    page: int
    num_pages: int
    per_page: int
    query: str
    query_max_chars: int
    truncated: bool
    ignored: list[str]
    loose: bool
    organisations: list[OrganisationHitOut]
    organisations_total: int


def _hit(item: selectors.ResultItem) -> dict[str, Any]:
    card = item.card
    owner = card.owner
    return {
        "id": card.id,
        "kind": card.kind,
        "language": card.language,
        "title": card.title,
        "summary": card.summary,
        "title_html": str(item.title_html),
        "snippet_html": str(item.snippet_html),
        "sectors": card.sectors,
        "trl": card.trl,
        "ip_status": card.ip_status,
        "partnership_types": card.partnership_types,
        "country": card.country,
        "province": card.province,
        "blind": card.blind,
        "published_at": card.published_at,
        "expires_on": card.expires_on,
        "score": item.score,
        "owner": None
        if owner is None
        else {
            "id": owner.id,
            "slug": owner.slug,
            "name": owner.name,
            "type": owner.type,
            "country": owner.country,
        },
        "url": reverse("profiles:detail", args=[card.id]),
    }


def _per_page(raw: str) -> int:
    try:
        return max(1, min(int(raw[:6]), MAX_PER_PAGE))
    except ValueError:
        return selectors.PER_PAGE


@router.get("", response=SearchOut, summary="Search published profiles and organisations")
def search(request: HttpRequest, filters: Query[SearchFilter]) -> dict[str, Any]:
    """Same parameters as the search page. Queries longer than 500 characters are cut (see
    `truncated`); unknown filter values are ignored (see `ignored`); pages are clamped."""
    params = parse_params(request.GET)
    result = selectors.search(
        actor=actor_of(request), params=params, per_page=_per_page(filters.per_page)
    )
    return {
        "items": [_hit(i) for i in result.items],
        "facets": {
            f.name: [
                {"value": o.value, "label": o.label, "count": o.count, "selected": o.selected}
                for o in f.options
            ]
            for f in result.facets
        },
        "total": result.total,
        "page": result.page,
        "num_pages": result.num_pages,
        "per_page": result.per_page,
        "query": params.q,
        "query_max_chars": QUERY_MAX_CHARS,
        "truncated": params.truncated,
        "ignored": list(params.ignored),
        "loose": result.loose,
        "organisations": [
            {
                "slug": o.slug,
                "name": o.name,
                "name_alt": o.name_alt,
                "type": o.type,
                "country": str(o.country),
            }
            for o in result.organisations
        ],
        "organisations_total": result.organisations_total,
    }


class SavedSearchIn(Schema):
    name: str
    query_string: str = ""
    alerts: bool = True


class SavedSearchOut(Schema):
    id: int
    name: str
    query_string: str
    alerts: bool
    created_at: datetime


@router.get("/saved", response=list[SavedSearchOut], auth=WRITE_AUTH)
def saved_list(request: HttpRequest) -> Any:
    return selectors.saved_search_list(actor=request.user)


@router.post(
    "/saved", response={201: SavedSearchOut, 422: ErrorOut, 403: ErrorOut}, auth=WRITE_AUTH
)
def saved_create(request: HttpRequest, payload: SavedSearchIn) -> Any:
    saved = services.saved_search_create(
        actor=request.user,
        name=payload.name,
        query_string=payload.query_string,
        alerts=payload.alerts,
    )
    return Status(201, saved)


@router.delete("/saved/{saved_search_id}", response={204: None, 404: ErrorOut}, auth=WRITE_AUTH)
def saved_delete(request: HttpRequest, saved_search_id: int) -> Any:
    services.saved_search_delete(actor=request.user, saved_search_id=saved_search_id)
    return Status(204, None)
