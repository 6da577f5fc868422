"""Issue 20 in a browser, the last days before a convention: the organiser prints every badge
and agenda as one archive (a task with its progress on the page), then a participant's
organisation cancels its registration; the partners of its announced meetings see them
withdrawn and get a calendar file that cancels them (METHOD:CANCEL, the meeting's UID)."""

from __future__ import annotations

import re
import zipfile

import pytest

from techbridge.events import services
from techbridge.events.models import Meeting, MeetingSlot
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
PAGE = re.compile(rb"/Type\s*/Page\b")


def _announced(staff):
    """Three participants, each pair meeting once, announced."""
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
    return event, people


def _print_archive(page, base, event) -> dict[str, bytes]:
    page.goto(f"{base}/events/{event.slug}/manage/")
    with page.expect_navigation():
        page.click("[data-testid=print-all]")
    page.wait_for_selector("[data-testid=print-archive]", timeout=90_000)  # htmx polling
    with page.expect_download() as download:
        page.click("[data-testid=print-archive]")
    with zipfile.ZipFile(download.value.path()) as archive:
        assert archive.testzip() is None
        return {name: archive.read(name) for name in archive.namelist()}


def test_print_everything_then_a_late_cancellation(new_page, live_server):
    staff = StaffFactory(department="events")
    event, people = _announced(staff)
    base = live_server.url
    organiser = new_page()
    log_in(organiser, base, staff.email, PASSWORD)
    files = _print_archive(organiser, base, event)
    assert sorted(files) == ["agendas-0001.pdf", "badges-0001.pdf"], sorted(files)
    for name, pdf in files.items():  # one page per participant in each file
        assert pdf.startswith(b"%PDF") and PAGE.findall(pdf), name
        assert len(PAGE.findall(pdf)) >= len(people), (name, len(PAGE.findall(pdf)))

    claire_side = new_page()  # Claire's organisation cancels her registration
    log_in(claire_side, base, people[2].registered_by.email, PASSWORD)
    claire_side.goto(f"{base}/events/{event.slug}/registrations/")
    claire_side.once("dialog", lambda dialog: dialog.accept())
    with claire_side.expect_navigation():
        claire_side.click("[data-testid=cancel-registration]")
    withdrawn = Meeting.objects.get(a=people[0], b=people[2])

    anna_side = new_page()
    log_in(anna_side, base, people[0].registered_by.email, PASSWORD)
    anna_side.goto(f"{base}/events/{event.slug}/agenda/{people[0].pk}/")
    assert anna_side.locator("[data-testid=withdrawn]").count() == 1
    href = anna_side.get_attribute("[data-testid=download-cancellations]", "href")
    ics = anna_side.request.get(base + href).text()
    assert "METHOD:CANCEL" in ics and "STATUS:CANCELLED" in ics
    assert f"meeting-{withdrawn.pk}@" in ics or str(withdrawn.pk) in ics
    assert ics.count("BEGIN:VEVENT") == 1  # the meeting with Wang Wei still takes place
