"""Eligibility screen, drafts, the one submission, late refusal (in the centre's time zone)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.incubation import services
from techbridge.incubation.forms.applications import ApplicationForm
from techbridge.incubation.models import Application, AppStatus
from techbridge.incubation.selectors import form_fields
from techbridge.notifications.models import Notification
from tests.incubation.conftest import ELIGIBLE, filled, freeze_time, make_call

pytestmark = pytest.mark.django_db

PDF = b"%PDF-1.4 test"


def test_screen_rejects_at_once_with_reasons(member: Any, org: Any, call: Any) -> None:
    app = services.application_start(
        actor=member, call=call, organisation=org, eligibility={"tech": False, "listed": True}
    )
    assert app.status == AppStatus.INELIGIBLE
    assert "technology owners" in app.ineligible_reason and "Listed" in app.ineligible_reason
    # a second try does not get a fresh screen
    again = services.application_start(
        actor=member, call=call, organisation=org, eligibility=ELIGIBLE
    )
    assert again.pk == app.pk and again.status == AppStatus.INELIGIBLE
    with pytest.raises(Conflict):
        services.application_submit(actor=member, application=app, data=filled())


def test_every_question_must_be_answered(member: Any, org: Any, call: Any) -> None:
    with pytest.raises(ValidationFailed):
        services.application_start(actor=member, call=call, organisation=org, eligibility={})
    assert not Application.objects.exists()


def test_only_for_own_organisation(outsider: Any, org: Any, call: Any) -> None:
    with pytest.raises(PermissionDenied):
        services.application_start(
            actor=outsider, call=call, organisation=org, eligibility=ELIGIBLE
        )


def test_draft_then_submit_once(
    member: Any, draft: Any, django_capture_on_commit_callbacks: Any
) -> None:
    services.application_save(actor=member, application=draft, data=filled(pitch="first"))
    draft.refresh_from_db()
    assert draft.status == AppStatus.DRAFT and draft.answers["pitch"] == "first"
    with django_capture_on_commit_callbacks(execute=True):
        services.application_submit(actor=member, application=draft, data=filled())
    draft.refresh_from_db()
    assert draft.status == AppStatus.SUBMITTED and draft.submitted_at is not None
    assert Notification.objects.filter(user=member, kind="incubation.application").exists()
    with pytest.raises(Conflict):
        services.application_submit(actor=member, application=draft, data=filled(pitch="again"))
    with pytest.raises(Conflict):
        services.application_save(actor=member, application=draft, data=filled(pitch="edit"))
    draft.refresh_from_db()
    assert draft.answers["pitch"] == "We recycle batteries."


def test_late_submission_refused_nothing_lost(member: Any, draft: Any, call: Any) -> None:
    services.application_save(actor=member, application=draft, data=filled(pitch="kept"))
    with freeze_time(call.closes_at + timedelta(seconds=1)), pytest.raises(ValidationFailed) as exc:
        services.application_submit(actor=member, application=draft, data=filled())
    assert "late applications are not accepted" in str(exc.value.message)
    draft.refresh_from_db()
    assert draft.status == AppStatus.DRAFT and draft.answers["pitch"] == "kept"


def test_closing_time_is_the_centres(member: Any, org: Any, programme: Any) -> None:
    """A call closing at 23:59 Beijing time is closed for a user in Berlin from 16:59."""
    closes = datetime(2026, 12, 20, 23, 59, tzinfo=ZoneInfo("Asia/Shanghai"))
    call = make_call(
        programme, slug="winter", opens_at=closes - timedelta(days=30), closes_at=closes
    )
    berlin = ZoneInfo("Europe/Berlin")
    with freeze_time(datetime(2026, 12, 20, 16, 58, tzinfo=berlin)):
        app = services.application_start(
            actor=member, call=call, organisation=org, eligibility=ELIGIBLE
        )
    with freeze_time(datetime(2026, 12, 20, 16, 59, tzinfo=berlin)):
        assert not call.is_open
        with pytest.raises(ValidationFailed) as exc:
            services.application_submit(actor=member, application=app, data=filled())
    assert "2026-12-20 23:59" in str(exc.value.message)


def test_not_open_yet(member: Any, org: Any, programme: Any) -> None:
    later = timezone.now() + timedelta(days=3)
    call = make_call(programme, slug="later", opens_at=later, closes_at=later + timedelta(days=9))
    with pytest.raises(ValidationFailed):
        services.application_start(actor=member, call=call, organisation=org, eligibility=ELIGIBLE)


def test_required_fields_only_on_submit(draft: Any) -> None:
    specs = form_fields(draft.call)
    draft_form = ApplicationForm({}, specs=specs, profiles=[])
    assert draft_form.is_valid(), draft_form.errors
    submit_form = ApplicationForm({}, specs=specs, profiles=[], for_submit=True)
    assert not submit_form.is_valid()
    assert set(submit_form.errors) == {"f_pitch", "f_employees"}


@pytest.mark.parametrize("value", ["-1", "10001", "lots", "1e400"])
def test_numbers_outside_bounds_refused(draft: Any, value: str) -> None:
    form = ApplicationForm({"f_employees": value}, specs=form_fields(draft.call), profiles=[])
    assert not form.is_valid() and "f_employees" in form.errors


def test_files_checked_and_replaced(member: Any, draft: Any) -> None:
    bad = SimpleUploadedFile("deck.exe", b"MZ....", content_type="application/pdf")
    with pytest.raises(ValidationFailed):
        services.application_save(
            actor=member, application=draft, data={**filled(), "files": {"deck": bad}}
        )
    liar = SimpleUploadedFile("deck.pdf", b"not a pdf", content_type="application/pdf")
    with pytest.raises(ValidationFailed):
        services.application_save(
            actor=member, application=draft, data={**filled(), "files": {"deck": liar}}
        )
    assert not draft.files.exists()
    for _ in range(2):
        good = SimpleUploadedFile("deck.pdf", PDF, content_type="application/pdf")
        services.application_save(
            actor=member, application=draft, data={**filled(), "files": {"deck": good}}
        )
    assert draft.files.count() == 1


def test_profiles_must_be_own(member: Any, draft: Any) -> None:
    from tests.factories import OrganisationFactory, ProfileFactory

    mine = ProfileFactory(organisation=draft.organisation)
    theirs = ProfileFactory(organisation=OrganisationFactory())
    with pytest.raises(ValidationFailed):
        services.application_save(
            actor=member, application=draft, data={**filled(), "profiles": [theirs.pk]}
        )
    services.application_save(
        actor=member, application=draft, data={**filled(), "profiles": [mine.pk]}
    )
    assert list(draft.profiles.values_list("pk", flat=True)) == [mine.pk]
