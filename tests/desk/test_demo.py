"""The desk demo: the whole catalogue and 60+ cases in every state across the three
departments, in both languages; loaded twice harmlessly."""

from __future__ import annotations

from typing import Any

from techbridge.desk.models import Case, CaseStatus, Handoff, ServiceType
from techbridge.desk.starter import SERVICES
from techbridge.tooling.demo_loader import MEMBER_CN_EMAIL, MEMBER_EMAIL, load_demo


def test_demo_desk(db: Any) -> None:
    summary = load_demo(apps=("desk",))
    assert summary["desk_cases"] >= 60
    assert ServiceType.objects.count() == len(SERVICES) >= 8
    assert set(Case.objects.values_list("status", flat=True)) == set(CaseStatus.values)
    assert set(Case.objects.values_list("department", flat=True)) == {
        "legal",
        "scientific",
        "international",
    }
    assert set(Case.objects.values_list("language", flat=True)) == {"en", "zh-hans"}
    assert Case.objects.filter(requester__email=MEMBER_EMAIL).exists()
    assert Case.objects.filter(requester__email=MEMBER_CN_EMAIL).exists()
    assert Case.objects.filter(profile__isnull=False).exists()
    transferred = set(
        Handoff.objects.filter(kind="transfer", done_at__isnull=True).values_list("case", flat=True)
    )
    for case in Case.objects.exclude(status=CaseStatus.NEW).exclude(pk__in=transferred):
        assert case.assignee is not None and case.assignee.department == case.department
    assert transferred and Handoff.objects.filter(kind="share", done_at__isnull=False).exists()
    assert Handoff.objects.filter(kind="share", done_at__isnull=True).exists()
    assert Case.objects.filter(sla_breached=True).exists()
    assert Case.objects.filter(sla_breached=False, resolution_seconds__isnull=False).exists()
    assert Case.objects.filter(rating__isnull=False).count() >= 10
    for case in Case.objects.filter(resolved_at__isnull=False):
        assert case.created_at <= case.first_response_at <= case.resolved_at
    again = load_demo(apps=("desk",))
    assert again["desk_cases"] == summary["desk_cases"]
