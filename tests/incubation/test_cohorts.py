"""Cohorts and company files: admission (idempotent, only submitted or accepted applications),
milestones from templates, evidence and the manager's approval, team, documents and the
timeline — and nobody else's file, through every door (pages, documents, notifications)."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.incubation import services
from techbridge.incubation.models import (
    ActivityKind,
    AppStatus,
    Cohort,
    CohortCompany,
    MilestoneStatus,
    MilestoneTemplate,
)
from techbridge.notifications.models import Notification
from tests.conftest import login
from tests.factories import StaffFactory
from tests.incubation.conftest import filled

pytestmark = pytest.mark.django_db


@pytest.fixture
def cohort(programme: Any) -> Cohort:
    MilestoneTemplate.objects.create(
        programme=programme, title_en="First pilot", title_zh="首个试点",
        target_en="One pilot signed", target_zh="签署一个试点", due_after_days=60,
    )  # fmt: skip
    return Cohort.objects.create(
        programme=programme, slug="c-2026", name_en="Cohort 2026", name_zh="2026期",
        starts_on=date(2026, 3, 1), ends_on=date(2026, 9, 1),
    )  # fmt: skip


@pytest.fixture
def submitted(member: Any, draft: Any) -> Any:
    return services.application_submit(actor=member, application=draft, data=filled())


@pytest.fixture
def company(staff: Any, cohort: Cohort, submitted: Any) -> CohortCompany:
    return services.cohort_admit(actor=staff, cohort=cohort, application=submitted)


def test_admit_accepts_gives_milestones_and_is_idempotent(
    staff: Any, cohort: Cohort, submitted: Any, company: CohortCompany
) -> None:
    submitted.refresh_from_db()
    assert submitted.status == AppStatus.ACCEPTED and submitted.decided_at is not None
    milestone = company.milestones.get()
    assert milestone.due_on == date(2026, 4, 30) and milestone.title_zh == "首个试点"
    again = services.cohort_admit(actor=staff, cohort=cohort, application=submitted)
    assert again.pk == company.pk and CohortCompany.objects.count() == 1
    assert company.activity.get().kind == ActivityKind.JOINED


def test_admit_refuses_drafts_members_and_other_programmes(
    staff: Any, member: Any, cohort: Cohort, draft: Any, programme: Any
) -> None:
    with pytest.raises(ValidationFailed):
        services.cohort_admit(actor=staff, cohort=cohort, application=draft)
    with pytest.raises(PermissionDenied):
        services.cohort_admit(actor=member, cohort=cohort, application=draft)
    other = Cohort.objects.create(
        programme=type(programme).objects.create(slug="other", name_en="O", name_zh="O"),
        slug="o", name_en="O", name_zh="O", starts_on=date(2026, 1, 1), ends_on=date(2026, 2, 1),
    )  # fmt: skip
    with pytest.raises(ValidationFailed):
        services.cohort_admit(actor=staff, cohort=other, application=draft)
    assert not CohortCompany.objects.exists()


def test_evidence_then_approval_by_the_programme_manager(
    staff: Any,
    member: Any,
    programme: Any,
    company: CohortCompany,
    django_capture_on_commit_callbacks: Any,
) -> None:
    programme.managers.add(staff)
    milestone = company.milestones.get()
    with pytest.raises(ValidationFailed):
        services.milestone_submit(actor=member, milestone=milestone, evidence="  ")
    pdf = SimpleUploadedFile("pilot.pdf", b"%PDF-1.4 pilot", content_type="application/pdf")
    with django_capture_on_commit_callbacks(execute=True):
        services.milestone_submit(
            actor=member, milestone=milestone, evidence="Signed", uploads=[pdf]
        )
    with pytest.raises(Conflict):
        services.milestone_submit(actor=member, milestone=milestone, evidence="again")
    assert Notification.objects.filter(user=staff, kind="incubation.cohort").exists()
    other_staff = StaffFactory()
    with pytest.raises(PermissionDenied):
        services.milestone_decide(actor=other_staff, milestone=milestone, approve=True)
    with pytest.raises(PermissionDenied):
        services.milestone_decide(actor=member, milestone=milestone, approve=True)
    with pytest.raises(ValidationFailed):
        services.milestone_decide(actor=staff, milestone=milestone, approve=False)
    with django_capture_on_commit_callbacks(execute=True):
        services.milestone_decide(actor=staff, milestone=milestone, approve=False, comment="Scan?")
    milestone.refresh_from_db()
    assert milestone.status == MilestoneStatus.RETURNED
    services.milestone_submit(actor=member, milestone=milestone, evidence="Scan attached")
    with django_capture_on_commit_callbacks(execute=True):
        services.milestone_decide(actor=staff, milestone=milestone, approve=True)
    milestone.refresh_from_db()
    assert milestone.status == MilestoneStatus.APPROVED and milestone.decided_by == staff
    kinds = list(company.activity.values_list("kind", flat=True))
    assert kinds.count(ActivityKind.EVIDENCE) == 2 and ActivityKind.APPROVED in kinds
    assert Notification.objects.filter(user=member, kind="incubation.cohort").count() == 2
    assert milestone.documents.get().filename == "pilot.pdf"


def test_new_template_reaches_current_companies(
    staff: Any, programme: Any, company: CohortCompany
) -> None:
    services.template_add(
        actor=staff, programme=programme,
        data={"title_en": "Hire", "title_zh": "招聘", "target_en": "2 engineers",
              "target_zh": "2名工程师", "due_after_days": 90},
    )  # fmt: skip
    assert company.milestones.count() == 2


def test_company_file_pages(
    client_member: Any, member: Any, staff: Any, company: CohortCompany
) -> None:
    url = f"/incubation/companies/{company.pk}/"
    page = client_member.get(url).content.decode()
    assert "First pilot" in page and 'data-testid="evidence-form"' in page
    response = client_member.post(
        url, {"t-name": "Ada Chen", "t-role": "CTO", "t-email": "", "add_member": "1"}
    )
    assert response.status_code == 302 and company.team.get().name == "Ada Chen"
    bad = SimpleUploadedFile("run.exe", b"MZ", content_type="application/octet-stream")
    page = client_member.post(url, {"d-title": "x", "d-file": bad, "add_document": "1"})
    assert page.status_code == 200 and "not accepted" in page.content.decode()
    assert not company.documents.exists()
    deck = SimpleUploadedFile("deck.pdf", b"%PDF-1.4 deck", content_type="application/pdf")
    client_member.post(url, {"d-title": "Deck", "d-file": deck, "add_document": "1"})
    doc = company.documents.get()
    download = client_member.get(f"{url}documents/{doc.pk}/")
    assert download.status_code == 200 and b"%PDF" in b"".join(download.streaming_content)
    milestone = company.milestones.get()
    client_member.post(f"/incubation/milestones/{milestone.pk}/", {"e-evidence": "done"})
    milestone.refresh_from_db()
    assert milestone.status == MilestoneStatus.SUBMITTED
    staff_page = login(staff).get(url).content.decode()
    assert 'data-testid="decision-form"' in staff_page and "Ada Chen" in staff_page
    login(staff).post(
        f"/incubation/milestones/{milestone.pk}/", {"m-decision": "approve", "decide": "1"}
    )
    milestone.refresh_from_db()
    assert milestone.status == MilestoneStatus.APPROVED


def test_nobody_else_sees_a_company_file(
    client_outsider: Any, outsider: Any, company: CohortCompany
) -> None:
    deck = SimpleUploadedFile("deck.pdf", b"%PDF-1.4 deck", content_type="application/pdf")
    doc = services.document_add(actor=company.application.applicant, company=company,
                                title="Deck", upload=deck)  # fmt: skip
    milestone = company.milestones.get()
    base = f"/incubation/companies/{company.pk}/"
    assert client_outsider.get(base).status_code == 404
    assert client_outsider.get(f"{base}documents/{doc.pk}/").status_code == 404
    response = client_outsider.post(f"/incubation/milestones/{milestone.pk}/", {"e-evidence": "x"})
    assert response.status_code == 404
    assert client_outsider.get(f"/incubation/cohorts/{company.cohort.slug}/").status_code == 404
    with pytest.raises(PermissionDenied):
        services.team_member_add(actor=outsider, company=company, data={"name": "x", "role": "y"})


def test_cohort_pages_for_staff_and_members(
    client_staff: Any, client_member: Any, cohort: Cohort, submitted: Any
) -> None:
    page = client_staff.get(f"/incubation/cohorts/{cohort.slug}/").content.decode()
    assert 'data-testid="admit-form"' in page and submitted.reference in page
    response = client_staff.post(
        f"/incubation/cohorts/{cohort.slug}/", {"application": submitted.pk}
    )
    assert response.status_code == 302
    company = CohortCompany.objects.get()
    assert client_member.get(f"/incubation/cohorts/{cohort.slug}/").status_code == 200
    assert (
        f"/incubation/companies/{company.pk}/"
        in client_member.get("/incubation/cohorts/").content.decode()
    )
    assert client_member.get("/incubation/cohorts/new/").status_code in (403, 404)
    new = client_staff.post(
        "/incubation/cohorts/new/",
        {"programme": cohort.programme_id, "slug": "c2", "name_en": "C2", "name_zh": "二期",
         "starts_on": "2026-09-01", "ends_on": "2026-03-01"},
    )  # fmt: skip
    assert new.status_code == 200 and not Cohort.objects.filter(slug="c2").exists()
    dashboard = client_member.get("/dashboard/").content.decode()
    assert 'data-testid="cohort-panel"' in dashboard and "First pilot" in dashboard
