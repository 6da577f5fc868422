"""The matching engine's plain data: profiles in, ranked matches with explanations out."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

OFFER = "offer"
REQUEST = "request"


@dataclass(frozen=True, slots=True)
class ProfileDoc:
    """One technology offer or request (or an organisation acting as one), as matching sees it.

    ``kind`` is ``"offer"`` or ``"request"`` (anything else is matched on text only);
    ``lang`` is ``"zh"``/``"en"`` or None to detect it; ``sectors`` are taxonomy codes;
    ``partnership_types`` are values such as ``licence_out`` or ``investment_sought``;
    ``countries`` are ISO codes of where the organisation is or wants to work;
    ``org_type`` is e.g. ``"investor"`` or ``"company"``.
    """

    id: str
    kind: str
    title: str
    lang: str | None = None
    summary: str = ""
    description: str = ""
    keywords: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    trl: int | None = None
    partnership_types: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    org_id: str | None = None
    org_type: str | None = None
    published_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Concept:
    """A concept two profiles share, named in both languages (either may be empty)."""

    en: str
    zh: str


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why a match was proposed, in parts the UI can render in either language."""

    summary: str
    shared_concepts: tuple[Concept, ...] = ()
    shared_sectors: tuple[str, ...] = ()
    partnership: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class MatchResult:
    """One proposed partner profile: ``score`` in [0, 1], its parts and the explanation."""

    id: str
    score: float
    components: dict[str, float] = field(default_factory=dict)
    explanation: Explanation = field(default_factory=lambda: Explanation(summary=""))
    truncated: bool = False
