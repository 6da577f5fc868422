"""The demo data set: organisations and their technology offers and requests, as plain dicts.

Pure Python and deterministic: the same seed gives the same data on every machine and every
day (dates are relative: ``posted_days_ago``, ``expires_in_days``). The Django loader
(``techbridge demo``) turns these dicts into database rows through the services."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

from techbridge.demo.concepts import CONCEPTS, Concept
from techbridge.demo.listings import write_profile
from techbridge.demo.organisations import make_organisations, ordered
from techbridge.engines.text.taxonomy import FIELDS

__all__ = ["demo_dataset", "synthetic_profiles"]

N_FOREIGN = 175
N_CN = 170
_PROFILES_PER_ORG = {
    "company": (1, 2, 2, 2, 3, 3),
    "university": (2, 3, 3, 4),
    "research_institute": (2, 3, 3, 4),
    "investor": (1, 1, 2),
}
_BY_SECTOR: dict[str, list[Concept]] = {f.code: [] for f in FIELDS}
for _c in CONCEPTS:
    for _code in _c.sectors:
        _BY_SECTOR[_code].append(_c)
_BY_KEY = {c.key: c for c in CONCEPTS}


def _kind(rng: random.Random, org: dict[str, Any]) -> str:
    if org["type"] == "investor":
        return "request"
    if org["type"] in ("university", "research_institute"):
        return "offer" if rng.random() < 0.88 else "request"
    offer_share = 0.38 if org["country"] == "CN" else 0.72
    return "offer" if rng.random() < offer_share else "request"


def _language(rng: random.Random, org: dict[str, Any]) -> str:
    if org["country"] == "CN":
        return "zh" if rng.random() < 0.8 else "en"
    return "en" if rng.random() < 0.88 else "zh"


class _Picker:
    """Chooses concepts within an organisation's sectors, preferring the least used."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.uses = {c.key: 0 for c in CONCEPTS}

    def pick(self, org: dict[str, Any]) -> Concept:
        sectors = [s for s in org["sectors"] if _BY_SECTOR[s]] or [CONCEPTS[0].sectors[0]]
        sector = sectors[0] if self.rng.random() < 0.6 else self.rng.choice(sectors)
        pool = _BY_SECTOR[sector]
        low = min(self.uses[c.key] for c in pool)
        concept = self.rng.choice([c for c in pool if self.uses[c.key] == low])
        self.uses[concept.key] += 1
        return concept


# Battery recycling listings every demo must have: (concept, kind, language, org type, CN?, extras).
_PINNED: tuple[tuple[str, str, str, str, bool, dict[str, Any]], ...] = (
    ("li-battery-hydromet", "offer", "en", "research_institute", False,
     {"title": "Hydrometallurgical recovery of lithium, cobalt and nickel from spent lithium-ion batteries"}),
    ("li-battery-hydromet", "offer", "en", "company", False, {}),
    ("li-battery-direct-regeneration", "offer", "en", "university", False, {}),
    ("battery-black-mass", "offer", "en", "company", False, {"visibility": "blind"}),
    ("battery-second-life", "offer", "en", "company", False, {}),
    ("li-battery-hydromet", "request", "zh", "company", True, {"title": "寻求废旧锂电池回收(锂电池回收)技术"}),
    ("li-battery-hydromet", "request", "zh", "company", True, {"title": "废旧锂电池回收技术需求"}),
    ("battery-black-mass", "request", "zh", "company", True, {"title": "寻求锂电池回收破碎分选（电池回收）成套技术"}),
    ("li-battery-direct-regeneration", "request", "zh", "company", True, {"title": "寻求退役锂电池正极材料直接再生（电池回收）技术"}),
    ("battery-second-life", "request", "zh", "company", True, {"title": "动力电池回收与梯次利用技术需求"}),
    ("li-battery-direct-regeneration", "offer", "zh", "university", True, {}),
    ("battery-second-life", "request", "en", "company", False, {}),
)  # fmt: skip


def _pinned(rng: random.Random, orgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    taken: set[str] = set()
    for key, kind, language, org_type, cn, extras in _PINNED:
        candidates = [o for o in orgs if o["type"] == org_type and (o["country"] == "CN") == cn
                      and o["key"] not in taken]  # fmt: skip
        fitting = [o for o in candidates if {"recycling", "energy-storage"} & set(o["sectors"])]
        org = (fitting or candidates)[0]
        taken.add(org["key"])
        if "recycling" not in org["sectors"] and "energy-storage" not in org["sectors"]:
            org["sectors"] = [*org["sectors"], "recycling"]
        overrides = {"visibility": "public", "status": "published", **extras}
        out.append(write_profile(rng, "", org, _BY_KEY[key], kind, language, **overrides))
    return out


def demo_dataset(seed: int = 7) -> dict[str, list[dict[str, Any]]]:
    """The demo organisations and profiles (see the module docstring); same seed, same data."""
    rng = random.Random(seed)
    orgs = make_organisations(rng, [f.code for f in FIELDS], N_FOREIGN, N_CN)
    profiles = _pinned(rng, orgs)
    picker = _Picker(rng)
    for org in orgs:
        for _ in range(rng.choice(_PROFILES_PER_ORG.get(org["type"], (0,)))):
            concept = picker.pick(org)
            profiles.append(
                write_profile(rng, "", org, concept, _kind(rng, org), _language(rng, org))
            )
    posters = [o for o in orgs if o["type"] in ("company", "university", "research_institute")]
    for concept in CONCEPTS:  # every concept, hence every field, appears at least once
        if picker.uses[concept.key]:
            continue
        fitting = [o for o in posters if concept.sectors[0] in o["sectors"]] or posters
        org = rng.choice(fitting)
        profiles.append(write_profile(rng, "", org, concept, _kind(rng, org), _language(rng, org)))
    rng.shuffle(profiles)
    for i, profile in enumerate(profiles, 1):
        profile["key"] = f"prof-{i:04d}"
    return {"organisations": [ordered(o) for o in orgs], "profiles": profiles}


def synthetic_profiles(n: int, seed: int = 0) -> Iterator[dict[str, Any]]:
    """Stream ``n`` profile dicts for benchmarks, written from the same vocabulary; about half
    English and half Chinese; ``org`` keys are ``synth-org-{i % 5000}``."""
    from techbridge.demo.synthetic import stream

    return stream(n, seed)
