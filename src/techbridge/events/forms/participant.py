"""Participants' forms: registration, meeting requests, feedback on a meeting."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.core.choices import PartnershipType
from techbridge.core.taxonomy import sector_choices
from techbridge.events.forms.availability import _clean_text, parse_availability
from techbridge.events.models import Event, Outcome

LANGUAGE_CHOICES = [
    ("en", _("English")),
    ("zh", _("Chinese")),
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("ja", _("Japanese")),
    ("ko", _("Korean")),
    ("ru", _("Russian")),
    ("pt", _("Portuguese")),
    ("ar", _("Arabic")),
]


class RegistrationForm(forms.Form):
    """A person of the member's organisation registered for an event."""

    name = forms.CharField(label=_("Name"), max_length=150)
    role = forms.CharField(label=_("Role"), max_length=150, required=False)
    email = forms.EmailField(label=_("E-mail"), required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages spoken"),
        choices=LANGUAGE_CHOICES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    needs_interpreter = forms.BooleanField(label=_("Needs an interpreter"), required=False)
    profiles = forms.TypedMultipleChoiceField(
        label=_("Profiles this person brings"), coerce=int, required=False
    )
    sectors = forms.MultipleChoiceField(
        label=_("Sectors of interest"), choices=sector_choices, required=False
    )
    partnership_types = forms.MultipleChoiceField(
        label=_("Partnership types of interest"),
        choices=PartnershipType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    availability = forms.CharField(
        label=_("Availability for meetings"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4, "placeholder": "2026-06-10 09:00-12:30"}),
        help_text=_(
            "One window per line, in the event's time zone: YYYY-MM-DD HH:MM-HH:MM, or a date "
            "alone for the whole day. Leave empty if available throughout."
        ),
    )

    def __init__(self, *args: Any, event: Event, profile_choices: Any = (), **kwargs: Any):
        self.event = event
        super().__init__(*args, **kwargs)
        self.fields["profiles"].choices = list(profile_choices)

    def clean_name(self) -> str:
        name = _clean_text(self.cleaned_data.get("name", ""))
        if not name:
            raise forms.ValidationError(_("Give the person's name."), code="required")
        return name

    def clean_role(self) -> str:
        return _clean_text(self.cleaned_data.get("role", ""))

    def clean_availability(self) -> list[tuple[datetime, datetime]]:
        return parse_availability(self.cleaned_data.get("availability", ""), self.event)


class MeetingRequestForm(forms.Form):
    requester = forms.TypedChoiceField(label=_("On behalf of"), coerce=int)
    message = forms.CharField(
        label=_("Message"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, requester_choices: Any = (), **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.fields["requester"].choices = list(requester_choices)

    def clean_message(self) -> str:
        return _clean_text(self.cleaned_data.get("message", ""))


class FeedbackForm(forms.Form):
    rating = forms.TypedChoiceField(
        label=_("Rating"), coerce=int, choices=[(i, str(i)) for i in range(1, 6)]
    )
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Outcome.choices)
    comment = forms.CharField(
        label=_("Comment"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
