"""Issue 18: a new user's first hour. Every main page, in English and in Chinese, logged out,
as a member and as staff, passes axe-core with no serious or critical violation; the Chinese
pages show no English UI word; the layout fits 390 px; the demo outbox shows a readable
verification e-mail of a sign-up in Chinese."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.test import Client, override_settings
from django.urls import reverse

from techbridge.accounts.services import organisation_create
from tests.e2e.a11y import axe_violations, english_words
from tests.factories import ProfileFactory, StaffFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PUBLIC = [
    "web:home",
    "profiles:list",
    "accounts:directory",
    "search:search",
    "events:list",
    "training:list",
    "deals:figures",
    "account_login",
    "account_signup",
]
MEMBER = [
    "web:dashboard",
    "web:notifications",
    "accounts:my_organisation",
    "accounts:api_tokens",
    "accounts:organisation_create",
    "profiles:create",
    "deals:list",
    "matches:list",
    "desk:catalogue",
]
STAFF = ["profiles:review_queue", "deals:funnel", "desk:queue", "events:create"]


def _world() -> dict[str, Any]:
    member = UserFactory(full_name="王伟", preferred_language="zh-hans")
    staff = StaffFactory(full_name="李明", preferred_language="zh-hans", department="events")
    org = organisation_create(
        actor=member,
        data={
            "name": "苏州纳米新材料有限公司",
            "type": "company",
            "country": "CN",
            "province": "JS",
            "city": "苏州",
            "sectors": ["new-materials"],
            "description": "纳米材料研发与生产。",
            "language": "zh",
        },
    )
    profile = ProfileFactory(
        organisation=org,
        language="zh",
        title="石墨烯导热膜量产技术",
        summary="高导热石墨烯薄膜的卷对卷量产工艺。",
        description="问题：电子设备散热。方案：石墨烯导热膜。优势：导热系数高。",
        keywords=["石墨烯", "导热膜"],
        patent_numbers=["CN112345678A"],
    )
    return {"member": member, "staff": staff, "org": org, "profile": profile}


def _context(browser: Any, base: str, language: str, user: Any = None, width: int = 1280) -> Any:
    # axe-core is injected as a script, which the pages' CSP (no inline scripts) would block:
    # the checker's context bypasses it (the CSP itself is tested in tests/core/test_security).
    context = browser.new_context(viewport={"width": width, "height": 900}, bypass_csp=True)
    cookies = [{"name": "django_language", "value": language, "url": base}]
    if user is not None:
        client = Client()
        client.force_login(user)
        cookies.append(
            {"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}
        )
    context.add_cookies(cookies)
    return context


def _walk(context: Any, base: str, names: list[str], language: str) -> list[str]:
    page = context.new_page()
    problems = []
    for name in names:
        url = name if name.startswith("/") else reverse(name)
        response = page.goto(base + url)
        assert response is not None and response.status == 200, (url, response and response.status)
        problems += [f"{url} [{language}] axe {v}" for v in axe_violations(page)]
        if language == "zh-hans":
            assert page.locator("html").get_attribute("lang") == "zh-Hans"
            problems += [f"{url} [zh] English {w}" for w in english_words(page)]
    return problems


@pytest.mark.parametrize("language", ["zh-hans", "en"])
def test_every_main_page_accessible_and_in_the_language(browser, live_server, language):
    world = _world()
    base = live_server.url
    extra = [
        reverse("profiles:detail", args=[world["profile"].pk]),
        reverse("accounts:organisation", args=[world["org"].slug]),
    ]
    problems: list[str] = []
    for user, names in (
        (None, PUBLIC + extra),
        (world["member"], MEMBER + extra),
        (world["staff"], STAFF),
    ):
        context = _context(browser, base, language, user)
        try:
            problems += _walk(context, base, names, language)
        finally:
            context.close()
    assert problems == [], "\n".join(problems)


def test_phone_width_one_column_and_compact_menu(browser, live_server):
    world = _world()
    base = live_server.url
    context = _context(browser, base, "zh-hans", world["member"], width=390)
    try:
        page = context.new_page()
        page.goto(base + "/")
        header = page.locator("header.topbar").bounding_box()
        assert header["height"] < 120, header
        assert not page.locator("#mainnav").is_visible()
        page.click("[data-testid=menu-toggle]")
        assert page.locator("#mainnav").is_visible()
        width = page.evaluate("() => document.documentElement.scrollWidth")
        assert width <= 390, width
        for box in page.locator(".figure strong").all():
            assert box.evaluate("e => e.scrollWidth <= e.clientWidth + 1")
    finally:
        context.close()


def test_chinese_sign_up_mail_readable_in_the_outbox(browser, live_server, tmp_path):
    base = live_server.url
    with override_settings(
        OUTBOX_DIR=str(tmp_path / "outbox"),
        MAILERS={"default": {"BACKEND": "techbridge.core.mail.ReadableConsoleBackend"}},
    ):
        context = _context(browser, base, "zh-hans")
        try:
            page = context.new_page()
            page.goto(base + "/accounts/signup/")
            page.fill("#id_email", "zhang.san@example.cn")
            page.fill("#id_password1", "Bridge-2026-secure!")
            page.fill("#id_password2", "Bridge-2026-secure!")
            with page.expect_navigation():
                page.locator("main form button[type=submit]").last.click()
            page.goto(base + "/outbox/")
            mail = page.locator("[data-testid=outbox-mail]").first
            text = mail.inner_text()
            assert (
                "您好" in text and "TechBridge" in text and "127.0.0.1" not in text.split("\n")[0]
            )
            link = mail.locator("a[href*='/accounts/confirm-email/']")
            assert link.count() == 1
            with page.expect_navigation():
                link.click()
            assert re.search(r"/accounts/confirm-email/", page.url)
        finally:
            context.close()
