"""Demo mentors (idempotent: nothing is added once the programme has mentors), through the
services with simulated times: four mentors with expertise and languages, office hours in
the past two weeks (booked, with notes and action items) and the next two weeks (some
booked by cohort companies, the others free for the browser story to book)."""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db import transaction

from techbridge.accounts.models import Membership, User
from techbridge.incubation import notices
from techbridge.incubation.models import CohortCompany, Mentor, OfficeSlot, Programme
from techbridge.incubation.review_demo import demo_account
from techbridge.incubation.services import mentoring

MENTORS = (
    ("mentor-01@techbridge.example", "Zhang Min", "Market entry and channel partners in China",
     ["en", "zh"]),
    ("mentor-02@techbridge.example", "Sophie Laurent", "Fund-raising and investor relations",
     ["en", "fr"]),
    ("mentor-03@techbridge.example", "Chen Hao", "Patents in China and technology contracts",
     ["zh", "en"]),
    ("mentor-04@techbridge.example", "Markus Braun", "Manufacturing scale-up and quality",
     ["de", "en"]),
)  # fmt: skip


def _mentor(programme: Programme, staff: User, row: tuple[str, str, str, list[str]]) -> Mentor:
    email, name, expertise, languages = row
    user = demo_account(email, name)
    data = {"expertise": expertise, "languages": languages, "sectors": [],
            "bio": f"{name} has mentored technology companies for over ten years."}  # fmt: skip
    return mentoring.mentor_save(actor=staff, programme=programme, user=user, data=data)


def _slot(mentor: Mentor, start: datetime, now: datetime) -> OfficeSlot:
    return mentoring.slot_add(actor=mentor.user, mentor=mentor, starts_at=start,
                              ends_at=start + timedelta(minutes=45), place="Room 3 / video",
                              now=now)  # fmt: skip


def _founder(company: CohortCompany) -> User:
    row = Membership.objects.filter(organisation_id=company.organisation_id).order_by("pk").first()
    return row.user  # type: ignore[union-attr]


def _sessions(mentor: Mentor, i: int, companies: list[CohortCompany], now: datetime) -> int:
    day = now.replace(hour=2, minute=0, second=0, microsecond=0)  # 10:00 Beijing time
    booked = 0
    for k in range(-2, 6):
        start = day + timedelta(days=3 * k + i + (1 if k >= 0 else -1))
        slot = _slot(mentor, start, start - timedelta(days=20))
        if k >= 2 or not companies:
            continue
        company = companies[(i * 3 + k) % len(companies)]
        booking = mentoring.booking_make(actor=_founder(company), slot=slot, company=company,
                                         topic="Our go-to-market plan for 2027",
                                         now=start - timedelta(days=2))  # fmt: skip
        booked += 1
        if k < 0:
            mentoring.session_notes(actor=mentor.user, booking=booking,
                                    notes="Reviewed the plan; focus on two provinces first.",
                                    actions=[("Shortlist three distributors", None)])  # fmt: skip
    return booked


@transaction.atomic
def load(*, now: datetime, staff: User) -> dict[str, int]:
    programme = Programme.objects.filter(slug="deep-tech").first()
    if programme is None or programme.mentors.exists():
        return {"incubation_mentors": Mentor.objects.count()}
    companies = list(CohortCompany.objects.filter(cohort__programme=programme).order_by("pk"))
    booked = 0
    with notices.in_app_only():
        for i, row in enumerate(MENTORS):
            booked += _sessions(_mentor(programme, staff, row), i, companies, now)
    return {"incubation_mentors": len(MENTORS), "incubation_bookings": booked}
