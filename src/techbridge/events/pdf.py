"""Printable PDFs with fpdf2: a participant's agenda, badges with a QR code (segno), and the
organisers' table plan.

Fonts come with the platform, never from the internet: the CJK font is TECHBRIDGE_CJK_FONT
when set, else Noto Sans SC from the `pylopdf-fonts-zh-cn` package (SIL OFL 1.1; it also
draws Latin text), else one of the usual Debian paths (fonts-noto-cjk, fonts-wqy-microhei…).
Without any, Chinese text falls back to the English/alternative name when there is one, else
its Chinese characters are left out (see docs/events.md).

Words are translated into the active language (the requester's): call these under their
language."""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import segno
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from fpdf import FPDF

CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
CJK_CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/truetype/noto/NotoSansSC-Regular.ttf",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
)
LATIN_CANDIDATES = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/TTF/DejaVuSans.ttf",
)


def _packaged_cjk_font() -> str:
    try:
        import pylopdf_fonts_zh_cn
    except ImportError:  # an install without the font package: look on the machine
        return ""
    return str(pylopdf_fonts_zh_cn.sans_path())


@lru_cache(maxsize=1)
def font_paths() -> tuple[str | None, str | None]:
    """(CJK font, Unicode Latin font) available; either may be None."""
    env = os.environ.get("TECHBRIDGE_CJK_FONT", "")
    paths = (env, _packaged_cjk_font(), *CJK_CANDIDATES)
    cjk = next((p for p in paths if p and Path(p).is_file()), None)
    latin = next((p for p in LATIN_CANDIDATES if Path(p).is_file()), None)
    return cjk, latin


class Document(FPDF):
    """An A4 page set with the best font available."""

    def __init__(self) -> None:
        super().__init__(format="A4")
        self.set_auto_page_break(auto=True, margin=15)
        cjk, latin = font_paths()
        self.cjk = False
        self.unicode = False
        if cjk:
            try:
                self.add_font("tb", "", cjk)
                self.cjk = self.unicode = True
            except Exception:  # a broken font file must not break printing
                self.cjk = False
        if not self.cjk and latin:
            self.add_font("tb", "", latin)
            self.unicode = True
        self.family = "tb" if self.unicode else "helvetica"
        self.set_font(self.family, size=11)

    def text_of(self, text: Any, alt: Any = "") -> str:
        """Text the font can draw: the alternative (English) form when the font lacks CJK."""
        text, alt = str(text or ""), str(alt or "")
        if self.cjk:
            return text
        if CJK.search(text):
            text = alt if alt and not CJK.search(alt) else CJK.sub("", text).strip() or "[…]"
        if not self.unicode:
            text = text.encode("latin-1", "replace").decode("latin-1")
        return text

    def para(self, text: str, size: int = 11, height: float = 6) -> None:
        self.set_font(self.family, size=size)
        if not self.unicode:  # core fonts: Latin-1 only (dashes and bullets become "?")
            text = text.encode("latin-1", "replace").decode("latin-1")
        self.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def _org_name(org: Any) -> tuple[str, str]:
    return org.name, getattr(org, "name_alt", "")


def agenda_pdf(participant: Any, items: Iterable[Any]) -> bytes:
    """The participant's agenda, one meeting per block, times in the event's zone."""
    doc = Document()
    agenda_pages(doc, participant, items)
    return bytes(doc.output())


def agenda_pages(doc: Document, participant: Any, items: Iterable[Any]) -> None:
    """Add the participant's agenda to `doc`, from a new page (the archive of all agendas
    puts many in one document: the font is loaded and embedded once)."""
    event = participant.event
    doc.add_page()
    doc.para(doc.text_of(event.title, event.title_en), 16, 9)
    doc.para(
        doc.text_of(
            f"{participant.name} — {participant.organisation.name}",
            participant.organisation.name_alt,
        ),
        12,
    )
    doc.para(f"{event.venue} · {event.time_zone}", 9)
    doc.ln(4)
    items = list(items)
    if not items:
        doc.para(_("No meetings yet."), 11)
    for item in items:
        m = item.meeting
        other = item.counterpart
        doc.para(doc.text_of(_meeting_heading(item, m.table), ""), 11)
        name, alt = _org_name(other.organisation)
        doc.para(doc.text_of(f"{other.name} · {other.role}", other.role), 10)
        doc.para(doc.text_of(name, alt), 10)
        for card in other.profiles[:3]:
            doc.para(doc.text_of(f"- {card.title}", ""), 9, 5)
        doc.ln(2)


def _day_time(start: Any) -> str:
    """A meeting's day and start time, with day and month names in the active language."""
    return date_format(start, pgettext("meeting start in a printed agenda", "D j M H:i"))


def _when(start: Any, end: Any) -> str:
    """A meeting's day and times, with day and month names in the active language."""
    return f"{_day_time(start)}–{date_format(end, 'H:i')}"


def _meeting_heading(item: Any, table: int | None) -> str:
    when = _when(item.starts_at, item.ends_at) if item.starts_at else "—"
    where = _("Table %(table)s") % {"table": table} if table else _("not scheduled yet")
    if table and item.room:
        where = f"{item.room} · {where}"
    if item.interpreter_name:
        return _("%(when)s   %(table)s   (interpreter: %(name)s)") % {
            "when": when,
            "table": where,
            "name": item.interpreter_name,
        }
    if item.interpreter:
        return _("%(when)s   %(table)s   (interpreter)") % {"when": when, "table": where}
    return f"{when}   {where}"


def qr_png(data: str) -> io.BytesIO:
    buf = io.BytesIO()
    segno.make(data, error="m").save(buf, kind="png", scale=6, border=2)
    buf.seek(0)
    return buf


def badges_pdf(event: Any, people: Iterable[tuple[Any, str]]) -> bytes:
    """Badges, one per page (A6-sized area), with the check-in QR code."""
    doc = Document()
    badge_pages(doc, event, people)
    return bytes(doc.output())


def badge_pages(doc: Document, event: Any, people: Iterable[tuple[Any, str]]) -> None:
    for p, url in people:
        doc.add_page()
        doc.para(doc.text_of(event.title, event.title_en), 14, 8)
        doc.ln(6)
        doc.para(doc.text_of(p.name, ""), 24, 12)
        doc.para(doc.text_of(p.role, ""), 12)
        doc.para(doc.text_of(p.organisation.name, p.organisation.name_alt), 14, 8)
        doc.image(qr_png(url), x=doc.l_margin, y=doc.get_y() + 6, w=50, h=50)


def table_plan_pdf(event: Any, plan: Iterable[tuple[Any, list[Any]]]) -> bytes:
    """Per slot, who sits at which table."""
    doc = Document()
    for slot, meetings in plan:
        doc.add_page()
        start = slot.starts_at.astimezone(event.tz)
        when = _day_time(start)
        doc.para(doc.text_of(f"{event.title} — {when}", f"{event.title_en} — {when}"), 13, 8)
        for m in meetings:
            a = doc.text_of(f"{m.a.name} ({m.a.organisation.name})", m.a.organisation.name_alt)
            b = doc.text_of(f"{m.b.name} ({m.b.organisation.name})", m.b.organisation.name_alt)
            who = doc.text_of(f"  [{m.interpreter.name}]", "") if m.interpreter_id else ""
            doc.para(f"{m.table:>3}  {a}  —  {b}{who}", 9, 5)
    if not doc.page:
        doc.add_page()
        doc.para(_("No meetings are scheduled yet."))
    return bytes(doc.output())
