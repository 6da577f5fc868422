"""Plain-words explanations of a match, with shared concepts in both languages."""

from __future__ import annotations

import heapq
from functools import lru_cache

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


def shared_concepts(
    query: dict[str, tuple[str, str, tuple[str, ...]]],
    other_stems: set[str],
    idf: dict[str, float],
    limit: int = 5,
) -> tuple[Concept, ...]:
    """Concepts of ``query`` that the other profile also names (in either language), rarest
    first. ``other_stems`` are the other profile's terms in the shared English pivot."""
    # (-rarity, order of appearance, ...): the smallest first is the rarest, ties in order.
    found: list[tuple[float, int, str, str, list[str]]] = []
    seen: set[str] = set()
    for en, zh, stems in query.values():
        hits = [s for s in stems if s in other_stems]
        if not hits or not seen.isdisjoint(hits):
            continue
        seen.update(hits)
        rarity = idf.get(hits[0], 0.0) if len(hits) == 1 else max(idf.get(s, 0.0) for s in hits)
        found.append((-rarity, len(found), en, zh, hits))
    best = heapq.nsmallest(limit, found)
    return tuple(_concept(en or " ".join(hits), zh) for _, _, en, zh, hits in best)


@lru_cache(maxsize=65536)
def _concept(en: str, zh: str) -> Concept:
    """One shared (immutable) Concept per name pair: the same concepts explain many results."""
    return Concept(en=en, zh=zh)


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
        named = ", ".join(f"{c.en} ({c.zh})" if c.zh and c.zh != c.en else c.en for c in concepts)
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
