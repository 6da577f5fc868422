"""Small courses for the training tests."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from techbridge.training import services
from techbridge.training.models import Course, CourseSession, Enrolment

SHANGHAI = ZoneInfo("Asia/Shanghai")
# Sessions on five Mondays from 2030-06-03, 14:00-17:00 in Shanghai.
FIRST = datetime(2030, 6, 3, 14, tzinfo=SHANGHAI)
BEFORE = FIRST - timedelta(days=10)  # enrolment is open


def make_course(sessions: int = 5, **extra: Any) -> Course:
    fields = {
        "slug": f"course-{Course.objects.count() + 1}",
        "title_en": "Technology licensing in practice",
        "title_zh": "技术许可实务",
        "description_en": "Five afternoons on licence agreements.",
        "description_zh": "五个下午的许可协议课程。",
        "visibility": "public",
        "cpd_hours": 15,
    }
    fields.update(extra)
    course = Course.objects.create(**fields)
    for i in range(sessions):
        start = FIRST + timedelta(days=7 * i)
        CourseSession.objects.create(
            course=course,
            title_en=f"Part {i + 1}",
            starts_at=start,
            ends_at=start + timedelta(hours=3),
            room="Room 301",
            trainer="Dr. Chen",
        )
    return course


def enrol(actor: Any, course: Course, org: Any, name: str = "", **data: Any) -> Enrolment:
    data.setdefault("user", None if name else actor)
    data.setdefault("name", name)
    data.setdefault("email", f"{name.lower().replace(' ', '.')}@example.org" if name else "")
    return services.enrolment_create(
        actor=actor, course=course, organisation=org, data=data, now=BEFORE
    )


@pytest.fixture
def course(db: Any) -> Course:
    return make_course()
