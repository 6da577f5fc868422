"""Organisers' forms for the B2B meetings' resources: interpreters and meeting rooms (pages
and the API validate through them; the services check the rules again under a lock)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from techbridge.events.forms.availability import _clean_text
from techbridge.events.forms.participant import LANGUAGE_CHOICES
from techbridge.events.models import Event, Interpreter, MeetingSlot, Room


def _slot_field(label: Any) -> forms.ModelMultipleChoiceField:
    return forms.ModelMultipleChoiceField(
        label=label,
        queryset=MeetingSlot.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )


class _EventResourceForm(forms.Form):
    slot_field = ""

    def __init__(self, *args: Any, event: Event, **kwargs: Any) -> None:
        self.event = event
        super().__init__(*args, **kwargs)
        field = self.fields[self.slot_field]
        field.queryset = MeetingSlot.objects.filter(event=event).order_by("starts_at")  # type: ignore[attr-defined]
        field.label_from_instance = _slot_label  # type: ignore[attr-defined]

    def clean_name(self) -> str:
        name = _clean_text(self.cleaned_data.get("name", ""))
        if not name:
            raise forms.ValidationError(_("Give a name."), code="required")
        return name


def _slot_label(slot: MeetingSlot) -> str:
    local = slot.starts_at.astimezone(slot.event.tz)
    return f"{local:%Y-%m-%d %H:%M} ({slot.session})"


class InterpreterForm(_EventResourceForm):
    """An interpreter: a name, the languages they interpret between (two or more: zh and en
    make the zh–en pair) and the slots they cannot work."""

    slot_field = "unavailable_slots"
    name = forms.CharField(label=_("Name"), max_length=150)
    languages = forms.MultipleChoiceField(
        label=_("Working languages"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("They interpret a meeting whose two sides each speak one of these."),
    )
    unavailable_slots = _slot_field(_("Unavailable in these slots"))

    def clean_languages(self) -> list[str]:
        languages = list(dict.fromkeys(self.cleaned_data.get("languages") or []))
        if len(languages) < 2:
            raise forms.ValidationError(
                _("Give at least two languages to interpret between."), code="min"
            )
        return languages

    def clean_unavailable_slots(self) -> list[MeetingSlot]:
        slots = list(self.cleaned_data.get("unavailable_slots") or [])
        total = self.fields["unavailable_slots"].queryset.count()  # type: ignore[attr-defined]
        if slots and len(slots) >= total:
            raise forms.ValidationError(
                _("An interpreter must be available in a slot."), code="everywhere"
            )
        return slots

    @classmethod
    def initial_of(cls, row: Interpreter) -> dict[str, Any]:
        return {
            "name": row.name,
            "languages": list(row.languages),
            "unavailable_slots": [s.pk for s in row.unavailable_slots.all()],
        }


class RoomForm(_EventResourceForm):
    """A meeting room: a name, the range of tables it holds (rooms never share a table) and
    the slots it is closed in."""

    slot_field = "closed_slots"
    name = forms.CharField(label=_("Name"), max_length=100)
    first_table = forms.IntegerField(label=_("First table"), min_value=1)
    last_table = forms.IntegerField(label=_("Last table"), min_value=1)
    closed_slots = _slot_field(_("Closed in these slots"))

    def __init__(self, *args: Any, event: Event, room: Room | None = None, **kwargs: Any):
        self.room = room
        super().__init__(*args, event=event, **kwargs)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        first, last = data.get("first_table"), data.get("last_table")
        if first is None or last is None:
            return data
        if last < first:
            self.add_error("last_table", _("The last table comes after the first."))
        elif last > self.event.tables:
            self.add_error(
                "last_table", _("The event has %(n)d tables.") % {"n": self.event.tables}
            )
        else:
            other = (
                Room.objects.filter(event=self.event, first_table__lte=last, last_table__gte=first)
                .exclude(pk=self.room.pk if self.room else None)
                .first()
            )
            if other is not None:
                self.add_error(
                    "first_table",
                    _("Tables %(first)d–%(last)d are in room %(room)s already.")
                    % {"first": other.first_table, "last": other.last_table, "room": other.name},
                )
        return data

    @classmethod
    def initial_of(cls, row: Room) -> dict[str, Any]:
        return {
            "name": row.name,
            "first_table": row.first_table,
            "last_table": row.last_table,
            "closed_slots": [s.pk for s in row.closed_slots.all()],
        }
