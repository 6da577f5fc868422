"""The search service: language, ranking, facets, permissions, sync with the profiles."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import AnonymousUser

from techbridge.profiles.selectors import public_profile_list
from techbridge.profiles.services import profile_close, profiles_import
from techbridge.search.forms import parse_params
from techbridge.search.models import SearchDocument
from techbridge.search.selectors import search
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory

ANON = AnonymousUser()


def run(actor: Any = ANON, **params: Any) -> Any:
    return search(actor=actor, params=parse_params(params))


def ids(result: Any) -> set[int]:
    return {i.card.id for i in result.items}


def test_chinese_and_english_queries_find_battery_recycling(corpus: Any) -> None:
    zh = run(q="电池回收")
    assert corpus["zh"].id in ids(zh)
    en = run(q="battery recycling")
    assert corpus["en"].id in ids(en)
    assert corpus["solar"].id not in ids(en)


def test_traditional_characters_match_simplified(corpus: Any) -> None:
    assert corpus["zh"].id in ids(run(q="電池回收"))


def test_title_match_ranks_above_body_match(db: Any) -> None:
    from tests.search.conftest import indexed

    body = indexed(title="Process for metals", summary="Uses graphene in a cell.")
    title = indexed(title="Graphene membranes", summary="A membrane for water.")
    result = run(q="graphene")
    assert [i.card.id for i in result.items][:2] == [title.id, body.id]


def test_snippets_are_escaped_and_marked(db: Any) -> None:
    from tests.search.conftest import indexed

    indexed(title="<script>alert(1)</script> battery", summary="<b>battery</b> & more")
    item = run(q="battery").items[0]
    assert "<script>" not in item.title_html
    assert "&lt;script&gt;" in item.title_html
    assert "<mark>battery</mark>" in item.title_html
    assert "&lt;b&gt;<mark>battery</mark>&lt;/b&gt; &amp; more" in item.snippet_html


def test_facets_count_exactly_the_results(corpus: Any) -> None:
    result = run(q="battery recycling")
    for facet in result.facets:
        for option in facet.options:
            narrowed = run(q="battery recycling", **{facet.name: option.value})
            assert narrowed.total == option.count, (facet.name, option.value)
    kinds = {f.name: f for f in result.facets}["kind"]
    assert sum(o.count for o in kinds.options) == result.total


def test_facets_narrow_and_sort(corpus: Any) -> None:
    assert ids(run(q="recycling", kind="request")) == {corpus["zh"].id}
    assert run(q="battery", sort="newest").total == run(q="battery", sort="expiring").total


def test_filters_that_empty_a_query_are_suggested_for_removal(corpus: Any) -> None:
    """Offers have both words but the filter asks for requests: the page offers to drop the
    filter (with the number of results) instead of loosening the words."""
    result = run(q="battery recycling", kind="request")
    assert result.total == 0 and not result.loose
    assert [(r.name, r.count) for r in result.relax] == [("kind", 2)]  # public + blind


@pytest.mark.parametrize("backend", ["resident", "database"])
def test_one_filter_is_relaxed_by_the_words_check_itself(
    corpus: Any, backend: str, settings: Any, monkeypatch: Any
) -> None:
    """With one filter, removing it asks what the words check asked: asked once."""
    from techbridge.search.backends import get_backend

    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "SEARCH_BACKEND": backend}
    asked = []
    cls, real = type(get_backend()), type(get_backend()).query
    monkeypatch.setattr(
        cls, "query", lambda self, *a, **kw: asked.append(a) or real(self, *a, **kw)
    )
    result = run(q="battery recycling", kind="request")
    assert [(r.name, r.count) for r in result.relax] == [("kind", 2)]
    assert len(asked) == 2  # the page, then the words alone (= without the filter)


def test_any_word_when_no_profile_has_every_word(corpus: Any) -> None:
    result = run(q="perovskite hydrometallurgy")
    assert result.loose and ids(result) == {corpus["en"].id, corpus["solar"].id}
    filtered = run(q="perovskite hydrometallurgy", kind="offer")
    assert filtered.loose and filtered.total == 2


def test_visitor_sees_public_and_blind_only(corpus: Any) -> None:
    found = ids(run(q="battery recycling"))
    assert corpus["blind"].id in found
    assert corpus["members"].id not in found
    assert corpus["draft"].id not in found


def test_member_sees_members_only_profiles(corpus: Any, member: Any) -> None:
    assert corpus["members"].id in ids(run(member, q="battery recycling"))


@pytest.mark.parametrize("who", ["anon", "lone_user", "member", "staff"])
def test_search_agrees_with_the_profile_selector(corpus: Any, who: str, request: Any) -> None:
    actor = ANON if who == "anon" else request.getfixturevalue(who)
    expected = set(public_profile_list(actor=actor).values_list("id", flat=True))
    result = search(actor=actor, params=parse_params({}), per_page=100)
    assert ids(result) == expected
    assert result.total == len(expected)


def test_blind_owner_never_appears(corpus: Any) -> None:
    hidden = corpus["orgs"]["hidden"]
    result = run(q="battery recycling")
    item = next(i for i in result.items if i.card.id == corpus["blind"].id)
    assert item.card.owner is None
    rendered = str(item.title_html) + str(item.snippet_html)
    assert hidden.name not in rendered
    facets = {f.name: {o.value for o in f.options} for f in result.facets}
    assert "XZ" not in facets["province"]
    assert "investor" not in facets["org_type"]
    # The owner's name finds its organisation, never its blind profile.
    by_name = run(q="Quixotic Holdings")
    assert corpus["blind"].id not in ids(by_name)
    assert hidden in by_name.organisations


def test_index_follows_the_profile_services(
    corpus: Any, member: Any, django_capture_on_commit_callbacks: Any
) -> None:
    profile = ProfileFactory(organisation=member.memberships.first().organisation)
    with django_capture_on_commit_callbacks(execute=True):
        profile_close(actor=member, profile=profile)
    assert not SearchDocument.objects.filter(profile_id=profile.id).exists()


def test_import_indexes_in_bulk(db: Any, django_capture_on_commit_callbacks: Any) -> None:
    org = OrganisationFactory()
    base = ProfileFactory.build()
    fields = ("kind", "language", "summary", "description", "sectors", "keywords", "trl")
    rows = [
        {
            **{f: getattr(base, f) for f in fields},
            "ref": f"t:{i}",
            "organisation_id": org.id,
            "title": f"Imported heat pump {i}",
            "ip_status": "none",
            "partnership_types": ["sale"],
            "status": "published",
            "visibility": "public",
            "published_at": base.published_at,
        }
        for i in range(7)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        created = profiles_import(rows=rows)
    assert run(q="heat pump").total == len(created) == 7


def test_organisations_section(corpus: Any) -> None:
    result = run(q="Fraunhofer")
    assert corpus["orgs"]["de"] in result.organisations


def test_member_of_an_organisation_owning_a_blind_profile_sees_province(corpus: Any) -> None:
    owner = MembershipFactory(organisation=corpus["orgs"]["hidden"]).user
    item = next(i for i in run(owner, q="secret solvent").items)
    assert item.card.owner is not None


def test_facets_are_disjunctive_and_count_what_a_click_gives(corpus: Any) -> None:
    """With filters selected, each facet is counted with every filter but its own: the
    selected facet still lists its other values, each with the total its click gives."""
    selected = {"kind": "request"}
    result = run(**selected)
    assert ids(result) == {corpus["zh"].id}
    facets = {f.name: f for f in result.facets}
    assert {o.value: o.count for o in facets["kind"].options} == {"offer": 3, "request": 1}
    assert {o.value for o in facets["language"].options} == {"zh"}
    for q, chosen in (("", selected), ("recycling", {"kind": "offer", "trl": "7-9"})):
        result = run(q=q, **chosen)
        assert not result.loose
        for facet in result.facets:
            for option in facet.options:
                clicked = run(q=q, **{**chosen, facet.name: option.value})
                assert clicked.total == option.count, (q, facet.name, option.value)
                if option.selected:
                    assert option.count == result.total


def test_pages_follow_the_sort_in_sql(db: Any) -> None:
    from tests.search.conftest import indexed

    made = [
        indexed(title=f"Graphene sheet {i}", summary="graphene " * (i % 4 + 1)) for i in range(7)
    ]
    for sort in ("relevance", "newest", "expiring"):
        pages = [
            search(
                actor=ANON,
                params=parse_params({"q": "graphene", "sort": sort, "page": p}),
                per_page=3,
            )
            for p in (1, 2, 3)
        ]
        got = [i.card.id for r in pages for i in r.items]
        assert sorted(got) == sorted(p.id for p in made) and len(set(got)) == 7, sort
        everything = search(
            actor=ANON, params=parse_params({"q": "graphene", "sort": sort}), per_page=50
        )
        assert got == [i.card.id for i in everything.items], sort
    newest = [i.card.id for i in run(q="graphene", sort="newest").items]
    by_date = sorted(made, key=lambda p: (p.published_at, p.id), reverse=True)
    assert newest == [p.id for p in by_date]
    far = search(actor=ANON, params=parse_params({"q": "graphene", "page": 9}), per_page=3)
    assert far.page == 3 and len(far.items) == 1 and far.total == 7


def test_selected_value_without_results_stays_removable(corpus: Any) -> None:
    result = run(q="solar", kind="request")
    assert result.total == 0
    kinds = {o.value: o for o in {f.name: f for f in result.facets}["kind"].options}
    assert kinds["request"].selected and kinds["request"].count == 0
    assert kinds["offer"].count == 1


def test_browse_counts_are_cached_until_the_index_changes(
    corpus: Any, django_assert_num_queries: Any
) -> None:
    from techbridge.search.backends import database_backend
    from techbridge.search.forms import parse_params as pp
    from techbridge.search.selectors import _filters, text_plan
    from tests.search.conftest import indexed

    # the SQL backend's cache (the resident backend counts in memory)
    backend, plan = database_backend(), text_plan("")
    filters = _filters(ANON, pp({"kind": "offer"}))
    first = backend.query(plan, filters, "relevance", 1, 2)
    with django_assert_num_queries(2):  # the state token, then the page alone
        again = backend.query(plan, filters, "relevance", 1, 2)
    assert again == first
    assert (
        backend.query(plan, filters, "relevance", 9, 2)[0]
        == backend.query(plan, filters, "relevance", 2, 2)[0]
    )  # past the last page (total from the cache): the last page
    before = run(kind="offer")
    new = indexed(title="Another offer", kind="offer")
    after = run(kind="offer")
    assert after.total == before.total + 1 and new.id in ids(after)
    kinds = {o.value: o.count for o in {f.name: f for f in after.facets}["kind"].options}
    assert kinds["offer"] == after.total
    backend.delete([new.id])
    assert run(kind="offer").total == before.total
