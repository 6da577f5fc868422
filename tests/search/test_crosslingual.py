"""Cross-lingual search through the bilingual dictionary: 电池回收 finds English battery
recycling and "battery recycling" finds Chinese listings."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import AnonymousUser
from hypothesis import given, settings
from hypothesis import strategies as st

from techbridge.search.crosslingual import DictionaryExpander
from techbridge.search.expansion import set_query_expander
from techbridge.search.selectors import parse_params, search
from tests.factories import ChineseOrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual(django_capture_on_commit_callbacks):
    from techbridge.search.services import reindex_all

    english = ProfileFactory(
        title="Hydrometallurgical recovery of lithium from spent batteries",
        summary="Battery recycling with high recovery of cobalt and nickel.",
        description="A battery recycling process for spent lithium-ion cells.",
    )
    chinese = ProfileFactory(
        organisation=ChineseOrganisationFactory(),
        kind="request",
        language="zh",
        title="寻求废旧电池回收技术",
        summary="我公司寻求电池回收技术。",
        description="需求：废旧锂电池回收，回收率高。",
    )
    unrelated = ProfileFactory(
        title="Laser welding of aluminium",
        summary="Laser welding.",
        description="Welding.",
        sectors=["photonics"],
    )
    reindex_all()
    set_query_expander(DictionaryExpander())
    return english, chinese, unrelated


def ids(q: str) -> set[int]:
    result = search(actor=AnonymousUser(), params=parse_params({"q": q}))
    return {item.card.id for item in result.items}


def test_chinese_query_finds_english_profile(bilingual):
    english, chinese, unrelated = bilingual
    found = ids("电池回收")
    assert {english.id, chinese.id} <= found
    assert unrelated.id not in found


def test_english_query_finds_chinese_profile(bilingual):
    english, chinese, unrelated = bilingual
    found = ids("battery recycling")
    assert {english.id, chinese.id} <= found
    assert unrelated.id not in found


def test_each_query_ranks_its_own_language_first():
    """The other language's words (the expander's) count half: both profiles of a pair
    written alike are found, the one in the query's language first."""
    from techbridge.search.services import reindex_all

    english = ProfileFactory(
        title="Battery recycling plant",
        summary="Battery recycling.",
        description="Battery recycling of spent cells.",
        sectors=["photonics"],  # sector names are indexed in both languages: none shared
    )
    chinese = ProfileFactory(
        organisation=ChineseOrganisationFactory(),
        language="zh",
        title="电池回收工厂",
        summary="电池回收。",
        description="废旧电芯的电池回收。",
        sectors=["photonics"],
    )
    reindex_all()
    set_query_expander(DictionaryExpander())
    for q, first, second in (
        ("battery recycling", english, chinese),
        ("电池回收", chinese, english),
    ):
        result = search(actor=AnonymousUser(), params=parse_params({"q": q}))
        assert [item.card.id for item in result.items] == [first.id, second.id], q


def test_half_translatable_query_is_not_expanded():
    assert DictionaryExpander().expand("wastewater treatment", []) == []


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=80))
def test_expander_never_fails(text):
    groups = DictionaryExpander().expand(text, [])
    assert len(groups) <= 24
    assert all(isinstance(t, str) and t for group in groups for t in group)
