"""Declared reactions: a lower app announces what changed as one typed value; upper apps
declare, in their `AppConfig.ready()`, which changes they react to. A change is handed to its
reactions after the transaction commits, once, in declaration order. A reaction should only
enqueue tasks, so a request returns without running the work when workers are configured.

    profile_changed.react("search.index", index_profiles, when=lambda c: True)

Nothing is discovered implicitly: `reactions()` lists who reacts, and docs/architecture.md
keeps the table."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import transaction

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reaction[C]:
    name: str
    handle: Callable[[C], None]
    when: Callable[[C], bool]


class Reactions[C]:
    """The reactions to one kind of change."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._reactions: dict[str, Reaction[C]] = {}
        self._muted = False

    def react(
        self, name: str, handle: Callable[[C], None], *, when: Callable[[C], bool] | None = None
    ) -> None:
        """Declare a reaction (by name: declaring it again replaces it, in place)."""
        self._reactions[name] = Reaction(name, handle, when or (lambda change: True))

    def forget(self, name: str) -> None:
        self._reactions.pop(name, None)

    def reactions(self) -> list[Reaction[C]]:
        return list(self._reactions.values())

    def announce(self, change: C) -> None:
        """Hand the change to its reactions after the current transaction commits."""
        transaction.on_commit(lambda: self.dispatch(change))

    def dispatch(self, change: C) -> None:
        """Call each reaction that wants the change. A failing reaction is logged and never
        undoes the committed change (`techbridge reindex` / `rematch` catch up)."""
        if self._muted:
            return
        for reaction in self.reactions():
            if not reaction.when(change):
                continue
            try:
                reaction.handle(change)
            except Exception:
                logger.exception("%s: reaction %s failed on %r", self.name, reaction.name, change)

    @contextmanager
    def muted(self) -> Iterator[None]:
        """No reaction runs inside (a benchmark times the indexing on its own)."""
        before, self._muted = self._muted, True
        try:
            yield
        finally:
            self._muted = before
