"""Synthetic profiles in bulk for the search and matching benchmarks.

Writing every profile from scratch runs at about 10,000 a second; the benchmarks need millions.
So each (concept, language, kind) is written a few times, once, by one fictional author in one
house style, and streamed profiles mix paragraphs from those versions: hundreds of thousands of
distinct descriptions per concept at a fraction of the cost. Paragraphs that state facts (stage,
IP, partnership and price) come with their facts, so the fields and the text agree."""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from techbridge.demo.concepts import CONCEPTS, Concept
from techbridge.demo.facts import CLOSINGS, with_closing
from techbridge.demo.listings import write_profile
from techbridge.demo.organisations import make_organisations
from techbridge.engines.text.taxonomy import FIELDS

__all__ = ["stream"]

_VERSIONS = 5
_POOL_SEED = 20240
# Per (language, kind): paragraph slots of the TRL, IP and partnership facts (None: no text).
_FACT_SLOTS: dict[tuple[str, str], tuple[int, int | None, tuple[int, ...]]] = {
    ("en", "offer"): (4, 5, (6,)),
    ("en", "request"): (2, None, (4,)),
    ("zh", "offer"): (5, 4, (6,)),
    ("zh", "request"): (2, None, (4, 5)),
}
_PARTNER_FIELDS = ("title", "summary", "partnership_types", "target_countries", "value_min",
                   "value_max", "currency")  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Versions:
    concept: Concept
    language: str
    kind: str
    profiles: tuple[dict[str, Any], ...]
    paragraphs: tuple[tuple[str, ...], ...]


_KEYS = [
    (c, language, kind)
    for c in CONCEPTS
    for language in ("en", "zh")
    for kind in ("offer", "request")
]
_POOL: dict[int, _Versions] = {}
_AUTHORS: dict[bool, list[dict[str, Any]]] = {}


def _authors(cn: bool) -> list[dict[str, Any]]:
    if not _AUTHORS:
        orgs = make_organisations(random.Random(_POOL_SEED), [f.code for f in FIELDS], 120, 120)
        posters = [o for o in orgs if o["type"] in ("company", "university", "research_institute")]
        for flag in (True, False):
            _AUTHORS[flag] = [o for o in posters if (o["country"] == "CN") == flag]
    return _AUTHORS[cn]


def _versions(index: int) -> _Versions:
    """The ``index``-th (concept, language, kind) written ``_VERSIONS`` times, on first use; the
    same whatever the stream's seed or order."""
    if index in _POOL:
        return _POOL[index]
    concept, language, kind = _KEYS[index]
    rng = random.Random(_POOL_SEED * 100_003 + index)
    local = _authors((language == "zh") == (rng.random() < 0.85))
    author = rng.choice([o for o in local if concept.sectors[0] in o["sectors"]] or local)
    style = rng.randrange(2 if language == "en" else 3)
    profiles = tuple(
        write_profile(rng, "", author, concept, kind, language, visibility="public", style=style)
        for _ in range(_VERSIONS)
    )
    paragraphs = tuple(tuple(p["description"].split("\n\n")) for p in profiles)
    if len({len(p) for p in paragraphs}) != 1:
        raise RuntimeError(f"versions of {concept.key} differ in structure")
    _POOL[index] = _Versions(concept, language, kind, profiles, paragraphs)
    return _POOL[index]


def _mix(v: _Versions, pick: Any, rand: Any) -> dict[str, Any]:
    trl_slot, ip_slot, partner_slots = _FACT_SLOTS[(v.language, v.kind)]
    chosen = [pick() for _ in v.paragraphs[0]]
    partner = chosen[partner_slots[0]]
    for slot in partner_slots:
        chosen[slot] = partner
    ip = chosen[ip_slot] if ip_slot is not None else partner
    description = "\n\n".join(v.paragraphs[c][slot] for slot, c in enumerate(chosen))
    base = v.profiles[partner]
    profile = dict(v.profiles[pick()])
    profile.update({k: base[k] for k in _PARTNER_FIELDS})
    closings = CLOSINGS[(v.language, v.kind)]
    index = int(rand() * (len(closings) + 2))  # most listings end with a closing line
    if index < len(closings):
        description = with_closing(description, closings[index], v.language)
    profile["description"] = description
    for key in ("sectors", "keywords", "partnership_types", "target_countries"):
        profile[key] = list(profile[key])  # the pool's lists must not be shared with callers
    profile["trl"] = v.profiles[chosen[trl_slot]]["trl"]
    profile["ip_status"] = v.profiles[ip]["ip_status"]
    profile["patent_numbers"] = list(v.profiles[ip]["patent_numbers"])
    return profile


def stream(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """``n`` profile dicts, about half English and half Chinese, offers and requests alike."""
    rng = random.Random(seed)
    rand = rng.random
    size = len(_KEYS)

    def pick() -> int:
        return int(rand() * _VERSIONS)

    for i in range(n):
        profile = _mix(_versions(int(rand() * size)), pick, rand)
        status = rand()
        profile["key"] = f"synth-{i:07d}"
        profile["org"] = f"synth-org-{i % 5000}"
        profile["visibility"] = "members" if rand() < 0.15 else "public"
        profile["status"] = (
            "submitted" if status < 0.03 else "draft" if status < 0.05 else "published"
        )
        profile["posted_days_ago"] = int(rand() * 401)
        profile["expires_in_days"] = 30 + int(rand() * 691)
        yield profile
