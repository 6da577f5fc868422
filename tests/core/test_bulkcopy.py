"""Rows written in bulk (COPY on PostgreSQL, bulk_create elsewhere) read back as saved."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from django.utils import timezone

from techbridge.core.bulkcopy import copy_objects
from techbridge.core.choices import ProfileKind
from techbridge.profiles.models import TechnologyProfile
from tests.factories import OrganisationFactory


def test_copied_rows_read_back_as_written(db: Any) -> None:
    org = OrganisationFactory()
    now = timezone.now()
    values = {
        "organisation_id": org.id,
        "kind": ProfileKind.OFFER,  # a TextChoices member: written as its value
        "language": "zh",
        "summary": "tab\there, a quote ' and a backslash \\ — 中文",
        "description": "line one\nline two\r\n\\N is not NULL",
        "sectors": ["new_materials", "biomedicine"],
        "keywords": [],
        "trl": 7,
        "ip_status": "patented",
        "partnership_types": ["licence_out"],
        "value_min": Decimal("1250000.50"),
        "value_max": None,
        "expires_on": date(2027, 3, 1),
        "published_at": now,
        "status": "published",
        "visibility": "public",
    }
    written = copy_objects(
        TechnologyProfile,
        [TechnologyProfile(title=f"Copied {i}", ref=f"copied-{i}", **values) for i in range(3)],
    )
    assert written == 3
    rows = TechnologyProfile.objects.filter(title__startswith="Copied").order_by("title")
    assert [p.ref for p in rows] == ["copied-0", "copied-1", "copied-2"]
    for profile in rows:
        for key, value in values.items():
            assert getattr(profile, key) == value, key
        assert profile.created_at is not None and profile.updated_at is not None


def test_nothing_to_copy(db: Any) -> None:
    assert copy_objects(TechnologyProfile, []) == 0
