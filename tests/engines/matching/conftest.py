"""Fixtures for the matching engine: a tiny bilingual corpus and an engine built on it once."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
from techbridge.engines.matching.representation import HashingEncoder
from techbridge.engines.matching.types import ProfileDoc

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def offer(pid: str, title: str, description: str = "", **kw: object) -> ProfileDoc:
    return ProfileDoc(id=pid, kind="offer", title=title, description=description, **kw)  # type: ignore[arg-type]


def request(pid: str, title: str, description: str = "", **kw: object) -> ProfileDoc:
    return ProfileDoc(id=pid, kind="request", title=title, description=description, **kw)  # type: ignore[arg-type]


CORPUS = (
    offer(
        "en-battery",
        "Lithium-ion battery recycling process",
        "Hydrometallurgical recovery of lithium, cobalt and nickel from spent batteries.",
        lang="en",
        sectors=("energy-storage", "recycling"),
        partnership_types=("licence_out",),
        trl=7,
        countries=("DE",),
        org_id="org-de",
        published_at=datetime(2026, 3, 1, tzinfo=UTC),
    ),
    offer(
        "zh-battery",
        "废旧锂电池回收技术",
        "采用湿法冶金从废旧电池中回收锂、钴、镍，回收率高。",
        lang="zh",
        sectors=("energy-storage", "recycling"),
        partnership_types=("sale",),
        trl=6,
        org_id="org-cn1",
    ),
    offer(
        "en-water",
        "Membrane wastewater treatment for dairy plants",
        "A ceramic membrane bioreactor that treats dairy wastewater and recovers water.",
        lang="en",
        sectors=("water-treatment",),
        partnership_types=("licence_out",),
        org_id="org-nl",
    ),
    offer(
        "zh-tea",
        "茶叶深加工技术",
        "利用酶解和发酵工艺生产速溶茶粉和茶多酚。",
        sectors=("food",),
        org_id="org-cn2",
    ),
    offer(
        "en-drone",
        "Drone-based crop spraying",
        "Unmanned aerial vehicles that spray pesticide precisely over fields.",
        sectors=("modern-agriculture",),
        org_id="org-us",
    ),
    request(
        "req-other",
        "We need battery recycling partners",
        "Looking for a licence to recycle lithium batteries.",
        org_id="org-x",
    ),
    ProfileDoc(
        id="investor-1",
        kind="offer",
        title="Venture fund for battery and clean energy start-ups",
        org_type="investor",
        partnership_types=("investment_offered",),
        org_id="org-vc",
    ),
)


@pytest.fixture(scope="session")
def corpus() -> tuple[ProfileDoc, ...]:
    return CORPUS


@pytest.fixture(scope="session")
def engine() -> MatchingEngine:
    eng = MatchingEngine(MatchingConfig(encoder="none"), encoder=HashingEncoder())
    eng.build(CORPUS)
    return eng
