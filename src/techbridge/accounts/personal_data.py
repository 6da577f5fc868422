"""What accounts keeps about a person (core.personal_data): the account itself, its e-mail
addresses, memberships and API tokens."""

from __future__ import annotations

from typing import Any

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from django.utils.translation import gettext_lazy as _

from techbridge.accounts.models import ApiToken, Membership
from techbridge.core.personal_data import Section, register, rows

ACCOUNT_FIELDS = (
    "email",
    "full_name",
    "job_title",
    "phone",
    "preferred_language",
    "department",
    "email_consent",
    "email_consent_changed_at",
    "date_joined",
    "last_login",
)


def _account(user: Any) -> dict[str, Any]:
    return rows([user], ACCOUNT_FIELDS)[0]


def _email_addresses(user: Any) -> list[dict[str, Any]]:
    return rows(EmailAddress.objects.filter(user=user), ("email", "verified", "primary"))


def _memberships(user: Any) -> list[dict[str, Any]]:
    qs = Membership.objects.filter(user=user).select_related("organisation")
    return [
        {"organisation": m.organisation.name, "role": m.role, "since": m.created_at.isoformat()}
        for m in qs.order_by("created_at")
    ]


def _tokens(user: Any) -> list[dict[str, Any]]:
    # the prefix only: the secret itself is never stored
    qs = ApiToken.objects.filter(user=user).order_by("created_at")
    return rows(qs, ("name", "prefix", "created_at", "last_used_at", "revoked_at"))


def _second_factors(user: Any) -> list[dict[str, Any]]:
    # the kind and dates only: never the secret nor the recovery codes
    qs = Authenticator.objects.filter(user=user).order_by("created_at")
    return rows(qs, ("type", "created_at", "last_used_at"))


def _erase_links(user: Any) -> None:
    Authenticator.objects.filter(user=user).delete()
    EmailAddress.objects.filter(user=user).delete()
    Membership.objects.filter(user=user).delete()
    ApiToken.objects.filter(user=user).delete()


register(
    Section(
        key="accounts.account",
        label=_("Your account"),
        export=_account,
        order=0,
        covers=(),
        # the admin's own log of staff actions in the back office
        not_personal=("admin.LogEntry.user",),
    )
)
register(
    Section(
        key="accounts.email_addresses",
        label=_("E-mail addresses"),
        export=_email_addresses,
        order=1,
        covers=("account.EmailAddress.user",),
    )
)
register(
    Section(
        key="accounts.memberships",
        label=_("Memberships of organisations"),
        export=_memberships,
        erase=_erase_links,
        order=2,
        covers=("accounts.Membership.user", "accounts.ApiToken.user"),
    )
)
register(
    Section(
        key="accounts.api_tokens",
        label=_("API tokens"),
        export=_tokens,
        order=3,
    )
)
register(
    Section(
        key="accounts.two_factor",
        label=_("Two-factor authentication"),
        export=_second_factors,
        order=4,
        covers=("mfa.Authenticator.user",),
    )
)
