"""Writing one technology offer or request from a concept, as real listings are written."""

from __future__ import annotations

import random
from typing import Any

from techbridge.demo.concepts import Concept, Text
from techbridge.demo.facts import Author, Facts
from techbridge.demo.prose_en import write_en
from techbridge.demo.prose_zh import write_zh
from techbridge.engines.text.taxonomy import FIELD_BY_CODE

__all__ = ["PROFILE_KEYS", "write_profile"]

PROFILE_KEYS = (
    "key", "org", "kind", "language", "title", "summary", "description", "sectors", "keywords",
    "trl", "ip_status", "patent_numbers", "partnership_types", "target_countries", "value_min",
    "value_max", "currency", "visibility", "status", "posted_days_ago", "expires_in_days",
)  # fmt: skip

_PARTNER_COUNTRIES = ("DE", "FR", "IT", "NL", "GB", "US", "JP", "KR", "SG", "CH", "SE", "FI",
                      "AT", "BE", "ES", "IL", "CA", "AU", "DK", "PL", "MY", "TH", "AE")  # fmt: skip


def _trl(rng: random.Random, kind: str, org_type: str) -> int:
    if kind == "request":
        return rng.choice((5, 6, 6, 7, 7, 8, 8, 9))
    if org_type == "university":
        return rng.choice((2, 3, 3, 4, 4, 5, 5, 6))
    if org_type == "research_institute":
        return rng.choice((3, 4, 5, 5, 6, 6, 7))
    return rng.choice((5, 6, 7, 7, 8, 8, 9, 9))


_DIGITAL = {"next-gen-it", "ai", "big-data", "blockchain", "cybersecurity", "digital-health",
            "finance-tech", "education-culture", "smart-city", "space-remote-sensing"}  # fmt: skip


def _ip(rng: random.Random, kind: str, author: Author, sector: str) -> tuple[str, list[str]]:
    if kind == "request":
        return ("none", []) if rng.random() < 0.85 else ("know_how", [])
    options = ["granted_patent", "granted_patent", "patent_pending", "know_how"]
    if author.kind == "company":
        options += ["know_how", "utility_model" if author.cn else "granted_patent"]
    if sector in _DIGITAL:
        options += ["software_copyright", "software_copyright"]
    if rng.random() < 0.05:
        return "none", []
    status = rng.choice(options)
    return status, _patent_numbers(rng, status, author.cn)


def _patent_numbers(rng: random.Random, status: str, cn: bool) -> list[str]:
    def one() -> str:
        if status == "utility_model":
            return f"CN2{rng.randint(10**7, 10**8 - 1)}U"
        office = "CN" if cn and rng.random() < 0.8 else rng.choice(("EP", "US", "CN", "EP"))
        if office == "CN":
            return f"CN1{rng.randint(10**7, 10**8 - 1)}{'B' if status == 'granted_patent' else 'A'}"
        if office == "EP":
            return (
                f"EP3{rng.randint(10**5, 10**6 - 1)}{'B1' if status == 'granted_patent' else 'A1'}"
            )
        if status == "granted_patent":
            return f"US11{rng.randint(10**5, 10**6 - 1)}B2"
        return f"US202{rng.randint(1, 4)}0{rng.randint(10**5, 10**6 - 1)}A1"

    if status not in ("granted_patent", "patent_pending", "utility_model"):
        return []
    return sorted({one() for _ in range(rng.choice((1, 1, 1, 2, 3)))})


_OFFER_TYPES = {
    "university": ("licence_out", "joint_rd", "technical_cooperation", "sale"),
    "research_institute": ("licence_out", "joint_rd", "technical_cooperation", "sale", "joint_venture"),
    "company": ("licence_out", "sale", "investment_sought", "distribution", "manufacturing",
                "joint_venture", "technical_cooperation", "joint_rd"),
}  # fmt: skip
_REQUEST_TYPES = ("licence_in", "purchase", "joint_rd", "technical_cooperation", "manufacturing",
                  "distribution", "joint_venture")  # fmt: skip


def _partnerships(rng: random.Random, kind: str, org_type: str) -> list[str]:
    if org_type == "investor":
        return (
            ["investment_offered"]
            if rng.random() < 0.7
            else ["investment_offered", "joint_venture"]
        )
    pool = (
        _OFFER_TYPES.get(org_type, _OFFER_TYPES["company"]) if kind == "offer" else _REQUEST_TYPES
    )
    weights = [4, 3, 2, 2, 1, 1, 1, 1][: len(pool)]
    chosen: list[str] = []
    for _ in range(rng.choice((1, 2, 2, 3))):
        code = rng.choices(pool, weights=weights)[0]
        if code not in chosen:
            chosen.append(code)
    return chosen


