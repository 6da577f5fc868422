"""A small bilingual market: English battery-recycling offers (one blind), unrelated offers,
an investor, and a Chinese company that will publish a request for 锂电池回收."""

from __future__ import annotations

from typing import Any

import pytest
from django.utils import timezone

from techbridge.matches import engine
from techbridge.profiles.models import TechnologyProfile
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory

BLIND_OWNER = "Geheim Batteriewerk GmbH"


@pytest.fixture(autouse=True)
def _fresh_engine() -> Any:
    engine.reset()
    yield
    engine.reset()


@pytest.fixture
def market(db: Any, org: Any, member: Any) -> dict[str, Any]:
    """`org` (member's) offers hydrometallurgical battery recycling; a blind owner offers
    black-mass separation; others offer unrelated technologies; an investor exists."""
    blind_org = OrganisationFactory(name=BLIND_OWNER, name_alt="秘密电池厂", country="DE")
    blind_member = MembershipFactory(organisation=blind_org).user
    other = OrganisationFactory(name="Sun Labs", sectors=["new-energy"])
    offers = {
        "hydromet": ProfileFactory(
            organisation=org,
            title="Hydrometallurgical recovery of lithium, cobalt and nickel from spent "
            "lithium-ion batteries",
            summary="Recycling of spent lithium-ion batteries: leaching and solvent extraction.",
            keywords=["lithium-ion battery recycling", "lithium", "cobalt"],
        ),
        "blackmass": ProfileFactory(
            organisation=blind_org,
            visibility="blind",
            title="Safe discharge, shredding and black-mass separation for spent batteries",
            summary="Separates black mass from spent lithium battery cells.",
            keywords=["battery recycling", "black mass"],
        ),
        "solar": ProfileFactory(
            organisation=other,
            title="Perovskite-silicon tandem solar cells",
            summary="Tandem photovoltaic cells with a stable wide-bandgap top cell.",
            sectors=["new-energy"],
            keywords=["perovskite", "photovoltaics"],
        ),
        "water": ProfileFactory(
            organisation=other,
            title="Membrane bioreactor for textile waste water",
            summary="Treats dye-laden waste water with a ceramic membrane bioreactor.",
            sectors=["water-treatment"],
            keywords=["membrane", "waste water"],
        ),
    }
    investor = OrganisationFactory(
        name="Green Battery Ventures",
        type="investor",
        sectors=["energy-storage", "recycling"],
        description="Invests in battery recycling and energy storage start-ups.",
    )
    return {
        "offers": offers,
        "blind_org": blind_org,
        "blind_member": blind_member,
        "investor": investor,
        "other": other,
    }


def chinese_request(organisation: Any, **overrides: Any) -> TechnologyProfile:
    """A submitted (not yet published) Chinese request for lithium battery recycling."""
    fields = {
        "organisation": organisation,
        "kind": "request",
        "language": "zh",
        "title": "寻求废旧锂电池回收(锂电池回收)技术",
        "summary": "我公司寻求废旧锂离子电池回收技术，回收锂、钴、镍。",
        "description": "需求：锂电池回收，湿法冶金，黑粉分选。",
        "keywords": ["锂电池回收", "电池回收"],
        "sectors": ["recycling", "energy-storage"],
        "partnership_types": ["licence_in", "investment_sought"],
        "target_countries": [],
        "status": "submitted",
        "published_at": None,
        "submitted_at": timezone.now(),
    }
    fields.update(overrides)
    return ProfileFactory(**fields)
