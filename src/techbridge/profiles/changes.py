"""Profile changes: every profile service announces what it did as one typed
`ProfileChange(ids, action)`; after commit, the reactions declared on `profile_changed` (by
search and matches, in their `AppConfig.ready()`) are called with it. See core.reactions and
the reaction table in docs/architecture.md."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

from techbridge.core.reactions import Reactions


class ProfileAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    SUBMIT = "submit"
    PUBLISH = "publish"
    REJECT = "reject"
    CLOSE = "close"
    EXPIRE = "expire"
    DELETE = "delete"
    IMPORT = "import"  # a bulk load: many profiles, created or updated, already published


@dataclass(frozen=True)
class ProfileChange:
    ids: tuple[int, ...]
    action: ProfileAction


profile_changed: Reactions[ProfileChange] = Reactions("profile_changed")


def on(actions: Collection[ProfileAction]) -> Callable[[ProfileChange], bool]:
    """A reaction's filter: the actions it handles."""
    wanted = frozenset(actions)
    return lambda change: change.action in wanted


def announce(ids: Iterable[int], action: ProfileAction) -> None:
    """Tell the reactions, after commit, that these profiles changed (nothing if no ids)."""
    change = ProfileChange(ids=tuple(int(i) for i in ids), action=ProfileAction(action))
    if change.ids:
        profile_changed.announce(change)
