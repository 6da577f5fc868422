"""Exports of the staff lists: the page's filters and permissions, CSV and XLSX, formulas
neutralised, the blind profile's owner hidden as on the page."""

from __future__ import annotations

import io
from typing import Any

import pytest
from django.test import Client
from openpyxl import load_workbook

from tests.events.conftest import make_event
from tests.factories import OrganisationFactory, ProfileFactory

pytestmark = pytest.mark.django_db


def _csv(response: Any) -> list[str]:
    assert response.status_code == 200, response.content[:300]
    return response.content.decode("utf-8-sig").splitlines()


def test_profiles_export_keeps_filters_and_hides_blind_owner(
    client: Client, staff: Any, member: Any, org: Any
) -> None:
    ProfileFactory(organisation=org, title='=HYPERLINK("http://x")', kind="offer")
    ProfileFactory(organisation=org, title="Blind need", kind="request", visibility="blind")
    client.force_login(staff)
    lines = _csv(client.get("/profiles/?kind=offer&export=csv"))
    assert len(lines) == 2 and lines[1].split(",")[3].startswith("\"'=HYPERLINK")
    book = load_workbook(io.BytesIO(client.get("/profiles/?export=xlsx").content))
    rows = list(book.active.iter_rows(values_only=True))
    assert len(rows) == 3
    assert client.get("/profiles/?export=pdf").status_code == 422
    client.force_login(member)
    assert client.get("/profiles/?export=csv").status_code == 403
    page = client.get("/profiles/")
    assert page.status_code == 200 and "export-links" not in page.text


def test_blind_owner_hidden_from_staff_export_as_on_page(client: Client, staff: Any) -> None:
    from techbridge.profiles.selectors import present

    hidden = OrganisationFactory(name="Secret Holder GmbH")
    profile = ProfileFactory(organisation=hidden, visibility="blind")
    client.force_login(staff)
    text = "\n".join(_csv(client.get("/profiles/?export=csv")))
    shown = present(profile, actor=staff).owner
    assert ("Secret Holder GmbH" in text) == (shown is not None)


def test_organisations_connections_participants_exports(
    client: Client, staff: Any, member: Any, org: Any
) -> None:
    OrganisationFactory(name="Other", country="FR")
    client.force_login(staff)
    lines = _csv(client.get("/organisations/?country=FR&export=csv"))
    assert len(lines) == 2 and "Other" in lines[1]
    assert len(_csv(client.get("/connections/?export=csv"))) == 1  # the header only
    event = make_event()
    from techbridge.events.models import Participant

    Participant.objects.create(event=event, organisation=org, name="Anna", status="confirmed")
    Participant.objects.create(event=event, organisation=org, name="Bob", status="cancelled")
    url = f"/events/{event.slug}/manage/participants/"
    assert len(_csv(client.get(url + "?export=csv&status=confirmed"))) == 2
    assert len(_csv(client.get(url + "?export=csv"))) == 3
    client.force_login(member)
    assert client.get("/organisations/?export=csv").status_code == 403
    assert client.get("/connections/?export=csv").status_code == 403
    assert client.get(url + "?export=csv").status_code in (403, 404)
