"""The training app's own catalogue: every string translated, placeholders kept, pages in
Chinese."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import polib
from django.test import Client

import techbridge.training
from tests.training.conftest import make_course

CATALOGUE = Path(techbridge.training.__file__).parent / "locale/zh_Hans/LC_MESSAGES/django.po"
PLACEHOLDER = re.compile(r"%\((\w+)\)s|%%")


def test_catalogue_is_complete_and_keeps_placeholders() -> None:
    po = polib.pofile(str(CATALOGUE))
    assert len(po) > 300 and not po.fuzzy_entries() and not po.metadata_is_fuzzy
    for entry in po:
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert text, entry.msgid
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(entry.msgid)), (
                entry.msgid
            )


def test_pages_in_chinese(db: Any, client: Client) -> None:
    course = make_course()
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    detail = client.get(f"/training/{course.slug}/").content.decode()
    assert "课次" in detail and "继续教育学时" in detail and "Sessions" not in detail
    verify = client.get("/training/verify/").content.decode()
    assert "验证证书" in verify
