"""`techbridge rematch` and the demo hook."""

from __future__ import annotations

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from techbridge.matches.models import Match, MatchingState
from techbridge.matches.services import explanations
from tests.matches.conftest import BLIND_OWNER, chinese_request

pytestmark = pytest.mark.django_db


def test_rematch_json_summary(market, cn_org):
    request = chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    out, err = StringIO(), StringIO()
    call_command("rematch", "--json", stdout=out, stderr=err)
    summary = json.loads(out.getvalue())
    assert summary["profiles"] == 5
    assert summary["created"] == Match.objects.count() > 0
    assert {"updated", "removed", "notified", "seconds", "engine"} <= summary.keys()
    assert Match.objects.filter(request=request).exists()
    assert MatchingState.objects.count() == 5
    again = StringIO()
    call_command("rematch", "--json", "--no-notify", stdout=again, stderr=StringIO())
    assert json.loads(again.getvalue())["created"] == 0


def test_rematch_one_profile(market, cn_org):
    request = chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    out = StringIO()
    call_command("rematch", "--profile", str(request.id), "--json", stdout=out, stderr=StringIO())
    assert json.loads(out.getvalue())["profiles"] == 1
    assert Match.objects.filter(request=request).exists()


def test_rematch_removes_matches_of_profiles_no_longer_live(market, cn_org):
    request = chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    call_command("rematch", stdout=StringIO(), stderr=StringIO())
    assert Match.objects.filter(request=request).exists()
    type(request).objects.filter(pk=request.pk).update(status="closed")
    call_command("rematch", stdout=StringIO(), stderr=StringIO())
    assert not Match.objects.filter(request=request).exists()


def _rows() -> dict[tuple, tuple]:
    return {
        (m.request_id, m.offer_id, m.partner_org_id): (round(m.score, 5), m.explanation)
        for m in Match.objects.all()
    }


def test_rematch_in_batches_writes_what_one_profile_at_a_time_proposes(market, cn_org, monkeypatch):
    """The batch path (several profiles per engine call) keeps, for each pair, the best
    proposal that computing the profiles one by one makes."""
    from techbridge.matches import documents, rematching, services
    from tests.factories import ProfileFactory

    chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    ProfileFactory(organisation=cn_org, kind="request", title="Solar panel recycling")
    live = list(documents.live_profiles().select_related("organisation").order_by("id"))
    assert len(live) >= 6
    best: dict = {}
    for profile in live:
        for key, proposal in services.proposals_for(profile).items():
            if key not in best or proposal.score > best[key].score:
                best[key] = proposal
    many = services.proposals_for_many(live)
    now = timezone.now()
    # The batch path explains only the kept pairs: the same proposals, explanations included.
    assert services.proposals_for_many(live, now=now) == [
        services.proposals_for(p, now=now) for p in live
    ]
    assert any(p.explanation.get("summary") for pairs in many for p in pairs.values())
    monkeypatch.setattr(rematching, "BATCH", 2)
    services.match_compute_all(notify=False)
    rows = _rows()
    assert set(rows) == set(best)
    assert all(abs(rows[key][0] - best[key].score) < 1e-5 for key in best)
    # The workers write the explanations the one-profile path writes (blind owners unnamed).
    names = explanations.blind_owner_names(best)
    assert names
    for key, proposal in best.items():
        assert rows[key][1] == explanations.explanation_for(proposal, hidden=names.get(key, ()))
    assert BLIND_OWNER not in json.dumps([row[1] for row in rows.values()], ensure_ascii=False)


def test_any_batch_of_profiles_in_any_order_gets_the_proposals_each_gets_alone(
    market, cn_org, monkeypatch
):
    """Issue 11: the nightly rematch (many profiles per engine call) and a publication (one
    profile) propose the same pairs with the same scores and explanations, to the last bit,
    whatever the batch, its order and the CPU's rounding of the batch's matrix product
    (emulated: the batch's similarities are jittered by more than float32 rounding)."""
    import numpy as np
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from techbridge.engines.matching.dense import VectorIndex
    from techbridge.matches import documents, services
    from tests.factories import ProfileFactory

    chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    ProfileFactory(organisation=cn_org, kind="request", title="Solar panel recycling")
    live = list(documents.live_profiles().select_related("organisation").order_by("id"))
    now = timezone.now()
    alone = {p.id: services.proposals_for(p, now=now) for p in live}
    assert any(alone.values())
    real = VectorIndex.similarities_many
    rng = np.random.default_rng(11)

    def jittered(self, queries):
        return [
            (at, sims + rng.uniform(-3e-5, 3e-5, sims.shape).astype(np.float32))
            for at, sims in real(self, queries)
        ]

    monkeypatch.setattr(VectorIndex, "similarities_many", jittered)

    @settings(max_examples=20, deadline=None, database=None)
    @given(data=st.data())
    def check(data):
        order = data.draw(st.permutations(live))
        batch = order[: data.draw(st.integers(1, len(order)))]
        assert services.proposals_for_many(batch, now=now) == [alone[p.id] for p in batch]

    check()


def test_rematch_and_its_bench_refuse_bad_worker_counts():
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="workers"):
        call_command("rematch", "--workers", "0", stdout=StringIO(), stderr=StringIO())
    with pytest.raises(CommandError, match="workers"):
        call_command("bench", "rematch", "--workers", "99", stdout=StringIO())


def test_a_profile_made_blind_during_a_rematch_is_not_named(market):
    """The workers scrub the owners that were blind when the rematch started; one made blind
    (or renamed) while it ran is scrubbed at the write."""
    from techbridge.matches.results import Proposal

    blind = market["offers"]["blackmass"]
    key = (market["offers"]["hydromet"].id, blind.id, None)  # (request side, offer, org)
    said = {"summary": f"{BLIND_OWNER} separates black mass.", "concepts": [], "notes": []}
    pairs = {key: Proposal(ref=f"p:{blind.id}", score=0.9, explanation=said)}
    explanations.scrub_newly_blind(pairs, before={})
    assert BLIND_OWNER not in json.dumps(pairs[key].explanation, ensure_ascii=False)
    # already blind at the start: the workers scrubbed it, nothing more to do
    kept = {key: Proposal(ref=f"p:{blind.id}", score=0.9, explanation=said)}
    explanations.scrub_newly_blind(kept, before=explanations.blind_owners())
    assert kept[key].explanation == said
