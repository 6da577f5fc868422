"""Who is calling the API: a personal token (Authorization: Bearer …) or the browser session."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth

from techbridge.accounts.services import api_token_user


class TokenAuth(HttpBearer):
    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = api_token_user(token)
        if user is not None:
            request.user = user
        return user


token_auth = TokenAuth()
session_auth = SessionAuth()
# Writes need a token or a session (with its CSRF check).
WRITE_AUTH = [token_auth, session_auth]


def actor_of(request: HttpRequest) -> Any:
    """The caller for reads: a token's user if a valid token is sent, else the session user
    (anonymous if neither). An invalid token reads as anonymous."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        user = api_token_user(header[7:].strip())
        return user if user is not None else AnonymousUser()
    return getattr(request, "user", AnonymousUser())
