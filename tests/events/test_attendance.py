"""Attendance rules (issue 17, point 6): held / no-show only from the meeting's start, an
explicit choice, correctable by either side within a window after the meeting and by staff
afterwards, every mark kept with who made it."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from techbridge.core.errors import Conflict, ValidationFailed
from techbridge.events import selectors, services
from techbridge.events.models import Meeting, MeetingSlot
from tests.conftest import login
from tests.events.conftest import add_slots

HOUR = timedelta(hours=1)


@pytest.fixture
def scheduled(people: dict[str, Any], organiser: Any, event: Any) -> Meeting:
    add_slots(event, organiser)
    m = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    slot = MeetingSlot.objects.filter(event=event).order_by("starts_at").first()
    return services.meeting_place(actor=organiser, meeting=m, slot=slot, table=2)


@pytest.fixture
def begun(scheduled: Meeting) -> Meeting:
    """The meeting's slot moved to an hour ago, so the pages (which use the clock) may mark it."""
    now = timezone.now()
    MeetingSlot.objects.filter(pk=scheduled.slot_id).update(
        starts_at=now - HOUR, ends_at=now - HOUR / 2
    )
    return Meeting.objects.select_related("slot").get(pk=scheduled.pk)


def mark(actor: Any, meeting: Meeting, attendance: str, after: timedelta, **kw: Any) -> Meeting:
    now = meeting.slot.ends_at + after
    return services.meeting_mark_attendance(
        actor=actor, meeting=meeting, attendance=attendance, now=now, **kw
    )


def test_a_meeting_months_ahead_cannot_be_marked(scheduled: Meeting, member: Any) -> None:
    for choice in ("held", "no_show"):
        with pytest.raises(Conflict):
            services.meeting_mark_attendance(
                actor=member,
                meeting=scheduled,
                attendance=choice,
                now=scheduled.slot.starts_at - timedelta(days=60),
            )
    assert Meeting.objects.get(pk=scheduled.pk).attendance == ""


@pytest.mark.parametrize("choice", ["", "maybe", "1"])
def test_the_choice_is_explicit(scheduled: Meeting, member: Any, choice: str) -> None:
    with pytest.raises(ValidationFailed):
        mark(member, scheduled, choice, HOUR)
    assert Meeting.objects.get(pk=scheduled.pk).attendance == ""


def test_either_side_corrects_within_the_window_with_history(
    scheduled: Meeting, people: dict[str, Any], member: Any, cn_member: Any
) -> None:
    mark(member, scheduled, "no_show", HOUR)
    corrected = mark(cn_member, scheduled, "held", 2 * HOUR)
    assert (corrected.attendance, corrected.no_show_participant_id) == ("held", None)
    mark(cn_member, scheduled, "held", 3 * HOUR)  # the same again: no new mark
    trail = selectors.attendance_marks([scheduled.pk])[scheduled.pk]
    assert [(m.attendance, m.absent_id) for m in trail] == [
        ("no_show", people["cn"].id),
        ("held", None),
    ]
    assert (trail[0].by, trail[1].by) == (member.full_name, cn_member.full_name)
    assert "@" not in trail[0].by + trail[1].by  # never an e-mail address


def test_after_the_window_only_staff_correct(
    scheduled: Meeting, people: dict[str, Any], member: Any, organiser: Any, settings: Any
) -> None:
    window = timedelta(hours=settings.TECHBRIDGE["ATTENDANCE_CORRECTION_HOURS"])
    mark(member, scheduled, "no_show", HOUR)
    with pytest.raises(Conflict):
        mark(member, scheduled, "held", window + HOUR)
    assert Meeting.objects.get(pk=scheduled.pk).attendance == "no_show"
    fixed = mark(organiser, scheduled, "held", 30 * window)
    assert fixed.attendance == "held"
    trail = selectors.attendance_marks([scheduled.pk])[scheduled.pk]
    assert [m.attendance for m in trail] == ["no_show", "held"]
    assert trail[-1].by == "the organisers"


def test_the_page_refuses_a_post_without_a_choice(
    begun: Meeting, people: dict[str, Any], member: Any, event: Any
) -> None:
    url = f"/events/{event.slug}/meetings/{begun.id}/attendance/"
    page = login(member).post(url, {"absent": people["cn"].id}, follow=True)
    assert Meeting.objects.get(pk=begun.pk).attendance == ""
    assert "Saved." not in page.content.decode()


def test_the_agenda_marks_corrects_and_shows_the_history(
    begun: Meeting, people: dict[str, Any], member: Any, event: Any
) -> None:
    client = login(member)
    agenda = f"/events/{event.slug}/agenda/{people['de'].id}/"
    url = f"/events/{event.slug}/meetings/{begun.id}/attendance/"
    page = client.get(agenda).content.decode()
    assert 'data-testid="mark-held"' in page and 'data-testid="mark-no-show"' in page
    client.post(url, {"attendance": "no_show", "absent": people["cn"].id})
    page = client.get(agenda).content.decode()
    assert 'data-testid="mark-held"' in page and 'data-testid="mark-no-show"' not in page
    client.post(url, {"attendance": "held", "absent": people["cn"].id})
    assert Meeting.objects.get(pk=begun.pk).attendance == "held"
    page = client.get(agenda).content.decode()
    assert page.count("marked by") == 2 and 'data-testid="mark-no-show"' in page
