"""Issue 14's "Done when", in a browser: on the demo, a foreign applicant applies to the open
call and passes its eligibility screen; staff open the screening round and assign reviewers
automatically; one reviewer abstains (conflict of interest) and is replaced, two score;
staff accept the application into the cohort (the letter arrives in the applicant's
language); the company reports a month of KPIs, books a mentor's office hour, and is
proposed investors for its technology profiles before demo day."""

from __future__ import annotations

import pytest

from techbridge.incubation.models import Assignment, Round
from techbridge.incubation.services import review_decisions
from techbridge.tooling.demo_loader import MEMBER_EMAIL, STAFF_EMAIL, load_demo

from .test_platform_story import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
DEMO_PASSWORD = "techbridge-demo"
CALL = "deep-tech-autumn"
COHORT = "deep-tech-2026-spring"


def _apply(member, base: str) -> str:
    member.goto(f"{base}/incubation/calls/{CALL}/")
    member.check("input[name=q_tech][value=yes]")
    member.check("input[name=q_young][value=yes]")
    member.check("input[name=q_listed][value=no]")
    with member.expect_navigation():
        member.click("[data-testid=eligibility-submit]")
    member.fill("#id_f_pitch", "Solid-state battery cells for light electric vehicles.")
    member.fill("#id_f_founder", "Anna Weber")
    member.fill("#id_f_company", "Weber Battery Lab")
    member.fill("#id_f_employees", "6")
    member.select_option("#id_f_stage", "seed")
    with member.expect_navigation():
        member.click("[data-testid=submit-application]")
    assert member.locator("[data-testid=app-status]").inner_text() == "Submitted"
    return member.locator("[data-testid=app-reference]").inner_text()


def _review(page, base: str, assignment: Assignment, *, conflict: bool) -> None:
    page.goto(f"{base}/incubation/reviews/{assignment.pk}/")
    page.check(f"input[name=conflict][value={'yes' if conflict else 'no'}]")
    with page.expect_navigation():
        page.click("[data-testid=declaration] button[type=submit]")
    if conflict:
        assert page.locator("[data-testid=abstained]").is_visible()
        return
    assert "Weber Battery Lab" in page.locator("[data-testid=review-answers]").inner_text()
    page.fill("#id_s_technology", "9")
    page.fill("#id_s_market", "8")
    page.fill("#id_s_team", "4")
    page.fill("#id_c_team", "Experienced founders.")
    with page.expect_navigation():
        page.click("[data-testid=submit-scores]")
    assert page.locator("[data-testid=review-state]").inner_text() == "Scored"


def _assign(staff, base: str, rnd: Round) -> None:
    staff.goto(f"{base}/incubation/manage/rounds/{rnd.pk}/")
    staff.select_option("#plan-method", "random")
    with staff.expect_navigation():
        staff.click("[data-testid=plan-form] button[type=submit]")


def test_apply_review_accept_report_book_and_meet_investors(new_page, live_server):
    load_demo(apps=("incubation",))
    _seeks_investment()
    base = live_server.url
    member = new_page()
    log_in(member, base, MEMBER_EMAIL, DEMO_PASSWORD)
    ref = _apply(member, base)

    staff = new_page()
    log_in(staff, base, STAFF_EMAIL, DEMO_PASSWORD)
    rnd = Round.objects.get(call__slug=CALL)
    staff.goto(f"{base}/incubation/manage/rounds/{rnd.pk}/")
    with staff.expect_navigation():
        staff.click("[data-testid=open-round]")
    _assign(staff, base, rnd)
    mine = Assignment.objects.filter(entry__round=rnd, entry__application__pk=int(ref[2:]))
    first, second = list(mine.select_related("reviewer").order_by("pk"))
    reviewers = {}
    for a in (first, second):
        reviewers[a.pk] = new_page()
        log_in(reviewers[a.pk], base, a.reviewer.email, DEMO_PASSWORD)
    _review(reviewers[first.pk], base, first, conflict=True)
    _assign(staff, base, rnd)  # the abstention is replaced by a third reviewer
    third = mine.exclude(pk__in=[first.pk, second.pk]).select_related("reviewer").get()
    reviewers[third.pk] = new_page()
    log_in(reviewers[third.pk], base, third.reviewer.email, DEMO_PASSWORD)
    _review(reviewers[second.pk], base, second, conflict=False)
    _review(reviewers[third.pk], base, third, conflict=False)
    assert sorted(mine.values_list("state", flat=True)) == ["abstained", "submitted", "submitted"]

    # The other applications of the round are declined beforehand; ours is decided on the page.
    for entry in rnd.entries.exclude(application__pk=int(ref[2:])):
        review_decisions.entry_decide(actor=_staff_user(), entry=entry, outcome="declined")
    staff.goto(f"{base}/incubation/manage/rounds/{rnd.pk}/")
    form = staff.locator(f"[data-testid=decide-{ref}]")
    form.locator("select[name=outcome]").select_option("accepted")
    form.locator("textarea[name=feedback]").fill("Welcome: a strong technology and team.")
    with staff.expect_navigation():
        form.locator("button[type=submit]").click()
    staff.select_option("#close-cohort", label="Spring 2026 cohort")
    with staff.expect_navigation():
        staff.click("[data-testid=close-form] button[type=submit]")
    assert "applicants have been told" in staff.locator(".messages").inner_text()

    member.goto(f"{base}/notifications/")
    assert f"Application {ref}: accepted" in member.content()
    member.goto(f"{base}/incubation/cohorts/")
    with member.expect_navigation():
        member.click("[data-testid=my-companies] a")
    company_url = member.url
    with member.expect_navigation():
        member.click("[data-testid=kpis-link]")
    for field in member.locator("[data-testid=kpi-form] input[name^=k_]").all():
        field.fill("3")
    with member.expect_navigation():
        member.click("[data-testid=kpi-form] button[type=submit]")
    assert member.locator("[data-testid=kpi-chart-employees]").is_visible()

    member.goto(company_url)
    with member.expect_navigation():
        member.click("[data-testid=mentors-link]")
    with member.expect_navigation():
        member.locator("[data-testid=mentors] a").first.click()
    member.fill("[data-testid=booking-form] textarea[name=topic]", "Our first pilot in China")
    with member.expect_navigation():
        member.click("[data-testid=booking-form] button[type=submit]")
    assert member.locator("[data-testid=booking-status]").inner_text() == "Booked"

    staff.goto(f"{base}/incubation/cohorts/{COHORT}/demo-day/")
    with staff.expect_navigation():
        staff.click("[data-testid=propose-form] button[type=submit]")
    member.goto(company_url)
    with member.expect_navigation():
        member.click("[data-testid=demo-day-link]")
    investors = member.locator("[data-testid=proposals-investor] tbody tr")
    assert investors.count() >= 1 and "No proposal yet." not in investors.first.inner_text()


def _staff_user():
    from techbridge.accounts.models import User

    return User.objects.get(email=STAFF_EMAIL)


def _seeks_investment() -> None:
    """The applicant's first live technology profile seeks investment (the engine proposes
    investors only to profiles that seek it); the engine is rebuilt to read it."""
    from techbridge.matches import engine
    from techbridge.profiles.models import TechnologyProfile

    rows = TechnologyProfile.objects.live().filter(
        organisation__memberships__user__email=MEMBER_EMAIL
    )
    profile = rows.order_by("pk").first()
    assert profile is not None
    profile.partnership_types = [*profile.partnership_types, "investment_sought"]
    profile.save(update_fields=["partnership_types"])
    engine.reset()
