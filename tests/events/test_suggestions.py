""" "People you should meet": the matching engine's score between the profiles both bring,
the simple score when a participant brings none; blind profiles stay blind; cached."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.events import selectors
from techbridge.events.tasks import warm_suggestions
from techbridge.matches import engine
from tests.conftest import login
from tests.events.conftest import register
from tests.factories import MembershipFactory, OrganisationFactory, ProfileFactory


@pytest.fixture(autouse=True)
def _fresh_engine() -> Any:
    engine.reset()
    yield
    engine.reset()


def _request(org: Any, **extra: Any) -> Any:
    return ProfileFactory(
        organisation=org,
        kind="request",
        title="Looking for lithium battery recycling technology",
        partnership_types=["licence_in"],
        **extra,
    )


@pytest.fixture
def scene(people: dict[str, Any], org: Any, cn_org: Any, event: Any) -> dict[str, Any]:
    """Anna (DE) offers battery recycling; Wang Wei (CN) requests it; Claire (FR) brings an
    unrelated profile; Ole (SE) brings nothing but shares Anna's sectors."""
    offer = ProfileFactory(organisation=org, title="Lithium battery recycling process")
    people["de"].profiles.set([offer])
    people["cn"].profiles.set([_request(cn_org)])
    fr_org = people["fr"].organisation
    unrelated = ProfileFactory(
        organisation=fr_org,
        kind="request",
        title="Seeking vineyard irrigation sensors",
        summary="Soil moisture sensing for grapes.",
        keywords=["irrigation", "vineyard"],
        sectors=["agriculture"],
    )
    people["fr"].profiles.set([unrelated])
    se_org = OrganisationFactory(name="Nordic", country="SE", sectors=["energy-storage"])
    se_member = MembershipFactory(organisation=se_org).user
    people["se"] = register(se_member, event, se_org, "Ole", sectors=["energy-storage"])
    return people


def test_engine_ranks_profile_matches_first(scene: dict[str, Any], member: Any) -> None:
    cards = selectors.suggestions_for(actor=member, participant=scene["de"])
    names = [c.name for c in cards]
    assert names[0] == "Wang Wei"
    scores = selectors.engine_scores(scene["de"])
    assert scores is not None and cards[0].score == max(scores.values())
    # Ole brings no profile: the simple score, ranked after the engine's matches
    assert "Ole" in names
    ole = next(c for c in cards if c.name == "Ole")
    de = scene["de"]
    assert ole.score == selectors.suggestion_score(de, scene["se"])
    assert names.index("Ole") > names.index("Wang Wei")
    if "Claire" in names:  # her unrelated request scores below the real match
        assert next(c for c in cards if c.name == "Claire").score < cards[0].score


def test_no_profile_uses_the_simple_score(scene: dict[str, Any], event: Any) -> None:
    ole = scene["se"]
    assert selectors.engine_scores(ole) is None
    cards = selectors.suggestions_for(actor=ole.registered_by, participant=ole)
    by_id = {p.id: p for p in (scene["de"], scene["cn"], scene["fr"])}
    assert cards
    for card in cards:
        assert card.score == selectors.suggestion_score(ole, by_id[card.id])


def test_blind_profile_is_not_used_for_someone_who_may_not_know_its_owner(
    people: dict[str, Any], org: Any, cn_org: Any, member: Any, cn_member: Any, event: Any
) -> None:
    offer = ProfileFactory(organisation=org, title="Lithium battery recycling process")
    people["de"].profiles.set([offer])
    blind = _request(cn_org, visibility="blind")
    people["cn"].profiles.set([blind])
    cards = selectors.suggestions_for(actor=member, participant=people["de"])
    wang = next((c for c in cards if c.name == "Wang Wei"), None)
    assert wang is None or wang.score == selectors.suggestion_score(people["de"], people["cn"])
    assert all(p.id != blind.id for c in cards for p in c.profiles)
    page = login(member).get(f"/events/{event.slug}/participants/")
    assert blind.title not in page.text
    # Wang Wei's own organisation knows the owner: the engine's score applies to them
    mine = selectors.suggestions_for(actor=cn_member, participant=people["cn"])
    assert mine and mine[0].name == "Anna"
    assert mine[0].score == max(selectors.engine_scores(people["cn"]).values())


