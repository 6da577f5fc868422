"""The explanations stored with matches: the engine's, kept structured, with a sentence in
each UI language and never the name of a blind profile's owner."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from typing import Any

from django.utils import translation
from django.utils.translation import gettext_lazy as _

from techbridge.core.choices import PartnershipType, ProfileStatus, Visibility
from techbridge.core.i18n import join_list
from techbridge.core.taxonomy import sector_name
from techbridge.matches.results import Proposal
from techbridge.matches.services.proposals import PairKey
from techbridge.profiles.models import TechnologyProfile


def blind_owner_names(pairs: dict[PairKey, Proposal]) -> dict[PairKey, tuple[str, ...]]:
    """For each pair, the names of its blind profiles' owners (never to appear in text); only
    the pairs' own profiles are looked up."""
    blind = blind_owners(ids={i for key in pairs for i in key[:2] if i is not None})
    out: dict[PairKey, tuple[str, ...]] = {}
    for key in pairs:
        names = _hidden(key, blind)
        if names:
            out[key] = names
    return out


def blind_owners(ids: Collection[int] | None = None) -> dict[int, tuple[str, str]]:
    """The owner names of blind profiles (every one, or those of ``ids``), by profile id."""
    rows = TechnologyProfile.objects.filter(visibility=Visibility.BLIND).exclude(
        status=ProfileStatus.DRAFT
    )
    if ids is not None:
        rows = rows.filter(id__in=ids)
    return {
        p.id: (p.organisation.name, p.organisation.name_alt)
        for p in rows.select_related("organisation").only(
            "id", "organisation__name", "organisation__name_alt"
        )
    }


def scrub_newly_blind(
    pairs: dict[PairKey, Proposal], *, before: dict[int, tuple[str, str]]
) -> None:
    """Owners of profiles made blind (or renamed) while a rematch ran leave the explanations
    its workers made with the names read at its start (one query at the write)."""
    newly = {i: names for i, names in blind_owners().items() if before.get(i) != names}
    if not newly:
        return
    for key, proposal in pairs.items():
        hidden = _hidden(key, newly)
        if hidden:
            pairs[key] = replace(proposal, explanation=explanation_for(proposal, hidden=hidden))


def _hidden(key: PairKey, blind: dict[int, tuple[str, str]]) -> tuple[str, ...]:
    return tuple(n for i in key[:2] if i in blind for n in blind[i] if n)


def with_explanations(
    found: list[tuple[PairKey, Proposal]], blind: dict[int, tuple[str, str]]
) -> list[tuple[PairKey, Proposal]]:
    """The proposals with the explanations `write_pairs` stores (a rematch's workers make them,
    so that the single write does not)."""
    return [
        (key, replace(p, explanation=explanation_for(p, hidden=_hidden(key, blind))))
        for key, p in found
    ]


def _scrub(text: str, hidden: tuple[str, ...]) -> str:
    for name in hidden:
        text = re.sub(re.escape(name), "…", text, flags=re.IGNORECASE)
    return text


def explanation_for(proposal: Proposal, *, hidden: tuple[str, ...]) -> dict[str, Any]:
    """The engine's explanation, kept structured, with a sentence in each UI language and
    any blind owner's name removed."""
    data = dict(proposal.explanation)
    concepts = [
        {"en": _scrub(c.get("en", ""), hidden), "zh": _scrub(c.get("zh", ""), hidden)}
        for c in data.get("concepts", [])
    ]
    data["concepts"] = [c for c in concepts if c["en"] or c["zh"]]
    data["summary"] = _scrub(str(data.get("summary", "")), hidden)
    data["notes"] = [_scrub(str(n), hidden) for n in data.get("notes", [])]
    for lang, key in (("en", "summary_en"), ("zh-hans", "summary_zh")):
        with translation.override(lang):
            data[key] = _scrub(_sentence(data), hidden)
    if data["summary"]:  # the engine's own words (English) are richer than our sentence
        data["summary_en"] = data["summary"]
    return data


def _partnership_label(code: str) -> str:
    try:
        return str(PartnershipType(code).label)
    except ValueError:
        return code


def _sentence(data: dict[str, Any]) -> str:
    """One sentence in the active language built from the structured parts."""
    zh = (translation.get_language() or "").startswith("zh")
    parts = []
    words = [(c["zh"] or c["en"]) if zh else (c["en"] or c["zh"]) for c in data["concepts"]]
    if words:
        parts.append(str(_("Shared concepts: %(list)s.")) % {"list": join_list(words[:6])})
    if data.get("sectors"):
        names = join_list(sector_name(s) for s in data["sectors"])
        parts.append(str(_("Same sectors: %(list)s.")) % {"list": names})
    pairs = []
    for item in data.get("partnership", []):
        a, _sep, b = str(item).partition(":")
        pairs.append(f"{_partnership_label(a)} ↔ {_partnership_label(b or a)}")
    if pairs:
        parts.append(
            str(_("Partnership fit: %(list)s.")) % {"list": join_list(pairs, style="clauses")}
        )
    return join_list(parts, style="sentences")
