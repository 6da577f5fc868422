"""Mentoring forms, shared by pages and the API: a slot (entered in the centre's time zone),
a booking's topic, the session's notes with up to three action items, and naming a mentor."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from techbridge.core.taxonomy import sector_choices

LANGUAGES = [("en", _("English")), ("zh", _("Chinese")), ("de", _("German")),
             ("fr", _("French")), ("es", _("Spanish")), ("ja", _("Japanese"))]  # fmt: skip


class SlotForm(forms.Form):
    starts = forms.DateTimeField(
        label=_("Starts (Beijing time)"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )
    minutes = forms.IntegerField(
        label=_("Length (minutes)"), min_value=15, max_value=240, initial=30
    )
    place = forms.CharField(label=_("Place or video link"), max_length=300, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("starts") and data.get("minutes"):
            starts = (
                data["starts"].replace(tzinfo=None).replace(tzinfo=ZoneInfo(settings.TIME_ZONE))
            )
            data["starts_at"] = starts
            data["ends_at"] = starts + timedelta(minutes=data["minutes"])
        return data


class BookingForm(forms.Form):
    topic = forms.CharField(
        label=_("What you would like to discuss"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class NotesForm(forms.Form):
    notes = forms.CharField(
        label=_("Session notes"), max_length=10000, required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )  # fmt: skip
    action_1 = forms.CharField(label=_("Action item"), max_length=500, required=False)
    due_1 = forms.DateField(
        label=_("Due on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    action_2 = forms.CharField(label=_("Action item"), max_length=500, required=False)
    due_2 = forms.DateField(
        label=_("Due on"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def actions(self) -> list[tuple[str, Any]]:
        data = self.cleaned_data
        return [(data[f"action_{i}"], data[f"due_{i}"]) for i in (1, 2) if data[f"action_{i}"]]


class MentorForm(forms.Form):
    email = forms.EmailField(label=_("E-mail of the mentor's account"))
    expertise = forms.CharField(label=_("Expertise"), max_length=300, required=False)
    sectors = forms.MultipleChoiceField(label=_("Sectors of expertise"), required=False)
    languages = forms.MultipleChoiceField(label=_("Languages spoken"), choices=LANGUAGES)
    bio = forms.CharField(
        label=_("About the mentor"), max_length=3000, required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )  # fmt: skip

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["sectors"].choices = sector_choices()  # type: ignore[attr-defined]
