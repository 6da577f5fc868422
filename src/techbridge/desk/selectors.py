"""Reads of the service desk for one actor, already permission-filtered.

Who sees a case: the centre's staff (every department: a hand-off or a question from another
department must not be blocked), and the members of the case's organisation. Nobody else, and
never a hint that a case exists. Internal notes, their attachments and their history entries
are staff only; every door (pages, API, notifications, exports) reads through here."""

from __future__ import annotations

from typing import Any

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet
from django.utils import timezone

from techbridge.accounts.models import Membership, User
from techbridge.accounts.selectors import is_member, is_staff, organisation_ids_of
from techbridge.core.errors import NotFound
from techbridge.desk.article_reads import visible_articles
from techbridge.desk.models import (
    OPEN_STATUSES,
    Case,
    CaseAttachment,
    CaseEvent,
    CaseMessage,
    CaseStatus,
    FieldKind,
    ProcedureStatus,
    ProcedureStep,
    QueueView,
    ServiceType,
)
from techbridge.desk.models_sla import Handoff


def service_list(*, actor: Any) -> QuerySet[ServiceType]:
    """The catalogue: active service types (staff see the inactive ones too)."""
    qs = ServiceType.objects.all()
    if not is_staff(actor):
        qs = qs.filter(active=True)
    return qs.order_by("order", "slug")


def service_get_for(*, actor: Any, slug: str) -> ServiceType:
    service = service_list(actor=actor).filter(slug=str(slug)[:64]).first()
    if service is None:
        raise NotFound()
    return service


def form_fields(service: ServiceType) -> list[Any]:
    return list(service.fields.all().order_by("order", "id"))


def visible_cases(actor: Any) -> QuerySet[Case]:
    """Every case the actor may read (none for visitors and people of no organisation)."""
    qs = Case.objects.all()
    if is_staff(actor):
        return qs
    if not is_member(actor):
        return qs.none()
    org_ids = organisation_ids_of(actor)
    if not org_ids:
        return qs.none()
    return qs.filter(organisation_id__in=org_ids)


