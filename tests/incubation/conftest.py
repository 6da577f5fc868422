"""Fixtures of the incubation tests: a programme with an open call (two eligibility questions,
a form with text, number, choice, file and profile fields), and a draft of `org`."""

from __future__ import annotations

from datetime import timedelta
from typing import Any
from unittest import mock

import pytest
from django.utils import timezone

from techbridge.incubation import services
from techbridge.incubation.models import Call, EligibilityQuestion, FormField, Programme


@pytest.fixture
def programme(db: Any) -> Programme:
    return Programme.objects.create(
        slug="deep-tech", name_en="Deep-tech incubator", name_zh="硬科技孵化器",
        sectors=["energy"], places=10, duration_months=6,
    )  # fmt: skip


def make_call(programme: Programme, slug: str = "spring", **extra: Any) -> Call:
    now = timezone.now()
    call = Call.objects.create(
        programme=programme, slug=slug, title_en="Spring call", title_zh="春季征集",
        opens_at=extra.pop("opens_at", now - timedelta(days=5)),
        closes_at=extra.pop("closes_at", now + timedelta(days=5)), published=True, **extra,
    )  # fmt: skip
    EligibilityQuestion.objects.create(
        call=call, key="tech", text_en="Do you own a technology?", text_zh="您拥有技术吗？",
        expected=True, reason_en="The programme is for technology owners.",
        reason_zh="本项目面向技术所有者。", order=1,
    )  # fmt: skip
    EligibilityQuestion.objects.create(
        call=call, key="listed", text_en="Are you listed on a stock exchange?",
        text_zh="您是上市公司吗？", expected=False,
        reason_en="Listed companies are not eligible.", reason_zh="上市公司不符合条件。", order=2,
    )  # fmt: skip
    specs = [
        ("pitch", "text", {"required": True}),
        ("name", "text", {"confidential": True}),
        ("employees", "number", {"required": True, "min_value": 0, "max_value": 10000}),
        ("stage", "choice", {"choices": "seed|Seed|种子\nseries-a|Series A|A轮"}),
        ("deck", "file", {}),
        ("tech", "profile", {}),
    ]
    for order, (key, kind, more) in enumerate(specs):
        FormField.objects.create(
            call=call, key=key, kind=kind, label_en=key.title(), label_zh=key, order=order, **more
        )
    return call


@pytest.fixture
def call(programme: Programme) -> Call:
    return make_call(programme)


ELIGIBLE = {"tech": True, "listed": False}


@pytest.fixture
def draft(member: Any, org: Any, call: Call) -> Any:
    return services.application_start(
        actor=member, call=call, organisation=org, eligibility=ELIGIBLE
    )


def filled(**extra: Any) -> dict[str, Any]:
    return {
        "answers": {"pitch": "We recycle batteries.", "employees": "12", **extra},
        "files": {},
        "profiles": [],
    }


def freeze_time(instant: Any) -> Any:
    """The clock stopped at an instant (every `timezone.now()` of the platform)."""
    return mock.patch("django.utils.timezone.now", return_value=instant)
