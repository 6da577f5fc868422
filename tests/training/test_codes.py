"""Verification codes: every typo of one character or one swap is caught."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.training import codes

FEW = settings(max_examples=100, deadline=None)
bodies = st.text(alphabet=codes.ALPHABET, min_size=codes.BODY, max_size=codes.BODY)


def test_new_codes_are_valid_and_distinct() -> None:
    fresh = {codes.new_code() for _ in range(500)}
    assert len(fresh) == 500
    assert all(codes.normalise(c) == c and len(c) == codes.LENGTH for c in fresh)


def test_typing_variants_are_read() -> None:
    code = "7KQ2MX9HD4TAP0WZ" + codes.check_chars("7KQ2MX9HD4TAP0WZ")
    shown = codes.display(code)
    assert shown.count("-") == 2
    assert codes.normalise(shown.lower()) == code
    assert codes.normalise(" " + shown.replace("0", "o") + " ") == code
    assert codes.normalise(code[:-1]) is None
    assert codes.normalise(code + "0") is None
    assert codes.normalise(code.replace("7", "U")) is None  # U is not in the alphabet
    assert codes.normalise("") is None and codes.normalise("x" * 200) is None


@FEW
@given(bodies, st.data())
def test_any_single_substitution_is_caught(body: str, data) -> None:
    code = body + codes.check_chars(body)
    assert codes.normalise(code) == code
    i = data.draw(st.integers(0, codes.LENGTH - 1))
    other = data.draw(st.sampled_from([c for c in codes.ALPHABET if c != code[i]]))
    assert codes.normalise(code[:i] + other + code[i + 1 :]) is None


@FEW
@given(bodies, st.data())
def test_any_adjacent_swap_is_caught(body: str, data) -> None:
    code = body + codes.check_chars(body)
    i = data.draw(st.integers(0, codes.LENGTH - 2))
    if code[i] == code[i + 1]:
        return
    swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
    assert codes.normalise(swapped) is None
