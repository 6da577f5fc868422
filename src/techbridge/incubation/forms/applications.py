"""The eligibility screen and the application form, built from a call's questions and fields.

A draft may leave required fields empty; submitting may not (`for_submit`). Numbers respect
the field's bounds, choices their list, profiles must be the applicant's own; files are
checked for type and size by the service (the same rules as deal attachments)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.incubation.models import EligibilityQuestion, FieldKind, FormField

FIELD_PREFIX = "f_"
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


def clean_text(value: Any) -> str:
    return str(value or "").replace("\x00", "").strip()


class EligibilityForm(forms.Form):
    def __init__(self, *args: Any, questions: list[EligibilityQuestion], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.questions = questions
        for q in questions:
            self.fields[f"q_{q.key}"] = forms.ChoiceField(
                label=q.text, choices=YES_NO, widget=forms.RadioSelect
            )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        data["answers"] = {
            q.key: data.get(f"q_{q.key}") == "yes"
            for q in self.questions
            if data.get(f"q_{q.key}") in ("yes", "no")
        }
        return data


def _form_field(spec: FormField, profiles: list[tuple[int, str]]) -> forms.Field:
    label = f"{spec.label} *" if spec.required else spec.label
    common: dict[str, Any] = {"label": label, "help_text": spec.help, "required": False}
    if spec.kind == FieldKind.NUMBER:
        return forms.DecimalField(
            max_digits=16,
            decimal_places=2,
            min_value=spec.min_value,
            max_value=spec.max_value,
            **common,
        )
    if spec.kind == FieldKind.CHOICE:
        return forms.ChoiceField(choices=[("", "—"), *spec.choice_list()], **common)
    if spec.kind == FieldKind.FILE:
        return forms.FileField(**common)
    if spec.kind == FieldKind.PROFILE:
        return forms.TypedMultipleChoiceField(
            choices=profiles, coerce=int, widget=forms.CheckboxSelectMultiple, **common
        )
    return forms.CharField(max_length=5000, widget=forms.Textarea(attrs={"rows": 3}), **common)


class ApplicationForm(forms.Form):
    """`answers` (key → text/number/choice), `files` (key → upload), `profiles` (ids)."""

    def __init__(
        self,
        *args: Any,
        specs: list[FormField],
        profiles: list[tuple[int, str]],
        for_submit: bool = False,
        existing_files: set[str] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self.specs = specs
        self.for_submit = for_submit
        self.existing_files = existing_files or set()
        for spec in specs:
            self.fields[FIELD_PREFIX + spec.key] = _form_field(spec, profiles)

    def _missing(self, spec: FormField, value: Any) -> bool:
        if spec.kind == FieldKind.FILE:
            return value is None and spec.key not in self.existing_files
        return value in (None, "", [])

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        answers: dict[str, Any] = {}
        files: dict[str, Any] = {}
        profiles: list[int] = []
        for spec in self.specs:
            name = FIELD_PREFIX + spec.key
            if name in self.errors:
                continue
            value = data.get(name)
            if isinstance(value, str):
                value = clean_text(value)
            if self.for_submit and spec.required and self._missing(spec, value):
                self.add_error(name, _("This field is required."))
                continue
            if value in (None, "", []):
                continue
            if spec.kind == FieldKind.FILE:
                files[spec.key] = value
            elif spec.kind == FieldKind.PROFILE:
                profiles.extend(value)
                answers[spec.key] = sorted(value)
            elif isinstance(value, Decimal):
                answers[spec.key] = format(value.normalize(), "f")
            else:
                answers[spec.key] = value
        data.update(answers=answers, files=files, profiles=profiles)
        return data
