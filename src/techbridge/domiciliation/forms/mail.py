"""The mailroom's and the meeting rooms' forms."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.domiciliation.models import (
    ForwardingAddress,
    MailAction,
    MailKind,
)
from techbridge.domiciliation.selectors.rooms import centre_tz
from techbridge.domiciliation.uploads import CheckedFileField

DATE = forms.DateInput(attrs={"type": "date"})
TIME = forms.TimeInput(attrs={"type": "time", "step": 1800})


class MailLogForm(forms.Form):
    contract = forms.IntegerField(
        label=_("Recipient firm's contract"),
        required=False,
        help_text=_("Empty: the item waits in the unassigned queue."),
    )
    addressee = forms.CharField(label=_("Addressed to"), max_length=200)
    kind = forms.ChoiceField(label=_("Type"), choices=MailKind.choices)
    sender = forms.CharField(label=_("Sender"), max_length=200)
    tracking = forms.CharField(
        label=_("Tracking or reference number"), max_length=60, required=False
    )
    urgent = forms.BooleanField(
        label=_("Urgent"), required=False, help_text=_("Official documents are always urgent.")
    )
    envelope = CheckedFileField(label=_("Photo or scan of the envelope"), required=False)
    note = forms.CharField(label=_("Note"), max_length=500, required=False)


class MailActionForm(forms.Form):
    action = forms.ChoiceField(label=_("What should we do?"), choices=MailAction.choices)
    forward_to = forms.ModelChoiceField(
        label=_("Forward to"), queryset=ForwardingAddress.objects.none(), required=False
    )

    def __init__(self, *args: Any, addresses: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if addresses is not None:
            self.fields["forward_to"].queryset = addresses

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("action") == MailAction.FORWARD and not data.get("forward_to"):
            self.add_error("forward_to", _("Choose where to forward it."))
        return data


class RuleForm(MailActionForm):
    kind = forms.ChoiceField(label=_("For items of type"), choices=MailKind.choices)
    action = forms.ChoiceField(
        label=_("Always"),
        choices=[("", _("ask me each time")), *MailAction.choices],
        required=False,
    )

    field_order = ["kind", "action", "forward_to"]


class ForwardingAddressForm(forms.Form):
    label = forms.CharField(label=_("Label"), max_length=80)
    recipient = forms.CharField(label=_("Recipient"), max_length=120)
    address = forms.CharField(label=_("Address"), max_length=500, widget=forms.Textarea)
    country = forms.CharField(label=_("Country (two letters)"), max_length=2, min_length=2)

    def clean_country(self) -> str:
        code = self.cleaned_data["country"].upper()
        if not code.isalpha():
            raise forms.ValidationError(_("Two letters, such as CN or DE."))
        return code


class ScanForm(forms.Form):
    scan = CheckedFileField(label=_("Scan (PDF, PNG or JPEG)"))


class ForwardForm(forms.Form):
    address = forms.IntegerField(widget=forms.HiddenInput)
    tracking = forms.CharField(label=_("Tracking number"), max_length=60, required=False)


class AssignForm(forms.Form):
    contract = forms.IntegerField(label=_("Contract number"), min_value=1)


class BookingForm(forms.Form):
    day = forms.DateField(label=_("Day"), widget=DATE)
    start = forms.TimeField(label=_("From"), widget=TIME)
    end = forms.TimeField(label=_("To"), widget=TIME)
    title = forms.CharField(label=_("Purpose"), max_length=200, required=False)
    attendees = forms.IntegerField(label=_("Attendees"), min_value=1, max_value=500, initial=1)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        day, start, end = data.get("day"), data.get("start"), data.get("end")
        if day and start and end:
            tz = centre_tz()
            data["starts_at"] = datetime.combine(day, start, tzinfo=tz)
            data["ends_at"] = datetime.combine(day, end, tzinfo=tz)
            if data["ends_at"] <= data["starts_at"]:
                self.add_error("end", _("The booking must end after it starts."))
        return data
