"""Every word in the reader's language (issue 18): each string the code marks for translation
(``_()``, ``gettext[_lazy]()``, ``pgettext[_lazy]()`` in Python; ``{% translate %}`` in
templates) has a Chinese entry in the compiled catalogues. A string added without its
translation fails here, whichever app it is in. (``blocktranslate`` blocks and plural forms
are left to the page walks of the browser tests.)"""

from __future__ import annotations

import re
from pathlib import Path

from django.utils.translation import trans_real

import techbridge

SRC = Path(techbridge.__file__).parent
DOCSTRING = re.compile(r'"""[\s\S]*?"""')
PY_CALL = re.compile(
    r"""\b(?:_|gettext|gettext_lazy|pgettext|pgettext_lazy)\(\s*"""
    r"""(?:(["'])((?:\\.|(?!\1).)*)\1\s*,\s*)?(["'])((?:\\.|(?!\3).)*)\3\s*[,)]"""
)
TEMPLATE_TAG = re.compile(
    r"""\{%\s*(?:translate|trans)\s+(["'])((?:(?!\1).)*)\1"""
    r"""(?:\s+context\s+(["'])((?:(?!\3).)*)\3)?"""
)


def _python_strings(text: str) -> list[tuple[str | None, str]]:
    found = []
    for m in PY_CALL.finditer(DOCSTRING.sub("", text)):
        message = m.group(4)
        if "\\" in message:
            message = message.encode("latin-1", "backslashreplace").decode("unicode_escape")
        found.append((m.group(2), message))
    return found


def _template_strings(text: str) -> list[tuple[str | None, str]]:
    # A template's "%" is doubled in the catalogue: compare those through the page walks.
    return [(m.group(4), m.group(2)) for m in TEMPLATE_TAG.finditer(text) if "%" not in m.group(2)]


def marked_strings() -> list[tuple[str, str | None, str]]:
    out = []
    for path in sorted(SRC.rglob("*")):
        if "migrations" in path.parts or path.suffix not in {".py", ".html", ".txt"}:
            continue
        text = path.read_text(encoding="utf-8")
        pairs = _python_strings(text) if path.suffix == ".py" else _template_strings(text)
        out += [(str(path.relative_to(SRC)), context, message) for context, message in pairs]
    return out


def test_the_scan_finds_the_marked_strings() -> None:
    found = {message for _path, _context, message in marked_strings()}
    assert len(found) > 1500 and "Skip to the content" in found


def test_every_marked_string_has_a_chinese_translation() -> None:
    catalogue = trans_real.translation("zh-hans")._catalog  # type: ignore[attr-defined]
    missing = []
    for path, context, message in marked_strings():
        if not re.search("[A-Za-z]{2,}", message):
            continue
        key = f"{context}\x04{message}" if context else message
        if not catalogue.get(key):
            missing.append(f"{path}: {message!r}" + (f" (context {context!r})" if context else ""))
    assert missing == [], "untranslated:\n" + "\n".join(sorted(set(missing)))
