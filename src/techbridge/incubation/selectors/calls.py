"""Programmes, calls and applications, for one actor."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import QuerySet

from techbridge.accounts.selectors import is_staff, organisation_ids_of
from techbridge.core.errors import NotFound, PermissionDenied
from techbridge.incubation.models import (
    Application,
    ApplicationFile,
    Call,
    EligibilityQuestion,
    FormField,
    Programme,
)
from techbridge.profiles.selectors import relatable_profiles


def can_manage(actor: Any) -> bool:
    """Programme management is the centre's staff's."""
    return is_staff(actor)


def centre_time(instant: datetime) -> datetime:
    """An instant in the centre's time zone (calls open and close by the centre's clock)."""
    return instant.astimezone(ZoneInfo(settings.TIME_ZONE))


def programme_list(*, actor: Any) -> QuerySet[Programme]:
    return Programme.objects.all()


def call_list(*, actor: Any) -> QuerySet[Call]:
    rows = Call.objects.select_related("programme")
    return rows if can_manage(actor) else rows.filter(published=True)


def call_get_for(*, actor: Any, slug: str) -> Call:
    call = call_list(actor=actor).filter(slug=slug).first()
    if call is None:
        raise NotFound()
    return call


def questions(call: Call) -> list[EligibilityQuestion]:
    return list(call.questions.all())


def form_fields(call: Call) -> list[FormField]:
    return list(call.fields.all())


def my_applications(*, actor: Any) -> QuerySet[Application]:
    return Application.objects.filter(
        organisation_id__in=organisation_ids_of(actor)
    ).select_related("call", "call__programme", "organisation")


def application_get_for(*, actor: Any, application_id: int) -> Application:
    """Staff, or a member of the applying organisation; anybody else gets NotFound."""
    rows = Application.objects.select_related("call", "call__programme", "organisation")
    if not can_manage(actor):
        rows = rows.filter(organisation_id__in=organisation_ids_of(actor))
    app = rows.filter(pk=application_id).first()
    if app is None:
        raise NotFound()
    return app


def applications_of_call(*, actor: Any, call: Call) -> QuerySet[Application]:
    if not can_manage(actor):
        raise PermissionDenied()
    return call.applications.select_related("organisation").order_by("status", "pk")


def application_file_for(*, actor: Any, file_id: int) -> ApplicationFile:
    row = ApplicationFile.objects.select_related("application").filter(pk=file_id).first()
    if row is None:
        raise NotFound()
    application_get_for(actor=actor, application_id=row.application_id)
    return row


def own_profiles(organisation_id: int) -> list[tuple[int, str]]:
    """The applying organisation's technology profiles an application may link to."""
    return relatable_profiles(organisation_ids={organisation_id})
