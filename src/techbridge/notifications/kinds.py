"""The registry of notification kinds. Each app registers the kinds it sends in its
`AppConfig.ready()` (`register_kind("deals.message", _("New message"))`); sending an
unregistered kind raises, so a typo fails the tests instead of writing rows nobody filters.
Kinds also name what a person may choose to be e-mailed about."""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.functional import Promise

KIND_NAME = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_.]*$")
MAX_LENGTH = 60


class UnknownKind(LookupError):
    """A notification kind nobody registered (a programming error, not a user's)."""


@dataclass(frozen=True)
class Kind:
    name: str  # "<app>.<event>"
    label: str | Promise  # what a person reads ("New message")


_KINDS: dict[str, Kind] = {}


def register_kind(name: str, label: str | Promise) -> Kind:
    """Declare a kind; registering the same name twice keeps the first (apps' ready() may run
    more than once in tests)."""
    if not KIND_NAME.match(name) or len(name) > MAX_LENGTH:
        raise ValueError(f"a notification kind is '<app>.<event>' (got {name!r})")
    return _KINDS.setdefault(name, Kind(name=name, label=label))


def kind_get(name: str) -> Kind:
    """The registered kind, or UnknownKind."""
    try:
        return _KINDS[name]
    except KeyError:
        raise UnknownKind(f"notification kind {name!r} is not registered") from None


def kind_label(name: str) -> str:
    """What a person reads for a kind (its name when no longer registered)."""
    kind = _KINDS.get(name)
    return str(kind.label) if kind is not None else name


def registered_kinds() -> list[Kind]:
    return sorted(_KINDS.values(), key=lambda k: k.name)
