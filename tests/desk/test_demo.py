"""The desk demo: the whole catalogue and 60+ cases in every state across the three
departments, in both languages; loaded twice harmlessly."""

from __future__ import annotations

from typing import Any

from techbridge.deals.models import Contract
from techbridge.desk.models import (
    OPEN_STATUSES,
    Case,
    CaseStatus,
    ExportControlItem,
    Handoff,
    Procedure,
    ProcedureKind,
    QueueView,
    ServiceType,
)
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
    # the browser story withdraws one of the member's open requests
    assert Case.objects.filter(requester__email=MEMBER_EMAIL, status__in=OPEN_STATUSES).exists()
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
    _procedures()
    _work()
    again = load_demo(apps=("desk",))
    assert again["desk_cases"] == summary["desk_cases"]
    assert again["desk_procedures"] == summary["desk_procedures"]


def _procedures() -> None:
    """Every procedure, with what the issue's story needs: a registration whose number is on
    the contract, the three export-control classes, sample catalogue entries marked as such,
    and the foreign member's signed contract waiting for its registration."""
    kinds = set(Procedure.objects.values_list("kind", flat=True))
    assert kinds == set(ProcedureKind.values)
    done = Procedure.objects.filter(kind="contract_registration").exclude(registration_number="")
    done = done.first()
    assert done is not None and done.contract.registration_number == done.registration_number
    assert done.steps.get(key="tax_followup").started_at is not None  # the follow-up runs
    assert Procedure.objects.filter(kind="contract_registration", registration_number="").exists()
    classes = set(Procedure.objects.exclude(export_class="").values_list("export_class", flat=True))
    assert classes == {"prohibited", "restricted", "free"}
    assert not ExportControlItem.objects.filter(sample=False).exists()
    mine = Contract.objects.filter(connection__requester_org__memberships__user__email=MEMBER_EMAIL)
    assert mine.filter(registration_number="").exists()


def _work() -> None:
    """Watchers of both kinds (the centre's staff and the client's colleagues); saved queue
    views, some shared; cancellations with their reason."""
    assert QueueView.objects.filter(shared=True).exists()
    cancelled = Case.objects.exclude(cancel_reason="")
    assert cancelled.count() == 2 and not cancelled.filter(status__in=OPEN_STATUSES).exists()
    assert Procedure.objects.filter(status="cancelled").exclude(cancel_reason="").exists()
    assert QueueView.objects.filter(shared=False).exists()
    watched = Case.objects.filter(watchers__isnull=False).distinct()
    assert watched.filter(watchers__is_staff=True).exists()
    assert watched.filter(watchers__is_staff=False).exists()
    for case in watched.filter(watchers__is_staff=False):
        assert set(
            case.watchers.filter(is_staff=False).values_list("memberships__organisation", flat=True)
        ) == {case.organisation_id}
