"""Cross-lingual representation: a shared English "pivot" vocabulary plus dense vectors."""

from __future__ import annotations

import re
from functools import lru_cache

from techbridge.engines.matching.senses import SenseChooser
from techbridge.engines.text.analysis import (
    SINGLE_CHAR_WORDS,
    accurate_words,
    chinese_words,
    english_word,
)
from techbridge.engines.text.lexicon import Lexicon, lexicon
from techbridge.engines.text.normalisation import HAN, normalise
from techbridge.engines.text.stopwords import CHINESE_STOP_WORDS

_RUNS = re.compile(rf"([{HAN}]+)|([^\W_{HAN}]+)")


@lru_cache(maxsize=8192)
def _run_words(run: str) -> tuple[str, ...]:
    """The dictionary words glossed for a run of Chinese characters, in order: each word
    of its segmentation (stop words and lone characters left out), or, for a word the
    dictionary lacks, the words inside it."""
    lex = lexicon()
    out: list[str] = []
    for word in accurate_words(run):
        if word in CHINESE_STOP_WORDS or (len(word) == 1 and word not in SINGLE_CHAR_WORDS):
            continue
        if lex.gloss(word):
            out.append(word)
        elif len(word) > 2:
            out.extend(part for part in chinese_words(word) if part != word and lex.gloss(part))
    return tuple(out)


@lru_cache(maxsize=8192)
def _gloss_run(run: str) -> tuple[str, ...]:
    lex = lexicon()
    return tuple(stem for word in _run_words(run) for stem in lex.gloss(word))


def _glossed(runs: list[str], senses: SenseChooser | None) -> list[tuple[str, ...]]:
    """The stems of each run: the lexicon's first senses, or with ``senses`` each word's
    chosen sense (the words of all runs prepared in one batch)."""
    if senses is None:
        return [_gloss_run(run) for run in runs]
    words = [_run_words(run) for run in runs]
    senses.prepare(w for ws in words for w in ws)
    return [tuple(stem for w in ws for stem in senses.gloss(w)) for ws in words]


def gloss_chinese(run: str, senses: SenseChooser | None = None) -> list[str]:
    """English stems for a run of Chinese characters, word by word through CC-CEDICT.

    A word the dictionary lacks is glossed through the dictionary words inside it; with
    ``senses``, a word of several senses by the one chosen for it.
    """
    return list(_glossed([run], senses)[0])


def pivot_terms(
    text: str, *, normalised: bool = False, senses: SenseChooser | None = None
) -> list[str]:
    """Terms of ``text`` in the shared English space: English stems, Chinese glossed."""
    if not normalised:
        text = normalise(text)
    runs = _RUNS.findall(text)
    glossed = iter(_glossed([han for han, _ in runs if han], senses))
    out: list[str] = []
    for han, other in runs:
        if han:
            out.extend(next(glossed))
        else:
            term = english_word(other)
            if term is not None:
                out.append(term)
    return out


def english_to_chinese(stems: list[str], *, per_word: int = 2) -> list[str]:
    """Chinese words for a sequence of English stems: phrases (3, 2 words) first, then words."""
    lex = lexicon()
    out: list[str] = []
    i = 0
    while i < len(stems):
        for n in (3, 2, 1):
            if i + n <= len(stems):
                words = lex.chinese_for(" ".join(stems[i : i + n]))
                if words:
                    out.extend(words[:per_word])
                    i += n
                    break
        else:
            i += 1
    return out


def translated_terms(
    text: str, *, normalised: bool = False, senses: SenseChooser | None = None
) -> list[str]:
    """Index terms of ``text``'s translation into the other language (word by word).

    Chinese words become English stems (CC-CEDICT glosses; with ``senses``, the chosen
    sense), English words become Chinese words; the result can be scored against a native
    index of both languages.
    """
    if not normalised:
        text = normalise(text)
    runs = _RUNS.findall(text)
    glossed = iter(_glossed([han for han, _ in runs if han], senses))
    out: list[str] = []
    english: list[str] = []
    for han, other in runs:
        if han:
            out.extend(english_to_chinese(english))
            english = []
            out.extend(next(glossed))
        else:
            term = english_word(other)
            if term is not None:
                english.append(term)
    out.extend(english_to_chinese(english))
    return out


def concepts(
    text: str, *, normalised: bool = False, senses: SenseChooser | None = None
) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Concepts named in ``text``: key -> (English name, Chinese name, pivot stems).

    Keys are the Chinese word or the English stem, so that shared concepts can be shown to
    people in both languages; the pivot stems say which concepts two texts have in common
    (with ``senses``, those of the chosen sense, as in :func:`pivot_terms`).
    """
    if not normalised:
        text = normalise(text)
    lex = lexicon()
    runs = _RUNS.findall(text)
    if senses is not None:
        senses.prepare(w for han, _ in runs if han for w in accurate_words(han))
    glosser: Lexicon | SenseChooser = senses if senses is not None else lex
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for han, other in runs:
        if han:
            for word in accurate_words(han):
                stems = glosser.gloss(word)
                if len(word) > 1 and stems and word not in CHINESE_STOP_WORDS:
                    out.setdefault(word, (glosser.english_name(word), word, stems))
        else:
            stem = english_word(other)
            if stem is not None and not stem.isdigit() and stem not in out:
                zh = lex.chinese_for(stem)
                out[stem] = (other.lower(), zh[0] if zh else "", (stem,))
    return out


class CrossLingual:
    """What search needs to cross the language barrier, in one object.

    ``expand`` adds the other language's words to a query's terms (index terms of the same
    analysis, so they can be OR-ed into a full-text query); ``embed`` gives the query's dense
    vector in the space shared by both languages (None when no encoder is configured).
    """

    def __init__(self, encoder: object | None = None, senses: SenseChooser | None = None) -> None:
        self._encoder = encoder
        self._senses = senses

    def expand(self, text: str) -> list[str]:
        """Index terms of ``text`` followed by those of its word-by-word translation."""
        from techbridge.engines.text import query_terms

        normalised = normalise(text)[:500]
        own = query_terms(normalised)
        seen = set(own)
        translated = translated_terms(normalised, normalised=True, senses=self._senses)
        extra = [t for t in translated if t not in seen]
        return own + list(dict.fromkeys(extra))

    def translate(self, text: str) -> list[str]:
        """Only the other-language terms of ``text`` (word-by-word through CC-CEDICT)."""
        text = normalise(text)[:500]
        return list(dict.fromkeys(translated_terms(text, normalised=True, senses=self._senses)))

    def embed(self, text: str) -> list[float] | None:
        """The query's normalised dense vector, or None without an encoder."""
        if self._encoder is None:
            return None
        encode = getattr(self._encoder, "encode_queries")  # noqa: B009 - duck-typed Encoder
        return [float(x) for x in encode([normalise(text)[:600]])[0]]
