"""`profile_changed` is sent after commit by every profile service; search keeps its index and
matching its matches in sync by listening to it."""

from __future__ import annotations

from django.dispatch import Signal

# Sent with profile_id: int, action: one of "create", "update", "submit", "publish", "reject",
# "close", "expire", "delete"; and with profile_id=None, action="import", profile_ids=[...]
# after a bulk import.
profile_changed = Signal()
