"""The open-data dumps and Atom feeds: standard parsers read them, and blind, members-only,
unpublished and expired profiles never appear."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from techbridge.exchange import opendata
from tests.factories import ProfileFactory

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def listings(settings: Any, tmp_path: Any, org: Any) -> dict[str, Any]:
    settings.TECHBRIDGE = {**settings.TECHBRIDGE, "OPEN_DATA_DIR": str(tmp_path / "od")}
    now = timezone.now()
    live = {"status": "published", "published_at": now, "organisation": org}
    return {
        "public": ProfileFactory(title="Open graphene membrane", sectors=["new-materials"], **live),
        "chinese": ProfileFactory(
            title="钠离子电池正极材料", language="zh", sectors=["energy-storage"], **live
        ),
        "blind": ProfileFactory(title="Secret blind listing", visibility="blind", **live),
        "members": ProfileFactory(title="Members only listing", visibility="members", **live),
        "draft": ProfileFactory(title="Draft listing", status="draft", organisation=org),
        "expired": ProfileFactory(
            title="Expired listing", expires_on=timezone.localdate() - timedelta(days=1), **live
        ),
    }


HIDDEN = ("Secret blind", "Members only", "Draft listing", "Expired listing")


def test_jsonl_and_csv_dumps_parse_and_hold_only_public_profiles(listings: Any) -> None:
    client = Client()
    body = b"".join(client.get("/open-data/profiles.jsonl").streaming_content)
    rows = [json.loads(line) for line in body.decode("utf-8").splitlines()]
    assert {r["title"] for r in rows} == {"Open graphene membrane", "钠离子电池正极材料"}
    assert set(rows[0]) == {key for key, _t, _d in opendata.FIELDS}
    chinese = next(r for r in rows if r["language"] == "zh")
    assert chinese["sector_names_zh"] and chinese["sector_names_en"]
    text = b"".join(client.get("/open-data/profiles.csv").streaming_content).decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert {r["title"] for r in table} == {r["title"] for r in rows}
    assert not any(h in body.decode() or h in text for h in HIDDEN)


def test_atom_feeds_parse_per_sector_and_language(listings: Any) -> None:
    client = Client()
    root = ET.fromstring(client.get("/open-data/feeds/listings.atom?lang=zh-hans").content)  # noqa: S314
    assert root.tag == f"{ATOM}feed"
    titles = [e.findtext(f"{ATOM}title") for e in root.iter(f"{ATOM}entry")]
    assert set(titles) == {"Open graphene membrane", "钠离子电池正极材料"}
    assert "新" in root.findtext(f"{ATOM}title")
    sector = ET.fromstring(client.get("/open-data/feeds/new-materials.atom").content)  # noqa: S314
    assert [e.findtext(f"{ATOM}title") for e in sector.iter(f"{ATOM}entry")] == [
        "Open graphene membrane"
    ]
    for entry in root.iter(f"{ATOM}entry"):
        assert entry.find(f"{ATOM}link").get("href").startswith("http")
    assert client.get("/open-data/feeds/no-such-sector.atom").status_code == 404
    assert not any(
        h in client.get("/open-data/feeds/listings.atom").content.decode() for h in HIDDEN
    )


def test_schema_page_and_daily_refresh(listings: Any) -> None:
    page = Client().get("/open-data/").content.decode()
    assert "CC BY 4.0" in page and "published_at" in page
    path = opendata.dump_path("jsonl")
    assert path.exists()
    listings["public"].title = "Renamed"
    listings["public"].save()
    assert "Renamed" not in path.read_text()  # the same day: the dump as written
    import os
    import time

    os.utime(path, (time.time() - 2 * opendata.MAX_AGE,) * 2)
    assert "Renamed" in opendata.dump_path("jsonl").read_text()
    assert Client().get("/open-data/profiles.xml").status_code == 404
