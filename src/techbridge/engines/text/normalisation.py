"""Text normalisation: one canonical form for everything the analysers see."""

from __future__ import annotations

import re
import unicodedata

import zhconv

# C0/C1 control characters other than tab and newline, plus lone UTF-16 surrogates (which a
# Python str can carry but no encoder accepts), plus the byte-order mark.
_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufeff]")
# The Chinese characters (CJK unified ideographs, extension A, compatibility ideographs), as
# the body of a regular-expression character class: every pattern of the project uses it.
HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN = re.compile(rf"[{HAN}]")


def normalise(text: str) -> str:
    """Return ``text`` in the canonical form used for indexing, matching and display of snippets.

    NFKC (full-width letters and digits become ASCII, compatibility ideographs become ordinary
    ones), traditional Chinese folded to simplified with mainland vocabulary (軟體 -> 软件),
    NUL bytes, control characters and lone surrogates removed, runs of whitespace collapsed to
    one space. Never raises on any ``str``.
    """
    if not text:
        return ""
    # Surrogates must go before NFKC: normalisation leaves them alone but later encoders choke.
    text = _JUNK.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    if _HAN.search(text):
        text = zhconv.convert(text, "zh-cn")
    return " ".join(text.split())


def has_han(text: str) -> bool:
    """Whether ``text`` holds at least one Chinese character."""
    return _HAN.search(text) is not None
