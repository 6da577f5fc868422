"""Issue 2's acceptance story, in a real browser, against a live server with the demo data."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from techbridge.profiles.models import TechnologyProfile
from techbridge.tooling.demo_loader import load_demo

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

PASSWORD = "Bridge-2026-secure!"
TITLE = "寻求废旧锂电池回收技术合作"


def sign_up_and_verify(page, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/signup/")
    page.fill("#id_email", email)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    with page.expect_navigation():
        page.locator("form button[type=submit]").last.click()
    link = re.search(r"https?://\S+/accounts/confirm-email/\S+", mail.outbox[-1].body).group(0)
    page.goto(link)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()
    log_in(page, base, email, PASSWORD)


def log_in(page, base: str, email: str, password: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").click()


def register_organisation(page, base: str) -> None:
    page.goto(f"{base}/organisations/new/")
    page.fill("#id_name", "常州锂源新能源科技有限公司")
    page.fill("#id_name_alt", "Changzhou Lithium Source New Energy")
    page.select_option("#id_type", "company")
    page.select_option("#id_country", "CN")
    page.select_option("#id_province", "JS")
    page.fill("#id_city", "常州")
    page.select_option("#id_language", "zh")
    with page.expect_navigation():
        page.click("[data-testid=save-organisation]")


def post_chinese_request(page, base: str) -> None:
    page.goto(f"{base}/profiles/new/")
    page.select_option("#id_kind", "request")
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", "我公司寻求湿法冶金锂电池回收技术，回收钴、镍、锂。")
    page.fill(
        "#id_description",
        "问题：退役动力电池快速增长。需求：回收率高于95%的湿法冶金工艺，可技术许可或联合研发。",
    )
    page.check("input[name=sectors][value=energy-storage]")
    page.check("input[name=sectors][value=recycling]")
    page.fill("#id_keywords", "锂电池回收, 湿法冶金")
    page.select_option("#id_trl", "6")
    page.select_option("#id_ip_status", "none")
    page.check("input[name=partnership_types][value=licence_in]")
    page.select_option("#id_visibility", "public")
    with page.expect_navigation():
        page.click("[data-testid=submit-for-review]")


def test_visitor_to_published_request(new_page, live_server):
    load_demo(apps=())
    base = live_server.url
    page = new_page()
    page.goto(base + "/")
    with page.expect_navigation():
        page.click("[data-testid=lang-zh]")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    page.goto(base + "/profiles/?kind=offer")
    assert page.locator("[data-testid=profile-card]").count() >= 5

    sign_up_and_verify(page, base, "new.member@changzhou.example.cn")
    register_organisation(page, base)
    post_chinese_request(page, base)
    profile = TechnologyProfile.objects.get(title=TITLE)
    assert profile.status == "submitted" and profile.language == "zh"
    assert page.locator("[data-testid=status]").count() == 1

    staff = new_page()
    log_in(staff, base, "staff@techbridge.example", "techbridge-demo")
    staff.goto(base + "/profiles/review/")
    row = staff.locator("[data-testid=review-row]", has_text=TITLE)
    # The response comes after the commit and its after-commit work (index, matching).
    with staff.expect_navigation():
        row.locator("[data-testid=approve]").click()
    profile.refresh_from_db()
    assert profile.status == "published"

    # Issue 4: publishing the Chinese request matched it with English battery-recycling offers,
    # explained, on the owner's profile page.
    matches = page.locator("[data-testid=profile-matches] [data-testid=match]")
    for _attempt in range(20):  # a task backend with workers would fill them a little later
        page.goto(f"{base}/profiles/{profile.id}/")
        if matches.count() >= 3:
            break
        page.wait_for_timeout(500)
    assert matches.count() >= 3
    english = [m for m in matches.all_inner_texts() if re.search(r"[Bb]atter", m)]
    assert english, matches.all_inner_texts()
    assert page.locator("[data-testid=profile-matches] [data-testid=explanation]").count() >= 1

    anonymous = new_page()
    anonymous.goto(f"{base}/profiles/{profile.id}/")
    assert TITLE in anonymous.content()
    anonymous.goto(base + "/profiles/?kind=request")
    assert TITLE in anonymous.content()


def test_blind_offer_shows_no_owner(new_page, live_server):
    load_demo(apps=())
    blind = (
        TechnologyProfile.objects.filter(visibility="blind", status="published")
        .select_related("organisation")
        .first()
    )
    assert blind is not None
    secrets = [
        blind.organisation.name,
        blind.organisation.website or "\x00",
        blind.organisation.slug,
    ]
    if blind.organisation.name_alt:
        secrets.append(blind.organisation.name_alt)
    page = new_page()
    base = live_server.url
    for url in (
        f"/profiles/{blind.id}/",
        "/profiles/?kind=offer",
        "/",
        f"/api/v1/profiles/{blind.id}",
    ):
        page.goto(base + url)
        text = page.content()
        for secret in secrets:
            assert secret not in text, (url, secret)
    page.goto(f"{base}/profiles/{blind.id}/")
    assert page.locator("[data-testid=blind-note]").count() == 1
