"""Index and query terms for mixed Chinese/English text.

Chinese runs are segmented by jieba in search mode (a long word comes with the dictionary
words inside it, so 电池回收 meets 锂电池回收), with the taxonomy's vocabulary added to the
dictionary; Latin runs are lower-cased, stripped of stop words and Snowball-stemmed. Both
analyses are deterministic; jieba is initialised once, lazily and silently.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

import snowballstemmer
from snowballstemmer.basestemmer import BaseStemmer

from techbridge.engines.text.normalisation import HAN, normalise
from techbridge.engines.text.stopwords import CHINESE_STOP_WORDS, ENGLISH_STOP_WORDS
from techbridge.engines.text.taxonomy import field_terms

if TYPE_CHECKING:
    import jieba

QUERY_MAX_CHARS = 500

_RUNS = re.compile(rf"([{HAN}]+)|([^\W_{HAN}]+)")
_HAN_RUN = re.compile(rf"[{HAN}]+")

_lock = threading.Lock()
_tokenizer: jieba.Tokenizer | None = None
_extra_words: list[str] = []
# A Snowball stemmer keeps the word being stemmed on the object: one per thread (web
# processes serve several threads), never shared (tests/engines/text/test_stem_threads.py).
_local = threading.local()


def _stemmer() -> BaseStemmer:
    stemmer: BaseStemmer | None = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("english")
    return stemmer


def add_chinese_words(words: list[str]) -> None:
    """Teach the segmenter extra Chinese words (before or after its first use)."""
    han = [w for w in words if _HAN_RUN.fullmatch(w)]
    with _lock:
        _extra_words.extend(han)
        if _tokenizer is not None:
            for w in han:
                _tokenizer.add_word(w)


def _segmenter() -> jieba.Tokenizer:
    global _tokenizer
    if _tokenizer is None:
        with _lock:
            if _tokenizer is None:
                import jieba

                jieba.setLogLevel(logging.WARNING)
                tok = jieba.Tokenizer()
                tok.initialize()
                for term in [*field_terms(), *_extra_words]:
                    for run in _HAN_RUN.findall(term):
                        if len(run) > 1:
                            tok.add_word(run)
                _tokenizer = tok
    return _tokenizer


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem of a lower-case English word."""
    return str(_stemmer().stemWord(word))


@lru_cache(maxsize=16384)
def accurate_words(run: str) -> tuple[str, ...]:
    """jieba's accurate-mode words of a run of Chinese characters (memoised: matching cuts
    the same runs for its index, its pivot and its explanations)."""
    return tuple(_segmenter().cut(run, HMM=True))


def chinese_words(run: str) -> list[str]:
    """Search-mode segmentation of a run of Chinese characters, stop words removed.

    The same words as jieba's ``cut_for_search`` (each word preceded by the dictionary
    2- and 3-character words inside it), from one memoised accurate-mode cut.
    """
    freq = _segmenter().FREQ
    out: list[str] = []
    for word in accurate_words(run):
        if len(word) > 2:
            out.extend(g for i in range(len(word) - 1) if freq.get(g := word[i : i + 2]))
        if len(word) > 3:
            out.extend(g for i in range(len(word) - 2) if freq.get(g := word[i : i + 3]))
        out.append(word)
    return [
        w for w in out if w not in CHINESE_STOP_WORDS and (len(w) > 1 or w in SINGLE_CHAR_WORDS)
    ]


# Single characters that are whole technical words on their own (a stray 的 is not).
SINGLE_CHAR_WORDS_TEXT = "钢 铁 铜 铝 锂 镁 钛 锌 镍 钴 硅 碳 氢 氧 氮 磷 硫 盐 酶 菌 药 茶 米 油 气 煤 电 光 热 水 肥 鱼 猪 牛 羊 鸡"
SINGLE_CHAR_WORDS = frozenset(SINGLE_CHAR_WORDS_TEXT.split())


def english_word(token: str) -> str | None:
    """The index form of one non-Chinese token or None for a stop word.

    English (ASCII) words are lower-cased and stemmed; words of other scripts are only
    case-folded, so that other languages still match lexically.
    """
    lowered = token.lower()
    if not lowered.isascii():
        return token.casefold()
    if lowered in ENGLISH_STOP_WORDS or (len(lowered) == 1 and not lowered.isdigit()):
        return None
    if lowered.isdigit():
        return lowered
    return stem(lowered)


def analyse(text: str) -> list[str]:
    """Terms of already-normalised ``text`` in reading order (no normalisation, no cap)."""
    out: list[str] = []
    for han, latin in _RUNS.findall(text):
        if han:
            out.extend(chinese_words(han))
        else:
            term = english_word(latin)
            if term is not None:
                out.append(term)
    return out


def index_terms(text: str) -> list[str]:
    """Terms to put in a full-text index for ``text`` (any mix of Chinese and English).

    Normalises first (so traditional and full-width text index like simplified and ASCII),
    keeps reading order and repetitions (term frequencies matter to BM25). Never raises.
    """
    return analyse(normalise(text))


def query_terms(text: str) -> list[str]:
    """Terms of a search query: the analysis of :func:`index_terms`, on its first 500 chars.

    A compound Chinese query word comes with its dictionary parts (电池回收 -> 电池, 回收,
    电池回收), so combine the terms with OR and rank (BM25) rather than requiring all of them.
    """
    return analyse(normalise(text[: QUERY_MAX_CHARS * 2])[:QUERY_MAX_CHARS])
