"""The privacy page (/my/privacy/): download one's personal data, e-mail consent, deleting
the account (accounts.privacy)."""

from __future__ import annotations

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from techbridge.accounts import privacy
from techbridge.accounts.forms import AccountDeleteForm, EmailConsentForm
from techbridge.accounts.selectors import two_factor_on
from techbridge.core.errors import DomainError
from techbridge.core.personal_data import sections


@login_required
def privacy_page(request: HttpRequest) -> HttpResponse:
    user = request.user
    # bound on POST even when empty: an unticked box sends nothing
    data = request.POST if request.method == "POST" else None
    consent_form = EmailConsentForm(data, initial={"email_consent": user.email_consent})
    if request.method == "POST" and consent_form.is_valid():
        consent = consent_form.cleaned_data["email_consent"]
        privacy.email_consent_set(actor=user, consent=consent)
        messages.success(
            request,
            _("E-mails are on: notices reach your mailbox.")
            if consent
            else _("E-mails are off: notices stay on the site."),
        )
        return redirect("accounts:privacy")
    return _render(request, consent_form, AccountDeleteForm())


def _render(
    request: HttpRequest, consent_form: EmailConsentForm, delete_form: AccountDeleteForm
) -> HttpResponse:
    context = {
        "consent_form": consent_form,
        "delete_form": delete_form,
        "sections": sections(),
        "can_delete": not request.user.is_staff,
        "two_factor": two_factor_on(request.user),
    }
    status = 422 if delete_form.errors else 200
    return render(request, "accounts/privacy.html", context, status=status)


@login_required
def privacy_export(request: HttpRequest) -> HttpResponse:
    data = privacy.personal_data_export(actor=request.user)
    body = json.dumps(data, ensure_ascii=False, indent=2)
    response = HttpResponse(body, content_type="application/json; charset=utf-8")
    stamp = timezone.now().strftime("%Y%m%d")
    response["Content-Disposition"] = (
        f'attachment; filename="techbridge-personal-data-{stamp}.json"'
    )
    response["Cache-Control"] = "no-store"
    return response


@login_required
@require_POST
def account_delete(request: HttpRequest) -> HttpResponse:
    form = AccountDeleteForm(request.POST)
    consent_form = EmailConsentForm(initial={"email_consent": request.user.email_consent})
    if not form.is_valid():
        return _render(request, consent_form, form)
    try:
        privacy.account_delete(actor=request.user, password=form.cleaned_data["password"])
    except DomainError as exc:
        for field, errors in exc.fields.items():
            for error in errors:
                form.add_error(field if field in form.fields else None, error)
        if not exc.fields:
            form.add_error(None, str(exc.message))
        return _render(request, consent_form, form)
    logout(request)
    messages.success(request, _("Your account is deleted. Thank you for using TechBridge."))
    return redirect("/")
