"""Staff set-up of programmes and calls. Questions and fields of a call are frozen once an
application has been submitted to it (applicants must all answer the same form)."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils.translation import gettext_lazy as _

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.incubation.models import (
    AppStatus,
    Call,
    EligibilityQuestion,
    FormField,
    Programme,
)
from techbridge.incubation.selectors import can_manage


def _staff(actor: Any) -> None:
    if not can_manage(actor):
        raise PermissionDenied()


@transaction.atomic
def programme_save(*, actor: Any, form: Any) -> Programme:
    _staff(actor)
    programme: Programme = form.save()
    programme.managers.add(actor)
    return programme


@transaction.atomic
def call_save(*, actor: Any, form: Any) -> Call:
    _staff(actor)
    call: Call = form.save(commit=False)
    call.opens_at = form.cleaned_data["opens_at"]
    call.closes_at = form.cleaned_data["closes_at"]
    call.save()
    return call


def _frozen(call: Call) -> None:
    if call.applications.exclude(status=AppStatus.DRAFT).exists():
        raise Conflict(_("Applications have been submitted: the form can no longer change."))


@transaction.atomic
def question_add(*, actor: Any, call: Call, data: dict[str, Any]) -> EligibilityQuestion:
    _staff(actor)
    Call.objects.select_for_update().get(pk=call.pk)
    _frozen(call)
    if call.questions.filter(key=data["key"]).exists():
        raise ValidationFailed(fields={"key": [str(_("This key is already used."))]})
    return EligibilityQuestion.objects.create(call=call, **data)


@transaction.atomic
def field_add(*, actor: Any, call: Call, data: dict[str, Any]) -> FormField:
    _staff(actor)
    Call.objects.select_for_update().get(pk=call.pk)
    _frozen(call)
    if call.fields.filter(key=data["key"]).exists():
        raise ValidationFailed(fields={"key": [str(_("This key is already used."))]})
    return FormField.objects.create(call=call, **data)


@transaction.atomic
def question_delete(*, actor: Any, call: Call, question_id: int) -> None:
    _staff(actor)
    _frozen(call)
    call.questions.filter(pk=question_id).delete()


@transaction.atomic
def field_delete(*, actor: Any, call: Call, field_id: int) -> None:
    _staff(actor)
    _frozen(call)
    call.fields.filter(pk=field_id).delete()
