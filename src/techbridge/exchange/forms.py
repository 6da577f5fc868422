"""The upload form: the one validator of an import's kind, organisation, file and options,
for the page and the API."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff, organisation_choices, organisation_ids_of
from techbridge.core.choices import ProfileStatus
from techbridge.exchange.importers import kinds_available
from techbridge.exchange.models import ApplyMode, ImportKind
from techbridge.exchange.selectors import STAFF_ONLY, importable_events

EVENT_KINDS = (ImportKind.PARTICIPANTS, ImportKind.MEETINGS)

MEMBER_STATUSES = [
    (ProfileStatus.DRAFT, _("Drafts, to be submitted later")),
    (ProfileStatus.SUBMITTED, _("Submitted for review")),
]
STAFF_STATUSES = [*MEMBER_STATUSES, (ProfileStatus.PUBLISHED, _("Published at once"))]


class UploadForm(forms.Form):
    kind = forms.ChoiceField(label=_("What the file holds"), choices=())
    organisation = forms.TypedChoiceField(
        label=_("For the organisation"), coerce=int, required=False, empty_value=None, choices=()
    )
    status = forms.ChoiceField(
        label=_("Imported profiles are"), choices=MEMBER_STATUSES, required=False
    )
    event = forms.ChoiceField(
        label=_("For the event (participants and meeting requests)"), choices=(), required=False
    )
    file = forms.FileField(
        label=_("File"), help_text=_("CSV (UTF-8 or GBK) or Excel .xlsx, first row the headers.")
    )

    def __init__(self, *args: Any, actor: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.actor = actor
        staff = is_staff(actor)
        kinds = [(k, label) for k, label in kinds_available() if staff or k not in STAFF_ONLY]
        self.fields["kind"].choices = kinds
        orgs = organisation_choices(organisation_ids_of(actor, editable=True))
        self.fields["organisation"].choices = [("", _("Any (named in each row)"))] * staff + orgs
        self.fields["organisation"].required = not staff
        self.fields["status"].choices = STAFF_STATUSES if staff else MEMBER_STATUSES
        self.fields["event"].choices = [("", "—"), *importable_events(actor)]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("kind") == ImportKind.PROFILES and not data.get("status"):
            data["status"] = ProfileStatus.DRAFT
        if data.get("kind") in EVENT_KINDS and not data.get("event"):
            self.add_error("event", _("Choose the event these rows are for."))
        return data

    def target(self) -> str:
        return (
            str(self.cleaned_data.get("event") or "")
            if self.cleaned_data.get("kind") in EVENT_KINDS
            else ""
        )

    def options(self) -> dict[str, Any]:
        status = self.cleaned_data.get("status")
        return {"status": status} if self.cleaned_data.get("kind") == ImportKind.PROFILES else {}


class ConfirmForm(forms.Form):
    mode = forms.ChoiceField(label=_("Import"), choices=ApplyMode.choices)
