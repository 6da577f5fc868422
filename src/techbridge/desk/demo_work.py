"""Demo of how the departments organise their work (idempotent: each part is added once),
written through the services:

- watchers: the second person of a department follows some of its open cases, and a
  colleague of the client's (a demo colleague where the organisation has none) some of
  the client's;
- saved queue views of the demo staff (some shared with every staff member);
- cancellations with their reason: a request withdrawn by its client, a duplicate cancelled
  by staff, a foreign-investment report no longer needed.

Depends on nothing outside the repository (no ../shared)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from techbridge.accounts.models import Membership, User
from techbridge.core.choices import MemberRole
from techbridge.desk import services
from techbridge.desk.models import (
    OPEN_STATUSES,
    Case,
    CaseStatus,
    Procedure,
    ProcedureKind,
    QueueView,
)


def _colleague(case: Case, person: Callable[..., User]) -> User:
    """A second person of the client's organisation (a demo colleague when it has none)."""
    other = (
        Membership.objects.filter(organisation_id=case.organisation_id)
        .exclude(user_id=case.requester_id)
        .select_related("user")
        .first()
    )
    if other is not None:
        return other.user
    org = case.organisation
    zh = str(org.country) == "CN"
    user = person(
        f"desk-colleague-{org.slug}@demo.techbridge.example",
        f"{org.name} colleague",
        language="zh-hans" if zh else "en",
    )
    Membership.objects.get_or_create(
        user=user, organisation=org, defaults={"role": MemberRole.VIEWER}
    )
    return user


def _watchers(staff: dict[str, list[User]], now: datetime, person: Callable[..., User]) -> int:
    if Case.watchers.through.objects.exists():
        return 0
    added = 0
    open_cases = Case.objects.filter(status__in=OPEN_STATUSES).select_related("organisation")
    for i, case in enumerate(open_cases.order_by("created_at", "id")):
        people = staff.get(case.department, [])
        if i % 4 == 0 and len(people) > 1:
            services.case_watch(actor=people[0], case=case, user=people[-1], now=now)
            added += 1
        if i % 3 == 0 and case.requester is not None:
            colleague = _colleague(case, person)
            services.case_watch(actor=case.requester, case=case, user=colleague, now=now)
            added += 1
    return added


VIEWS = (
    # (department of the owner, name, filters, shared)
    (
        "international",
        "Unassigned in my department",
        {"department": "international", "unassigned": True},
        False,
    ),
    ("legal", "Breach list, all departments", {"status": "open", "sla": "breached"}, True),
    ("scientific", "Procedure steps overdue", {"status": "open", "sla": "steps_overdue"}, True),
    ("legal", "Waiting for the client", {"department": "legal", "status": "waiting"}, False),
)


def _views(staff: dict[str, list[User]]) -> int:
    if QueueView.objects.exists():
        return 0
    for department, name, filters, shared in VIEWS:
        owner = staff[department][0]
        services.queue_view_save(actor=owner, name=name, filters=filters, shared=shared)
    return len(VIEWS)


CANCELLED = (
    # (who cancels, reason in English, in Chinese)
    ("client", "We found a licensee ourselves, thank you.", "我们已自行找到被许可方，谢谢。"),
    ("staff", "Duplicate of an earlier request of the same company.", "与该公司此前的申请重复。"),
)


def _cancellations(now: datetime, staff: dict[str, list[User]]) -> int:
    """Two open cases cancelled with their reason (one withdrawn by the client, one by
    staff), and an information report no longer needed."""
    if Case.objects.filter(cancelled_at__isnull=False).exists():
        return 0
    candidates = Case.objects.filter(
        status__in=(CaseStatus.ACCEPTED, CaseStatus.IN_PROGRESS),
        assignee__isnull=False,
        procedures__isnull=True,
    ).order_by("created_at", "id")
    done = 0
    for case, (who, en, zh) in zip(candidates[:2], CANCELLED, strict=False):
        actor = case.requester if who == "client" else case.assignee
        reason = zh if case.language == "zh-hans" else en
        services.case_cancel(actor=actor, case=case, reason=reason, now=now)  # type: ignore[arg-type]
        done += 1
    report = Procedure.objects.filter(kind=ProcedureKind.FIE_REPORT, status="open").first()
    if report is not None:
        services.procedure_cancel(
            actor=report.case.assignee or staff[report.case.department][0], procedure=report, now=now,
            reason="The investor withdrew: no change report is needed.",
        )  # fmt: skip
        done += 1
    return done


def load(
    *, now: datetime, staff: dict[str, list[User]], person: Callable[..., User]
) -> dict[str, Any]:
    """`person(email, name, language=...)`: the demo's way to make a user."""
    return {
        "desk_watchers": _watchers(staff, now, person),
        "desk_queue_views": _views(staff),
        "desk_cancelled": _cancellations(now, staff),
    }
