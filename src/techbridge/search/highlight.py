"""Highlighted snippets: the text is escaped first, then the words that match the query are
wrapped in <mark> (so a profile's text can never inject markup)."""

from __future__ import annotations

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from techbridge.engines.text import index_terms, normalise
from techbridge.engines.text.normalisation import HAN

_TOKENS = re.compile(rf"[{HAN}]+|[^\W_]+")
_HAN = re.compile(rf"[{HAN}]")
_HAN_ONLY = re.compile(rf"[{HAN}]+")


def _spans(text: str, terms: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of ``text`` (normalised) that match one of the index ``terms``."""
    spans: list[tuple[int, int]] = []
    han = _han_pattern(terms)
    if han is not None:  # every occurrence of every Chinese term (overlaps merge below)
        spans.extend((m.start(), m.start() + len(m.group(1))) for m in han.finditer(text))
    # A word's stem starts like the word (battery -> batteri): only words sharing their first
    # three letters with a query term are analysed.
    prefixes = {t[:3] for t in terms if not _HAN.search(t)}
    if prefixes:
        for m in _TOKENS.finditer(text):
            token = m.group()
            if _HAN.match(token):
                continue
            if token[:3].lower() in prefixes and any(t in terms for t in _token_terms(token)):
                spans.append(m.span())
    return _merged(spans)


@lru_cache(maxsize=1024)
def _han_pattern(terms: frozenset[str]) -> re.Pattern[str] | None:
    """One pattern for the Chinese terms: at each position the longest term that starts
    there (a lookahead, so overlapping occurrences are all found)."""
    han = sorted((t for t in terms if _HAN_ONLY.fullmatch(t)), key=len, reverse=True)
    if not han:
        return None
    return re.compile("(?=(" + "|".join(re.escape(t) for t in han) + "))")


@lru_cache(maxsize=65536)
def _token_terms(token: str) -> tuple[str, ...]:
    return tuple(index_terms(token))


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _render(text: str, spans: list[tuple[int, int]]) -> SafeString:
    parts, pos = [], 0
    for start, end in spans:
        parts.append(escape(text[pos:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        pos = end
    parts.append(escape(text[pos:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped above


def highlight(text: str, terms: frozenset[str]) -> SafeString:
    """All of ``text``, escaped, with its matching words marked."""
    text = normalise(text)
    return _render(text, _spans(text, terms) if terms else [])


def snippet(text: str, terms: frozenset[str], width: int = 200) -> SafeString:
    """A window of about ``width`` characters around the first match (or the start)."""
    text = normalise(text)
    spans = _spans(text, terms) if terms else []
    start = 0
    if spans:
        start = max(0, spans[0][0] - width // 4)
    end = min(len(text), start + width)
    window = [
        (max(s, start) - start, min(e, end) - start) for s, e in spans if s < end and e > start
    ]
    body = _render(text[start:end], window)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(escape(prefix) + body + escape(suffix))  # noqa: S308
