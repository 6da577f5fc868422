"""Writing the knowledge base (staff only): an article created or edited in one transaction,
its search words kept with it, its history kept by django-simple-history."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from techbridge.accounts.models import User
from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.core.slugs import slug_for
from techbridge.desk.models_knowledge import Article
from techbridge.engines.text.analysis import index_terms

# Addresses of the knowledge base's own pages (desk/kb/new/, desk/kb/suggest/).
RESERVED_SLUGS = {"new", "suggest"}
FIELDS = ("service_type", "title_en", "title_zh", "body_en", "body_zh", "visibility")


def article_terms(article: Article) -> tuple[str, str]:
    """The analysed words (both languages) of the title, and of the title and text, each
    between spaces so that a word is found whole."""
    title = " ".join(dict.fromkeys(index_terms(f"{article.title_en} {article.title_zh}")))
    body_words = index_terms(f"{article.body_en} {article.body_zh}")
    body = " ".join(dict.fromkeys([*title.split(), *body_words]))
    return f" {title} ", f" {body} "


def _free_slug(wanted: str, *, exclude: int | None) -> str:
    base = slug_for(wanted, max_length=70) or "article"
    slug, n = base, 1
    taken = Article.objects.filter(slug=slug).exclude(pk=exclude)
    while slug in RESERVED_SLUGS or taken.exists():
        n += 1
        slug = f"{base}-{n}"
        taken = Article.objects.filter(slug=slug).exclude(pk=exclude)
    return slug


def _check(article: Article) -> None:
    if not article.title_en and not article.title_zh:
        raise ValidationFailed(
            fields={"title_en": [_("Give the article a title in English or Chinese.")]}
        )


@transaction.atomic
def article_save(
    *,
    actor: User,
    data: dict[str, Any],
    article: Article | None = None,
    seen: int | None = None,
    now: datetime | None = None,
) -> Article:
    """Create an article (`article` None) or edit one. `seen`: the version the editor started
    from; when someone saved the article since, the edit is refused (nothing is lost
    silently)."""
    if not is_staff(actor):
        raise PermissionDenied()
    now = now or timezone.now()
    if article is None:
        article = Article(created_at=now)
    else:
        article = Article.objects.select_for_update().get(pk=article.pk)
        if seen is not None and seen != article.version:
            raise Conflict(_("Someone saved this article meanwhile: reload it, then edit."))
        article.version += 1
    for name in FIELDS:
        if name in data:
            value = data[name]
            setattr(article, name, value.strip() if isinstance(value, str) else value)
    _check(article)
    article.slug = _free_slug(
        data.get("slug") or article.slug or article.title_en or article.title_zh,
        exclude=article.pk,
    )
    article.title_terms, article.terms = article_terms(article)
    article.updated_by = actor
    article.updated_at = now
    article.save()
    return article
