"""Validation of event input: the one validator for pages and the API."""

from __future__ import annotations

import functools
import itertools
import re
import zoneinfo
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from techbridge.core.choices import PartnershipType
from techbridge.core.taxonomy import sector_choices
from techbridge.events.models import SEATED, Event, Outcome, ProgrammeSession

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
MAX_WINDOWS = 30
_LINE = re.compile(
    r"^(?P<day>\d{4}-\d{2}-\d{2})"
    r"(?:\s+(?P<start>\d{1,2}:\d{2})\s*[-–~至到]\s*(?P<end>\d{1,2}:\d{2}))?$"
)


def _clean_text(value: str) -> str:
    return (value or "").replace("\x00", "").strip()


def _line_error(number: int, message: Any) -> forms.ValidationError:
    return forms.ValidationError(
        _("Line %(n)d: %(problem)s"), code="availability", params={"n": number, "problem": message}
    )


def _window(event: Event, number: int, match: re.Match[str]) -> tuple[datetime, datetime]:
    try:
        day = date.fromisoformat(match["day"])
    except ValueError:
        raise _line_error(number, _("this is not a valid date.")) from None
    tz = event.tz
    first, last = event.starts_at.astimezone(tz).date(), event.ends_at.astimezone(tz).date()
    if not first <= day <= last:
        raise _line_error(number, _("the date is outside the event's dates."))
    if match["start"] is None:
        start, end = time(0, 0), None
    else:
        try:
            start = time.fromisoformat(match["start"].zfill(5))
            end = time.fromisoformat(match["end"].zfill(5))
        except ValueError:
            raise _line_error(number, _("a time is not valid (use HH:MM).")) from None
        if end <= start:
            raise _line_error(number, _("the end time is not after the start time."))
    begin = datetime.combine(day, start, tzinfo=tz)
    finish = datetime.combine(day, end, tzinfo=tz) if end else begin + timedelta(days=1)
    return begin, finish


def parse_availability(text: str, event: Event) -> list[tuple[datetime, datetime]]:
    """Windows from lines "YYYY-MM-DD HH:MM-HH:MM" (or a bare date for the whole day), in the
    event's time zone. Empty text means available throughout. Errors name the line."""
    windows = []
    lines = [ln.strip() for ln in _clean_text(text).splitlines()]
    lines = [ln for ln in lines if ln]
    if len(lines) > MAX_WINDOWS:
        raise forms.ValidationError(
            _("At most %(n)d lines."), code="availability", params={"n": MAX_WINDOWS}
        )
    for number, line in enumerate(lines, start=1):
        match = _LINE.match(line)
        if match is None:
            raise _line_error(
                number, _("write a date and a time window, e.g. 2026-06-10 09:00-12:30.")
            )
        windows.append(_window(event, number, match))
    order = sorted(range(len(windows)), key=lambda i: windows[i])
    for i, j in itertools.pairwise(order):
        if windows[j][0] < windows[i][1]:
            raise forms.ValidationError(
                _("Lines %(a)d and %(b)d overlap."),
                code="overlap",
                params={"a": min(i, j) + 1, "b": max(i, j) + 1},
            )
    return windows


def format_availability(windows: list[tuple[datetime, datetime]], event: Event) -> str:
    rows = []
    for start, end in windows:
        s, e = start.astimezone(event.tz), end.astimezone(event.tz)
        rows.append(
            f"{s:%Y-%m-%d} {s:%H:%M}-{e:%H:%M}" if e - s < timedelta(days=1) else f"{s:%Y-%m-%d}"
        )
    return "\n".join(rows)


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


class OrganiserMeetingForm(forms.Form):
    a = forms.IntegerField(label=_("Participant"), min_value=1)
    b = forms.IntegerField(label=_("Participant"), min_value=1)
    priority = forms.TypedChoiceField(
        label=_("Priority"), coerce=int, choices=[(1, "1"), (2, "2"), (3, "3")], initial=1
    )


# --- availability after registration: one row per window -------------------------------------


