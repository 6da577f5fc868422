"""Fixtures of the search tests: profiles are indexed through the same service the
`profile_changed` receiver calls."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.search.services import index_organisations, index_profiles
from tests.factories import ChineseOrganisationFactory, OrganisationFactory, ProfileFactory


def indexed(**kwargs: Any) -> Any:
    profile = ProfileFactory(**kwargs)
    index_profiles([profile.id])
    return profile


@pytest.fixture
def corpus(db: Any) -> dict[str, Any]:
    """A small bilingual corpus with every visibility and a blind owner in China."""
    de = OrganisationFactory(name="Fraunhofer Batterie", type="research_institute")
    cn = ChineseOrganisationFactory(name="苏州绿能回收有限公司", province="JS")
    hidden = ChineseOrganisationFactory(
        name="Quixotic Holdings", name_alt="神秘公司", province="XZ", type="investor"
    )
    out = {
        "en": indexed(
            organisation=de,
            title="Battery recycling by hydrometallurgy",
            summary="Recover lithium and cobalt from spent batteries.",
        ),
        "zh": indexed(
            organisation=cn,
            language="zh",
            kind="request",
            title="寻求废旧锂电池回收技术",
            summary="我们需要电池回收的成套技术。",
            description="电池回收、破碎分选。",
            sectors=["recycling"],
            partnership_types=["purchase"],
            trl=8,
        ),
        "blind": indexed(
            organisation=hidden,
            visibility="blind",
            title="Battery recycling with a secret solvent",
            summary="Solvent-based recycling of battery black mass.",
        ),
        "members": indexed(
            organisation=de,
            visibility="members",
            title="Members-only battery recycling pilot",
        ),
        "draft": indexed(organisation=de, status="draft", published_at=None),
        "solar": indexed(
            organisation=de,
            title="Perovskite solar cells",
            summary="Thin film photovoltaics.",
            sectors=["new-energy"],
            keywords=["solar"],
        ),
    }
    index_organisations([de.id, cn.id, hidden.id])
    out["orgs"] = {"de": de, "cn": cn, "hidden": hidden}
    return out
