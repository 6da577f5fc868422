"""Members mark matches useful or not, with a reason; the verdict is stored for learning."""

from __future__ import annotations

import json

import pytest

from techbridge.core.errors import ValidationFailed
from techbridge.matches import services
from techbridge.matches.models import Match, MatchFeedback
from tests.conftest import login
from tests.matches.conftest import chinese_request

pytestmark = pytest.mark.django_db


@pytest.fixture
def match(market, cn_org):
    request = chinese_request(
        cn_org, status="published", published_at=market["offers"]["hydromet"].published_at
    )
    services.match_compute_for_profile(profile_id=request.id)
    return Match.objects.get(request=request, offer=market["offers"]["hydromet"])


def test_feedback_from_the_request_side_is_stored(match, cn_member):
    services.match_feedback(actor=cn_member, match_id=match.id, useful=False, reason="too_early")
    match.refresh_from_db()
    assert match.request_status == "not_useful" and match.partner_status == "new"
    fb = MatchFeedback.objects.get()
    assert (fb.useful, fb.reason, fb.organisation_id) == (
        False,
        "too_early",
        match.request.organisation_id,
    )
    assert fb.counterpart_ref == f"p:{match.offer_id}" and fb.own_ref == f"p:{match.request_id}"


def test_feedback_from_the_offer_side_marks_its_own_status(match, member):
    services.match_feedback(actor=member, match_id=match.id, useful=True)
    match.refresh_from_db()
    assert match.partner_status == "useful" and match.request_status == "new"
    assert MatchFeedback.objects.get().counterpart_ref == f"p:{match.request_id}"


def test_not_useful_needs_a_reason(match, cn_member):
    with pytest.raises(ValidationFailed):
        services.match_feedback(actor=cn_member, match_id=match.id, useful=False, reason="bogus")


def test_feedback_through_the_page_with_htmx(match, cn_member):
    client = login(cn_member)
    response = client.post(
        f"/matches/{match.id}/feedback/",
        {"useful": "0", "reason": "geography"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 200
    assert 'data-testid="verdict"' in response.content.decode()
    assert MatchFeedback.objects.get().reason == "geography"


def test_bad_feedback_on_the_page_is_not_a_500(match, cn_member):
    client = login(cn_member)
    response = client.post(f"/matches/{match.id}/feedback/", {"useful": "0", "reason": "\x00" * 9})
    assert response.status_code == 422
    assert client.post("/matches/999999/feedback/", {"useful": "1"}).status_code == 404


def test_feedback_through_the_api(match, cn_member):
    client = login(cn_member)
    url = f"/api/v1/matches/{match.id}/feedback"
    bad = client.post(url, json.dumps({"useful": False}), content_type="application/json")
    assert bad.status_code == 422 and "reason" in json.loads(bad.content)["fields"]
    ok = client.post(
        url, json.dumps({"useful": False, "reason": "terms"}), content_type="application/json"
    )
    assert ok.status_code == 200
    assert json.loads(ok.content)["status"] == "not_useful"


def test_marked_matches_survive_a_rematch(match, cn_member):
    services.match_feedback(actor=cn_member, match_id=match.id, useful=True)
    services.match_compute_all(notify=False)
    match.refresh_from_db()
    assert match.request_status == "useful"


def test_the_list_page_marks_new_matches_seen_on_the_viewers_side(match, cn_member):
    assert login(cn_member).get("/matches/").status_code == 200
    match.refresh_from_db()
    assert (match.request_status, match.partner_status) == ("seen", "new")


def test_stored_feedback_feeds_the_engine_when_switched_on(match, cn_member, settings):
    from techbridge.matches import engine

    services.match_feedback(actor=cn_member, match_id=match.id, useful=False, reason="geography")
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "MATCH_FEEDBACK": True}
    engine.reset()
    model = engine.matcher().config.feedback
    assert model is not None
    assert model.weights.geography > type(model.weights)().geography
