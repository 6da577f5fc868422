"""A blind profile's owner and dossier through every door (profile page and API, search page
and API, matches page and API, the dossier download), before and after its owner accepts a
contact. Only the organisation whose contact was accepted learns the owner; the dossier opens
to it once the NDA step the profile asks for is complete, and closes again when a new NDA
document is shared. The rule is read from one table, ProfileDisclosure."""

from __future__ import annotations

from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from techbridge.deals import services as deals
from techbridge.matches import services as matching
from techbridge.profiles import services as profiles
from techbridge.profiles.models import ProfileDisclosure
from techbridge.search.services import index_profiles
from tests.conftest import login
from tests.deals.conftest import send_eoi
from tests.matches.conftest import BLIND_OWNER, chinese_request

pytestmark = pytest.mark.django_db

BLIND_NAME_ALT = "秘密电池厂"


@pytest.fixture
def blind_deal(market: dict[str, Any], cn_org: Any, cn_member: Any) -> dict[str, Any]:
    """The Chinese company's request is matched with the blind black-mass offer, which asks
    for an NDA and holds one dossier document; the company expresses its interest."""
    blind = market["offers"]["blackmass"]
    blind.nda_required = True
    blind.save()
    upload = SimpleUploadedFile("process.pdf", b"%PDF-1.4 secret", content_type="application/pdf")
    attachment = profiles.attachment_add(
        actor=market["blind_member"],
        profile=blind,
        upload=upload,
        filename="process.pdf",
        content_type="application/pdf",
    )
    chinese_request(cn_org, status="published", published_at=blind.published_at)
    matching.match_compute_all(notify=False)
    index_profiles([blind.id])
    connection = send_eoi(cn_member, blind, partnership_type="licence_in")
    return {"blind": blind, "attachment": attachment, "connection": connection}


def doors(client: Client, blind: Any) -> dict[str, str]:
    return {
        "profile page": client.get(f"/profiles/{blind.id}/").text,
        "profile API": client.get(f"/api/v1/profiles/{blind.id}").text,
        "search page": client.get("/search/", {"q": "black mass"}).text,
        "search API": client.get("/api/v1/search", {"q": "black mass"}).text,
        "matches page": client.get("/matches/").text,
        "matches API": client.get("/api/v1/matches").text,
    }


def dossier_status(client: Client, deal: dict[str, Any]) -> int:
    url = f"/profiles/{deal['blind'].id}/attachments/{deal['attachment'].id}/"
    return client.get(url).status_code


def owner_named(client: Client, blind: Any) -> dict[str, bool]:
    return {
        door: BLIND_OWNER in body or BLIND_NAME_ALT in body
        for door, body in doors(client, blind).items()
    }


def test_owner_and_dossier_through_every_door(
    blind_deal: dict[str, Any], market: dict[str, Any], cn_member: Any, outsider: Any
) -> None:
    blind, owner = blind_deal["blind"], market["blind_member"]
    them, third = login(cn_member), login(outsider)
    pages = doors(them, blind)
    assert "black-mass separation" in pages["search API"]  # each door does show the profile
    assert "black-mass separation" in pages["matches API"]
    assert not any(owner_named(them, blind).values())
    assert dossier_status(them, blind_deal) == 404

    connection = deals.connection_accept(actor=owner, connection=blind_deal["connection"])
    assert all(owner_named(them, blind).values())
    assert not any(owner_named(third, blind).values())
    assert not any(owner_named(Client(), blind).values())
    assert dossier_status(them, blind_deal) == 404  # the NDA step comes first

    nda = SimpleUploadedFile("nda.pdf", b"%PDF-1.4 nda", content_type="application/pdf")
    deals.nda_upload(actor=owner, connection=connection, upload=nda)
    deals.nda_confirm(actor=owner, connection=connection)
    assert dossier_status(them, blind_deal) == 404
    deals.nda_confirm(actor=cn_member, connection=connection)
    assert dossier_status(them, blind_deal) == 200
    assert dossier_status(third, blind_deal) == 404
    assert dossier_status(login(owner), blind_deal) == 200

    again = SimpleUploadedFile("nda-v2.pdf", b"%PDF-1.4 nda 2", content_type="application/pdf")
    deals.nda_upload(actor=cn_member, connection=connection, upload=again)
    assert dossier_status(them, blind_deal) == 404  # closed until both confirm again
    assert all(owner_named(them, blind).values())  # the owner stays known


def test_one_row_per_profile_and_organisation(
    blind_deal: dict[str, Any], market: dict[str, Any], cn_member: Any, cn_org: Any
) -> None:
    owner = market["blind_member"]
    assert not ProfileDisclosure.objects.exists()
    connection = deals.connection_accept(actor=owner, connection=blind_deal["connection"])
    row = ProfileDisclosure.objects.get()
    assert (row.profile_id, row.organisation_id, row.level) == (
        blind_deal["blind"].id,
        cn_org.id,
        "owner",
    )
    nda = SimpleUploadedFile("nda.pdf", b"%PDF-1.4 nda", content_type="application/pdf")
    deals.nda_upload(actor=owner, connection=connection, upload=nda)
    for actor in (owner, cn_member):
        deals.nda_confirm(actor=actor, connection=connection)
    assert list(ProfileDisclosure.objects.values_list("level", flat=True)) == ["dossier"]
