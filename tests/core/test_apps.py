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
    assert "后台任务" in page and "任务结果" in page and "Task" not in page


CJK = re.compile("[\u4e00-\u9fff]")


def _unnamed(config) -> list[str]:
    """The models and fields of an app whose names the Chinese back office would show in English."""
    missing = []
    with translation.override("zh-hans"):
        for model in config.get_models():
            for name in (model._meta.verbose_name, model._meta.verbose_name_plural):
                if not CJK.search(str(name)):
                    missing.append(f"{model._meta.label}: {name}")
            for field in model._meta.get_fields():
                if (
                    field.concrete
                    and not field.auto_created
                    and not CJK.search(str(field.verbose_name))
                ):
                    missing.append(f"{model._meta.label}.{field.name}: {field.verbose_name}")
    return missing


@pytest.mark.parametrize("config", OURS, ids=lambda c: c.label)
def test_every_model_and_field_is_named_in_chinese(config) -> None:
    assert _unnamed(config) == []


@pytest.mark.django_db
def test_admin_names_provinces_in_chinese() -> None:
    from tests.factories import ChineseOrganisationFactory

    ChineseOrganisationFactory(province="JS")
    client = login(StaffFactory(is_superuser=True))
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    page = client.get("/admin/accounts/organisation/").content.decode()
    assert "江苏省" in page and "Jiangsu" not in page and "Guangdong" not in page
    filtered = client.get("/admin/accounts/organisation/?province=JS").content.decode()
    assert "江苏省" in filtered


@pytest.mark.django_db
def test_admin_yes_no_icons_speak_chinese() -> None:
    client = login(StaffFactory(is_superuser=True))
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    page = client.get("/admin/accounts/user/").content.decode()
    assert 'alt="是"' in page and 'alt="True"' not in page and 'alt="False"' not in page
