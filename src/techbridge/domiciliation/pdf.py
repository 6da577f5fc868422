"""The confirmation of the end of address hosting (解除住所托管证明), in English and Chinese:
what a firm files with the market regulator to move its registered address away once its
contract is ending or has ended. Printed with the events app's PDF machinery (fpdf2, Noto
Sans SC)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from django.utils.translation import gettext as _

from techbridge.core.errors import Conflict
from techbridge.core.i18n import language
from techbridge.domiciliation.models import Contract, Status
from techbridge.events.pdf import Document

ENDING = (Status.NOTICE_SERVED, Status.ENDED, Status.TERMINATED)


def _both(build: Callable[[], str]) -> list[str]:
    with language("en"):
        en = str(build())
    with language("zh-hans"):
        zh = str(build())
    return list(dict.fromkeys((zh, en)))


def _block(doc: Document, texts: list[str], size: int, height: float = 7, align: str = "L") -> None:
    doc.set_font(doc.family, size=size)
    for text in texts:
        doc.multi_cell(0, height, doc.text_of(text), align=align, new_x="LMARGIN", new_y="NEXT")
        doc.ln(1)


def end_of_hosting_pdf(contract: Contract, issued_on: date) -> bytes:
    """The letter, for a contract under notice, ended or terminated (else Conflict)."""
    if contract.status not in ENDING:
        raise Conflict(_("This letter is issued once the contract is ending or has ended."))
    code = contract.credit_code or "—"
    doc = Document()
    doc.add_page()
    doc.ln(6)
    _block(
        doc, _both(lambda: _("TechBridge International Technology Transfer Centre")), 12, align="C"
    )
    doc.ln(4)
    _block(doc, _both(lambda: _("Confirmation of the end of address hosting")), 18, 10, "C")
    doc.ln(6)
    _block(
        doc,
        _both(
            lambda: (
                _(
                    "The address hosting contract %(ref)s between the centre and %(firm_zh)s "
                    "(%(firm_en)s, unified social credit code %(code)s) for the registered address "
                    "%(address)s ends on %(day)s."
                )
                % {
                    "ref": contract.reference,
                    "firm_zh": contract.firm_name_zh,
                    "firm_en": contract.firm_name_en or contract.firm_name_zh,
                    "code": code,
                    "address": contract.hosted_address,
                    "day": contract.last_day.isoformat(),
                }
            )
        ),
        11,
        6,
    )
    doc.ln(2)
    _block(
        doc,
        _both(
            lambda: _(
                "From that day the firm may no longer use this address as its registered office "
                "and is to register its new address with the market regulator."
            )
        ),
        11,
        6,
    )
    doc.ln(6)
    _block(doc, _both(lambda: _("Issued on %(day)s") % {"day": issued_on.isoformat()}), 11, 6)
    return bytes(doc.output())
