"""Review rounds: the rubric, opening a round, the score form's checks, conflicts of interest,
recusal, and the ranking (weighted, aggregated, ties explained)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from techbridge.core.errors import Conflict, NotFound, PermissionDenied, ValidationFailed
from techbridge.incubation.forms.review import ScoreForm, score_data
from techbridge.incubation.models import AppStatus, AssignmentState, Round, RoundEntry
from techbridge.incubation.selectors import review as review_selectors
from techbridge.incubation.services import review_assignments, review_rounds
from techbridge.incubation.views.calls import answer_text
from tests.factories import MembershipFactory
from tests.incubation.review.conftest import (
    add_reviewer,
    make_round,
    opened,
    review,
    scores,
    submit_for,
)

pytestmark = pytest.mark.django_db


def _form(rnd: Round, **data: Any) -> ScoreForm:
    return ScoreForm(data=data, criteria=review_selectors.criteria(rnd))


def test_score_form_checks_the_rubric(rnd: Round) -> None:
    form = _form(rnd, s_tech="11", s_team="3", c_team="ok")
    assert not form.is_valid()
    assert "between 0 and 10" in str(form.errors["s_tech"])
    form = _form(rnd, s_tech="-1", s_team="3", c_team="ok")
    assert not form.is_valid() and "between 0 and 10" in str(form.errors["s_tech"])
    form = _form(rnd, s_tech="7.5", s_team="3", c_team="ok")
    assert not form.is_valid() and "whole number" in str(form.errors["s_tech"])
    form = _form(rnd, s_tech="7", s_team="3")
    assert not form.is_valid() and "required" in str(form.errors["c_team"])
    form = _form(rnd, s_team="3", c_team="ok")
    assert not form.is_valid() and "Give a score" in str(form.errors["s_tech"])
    form = _form(rnd, s_tech="7", s_team="5", c_team="Good\x00")
    assert not form.is_valid() and "control characters" in str(form.errors["c_team"])
    form = _form(rnd, s_tech="7", s_team="5", c_team="  Good ")
    assert form.is_valid(), form.errors
    assert form.cleaned_data["scores"] == {"tech": (7, ""), "team": (5, "Good")}


def test_score_data_from_api_payload(rnd: Round) -> None:
    data = score_data({"tech": 3, "team": 9}, {"team": "x"})
    form = ScoreForm(data=data, criteria=review_selectors.criteria(rnd))
    assert not form.is_valid() and "between 0 and 5" in str(form.errors["s_team"])


def test_round_open_takes_submitted_applications(
    staff: Any, rnd: Round, submitted: Any, call: Any, member: Any
) -> None:
    with pytest.raises(PermissionDenied):
        review_rounds.round_open(actor=member, rnd=rnd)
    assert opened(staff, rnd).state == "open"
    submitted.refresh_from_db()
    assert submitted.status == AppStatus.IN_REVIEW
    assert list(rnd.entries.values_list("application_id", flat=True)) == [submitted.pk]
    with pytest.raises(Conflict):
        review_rounds.round_open(actor=staff, rnd=rnd)
    later = Round.objects.create(call=call, order=2, kind="pitch", name_en="P", name_zh="P")
    with pytest.raises(ValidationFailed):  # no criterion
        review_rounds.round_open(actor=staff, rnd=later)


def test_own_organisation_never_assigned(
    staff: Any, rnd: Round, submitted: Any, org: Any, programme: Any
) -> None:
    colleague = add_reviewer(programme, MembershipFactory(organisation=org).user)
    entry = RoundEntry.objects.get(round=opened(staff, rnd))
    with pytest.raises(ValidationFailed, match="applying organisation"):
        review_assignments.assignment_add(actor=staff, entry=entry, reviewer_id=colleague.pk)
    assert not entry.assignments.exists()


def test_load_limit_and_pool(staff: Any, rnd: Round, call: Any, programme: Any) -> None:
    busy = add_reviewer(programme, max_load=1)
    stranger = MembershipFactory().user
    submit_for(call)
    submit_for(call)
    first, second = list(RoundEntry.objects.filter(round=opened(staff, rnd)))
    review_assignments.assignment_add(actor=staff, entry=first, reviewer_id=busy.pk)
    with pytest.raises(ValidationFailed, match="limit"):
        review_assignments.assignment_add(actor=staff, entry=second, reviewer_id=busy.pk)
    with pytest.raises(ValidationFailed, match="not a reviewer"):
        review_assignments.assignment_add(actor=staff, entry=second, reviewer_id=stranger.pk)
    free = add_reviewer(programme)
    review_assignments.assignment_add(actor=staff, entry=first, reviewer_id=free.pk)
    with pytest.raises(Conflict):
        review_assignments.assignment_add(actor=staff, entry=first, reviewer_id=free.pk)


def test_declaration_before_reading(
    staff: Any, rnd: Round, submitted: Any, reviewers: list[Any]
) -> None:
    entry = RoundEntry.objects.get(round=opened(staff, rnd))
    a, b, _c = reviewers
    row = review_assignments.assignment_add(actor=staff, entry=entry, reviewer_id=a.pk)
    with pytest.raises(PermissionDenied):
        review_selectors.reviewer_view(row, answer_text)
    with pytest.raises(PermissionDenied):  # no scores before the declaration
        review_assignments.review_submit(actor=a, assignment=row, data=scores(5, 5))
    with pytest.raises(NotFound):  # another reviewer
        review_assignments.review_declare(actor=b, assignment=row, conflict=False)
    review_assignments.review_declare(actor=a, assignment=row, conflict=True)
    row.refresh_from_db()
    assert row.state == AssignmentState.ABSTAINED
    with pytest.raises(PermissionDenied):
        review_selectors.reviewer_view(row, answer_text)
    with pytest.raises(Conflict):  # an abstention is final
        review_assignments.review_declare(actor=a, assignment=row, conflict=False)


def test_blind_round_hides_confidential_fields(
    staff: Any, call: Any, submitted: Any, reviewers: list[Any], org: Any
) -> None:
    blind = make_round(call, blind=True)
    entry = RoundEntry.objects.get(round=opened(staff, blind))
    row = review_assignments.assignment_add(actor=staff, entry=entry, reviewer_id=reviewers[0].pk)
    row = review_assignments.review_declare(actor=reviewers[0], assignment=row, conflict=False)
    view = review_selectors.reviewer_view(row, answer_text)
    shown = repr(view)
    assert "Secret Founder" not in shown and org.name not in shown and view.organisation == ""
    assert "We recycle batteries." in shown


def test_open_round_shows_identity(
    staff: Any, rnd: Round, submitted: Any, reviewers: list[Any], org: Any
) -> None:
    entry = RoundEntry.objects.get(round=opened(staff, rnd))
    row = review_assignments.assignment_add(actor=staff, entry=entry, reviewer_id=reviewers[0].pk)
    row = review_assignments.review_declare(actor=reviewers[0], assignment=row, conflict=False)
    view = review_selectors.reviewer_view(row, answer_text)
    assert view.organisation == org.name and "Secret Founder" in repr(view)


def test_rubric_frozen_after_first_score(
    staff: Any, rnd: Round, submitted: Any, reviewers: list[Any]
) -> None:
    entry = RoundEntry.objects.get(round=opened(staff, rnd))
    review(staff, entry, reviewers[0], 8, 4)
    data = {"key": "market", "label_en": "M", "label_zh": "M", "weight": Decimal(1),
            "max_score": 5, "comment": "optional", "order": 3}  # fmt: skip
    with pytest.raises(Conflict):
        review_rounds.criterion_add(actor=staff, rnd=rnd, data=data)


def test_ranking_counts_submitted_reviews_only(
    staff: Any, rnd: Round, call: Any, reviewers: list[Any]
) -> None:
    a, b, c = reviewers
    submit_for(call)
    submit_for(call)
    first, second = list(RoundEntry.objects.filter(round=opened(staff, rnd)).order_by("pk"))
    review(staff, first, a, 10, 5)  # 100
    review(staff, first, b, 5, 5)  # (2*0.5 + 1) / 3 = 66.67
    abstained = review_assignments.assignment_add(actor=staff, entry=first, reviewer_id=c.pk)
    review_assignments.review_declare(actor=c, assignment=abstained, conflict=True)
    recused = review(staff, second, c, 0, 0)
    review(staff, second, a, 10, 0)  # 66.67
    review_assignments.review_recuse(actor=staff, assignment=recused)
    ranked = review_selectors.round_ranking(actor=staff, rnd=rnd)
    assert [(e.pk, r.score, r.reviews) for e, r in ranked] == [
        (first.pk, Decimal("83.33"), 2),
        (second.pk, Decimal("66.67"), 1),
    ]
    # the recused reviewer no longer sees the application, and was not told
    with pytest.raises(NotFound):
        review_selectors.assignment_get_for(actor=c, assignment_id=recused.pk)
    assert [x.pk for x in review_selectors.my_assignments(actor=c)] == [abstained.pk]
