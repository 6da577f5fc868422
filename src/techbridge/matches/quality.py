"""Listing quality at entry: the engine's assessment of what a member is writing (score and
advice, worded in the reader's language) and the three matches the listing would get now.
Reads only; never blocks saving. The preview shows only profiles the actor may see, through
`profiles.selectors.present` (a blind owner stays hidden)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils import timezone
from django.utils.translation import gettext as _

from techbridge.engines.matching import MatchingEngine, ProfileDoc
from techbridge.engines.matching.quality import Advice, Listing, Quality, assess
from techbridge.matches import engine
from techbridge.matches.documents import MAX_TEXT_CHARS, PROFILE_PREFIX
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.selectors import ProfileCard, present, profile_list

PREVIEW = 3


@dataclass(frozen=True)
class QualityView:
    score: int
    advice: list[str]
    terms: list[str]
    preview: list[tuple[ProfileCard, int]]

    @property
    def level(self) -> str:
        return "good" if self.score >= 75 else "fair" if self.score >= 50 else "weak"


def advice_text(advice: Advice) -> str:
    p = dict(advice.params)
    messages = {
        "description_short": lambda: (
            _(
                "Describe the technology in more detail — what it does, how it works, its "
                "performance in figures, what is new. Matching recognises %(words)s distinct words "
                "now and works best from about %(target)s."
            )
            % p
        ),
        "few_specific_terms": lambda: (
            _(
                "Name the technology precisely: materials, processes, components, standards, "
                "applications. Specific terms matching recognises now: %(terms)s."
            )
            % p
            if p.get("terms")
            else _(
                "Name the technology precisely: materials, processes, components, standards, "
                "applications. Matching finds no specific term yet."
            )
        ),
        "title_vague": lambda: _(
            "Make the title say what the technology does (for example “Recycling spent lithium "
            "batteries by direct cathode regeneration”), not only “partner wanted”."
        ),
        "summary_short": lambda: _("Write a one- or two-sentence summary of the technology."),
        "few_keywords": lambda: _("Add at least three keywords."),
        "no_sector": lambda: _("Choose the sector the technology belongs to."),
        "too_many_sectors": lambda: (
            _(
                "Keep to the one to three sectors that fit best (%(count)s chosen): matching "
                "compares sectors."
            )
            % p
        ),
        "no_partnership": lambda: _("Say which partnership you seek (licence, joint R&D…)."),
        "no_trl": lambda: _("Give the technology readiness level (TRL)."),
        "no_ip": lambda: _("Say how the technology is protected (patent, know-how…)."),
        "no_patent_numbers": lambda: _("Add the patent or application numbers."),
    }
    return str(messages[advice.code]())


def _listing(data: dict[str, Any]) -> Listing:
    trl = data.get("trl")
    return Listing(
        title=data.get("title", ""),
        summary=data.get("summary", ""),
        description=data.get("description", ""),
        keywords=tuple(data.get("keywords", ())),
        sectors=tuple(data.get("sectors", ())),
        trl=int(trl) if trl else None,
        ip_status=data.get("ip_status", ""),
        patent_numbers=tuple(data.get("patent_numbers", ())),
        partnership_types=tuple(data.get("partnership_types", ())),
        lang=data.get("language", "en"),
    )


def _index() -> MatchingEngine | None:
    """The engine, or None where this process may not use it (a web request while task
    workers exist): the score is then estimated without the index and nothing previewed."""
    try:
        return engine.matcher()
    except engine.MatchingInWebRequest:
        return None


def assessment(data: dict[str, Any], *, using: MatchingEngine | None = None) -> Quality:
    """The engine's assessment of a listing (IDF from the built index when there is one)."""
    index = using if using is not None else _index()
    idf = index.term_idf if index is not None else None
    return assess(_listing(data), idf=idf)


def profile_quality(profile: TechnologyProfile, *, using: MatchingEngine | None = None) -> Quality:
    """The assessment of a saved profile (staff's review queue)."""
    data = {
        f: getattr(profile, f)
        for f in ("title", "summary", "description", "keywords", "sectors", "trl", "ip_status")
    }
    data |= {
        "patent_numbers": profile.patent_numbers or (),
        "partnership_types": profile.partnership_types or (),
        "language": profile.language,
    }
    return assessment(data, using=using)


def listing_quality(
    *, actor: Any, data: dict[str, Any], organisation: Any, profile_id: int | None = None
) -> QualityView:
    """Score, advice and the top matches a listing being written would get now."""
    index = _index()
    quality = assessment(data, using=index)
    return QualityView(
        score=quality.score,
        advice=[advice_text(a) for a in quality.advice],
        terms=list(quality.specific_terms[:12]),
        preview=_preview(actor, data, organisation, profile_id, index),
    )


def _preview(
    actor: Any,
    data: dict[str, Any],
    organisation: Any,
    profile_id: int | None,
    index: MatchingEngine | None,
) -> list[tuple[ProfileCard, int]]:
    if index is None or not (data.get("title") or data.get("description")):
        return []
    listing = _listing(data)
    doc = ProfileDoc(
        id=f"{PROFILE_PREFIX}{profile_id or 'draft'}",
        kind=data.get("kind") or "offer",
        lang=listing.lang,
        title=listing.title,
        summary=listing.summary,
        description=listing.description[:MAX_TEXT_CHARS],
        keywords=listing.keywords,
        sectors=listing.sectors,
        trl=listing.trl,
        partnership_types=listing.partnership_types,
        countries=(str(organisation.country),),
        org_id=str(organisation.id),
        org_type=organisation.type,
    )
    results = index.top(doc, PREVIEW * 4, timezone.now())
    wanted = [
        (int(r.id[2:]), r.score)
        for r in results
        if r.id.startswith(PROFILE_PREFIX) and r.id != doc.id
    ]
    visible = {p.id: p for p in profile_list(actor=actor).filter(id__in=[i for i, _s in wanted])}
    out = [(present(visible[i], actor=actor), round(s * 100)) for i, s in wanted if i in visible]
    return out[:PREVIEW]
