"""The demo data set: its size, coverage, validity and determinism (pure Python, no database)."""

from __future__ import annotations

import itertools
import json
import re
from typing import Any

import pytest

from techbridge.demo import demo_dataset, synthetic_profiles
from techbridge.engines.text.taxonomy import FIELD_BY_CODE

ORG_TYPES = {"company", "university", "research_institute", "science_park", "industry_cluster",
             "public_organisation", "investor", "service_provider"}  # fmt: skip
PROVINCES = {"BJ", "TJ", "HE", "SX", "NM", "LN", "JL", "HL", "SH", "JS", "ZJ", "AH", "FJ", "JX",
             "SD", "HA", "HB", "HN", "GD", "GX", "HI", "CQ", "SC", "GZ", "YN", "XZ", "SN", "GS",
             "QH", "NX", "XJ", "TW", "HK", "MO"}  # fmt: skip
SIZE_BANDS = {"1-9", "10-49", "50-249", "250-999", "1000+", ""}
IP_STATUSES = {"granted_patent", "patent_pending", "utility_model", "know_how",
               "software_copyright", "none"}  # fmt: skip
OFFER_TYPES = {"licence_out", "sale", "investment_sought", "joint_rd", "technical_cooperation",
               "joint_venture", "manufacturing", "distribution"}  # fmt: skip
REQUEST_TYPES = {"licence_in", "purchase", "joint_rd", "technical_cooperation", "manufacturing",
                 "distribution", "joint_venture", "investment_offered"}  # fmt: skip
PATENT = re.compile(r"^(CN[12]\d{8}[ABU]|EP3\d{6}(A1|B1)|US11\d{6}B2|US20\d{2}0\d{6}A1)$")
PROFILE_KEYS = {"key", "org", "kind", "language", "title", "summary", "description", "sectors",
                "keywords", "trl", "ip_status", "patent_numbers", "partnership_types",
                "target_countries", "value_min", "value_max", "currency", "visibility", "status",
                "posted_days_ago", "expires_in_days"}  # fmt: skip
HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def data() -> dict[str, list[dict[str, Any]]]:
    return demo_dataset()


def check_profile(p: dict[str, Any]) -> None:
    assert set(p) == PROFILE_KEYS
    assert p["kind"] in ("offer", "request")
    assert p["language"] in ("en", "zh")
    assert 0 < len(p["title"]) <= 200
    assert 0 < len(p["summary"]) <= 500
    assert p["description"].count("\n\n") >= 3
    assert 1 <= len(p["sectors"]) <= 3
    assert all(code in FIELD_BY_CODE for code in p["sectors"])
    assert 3 <= len(p["keywords"]) <= 8
    assert 1 <= p["trl"] <= 9
    assert p["ip_status"] in IP_STATUSES
    if p["ip_status"] in ("granted_patent", "patent_pending", "utility_model"):
        assert p["patent_numbers"]
    else:
        assert p["patent_numbers"] == []
    assert all(PATENT.match(n) for n in p["patent_numbers"]), p["patent_numbers"]
    allowed = OFFER_TYPES if p["kind"] == "offer" else REQUEST_TYPES
    assert p["partnership_types"] and set(p["partnership_types"]) <= allowed
    assert all(len(c) == 2 and c.isupper() for c in p["target_countries"])
    low, high = p["value_min"], p["value_max"]
    if high is None:
        assert low is None and p["currency"] == ""
    else:
        assert p["currency"] in ("CNY", "USD", "EUR")
        assert low is None or 0 < low <= high
    assert p["visibility"] in ("public", "blind", "members")
    assert p["status"] in ("published", "submitted", "draft")
    assert 0 <= p["posted_days_ago"] <= 400
    assert 30 <= p["expires_in_days"] <= 720
    has_han = bool(HAN.search(p["title"] + p["description"]))
    assert has_han == (p["language"] == "zh")


