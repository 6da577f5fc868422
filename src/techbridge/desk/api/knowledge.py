"""/api/v1/desk/articles: the knowledge base, each caller reading what the pages let them
read (article_reads decides: public for everyone, members' articles for people of member
organisations, drafts and internal ones for staff)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router

from techbridge.accounts.api_auth import actor_of
from techbridge.core.api_schemas import ErrorOut
from techbridge.desk import article_reads, selectors
from techbridge.desk.api.schemas import ArticleDetailOut, ArticleOut
from techbridge.desk.models import Article

router = Router(tags=["desk"])
ERRORS = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}
FIELDS = ("slug", "title_en", "title_zh", "visibility", "updated_at")


def _out(article: Article, *, detail: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {k: getattr(article, k) for k in FIELDS}
    out["service"] = article.service_type.slug if article.service_type else None
    if detail:
        out.update(body_en=article.body_en, body_zh=article.body_zh)
    return out


@router.get("/articles", response={200: list[ArticleOut], **ERRORS})
def article_list(request: HttpRequest, q: str = "", service: str = "") -> list[dict[str, Any]]:
    """The articles the caller may read matching `q` (either language), best first; of one
    service type (and the general ones) when `service` is given."""
    actor = actor_of(request)
    service_type = selectors.service_get_for(actor=actor, slug=service) if service else None
    found = article_reads.article_search(actor=actor, q=q[:200], service=service_type)
    return [_out(a) for a in found]


@router.get("/articles/{slug}", response={200: ArticleDetailOut, **ERRORS})
def article_detail(request: HttpRequest, slug: str) -> dict[str, Any]:
    return _out(article_reads.article_get_for(actor=actor_of(request), slug=slug), detail=True)
