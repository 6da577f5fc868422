"""The knowledge base: the list with search (everyone, each reading what they may), an
article's page, the suggestions shown while a member writes a request, and the staff's page
to write and edit articles."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from techbridge.accounts.selectors import is_staff
from techbridge.core.errors import DomainError, NotFound
from techbridge.desk import article_reads, selectors, services
from techbridge.desk.forms import ArticleForm
from techbridge.desk.models import Article
from techbridge.desk.views import form_refusal

SUGGEST_MAX_CHARS = 2000


def _service_or_none(request: HttpRequest, slug: str) -> object:
    if not slug:
        return None
    try:
        return selectors.service_get_for(actor=request.user, slug=slug)
    except NotFound:
        return None


def article_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "")[:200]
    service = _service_or_none(request, request.GET.get("service", ""))
    articles = article_reads.article_search(
        actor=request.user,
        q=q,
        service=service,  # type: ignore[arg-type]
    )
    context = {
        "articles": articles,
        "q": q,
        "service": service,
        "services": list(selectors.service_list(actor=request.user)),
        "staff": is_staff(request.user),
    }
    return render(request, "desk/kb/list.html", context)


def article_detail(request: HttpRequest, slug: str) -> HttpResponse:
    article = article_reads.article_get_for(actor=request.user, slug=slug)
    context = {"article": article, "staff": is_staff(request.user)}
    return render(request, "desk/kb/detail.html", context)


def suggest(request: HttpRequest) -> HttpResponse:
    """The "before you ask" fragment of a request form (htmx): articles matching the subject
    and the question written so far."""
    service = _service_or_none(request, request.GET.get("service", ""))
    text = f"{request.GET.get('subject', '')} {request.GET.get('description', '')}"
    found = []
    if service is not None:
        found = article_reads.suggestions(
            actor=request.user,
            service=service,  # type: ignore[arg-type]
            text=text[:SUGGEST_MAX_CHARS],
        )
    return render(request, "desk/kb/suggestions.html", {"suggestions": found})


@login_required
def article_edit(request: HttpRequest, slug: str = "") -> HttpResponse:
    if not is_staff(request.user):
        raise DjangoPermissionDenied
    article: Article | None = None
    if slug:
        article = article_reads.article_get_for(actor=request.user, slug=slug)
    initial = {"seen": article.version} if article else {}
    form = ArticleForm(request.POST or None, instance=article, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = services.article_save(
                actor=request.user,  # type: ignore[arg-type]
                data=form.cleaned_data,
                article=article,
                seen=form.cleaned_data.get("seen"),
            )
        except DomainError as exc:
            form_refusal(form, exc)
        else:
            messages.success(request, _("The article is saved."))
            return redirect("desk:article", slug=saved.slug)
    return render(request, "desk/kb/edit.html", {"form": form, "article": article})
