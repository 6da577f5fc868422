"""Printed agendas, badges and calendars in the reader's language, and Chinese names printed
in Chinese (the CJK font ships with the platform)."""

from __future__ import annotations

import re
import zlib
from typing import Any

import pytest
from django.utils import translation
from icalendar import Calendar

from techbridge.events import ical, pdf, selectors, services
from techbridge.events.models import MeetingSlot
from tests.conftest import login
from tests.events.conftest import add_slots


@pytest.fixture
def scheduled(people: dict[str, Any], organiser: Any, event: Any, cn_org: Any) -> Any:
    cn_org.name, cn_org.name_alt = "苏州锂电科技有限公司", "Suzhou Lithium Technology"
    cn_org.save(update_fields=["name", "name_alt"])
    add_slots(event, organiser)
    m = services.meeting_add(actor=organiser, event=event, a=people["de"], b=people["cn"])
    slot = MeetingSlot.objects.filter(event=event).order_by("starts_at").first()
    return services.meeting_place(actor=organiser, meeting=m, slot=slot, table=2)


def drawn_text(body: bytes) -> set[str]:
    """The characters the PDF's embedded fonts map back to Unicode (their ToUnicode maps)."""
    chars: set[str] = set()
    for raw in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S):
        try:
            text = zlib.decompress(raw)
        except zlib.error:
            text = raw  # stored uncompressed
        if b"begincmap" in text:
            for code in re.findall(rb"<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]{4,})>", text):
                chars.add(chr(int(code, 16)))
    return chars


def _agenda(people: dict[str, Any], member: Any, language: str) -> bytes:
    items = selectors.agenda_for(actor=member, participant=people["de"])
    with translation.override(language):
        return pdf.agenda_pdf(people["de"], items)


@pytest.mark.usefixtures("scheduled")
def test_agenda_prints_chinese_names_with_the_shipped_cjk_font(
    people: dict[str, Any], member: Any
) -> None:
    body = _agenda(people, member, "en")
    assert b"NotoSansSC" in body
    assert set("苏州锂电科技有限公司") <= drawn_text(body)
    assert pdf.Document().text_of("王伟", "Wang Wei") == "王伟"


@pytest.mark.usefixtures("scheduled")
def test_agenda_words_follow_the_readers_language(people: dict[str, Any], member: Any) -> None:
    assert not set("号桌") & drawn_text(_agenda(people, member, "en"))
    assert set("号桌月日") <= drawn_text(_agenda(people, member, "zh-hans"))


def test_table_plan_without_meetings_in_chinese(event: Any) -> None:
    with translation.override("zh-hans"):
        body = pdf.table_plan_pdf(event, [])
    assert set("尚未排定") <= drawn_text(body)


@pytest.mark.usefixtures("scheduled")
def test_calendar_summary_in_the_readers_language(people: dict[str, Any], member: Any) -> None:
    items = selectors.agenda_for(actor=member, participant=people["de"])
    with translation.override("zh-hans"):
        (event,) = Calendar.from_ical(ical.agenda_ics(people["de"], items)).walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("一对一洽谈：Wang Wei（")
    assert str(event["LOCATION"]).startswith("2 号桌、")
    with translation.override("en"):
        (event,) = Calendar.from_ical(ical.agenda_ics(people["de"], items)).walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("B2B meeting: Wang Wei (")


@pytest.mark.usefixtures("scheduled")
def test_subscription_feed_uses_the_participants_language(
    people: dict[str, Any], member: Any
) -> None:
    member.preferred_language = "zh-hans"
    member.save(update_fields=["preferred_language"])
    feed = login(member).get(f"/events/feed/{people['de'].feed_token}.ics")
    (event,) = Calendar.from_ical(feed.content).walk("VEVENT")
    assert str(event["SUMMARY"]).startswith("一对一洽谈")


def test_the_archive_holds_every_badge_and_agenda_in_chunks(
    scheduled: Any, people: dict[str, Any], event: Any, tmp_path: Any, monkeypatch: Any
) -> None:
    import zipfile

    from techbridge.events import documents

    monkeypatch.setattr(documents, "CHUNK", 2)  # three confirmed people: two chunks
    ticks: list[tuple[int, int]] = []
    out = tmp_path / "docs.zip"
    result = documents.render_archive(
        event, base_url="https://tb.example", out=out, on_progress=ticks.append
    )
    assert result["participants"] == 3 and result["documents"] == 4
    assert ticks == [(2, 3), (3, 3)]
    with zipfile.ZipFile(out) as archive:
        names = sorted(archive.namelist())
        assert names == [
            "agendas-0001.pdf",
            "agendas-0002.pdf",
            "badges-0001.pdf",
            "badges-0002.pdf",
        ]
        first = archive.read("agendas-0001.pdf")
    assert first.startswith(b"%PDF")
    # people by name: Anna and Claire in the first chunk; Anna's agenda names Wang Wei's firm
    assert "苏" in drawn_text(first)
