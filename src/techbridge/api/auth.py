"""Moved to `techbridge.accounts.api_auth`; this alias lives for one landing only (for branches
opened before the move) and is then removed. Import from accounts.api_auth."""

from techbridge.accounts.api_auth import WRITE_AUTH, TokenAuth, actor_of, session_auth, token_auth

__all__ = ["WRITE_AUTH", "TokenAuth", "actor_of", "session_auth", "token_auth"]
