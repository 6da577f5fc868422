"""The back office names every TechBridge app in the staff member's language."""

from __future__ import annotations

import re

import pytest
from django.apps import apps
from django.utils import translation

from tests.conftest import login
from tests.factories import StaffFactory

OURS = [c for c in apps.get_app_configs() if c.name.startswith("techbridge.")]


@pytest.mark.parametrize("config", OURS, ids=lambda c: c.label)
def test_app_names_are_translated(config) -> None:
    with translation.override("zh-hans"):
        chinese = str(config.verbose_name)
    assert chinese == "API" if config.label == "api" else re.search("[\u4e00-\u9fff]", chinese)


@pytest.mark.django_db
def test_admin_index_lists_apps_in_chinese() -> None:
    staff = StaffFactory(is_superuser=True)
    client = login(staff)
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    page = client.get("/admin/").text
    assert "技术供给与需求" in page and "对接与合作" in page
