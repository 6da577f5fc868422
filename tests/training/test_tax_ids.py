"""Taxpayer numbers for a 发票 and VAT numbers for a foreign invoice."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.core.tax_ids import (
    USCC_ALPHABET,
    cn_tax_number_error,
    org_code_check_char,
    uscc_check_char,
    vat_id_error,
)

# Published unified social credit codes (company registers).
REAL = ["91350100M000100Y43", "91110000802100433B", "91440300708461136T"]


@pytest.mark.parametrize("code", REAL)
def test_real_codes_pass(code: str) -> None:
    assert cn_tax_number_error(code) is None
    assert cn_tax_number_error(code.lower()[:6] + " " + code[6:]) is None


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("91350100M000100Y44", "check"),
        ("91350100M000100Y4", "length"),
        ("91350100M000100I43", "characters"),  # I is not used
        ("913501A0M000100Y43", "region"),
        ("", "length"),
    ],
)
def test_malformed_codes_fail(code: str, reason: str) -> None:
    assert cn_tax_number_error(code) == reason


def test_fifteen_character_number() -> None:
    body = "M0001000"
    code = "350100" + body + org_code_check_char(body)
    assert cn_tax_number_error(code) is None
    wrong = "0" if code[-1] != "0" else "1"
    assert cn_tax_number_error(code[:-1] + wrong) == "check"


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet=USCC_ALPHABET, min_size=2, max_size=2),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.text(alphabet=USCC_ALPHABET, min_size=9, max_size=9),
    st.data(),
)
def test_uscc_single_substitution_caught(head: str, region: str, tail: str, data) -> None:
    body = head + region + tail
    code = body + uscc_check_char(body)
    assert cn_tax_number_error(code) is None
    i = data.draw(st.sampled_from([0, 1, *range(8, 18)]))
    other = data.draw(st.sampled_from([c for c in USCC_ALPHABET if c != code[i]]))
    assert cn_tax_number_error(code[:i] + other + code[i + 1 :]) is not None


@pytest.mark.parametrize(
    "vat",
    ["DE123456789", "de 123 456 789", "FR40303265045", "NL859048315B01", "ATU12345678",
     "GB123456789", "CHE-123.456.789 MWST", "EL123456789", "GR123456789", "ESX1234567X",
     "IE1234567WA", "JP1234567890123"],
)  # fmt: skip
def test_vat_ids_pass(vat: str) -> None:
    assert vat_id_error(vat) is None


@pytest.mark.parametrize(
    "vat", ["DE12345678", "123456789", "FR123", "NL859048315A01", "AT12345678", "X", "DE12345678é"]
)
def test_vat_ids_fail(vat: str) -> None:
    assert vat_id_error(vat) is not None
