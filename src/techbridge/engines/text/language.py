"""Language detection for the two languages the platform analyses (Chinese and English)."""

from __future__ import annotations

import re

from techbridge.engines.text.normalisation import HAN
from techbridge.engines.text.stopwords import ENGLISH_STOP_WORDS

_HAN = re.compile(rf"[{HAN}]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uac00-\ud7af\u1100-\u11ff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
_OTHER_LETTER = re.compile(rf"[^\W\d_A-Za-z{HAN}]")

# The most frequent function words of the other large Latin-script languages: a text full of
# them is not English even though its letters are.
_FOREIGN_FUNCTION_WORDS_TEXT = (
    "der die das und ist nicht mit für von den dem ein eine zu auf auch sich "
    "le la les des est une pour dans sur pas qui que du avec sont aux "
    "el los las del por con para una es lo como más pero sus "
    "il di che è della per non sono gli nel alla "
    "de het een van zijn niet met voor ook "
    "do da em os um uma não com são"
)
_FOREIGN_FUNCTION_WORDS = frozenset(_FOREIGN_FUNCTION_WORDS_TEXT.split())


def detect_language(text: str) -> str:
    """Return ``"zh"``, ``"en"`` or ``"other"`` for ``text`` (``"other"`` when undecidable).

    Chinese wins when its characters outnumber the Latin words (Chinese technical text is full
    of English acronyms); Japanese and Korean are told apart by their kana and hangul; a Latin
    text is English unless the function words of another European language dominate it.
    """
    han = len(_HAN.findall(text))
    kana = len(_KANA_HANGUL.findall(text))
    words = _LATIN_WORD.findall(text)
    if kana and kana * 5 >= han:
        return "other"
    if han and han >= len(words):
        return "zh"
    if not words:
        return "other"
    latin_letters = sum(len(w) for w in words)
    if len(_OTHER_LETTER.findall(text)) > latin_letters:
        return "other"
    lowered = [w.lower() for w in words]
    english = sum(1 for w in lowered if w in ENGLISH_STOP_WORDS)
    foreign = sum(1 for w in lowered if w in _FOREIGN_FUNCTION_WORDS)
    if foreign >= 2 and foreign > english:
        return "other"
    return "en"
