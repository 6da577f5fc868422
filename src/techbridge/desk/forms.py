"""The one validator of the service desk's input, for pages and the API.

`CaseForm` is built from a service type's form fields (text, choice, date, file): a field
with a condition (`show_if_key` = `show_if_value`) is required only when the condition holds,
and its answer is dropped when it does not. Dates marked `future_only` refuse past days.
Files are checked for type and size by the service (the same rules as deal attachments)."""

from __future__ import annotations

from datetime import date
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.core.choices import Department
from techbridge.desk.models import Article, CaseStatus, FieldKind, FormField, Priority
from techbridge.desk.models_sla import HandoffKind

FIELD_PREFIX = "f_"


def _clean_text(value: Any) -> str:
    return str(value or "").replace("\x00", "").strip()


def _form_field(spec: FormField) -> forms.Field:
    label = f"{spec.label} *" if spec.required and not spec.show_if_key else spec.label
    common: dict[str, Any] = {"label": label, "help_text": spec.help, "required": False}
    if spec.kind == FieldKind.CHOICE:
        return forms.ChoiceField(choices=[("", "—"), *spec.choice_list()], **common)
    if spec.kind == FieldKind.DATE:
        return forms.DateField(widget=forms.DateInput(attrs={"type": "date"}), **common)
    if spec.kind == FieldKind.FILE:
        return forms.FileField(**common)
    return forms.CharField(max_length=2000, widget=forms.Textarea(attrs={"rows": 2}), **common)


class CaseForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    description = forms.CharField(
        label=_("Your question"), max_length=10000, widget=forms.Textarea(attrs={"rows": 6})
    )

    def __init__(self, *args: Any, specs: list[FormField], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.specs = specs
        for spec in specs:
            field = _form_field(spec)
            field.widget.attrs["data-key"] = spec.key
            if spec.show_if_key:
                field.widget.attrs["data-show-if"] = f"{spec.show_if_key}={spec.show_if_value}"
            self.fields[FIELD_PREFIX + spec.key] = field

    def clean_subject(self) -> str:
        value = _clean_text(self.cleaned_data.get("subject"))
        if not value:
            raise forms.ValidationError(_("Give your request a subject."))
        return value

    def clean_description(self) -> str:
        value = _clean_text(self.cleaned_data.get("description"))
        if not value:
            raise forms.ValidationError(_("Describe what you need."))
        return value

    def _applies(self, spec: FormField, answers: dict[str, Any]) -> bool:
        if not spec.show_if_key:
            return True
        return str(answers.get(spec.show_if_key) or "") == spec.show_if_value

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        raw = {s.key: data.get(FIELD_PREFIX + s.key) for s in self.specs}
        answers: dict[str, Any] = {}
        files: dict[str, Any] = {}
        for spec in self.specs:
            name = FIELD_PREFIX + spec.key
            value = raw.get(spec.key)
            if isinstance(value, str):
                value = _clean_text(value)
            if not self._applies(spec, raw):
                continue
            if value in (None, "") and spec.required:
                self.add_error(name, _("This field is required."))
                continue
            if value in (None, ""):
                continue
            if isinstance(value, date) and spec.future_only and value < timezone.localdate():
                self.add_error(name, _("This date is in the past."))
                continue
            if spec.kind == FieldKind.FILE:
                files[spec.key] = value
            else:
                answers[spec.key] = value.isoformat() if isinstance(value, date) else value
        data["answers"] = answers
        data["files"] = files
        return data


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Message"), max_length=10000, widget=forms.Textarea(attrs={"rows": 4})
    )
    internal = forms.BooleanField(label=_("Internal note (staff only)"), required=False)

    def __init__(self, *args: Any, articles: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if articles is not None:
            article_choices(self, articles)

    def clean_body(self) -> str:
        value = _clean_text(self.cleaned_data.get("body"))
        if not value:
            raise forms.ValidationError(_("Write a message."))
        return value


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=CaseStatus.choices)


