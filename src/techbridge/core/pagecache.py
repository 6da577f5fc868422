"""The anonymous page cache (issue 17, point 8): public pages a visitor without a session
asks for are answered from the cache, per address (with its query) and language.

- Only for the views named in `TECHBRIDGE["PAGE_CACHE_VIEWS"]`, only GET, only a visitor
  who sends no session cookie, no messages cookie, no Authorization header and no htmx
  request: a signed-in member, staff or an API token never gets the cached copy, and their
  pages are never stored (what an owner or staff may see of a blind profile stays theirs).
- Only 200 answers whose rendering left nothing per visitor behind: no session write, no
  queued message, no CSP nonce. The page's CSRF token (every page carries one for the
  language switch) is stored as a placeholder and each answer gets the visitor's own.
- Versioned invalidation: one shared counter (`core.counters`: Redis or the database,
  shared by every process) is part of each key; `bump()` (after the commit) moves it when
  content a visitor sees changes, and every stored page is dropped at once. The apps call it
  from their changes (profiles, organisations, the search index).
- `TECHBRIDGE["PAGE_CACHE_SECONDS"]`: how long a page is kept at most (0: no page cache).

The pages themselves live in the default cache (Redis when `REDIS_URL` is set, else each
process's memory); the version is read once per request (a Redis GET or one query)."""

from __future__ import annotations

import hashlib
import logging
import re
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token  # type: ignore[attr-defined]
from django.utils.deprecation import MiddlewareMixin

from techbridge.core import counters

log = logging.getLogger(__name__)
VERSION_KEY = "pagecache:version"
VERSION_TTL = 20 * 365 * 86400  # the version never expires (a reset could revive old pages)
TOKEN_PLACEHOLDER = b"@@csrf-token-of-this-visitor@@"
MASKED_TOKEN = re.compile(rb"[a-zA-Z0-9]{64}")
HEADERS = ("Content-Type", "Content-Language")


def seconds() -> int:
    return int(settings.TECHBRIDGE.get("PAGE_CACHE_SECONDS", 0) or 0)


def _bump_now() -> None:
    counters.hit(VERSION_KEY, VERSION_TTL)


def bump() -> None:
    """Content visitors see changed: every cached page is dropped once the transaction
    commits (not before: a page rendered meanwhile would store the old content anew)."""
    if seconds():
        transaction.on_commit(_bump_now)


def _on_write(sender: Any, **kwargs: Any) -> None:
    meta = sender._meta
    watched = settings.TECHBRIDGE.get("PAGE_CACHE_MODELS", ())
    if meta.label in watched or f"{meta.app_label}.*" in watched:
        bump()


def watch() -> None:
    """Writes of the models visitors see (`TECHBRIDGE["PAGE_CACHE_MODELS"]`: "app.Model" or
    "app.*") drop the cached pages (core's ready())."""
    post_save.connect(_on_write, dispatch_uid="pagecache.save")
    post_delete.connect(_on_write, dispatch_uid="pagecache.delete")


def _visitor_without_session(request: HttpRequest) -> bool:
    cookies = request.COOKIES
    return (
        request.method == "GET"
        and settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
        and "HTTP_HX_REQUEST" not in request.META
    )


def _key(request: HttpRequest) -> str:
    where = hashlib.sha256(request.get_full_path().encode()).hexdigest()[:32]
    version = counters.get(VERSION_KEY)
    return f"page:{version}:{getattr(request, 'LANGUAGE_CODE', '')}:{where}"


def _with_placeholder(request: HttpRequest, content: bytes) -> bytes | None:
    """The page with this visitor's CSRF tokens replaced by the placeholder (None: a
    64-character word that looks like one but is not ours: better not stored)."""
    secret = request.META.get("CSRF_COOKIE")
    if not secret:
        return content

    def swap(match: re.Match[bytes]) -> bytes:
        word = match.group(0)
        return TOKEN_PLACEHOLDER if _unmask_cipher_token(word.decode()) == secret else word

    return MASKED_TOKEN.sub(swap, content)


def _per_visitor(request: HttpRequest) -> bool:
    """Did rendering leave anything that belongs to this visitor only?"""
    session = getattr(request, "session", None)
    queued = getattr(getattr(request, "_messages", None), "_queued_messages", None)
    return bool(
        (session is not None and session.modified) or queued or getattr(request, "_csp_nonce", None)
    )


class AnonymousPageCacheMiddleware(MiddlewareMixin):
    """Answers cached public pages to visitors without a session; stores the others."""

    def process_view(self, request: HttpRequest, view: Any, args: Any, kwargs: Any) -> Any:
        match = request.resolver_match
        if not seconds() or match is None or not _visitor_without_session(request):
            return None
        if match.view_name not in settings.TECHBRIDGE.get("PAGE_CACHE_VIEWS", ()):
            return None
        key = _key(request)
        try:
            stored = cache.get(key)
        except Exception:  # the cache unreachable (Redis down): the page is rendered
            log.warning("page cache unreachable", exc_info=True)
            return None
        if stored is None:
            request._page_cache_key = key  # type: ignore[attr-defined]
            return None
        content, headers = stored
        response = HttpResponse(content.replace(TOKEN_PLACEHOLDER, get_token(request).encode()))
        for name, value in headers.items():
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        key = getattr(request, "_page_cache_key", None)
        if key is None or response.status_code != 200 or response.streaming:
            return response
        if response.cookies or _per_visitor(request):
            return response
        content = _with_placeholder(request, response.content)
        if content is not None:
            headers = {h: response[h] for h in HEADERS if h in response}
            try:
                cache.set(key, (content, headers), seconds())
            except Exception:
                return response
            response["X-Page-Cache"] = "miss"
        return response
