"""Issue 20 in a browser: after a participant arrives late, the organiser repairs the
announced agenda, reads the change list before anything is sent, announces it, and finds the
new version in the change log; the participants concerned have a notice, the others none."""

from __future__ import annotations

import pytest

from techbridge.events import services
from techbridge.events.models import MeetingSlot, ScheduleVersion
from techbridge.notifications.models import Notification
from tests.events.conftest import add_slots, make_event, register
from tests.factories import (
    PASSWORD,
    ChineseOrganisationFactory,
    MembershipFactory,
    OrganisationFactory,
    StaffFactory,
)

from .test_platform_story import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _announced_event(staff):
    event = make_event(schedule_time_limit=3)
    add_slots(event, staff)
    slots = list(MeetingSlot.objects.filter(event=event).order_by("starts_at"))
    people = []
    for factory, name in ((OrganisationFactory, "Anna"), (ChineseOrganisationFactory, "Wang Wei"),
                          (OrganisationFactory, "Claire")):  # fmt: skip
        org = factory()
        people.append(register(MembershipFactory(organisation=org).user, event, org, name))
    for i, (x, y) in enumerate(((0, 1), (0, 2), (1, 2))):
        m = services.meeting_add(actor=staff, event=event, a=people[x], b=people[y])
        services.meeting_place(actor=staff, meeting=m, slot=slots[i], table=1)
    services.schedule_announce(actor=staff, event=event)
    # Anna arrives late: available from the second slot on (the organiser records it)
    services.participant_set_availability(
        actor=staff, participant=people[0], windows=[(slots[1].starts_at, slots[3].ends_at)]
    )
    Notification.objects.all().delete()
    return event, people


def test_repair_change_list_announce_change_log(new_page, live_server):
    staff = StaffFactory(department="events")
    event, people = _announced_event(staff)
    base = live_server.url
    page = new_page()
    log_in(page, base, staff.email, PASSWORD)
    page.goto(f"{base}/events/{event.slug}/manage/")
    page.fill("[data-testid=repair-form] #id_max_moves", "1")
    page.fill("[data-testid=repair-form] #id_time_limit", "3")
    with page.expect_navigation():
        page.click("[data-testid=run-repair]")
    assert "Waiting for the organiser" in page.locator("[data-testid=repair-status]").inner_text()
    rows = page.locator("[data-testid=change]")
    assert rows.count() >= 1
    assert "Anna" in rows.first.inner_text() and "Wang Wei" in page.content()
    assert not Notification.objects.exists()  # nothing is sent before announcing
    with page.expect_navigation():
        page.click("[data-testid=announce-changes]")
    assert page.locator("[data-testid=version]").count() == 2
    v2 = ScheduleVersion.objects.get(event=event, number=2)
    told = set(Notification.objects.values_list("user_id", flat=True))
    assert len(told) == v2.notified and v2.notified >= 2
    assert people[0].registered_by_id in told