def _targets(rng: random.Random, kind: str, author: Author) -> list[str]:
    roll = rng.random()
    if author.cn:
        if roll < 0.45:
            return []
        return sorted(rng.sample(_PARTNER_COUNTRIES, rng.choice((1, 2, 3))))
    if roll < 0.25:
        return []
    extra = rng.sample(
        ("SG", "JP", "KR", "VN", "MY", "TH", "IN", "DE", "US", "FR"), rng.choice((0, 0, 1, 2))
    )
    return sorted({"CN", *extra} - {author.org["country"]})


def _value(rng: random.Random, author: Author) -> tuple[int | None, int | None, str]:
    if rng.random() < 0.38:
        return None, None, ""
    if author.kind == "investor":  # tickets, not licence fees
        base = rng.choice((500_000, 1_000_000, 2_000_000, 3_000_000, 5_000_000))
        base *= 7 if author.currency == "CNY" else 1
    elif author.currency == "CNY":
        base = rng.choice((200_000, 500_000, 800_000, 1_000_000, 2_000_000, 3_000_000, 5_000_000,
                           10_000_000, 20_000_000, 50_000_000))  # fmt: skip
    else:
        base = rng.choice((30_000, 50_000, 80_000, 100_000, 150_000, 250_000, 500_000, 1_000_000,
                           2_000_000, 5_000_000))  # fmt: skip
    high = int(base * rng.choice((1, 1.5, 2, 2, 3, 4)))
    low: int | None = base if rng.random() < 0.85 else None
    return low, high, author.currency


def _keywords(rng: random.Random, text: Text, sector: str, language: str) -> list[str]:
    words = list(text.keywords[:3])
    rest = list(text.keywords[3:])
    rng.shuffle(rest)
    words += rest[: rng.randint(0, len(rest))]
    field = FIELD_BY_CODE[sector]
    name = field.zh if language == "zh" else field.en.lower()
    if rng.random() < 0.4 and name not in words and len(words) < 8:
        words.append(name)
    return words[:8]


def _visibility(rng: random.Random) -> str:
    roll = rng.random()
    return "blind" if roll < 0.05 else "members" if roll < 0.18 else "public"


def _status(rng: random.Random) -> str:
    roll = rng.random()
    return "submitted" if roll < 0.05 else "draft" if roll < 0.09 else "published"


def write_profile(
    rng: random.Random,
    key: str,
    org: dict[str, Any],
    concept: Concept,
    kind: str,
    language: str,
    **overrides: Any,
) -> dict[str, Any]:
    """One profile dict (the demo contract's shape) posted by ``org`` about ``concept``.
    ``overrides`` replace chosen values (visibility, status, title...) after writing."""
    author = Author(org)
    visibility = overrides.pop("visibility", None) or _visibility(rng)
    ip_status, patents = _ip(rng, kind, author, concept.sectors[0])
    low, high, currency = _value(rng, author)
    facts = Facts(
        concept=concept,
        text=concept.text(language),
        author=author,
        kind=kind,
        language=language,
        blind=visibility == "blind",
        trl=_trl(rng, kind, author.kind),
        ip_status=ip_status,
        patent_numbers=patents,
        partnership_types=overrides.pop("partnership_types", None)
        or _partnerships(rng, kind, author.kind),
        target_countries=_targets(rng, kind, author),
        value_min=low,
        value_max=high,
        currency=currency,
        rng=rng,
        style=overrides.pop("style", -1),
    )
    title, summary, description = (write_zh if language == "zh" else write_en)(facts)
    status = _status(rng)
    profile = {
        "key": key,
        "org": org["key"],
        "kind": kind,
        "language": language,
        "title": title,
        "summary": summary,
        "description": description,
        "sectors": list(concept.sectors[:3]),
        "keywords": _keywords(rng, facts.text, concept.sectors[0], language),
        "trl": facts.trl,
        "ip_status": ip_status,
        "patent_numbers": patents,
        "partnership_types": facts.partnership_types,
        "target_countries": facts.target_countries,
        "value_min": low,
        "value_max": high,
        "currency": currency,
        "visibility": visibility,
        "status": status,
        "posted_days_ago": rng.randint(0, 30)
        if status != "published"
        else int(rng.triangular(0, 400, 20)),
        "expires_in_days": rng.choice((90, 180, 180, 365, 365, 365, 540, 720)) - rng.randint(0, 60),
    }
    profile.update(overrides)
    return profile
