"""Review through the pages: staff set up rounds and rubrics; a reviewer declares, then reads
(blind: without confidential fields) and scores; nobody else sees any of it; applicants
never see reviewers' names or scores."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from techbridge.incubation.models import Criterion, Round, RoundEntry
from techbridge.incubation.services import review_assignments
from tests.conftest import login
from tests.incubation.review.conftest import make_round, opened, review

pytestmark = pytest.mark.django_db


def test_staff_set_up_a_round_and_rubric(client_staff: Any, call: Any, client_member: Any) -> None:
    url = reverse("incubation:rounds", args=[call.slug])
    assert client_member.get(url).status_code == 403
    data = {"order": 1, "kind": "screening", "name_en": "Screening", "name_zh": "初筛",
            "min_reviews": 1, "aggregation": "mean", "advance_by": "rank", "advance_count": ""}  # fmt: skip
    page = client_staff.post(url, data)
    assert "how many applications advance" in page.content.decode()
    page = client_staff.post(url, {**data, "advance_count": 5})
    rnd = Round.objects.get(call=call)
    assert page.status_code == 302
    round_url = reverse("incubation:round", args=[rnd.pk])
    bad = {"c-key": "tech", "c-label_en": "Tech", "c-label_zh": "技术", "c-weight": "0",
           "c-max_score": "10", "c-comment": "optional", "c-order": 1, "add_criterion": "1"}  # fmt: skip
    assert "above zero" in client_staff.post(round_url, bad).content.decode()
    client_staff.post(round_url, {**bad, "c-weight": "2"})
    assert Criterion.objects.filter(round=rnd, key="tech").exists()
    assert client_member.get(round_url).status_code == 404


def test_reviewer_declares_then_scores(
    staff: Any, rnd: Round, submitted: Any, reviewers: list[Any], client_member: Any
) -> None:
    entry = RoundEntry.objects.get(round=opened(staff, rnd))
    reviewer = reviewers[0]
    row = review_assignments.assignment_add(actor=staff, entry=entry, reviewer_id=reviewer.pk)
    client = login(reviewer)
    url = reverse("incubation:review", args=[row.pk])
    page = client.get(url).content.decode()
    assert 'data-testid="declaration"' in page and "We recycle batteries." not in page
    client.post(url, {"conflict": "no", "declare": "1"})
    page = client.get(url).content.decode()
    assert "We recycle batteries." in page and "Secret Founder" in page
    bad = client.post(url, {"s_tech": "12", "s_team": "3", "c_team": "x", "score": "1"})
    assert bad.status_code == 200 and "between 0 and 10" in bad.content.decode()
    ok = client.post(url, {"s_tech": "8", "s_team": "3", "c_team": "Solid", "score": "1"})
    assert ok.status_code == 302
    assert row.scores.count() == 2
    # the applicant, and another reviewer, see nothing of it
    assert client_member.get(url).status_code == 404
    assert login(reviewers[1]).get(url).status_code == 404
    mine = client_member.get(reverse("incubation:application", args=[submitted.pk]))
    assert str(reviewer) not in mine.content.decode() and "Solid" not in mine.content.decode()


def test_blind_round_page_hides_identity(
    staff: Any, call: Any, submitted: Any, reviewers: list[Any], org: Any
) -> None:
    entry = RoundEntry.objects.get(round=opened(staff, make_round(call, blind=True)))
    row = review_assignments.assignment_add(actor=staff, entry=entry, reviewer_id=reviewers[0].pk)
    review_assignments.review_declare(actor=reviewers[0], assignment=row, conflict=False)
    page = login(reviewers[0]).get(reverse("incubation:review", args=[row.pk])).content.decode()
    assert "We recycle batteries." in page
    assert "Secret Founder" not in page and org.name not in page


def test_staff_round_page_ranks(
    staff: Any, client_staff: Any, rnd: Round, submitted: Any, reviewers: list[Any]
) -> None:
    entry = RoundEntry.objects.get(round=opened(staff, rnd))
    review(staff, entry, reviewers[0], 10, 5)
    page = client_staff.get(reverse("incubation:round", args=[rnd.pk])).content.decode()
    assert "100.00" in page and submitted.reference in page
