"""Organisers' forms: B2B slots, scheduler runs, meetings they add, events and their
programme."""

from __future__ import annotations

import functools
import zoneinfo
from datetime import datetime, tzinfo
from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from techbridge.events.forms.availability import _clean_text
from techbridge.events.models import SEATED, Event, ProgrammeSession


class SlotsForm(forms.Form):
    """Organisers generate B2B slots for one session (a half-day)."""

    day = forms.DateField(label=_("Day"), widget=forms.DateInput(attrs={"type": "date"}))
    start = forms.TimeField(
        label=pgettext_lazy("time range", "From"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    end = forms.TimeField(
        label=pgettext_lazy("time range", "To"), widget=forms.TimeInput(attrs={"type": "time"})
    )
    session = forms.SlugField(label=_("Session label"), max_length=40, help_text="d1-am")

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            self.add_error("end", _("The end time is not after the start time."))
        return data


class ScheduleRunForm(forms.Form):
    time_limit = forms.IntegerField(label=_("Time limit (seconds)"), min_value=1, max_value=600)
    allow_moves = forms.BooleanField(label=_("Allow moving announced meetings"), required=False)


class RepairForm(forms.Form):
    """A repair of the announced agenda: at most `max_moves` announced meetings change slot
    (besides those whose slot became impossible)."""

    max_moves = forms.IntegerField(
        label=_("Announced meetings that may move"), min_value=0, max_value=100_000, initial=0
    )
    time_limit = forms.IntegerField(label=_("Time limit (seconds)"), min_value=1, max_value=600)


class OrganiserMeetingForm(forms.Form):
    a = forms.IntegerField(label=_("Participant"), min_value=1)
    b = forms.IntegerField(label=_("Participant"), min_value=1)
    priority = forms.TypedChoiceField(
        label=_("Priority"), coerce=int, choices=[(1, "1"), (2, "2"), (3, "3")], initial=1
    )


RESERVED_SLUGS = frozenset({"new", "feed", "checkin"})
LOCAL_FORMAT = "%Y-%m-%dT%H:%M"


@functools.cache
def _time_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _local_field(label: Any, *, required: bool = True) -> forms.DateTimeField:
    return forms.DateTimeField(
        label=label,
        required=required,
        input_formats=[LOCAL_FORMAT, "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"],
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format=LOCAL_FORMAT),
    )


def _in_zone(value: datetime | None, tz: tzinfo) -> datetime | None:
    """A datetime typed as wall-clock time, read in `tz` (the form parses it in the site's
    zone; we keep the digits and change the zone)."""
    if value is None:
        return None
    naive = timezone.make_naive(value) if timezone.is_aware(value) else value
    return naive.replace(tzinfo=tz)


def _local(value: datetime | None, tz: tzinfo) -> datetime | None:
    return value.astimezone(tz).replace(tzinfo=None) if value else None


TIMES = ("starts_at", "ends_at", "registration_opens_at", "registration_closes_at")


class EventForm(forms.ModelForm):
    """An event as organisers create and edit it. Dates and times are typed in the event's
    own time zone (the `time_zone` field)."""

    starts_at = _local_field(_("Starts at"))
    ends_at = _local_field(_("Ends at"))
    registration_opens_at = _local_field(_("Registration opens"), required=False)
    registration_closes_at = _local_field(_("Registration closes"), required=False)

    class Meta:
        model = Event
        fields = [
            "slug", "type", "title_en", "title_zh", "description_en", "description_zh",
            "venue", "city", "time_zone", "starts_at", "ends_at", "capacity",
            "registration_opens_at", "registration_closes_at", "visibility",
            "requires_approval", "b2b_enabled", "slot_minutes", "tables", "interpreter_tables",
            "request_expiry_hours", "max_pending_requests", "max_meetings",
            "schedule_time_limit",
        ]  # fmt: skip
        widgets = {
            "description_en": forms.Textarea(attrs={"rows": 4}),
            "description_zh": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"time_zone": _("An IANA time zone, e.g. Asia/Shanghai or Europe/Berlin.")}

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["slug"].disabled = True
            tz = self.instance.tz
            for name in TIMES:
                self.initial[name] = _local(getattr(self.instance, name), tz)
        bounds = {
            "capacity": (0, 1_000_000),
            "slot_minutes": (5, 240),
            "tables": (0, 10_000),
            "interpreter_tables": (0, 10_000),
            "request_expiry_hours": (1, 24 * 90),
            "max_pending_requests": (1, 1000),
            "max_meetings": (1, 200),
            "schedule_time_limit": (1, 600),
        }
        for name, (low, high) in bounds.items():
            field = self.fields[name]
            field.min_value, field.max_value = low, high
            field.validators += [MinValueValidator(low), MaxValueValidator(high)]
            field.widget.attrs.update(min=low, max=high)

    def clean_slug(self) -> str:
        slug = self.cleaned_data.get("slug", "")
        if slug in RESERVED_SLUGS:
            raise forms.ValidationError(_("This key is reserved; choose another."))
        return slug

    def clean_time_zone(self) -> str:
        value = _clean_text(self.cleaned_data.get("time_zone", ""))
        if value not in _time_zones():
            raise forms.ValidationError(
                _("Unknown time zone: use an IANA name such as Asia/Shanghai.")
            )
        return value

    def _clean_title(self, data: dict[str, Any]) -> None:
        for name in ("title_en", "title_zh", "description_en", "description_zh", "venue", "city"):
            if name in data:
                data[name] = _clean_text(data[name])
        if not data.get("title_en") and not data.get("title_zh"):
            self.add_error("title_en", _("Give a title in English or in Chinese."))

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        self._clean_title(data)
        if "time_zone" not in data:
            return data  # the times cannot be read without their zone
        tz = zoneinfo.ZoneInfo(data["time_zone"])
        for name in TIMES:
            if name in data:
                data[name] = _in_zone(data[name], tz)
        starts, ends = data.get("starts_at"), data.get("ends_at")
        opens, closes = data.get("registration_opens_at"), data.get("registration_closes_at")
        if starts and ends and ends <= starts:
            self.add_error("ends_at", _("The event must end after it starts."))
        if opens and closes and closes <= opens:
            self.add_error("registration_closes_at", _("Registration must close after it opens."))
        if starts and opens and opens >= starts:
            self.add_error("registration_opens_at", _("Registration must open before the event."))
        if starts and closes and closes > starts:
            self.add_error(
                "registration_closes_at", _("Registration must close by the start of the event.")
            )
        tables, interpreters = data.get("tables"), data.get("interpreter_tables")
        if tables is not None and interpreters is not None and interpreters > tables:
            self.add_error(
                "interpreter_tables", _("There cannot be more interpreter tables than tables.")
            )
        if data.get("b2b_enabled") and tables == 0:
            self.add_error("tables", _("B2B meetings need at least one table."))
        if self.instance.pk and starts and ends and not self.errors:
            self._check_existing(data, starts, ends)
        return data

    def _check_existing(self, data: dict[str, Any], starts: datetime, ends: datetime) -> None:
        """On edit: the new dates must still hold the slots and the programme, and the
        capacity the seats already taken."""
        event = self.instance
        outside = Q(starts_at__lt=starts) | Q(ends_at__gt=ends)
        if event.slots.filter(outside).exists():
            self.add_error(None, _("Meeting slots exist outside the new dates; delete them first."))
        if event.programme.filter(outside).exists():
            self.add_error(
                None, _("Programme sessions lie outside the new dates; move them first.")
            )
        capacity = data.get("capacity")
        if capacity is not None:
            seated = event.participants.filter(status__in=SEATED).count()
            if capacity < seated:
                self.add_error(
                    "capacity",
                    forms.ValidationError(
                        _("%(n)d people already hold a seat; the capacity cannot be lower."),
                        params={"n": seated},
                    ),
                )


class ProgrammeSessionForm(forms.ModelForm):
    """A session of the programme, its times in the event's time zone."""

    starts_at = _local_field(_("Starts at"))
    ends_at = _local_field(_("Ends at"))

    class Meta:
        model = ProgrammeSession
        fields = ["kind", "title_en", "title_zh", "speakers", "room", "starts_at", "ends_at"]

    def __init__(self, *args: Any, event: Event, **kwargs: Any):
        self.event = event
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            for name in ("starts_at", "ends_at"):
                self.initial[name] = _local(getattr(self.instance, name), event.tz)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in ("title_en", "title_zh", "speakers", "room"):
            if name in data:
                data[name] = _clean_text(data[name])
        if not data.get("title_en") and not data.get("title_zh"):
            self.add_error("title_en", _("Give a title in English or in Chinese."))
        tz = self.event.tz
        starts = data["starts_at"] = _in_zone(data.get("starts_at"), tz)
        ends = data["ends_at"] = _in_zone(data.get("ends_at"), tz)
        if starts and ends:
            if ends <= starts:
                self.add_error("ends_at", _("The session must end after it starts."))
            elif starts < self.event.starts_at or ends > self.event.ends_at:
                self.add_error(
                    None,
                    forms.ValidationError(
                        _("The session must lie within the event (%(start)s to %(end)s)."),
                        params={
                            "start": f"{self.event.starts_at.astimezone(tz):%Y-%m-%d %H:%M}",
                            "end": f"{self.event.ends_at.astimezone(tz):%Y-%m-%d %H:%M}",
                        },
                    ),
                )
        return data
