"""The app's own catalogue, pages in Chinese, the panels on other apps' pages, and the credit
code validator under hypothesis."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import polib
import pytest
from django import forms
from hypothesis import given, settings
from hypothesis import strategies as st

import techbridge.domiciliation
from techbridge.core.tax_ids import USCC_ALPHABET, uscc_check_char
from techbridge.domiciliation.forms.contracts import clean_credit_code
from techbridge.domiciliation.models import Contract
from techbridge.domiciliation.services import mail as mail_services

from .test_views import client_for

CATALOGUE = Path(techbridge.domiciliation.__file__).parent / "locale/zh_Hans/LC_MESSAGES/django.po"
PLACEHOLDER = re.compile(r"%\((\w+)\)s|%%")


def test_catalogue_is_complete_and_keeps_placeholders() -> None:
    po = polib.pofile(str(CATALOGUE))
    assert len(po) > 300 and not po.fuzzy_entries()
    for entry in po:
        translations = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in translations:
            assert text, entry.msgid
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(entry.msgid))


def test_pages_in_chinese(active: Contract, member: Any) -> None:
    client = client_for(member)
    client.post("/i18n/setlang/", {"language": "zh-hans", "next": "/"})
    page = client.get(f"/hosting/contracts/{active.pk}/").content.decode()
    assert "客户身份核验" in page and "托管地址" in page and "Hosted address" not in page


def test_panels_and_menu(active: Contract, staff: Any, member: Any, outsider: Any) -> None:
    mail_services.mail_log(
        actor=staff, contract=active, data={"addressee": "X", "kind": "letter", "sender": "Y"}
    )
    home = client_for(member).get("/dashboard/").content.decode()
    assert 'data-testid="domiciliation-panel"' in home and 'data-testid="mail-waiting"' in home
    assert 'href="/hosting/"' in home
    other = client_for(outsider).get("/dashboard/").content.decode()
    assert 'data-testid="domiciliation-panel"' not in other
    mail_services.mail_log(
        actor=staff, contract=None, data={"addressee": "?", "kind": "letter", "sender": "Y"}
    )
    staff_home = client_for(staff).get("/dashboard/").content.decode()
    assert 'data-testid="domiciliation-staff-panel"' in staff_home
    assert 'href="/hosting/manage/mail/"' in staff_home
    organisation = client_for(member).get("/my/organisation/").content.decode()
    assert 'data-testid="domiciliation-panel"' in organisation


BODY = st.tuples(
    st.sampled_from("123456789ABCDEFGHJKLMNPQRTUWXY"),
    st.sampled_from("123459"),
    st.text(alphabet="0123456789", min_size=6, max_size=6),
    st.text(alphabet=USCC_ALPHABET, min_size=9, max_size=9),
).map("".join)


@settings(deadline=None)
@given(
    body=BODY, position=st.integers(min_value=0, max_value=17), swap=st.sampled_from(USCC_ALPHABET)
)
def test_credit_codes_under_hypothesis(body: str, position: int, swap: str) -> None:
    code = body + uscc_check_char(body)
    assert clean_credit_code(" " + code.lower()[:6] + "-" + code[6:] + " ") == code
    altered = code[:position] + swap + code[position + 1 :]
    if altered != code:
        # One character changed is always caught by the check character (mod 31).
        with pytest.raises(forms.ValidationError):
            clean_credit_code(altered)


@settings(deadline=None)
@given(text=st.text(max_size=40))
def test_any_text_is_accepted_or_refused_clearly(text: str) -> None:
    try:
        assert len(clean_credit_code(text)) in (0, 18)
    except forms.ValidationError as exc:
        assert exc.messages
