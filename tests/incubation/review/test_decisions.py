"""Deciding rounds (by decision and by rank), the letters, and bulk assignment (random, by
sector expertise) with the load limit, N reviews per application and no reviewer from the
applying organisation."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from techbridge.core.errors import Conflict, ValidationFailed
from techbridge.incubation.models import (
    Application,
    AppStatus,
    Assignment,
    Cohort,
    CohortCompany,
    RoundEntry,
)
from techbridge.incubation.services import review_decisions, review_plans
from techbridge.notifications.models import Notification
from tests.factories import MembershipFactory, OrganisationFactory
from tests.incubation.review.conftest import (
    add_reviewer,
    make_round,
    opened,
    review,
    submit_for,
)

pytestmark = pytest.mark.django_db


def _cohort(programme: Any) -> Cohort:
    return Cohort.objects.create(
        programme=programme, slug="c1", name_en="Cohort 1", name_zh="第一期",
        starts_on=date(2026, 1, 1), ends_on=date(2026, 7, 1),
    )  # fmt: skip


def test_decide_by_decision_letters_and_cohort(
    staff: Any, rnd: Any, call: Any, programme: Any, member: Any, submitted: Any
) -> None:
    member.preferred_language = "zh-hans"
    member.save(update_fields=["preferred_language"])
    other = submit_for(call)
    rnd = opened(staff, rnd)
    mine, theirs = (RoundEntry.objects.get(round=rnd, application=a) for a in (submitted, other))
    review_decisions.entry_decide(actor=staff, entry=mine, outcome="accepted")
    with pytest.raises(ValidationFailed, match="no decision"):
        review_decisions.round_decide(actor=staff, rnd=rnd, cohort=_cohort(programme))
    with pytest.raises(ValidationFailed):
        review_decisions.entry_decide(actor=staff, entry=theirs, outcome="advanced")
    review_decisions.entry_decide(
        actor=staff, entry=theirs, outcome="declined", feedback="Market too small."
    )
    counts = review_decisions.round_decide(actor=staff, rnd=rnd, cohort=Cohort.objects.get())
    assert counts == {"accepted": 1, "declined": 1}
    assert CohortCompany.objects.get().application == submitted
    other.refresh_from_db()
    assert (other.status, other.feedback) == (AppStatus.DECLINED, "Market too small.")
    letter = Notification.objects.filter(user=member, title__contains="已录取").get()
    assert "Expert" not in letter.body
    declined = Notification.objects.get(title__endswith="not selected")
    assert "Market too small." in declined.body
    with pytest.raises(Conflict):
        review_decisions.entry_decide(actor=staff, entry=mine, outcome="declined")


def test_decide_by_rank_advances_the_best_to_the_next_round(
    staff: Any, call: Any, programme: Any, reviewers: list[Any]
) -> None:
    first = make_round(call, advance_by="rank", advance_count=1, min_reviews=2)
    second = make_round(call, order=2, kind="pitch")
    weak, strong = submit_for(call), submit_for(call)
    first = opened(staff, first)
    entries = {e.application_id: e for e in first.entries.all()}
    review(staff, entries[strong.pk], reviewers[0], 9, 5)
    with pytest.raises(ValidationFailed, match="fewer reviews"):
        review_decisions.round_decide(actor=staff, rnd=first)
    review(staff, entries[strong.pk], reviewers[1], 8, 4)
    review(staff, entries[weak.pk], reviewers[0], 2, 1)
    review(staff, entries[weak.pk], reviewers[2], 3, 1)
    review_decisions.round_decide(actor=staff, rnd=first)
    outcomes = dict(first.entries.values_list("application_id", "outcome"))
    assert outcomes == {strong.pk: "advanced", weak.pk: "declined"}
    assert Application.objects.get(pk=strong.pk).status == AppStatus.IN_REVIEW
    second = opened(staff, second)
    assert list(second.entries.values_list("application_id", flat=True)) == [strong.pk]


def test_random_plan_fills_every_application_within_limits(
    staff: Any, rnd: Any, call: Any, programme: Any
) -> None:
    apps = [submit_for(call) for _ in range(4)]
    colleague = MembershipFactory(organisation=apps[0].organisation).user
    pool = [add_reviewer(programme, colleague, max_load=4)]
    pool += [add_reviewer(programme, max_load=2) for _ in range(3)]
    rnd = opened(staff, rnd)
    plan = review_plans.assignments_plan(actor=staff, rnd=rnd, method="random", seed=7)
    assert plan.assigned == 8 and plan.short == {}
    for entry in rnd.entries.all():
        assert entry.assignments.count() == rnd.min_reviews
    assert not Assignment.objects.filter(reviewer=colleague, entry__application=apps[0]).exists()
    loads = [Assignment.objects.filter(reviewer=u).count() for u in pool]
    assert all(n <= 2 for n in loads[1:]) and loads[0] <= 4
    again = review_plans.assignments_plan(actor=staff, rnd=rnd, method="random", seed=8)
    assert again.assigned == 0


def test_expertise_plan_only_matching_sectors_and_reports_shortfall(
    staff: Any, rnd: Any, call: Any, programme: Any
) -> None:
    green = submit_for(call, OrganisationFactory(sectors=["energy"]))
    submit_for(call, OrganisationFactory(sectors=["health"]))
    expert = add_reviewer(programme, sectors=["energy", "materials"])
    add_reviewer(programme, sectors=["agrifood"])
    rnd = opened(staff, rnd)
    plan = review_plans.assignments_plan(actor=staff, rnd=rnd, method="expertise")
    assert plan.assigned == 1
    assert Assignment.objects.get().reviewer == expert
    assert Assignment.objects.get().entry.application == green
    assert sorted(plan.short.values()) == [1, 2]


def test_pages_assign_decide_and_close(
    client_staff: Any, staff: Any, rnd: Any, submitted: Any, programme: Any, client_member: Any
) -> None:
    add_reviewer(programme, sectors=[])
    add_reviewer(programme, sectors=[])
    rnd = opened(staff, rnd)
    cohort = _cohort(programme)
    base = f"/incubation/manage/rounds/{rnd.pk}/decisions"
    assert client_member.post(f"{base}/plan/", {"method": "random"}).status_code == 404
    client_staff.post(f"{base}/plan/", {"method": "random"})
    assert Assignment.objects.filter(method="random").count() == 2
    assert client_staff.post(f"{base}/plan/", {"method": "nonsense"}).status_code == 404
    entry = rnd.entries.get()
    page = client_staff.post(f"{base}/close/", {"cohort": cohort.pk}, follow=True)
    assert "no decision yet" in page.content.decode()
    client_staff.post(f"{base}/entry/", {"entry": entry.pk, "outcome": "bogus"})
    client_staff.post(f"{base}/entry/", {"entry": entry.pk, "outcome": "accepted"})
    page = client_staff.post(f"{base}/close/", {"cohort": cohort.pk}, follow=True)
    assert "applicants have been told" in page.content.decode()
    assert CohortCompany.objects.get(cohort=cohort).application == submitted
    mine = client_member.get(f"/incubation/applications/{submitted.pk}/").content.decode()
    assert "Accepted" in mine


def test_reminders_once_a_day_to_unfinished_reviewers(
    staff: Any, rnd: Any, submitted: Any, reviewers: list[Any]
) -> None:
    from datetime import timedelta

    from django.utils import timezone

    from techbridge.incubation.services import review_assignments, review_reminders

    rnd = opened(staff, rnd)
    entry = rnd.entries.get()
    review(staff, entry, reviewers[0], 8, 4)
    review_assignments.assignment_add(actor=staff, entry=entry, reviewer_id=reviewers[1].pk)
    reviewers[1].preferred_language = "zh-hans"
    reviewers[1].save(update_fields=["preferred_language"])
    now = timezone.now()
    assert review_reminders.round_remind(actor=staff, rnd=rnd, now=now) == 1
    note = Notification.objects.get(kind="incubation.review")
    assert note.user == reviewers[1] and "份评审" in note.title
    assert review_reminders.round_remind(actor=staff, rnd=rnd, now=now + timedelta(hours=2)) == 0
    assert review_reminders.round_remind(actor=staff, rnd=rnd, now=now + timedelta(days=1)) == 1


def test_remind_button(
    client_staff: Any, staff: Any, rnd: Any, submitted: Any, reviewers: list[Any]
) -> None:
    from techbridge.incubation.services import review_assignments

    rnd = opened(staff, rnd)
    review_assignments.assignment_add(
        actor=staff, entry=rnd.entries.get(), reviewer_id=reviewers[0].pk
    )
    page = client_staff.post(f"/incubation/manage/rounds/{rnd.pk}/decisions/remind/", follow=True)
    assert "1 reviewers reminded." in page.content.decode()
    assert Assignment.objects.get().reminded_at is not None
