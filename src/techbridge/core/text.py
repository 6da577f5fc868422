"""The one rule for text people type: Unicode NFC, and no control characters.

`clean_text` is applied to every CharField of every form (pages, the API's validation forms,
allauth's and the admin's) by `install()`, called from CoreConfig.ready(): Django offers no
hook for "all forms", and changing each of the platform's forms by hand would miss the next
one. Long texts (a Textarea widget) keep newlines and tabs; passwords are left exactly as
typed (normalising them would change existing passwords).
"""

from __future__ import annotations

import unicodedata
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

MULTILINE_ALLOWED = frozenset("\n\r\t")
CONTROL_MESSAGE = _("Remove the control characters from this text.")


def has_control(value: str, *, multiline: bool = False) -> bool:
    allowed = MULTILINE_ALLOWED if multiline else frozenset()
    return any(unicodedata.category(ch) in ("Cc", "Cs") and ch not in allowed for ch in value)


def clean_text(value: str, *, multiline: bool = False) -> str:
    """`value` in NFC; ValidationError if it holds a control character (or a lone
    surrogate), other than newline, carriage return and tab in multi-line text."""
    if has_control(value, multiline=multiline):
        raise ValidationError(CONTROL_MESSAGE, code="control_characters")
    return unicodedata.normalize("NFC", value)


_original_to_python = forms.CharField.to_python


def _to_python(self: forms.CharField, value: Any) -> Any:
    value = _original_to_python(self, value)
    if not isinstance(value, str) or not value or isinstance(self.widget, forms.PasswordInput):
        return value
    return clean_text(value, multiline=isinstance(self.widget, forms.Textarea))


def install() -> None:
    forms.CharField.to_python = _to_python  # type: ignore[method-assign]
