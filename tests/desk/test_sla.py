"""SLA clocks on the working calendar, warnings and escalations, hand-offs, satisfaction."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from techbridge.core.errors import Conflict, ValidationFailed
from techbridge.desk import services, sla
from techbridge.desk.calendar import work_calendar, years_without_data
from techbridge.desk.models import Case, CaseMessage, CaseStatus
from techbridge.desk.models_sla import CalendarDay, DepartmentPolicy, Handoff, SlaTarget
from techbridge.desk.services import procedures
from techbridge.desk.services.sla_watch import sla_sweep
from techbridge.notifications.models import Notification
from tests.factories import StaffFactory

pytestmark = pytest.mark.django_db
SH = ZoneInfo("Asia/Shanghai")
H = timedelta(hours=1)


def at(m: int, d: int, hh: int = 9, mm: int = 0, y: int = 2026) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=SH)


def ask(member: Any, org: Any, service: Any, when: datetime) -> Case:
    return services.case_submit(
        actor=member, service=service, organisation=org, now=when,
        data={"subject": "s", "description": "d", "answers": {"made": "no"}, "files": {}},
    )  # fmt: skip


def test_first_response_due_on_the_adjusted_saturday_before_spring_festival(
    member: Any, org: Any, service: Any
) -> None:
    case = ask(member, org, service, at(2, 13, 16))  # Friday 16:00, target 8 h
    assert case.first_response_due == at(2, 14, 17)  # the working Saturday, 17:00
    # 40 h: 1.5 h Fri, 7 h Sat 14, nothing 15-23 Feb, 4 × 7 h, then 3.5 h on the working
    # Saturday 28 Feb.
    assert case.resolution_due == at(2, 28, 14)


def test_staff_calendar_days_override_the_package(member: Any, org: Any, service: Any) -> None:
    CalendarDay.objects.create(day=date(2026, 2, 14), kind="holiday", name="office closed")
    case = ask(member, org, service, at(2, 13, 16))
    assert case.first_response_due == at(2, 24, 17)  # 1.5 h Fri, then 6.5 h Tue 24
    assert date(2026, 2, 14) in work_calendar("legal").holidays


def test_department_hours_and_priority_targets(member: Any, org: Any, service: Any) -> None:
    DepartmentPolicy.objects.create(department="legal", morning_start="08:00")
    SlaTarget.objects.create(
        service_type=service, priority="urgent", first_response_hours=2,
        next_response_hours=2, resolution_hours=8,
    )  # fmt: skip
    staff = StaffFactory(department="legal")
    case = ask(member, org, service, at(3, 2, 7))
    assert case.first_response_due == at(3, 2, 17, 30)  # 8 h from 08:00: 4 + 4
    services.case_assign(actor=staff, case=case, priority="urgent")
    case.refresh_from_db()
    assert case.first_response_due == at(3, 2, 10)


def test_waiting_for_the_client_pauses_and_resumes_exactly(
    member: Any, org: Any, service: Any, legal_staff: Any
) -> None:
    case = ask(member, org, service, at(3, 2, 9))
    services.case_take(actor=legal_staff, case=case, now=at(3, 2, 9, 30))
    services.case_reply(actor=legal_staff, case=case, body="Send the draft", now=at(3, 2, 10))
    services.case_move(actor=legal_staff, case=case, to=CaseStatus.WAITING, now=at(3, 2, 10))
    case.refresh_from_db()
    assert case.first_response_seconds == 3600 and case.resolution_due is None
    services.case_reply(actor=member, case=case, body="Here", now=at(3, 4, 10))  # 2 days later
    case.refresh_from_db()
    assert case.status == CaseStatus.IN_PROGRESS
    assert case.resolution_due == at(3, 11, 15, 30)  # 39 h left, from Wed 4 Mar 10:00
    assert case.next_response_due == at(3, 6, 12)  # 16 h from Wed 10:00
    services.case_move(actor=legal_staff, case=case, to=CaseStatus.RESOLVED, now=at(3, 4, 11))
    case.refresh_from_db()
    assert case.resolution_seconds == 2 * 3600 and not case.sla_breached


def test_a_late_first_response_is_a_breach(
    member: Any, org: Any, service: Any, legal_staff: Any
) -> None:
    case = ask(member, org, service, at(3, 2, 9))
    services.case_reply(actor=legal_staff, case=case, body="Late", now=at(3, 4, 9))
    case.refresh_from_db()
    assert case.sla_breached and case.first_response_seconds == 14 * 3600


def test_sweep_warns_then_escalates_to_the_head_once(
    member: Any, org: Any, service: Any, legal_staff: Any
) -> None:
    head = StaffFactory(department="legal")
    DepartmentPolicy.objects.create(department="legal", head=head, warn_percent=50)
    case = ask(member, org, service, at(3, 2, 9))
    services.case_take(actor=legal_staff, case=case, now=at(3, 2, 9))
    assert sla_sweep(now=at(3, 2, 11))["warned"] == 0  # 2 h of 8
    assert sla_sweep(now=at(3, 2, 14, 30))["warned"] == 1  # 4 h of 8
    assert sla_sweep(now=at(3, 2, 15))["warned"] == 0
    assert Notification.objects.filter(user=legal_staff, kind="desk.sla").count() == 1
    assert not Notification.objects.filter(user=head, kind="desk.sla").exists()
    assert sla_sweep(now=at(3, 3, 12))["escalated"] == 1
    assert sla_sweep(now=at(3, 3, 13))["escalated"] == 0
    assert Notification.objects.filter(user=head, kind="desk.sla").count() == 1
    assert not Notification.objects.filter(user=member, kind="desk.sla").exists()
    case.refresh_from_db()
    assert case.sla_breached and case.sla_escalated_at == at(3, 3, 12)


def test_share_with_its_own_deadline_and_an_internal_answer(
    case: Any, legal_staff: Any, other_staff: Any, member: Any
) -> None:
    start = case.created_at
    handoff = services.handoff_create(
        actor=legal_staff, case=case, kind="share", to_department="international",
        note="Which fair?", deadline_hours=4, seen_department="legal", now=start,
    )  # fmt: skip
    assert handoff.due_at > start
    assert Notification.objects.filter(user=other_staff, kind="desk.handoff").exists()
    case.refresh_from_db()
    assert case.department == "legal"
    services.handoff_answer(actor=other_staff, handoff=handoff, answer="Hannover Messe")
    note = CaseMessage.objects.get(case=case, body="Hannover Messe")
    assert note.internal
    with pytest.raises(Conflict):
        services.handoff_answer(actor=other_staff, handoff=handoff, answer="again")
    assert not Notification.objects.filter(user=member, body__contains="Hannover").exists()
    segments = sla.segments(case, start + timedelta(days=1))
    assert len(segments) == 1 and segments[0].handoff.done_at is not None


def test_transfer_moves_the_case_and_ends_when_taken(
    case: Any, legal_staff: Any, other_staff: Any
) -> None:
    services.handoff_create(
        actor=legal_staff, case=case, kind="transfer", to_department="international",
        note="Yours", deadline_hours=8, seen_department="legal",
    )  # fmt: skip
    case.refresh_from_db()
    assert case.department == "international" and case.assignee is None
    with pytest.raises(Conflict):  # someone who still saw it in legal
        services.handoff_create(
            actor=legal_staff, case=case, kind="transfer", to_department="scientific",
            note="x", deadline_hours=8, seen_department="legal",
        )  # fmt: skip
    services.case_take(actor=other_staff, case=case)
    assert Handoff.objects.get(case=case).done_at is not None


@pytest.mark.parametrize(
    ("change", "field"),
    [({"kind": "lend"}, "kind"), ({"to_department": "mars"}, "to_department"),
     ({"note": " "}, "note"), ({"deadline_hours": 0}, "deadline_hours"),
     ({"to_department": "legal"}, "to_department")],
)  # fmt: skip
def test_bad_handoffs(case: Any, legal_staff: Any, change: dict[str, Any], field: str) -> None:
    args = {"kind": "share", "to_department": "scientific", "note": "n", "deadline_hours": 4}
    with pytest.raises(ValidationFailed) as exc:
        services.handoff_create(actor=legal_staff, case=case, **{**args, **change})
    assert field in exc.value.fields
    assert not Handoff.objects.exists()


def test_rating_once_after_resolution(
    case: Any, legal_staff: Any, member: Any, outsider: Any
) -> None:
    with pytest.raises(Conflict):
        services.case_rate(actor=member, case=case, rating=5)
    services.case_move(actor=legal_staff, case=case, to=CaseStatus.RESOLVED)
    with pytest.raises(ValidationFailed):
        services.case_rate(actor=member, case=case, rating=9)
    from techbridge.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        services.case_rate(actor=outsider, case=case, rating=4)
    services.case_rate(actor=member, case=case, rating=4, comment="Good")
    with pytest.raises(Conflict):
        services.case_rate(actor=member, case=case, rating=5)


def test_years_without_holidays_are_flagged(db: Any) -> None:
    assert years_without_data(date(2026, 12, 7)) == [2027]
    CalendarDay.objects.create(day=date(2027, 1, 1), kind="holiday", name="New Year")
    assert years_without_data(date(2026, 12, 7)) == []


def test_procedure_steps_are_warned_then_escalated_once(
    reg_case: Any, legal_staff: Any, member: Any
) -> None:
    """The registration's first step (legal, 24 business hours) started on Monday 2 March
    2026 09:00: 75 % used on Wednesday 14:30, due on Thursday 12:00."""
    head = StaffFactory(department="legal")
    DepartmentPolicy.objects.create(department="legal", head=head)
    services.case_take(actor=legal_staff, case=reg_case)
    start = datetime(2026, 3, 2, 9, tzinfo=SH)
    procedures.procedure_start(
        actor=legal_staff, case=reg_case, kind="contract_registration", facts={}, now=start
    )
    titles = Notification.objects.filter(kind="desk.sla", title__startswith="Step")
    assert sla_sweep(now=datetime(2026, 3, 4, 10, tzinfo=SH))["steps_warned"] == 0
    counts = sla_sweep(now=datetime(2026, 3, 4, 15, tzinfo=SH))
    assert counts["steps_warned"] == 1 and counts["steps_escalated"] == 0
    assert titles.filter(user=legal_staff, title__contains="due soon").exists()
    assert not titles.filter(user=head).exists()
    assert sla_sweep(now=datetime(2026, 3, 4, 16, tzinfo=SH))["steps_warned"] == 0
    counts = sla_sweep(now=datetime(2026, 3, 5, 14, tzinfo=SH))
    assert counts["steps_escalated"] == 1
    assert titles.filter(user=head, title__contains="overdue").exists()
    assert sla_sweep(now=datetime(2026, 3, 6, 14, tzinfo=SH))["steps_escalated"] == 0
    assert not titles.filter(user=member).exists()


def test_a_step_of_another_department_tells_that_department(
    reg_case: Any, legal_staff: Any
) -> None:
    """An export-control check of a legal case: its first step is the scientific
    department's (16 business hours)."""
    scientist = StaffFactory(department="scientific")
    start = datetime(2026, 3, 2, 9, tzinfo=SH)
    proc = procedures.procedure_start(
        actor=legal_staff, case=reg_case, kind="export_control", facts={}, now=start
    )
    assert sla_sweep(now=datetime(2026, 3, 9, 9, tzinfo=SH))["steps_escalated"] == 1
    steps = Notification.objects.filter(kind="desk.sla", title__startswith="Step")
    assert steps.filter(user=scientist).exists()
    assert not steps.filter(user=legal_staff).exists()
    services.procedure_cancel(actor=legal_staff, procedure=proc, reason="Not needed.")
    assert sla_sweep(now=datetime(2026, 3, 10, 9, tzinfo=SH))["steps_checked"] == 0


def test_the_command_prints_the_step_counts(db: Any) -> None:
    out = io.StringIO()
    call_command("desk_sla", "--json", stdout=out)
    assert set(json.loads(out.getvalue())) == {
        "checked", "warned", "escalated", "steps_checked", "steps_warned", "steps_escalated",
    }  # fmt: skip
