"""allauth's adapter: its login goes through the shared lockout (accounts.lockout) and says
why an attempt is refused; its account e-mails are signed by TechBridge (without
django.contrib.sites allauth names the site after the request's host, "127.0.0.1:8100") and
end with the platform's public address (settings.SITE_URL)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext

from techbridge.accounts import lockout


@dataclass(frozen=True)
class PlatformSite:
    """What allauth's templates read of a site: its name and domain."""

    name: str
    domain: str


def platform_site() -> PlatformSite:
    """allauth's sentences say "an account on {{ site_domain }}": the platform's name reads
    right there, and the mail's last line gives its address (`site_url`)."""
    name = gettext("TechBridge")
    return PlatformSite(name=name, domain=name)


class AccountAdapter(DefaultAccountAdapter):
    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        if lockout.is_locked(request, lockout.identifier_of(credentials)):
            raise forms.ValidationError(lockout.locked_message(), code="locked")
        super().pre_authenticate(request, **credentials)

    def send_mail(self, template_prefix: str, email: str, context: dict[str, Any]) -> None:
        context = {**context, "current_site": platform_site(), "site_url": settings.SITE_URL}
        super().send_mail(template_prefix, email, context)