class AssignForm(forms.Form):
    assignee = forms.IntegerField(label=_("Assignee"), required=False)
    priority = forms.ChoiceField(label=_("Priority"), choices=Priority.choices, required=False)


class HandoffForm(forms.Form):
    kind = forms.ChoiceField(label=_("Hand-off"), choices=HandoffKind.choices)
    to_department = forms.ChoiceField(label=_("To"), choices=Department.choices)
    deadline_hours = forms.IntegerField(
        label=_("Internal deadline (business hours)"), min_value=1, max_value=400, initial=16
    )
    note = forms.CharField(
        label=_("What is needed"), max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    seen_department = forms.CharField(widget=forms.HiddenInput, required=False)


class AnswerForm(forms.Form):
    answer = forms.CharField(
        label=_("Answer"), max_length=10000, widget=forms.Textarea(attrs={"rows": 3})
    )


class CancelForm(forms.Form):
    """Cancelling a case or a procedure: the reason is required."""

    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Give the reason.")},
    )

    def clean_reason(self) -> str:
        value = _clean_text(self.cleaned_data.get("reason"))
        if not value:
            raise forms.ValidationError(_("Give the reason."))
        return value


class WatcherForm(forms.Form):
    """Who to add to (or remove from) a case's watchers: a person by id, or the actor."""

    user = forms.ModelChoiceField(
        label=_("Person"),
        queryset=User.objects.filter(is_active=True),
        required=False,
        error_messages={"invalid_choice": _("Unknown person.")},
    )


QUEUE_SLA = ("at_risk", "breached", "steps_overdue")


def queue_filters(raw: Any, *, department: str = "") -> dict[str, Any]:
    """The queue's filters from a request's parameters or a saved view: known keys with valid
    values only (anything else falls back to its default: `department` when none is given,
    the open cases, no other filter)."""
    dept = str(raw.get("department", department) or "")
    status = str(raw.get("status") or "open")
    sla = str(raw.get("sla") or "")
    return {
        "department": dept if dept in Department.values else "",
        "status": status if status in ("open", "all", *CaseStatus.values) else "open",
        "mine": str(raw.get("mine", "")) in ("1", "true", "True"),
        "unassigned": str(raw.get("unassigned", "")) in ("1", "true", "True"),
        "q": _clean_text(raw.get("q"))[:100],
        "sla": sla if sla in QUEUE_SLA else "",
    }


class QueueViewForm(forms.Form):
    """A queue view to save: its name and whether every staff member sees it (the filters
    are taken by `queue_filters`)."""

    name = forms.CharField(
        label=_("Name of the view"),
        max_length=80,
        error_messages={"required": _("Give the view a name.")},
    )
    shared = forms.BooleanField(label=_("Shared with all staff"), required=False)

    def clean_name(self) -> str:
        value = _clean_text(self.cleaned_data.get("name"))
        if not value:
            raise forms.ValidationError(_("Give the view a name."))
        return value


class ArticleForm(forms.ModelForm):
    """A knowledge-base article, for the staff's page and the admin (the service refuses an
    article without a title in either language)."""

    seen = forms.IntegerField(widget=forms.HiddenInput, required=False, min_value=0)

    class Meta:
        model = Article
        fields = ["service_type", "visibility", "title_en", "title_zh", "body_en", "body_zh"]
        widgets = {
            "body_en": forms.Textarea(attrs={"rows": 10}),
            "body_zh": forms.Textarea(attrs={"rows": 10}),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for name in ("title_en", "title_zh", "body_en", "body_zh"):
            data[name] = _clean_text(data.get(name))
        return data


def article_choices(form: forms.Form, queryset: Any) -> None:
    """Let `form` (a reply) point to knowledge-base articles of `queryset` (given by key)."""
    form.fields["articles"] = forms.ModelMultipleChoiceField(
        label=_("Articles to point to"),
        queryset=queryset,
        to_field_name="slug",
        required=False,
    )