def event_days(event: Event) -> list[date]:
    """The event's days in its own time zone."""
    tz = event.tz
    first, last = event.starts_at.astimezone(tz).date(), event.ends_at.astimezone(tz).date()
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _hm(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


class WindowForm(forms.Form):
    """One availability window: a day of the event and a time range in the event's time zone
    (both times empty: the whole day). A row left entirely empty is ignored."""

    day = forms.DateField(label=_("Day"), required=False, widget=forms.Select)
    start = forms.TimeField(
        label=pgettext_lazy("time range", "From"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
    )
    end = forms.TimeField(
        label=pgettext_lazy("time range", "To"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
    )

    def __init__(self, *args: Any, event: Event, **kwargs: Any):
        self.event = event
        super().__init__(*args, **kwargs)
        self.fields["day"].widget.choices = [("", "—")] + [
            (d.isoformat(), f"{d:%a %Y-%m-%d}") for d in event_days(event)
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if self.errors:
            return data
        day, start, end = data.get("day"), data.get("start"), data.get("end")
        if day is None:
            if start or end:
                self.add_error("day", _("Choose a day for this window."))
            return data
        days = event_days(self.event)
        if day not in days:
            self.add_error(
                "day",
                forms.ValidationError(
                    _("The day is outside the event's dates (%(first)s to %(last)s)."),
                    code="outside",
                    params={"first": days[0].isoformat(), "last": days[-1].isoformat()},
                ),
            )
            return data
        if (start is None) != (end is None):
            self.add_error("end", _("Give both times, or neither for the whole day."))
            return data
        if start is not None and end is not None and end <= start:
            self.add_error("end", _("The end time is not after the start time."))
        return data

    def window(self) -> tuple[datetime, datetime] | None:
        data = getattr(self, "cleaned_data", {})
        day = data.get("day")
        if day is None:
            return None
        tz = self.event.tz
        if data.get("start") is None:
            begin = datetime.combine(day, time(0, 0), tzinfo=tz)
            return begin, begin + timedelta(days=1)
        return (
            datetime.combine(day, data["start"], tzinfo=tz),
            datetime.combine(day, data["end"], tzinfo=tz),
        )


class BaseAvailabilityFormSet(forms.BaseFormSet):
    """Every row valid, at most MAX_WINDOWS, no two windows overlapping. `windows` is the
    cleaned list (sorted); an empty list means "available throughout"."""

    def clean(self) -> None:
        super().clean()
        if any(self.errors):
            return
        rows = [(w, i) for i, f in enumerate(self.forms) if (w := f.window()) is not None]
        if len(rows) > MAX_WINDOWS:
            raise forms.ValidationError(
                _("At most %(n)d windows."), code="too_many", params={"n": MAX_WINDOWS}
            )
        rows.sort()
        tz = self.event.tz
        for (a, _i), (b, _j) in itertools.pairwise(rows):
            if b[0] < a[1]:
                raise forms.ValidationError(
                    _("Two windows overlap: %(a)s–%(a_end)s and %(b)s–%(b_end)s."),
                    code="overlap",
                    params={
                        "a": _hm(a[0].astimezone(tz)),
                        "a_end": f"{a[1].astimezone(tz):%H:%M}",
                        "b": _hm(b[0].astimezone(tz)),
                        "b_end": f"{b[1].astimezone(tz):%H:%M}",
                    },
                )
        self.windows = [w for w, _i in rows]

    def __init__(self, *args: Any, event: Event, **kwargs: Any):
        self.event = event
        kwargs.setdefault("form_kwargs", {})["event"] = event
        super().__init__(*args, **kwargs)


AvailabilityFormSet = forms.formset_factory(
    WindowForm,
    formset=BaseAvailabilityFormSet,
    extra=3,
    max_num=MAX_WINDOWS,
    absolute_max=MAX_WINDOWS + 10,
    validate_max=True,
)


def availability_initial(windows: Any, event: Event) -> list[dict[str, Any]]:
    """Rows for the form from stored windows (whole days without times)."""
    tz = event.tz
    rows = []
    for w in windows:
        s, e = w.starts_at.astimezone(tz), w.ends_at.astimezone(tz)
        if e - s >= timedelta(days=1) and s.time() == time(0, 0):
            rows.append({"day": s.date()})
        else:
            rows.append({"day": s.date(), "start": s.time(), "end": e.time()})
    return rows


def availability_formset(data: Any, event: Event, windows: Any = ()) -> BaseAvailabilityFormSet:
    initial = availability_initial(windows, event)
    return AvailabilityFormSet(data, event=event, initial=initial, prefix="windows")


# --- organisers: events and their programme ---------------------------------------------------

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
