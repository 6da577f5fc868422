"""The public pages of the data exchange: the open-data schema page and its dumps."""

from __future__ import annotations

from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from techbridge.core.errors import NotFound
from techbridge.core.taxonomy import sector_choices
from techbridge.exchange import opendata

TYPES = {"jsonl": "application/x-ndjson; charset=utf-8", "csv": "text/csv; charset=utf-8"}


@require_GET
def opendata_page(request: HttpRequest) -> HttpResponse:
    context = {
        "fields": opendata.FIELDS,
        "licence": opendata.LICENCE,
        "licence_url": opendata.LICENCE_URL,
        "sectors": sector_choices(),
        "count": opendata.open_profiles().count(),
    }
    return render(request, "exchange/opendata.html", context)


@require_GET
def opendata_dump(request: HttpRequest, fmt: str) -> FileResponse:
    if fmt not in TYPES:
        raise NotFound()
    path = opendata.dump_path(fmt)
    response = FileResponse(path.open("rb"), content_type=TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="techbridge-profiles.{fmt}"'
    response["X-Licence"] = opendata.LICENCE
    return response
