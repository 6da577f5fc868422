"""Reads about connections between organisations (expressions of interest and deals)."""

from __future__ import annotations

from typing import Any


def contact_accepted_for_profile(*, actor: Any, profile: Any) -> bool:
    """Whether the actor's organisation has an accepted contact about `profile`.

    No connection can exist before the deals models land (issue 5), so nothing is disclosed."""
    return False


def dossier_open_for_profile(*, actor: Any, profile: Any) -> bool:
    """Whether the profile's dossier is open to the actor through an accepted connection."""
    return False
