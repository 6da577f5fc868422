"""The open-data feed: the public, published profiles as JSON Lines and CSV dumps (written to
files under var/, regenerated daily or by `techbridge opendata`) and Atom feeds of new public
listings, per sector, in English and Chinese. Only profiles that anybody may see with their
owner named are published: blind and members-only profiles never appear."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.db.models import QuerySet
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from techbridge.core.choices import Visibility
from techbridge.core.spreadsheets import write_csv
from techbridge.core.taxonomy import sector_name
from techbridge.profiles.models import TechnologyProfile
from techbridge.profiles.selectors import public_profile_list

LICENCE = "CC BY 4.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
MAX_AGE = 24 * 3600
FIELDS: tuple[tuple[str, str, Any], ...] = (
    ("id", "integer", _("The profile's number on TechBridge.")),
    ("url", "string", _("Its page.")),
    ("kind", "offer | request", _("Technology offer or technology request.")),
    ("language", "en | zh", _("Language of the text.")),
    ("title", "string", _("Title.")),
    ("summary", "string", _("Summary (at most 500 characters).")),
    ("description", "string", _("Description.")),
    ("sectors", "list of codes", _("Sectors (codes of the platform's taxonomy).")),
    ("sector_names_en", "list of strings", _("Sectors in English.")),
    ("sector_names_zh", "list of strings", _("Sectors in Chinese.")),
    ("keywords", "list of strings", _("Keywords.")),
    ("trl", "integer 1-9", _("Technology readiness level.")),
    ("ip_status", "code", _("Intellectual property status.")),
    ("patent_numbers", "list of strings", _("Patent numbers.")),
    ("partnership_types", "list of codes", _("Partnership types sought.")),
    ("target_countries", "list of codes", _("Target countries (ISO 3166) or regions.")),
    ("organisation", "string", _("The organisation that posted it.")),
    ("organisation_country", "ISO 3166 code", _("Its country.")),
    ("organisation_province", "code", _("Its province, in China.")),
    ("published_at", "ISO 8601 date-time", _("When it was published.")),
    ("expires_on", "ISO 8601 date", _("When it expires (empty: no date).")),
)


def open_profiles() -> QuerySet[TechnologyProfile]:
    """The profiles the open data publishes: live, public (owner named), newest first."""
    return (
        public_profile_list(actor=AnonymousUser())
        .filter(visibility=Visibility.PUBLIC)
        .select_related("organisation")
        .order_by("-published_at", "-id")
    )


def record(profile: TechnologyProfile) -> dict[str, Any]:
    org = profile.organisation
    sectors = list(profile.sectors or [])
    return {
        "id": profile.id,
        "url": settings.SITE_URL.rstrip("/") + reverse("profiles:detail", args=[profile.id]),
        "kind": profile.kind,
        "language": profile.language,
        "title": profile.title,
        "summary": profile.summary,
        "description": profile.description,
        "sectors": sectors,
        "sector_names_en": [sector_name(s, "en") for s in sectors],
        "sector_names_zh": [sector_name(s, "zh-hans") for s in sectors],
        "keywords": list(profile.keywords or []),
        "trl": profile.trl,
        "ip_status": profile.ip_status,
        "patent_numbers": list(profile.patent_numbers or []),
        "partnership_types": list(profile.partnership_types or []),
        "target_countries": list(profile.target_countries or []),
        "organisation": org.name,
        "organisation_country": str(org.country),
        "organisation_province": org.province,
        "published_at": profile.published_at.isoformat() if profile.published_at else None,
        "expires_on": profile.expires_on.isoformat() if profile.expires_on else None,
    }


def records() -> Iterator[dict[str, Any]]:
    for profile in open_profiles().iterator(chunk_size=2000):
        yield record(profile)


def directory() -> Path:
    folder = Path(settings.TECHBRIDGE.get("OPEN_DATA_DIR") or Path(settings.VAR_DIR) / "opendata")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _replace(path: Path, content: bytes) -> None:
    """Write beside, then rename: a reader never sees half a dump."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    with os.fdopen(handle, "wb") as out:
        out.write(content)
    os.replace(temporary, path)


def write_dumps() -> dict[str, int]:
    rows = list(records())
    folder = directory()
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    _replace(folder / "profiles.jsonl", lines.encode("utf-8"))
    keys = [key for key, _type, _doc in FIELDS]
    table = [[_csv_value(r[k]) for k in keys] for r in rows]
    _replace(folder / "profiles.csv", write_csv(keys, table))
    return {"open_profiles": len(rows)}


def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return value


def dump_path(fmt: str) -> Path:
    """The dump's file, written again when missing or older than a day."""
    path = directory() / f"profiles.{fmt}"
    if not path.exists() or time.time() - path.stat().st_mtime > MAX_AGE:
        write_dumps()
    return path
