"""The matching engine's promises: cross-lingual matches, fit, explanations, bad input."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
from techbridge.engines.matching.representation import HashingEncoder
from techbridge.engines.matching.types import ProfileDoc

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def offer(pid: str, title: str, description: str = "", **kw: object) -> ProfileDoc:
    return ProfileDoc(id=pid, kind="offer", title=title, description=description, **kw)  # type: ignore[arg-type]


def request(pid: str, title: str, description: str = "", **kw: object) -> ProfileDoc:
    return ProfileDoc(id=pid, kind="request", title=title, description=description, **kw)  # type: ignore[arg-type]


CHINESE_REQUEST = request(
    "q-zh",
    "寻求锂电池回收技术",
    "我公司希望引进废旧锂电池回收工艺，回收钴和镍。",
    sectors=("energy-storage",),
    partnership_types=("licence_in",),
    trl=7,
    org_id="org-q",
)


def test_chinese_request_finds_english_battery_recycling_offer(engine: MatchingEngine) -> None:
    results = engine.top(CHINESE_REQUEST, k=3, now=NOW)
    ids = [r.id for r in results]
    assert "en-battery" in ids[:2]
    assert "zh-battery" in ids[:2]
    best = next(r for r in results if r.id == "en-battery")
    concepts = {(c.en, c.zh) for c in best.explanation.shared_concepts}
    assert any("batter" in en and "电池" in zh for en, zh in concepts), concepts
    assert "license in" in best.explanation.summary
    assert "Energy storage and batteries / 储能与电池" in best.explanation.shared_sectors


def test_english_request_finds_chinese_offer(engine: MatchingEngine) -> None:
    query = request("q-en", "Tea processing", "Instant tea powder by enzymatic hydrolysis")
    assert engine.top(query, k=1, now=NOW)[0].id == "zh-tea"


def test_only_partners_of_the_other_kind_and_other_organisations(engine: MatchingEngine) -> None:
    ids = {r.id for r in engine.top(CHINESE_REQUEST, k=20, now=NOW)}
    assert "req-other" not in ids
    mine = dataclasses.replace(CHINESE_REQUEST, org_id="org-de")
    assert "en-battery" not in {r.id for r in engine.top(mine, k=20, now=NOW)}


def test_indexed_query_does_not_match_itself(
    engine: MatchingEngine, corpus: tuple[ProfileDoc, ...]
) -> None:
    assert "en-battery" not in {r.id for r in engine.top(corpus[0], k=20, now=NOW)}


def test_partnership_fit_raises_the_score(engine: MatchingEngine) -> None:
    by_id = {r.id: r for r in engine.top(CHINESE_REQUEST, k=5, now=NOW)}
    assert by_id["en-battery"].components["partnership"] == 1.0
    assert by_id["zh-battery"].components["partnership"] < 1.0


def test_investors_for_investment_requests(engine: MatchingEngine) -> None:
    query = request(
        "q-inv", "Battery start-up seeks funding", partnership_types=("investment_sought",)
    )
    results = engine.top(query, k=10, now=NOW)
    investor = next(r for r in results if r.id == "investor-1")
    assert investor.components["kind"] == 1.0


def test_scores_in_range_and_sorted(engine: MatchingEngine) -> None:
    results = engine.top(CHINESE_REQUEST, k=10, now=NOW)
    assert all(0.0 <= r.score <= 1.0 for r in results)
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)


def test_add_and_remove(corpus: tuple[ProfileDoc, ...]) -> None:
    eng = MatchingEngine(MatchingConfig(encoder="none"), encoder=HashingEncoder())
    eng.build(corpus[:3])
    new = offer("new", "Sodium-ion battery recycling", "Recycling sodium batteries.")
    eng.add(new)
    assert "new" in {r.id for r in eng.top(CHINESE_REQUEST, k=5, now=NOW)}
    eng.remove("new")
    eng.remove("never-indexed")
    assert "new" not in {r.id for r in eng.top(CHINESE_REQUEST, k=5, now=NOW)}
    assert len(eng) == 3


def test_empty_engine() -> None:
    eng = MatchingEngine(MatchingConfig(encoder="none"), encoder=HashingEncoder())
    eng.build([])
    assert eng.top(CHINESE_REQUEST, k=5, now=NOW) == []


class TestBadInput:
    def test_degenerate_texts_never_crash(self, engine: MatchingEngine) -> None:
        for title in ("", "battery", "12345 67890", "🔋🔋🔋", "   \x00 ", "\ud800"):
            results = engine.top(request("q", title), k=5, now=NOW)
            assert all(0.0 <= r.score <= 1.0 for r in results)

    def test_other_language_falls_back_to_lexical(self, corpus: tuple[ProfileDoc, ...]) -> None:
        eng = MatchingEngine(MatchingConfig(encoder="none"), encoder=HashingEncoder())
        eng.build([*corpus, offer("fr", "Recyclage des batteries au lithium", lang="fr")])
        results = eng.top(request("q-fr", "recyclage des batteries"), k=3, now=NOW)
        assert results[0].id == "fr"

    def test_huge_text_is_truncated_and_says_so(self, engine: MatchingEngine) -> None:
        huge = request("q-huge", "Battery recycling", "lithium battery recycling " * 4000)
        assert len(huge.description) >= 100_000
        results = engine.top(huge, k=3, now=NOW)
        assert results and all(r.truncated for r in results)
        assert "not used for matching" in results[0].explanation.summary

    def test_no_sectors_no_dates(self, engine: MatchingEngine) -> None:
        bare = request("q-bare", "lithium battery recycling")
        result = engine.top(bare, k=1, now=None)[0]
        assert "sector" not in result.components
        assert "freshness" not in result.components


_text = st.text(
    alphabet=st.sampled_from(list("电池回收锂水茶 batteryrecylingtea0123😀")), max_size=40
)


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=_text, description=_text, trl=st.none() | st.integers(1, 9))
def test_property_scores_in_range_and_deterministic(
    engine: MatchingEngine, title: str, description: str, trl: int | None
) -> None:
    query = ProfileDoc(id="p", kind="request", title=title, description=description, trl=trl)
    first = engine.top(query, k=5, now=NOW)
    assert first == engine.top(query, k=5, now=NOW)
    assert all(0.0 <= r.score <= 1.0 for r in first)
    assert all(
        0.0 <= v <= 1.0 or name in {"lexical", "translated", "pivot"}
        for r in first
        for name, v in r.components.items()
    )


def test_language_symmetry(engine: MatchingEngine) -> None:
    """The same need stated in either language finds the same two battery offers first."""
    zh = request("q1", "锂电池回收", "废旧锂电池回收钴镍")
    en = request(
        "q2",
        "Lithium battery recycling",
        "Recycling cobalt and nickel from spent lithium batteries",
    )
    top_zh = {r.id for r in engine.top(zh, k=2, now=NOW)}
    top_en = {r.id for r in engine.top(en, k=2, now=NOW)}
    assert top_zh == top_en == {"en-battery", "zh-battery"}
