"""Cross-lingual search: the matching engine's bilingual dictionary (CC-CEDICT, in
`engines.text.lexicon`) turns a query into groups of terms in the other language, so that a
Chinese query finds English profiles and the reverse. Plugged in through the one hook search
has for it (`TECHBRIDGE["SEARCH_QUERY_EXPANDER"]`, see `search.expansion`)."""

from __future__ import annotations

import itertools
import re

from techbridge.engines.text import normalise, query_terms
from techbridge.engines.text.analysis import accurate_words, chinese_words, english_word
from techbridge.engines.text.lexicon import lexicon
from techbridge.engines.text.stopwords import CHINESE_STOP_WORDS

_RUNS = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff]+)|([^\W_\u3400-\u4dbf\u4e00-\u9fff]+)")
MAX_SLOTS = 4  # words of the query that must all be matched (in translation)
PER_SLOT = 3  # translations tried per word
MAX_GROUPS = 24


class DictionaryExpander:
    """Word-by-word translation of a query into alternative term groups.

    Each word of the query becomes a "slot" holding its translations; a group takes one
    translation per slot, and a profile matching every term of a group matches the query."""

    def expand(self, text: str, terms: list[str]) -> list[list[str]]:
        slots = self._slots(normalise(text)[:500])
        # Only a query whose every word translates is expanded: a half-translated query
        # ("wastewater treatment" -> only 待遇, "pay") would find unrelated profiles.
        if not slots or any(not slot for slot in slots):
            return []
        groups = itertools.islice(itertools.product(*slots[:MAX_SLOTS]), MAX_GROUPS)
        return [list(dict.fromkeys(group)) for group in groups]

    def _slots(self, text: str) -> list[list[str]]:
        slots: list[list[str]] = []
        for han, other in _RUNS.findall(text):
            if han:
                slots.extend(self._chinese_slots(han))
            elif english_word(other) is not None and not other.isdigit():
                slots.append(self._english_slot(other))
        return slots

    def _chinese_slots(self, run: str) -> list[list[str]]:
        lex = lexicon()
        out: list[list[str]] = []
        for word in accurate_words(run):
            if word in CHINESE_STOP_WORDS or len(word) < 2:
                continue
            stems = list(lex.gloss(word))
            if stems:
                out.append(list(dict.fromkeys(stems))[:PER_SLOT])
                continue
            # A word the dictionary lacks (e.g. a taxonomy term) is read through its parts.
            parts = [p for p in chinese_words(word) if p != word and len(p) > 1]
            glossed = [list(dict.fromkeys(lex.gloss(p)))[:PER_SLOT] for p in parts]
            out.extend(glossed if glossed else [[]])
        return out

    def _english_slot(self, word: str) -> list[str]:
        stem = english_word(word)
        if stem is None or stem.isdigit():
            return []
        slot: list[str] = []
        for chinese in lexicon().chinese_for(stem)[:PER_SLOT]:
            indexed = query_terms(chinese)
            if indexed:
                # the whole word when the segmenter knows it, else its longest part
                slot.append(max(indexed, key=len))
        return list(dict.fromkeys(slot))
