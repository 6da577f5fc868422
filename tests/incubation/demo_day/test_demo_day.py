"""The demo day: the matching engine proposes investors and industrial partners for each
cohort company's profiles; a company sees its own (a blind partner's owner stays hidden),
nobody else's; a meeting can be requested at the event from there."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.utils import timezone

from techbridge.events.models import Event, Participant
from techbridge.incubation.models import DemoDay, PartnerProposal
from techbridge.incubation.services import demo_day
from techbridge.matches import engine
from tests.conftest import login
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory
from tests.incubation.mentoring.conftest import make_company

pytestmark = pytest.mark.django_db
BATTERY = dict(
    summary="Solid-state lithium battery cells for electric scooters.",
    keywords=["solid-state battery", "lithium"], sectors=["energy-storage"],
)  # fmt: skip


@pytest.fixture(autouse=True)
def _fresh_engine() -> Any:
    engine.reset()
    yield
    engine.reset()


@pytest.fixture
def market(cohort: Any, org: Any) -> dict[str, Any]:
    ProfileFactory(organisation=org, title="Solid-state battery cells",
                   partnership_types=["licence_out", "investment_sought"], **BATTERY)  # fmt: skip
    investor = OrganisationFactory(
        name="Lithium Ventures", type="investor", sectors=["energy-storage"],
        description="We invest in solid-state battery and lithium storage start-ups.",
    )  # fmt: skip
    maker = OrganisationFactory(name="Scooter Works", country="CN")
    ProfileFactory(organisation=maker, kind="request", title="Need solid-state battery cells",
                   partnership_types=["licence_in"], **BATTERY)  # fmt: skip
    hidden = OrganisationFactory(name="Secret Motors")
    ProfileFactory(organisation=hidden, kind="request", title="Battery cells for e-bikes",
                   visibility="blind", partnership_types=["licence_in"], **BATTERY)  # fmt: skip
    return {"investor": investor, "maker": maker, "hidden": hidden}


def test_proposals_and_who_sees_them(
    staff: Any, cohort: Any, company: Any, member: Any, market: dict[str, Any]
) -> None:
    start = timezone.now() + timedelta(days=20)
    event = Event.objects.create(slug="demo-day", type="matchmaking", title_en="Demo day",
                                 starts_at=start, ends_at=start + timedelta(hours=6),
                                 b2b_enabled=True)  # fmt: skip
    day = demo_day.demo_day_save(actor=staff, cohort=cohort, event=event)
    Participant.objects.create(event=event, organisation=market["investor"], name="Investor",
                               email="i@example.org", status="confirmed")  # fmt: skip
    assert demo_day.demo_day_propose(actor=staff, demo_day=day) > 0
    roles = set(PartnerProposal.objects.values_list("role", flat=True))
    assert roles == {"investor", "industrial"}
    client = login(member)
    page = client.get(f"/incubation/companies/{company.pk}/demo-day/").content.decode()
    assert "Lithium Ventures" in page and "Scooter Works" in page
    assert "Battery cells for e-bikes" in page and "Secret Motors" not in page
    assert f"/events/{event.slug}/participants/" in page  # ask the investor for a meeting
    outsider = login(MembershipFactory().user)
    assert outsider.get(f"/incubation/companies/{company.pk}/demo-day/").status_code == 404
    assert outsider.get(f"/incubation/cohorts/{cohort.slug}/demo-day/").status_code == 403
    other = make_company(cohort)
    assert not PartnerProposal.objects.filter(company=other).exists()
    assert DemoDay.objects.get().proposed_at is not None


def test_staff_page_proposes(client_staff: Any, cohort: Any, company: Any, market: Any) -> None:
    page = client_staff.post(
        f"/incubation/cohorts/{cohort.slug}/demo-day/", {"propose": "1"}, follow=True
    )
    assert "Lithium Ventures" in page.content.decode()
