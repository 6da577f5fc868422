"""The import kinds: importing this package registers them (`base.REGISTRY`), so the
importer of a kind is asked for here."""

from __future__ import annotations

from collections.abc import Iterable

from techbridge.exchange.importers import events, organisations, profiles
from techbridge.exchange.importers.base import REGISTRY, Importer
from techbridge.exchange.models import ImportKind

__all__ = ["events", "importer_for", "kinds_available", "organisations", "profiles"]


def importer_for(kind: str) -> Importer:
    if kind not in REGISTRY:
        raise KeyError(kind)
    return REGISTRY[kind]


def kinds_available() -> Iterable[tuple[str, str]]:
    return [(k, label) for k, label in ImportKind.choices if k in REGISTRY]
