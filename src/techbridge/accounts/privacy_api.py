"""/api/v1/me: the caller's personal-data rights (accounts.privacy), for a token or a session."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema, Status
from pydantic import StrictBool

from techbridge.accounts import privacy
from techbridge.accounts.api_auth import WRITE_AUTH
from techbridge.accounts.forms import AccountDeleteForm, EmailConsentForm
from techbridge.core.api_schemas import ErrorOut
from techbridge.core.errors import ValidationFailed, form_errors

router = Router(tags=["personal data"], auth=WRITE_AUTH)


class PersonalDataOut(Schema):
    generated_at: str
    sections: dict[str, Any]


class EmailConsentIn(Schema):
    email_consent: StrictBool  # true or false: not 0/1 or "yes"


class EmailConsentOut(Schema):
    email_consent: bool
    email_consent_changed_at: str | None


class AccountDeleteIn(Schema):
    password: str


@router.get("/personal-data", response={200: PersonalDataOut, 401: ErrorOut})
def personal_data(request: HttpRequest) -> Any:
    """Everything the platform holds about the caller (the privacy page's download)."""
    return privacy.personal_data_export(actor=request.user)


def _consent_out(user: Any) -> dict[str, Any]:
    changed = user.email_consent_changed_at
    return {
        "email_consent": user.email_consent,
        "email_consent_changed_at": changed.isoformat() if changed else None,
    }


@router.get("/email-consent", response={200: EmailConsentOut, 401: ErrorOut})
def email_consent_get(request: HttpRequest) -> Any:
    return _consent_out(request.user)


@router.put("/email-consent", response={200: EmailConsentOut, 401: ErrorOut, 422: ErrorOut})
def email_consent_put(request: HttpRequest, payload: EmailConsentIn) -> Any:
    """Give (true) or withdraw (false) consent to notices by e-mail."""
    form = EmailConsentForm(payload.dict())
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    user = privacy.email_consent_set(actor=request.user, consent=payload.email_consent)
    return _consent_out(user)


@router.post("/delete", response={204: None, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut})
def account_delete(request: HttpRequest, payload: AccountDeleteIn) -> Any:
    """Delete the caller's account (confirmed by the password): personal data erased, what
    must be kept for contracts anonymised. Staff accounts are refused (403)."""
    form = AccountDeleteForm({"password": payload.password, "understood": True})
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    privacy.account_delete(actor=request.user, password=form.cleaned_data["password"])
    return Status(204, None)
