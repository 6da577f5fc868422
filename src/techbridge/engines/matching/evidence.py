"""Which words of two profiles show the concept they share: explanations are evidence.

A concept is named only when each profile's own text contains it in its own language: the
same word on both sides (a Chinese word, or an English word up to its stem: "battery" and
"batteries"), or an English word in one text and, in the other, a Chinese word whose
*chosen* sense glosses it (the sense the matching used for that text, so a dictionary
translation that neither text contains -- 筋疲力尽 for "spent" -- never appears). Generic
words and places never explain (``CONCEPT_STOP_WORDS_*``). At most five concepts, ranked by
their contribution to the pivot channel's BM25 score (IDF x query weight x the
candidate's term impact).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from techbridge.engines.matching.crosslingual import concepts as text_concepts
from techbridge.engines.matching.lexical import BM25Index
from techbridge.engines.matching.types import Concept, ProfileDoc
from techbridge.engines.text.analysis import english_word
from techbridge.engines.text.lexicon import lexicon
from techbridge.engines.text.normalisation import has_han
from techbridge.engines.text.stopwords import CONCEPT_STOP_WORDS_EN, CONCEPT_STOP_WORDS_ZH

if TYPE_CHECKING:
    from techbridge.engines.matching.indexing import AnalysedProfile, ProfileIndex

LIMIT = 5
_EXAMINED = 12  # concepts examined per result (by contribution) to find LIMIT with evidence
_SYNONYMS = 30  # Chinese words of the vocabulary tried per English stem
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)


class Glosser(Protocol):
    def gloss(self, word: str) -> tuple[str, ...]: ...

    def english_name(self, word: str) -> str: ...


@dataclass(frozen=True, slots=True)
class QueryConcept:
    """A concept of the query: its own word (a Chinese word, or an English surface form and
    its stem) and the pivot stems it is glossed by."""

    key: str
    surface: str
    stems: tuple[str, ...]

    @property
    def chinese(self) -> bool:
        return has_han(self.key)


@lru_cache(maxsize=1)
def _stop_stems() -> frozenset[str]:
    return frozenset(s for w in CONCEPT_STOP_WORDS_EN if (s := english_word(w)) is not None)


def is_stop_concept(key: str, stems: tuple[str, ...]) -> bool:
    """Generic words and places (a Chinese word also when all its glosses are such)."""
    stop = _stop_stems()
    if has_han(key):
        return key in CONCEPT_STOP_WORDS_ZH or (bool(stems) and all(s in stop for s in stems))
    return key in stop


def query_concepts(found: dict[str, tuple[str, str, tuple[str, ...]]]) -> list[QueryConcept]:
    """The query's concepts (from :func:`crosslingual.concepts`) that may explain."""
    out = []
    for key, (en, zh, stems) in found.items():
        if is_stop_concept(key, stems):
            continue
        surface = zh if has_han(key) else en
        out.append(QueryConcept(key=key, surface=surface, stems=stems))
    return out


class InverseGlosses:
    """English stem -> the Chinese words of an index's vocabulary glossed by it (by the same
    glosser as the index's pivot terms), kept up to date as the vocabulary grows."""

    def __init__(self) -> None:
        self._seen = 0
        self._words: dict[str, list[str]] = {}

    def words(self, native: BM25Index, glosser: Glosser, stem: str) -> list[str]:
        new = native.vocabulary(self._seen)
        if new:
            self._seen += len(new)
            for word in new:
                if len(word) > 1 and has_han(word) and word not in CONCEPT_STOP_WORDS_ZH:
                    for s in glosser.gloss(word):
                        self._words.setdefault(s, []).append(word)
        return self._words.get(stem, [])[:_SYNONYMS]


def shown_concepts(
    index: ProfileIndex, qa: AnalysedProfile, positions: list[int]
) -> list[tuple[Concept, ...]]:
    """For each result position, the concepts that the query (analysed as ``qa``) and that
    result both contain, best first (at most :data:`LIMIT`)."""
    found = text_concepts(qa.text[:3000], normalised=True, senses=index.senses)
    mine = query_concepts(found)
    stems = sorted({s for c in mine for s in c.stems})
    idf = {s: index._pivot.idf(s) for s in stems}
    known = [(s, t) for s in stems if (t := index._pivot.term_id(s)) is not None]
    # Each result's BM25 impact of the query's concept stems (pivot postings).
    impacts = index._pivot.impacts([t for _, t in known], positions)
    counts = Counter(qa.pivot)
    chosen = []
    for row in impacts.tolist():
        here = {s: v for (s, _), v in zip(known, row, strict=True) if v}
        chosen.append(ranked(mine, here, idf, counts))
    glosser: Glosser = index.senses if index.senses is not None else lexicon()
    union = list({c.key: c for row in chosen for c in row}.values())
    terms = needed_terms(union, index._native, index._inverse, glosser)
    words = sorted({w for ws in terms.values() for w in ws})
    present = [(w, t) for w in words if (t := index._native.term_id(w)) is not None]
    contained = index._native.contains([t for _, t in present], positions)
    out = []
    for pos, row, mask in zip(positions, chosen, contained.tolist(), strict=True):
        has = {w for (w, _), yes in zip(present, mask, strict=True) if yes}
        doc = index._docs[pos]
        assert doc is not None
        out.append(evidenced(row, terms, has, doc, glosser))
    return out


