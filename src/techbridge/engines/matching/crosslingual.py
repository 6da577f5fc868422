"""Cross-lingual representation: a shared English "pivot" vocabulary plus dense vectors."""

from __future__ import annotations

import re
from functools import lru_cache

from techbridge.engines.text.analysis import (
    SINGLE_CHAR_WORDS,
    accurate_words,
    chinese_words,
    english_word,
)
from techbridge.engines.text.lexicon import lexicon
from techbridge.engines.text.normalisation import HAN, normalise
from techbridge.engines.text.stopwords import CHINESE_STOP_WORDS

_RUNS = re.compile(rf"([{HAN}]+)|([^\W_{HAN}]+)")


@lru_cache(maxsize=8192)
def _gloss_run(run: str) -> tuple[str, ...]:
    lex = lexicon()
    out: list[str] = []
    for word in accurate_words(run):
        if word in CHINESE_STOP_WORDS or (len(word) == 1 and word not in SINGLE_CHAR_WORDS):
            continue
        stems = lex.gloss(word)
        if stems:
            out.extend(stems)
        elif len(word) > 2:
            for part in chinese_words(word):
                if part != word:
                    out.extend(lex.gloss(part))
    return tuple(out)


def gloss_chinese(run: str) -> list[str]:
    """English stems for a run of Chinese characters, word by word through CC-CEDICT.

    A word the dictionary lacks is glossed through the dictionary words inside it.
    """
    return list(_gloss_run(run))


def pivot_terms(text: str, *, normalised: bool = False) -> list[str]:
    """Terms of ``text`` in the shared English space: English stems, Chinese glossed."""
    if not normalised:
        text = normalise(text)
    out: list[str] = []
    for han, other in _RUNS.findall(text):
        if han:
            out.extend(gloss_chinese(han))
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


def translated_terms(text: str, *, normalised: bool = False) -> list[str]:
    """Index terms of ``text``'s translation into the other language (word by word).

    Chinese words become English stems (CC-CEDICT glosses), English words become Chinese
    words; the result can be scored against a native index of both languages.
    """
    if not normalised:
        text = normalise(text)
    out: list[str] = []
    english: list[str] = []
    for han, other in _RUNS.findall(text):
        if han:
            out.extend(english_to_chinese(english))
            english = []
            out.extend(gloss_chinese(han))
        else:
            term = english_word(other)
            if term is not None:
                english.append(term)
    out.extend(english_to_chinese(english))
    return out


def concepts(text: str, *, normalised: bool = False) -> dict[str, tuple[str, str, tuple[str, ...]]]:
    """Concepts named in ``text``: key -> (English name, Chinese name, pivot stems).

    Keys are the Chinese word or the English stem, so that shared concepts can be shown to
    people in both languages; the pivot stems say which concepts two texts have in common.
    """
    if not normalised:
        text = normalise(text)
    lex = lexicon()
    out: dict[str, tuple[str, str, tuple[str, ...]]] = {}
    for han, other in _RUNS.findall(text):
        if han:
            for word in accurate_words(han):
                stems = lex.gloss(word)
                if len(word) > 1 and stems and word not in CHINESE_STOP_WORDS:
                    out.setdefault(word, (lex.english_name(word), word, stems))
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

    def __init__(self, encoder: object | None = None) -> None:
        self._encoder = encoder

    def expand(self, text: str) -> list[str]:
        """Index terms of ``text`` followed by those of its word-by-word translation."""
        from techbridge.engines.text import query_terms

        normalised = normalise(text)[:500]
        own = query_terms(normalised)
        seen = set(own)
        extra = [t for t in translated_terms(normalised, normalised=True) if t not in seen]
        return own + list(dict.fromkeys(extra))

    def translate(self, text: str) -> list[str]:
        """Only the other-language terms of ``text`` (word-by-word through CC-CEDICT)."""
        return list(dict.fromkeys(translated_terms(normalise(text)[:500], normalised=True)))

    def embed(self, text: str) -> list[float] | None:
        """The query's normalised dense vector, or None without an encoder."""
        if self._encoder is None:
            return None
        encode = getattr(self._encoder, "encode_queries")  # noqa: B009 - duck-typed Encoder
        return [float(x) for x in encode([normalise(text)[:600]])[0]]
