"""The incubation app's own catalogue: every string translated, none fuzzy, placeholders kept."""

from __future__ import annotations

import re
from pathlib import Path

import polib

import techbridge.incubation

CATALOGUE = Path(techbridge.incubation.__file__).parent / "locale/zh_Hans/LC_MESSAGES/django.po"
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
