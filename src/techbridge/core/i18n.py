"""Language helpers the apps share: lists joined the way each language joins them, and text
rendered in someone else's language (a notification or an e-mail in its recipient's)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import reduce
from typing import Any, Literal

from django.conf import settings
from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import pgettext

# Text that can be rendered later: a plain string (user content, already final), a lazy
# translation, or a function building the sentence in the language active when it is called.
LocalisedText = str | Promise | Callable[[], Any]

ListStyle = Literal["words", "clauses", "sentences", "and"]


def join_list(items: Iterable[Any], *, style: ListStyle = "words") -> str:
    """Join items as the active language does: "words" for short items ("a, b" / "a、b"),
    "clauses" for items that contain commas themselves ("a; b" / "a；b"), "sentences" for
    whole sentences ("A. B." / "甲。乙。"), "and" for a sentence's last pair ("a, b and c" /
    "a、b和c")."""
    parts = [s for s in (str(i) for i in items) if s]
    if style == "clauses":
        return pgettext("list separator between clauses", "; ").join(parts)
    if style == "sentences":
        # A pattern rather than a separator: Chinese puts nothing between sentences, and an
        # empty translation would mean "untranslated".
        pair = pgettext("two sentences in a row", "%(first)s %(second)s")
        return reduce(lambda a, b: pair % {"first": a, "second": b}, parts) if parts else ""
    words = pgettext("list separator between words", ", ").join
    if style == "and" and len(parts) > 1:
        last = pgettext("a list and its last item", "%(list)s and %(last)s")
        return last % {"list": words(parts[:-1]), "last": parts[-1]}
    return words(parts)


def language_of(user: Any) -> str:
    """The language to write to a user in (their preference, else the site's default)."""
    code = getattr(user, "preferred_language", "") or ""
    return code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


@contextmanager
def language(code: str | None) -> Iterator[None]:
    """Render in `code` (a known language), else in the site's default language."""
    known = code if code in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE
    with translation.override(known):
        yield


def render(text: LocalisedText, code: str | None = None) -> str:
    """The text as a string, in language `code` when given (else the active one)."""
    if code is not None:
        with language(code):
            return render(text)
    return str(text() if callable(text) else text)