def test_scores_are_cached_per_participant(
    scene: dict[str, Any], member: Any, monkeypatch: Any, event: Any
) -> None:
    calls = []
    real = engine.top_for

    def counting(profile: Any, **kw: Any) -> Any:
        calls.append(profile.pk)
        return real(profile, **kw)

    monkeypatch.setattr(engine, "top_for", counting)
    assert warm_suggestions.call(event.id) == 3  # Anna, Wang Wei, Claire bring profiles
    n = len(calls)
    selectors.suggestions_for(actor=member, participant=scene["de"])
    login(member).get(f"/events/{event.slug}/participants/")
    assert len(calls) == n


def test_engine_failure_falls_back(scene: dict[str, Any], member: Any, monkeypatch: Any) -> None:
    def broken(profile: Any, **kw: Any) -> Any:
        raise RuntimeError("engine down")

    monkeypatch.setattr(engine, "top_for", broken)
    assert selectors.engine_scores(scene["de"]) is None
    cards = selectors.suggestions_for(actor=member, participant=scene["de"])
    assert cards and all(c.score <= 1 for c in cards)


def test_warming_an_event_takes_a_few_queries(
    scene: dict[str, Any], event: Any, django_assert_num_queries: Any
) -> None:
    from django.core.cache import cache

    engine.matcher()  # built beforehand (a process has it)
    cache.clear()
    # the participants, their profiles, the profiles brought, the engine's freshness (2)
    with django_assert_num_queries(5):
        assert warm_suggestions.call(event.id) == 3
    for who in ("de", "cn", "fr"):  # the cache holds what each participant's read gives
        cached = selectors.engine_scores(scene[who])
        cache.clear()
        assert selectors.engine_scores(scene[who]) == cached


def test_a_pair_score_is_the_viewers_own(
    people: dict[str, Any], org: Any, cn_org: Any, member: Any, cn_member: Any
) -> None:
    """What a participant discloses is decided per viewer, never kept on the participant."""
    from django.db.models import Prefetch

    from techbridge.events.models import Participant

    people["de"].profiles.set([ProfileFactory(organisation=org, title="Lithium battery recycling")])
    people["cn"].profiles.set([_request(cn_org, visibility="blind")])
    scores = selectors.engine_scores(people["de"])
    wang = (
        Participant.objects.select_related("organisation")
        .prefetch_related(Prefetch("profiles", to_attr="visible_profiles"))
        .get(pk=people["cn"].pk)
    )
    own_side = selectors.pair_score(people["de"], wang, scores, cn_member)
    assert own_side[0] == 0  # Wang Wei's colleagues know the owner: the engine's score
    assert selectors.pair_score(people["de"], wang, scores, member)[0] == 1


def test_with_workers_a_page_asks_a_worker_for_the_scores(
    scene: dict[str, Any], member: Any, event: Any, settings: Any, monkeypatch: Any
) -> None:
    """TASKS_BACKEND=database: the directory page never runs the engine; it shows the simple
    scores, asks a worker once, and shows the engine's scores once the worker stored them."""
    from django.core.cache import cache
    from django_tasks_db.models import DBTaskResult

    from tests.matches.test_workers import run_worker

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    cache.clear()
    client = login(member)
    for _ in range(2):
        assert client.get(f"/events/{event.slug}/participants/").status_code == 200
    assert not engine.built()
    assert DBTaskResult.objects.filter(task_path__endswith="warm_suggestions").count() == 1
    run_worker(monkeypatch)
    assert engine.built()
    from techbridge.core.scope import web_request

    with web_request():  # in a request they can only come from the cache the worker filled
        assert selectors.engine_scores(scene["de"])
