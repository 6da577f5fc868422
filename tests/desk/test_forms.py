"""The request form built from a service type's fields: required, conditional, dates."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from techbridge.desk.forms import CaseForm

pytestmark = pytest.mark.django_db


def _form(service: Any, **answers: Any) -> CaseForm:
    data = {"subject": "Patent", "description": "How?", **{f"f_{k}": v for k, v in answers.items()}}
    return CaseForm(data, specs=list(service.fields.all()))


def test_required_field(service: Any) -> None:
    form = _form(service)
    assert not form.is_valid()
    assert "f_made" in form.errors


def test_conditional_field_is_required_only_when_its_condition_holds(service: Any) -> None:
    assert _form(service, made="no").is_valid()
    form = _form(service, made="yes")
    assert not form.is_valid() and "f_filing" in form.errors
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()
    form = _form(service, made="yes", filing=tomorrow)
    assert form.is_valid(), form.errors
    assert form.cleaned_data["answers"] == {"made": "yes", "filing": tomorrow}


def test_answer_of_a_field_that_does_not_apply_is_dropped(service: Any) -> None:
    form = _form(service, made="no", filing="2030-01-01")
    assert form.is_valid()
    assert form.cleaned_data["answers"] == {"made": "no"}


def test_past_dates_and_unknown_choices_are_refused(service: Any) -> None:
    yesterday = (timezone.localdate() - timedelta(days=1)).isoformat()
    form = _form(service, made="yes", filing=yesterday)
    assert not form.is_valid() and "past" in str(form.errors["f_filing"])
    assert not _form(service, made="maybe").is_valid()
    assert not _form(service, made="yes", filing="31/02/2030").is_valid()


def test_blank_subject_is_refused(service: Any) -> None:
    form = CaseForm({"subject": "  ", "description": "x", "f_made": "no"}, specs=[])
    assert not form.is_valid() and "subject" in form.errors
