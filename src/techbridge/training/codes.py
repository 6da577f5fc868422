"""Certificate verification codes: unguessable and checksummed, so a typing mistake is
caught before any lookup.

A code is 16 random characters (80 bits from `secrets`) in Crockford's base 32 (digits and
capital letters without I, L, O, U) followed by 2 check characters, shown in three groups
of six: `7KQ2MX-9HD4TA-P0WZ3C`. Read as one base-32 number, the whole code is a multiple of
the prime 1021: changing any single character, or swapping two different neighbours, changes
that number by d * 32^k or (a - b) * 31 * 32^k, never a multiple of 1021, so every such typo
is detected; any other alteration passes with a chance of about 1 in 1021, and then still has
to match one of the issued codes out of 2^80.

When reading a code people type, O is taken for 0 and I, L for 1; spaces and dashes are
ignored. Pure Python.
"""

from __future__ import annotations

import re
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
VALUE = {c: i for i, c in enumerate(ALPHABET)}
BODY = 16
LENGTH = BODY + 2
PRIME = 1021
_IGNORED = re.compile(r"[\s\-_.]+")
_CONFUSABLE = str.maketrans({"O": "0", "I": "1", "L": "1"})


def _number(text: str) -> int:
    n = 0
    for c in text:
        n = n * 32 + VALUE[c]
    return n


def check_chars(body: str) -> str:
    """The two characters that make `body + check` a multiple of PRIME."""
    c = -_number(body) * 32 * 32 % PRIME
    return ALPHABET[c // 32] + ALPHABET[c % 32]


def new_code() -> str:
    """A fresh code in its canonical form (18 characters, no dashes)."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(BODY))
    return body + check_chars(body)


def normalise(text: str) -> str | None:
    """The canonical form of a typed code, or None when it cannot be one (wrong length,
    a character outside the alphabet, or a check that fails)."""
    code = _IGNORED.sub("", text or "").upper().translate(_CONFUSABLE)
    if len(code) != LENGTH or any(c not in VALUE for c in code):
        return None
    return code if _number(code) % PRIME == 0 else None


def display(code: str) -> str:
    """Three groups of six, for print and screens."""
    return "-".join(code[i : i + 6] for i in range(0, len(code), 6))
