"""allauth's adapter: its login goes through the shared lockout (accounts.lockout) and says
why an attempt is refused."""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from django import forms
from django.http import HttpRequest

from techbridge.accounts import lockout


class AccountAdapter(DefaultAccountAdapter):
    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        if lockout.is_locked(request, lockout.identifier_of(credentials)):
            raise forms.ValidationError(lockout.locked_message(), code="locked")
        super().pre_authenticate(request, **credentials)
