"""One text rule for every form: NFC, and no control characters (newline and tab allowed in
long texts)."""

from __future__ import annotations

import json
import unicodedata
from typing import Any

import pytest
from django import forms
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from techbridge.accounts.forms import OrganisationForm
from techbridge.accounts.services import api_token_create
from techbridge.core.text import clean_text, has_control
from tests.factories import UserFactory

ORG = {
    "name": "Acme",
    "type": "company",
    "country": "DE",
    "language": "en",
    "description": "One\n\tTwo",
}


def test_a_control_character_in_a_name_is_refused() -> None:
    form = OrganisationForm(data={**ORG, "name": "\x04øe"})
    assert not form.is_valid()
    assert "control characters" in form.errors["name"][0]


def test_long_texts_keep_newlines_and_tabs_but_not_other_controls() -> None:
    form = OrganisationForm(data=ORG)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["description"] == "One\n\tTwo"
    assert not OrganisationForm(data={**ORG, "description": "a\x1bb"}).is_valid()
    assert not OrganisationForm(data={**ORG, "name": "a\nb"}).is_valid()


def test_text_is_stored_in_nfc() -> None:
    form = OrganisationForm(data={**ORG, "name": "Cafe\u0301 Müller"})
    assert form.is_valid()
    assert form.cleaned_data["name"] == "Café Müller"


def test_passwords_are_left_as_typed() -> None:
    field = forms.CharField(widget=forms.PasswordInput)
    assert field.clean("e\u0301") == "e\u0301"


@pytest.mark.django_db
def test_the_api_refuses_control_characters_through_the_same_form() -> None:
    _token, raw = api_token_create(actor=UserFactory(), name="script")
    response = Client().post(
        "/api/v1/organisations",
        json.dumps({**ORG, "name": "\x04øe"}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {raw}",
    )
    assert response.status_code == 422
    assert "name" in response.json()["fields"]


@given(st.text(max_size=40))
def test_clean_text_refuses_exactly_the_controls(value: Any) -> None:
    controls = [c for c in value if unicodedata.category(c) in ("Cc", "Cs")]
    if controls:
        with pytest.raises(forms.ValidationError):
            clean_text(value)
    else:
        cleaned = clean_text(value)
        assert cleaned == unicodedata.normalize("NFC", value)
        assert not has_control(cleaned)
