"""Plain-words explanations of a match, with shared concepts in both languages."""

from __future__ import annotations

from techbridge.engines.matching.types import Concept, Explanation
from techbridge.engines.text.taxonomy import FIELD_BY_CODE

_PARTNERSHIP_WORDS = {
    "licence_out<->licence_in": "one side licenses out, the other wants to license in",
    "licence_in<->licence_out": "one side wants to license in, the other licenses out",
    "sale<->purchase": "one side sells the technology, the other wants to buy it",
    "purchase<->sale": "one side wants to buy the technology, the other sells it",
    "investment_sought<->investment_offered": "one side seeks investment, the other invests",
    "investment_offered<->investment_sought": "one side invests, the other seeks investment",
}


def sector_names(codes: tuple[str, ...]) -> tuple[str, ...]:
    """'English name / 中文名' for taxonomy codes (unknown codes as they are)."""
    out = []
    for code in codes:
        f = FIELD_BY_CODE.get(code)
        out.append(f"{f.en} / {f.zh}" if f else code)
    return tuple(out)


def explain(
    *,
    concepts: tuple[Concept, ...],
    sectors: tuple[str, ...],
    partnership: tuple[str, ...],
    kind_note: str | None,
    notes: tuple[str, ...] = (),
) -> Explanation:
    """Assemble the explanation and its one-paragraph summary."""
    parts: list[str] = []
    if kind_note:
        parts.append(kind_note)
    if concepts:
        named = ", ".join(f"{c.en} ({c.zh})" if c.en and c.zh else c.en or c.zh for c in concepts)
        parts.append(f"Both profiles are about {named}.")
    names = sector_names(sectors)
    if names:
        parts.append(f"Same field: {'; '.join(names)}.")
    if partnership:
        words = [
            _PARTNERSHIP_WORDS.get(p, p.replace("<->", " fits ").replace("_", " "))
            for p in partnership
        ]
        parts.append(f"Partnership fit: {'; '.join(words)}.")
    parts.extend(notes)
    return Explanation(
        summary=" ".join(parts) or "Similar wording.",
        shared_concepts=concepts,
        shared_sectors=names,
        partnership=partnership,
        notes=notes,
    )
