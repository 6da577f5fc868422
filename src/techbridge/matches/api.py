"""/api/v1/matches"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema
from pydantic import ConfigDict

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.core.api_schemas import ErrorOut, Offset, choices_from
from techbridge.core.errors import ValidationFailed, form_errors
from techbridge.matches import selectors, services
from techbridge.matches.forms import MatchFeedbackForm
from techbridge.profiles.api import ProfileOut

router = Router(tags=["matches"])
MAX_LIMIT = 100


class ConceptOut(Schema):
    en: str
    zh: str


class PartnerOrgOut(Schema):
    id: int
    slug: str
    name: str
    name_alt: str
    type: str
    country: str


class MatchOut(Schema):
    id: int
    score: float
    side: str
    status: str
    own_profile_id: int | None
    counterpart: ProfileOut | None
    counterpart_organisation: PartnerOrgOut | None
    summary: str
    concepts: list[ConceptOut]
    sectors: list[str]
    partnership: list[list[str]]
    created_at: datetime


class MatchPageOut(Schema):
    count: int
    items: list[MatchOut]


# MatchFeedbackForm.clean(): "not useful" needs a reason
NOT_USEFUL_NEEDS_A_REASON = {
    "if": {"properties": {"useful": {"const": False}}, "required": ["useful"]},
    "then": {"required": ["reason"], "properties": {"reason": {"minLength": 1}}},
}


class MatchFeedbackIn(Schema):
    model_config = ConfigDict(
        json_schema_extra=choices_from(MatchFeedbackForm, NOT_USEFUL_NEEDS_A_REASON)
    )

    useful: bool
    reason: str = ""
    comment: str = ""


class PageFilter(Schema):
    limit: int = 20
    offset: Offset = 0


def _out(card: selectors.MatchCard) -> dict[str, Any]:
    org = card.counterpart_org
    return {
        "id": card.id,
        "score": round(card.score, 4),
        "side": card.side,
        "status": card.status,
        "own_profile_id": card.own_id,
        "counterpart": asdict(card.counterpart) if card.counterpart else None,
        "counterpart_organisation": (
            {
                "id": org.id,
                "slug": org.slug,
                "name": org.name,
                "name_alt": org.name_alt,
                "type": org.type,
                "country": org.country,
            }
            if org
            else None
        ),
        "summary": card.summary,
        "concepts": card.concepts,
        "sectors": card.sectors,
        "partnership": [list(p) for p in card.partnership],
        "created_at": card.created_at,
    }


def _page(qs: Any, page: PageFilter, *, actor: Any, profile_id: int | None = None) -> Any:
    limit = max(1, min(page.limit, MAX_LIMIT))
    offset = max(0, page.offset)
    matches = list(qs[offset : offset + limit])
    cards = selectors.present_matches(matches, actor=actor, profile_id=profile_id)
    return {"count": qs.count(), "items": [_out(c) for c in cards]}


@router.get("", response={200: MatchPageOut}, summary="Matches of my organisations")
def list_matches(request: HttpRequest, page: Query[PageFilter]) -> Any:
    """The matches of the caller's organisations, best first (empty for anonymous callers)."""
    actor = actor_of(request)
    return _page(selectors.match_list(actor=actor), page, actor=actor)


@router.get(
    "/profile/{profile_id}",
    response={200: MatchPageOut, 403: ErrorOut, 404: ErrorOut},
    summary="Matches of one profile",
)
def profile_matches(request: HttpRequest, profile_id: int, page: Query[PageFilter]) -> Any:
    """The matches of one profile, for its owner's members (and staff)."""
    actor = actor_of(request)
    qs = selectors.matches_for_profile(actor=actor, profile_id=profile_id)
    return _page(qs, page, actor=actor, profile_id=profile_id)


@router.post(
    "/{match_id}/feedback",
    auth=WRITE_AUTH,
    response={200: MatchOut, 404: ErrorOut, 422: ErrorOut},
    summary="Mark a match useful or not",
)
def feedback(request: HttpRequest, match_id: int, payload: MatchFeedbackIn) -> Any:
    """Useful or not useful (then `reason` is one of not_relevant, too_early, terms,
    geography, already_partnered, other)."""
    form = MatchFeedbackForm(
        {
            "useful": "1" if payload.useful else "0",
            "reason": payload.reason,
            "comment": payload.comment,
        }
    )
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    actor = request.user
    services.match_feedback(actor=actor, match_id=match_id, **form.cleaned_data)
    match = selectors.match_get_for(actor=actor, match_id=match_id)
    return _out(selectors.present_match(match, actor=actor))
