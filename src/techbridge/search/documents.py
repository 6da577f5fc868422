"""Adapters from profiles and organisations to index rows (the text engine does the analysis).

A blind profile's row carries nothing that names or singles out its owner: no organisation
name, no province, no organisation type (country stays, as the profile page shows it).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from techbridge.accounts.models import Organisation
from techbridge.core.choices import Visibility
from techbridge.engines.text import index_terms
from techbridge.engines.text.taxonomy import FIELD_BY_CODE
from techbridge.profiles.models import TechnologyProfile
from techbridge.search.models import OrganisationDocument, SearchDocument

MAX_POSITION = 16383  # PostgreSQL's largest tsvector position
MAX_POSITIONS_PER_TERM = 255


@lru_cache(maxsize=200_000)
def _line_terms(line: str) -> tuple[str, ...]:
    return tuple(index_terms(line))


def analysed(text: str) -> list[str]:
    """index_terms of ``text``, line by line with a cache: a line break always ends a run
    of the analyser, so the terms are the same, and recurring paragraphs (headings,
    boilerplate, an organisation's name) are analysed once."""
    out: list[str] = []
    for line in text.splitlines():
        if line.strip():
            out.extend(_line_terms(line) if len(line) <= 5000 else index_terms(line))
    return out


def codes(values: Iterable[str]) -> str:
    """Multi-valued facet column: ' a b ' (so that LIKE '% a %' is an exact match)."""
    items = [str(v) for v in values if v]
    return f" {' '.join(items)} " if items else ""


def _sector_words(sectors: Iterable[str]) -> str:
    # Sector names in both languages: a cheap bridge between Chinese and English queries.
    fields = [FIELD_BY_CODE[s] for s in sectors if s in FIELD_BY_CODE]
    return " ".join(f"{f.en} {f.zh}" for f in fields)


def profile_text(profile: TechnologyProfile, *, blind: bool) -> tuple[str, str]:
    """(title text, body text) of a profile as it is indexed."""
    title = " ".join([profile.title, " ".join(profile.keywords or [])])
    parts = [profile.summary, profile.description, _sector_words(profile.sectors or [])]
    if not blind:
        org = profile.organisation
        parts.extend([org.name, org.name_alt])
    return title, "\n".join(parts)


# Position labels ("12A"), made once: formatting one per term was most of the literal's cost.
_LABELS = {w: [f"{i}{w}" for i in range(1, MAX_POSITION + 1)] for w in "AB"}


def tsvector_literal(title: list[str], body: list[str]) -> str:
    """A tsvector literal: title terms weighted A, body terms B, positions in reading order."""
    positions: dict[str, list[str]] = {}
    get = positions.get
    last = MAX_POSITION - 1
    for labels, terms, offset in ((_LABELS["A"], title, 0), (_LABELS["B"], body, len(title))):
        for i, term in enumerate(terms, offset):
            slot = get(term)
            if slot is None:
                positions[term] = [labels[i if i < last else last]]
            elif len(slot) < MAX_POSITIONS_PER_TERM:
                slot.append(labels[i if i < last else last])
    out = []
    for term, pos in positions.items():
        if "'" in term or "\\" in term:
            term = term.replace("\\", "\\\\").replace("'", "''")
        out.append(f"'{term}':{','.join(pos)}")
    return " ".join(out)


def profile_document(profile: TechnologyProfile, *, postgres: bool) -> SearchDocument:
    """The index row of a profile (whose organisation is already loaded)."""
    blind = profile.visibility == Visibility.BLIND
    org = profile.organisation
    title_text, body_text = profile_text(profile, blind=blind)
    title, body = analysed(title_text), analysed(body_text)
    return SearchDocument(
        profile_id=profile.id,
        organisation_id=profile.organisation_id,
        status=profile.status,
        visibility=profile.visibility,
        expires_on=profile.expires_on,
        published_at=profile.published_at,
        kind=profile.kind,
        language=profile.language,
        country=str(org.country or ""),
        province="" if blind else org.province,
        org_type="" if blind else org.type,
        trl=profile.trl,
        ip_status=profile.ip_status,
        sectors=codes(profile.sectors or []),
        partnership_types=codes(profile.partnership_types or []),
        title_terms=" ".join(title),
        # SQLite's FTS5 table indexes this column, the resident index reads it on both
        body_terms=" ".join(body),
        tsv=tsvector_literal(title, body) if postgres else None,
    )


def organisation_document(org: Organisation, *, postgres: bool) -> OrganisationDocument:
    title = index_terms(f"{org.name} {org.name_alt}")
    body = index_terms(f"{org.description} {_sector_words(org.sectors or [])} {org.city}")
    return OrganisationDocument(
        organisation_id=org.id,
        title_terms=" ".join(title),
        body_terms=" ".join(body),
        tsv=tsvector_literal(title, body) if postgres else None,
    )


def flatten(values: Any) -> list[str]:
    return [v for v in str(values or "").split() if v]