def test_organisations_are_many_varied_and_valid(data: dict[str, list[dict[str, Any]]]) -> None:
    orgs = data["organisations"]
    assert len(orgs) >= 300
    assert len({o["key"] for o in orgs}) == len(orgs)
    assert len({o["name"] for o in orgs}) == len(orgs)
    assert len({o["website"] for o in orgs}) == len(orgs)
    assert len({o["country"] for o in orgs}) >= 30
    assert len({o["province"] for o in orgs if o["country"] == "CN"}) >= 20
    assert {o["type"] for o in orgs} == ORG_TYPES
    for o in orgs:
        assert o["type"] in ORG_TYPES and o["size_band"] in SIZE_BANDS
        assert o["sectors"] and all(code in FIELD_BY_CODE for code in o["sectors"])
        assert o["website"].startswith("https://") and ".example" in o["website"]
        assert o["founded"] is None or 1850 < o["founded"] < 2030
        assert 1 < o["description"].count("。" if o["language"] == "zh" else ". ") + 1 <= 5
        if o["country"] == "CN":
            assert o["province"] in PROVINCES and o["language"] == "zh"
            assert HAN.search(o["name"]) and o["name_alt"] and not HAN.search(o["name_alt"])
        else:
            assert o["province"] == "" and o["language"] == "en" and not HAN.search(o["name"])


def test_profiles_cover_the_taxonomy_in_both_languages(
    data: dict[str, list[dict[str, Any]]],
) -> None:
    profiles = data["profiles"]
    assert len(profiles) >= 600
    assert len({p["key"] for p in profiles}) == len(profiles)
    org_keys = {o["key"] for o in data["organisations"]}
    for p in profiles:
        check_profile(p)
        assert p["org"] in org_keys
    used = {code for p in profiles for code in p["sectors"]}
    assert used == set(FIELD_BY_CODE)
    by = {(p["kind"], p["language"]) for p in profiles}
    assert by == {("offer", "en"), ("offer", "zh"), ("request", "en"), ("request", "zh")}
    statuses = [p["status"] for p in profiles]
    assert statuses.count("published") > 0.8 * len(profiles)
    assert statuses.count("submitted") >= 3 and statuses.count("draft") >= 3
    visibility = [p["visibility"] for p in profiles]
    assert visibility.count("blind") >= 3 and visibility.count("members") >= 3


def test_chinese_organisations_write_mostly_chinese(data: dict[str, list[dict[str, Any]]]) -> None:
    country = {o["key"]: o["country"] for o in data["organisations"]}
    cn = [p for p in data["profiles"] if country[p["org"]] == "CN"]
    foreign = [p for p in data["profiles"] if country[p["org"]] != "CN"]
    assert sum(p["language"] == "zh" for p in cn) > 0.6 * len(cn)
    assert sum(p["language"] == "en" for p in foreign) > 0.75 * len(foreign)
    assert sum(p["kind"] == "offer" for p in foreign) > 0.6 * len(foreign)


def test_battery_recycling_listings_exist_in_both_languages(
    data: dict[str, list[dict[str, Any]]],
) -> None:
    profiles = data["profiles"]
    en_offers = [p for p in profiles if p["kind"] == "offer" and p["language"] == "en"
                 and "lithium-ion batter" in p["title"] and "recycling" in p["sectors"]]  # fmt: skip
    zh_requests = [p for p in profiles if p["kind"] == "request" and p["language"] == "zh"
                   and "电池回收" in p["title"]]  # fmt: skip
    assert len(en_offers) >= 3
    assert any(p["title"].startswith("Hydrometallurgical recovery of lithium") for p in en_offers)
    assert len(zh_requests) >= 3
    assert any("锂电池回收" in p["title"] and "电池回收" in p["description"] for p in zh_requests)


def test_dataset_is_deterministic_and_json_serialisable(
    data: dict[str, list[dict[str, Any]]],
) -> None:
    assert json.dumps(demo_dataset(), sort_keys=True) == json.dumps(data, sort_keys=True)


def test_synthetic_profiles_stream_valid_deterministic_dicts() -> None:
    batch = list(synthetic_profiles(800, seed=3))
    assert len(batch) == 800
    assert batch == list(synthetic_profiles(800, seed=3))
    assert batch[0]["org"] == "synth-org-0" and batch[799]["org"] == "synth-org-799"
    assert len({p["key"] for p in batch}) == 800
    for p in batch:
        check_profile(p)
    zh = sum(p["language"] == "zh" for p in batch)
    assert 300 < zh < 500
    assert len({p["description"] for p in batch}) > 780
    assert list(itertools.islice(synthetic_profiles(10**9, seed=3), 5)) == batch[:5]
    assert list(synthetic_profiles(5, seed=4)) != batch[:5]
