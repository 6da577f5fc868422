"""Login lockout, per account and per address, in counters shared by every process.

- An account (its e-mail, normalised) is locked after ``LOGIN_FAILURES_PER_ACCOUNT`` failed
  attempts within ``LOGIN_LOCKOUT_SECONDS``, from any address: the correct password is refused
  too until the window ends, so guessing is bounded however many workers answer.
- An address is refused after ``LOGIN_FAILURES_PER_ADDRESS`` failures (any accounts) within
  the window: password spraying. The bound is high because many people in China share one
  address behind carrier NAT; one person's mistakes lock only their own account.
- A successful login clears its account's counter.

Every door that authenticates goes through here: allauth's login (its adapter shows the
message) and anything calling ``django.contrib.auth.authenticate`` (the admin's login), through
``LockoutBackend`` (refuses a locked attempt) and the ``user_login_failed`` signal (counts it).
"""

from __future__ import annotations

import hashlib
import unicodedata
from typing import Any

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from techbridge.core import counters

LOCKED_MESSAGE = _(
    "Too many failed sign-in attempts. Please wait %(minutes)s minutes and try again, "
    "or reset your password."
)


def _conf() -> tuple[int, int, int]:
    conf: dict[str, Any] = getattr(settings, "TECHBRIDGE", {})
    return (
        int(conf.get("LOGIN_FAILURES_PER_ACCOUNT", 5)),
        int(conf.get("LOGIN_FAILURES_PER_ADDRESS", 50)),
        int(conf.get("LOGIN_LOCKOUT_SECONDS", 900)),
    )


def client_address(request: HttpRequest | None) -> str:
    """The client's address: REMOTE_ADDR, or the address the trusted reverse proxies saw
    (``PROXY_HOPS`` entries from the right of X-Forwarded-For)."""
    if request is None:
        return "unknown"
    hops = int(getattr(settings, "TECHBRIDGE", {}).get("PROXY_HOPS", 0))
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [a for a in forwarded if a]
    if hops and len(forwarded) >= hops:
        return forwarded[-hops][:64]
    return str(request.META.get("REMOTE_ADDR") or "unknown")[:64]


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _account_key(identifier: str) -> str:
    norm = unicodedata.normalize("NFC", identifier.strip()).casefold()
    return f"login:acct:{_digest(norm)}"


def _address_key(address: str) -> str:
    return f"login:addr:{_digest(address)}"


def identifier_of(credentials: dict[str, Any]) -> str:
    for name in ("email", "username", "login"):
        value = credentials.get(name)
        if isinstance(value, str) and value:
            return value
    return ""


def is_locked(request: HttpRequest | None, identifier: str) -> bool:
    per_account, per_address, _window = _conf()
    if identifier and counters.get(_account_key(identifier)) >= per_account:
        return True
    return counters.get(_address_key(client_address(request))) >= per_address


def check(request: HttpRequest | None, identifier: str) -> None:
    """Raise PermissionDenied (Django's: it stops every authentication backend) if locked."""
    if is_locked(request, identifier):
        raise PermissionDenied(str(locked_message()))


def locked_message() -> str:
    return str(LOCKED_MESSAGE % {"minutes": max(1, _conf()[2] // 60)})


def record_failure(request: HttpRequest | None, identifier: str) -> None:
    window = _conf()[2]
    if identifier:
        counters.hit(_account_key(identifier), window)
    counters.hit(_address_key(client_address(request)), window)


def record_success(identifier: str) -> None:
    counters.reset(_account_key(identifier))


class LockoutBackend:
    """First in AUTHENTICATION_BACKENDS: refuses every attempt on a locked account or from a
    locked address before any password is checked. No `get_user`: it never logs anyone in,
    so sessions (and the test client's force_login) name the real backend."""

    def authenticate(self, request: HttpRequest | None, **credentials: Any) -> None:
        try:
            check(request, identifier_of(credentials))
        except PermissionDenied:
            if request is not None:
                # A refused attempt is not one more failure (Django still signals it): the
                # address's counter must not grow while one person retries a locked account.
                request.META["techbridge.login_locked"] = True
            raise


@receiver(user_login_failed, dispatch_uid="techbridge.accounts.lockout.failed")
def _on_failure(sender: Any, credentials: dict[str, Any], request: Any = None, **kw: Any) -> None:
    if request is not None and request.META.pop("techbridge.login_locked", False):
        return
    record_failure(request, identifier_of(credentials))


@receiver(user_logged_in, dispatch_uid="techbridge.accounts.lockout.success")
def _on_success(sender: Any, request: Any, user: Any, **kw: Any) -> None:
    email = getattr(user, "email", "")
    if email:
        record_success(email)
