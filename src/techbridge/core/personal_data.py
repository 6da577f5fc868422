"""Personal data, app by app: what a person may download about themselves and what is erased
when they delete their account (China's PIPL, the EU's GDPR).

Each app that keeps personal data about a user declares it in its own `personal_data.py`
module with `register(Section(...))`; the module is found by `autodiscover()` (called from
`CoreConfig.ready()`), so this kernel imports no app. A section:

- `export(user)` returns JSON-ready data (lists of dicts of plain values): what the app holds
  about the user, never another person's data;
- `erase(user)` (optional) removes or anonymises it when the account is deleted; records the
  centre must keep (contracts, the meetings and messages behind them) are left to the user row,
  which is anonymised, not deleted;
- `covers` names the user references (`"app_label.Model.field"`) the section accounts for,
  and `not_personal` those that only record which member of staff acted: a test checks that
  every reference to the user model is named by one section or the other."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from django.utils.functional import Promise
from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True)
class Section:
    key: str  # "<app>.<what>", unique; the key in the downloaded JSON
    label: str | Promise  # shown on the privacy page
    export: Callable[[Any], Any]
    erase: Callable[[Any], None] | None = None
    covers: tuple[str, ...] = ()
    not_personal: tuple[str, ...] = field(default=())
    order: int = 100


_sections: dict[str, Section] = {}


def register(section: Section) -> None:
    """Declare a section (idempotent by key: a reloaded module replaces its own)."""
    _sections[section.key] = section


def sections() -> list[Section]:
    return sorted(_sections.values(), key=lambda s: (s.order, s.key))


def autodiscover() -> None:
    """Import every installed app's `personal_data` module (each registers its sections)."""
    autodiscover_modules("personal_data")


def rows(qs: Iterable[Any], fields: Iterable[str]) -> list[dict[str, Any]]:
    """Model rows as plain dicts of the named fields (dates as ISO text, others as stored)."""
    names = tuple(fields)
    out = []
    for obj in qs:
        item = {}
        for name in names:
            value = getattr(obj, name)
            item[name] = value.isoformat() if hasattr(value, "isoformat") else _plain(value)
        out.append(item)
    return out


def _plain(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str | list | dict):
        return value
    return str(value)