def ranked(
    concepts: list[QueryConcept],
    impacts: dict[str, float],
    idf: dict[str, float],
    query_counts: Counter[str],
) -> list[QueryConcept]:
    """The concepts with a stem the candidate contains (``impacts``: its BM25 impact per
    pivot stem), by contribution (IDF x query weight x impact), ties in text order."""
    scored = []
    for i, c in enumerate(concepts):
        best = max(
            (
                idf.get(s, 0.0) * (1.0 + math.log(max(query_counts[s], 1))) * impacts[s]
                for s in c.stems
                if impacts.get(s, 0.0) > 0.0
            ),
            default=0.0,
        )
        if best > 0.0:
            scored.append((-best, i, c))
    scored.sort(key=lambda t: (t[0], t[1]))
    return [c for _, _, c in scored[:_EXAMINED]]


def needed_terms(
    concepts: list[QueryConcept], native: BM25Index, inverse: InverseGlosses, glosser: Glosser
) -> dict[str, list[str]]:
    """For each concept key, the candidate's native terms that would show it: the same word,
    then its glosses (English words) or its Chinese translations in the vocabulary."""
    out: dict[str, list[str]] = {}
    for c in concepts:
        if c.chinese:
            out[c.key] = [c.key, *c.stems]
        else:
            out[c.key] = [c.key, *inverse.words(native, glosser, c.key)]
    return out


def evidenced(
    concepts: list[QueryConcept],
    terms: dict[str, list[str]],
    has: set[str],
    candidate: ProfileDoc,
    glosser: Glosser,
) -> tuple[Concept, ...]:
    """Up to :data:`LIMIT` concepts, each with the word of each side (``has``: the
    candidate's native terms among ``terms``); concepts without evidence are left out."""
    out: list[Concept] = []
    used: set[str] = set()
    for c in concepts:
        shown = _shown(c, terms[c.key], has, candidate, glosser)
        if shown is None or shown.en.lower() in used or shown.zh in used:
            continue
        used.update(x for x in (shown.en.lower(), shown.zh) if x)
        out.append(shown)
        if len(out) == LIMIT:
            break
    return tuple(out)


def _shown(
    c: QueryConcept, terms: list[str], has: set[str], candidate: ProfileDoc, glosser: Glosser
) -> Concept | None:
    if c.key in has:  # the same word on both sides
        return _concept(en="", zh=c.key) if c.chinese else _concept(en=c.surface, zh="")
    if not c.chinese:  # an English word here, its chosen translation there
        return next((_concept(en=c.surface, zh=t) for t in terms[1:] if t in has), None)
    name = glosser.english_name(c.key).strip().lower()
    words = [english_word(w) for w in name.split()]
    if len(words) > 1 and all(w is not None and w in has for w in words):
        return _concept(en=name, zh=c.key)  # each word of the gloss is in the other text
    for term in terms[1:]:
        english = _english_form(term, candidate, name) if term in has else ""
        if english:
            return _concept(en=english, zh=c.key)
    return None


def _english_form(stem: str, doc: ProfileDoc, name: str) -> str:
    """The word of the candidate's text with this stem (its title, summary or keywords; the
    index keeps no descriptions), else the gloss when it is that one word ("" if neither)."""
    for text in (doc.title, doc.summary, *doc.keywords):
        for word in _WORDS.findall(text):
            if word.isascii() and english_word(word.lower()) == stem:
                return str(word).lower()
    if name and " " not in name and english_word(name) == stem:
        return name
    return ""


@lru_cache(maxsize=65536)
def _concept(en: str, zh: str) -> Concept:
    """One shared (immutable) Concept per name pair: the same concepts explain many results."""
    return Concept(en=en, zh=zh)
