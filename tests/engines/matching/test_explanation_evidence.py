"""Explanations are evidence: every concept shown occurs in the text of each profile."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from techbridge.engines.matching.engine import MatchingConfig, MatchingEngine
from techbridge.engines.matching.types import Concept, ProfileDoc
from techbridge.engines.text import index_terms
from techbridge.engines.text.analysis import english_word
from techbridge.engines.text.normalisation import has_han, normalise

NOW = datetime(2026, 6, 1, tzinfo=UTC)


def _text(doc: ProfileDoc) -> str:
    return normalise(" ".join([doc.title, doc.summary, " ".join(doc.keywords), doc.description]))


def occurs(term: str, doc: ProfileDoc) -> bool:
    """A Chinese term as it is written in the text; an English one word by word up to its
    stem ("batteries" for "battery")."""
    text = _text(doc)
    if has_han(term):
        return term in text
    stems = set(index_terms(text))
    words = [english_word(w) for w in term.lower().split()]
    return bool(words) and all(w is None or w in stems for w in words)


def evidenced(concept: Concept, a: ProfileDoc, b: ProfileDoc) -> bool:
    """The concept's English name in one text and its Chinese name in the other (or the one
    name it has in both)."""
    en, zh = concept.en, concept.zh
    if en and zh:
        return (occurs(en, a) and occurs(zh, b)) or (occurs(zh, a) and occurs(en, b))
    term = en or zh
    return bool(term) and occurs(term, a) and occurs(term, b)


def _engine(docs: list[ProfileDoc]) -> MatchingEngine:
    engine = MatchingEngine(MatchingConfig(encoder="none"))
    engine.build(docs)
    return engine


ENGLISH_OFFER = ProfileDoc(
    id="en-offer",
    kind="offer",
    lang="en",
    title="Recovery of lithium, cobalt and nickel from spent lithium-ion batteries",
    description="A hydrometallurgical process for spent batteries, piloted in Italy, "
    "recovers 95 % of the lithium. A new technology and method for the problem.",
    org_id="org-en",
)
CHINESE_REQUEST = ProfileDoc(
    id="zh-request",
    kind="request",
    lang="zh",
    title="废旧锂电池回收技术需求",
    description="我公司在意大利和中国设有工厂，希望引进废旧锂电池回收技术，回收锂、钴和镍，"
    "解决技术问题，寻求新方法。",
    org_id="org-zh",
)


def _shown(query: ProfileDoc, other: ProfileDoc) -> tuple[Concept, ...]:
    engine = _engine([query, other])
    result = next(r for r in engine.top(query, k=5, now=NOW) if r.id == other.id)
    return result.explanation.shared_concepts


def test_battery_recycling_is_explained_only_by_words_both_texts_contain() -> None:
    for query, other in ((ENGLISH_OFFER, CHINESE_REQUEST), (CHINESE_REQUEST, ENGLISH_OFFER)):
        shown = _shown(query, other)
        assert shown, "the two profiles share lithium batteries and recycling"
        for concept in shown:
            assert evidenced(concept, query, other), concept
        names = {c.en for c in shown} | {c.zh for c in shown}
        assert "筋疲力尽" not in names  # a dictionary sense of "spent" neither text contains
        assert any("锂电池" in c.zh for c in shown), shown


def test_places_and_generic_words_never_explain() -> None:
    for query, other in ((ENGLISH_OFFER, CHINESE_REQUEST), (CHINESE_REQUEST, ENGLISH_OFFER)):
        names = {n.lower() for c in _shown(query, other) for n in (c.en, c.zh) if n}
        assert not names & {"italy", "意大利", "中国", "technology", "技术", "problem", "问题"}
        assert not names & {"method", "方法", "new"}


def test_at_most_five_concepts() -> None:
    words = " ".join(f"alpha{i}word" for i in range(20))
    a = ProfileDoc(id="a", kind="offer", title=words, org_id="1")
    b = ProfileDoc(id="b", kind="request", title=words, org_id="2")
    assert len(_shown(a, b)) == 5


# A bilingual vocabulary with traps: words with several senses, places, generic words.
_ENGLISH = [
    "spent",
    "lithium",
    "batteries",
    "battery",
    "recycling",
    "recovery",
    "cobalt",
    "nickel",
    "sensor",
    "sensors",
    "water",
    "treatment",
    "membrane",
    "solar",
    "panels",
    "heat",
    "pump",
    "steam",
    "free",
    "formaldehyde",
    "glue",
    "plywood",
    "Italy",
    "Germany",
    "technology",
    "problem",
    "wind",
    "power",
    "turbine",
    "blades",
    "drones",
    "sonar",
    "inspection",
    "soil",
    "remediation",
    "heavy",
    "metals",
    "exhausted",
    "used",
    "old",
    "worn",
    "release",
]
_CHINESE = [
    "废旧",
    "锂电池",
    "电池",
    "回收",
    "钴",
    "镍",
    "传感器",
    "水处理",
    "膜",
    "太阳能",
    "热泵",
    "蒸汽",
    "甲醛",
    "胶合板",
    "意大利",
    "德国",
    "技术",
    "问题",
    "风电",
    "叶片",
    "无人机",
    "声呐",
    "检测",
    "土壤",
    "修复",
    "重金属",
    "筋疲力尽",
    "释放",
    "疲劳",
    "旧",
    "用完",
]
_words = st.lists(st.sampled_from(_ENGLISH + _CHINESE), min_size=1, max_size=12)


def _doc(pid: str, kind: str, words: list[str]) -> ProfileDoc:
    return ProfileDoc(id=pid, kind=kind, title=" ".join(words[:4]), description=" ".join(words))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=_words, b=_words, c=_words)
def test_every_explained_concept_is_found_in_both_texts(
    a: list[str], b: list[str], c: list[str]
) -> None:
    docs = [_doc("a", "offer", a), _doc("b", "request", b), _doc("c", "request", c)]
    engine = _engine(docs)
    by_id = {d.id: d for d in docs}
    for query in docs:
        for result in engine.top(query, k=5, now=NOW):
            other = by_id[result.id]
            for concept in result.explanation.shared_concepts:
                assert evidenced(concept, query, other), (concept, query, other)
            assert len(result.explanation.shared_concepts) <= 5
