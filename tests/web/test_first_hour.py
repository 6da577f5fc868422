"""Issue 18: the demo path (readable mails, outbox, site name, slugs) and forms people can use."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.template import Context, Template
from django.test import Client
from django.utils import translation

from techbridge.accounts.services import organisation_create
from techbridge.core.mail import ReadableConsoleBackend, outbox_list
from techbridge.core.slugs import slug_for
from techbridge.profiles.forms import ProfileForm
from tests.conftest import login

pytestmark = pytest.mark.django_db


def test_chinese_mail_printed_readable_and_kept_in_the_outbox(settings: Any, tmp_path: Any) -> None:
    settings.OUTBOX_DIR = str(tmp_path / "outbox")
    stream = io.StringIO()
    backend = ReadableConsoleBackend(stream=stream)
    body = "您好！请打开 http://127.0.0.1:8000/accounts/confirm-email/abc/ 确认您的地址。"
    backend.send_messages(
        [EmailMessage("[TechBridge] 请确认您的电子邮件地址", body, to=["a@b.cn"])]
    )
    printed = stream.getvalue()
    assert "Subject: [TechBridge] 请确认您的电子邮件地址" in printed
    assert body in printed  # not base64
    (kept,) = outbox_list()
    assert kept.subject.endswith("请确认您的电子邮件地址") and kept.text.strip() == body


def test_outbox_page_only_in_demo_mode(client: Client, settings: Any, tmp_path: Any) -> None:
    settings.OUTBOX_DIR = ""
    assert client.get("/outbox/").status_code == 404
    settings.OUTBOX_DIR = str(tmp_path / "outbox")
    backend = ReadableConsoleBackend(stream=io.StringIO())
    backend.send_messages([EmailMessage("Hi", "Open http://x.example/a/b/ now", to=["a@b.cn"])])
    page = client.get("/outbox/").content.decode()
    assert '<a href="http://x.example/a/b/"' in page and 'data-testid="outbox-link"' in page


def test_signup_mail_in_chinese_names_techbridge(client: Client, settings: Any) -> None:
    settings.LANGUAGE_CODE = "en"
    client.cookies["django_language"] = "zh-hans"
    response = client.post(
        "/accounts/signup/",
        {
            "email": "zhang@example.cn",
            "password1": "Bridge-2026-ok!",
            "password2": "Bridge-2026-ok!",
        },
    )
    assert response.status_code == 302
    body = mail.outbox[-1].body
    assert body.startswith("您好！"), body[:80]
    assert "Hello" not in body and "来自" not in body  # not "来自127.0.0.1:8100的 Hello!"
    assert "在 TechBridge 注册" in body or "TechBridge" in body.split("\n")[2]
    assert re.search(r"http://testserver/accounts/confirm-email/\S+", body)


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("苏州纳米科技有限公司", "suzhou-nami-keji-youxiangongsi"),
        ("Fraunhofer ISE", "fraunhofer-ise"),
        ("TÜV 南德", "tuv-nande"),
        ("!!!", ""),
    ],
)
def test_slugs_for_names_in_any_script(name: str, slug: str) -> None:
    assert slug_for(name) == slug


def test_chinese_organisation_gets_a_readable_address(lone_user: Any) -> None:
    data = {"name": "常州锂源新能源科技有限公司", "type": "company", "country": "CN"}
    first = organisation_create(actor=lone_user, data=data)
    second = organisation_create(actor=lone_user, data=data)
    assert first.slug.startswith("changzhou-") and first.slug != "org"
    assert second.slug.startswith(first.slug[:20]) and second.slug != first.slug
    nothing = organisation_create(actor=lone_user, data={**data, "name": "——"})
    assert re.fullmatch(r"org-[0-9a-f]{6}", nothing.slug)


def test_profile_form_has_no_silent_trl_or_ip_status() -> None:
    form = ProfileForm()
    html = str(form["trl"]) + str(form["ip_status"])
    assert html.count('<option value="" selected>') == 2
    bound = ProfileForm(data={"kind": "offer", "title": "A title here"})
    assert not bound.is_valid()
    assert "trl" in bound.errors and "ip_status" in bound.errors
    with translation.override("zh-hans"):
        bound = ProfileForm(data={"kind": "offer"})
        assert bound.errors["trl"] == ["此字段为必填项。"]


def test_sectors_and_countries_are_searchable_checklists(client_member: Client) -> None:
    page = client_member.get("/profiles/new/").content.decode()
    assert page.count("data-checklist") == 2
    assert 'type="checkbox" name="sectors"' in page and '<select name="sectors"' not in page
    assert "web/checklist.js" in page
    assert "<legend>" in page  # a checklist is a fieldset with a legend, not a bare label


def test_api_token_hint_shows_the_placeholder(client_member: Client) -> None:
    page = client_member.get("/my/api-tokens/").content.decode()
    assert "Authorization: Bearer &lt;token&gt;" in page


def test_day_time_and_grouped_in_each_language() -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    when = datetime(2027, 2, 5, 14, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    source = Template(
        "{% load localised humanize %}{{ when|day_time }}|{{ n|intcomma }}|{{ n|grouped }}"
    )
    with translation.override("zh-hans"):
        assert source.render(Context({"when": when, "n": 710000030260000})) == (
            "2月5日 星期五 14:00|710,000,030,260,000|710,000,030,260,000"
        )
    with translation.override("en"):
        assert source.render(Context({"when": when, "n": 18260000})).startswith(
            "Fri 5 Feb 14:00|18,260,000"
        )


def test_staff_menu_is_one_group(staff: Any) -> None:
    page = login(staff).get("/dashboard/").content.decode()
    assert 'data-testid="staff-menu"' in page and 'aria-controls="mainnav"' in page


@pytest.mark.parametrize(
    ("text", "tag"),
    [
        ("纳米材料研发与生产，年产 200 吨 MOF。", "zh-Hans"),
        ("Battery recycling plant", "en"),
        ("", "und"),
    ],
)
def test_user_text_carries_its_own_language(text: str, tag: str) -> None:
    rendered = Template("{% load localised %}{{ t|text_lang }}").render(Context({"t": text}))
    assert rendered == tag


def test_chinese_organisation_page_marks_its_chinese_text_on_an_english_page(
    client: Client, lone_user: Any
) -> None:
    org = organisation_create(
        actor=lone_user,
        data={
            "name": "常州锂源新能源科技有限公司",
            "type": "company",
            "country": "CN",
            "description": "锂电池正极材料的研发与生产。",
        },
    )
    page = client.get(f"/organisations/{org.slug}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert re.search(r'<html lang="en"', page)
    assert re.search(r'<h1 lang="zh-Hans">常州锂源', page)
    assert re.search(r'class="description" lang="zh-Hans">锂电池', page)
