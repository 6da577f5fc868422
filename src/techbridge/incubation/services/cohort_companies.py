"""Cohorts and companies: staff create cohorts and admit accepted applications (the call
review's decision makes, or staff's direct admission); a company's members keep its team and
documents. Every change lands on the company's timeline."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied, ValidationFailed
from techbridge.deals.services.conversation import _checked_upload as checked_upload
from techbridge.incubation.models import (
    Activity,
    ActivityKind,
    Application,
    AppStatus,
    Cohort,
    CohortCompany,
    CompanyDocument,
    Milestone,
    MilestoneTemplate,
    TeamMember,
)
from techbridge.incubation.selectors.cohort_companies import ADMISSIBLE


def staff_only(actor: Any) -> None:
    if not is_staff(actor):
        raise PermissionDenied()


def member_or_staff(actor: Any, company: CohortCompany) -> None:
    if not is_staff(actor) and company.organisation_id not in organisation_ids_of(actor):
        raise PermissionDenied()


def record(
    company: CohortCompany,
    kind: str,
    *,
    actor: Any = None,
    subject: tuple[str, str] | str = "",
    at: datetime | None = None,
) -> Activity:
    """One line on the company's timeline (`subject`: one text, or its English and Chinese)."""
    en, zh = (subject, subject) if isinstance(subject, str) else subject
    return Activity.objects.create(
        company=company,
        kind=kind,
        subject_en=en[:300],
        subject_zh=zh[:300],
        actor=actor if getattr(actor, "pk", None) else None,
        at=at or timezone.now(),
    )


@transaction.atomic
def cohort_save(*, actor: Any, form: Any) -> Cohort:
    staff_only(actor)
    cohort: Cohort = form.save()
    return cohort


def _milestones_from_templates(company: CohortCompany) -> None:
    cohort = company.cohort
    for tpl in MilestoneTemplate.objects.filter(programme_id=cohort.programme_id):
        Milestone.objects.get_or_create(
            company=company,
            template=tpl,
            defaults={
                "title_en": tpl.title_en,
                "title_zh": tpl.title_zh,
                "target_en": tpl.target_en,
                "target_zh": tpl.target_zh,
                "due_on": cohort.starts_on + timedelta(days=tpl.due_after_days),
            },
        )


@transaction.atomic
def cohort_admit(
    *, actor: Any, cohort: Cohort, application: Application, now: datetime | None = None
) -> CohortCompany:
    """Admit an application's organisation into a cohort of the same programme: the
    application becomes accepted (if it was not yet), the company gets its file and the
    programme's milestones. Idempotent: admitting it again returns the same company.
    Review's decision step calls this too."""
    staff_only(actor)
    now = now or timezone.now()
    app = Application.objects.select_for_update().select_related("call").get(pk=application.pk)
    if app.call.programme_id != cohort.programme_id:
        raise ValidationFailed(_("This application is for another programme."))
    existing = CohortCompany.objects.filter(cohort=cohort, organisation_id=app.organisation_id)
    if existing.exists():
        return existing.get()
    if app.status not in ADMISSIBLE:
        raise ValidationFailed(_("Only a submitted or accepted application can join a cohort."))
    if app.status != AppStatus.ACCEPTED:
        app.status = AppStatus.ACCEPTED
        app.decided_at = now
        app.save(update_fields=["status", "decided_at", "updated_at"])
    try:
        with transaction.atomic():
            company = CohortCompany.objects.create(
                cohort=cohort, organisation_id=app.organisation_id, application=app, joined_at=now
            )
    except IntegrityError as exc:  # in another cohort already, by this application
        raise ValidationFailed(
            _("This application already placed its company in a cohort.")
        ) from exc
    _milestones_from_templates(company)
    record(
        company, ActivityKind.JOINED, actor=actor, subject=(cohort.name_en, cohort.name_zh), at=now
    )
    return company


@transaction.atomic
def template_add(*, actor: Any, programme: Any, data: dict[str, Any]) -> MilestoneTemplate:
    """A milestone for every company of the programme; the companies of its current cohorts
    get it at once."""
    staff_only(actor)
    tpl = MilestoneTemplate.objects.create(programme=programme, **data)
    for company in CohortCompany.objects.filter(cohort__programme=programme):
        _milestones_from_templates(company)
    return tpl


@transaction.atomic
def template_delete(*, actor: Any, programme: Any, template_id: int) -> None:
    """Drop a template; milestones already given to companies stay (with their history)."""
    staff_only(actor)
    deleted, _n = MilestoneTemplate.objects.filter(programme=programme, pk=template_id).delete()
    if not deleted:
        raise NotFound()


@transaction.atomic
def team_member_add(*, actor: Any, company: CohortCompany, data: dict[str, Any]) -> TeamMember:
    member_or_staff(actor, company)
    person = TeamMember.objects.create(company=company, **data)
    record(company, ActivityKind.TEAM, actor=actor, subject=f"+ {person.name}")
    return person


@transaction.atomic
def team_member_remove(*, actor: Any, company: CohortCompany, person_id: int) -> None:
    member_or_staff(actor, company)
    person = company.team.filter(pk=person_id).first()
    if person is None:
        raise NotFound()
    person.delete()
    record(company, ActivityKind.TEAM, actor=actor, subject=f"− {person.name}")


def store_document(
    *, actor: Any, company: CohortCompany, title: str, upload: Any, milestone: Any = None
) -> CompanyDocument:
    """A private file of the company (type from its content, size limited, as attachments)."""
    name, content_type = checked_upload(upload)
    doc = CompanyDocument(
        company=company,
        milestone=milestone,
        title=(title or name)[:200],
        filename=name,
        content_type=content_type,
        size=upload.size,
        uploaded_by=actor if getattr(actor, "pk", None) else None,
    )
    doc.file.save(name, upload, save=False)
    doc.save()
    return doc


@transaction.atomic
def document_add(*, actor: Any, company: CohortCompany, title: str, upload: Any) -> CompanyDocument:
    member_or_staff(actor, company)
    doc = store_document(actor=actor, company=company, title=title, upload=upload)
    record(company, ActivityKind.DOCUMENT, actor=actor, subject=doc.title)
    return doc
