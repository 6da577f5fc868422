"""How matchable a listing is, from what the matching engine uses: the description's length
and specificity, the technical terms it recognises, the title, TRL, IP, partnership types and
sectors. A score in [0, 100] and concrete advice, each a code with parameters (the platform
words it in the reader's language). Never blocks anything: it only advises.

A term is *specific* when matching can use it to tell profiles apart: its IDF in the index
(``idf``, from the engine's native BM25 index) is at least ``SPECIFIC_IDF`` — it occurs in
fewer than about one profile in twenty. A term the index has never seen counts as specific
when it looks like a word (two or more Chinese characters, four or more Latin letters).
Without an index, every content word of that shape counts (an optimistic estimate)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from techbridge.engines.text.analysis import SINGLE_CHAR_WORDS, accurate_words, english_word
from techbridge.engines.text.normalisation import HAN, normalise
from techbridge.engines.text.stopwords import (
    CHINESE_STOP_WORDS,
    CONCEPT_STOP_WORDS_EN,
    CONCEPT_STOP_WORDS_ZH,
)

_RUNS = re.compile(rf"([{HAN}]+)|([A-Za-z][A-Za-z0-9\-]*)")
SPECIFIC_IDF = 3.0
# Distinct content words of the whole text for full marks (a Chinese word carries more than
# an English one), and distinct specific terms.
WORDS_FULL = {"zh": 60, "en": 80}
SPECIFIC_FULL = 10
MAX_SECTORS = 3
PATENTED = ("granted_patent", "patent_pending", "utility_model")


@dataclass(frozen=True, slots=True)
class Listing:
    """What a member is writing (nothing needs to be valid yet)."""

    title: str = ""
    summary: str = ""
    description: str = ""
    keywords: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    trl: int | None = None
    ip_status: str = ""
    patent_numbers: tuple[str, ...] = ()
    partnership_types: tuple[str, ...] = ()
    lang: str = "en"


@dataclass(frozen=True, slots=True)
class Advice:
    """One check: ``points`` of ``max_points``; ``code`` names the advice when not full."""

    code: str
    points: int
    max_points: int
    params: tuple[tuple[str, str], ...] = ()

    @property
    def ok(self) -> bool:
        return self.points >= self.max_points


@dataclass(frozen=True, slots=True)
class Quality:
    score: int
    checks: tuple[Advice, ...]
    specific_terms: tuple[str, ...]

    @property
    def advice(self) -> tuple[Advice, ...]:
        """The checks not at full marks, the most points to gain first."""
        missing = [c for c in self.checks if not c.ok]
        return tuple(sorted(missing, key=lambda c: c.points - c.max_points))


def _words(text: str) -> list[tuple[str, str]]:
    """(surface form, index term) of the content words of ``text``, in reading order."""
    out: list[tuple[str, str]] = []
    for han, latin in _RUNS.findall(normalise(text)):
        if han:
            for word in accurate_words(han):
                if word in CHINESE_STOP_WORDS or word in CONCEPT_STOP_WORDS_ZH:
                    continue
                if len(word) > 1 or word in SINGLE_CHAR_WORDS:
                    out.append((word, word))
        else:
            term = english_word(latin)
            if term is not None and latin.lower() not in CONCEPT_STOP_WORDS_EN:
                out.append((latin, term))
    return out


def _specific(surface: str, term: str, idf: Callable[[str], float] | None) -> bool:
    shaped = len(surface) >= 2 if re.match(rf"[{HAN}]", surface) else len(surface) >= 4
    if not shaped or surface.isdigit():
        return False
    return idf is None or idf(term) >= SPECIFIC_IDF


def _scaled(value: int, full: int, points: int) -> int:
    return round(points * min(1.0, value / full)) if full else points


def assess(listing: Listing, *, idf: Callable[[str], float] | None = None) -> Quality:
    """The listing's quality for matching, with advice."""
    lang = "zh" if listing.lang == "zh" else "en"
    body = " ".join(
        (listing.title, listing.summary, " ".join(listing.keywords), listing.description)
    )
    words = _words(body)
    distinct = {term: surface for surface, term in words}
    specific = [s for t, s in distinct.items() if _specific(s, t, idf)]
    title_specific = {t for s, t in _words(listing.title) if _specific(s, t, idf)}
    summary_chars = len(listing.summary.strip())
    checks = [
        Advice(
            "description_short",
            _scaled(len(distinct), WORDS_FULL[lang], 25),
            25,
            (("words", str(len(distinct))), ("target", str(WORDS_FULL[lang]))),
        ),
        Advice(
            "few_specific_terms",
            _scaled(len(specific), SPECIFIC_FULL, 20),
            20,
            (("terms", ", ".join(specific[:8])), ("count", str(len(specific)))),
        ),
        Advice("title_vague", _scaled(len(title_specific), 2, 15), 15),
        Advice("summary_short", 5 if summary_chars >= (25 if lang == "zh" else 60) else 0, 5),
        Advice("few_keywords", _scaled(len(listing.keywords), 3, 5), 5),
        _sectors(listing.sectors),
        Advice("no_partnership", 10 if listing.partnership_types else 0, 10),
        Advice("no_trl", 5 if listing.trl else 0, 5),
        _ip(listing),
    ]
    return Quality(
        score=sum(c.points for c in checks), checks=tuple(checks), specific_terms=tuple(specific)
    )


def _sectors(sectors: tuple[str, ...]) -> Advice:
    n = len(set(sectors))
    if n == 0:
        return Advice("no_sector", 0, 10)
    if n > MAX_SECTORS:
        return Advice("too_many_sectors", 5, 10, (("count", str(n)),))
    return Advice("no_sector", 10, 10)


def _ip(listing: Listing) -> Advice:
    if not listing.ip_status:
        return Advice("no_ip", 0, 5)
    if listing.ip_status in PATENTED and not listing.patent_numbers:
        return Advice("no_patent_numbers", 3, 5)
    return Advice("no_ip", 5, 5)
