"""Printable PDFs of the training app, on the events app's machinery (fpdf2 with Noto Sans SC,
QR codes by segno): the certificate of completion in English and Chinese, and the badge whose
QR code staff scan at each session."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from techbridge.core.i18n import language
from techbridge.events.pdf import Document, badges_pdf, qr_png
from techbridge.training.models import Certificate, Enrolment


@dataclass(frozen=True)
class _Badge:
    """What events' badge layout prints: the person, their role and organisation."""

    name: str
    role: str
    organisation: Any


def badge_holder(enrolment: Enrolment) -> _Badge:
    return _Badge(enrolment.name, enrolment.role, enrolment.organisation)


def badges_for(course: Any, rows: list[tuple[_Badge, str]]) -> bytes:
    """Badges, one per page: the course title, the person's name and organisation and the QR
    code of their check-in address (events' badge layout)."""
    return badges_pdf(course, rows)


def badge_pdf(enrolment: Enrolment, checkin_url: str) -> bytes:
    """One person's course badge."""
    return badges_for(enrolment.course, [(badge_holder(enrolment), checkin_url)])


def _both(build: Any) -> tuple[str, str]:
    """A sentence in English and in Chinese (each from the catalogue)."""
    with language("en"):
        en = str(build())
    with language("zh-hans"):
        zh = str(build())
    return en, zh


def _day(value: date | None) -> str:
    return date_format(value, "DATE_FORMAT") if value else "—"


def _line(doc: Document, pair: tuple[str, str], size: int, height: float = 7) -> None:
    doc.set_font(doc.family, size=size)
    for text in dict.fromkeys(pair):  # once when both languages read alike
        doc.multi_cell(0, height, doc.text_of(text), align="C", new_x="LMARGIN", new_y="NEXT")


def certificate_pdf(cert: Certificate, verify_url: str) -> bytes:
    """The certificate of completion, in English and Chinese on one page, with its
    verification code and a QR code of the public verification page."""
    doc = Document()
    doc.add_page()
    doc.ln(10)
    _line(doc, _both(lambda: _("TechBridge International Technology Transfer Centre")), 12)
    doc.ln(8)
    _line(doc, _both(lambda: _("Certificate of completion")), 24, 12)
    doc.ln(8)
    _line(doc, _both(lambda: _("This is to certify that")), 12)
    doc.ln(2)
    _line(doc, (cert.holder_name, cert.holder_name), 22, 12)
    doc.ln(2)
    _line(doc, _both(lambda: _("has completed the course")), 12)
    doc.ln(2)
    titles = (cert.course_title_en or cert.course_title_zh, cert.course_title_zh or "")
    _line(doc, titles, 16, 9)
    doc.ln(6)
    _details(doc, cert)
    doc.ln(8)
    _line(doc, _both(lambda: _("Verification code: %(code)s") % {"code": cert.display_code}), 11)
    _line(doc, (verify_url, verify_url), 9, 5)
    size = 40
    doc.image(qr_png(verify_url), x=(doc.w - size) / 2, y=doc.get_y() + 4, w=size, h=size)
    return bytes(doc.output())


def _details(doc: Document, cert: Certificate) -> None:
    def attended() -> str:
        return _("Sessions attended: %(n)s of %(total)s · CPD hours: %(hours)s") % {
            "n": cert.sessions_attended,
            "total": cert.sessions_total,
            "hours": cert.hours,
        }

    def dates() -> str:
        return _("Course dates: %(first)s – %(last)s · completed on %(done)s") % {
            "first": _day(cert.first_session_on),
            "last": _day(cert.last_session_on),
            "done": _day(cert.completed_on),
        }

    _line(doc, _both(attended), 11, 6)
    _line(doc, _both(dates), 11, 6)
