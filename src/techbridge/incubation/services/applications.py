"""Applying to a call: the eligibility screen (rejects at once, with the reason), the draft,
and the one submission. Every write re-reads the call's clock under a row lock: a draft cannot
be changed or submitted once the call has closed (late submissions are refused with the
closing time in the centre's time zone), and a submitted application cannot be changed or
submitted again."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import Organisation, User
from techbridge.accounts.selectors import organisation_ids_of
from techbridge.core.errors import Conflict, PermissionDenied, ValidationFailed
from techbridge.core.i18n import join_list
from techbridge.deals.services.conversation import _checked_upload as checked_upload
from techbridge.incubation import notices, selectors
from techbridge.incubation.models import Application, ApplicationFile, AppStatus, Call
from techbridge.incubation.selectors import centre_time


def _refuse_unless_open(call: Call, now: Any) -> None:
    if now < call.opens_at:
        raise ValidationFailed(_("This call is not open yet."))
    if now >= call.closes_at:
        when = centre_time(call.closes_at).strftime("%Y-%m-%d %H:%M")
        raise ValidationFailed(
            _("This call closed on %(when)s (Beijing time); late applications are not accepted.")
            % {"when": when}
        )


@transaction.atomic
def application_start(
    *,
    actor: User,
    call: Call,
    organisation: Organisation,
    eligibility: dict[str, bool],
    now: datetime | None = None,
) -> Application:
    """Screen an organisation: a wrong answer makes it ineligible at once (with each reason);
    else a draft. An organisation applies once per call: a second start returns its record."""
    if organisation.pk not in organisation_ids_of(actor):
        raise PermissionDenied(_("Not one of your organisations."))
    _refuse_unless_open(call, now or timezone.now())
    existing = Application.objects.filter(call=call, organisation=organisation).first()
    if existing is not None:
        return existing
    qs = selectors.questions(call)
    missing = [q for q in qs if q.key not in eligibility]
    if missing:
        raise ValidationFailed(_("Answer every eligibility question."))
    failed = [q for q in qs if eligibility[q.key] != q.expected]
    app = Application(
        call=call,
        organisation=organisation,
        applicant=actor,
        eligibility={q.key: bool(eligibility[q.key]) for q in qs},
        language=translation.get_language() or "en",
    )
    if failed:
        app.status = AppStatus.INELIGIBLE
        app.ineligible_reason = join_list([q.reason for q in failed], style="sentences")
    try:
        with transaction.atomic():
            app.save()
    except IntegrityError:  # the same organisation, at the same moment
        return Application.objects.get(call=call, organisation=organisation)
    if failed:
        transaction.on_commit(lambda: notices.ineligible(app))
    return app


def edit_refusal(app: Application, now: datetime | None = None) -> None:
    """Raise why an application can no longer change (submitted, or the call is closed)."""
    if app.status != AppStatus.DRAFT:
        raise Conflict(_("This application is already submitted and can no longer change."))
    _refuse_unless_open(app.call, now or timezone.now())


def _locked_draft(application: Application, now: datetime | None = None) -> Application:
    app = Application.objects.select_for_update().select_related("call").get(pk=application.pk)
    edit_refusal(app, now)
    return app


def _write(app: Application, data: dict[str, Any]) -> None:
    allowed = {pk for pk, _title in selectors.own_profiles(app.organisation_id)}
    profiles = set(data.get("profiles") or [])
    if profiles - allowed:
        raise ValidationFailed(fields={"profiles": [str(_("Not one of your profiles."))]})
    checked = [(key, upload, *checked_upload(upload)) for key, upload in data["files"].items()]
    app.answers = dict(data["answers"])
    app.save()
    app.profiles.set(profiles)
    for key, upload, name, content_type in checked:
        app.files.filter(field_key=key).delete()
        row = ApplicationFile(
            application=app,
            field_key=key,
            filename=name,
            content_type=content_type,
            size=upload.size,
        )
        row.file.save(name, upload, save=False)
        row.save()


def _check_member(actor: Any, application: Application) -> None:
    if application.organisation_id not in organisation_ids_of(actor):
        raise PermissionDenied()


@transaction.atomic
def application_save(
    *, actor: User, application: Application, data: dict[str, Any], now: datetime | None = None
) -> None:
    """Keep a draft (required fields may still be empty)."""
    _check_member(actor, application)
    _write(_locked_draft(application, now), data)


@transaction.atomic
def application_submit(
    *, actor: User, application: Application, data: dict[str, Any], now: datetime | None = None
) -> Application:
    """Save and submit once (the form has checked the required fields with `for_submit`).
    `now`: the demo's simulated clock."""
    _check_member(actor, application)
    app = _locked_draft(application, now)
    _write(app, data)
    app.status = AppStatus.SUBMITTED
    app.submitted_at = now or timezone.now()
    app.save(update_fields=["status", "submitted_at", "updated_at"])
    transaction.on_commit(lambda: notices.submitted(app))
    return app
