"""Issue 20, point 4 in a browser: the organiser adds an interpreter and a room, runs the
scheduler, and the participant's agenda shows the meeting's room and interpreter."""

from __future__ import annotations

import pytest

from techbridge.events import services
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


def test_organiser_adds_interpreter_and_room_participant_sees_them(new_page, live_server):
    staff = StaffFactory(department="events")
    event = make_event(interpreter_tables=0, schedule_time_limit=3)
    add_slots(event, staff)
    org, cn_org = OrganisationFactory(), ChineseOrganisationFactory()
    member = MembershipFactory(organisation=org).user
    anna = register(member, event, org, "Anna", languages=["de"])
    wang = register(MembershipFactory(organisation=cn_org).user, event, cn_org, "Wang Wei",
                    languages=["zh"])  # fmt: skip
    services.meeting_add(actor=staff, event=event, a=anna, b=wang)
    base = live_server.url
    page = new_page()
    log_in(page, base, staff.email, PASSWORD)
    page.goto(f"{base}/events/{event.slug}/manage/")
    page.click("[data-testid=resources]")
    page.click("[data-testid=add-interpreter]")
    page.fill("#id_name", "Li Na")
    page.check("input[name=languages][value=zh]")
    page.check("input[name=languages][value=de]")
    with page.expect_navigation():
        page.click("[data-testid=save-resource]")
    page.click("[data-testid=add-room]")
    page.fill("#id_name", "Hall A")
    page.fill("#id_first_table", "1")
    page.fill("#id_last_table", "4")
    with page.expect_navigation():
        page.click("[data-testid=save-resource]")
    assert "Li Na" in page.locator("[data-testid=interpreters]").inner_text()
    assert "Hall A" in page.locator("[data-testid=rooms]").inner_text()
    page.goto(f"{base}/events/{event.slug}/manage/")
    page.fill("[data-testid=schedule-form] #id_time_limit", "3")
    with page.expect_navigation():
        page.click("[data-testid=run-scheduler]")
    visitor = new_page()
    log_in(visitor, base, member.email, PASSWORD)
    visitor.goto(f"{base}/events/{event.slug}/agenda/{anna.pk}/")
    assert visitor.locator("[data-testid=agenda-room]").inner_text() == "Hall A"
    assert "Li Na" in visitor.locator("[data-testid=agenda-interpreter]").inner_text()
