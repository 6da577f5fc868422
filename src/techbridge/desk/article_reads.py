"""Reads of the knowledge base for one actor, already permission-filtered (the one place that
decides who reads an article: every door — pages, suggestions, the API, the articles linked
from a case's replies — reads through here).

- Staff of the centre read every article, drafts included.
- People of a member organisation read the public and the members' articles.
- Everybody else (visitors, users of no organisation) reads the public articles only.
An article one may not read is "not found", never a hint that it exists."""

from __future__ import annotations

from typing import Any

from django.db.models import Q, QuerySet

from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.errors import NotFound
from techbridge.desk.models_catalogue import ServiceType
from techbridge.desk.models_knowledge import Article, Visibility
from techbridge.engines.text.analysis import query_terms

MAX_QUERY_TERMS = 12
TITLE_WEIGHT = 3


def readable_visibilities(actor: Any) -> list[str]:
    if is_staff(actor):
        return list(Visibility.values)
    if is_member(actor) and organisation_ids_of(actor):
        return [Visibility.PUBLIC, Visibility.MEMBERS]
    return [Visibility.PUBLIC]


def visible_articles(actor: Any) -> QuerySet[Article]:
    """Every article the actor may read."""
    return Article.objects.filter(visibility__in=readable_visibilities(actor))


def article_get_for(*, actor: Any, slug: Any) -> Article:
    article = (
        visible_articles(actor)
        .select_related("service_type", "updated_by")
        .filter(slug=str(slug)[:80])
        .first()
    )
    if article is None:
        raise NotFound()
    return article


def linkable_articles(actor: Any) -> QuerySet[Article]:
    """Articles staff may point to from a reply: every published one (not drafts); none for
    anyone else."""
    if not is_staff(actor):
        return Article.objects.none()
    return Article.objects.exclude(visibility=Visibility.DRAFT).order_by("title_en", "id")


def _terms(text: str) -> list[str]:
    return list(dict.fromkeys(query_terms(text or "")))[:MAX_QUERY_TERMS]


def _score(article: Article, terms: list[str]) -> int:
    title, body = f" {article.title_terms} ", f" {article.terms} "
    return sum(TITLE_WEIGHT * (f" {t} " in title) + (f" {t} " in body) for t in terms)


def article_search(
    *, actor: Any, q: str = "", service: ServiceType | None = None, limit: int = 50
) -> list[Article]:
    """The articles the actor may read that match the words of `q` (either language; any
    word, the best first: a word in the title counts three times), for a service type (its
    articles and the general ones) when given. Without words: all of them, by title."""
    qs = visible_articles(actor).select_related("service_type")
    if service is not None:
        qs = qs.filter(Q(service_type=service) | Q(service_type__isnull=True))
    terms = _terms(q)
    if not terms:
        return sorted(qs[:limit], key=lambda a: a.title.casefold())
    match = Q()
    for term in terms:
        match |= Q(title_terms__contains=f" {term} ") | Q(terms__contains=f" {term} ")
    found = list(qs.filter(match)[:500])
    found.sort(key=lambda a: (-_score(a, terms), a.title.casefold()))
    return found[:limit]


def suggestions(*, actor: Any, service: ServiceType, text: str, limit: int = 5) -> list[Article]:
    """Articles to read before asking: those matching what the member writes, else the
    service's own articles."""
    if _terms(text):
        found = article_search(actor=actor, q=text, service=service, limit=limit)
        if found:
            return found
    own = visible_articles(actor).filter(service_type=service)
    return sorted(own[:limit], key=lambda a: a.title.casefold())