def case_get_for(*, actor: Any, case_id: Any) -> Case:
    """One case the actor may read, or NotFound (the same answer for a case that does not
    exist and one of another organisation)."""
    try:
        pk = int(case_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    case = (
        visible_cases(actor)
        .select_related("service_type", "organisation", "requester", "assignee", "profile")
        .filter(pk=pk)
        .first()
    )
    if case is None:
        raise NotFound()
    return case


def can_work(actor: Any, case: Case) -> bool:
    """Staff work cases (reply, note, change status, assign)."""
    return is_staff(actor)


def can_ask(actor: Any, case: Case) -> bool:
    """The client side of a case: members of its organisation."""
    return is_member(actor) and case.organisation_id in organisation_ids_of(actor)


def messages_for(*, actor: Any, case: Case) -> QuerySet[CaseMessage]:
    """The conversation of a case the actor may read: internal notes for staff only; each
    message's knowledge-base articles those the actor may read (`readable_articles`)."""
    qs = CaseMessage.objects.filter(case=case).select_related("author")
    if not is_staff(actor):
        qs = qs.filter(internal=False)
    articles = Prefetch(
        "articles",
        queryset=visible_articles(actor).order_by("title_en", "id"),
        to_attr="readable_articles",
    )
    return qs.prefetch_related("attachments", articles).order_by("created_at", "id")


def attachments_for(*, actor: Any, case: Case) -> QuerySet[CaseAttachment]:
    qs = CaseAttachment.objects.filter(case=case)
    if not is_staff(actor):
        qs = qs.filter(internal=False)
    return qs.order_by("created_at", "id")


def form_attachments(*, actor: Any, case: Case) -> list[CaseAttachment]:
    qs = attachments_for(actor=actor, case=case).filter(message__isnull=True)
    return list(qs.exclude(field_key__startswith="procedure:"))


def attachment_get_for(*, actor: Any, case_id: Any, attachment_id: Any) -> CaseAttachment:
    case = case_get_for(actor=actor, case_id=case_id)
    try:
        pk = int(attachment_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    attachment = attachments_for(actor=actor, case=case).filter(pk=pk).first()
    if attachment is None:
        raise NotFound()
    return attachment


def history_for(*, actor: Any, case: Case) -> QuerySet[CaseEvent]:
    qs = CaseEvent.objects.filter(case=case).select_related("actor")
    if not is_staff(actor):
        qs = qs.filter(internal=False)
    return qs.order_by("at", "id")


def my_cases(*, actor: Any) -> QuerySet[Case]:
    """The cases of the actor's organisations, newest first."""
    if not is_member(actor):
        return Case.objects.none()
    org_ids = organisation_ids_of(actor)
    return (
        Case.objects.filter(organisation_id__in=org_ids)
        .select_related("service_type", "organisation")
        .order_by("-updated_at", "-id")
    )


def queue(
    *,
    actor: Any,
    department: str = "",
    status: str = "",
    mine: bool = False,
    unassigned: bool = False,
    q: str = "",
    sla: str = "",
) -> QuerySet[Case]:
    """The staff queue, filtered: a department, a status ("open" for every open one), the
    actor's cases, unassigned ones, a number or words of the subject, and the SLA state
    ("breached": the breach list; "at_risk": warned, not yet breached; "steps_overdue": a
    procedure's current step is past its deadline)."""
    if not is_staff(actor):
        return Case.objects.none()
    qs = Case.objects.select_related("service_type", "organisation", "assignee")
    if department:
        qs = qs.filter(department=department)
    if status == "open":
        qs = qs.filter(status__in=OPEN_STATUSES)
    elif status in CaseStatus.values:
        qs = qs.filter(status=status)
    if mine:
        qs = qs.filter(assignee=actor)
    if unassigned:
        qs = qs.filter(assignee__isnull=True)
    if sla == "breached":
        qs = qs.filter(sla_breached=True)
    elif sla == "at_risk":
        qs = qs.filter(sla_warned_at__isnull=False, sla_breached=False)
    elif sla == "steps_overdue":
        qs = qs.filter(Exists(overdue_steps().filter(procedure__case=OuterRef("pk"))))
    q = q.strip()[:100]
    if q:
        qs = qs.filter(Q(number__icontains=q) | Q(subject__icontains=q))
    return qs.order_by("-created_at", "-id")


def overdue_steps(now: Any = None) -> QuerySet[ProcedureStep]:
    """The current steps of open procedures past their deadline (a step is started only when
    it becomes current)."""
    return ProcedureStep.objects.filter(
        procedure__status=ProcedureStatus.OPEN,
        started_at__isnull=False,
        done_at__isnull=True,
        skipped=False,
        due_at__lt=now or timezone.now(),
    )


def _openable_views(actor: Any) -> QuerySet[QueueView]:
    """The saved queue views a staff member may open: their own and the shared ones."""
    if not is_staff(actor):
        return QueueView.objects.none()
    return QueueView.objects.filter(Q(owner=actor) | Q(shared=True)).select_related("owner")


def queue_views(*, actor: Any) -> list[QueueView]:
    return list(_openable_views(actor).order_by("-shared", "name", "id")[:100])


def queue_view_get_for(*, actor: Any, view_id: Any) -> QueueView:
    """A saved view the actor may open, or NotFound (someone else's unshared view too)."""
    try:
        pk = int(view_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    view = _openable_views(actor).filter(pk=pk).first()
    if view is None:
        raise NotFound()
    return view


def department_counts(*, actor: Any) -> list[dict[str, Any]]:
    """Open cases per department and status, for the staff dashboard."""
    if not is_staff(actor):
        return []
    rows = (
        Case.objects.filter(status__in=OPEN_STATUSES)
        .values("department", "status")
        .annotate(n=Count("id"))
        .order_by("department", "status")
    )
    return list(rows)


def organisation_cases(*, actor: Any, organisation: Any) -> QuerySet[Case]:
    """The cases of an organisation, for its members and staff."""
    return (
        visible_cases(actor)
        .filter(organisation=organisation)
        .select_related("service_type")
        .order_by("-updated_at", "-id")
    )


def staff_watchers(case: Case) -> list[int]:
    """Staff told about a case's events: its assignee (while no one has it, the staff of its
    department) and its staff watchers."""
    ids = list(case.watchers.filter(is_staff=True, is_active=True).values_list("id", flat=True))
    if case.assignee_id:
        ids.insert(0, case.assignee_id)
    else:
        ids += department_staff(case.department)
    return list(dict.fromkeys(ids))


def department_staff(department: str) -> list[int]:
    return list(
        User.objects.filter(is_staff=True, is_active=True, department=department).values_list(
            "id", flat=True
        )
    )


def client_recipients(case: Case) -> list[int]:
    """The client people told about a case: the requester and watchers of the organisation
    (members only; staff watchers are told as staff)."""
    org_member_ids = set(
        Membership.objects.filter(
            organisation_id=case.organisation_id, user__is_active=True
        ).values_list("user_id", flat=True)
    )
    ids = [case.requester_id] if case.requester_id else []
    ids += list(case.watchers.values_list("id", flat=True))
    return [i for i in dict.fromkeys(ids) if i in org_member_ids]


def colleagues(*, actor: Any) -> list[User]:
    """Staff a case can be given to (for staff only)."""
    if not is_staff(actor):
        return []
    return list(User.objects.filter(is_staff=True, is_active=True).order_by("full_name")[:300])


def answer_rows(case: Case) -> list[tuple[str, str]]:
    """(label, answer) of the case's form answers in the active language, in form order
    (a choice shows its label; files are listed with the attachments)."""
    rows = []
    for spec in case.service_type.fields.all().order_by("order", "id"):
        value = case.answers.get(spec.key)
        if value in (None, "") or spec.kind == FieldKind.FILE:
            continue
        if spec.kind == FieldKind.CHOICE:
            value = dict(spec.choice_list()).get(value, value)
        rows.append((spec.label, str(value)))
    return rows


def colleague_get(*, actor: Any, user_id: Any) -> User | None:
    """A staff member by id (None when not given, not staff, or the actor is not staff)."""
    if not is_staff(actor) or not user_id:
        return None
    return User.objects.filter(pk=user_id, is_staff=True, is_active=True).first()


def handoff_get_for(*, actor: Any, case_id: Any, handoff_id: Any) -> Handoff:
    """A hand-off of a case, for staff only (NotFound for anyone else)."""
    case = case_get_for(actor=actor, case_id=case_id)
    if not is_staff(actor):
        raise NotFound()
    try:
        pk = int(handoff_id)
    except (TypeError, ValueError):
        raise NotFound() from None
    handoff = Handoff.objects.filter(pk=pk, case=case).select_related("case").first()
    if handoff is None:
        raise NotFound()
    return handoff


def watchers_for(*, actor: Any, case: Case) -> list[User]:
    """The case's watchers the actor may see: staff see every one; the client's people see
    those of their organisation (the centre's people stay "the centre" to them)."""
    qs = case.watchers.filter(is_active=True)
    if not is_staff(actor):
        qs = qs.filter(is_staff=False, memberships__organisation_id=case.organisation_id)
    return list(qs.distinct().order_by("full_name", "id"))


def watch_candidates(*, actor: Any, case: Case) -> list[User]:
    """People the actor may add as watchers (those not watching yet): the organisation's
    people, and for staff the centre's staff too."""
    people = Q(memberships__organisation_id=case.organisation_id, is_staff=False)
    if is_staff(actor):
        people |= Q(is_staff=True)
    elif not can_ask(actor, case):
        return []
    qs = User.objects.filter(people, is_active=True).exclude(pk__in=case.watchers.values("pk"))
    return list(qs.distinct().order_by("-is_staff", "full_name", "id")[:300])
