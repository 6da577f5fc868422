"""/api/v1/profiles"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import ConfigDict

from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.accounts.selectors import organisations_of
from techbridge.core.api_schemas import ErrorOut, Offset, choices_from, patch_of
from techbridge.core.choices import Language, ProfileKind, ProfileStatus
from techbridge.core.errors import NotFound, PermissionDenied, ValidationFailed, form_errors
from techbridge.profiles import selectors, services
from techbridge.profiles.forms import ProfileForm
from techbridge.profiles.models import PROFILE_FIELDS

router = Router(tags=["profiles"])
MAX_LIMIT = 100


class OwnerOut(Schema):
    id: int
    slug: str
    name: str
    name_alt: str
    type: str
    country: str
    province: str
    city: str
    website: str
    verified: bool


class ProfileOut(Schema):
    id: int
    kind: str
    language: str
    title: str
    summary: str
    description: str
    sectors: list[str]
    keywords: list[str]
    trl: int
    ip_status: str
    patent_numbers: list[str]
    partnership_types: list[str]
    target_countries: list[str]
    value_min: Decimal | None
    value_max: Decimal | None
    currency: str
    expires_on: date | None
    status: str
    visibility: str
    published_at: datetime | None
    country: str
    owner: OwnerOut | None


class ProfileIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(ProfileForm))

    organisation: str | None = None
    kind: str
    language: str = ""
    title: str
    summary: str
    description: str
    sectors: list[str]
    keywords: list[str] = []
    trl: int
    ip_status: str
    patent_numbers: list[str] = []
    partnership_types: list[str]
    target_countries: list[str] = []
    value_min: Decimal | None = None
    value_max: Decimal | None = None
    currency: str = ""
    expires_on: date | None = None
    visibility: str = "public"
    broker_requested: bool = False
    nda_required: bool = False
    submit: bool = False


ProfilePatch = patch_of(ProfileIn, PROFILE_FIELDS, "ProfilePatch")


class ProfileFilter(Schema):
    kind: str = ""
    language: str = ""
    sector: str = ""
    country: str = ""
    status: str = ""
    mine: bool = False
    limit: int = 20
    offset: Offset = 0


class ProfilePage(Schema):
    count: int
    items: list[ProfileOut]


def _out(profile: Any, actor: Any) -> dict[str, Any]:
    card = selectors.present(profile, actor=actor)
    data = asdict(card)
    return data


def _validated(data: dict[str, Any]) -> dict[str, Any]:
    form = ProfileForm(data=_form_data(data))
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return form.cleaned_data


def _form_data(data: dict[str, Any]) -> Any:
    from django.utils.datastructures import MultiValueDict

    multi = MultiValueDict()
    for key, value in data.items():
        if value is None:
            continue
        if key in ("sectors", "partnership_types", "target_countries"):
            multi.setlist(key, [str(v) for v in value])
        elif isinstance(value, bool):
            if value:
                multi[key] = "on"
        else:
            multi[key] = value
    return multi


@router.get("", response=ProfilePage)
def profile_list(request: HttpRequest, filters: Query[ProfileFilter]) -> dict[str, Any]:
    actor = actor_of(request)
    if filters.mine:
        qs = selectors.profile_list(actor=actor).filter(organisation__in=organisations_of(actor))
    else:
        qs = selectors.public_profile_list(actor=actor)
    if filters.kind in ProfileKind.values:
        qs = qs.filter(kind=filters.kind)
    if filters.language in Language.values:
        qs = qs.filter(language=filters.language)
    if filters.status in ProfileStatus.values:
        qs = qs.filter(status=filters.status)
    if filters.sector:
        qs = qs.filter(sectors__icontains=f'"{filters.sector[:40]}"')
    if filters.country:
        qs = qs.filter(organisation__country=filters.country.upper()[:2])
    limit = max(1, min(filters.limit, MAX_LIMIT))
    offset = max(0, filters.offset)
    qs = qs.order_by("-published_at", "-id")
    return {"count": qs.count(), "items": [_out(p, actor) for p in qs[offset : offset + limit]]}


@router.get("/{profile_id}", response={200: ProfileOut, 404: ErrorOut})
def profile_detail(request: HttpRequest, profile_id: int) -> Any:
    actor = actor_of(request)
    return _out(selectors.profile_get_for(actor=actor, profile_id=profile_id), actor)


@router.post(
    "", response={201: ProfileOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}, auth=WRITE_AUTH
)
def profile_create(request: HttpRequest, payload: ProfileIn) -> Any:
    actor = request.user
    orgs = list(organisations_of(actor, editable=True))
    if not orgs:
        raise PermissionDenied()
    org = orgs[0]
    if payload.organisation:
        org = next((o for o in orgs if o.slug == payload.organisation), None)
        if org is None:
            raise NotFound()
    data = _validated(payload.dict(exclude={"organisation", "submit"}))
    profile = services.profile_create(
        actor=actor, organisation=org, data=data, submit=payload.submit
    )
    return Status(201, _out(profile, actor))


@router.patch(
    "/{profile_id}",
    response={200: ProfileOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    auth=WRITE_AUTH,
)
def profile_update(request: HttpRequest, profile_id: int, payload: ProfilePatch) -> Any:
    actor = request.user
    profile = selectors.profile_get_editable(actor=actor, profile_id=profile_id)
    current = {k: getattr(profile, k) for k in services.EDITABLE_FIELDS}
    current.update({k: v for k, v in payload.dict().items() if v is not None})
    data = _validated(current)
    return _out(services.profile_update(actor=actor, profile=profile, data=data), actor)


@router.post(
    "/{profile_id}/submit",
    response={200: ProfileOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut},
    auth=WRITE_AUTH,
)
def profile_submit(request: HttpRequest, profile_id: int) -> Any:
    profile = selectors.profile_get_editable(actor=request.user, profile_id=profile_id)
    return _out(services.profile_submit(actor=request.user, profile=profile), request.user)


class DecisionIn(Schema):
    decision: str
    reason: str = ""


@router.post(
    "/{profile_id}/review",
    response={200: ProfileOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut},
    auth=WRITE_AUTH,
)
def profile_review(request: HttpRequest, profile_id: int, payload: DecisionIn) -> Any:
    """Staff: approve (publish) or reject a submitted profile."""
    profile = selectors.profile_get_for(actor=request.user, profile_id=profile_id)
    if payload.decision == "approve":
        profile = services.profile_publish(actor=request.user, profile=profile)
    elif payload.decision == "reject":
        profile = services.profile_reject(
            actor=request.user, profile=profile, reason=payload.reason
        )
    else:
        raise ValidationFailed(fields={"decision": ["approve or reject"]})
    return _out(profile, request.user)
