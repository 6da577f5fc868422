"""Tax identifiers printed on invoices, checked before anything is saved.

- Chinese taxpayer numbers (纳税人识别号) for a 发票: since 2015 the 18-character unified
  social credit code (统一社会信用代码, GB 32100-2015) with its check character; firms
  registered earlier may still quote the 15-character number (6-digit region code + the
  9-character organisation code of GB 11714, with its own check character).
- VAT identification numbers for a foreign invoice: the country prefix and the national
  format (the EU's VIES formats, plus GB, XI, CH and NO); other countries' numbers are
  accepted when they look like an identifier (4-20 letters and digits after the prefix).

Pure Python: `normalise_*` strips what people type around a number (spaces, dots, dashes),
`*_error` returns None when the number is valid, else a short English reason (the forms
show their own translated message).
"""

from __future__ import annotations

import re

# GB 32100-2015: 31 characters (no I, O, S, V, Z); weights 3^i mod 31.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
# GB 11714-1997 organisation code: 8 characters (digits, capital letters) + a check character.
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
_SEPARATORS = re.compile(r"[\s.\-_/]+")


def normalise_tax_number(text: str) -> str:
    return _SEPARATORS.sub("", text or "").upper()


def uscc_check_char(body: str) -> str:
    """The 18th character of a unified social credit code whose first 17 are `body`."""
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def org_code_check_char(body: str) -> str:
    """The 9th character of an organisation code whose first 8 are `body` (0-9, A-Z)."""
    total = sum(int(c, 36) * w for c, w in zip(body, ORG_WEIGHTS, strict=True))
    value = 11 - total % 11
    return {10: "X", 11: "0"}.get(value, str(value))


def uscc_error(code: str) -> str | None:
    """None when `code` (normalised) is a well-formed unified social credit code."""
    if len(code) != 18:
        return "length"
    if any(c not in USCC_ALPHABET for c in code):
        return "characters"
    if not code[2:8].isdigit():
        return "region"
    if uscc_check_char(code[:17]) != code[17]:
        return "check"
    return None


def legacy_tax_number_error(code: str) -> str | None:
    """None when `code` is a well-formed 15-character taxpayer number (region + org code)."""
    if len(code) != 15 or not code[:6].isdigit() or not code[6:14].isalnum():
        return "format"
    if not code.isascii() or org_code_check_char(code[6:14]) != code[14]:
        return "check"
    return None


def cn_tax_number_error(text: str) -> str | None:
    """None when `text` is a valid Chinese taxpayer number (18-character USCC or the older
    15-character number)."""
    code = normalise_tax_number(text)
    if len(code) == 15:
        return legacy_tax_number_error(code)
    return uscc_error(code)


# The national part of a VAT number, after the two-letter prefix.
VAT_FORMATS: dict[str, str] = {
    "AT": r"U\d{8}",
    "BE": r"[01]\d{9}",
    "BG": r"\d{9,10}",
    "CY": r"\d{8}[A-Z]",
    "CZ": r"\d{8,10}",
    "DE": r"\d{9}",
    "DK": r"\d{8}",
    "EE": r"\d{9}",
    "EL": r"\d{9}",
    "ES": r"[A-Z0-9]\d{7}[A-Z0-9]",
    "FI": r"\d{8}",
    "FR": r"[A-HJ-NP-Z0-9]{2}\d{9}",
    "HR": r"\d{11}",
    "HU": r"\d{8}",
    "IE": r"\d{7}[A-W][A-I]?|\d[A-Z+*]\d{5}[A-W]",
    "IT": r"\d{11}",
    "LT": r"\d{9}|\d{12}",
    "LU": r"\d{8}",
    "LV": r"\d{11}",
    "MT": r"\d{8}",
    "NL": r"\d{9}B\d{2}",
    "PL": r"\d{10}",
    "PT": r"\d{9}",
    "RO": r"\d{2,10}",
    "SE": r"\d{10}01",
    "SI": r"\d{8}",
    "SK": r"\d{10}",
    "GB": r"\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}",
    "XI": r"\d{9}|\d{12}|GD[0-4]\d{2}|HA[5-9]\d{2}",
    "CH": r"E\d{9}(?:MWST|TVA|IVA)?",
    "NO": r"\d{9}(?:MVA)?",
}
_COMPILED = {prefix: re.compile(rf"(?:{pattern})") for prefix, pattern in VAT_FORMATS.items()}
_GENERIC = re.compile(r"[A-Z0-9]{4,20}")


def normalise_vat_id(text: str) -> str:
    code = _SEPARATORS.sub("", text or "").upper()
    return "EL" + code[2:] if code.startswith("GR") else code  # Greece's VIES prefix is EL


def vat_id_error(text: str) -> str | None:
    """None when `text` is a plausible VAT number: a two-letter country prefix and, for the
    countries in VAT_FORMATS, the national format."""
    code = normalise_vat_id(text)
    prefix, rest = code[:2], code[2:]
    if len(prefix) < 2 or not prefix.isascii() or not prefix.isalpha():
        return "prefix"
    pattern = _COMPILED.get(prefix)
    if pattern is not None:
        return None if pattern.fullmatch(rest) else "format"
    return None if _GENERIC.fullmatch(rest) and rest.isascii() else "format"
