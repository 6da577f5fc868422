"""A person's rights over their personal data (PIPL, GDPR): download it all, withdraw or give
consent to e-mails, delete the account.

Deleting an account erases what every app declared in its `personal_data` module
(core.personal_data) and anonymises the user row instead of deleting it: connections,
intentions, contracts, the messages and meetings behind them, and the audit trail, which the
centre must keep, keep pointing at a "Deleted user" without name, e-mail address or phone."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import User
from techbridge.core.errors import PermissionDenied, ValidationFailed
from techbridge.core.personal_data import sections

ERASED_DOMAIN = "deleted.invalid"  # RFC 2606: never delivered


def personal_data_export(*, actor: Any) -> dict[str, Any]:
    """Everything the platform holds about the actor, by section, as JSON-ready data."""
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied()
    return {
        "generated_at": timezone.now().isoformat(),
        "sections": {s.key: s.export(actor) for s in sections()},
    }


@transaction.atomic
def email_consent_set(*, actor: Any, consent: bool) -> User:
    """Give or withdraw consent to notices by e-mail; the change is dated."""
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied()
    user = User.objects.select_for_update().get(pk=actor.pk)
    if user.email_consent != consent:
        user.email_consent = consent
        user.email_consent_changed_at = timezone.now()
        user.save(update_fields=["email_consent", "email_consent_changed_at"])
    return user


@transaction.atomic
def account_delete(*, actor: Any, password: str) -> User:
    """Delete the actor's own account: confirmed by their password; staff accounts are closed
    by an administrator. Every section's personal data is erased, then the user row is
    anonymised and can no longer sign in (every session ends: the password hash changes)."""
    if not getattr(actor, "is_authenticated", False):
        raise PermissionDenied()
    if actor.is_staff:
        raise PermissionDenied(_("Staff accounts are closed by an administrator of the centre."))
    user = User.objects.select_for_update().get(pk=actor.pk)
    if not password or not user.check_password(password):
        raise ValidationFailed(fields={"password": [str(_("The password is not correct."))]})
    for section in sections():
        if section.erase is not None:
            section.erase(user)
    _anonymise(user)
    return user


def _anonymise(user: User) -> None:
    user.email = f"deleted-{user.pk}@{ERASED_DOMAIN}"
    user.full_name = user.job_title = user.phone = ""
    user.first_name = user.last_name = ""
    user.is_active = False
    user.email_consent = False
    user.erased_at = user.email_consent_changed_at = timezone.now()
    user.set_unusable_password()
    user.save()
