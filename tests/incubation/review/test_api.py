"""/api/v1/incubation: a reviewer's assignments, declaration and scores (checked by the
page's ScoreForm: nothing saved on bad input), blind rounds, an applicant's own applications
(no reviewer's name or score), and a company's KPIs — through the API's doors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.core.cache import cache

from techbridge.incubation.models import Assignment, RoundEntry, Score
from techbridge.incubation.services import review_assignments
from tests.conftest import login
from tests.factories import MembershipFactory
from tests.incubation.mentoring.conftest import make_company
from tests.incubation.review.conftest import make_round, opened, review

pytestmark = pytest.mark.django_db
BASE = "/api/v1/incubation"


@pytest.fixture(autouse=True)
def _fresh_rate_limits() -> Any:
    cache.clear()
    yield
    cache.clear()


def _post(client: Any, url: str, data: dict[str, Any]) -> Any:
    return client.post(url, json.dumps(data), content_type="application/json")


def test_reviewer_declares_and_scores_through_the_api(
    staff: Any, call: Any, submitted: Any, reviewers: list[Any], org: Any
) -> None:
    entry = RoundEntry.objects.get(round=opened(staff, make_round(call, blind=True)))
    row = review_assignments.assignment_add(actor=staff, entry=entry, reviewer_id=reviewers[0].pk)
    api = login(reviewers[0])
    listed = api.get(f"{BASE}/reviews").json()
    assert [a["id"] for a in listed] == [row.pk] and listed[0]["answers"] == []
    assert login(reviewers[1]).get(f"{BASE}/reviews/{row.pk}").status_code == 404
    read = _post(api, f"{BASE}/reviews/{row.pk}/declaration", {"conflict": False}).json()
    text = json.dumps(read)
    assert "We recycle batteries." in text and "Secret Founder" not in text and org.name not in text
    bad = _post(api, f"{BASE}/reviews/{row.pk}/scores", {"scores": {"tech": 11, "team": 3, "x": 1}})
    assert bad.status_code == 422 and not Score.objects.exists()
    assert {"x", "s_tech"} <= set(json.dumps(bad.json()).replace('"', " ").split())
    ok = _post(api, f"{BASE}/reviews/{row.pk}/scores",
               {"scores": {"tech": 8, "team": 4}, "comments": {"team": "Solid."}})  # fmt: skip
    assert ok.status_code == 200 and ok.json()["state"] == "submitted"
    assert Assignment.objects.get().state == "submitted"


def test_applicant_sees_own_applications_only(
    staff: Any, call: Any, submitted: Any, reviewers: list[Any], member: Any
) -> None:
    entry = RoundEntry.objects.get(round=opened(staff, make_round(call)))
    review(staff, entry, reviewers[0], 8, 4)
    mine = login(member).get(f"{BASE}/applications").json()
    assert [a["reference"] for a in mine] == [submitted.reference]
    assert str(reviewers[0]) not in json.dumps(mine) and "score" not in json.dumps(mine)
    assert login(MembershipFactory().user).get(f"{BASE}/applications").json() == []
    assert any(c["slug"] == call.slug for c in login(member).get(f"{BASE}/calls").json())


def test_company_kpis_through_the_api(programme: Any, org: Any, member: Any) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from techbridge.incubation.models import Cohort

    today = timezone.localdate()
    cohort = Cohort.objects.create(programme=programme, slug="k", name_en="K", name_zh="K",
                                   starts_on=today - timedelta(days=70), ends_on=today + timedelta(days=100))  # fmt: skip
    company = make_company(cohort, org)
    api = login(member)
    assert [c["id"] for c in api.get(f"{BASE}/companies").json()] == [company.pk]
    months = api.get(f"{BASE}/companies/{company.pk}/kpis").json()
    month = months[0]["month"]
    bad = _post(
        api, f"{BASE}/companies/{company.pk}/kpis", {"month": month, "values": {"employees": -1}}
    )
    assert bad.status_code == 422 and not company.kpi_reports.exists()
    values = {"employees": 4, "revenue": 0, "funding": 0, "patents": 1}
    good = _post(api, f"{BASE}/companies/{company.pk}/kpis", {"month": month, "values": values})
    assert good.status_code == 200 and float(good.json()[0]["values"]["employees"]) == 4
    stranger = login(MembershipFactory().user)
    assert stranger.get(f"{BASE}/companies/{company.pk}/kpis").status_code == 404
