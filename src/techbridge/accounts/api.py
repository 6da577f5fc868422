"""/api/v1/organisations"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Query, Router, Schema, Status
from pydantic import ConfigDict

from techbridge.accounts import selectors, services
from techbridge.accounts.api_auth import WRITE_AUTH, actor_of
from techbridge.accounts.forms import OrganisationForm
from techbridge.accounts.models import ORGANISATION_FIELDS
from techbridge.core.api_schemas import ErrorOut, Offset, choices_from, patch_of
from techbridge.core.errors import ValidationFailed, form_errors

router = Router(tags=["organisations"])
MAX_LIMIT = 100


class OrganisationOut(Schema):
    id: int
    slug: str
    name: str
    name_alt: str
    type: str
    country: str
    province: str
    city: str
    sectors: list[str]
    size_band: str
    founded: int | None
    website: str
    description: str
    verified: bool


class OrganisationIn(Schema):
    model_config = ConfigDict(json_schema_extra=choices_from(OrganisationForm))

    name: str
    name_alt: str = ""
    type: str
    country: str
    province: str = ""
    city: str = ""
    sectors: list[str] = []
    size_band: str = ""
    founded: int | None = None
    website: str = ""
    description: str = ""
    language: str = "en"
    broker_requested: bool = False


OrganisationPatch = patch_of(OrganisationIn, ORGANISATION_FIELDS, "OrganisationPatch")


class OrganisationFilter(Schema):
    q: str = ""
    type: str = ""
    country: str = ""
    limit: int = 20
    offset: Offset = 0


class OrganisationPage(Schema):
    count: int
    items: list[OrganisationOut]


def _out(org: Any) -> dict[str, Any]:
    return {
        "id": org.id,
        "slug": org.slug,
        "name": org.name,
        "name_alt": org.name_alt,
        "type": org.type,
        "country": str(org.country),
        "province": org.province,
        "city": org.city,
        "sectors": list(org.sectors),
        "size_band": org.size_band,
        "founded": org.founded,
        "website": org.website,
        "description": org.description,
        "verified": org.verified,
    }


def _validated(data: dict[str, Any]) -> dict[str, Any]:
    form = OrganisationForm(data={k: v for k, v in data.items() if v is not None})
    if not form.is_valid():
        raise ValidationFailed(fields=form_errors(form))
    return form.cleaned_data


@router.get("", response=OrganisationPage)
def organisation_list(request: HttpRequest, filters: Query[OrganisationFilter]) -> dict[str, Any]:
    qs = selectors.organisation_list(actor=actor_of(request))
    q = filters.q.replace("\x00", "")[:200].strip()
    if q:
        qs = qs.filter(name__icontains=q) | qs.filter(name_alt__icontains=q)
    if filters.type:
        qs = qs.filter(type=filters.type)
    if filters.country:
        qs = qs.filter(country=filters.country.upper()[:2])
    limit = max(1, min(filters.limit, MAX_LIMIT))
    offset = max(0, filters.offset)
    return {"count": qs.count(), "items": [_out(o) for o in qs[offset : offset + limit]]}


@router.get("/{slug}", response={200: OrganisationOut, 404: ErrorOut})
def organisation_detail(request: HttpRequest, slug: str) -> Any:
    return _out(selectors.organisation_get_for(actor=actor_of(request), slug=slug))


@router.post("", response={201: OrganisationOut, 422: ErrorOut}, auth=WRITE_AUTH)
def organisation_create(request: HttpRequest, payload: OrganisationIn) -> Any:
    data = _validated(payload.dict())
    return Status(201, _out(services.organisation_create(actor=request.user, data=data)))


@router.patch(
    "/{slug}",
    response={200: OrganisationOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    auth=WRITE_AUTH,
)
def organisation_update(request: HttpRequest, slug: str, payload: OrganisationPatch) -> Any:
    org = selectors.organisation_get_for(actor=request.user, slug=slug)
    if not selectors.can_edit_organisation(request.user, org):
        raise services.PermissionDenied()
    current = {f: getattr(org, f) for f in services.ORG_FIELDS}
    current["country"] = str(org.country)
    current.update({k: v for k, v in payload.dict().items() if v is not None})
    data = _validated(current)
    return _out(services.organisation_update(actor=request.user, organisation=org, data=data))
