"""Availability for B2B meetings: the free-text windows of the registration form and the
one-row-per-window formset used after registration."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime, time, timedelta
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from techbridge.events.models import Event

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
