"""Which English sense glosses a Chinese word: the one the multilingual encoder puts
closest to the word itself.

CC-CEDICT lists many senses for common words, in an order that is not the technical one
(加工: "to process; processing; working (of machinery)"; 过程: "course of events; process").
Glossing with the first senses (the lexicon's default) adds the stems of unrelated senses
to the shared English space. With an encoder whose Chinese and English vectors share one
space (USE-m3), each word with several senses is glossed by the sense whose vector is the
most similar to the word's own vector: the best translation of the word, chosen once per
word and process (a word's choice does not depend on the text it occurs in).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence

import numpy as np
import numpy.typing as npt

from techbridge.engines.text.lexicon import MAX_STEMS_PER_WORD, Lexicon, lexicon

Encode = Callable[[Sequence[str]], npt.NDArray[np.float32]]


class SenseChooser:
    """Glosses Chinese words with the sense closest to them (``encode`` gives normalised
    vectors, e.g. an encoder's ``encode_queries``). Words are embedded in batches by
    :meth:`prepare` (each word and its senses once per process); :meth:`gloss` of a word
    not prepared, or with a single sense, is the lexicon's."""

    def __init__(self, encode: Encode, lex: Lexicon | None = None) -> None:
        self._encode = encode
        self._lex = lex
        self._chosen: dict[str, tuple[str, tuple[str, ...]]] = {}
        self._lock = threading.Lock()

    @property
    def lexicon(self) -> Lexicon:
        if self._lex is None:
            self._lex = lexicon()
        return self._lex

    def prepare(self, words: Iterable[str]) -> None:
        """Choose the sense of each word with several that has not been chosen yet (one
        encoder call for all of them)."""
        lex = self.lexicon
        todo = [w for w in dict.fromkeys(words) if w not in self._chosen and lex.senses(w)]
        if not todo:
            return
        texts: list[str] = []
        for word in todo:
            texts.append(word)
            texts.extend(display for display, _ in lex.senses(word))
        vectors = np.asarray(self._encode(texts), dtype=np.float32)
        chosen: dict[str, tuple[str, tuple[str, ...]]] = {}
        at = 0
        for word in todo:
            senses = lex.senses(word)
            own = vectors[at]
            similarity = vectors[at + 1 : at + 1 + len(senses)] @ own
            at += 1 + len(senses)
            # the first of equally close senses (argmax): deterministic
            display, stems = senses[int(np.argmax(similarity))]
            chosen[word] = (display, stems[:MAX_STEMS_PER_WORD])
        with self._lock:
            self._chosen.update(chosen)

    def gloss(self, word: str) -> tuple[str, ...]:
        """English stems of the word's chosen sense (the lexicon's gloss if none was)."""
        found = self._chosen.get(word)
        return found[1] if found is not None else self.lexicon.gloss(word)

    def english_name(self, word: str) -> str:
        """A short English rendering: the chosen sense's text (else the lexicon's)."""
        found = self._chosen.get(word)
        return found[0] if found is not None else self.lexicon.english_name(word)
