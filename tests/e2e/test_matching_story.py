"""Issue 19 in a browser: a member writes a listing and sees its quality and matches live,
in Chinese; sends an EOI from a match card; staff see it in the funnel from matching."""

from __future__ import annotations

import pytest

from techbridge.deals.models import Connection
from techbridge.matches.models import Match
from techbridge.profiles.models import TechnologyProfile
from techbridge.tooling.demo_loader import MEMBER_CN_EMAIL, STAFF_EMAIL, load_demo

from .test_platform_story import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
DEMO_PASSWORD = "techbridge-demo"


def test_quality_panel_match_to_eoi_and_funnel(new_page, live_server):
    load_demo(apps=())
    base = live_server.url
    page = new_page()
    log_in(page, base, MEMBER_CN_EMAIL, DEMO_PASSWORD)
    page.goto(base + "/")
    with page.expect_navigation():
        page.click("[data-testid=lang-zh]")

    page.goto(base + "/profiles/new/")
    page.wait_for_selector("[data-testid=listing-quality]")
    page.select_option("#id_kind", "request")
    page.select_option("#id_language", "zh")
    page.fill("#id_title", "寻求废旧锂电池回收技术")
    page.fill("#id_description", "需要废旧锂电池破碎分选与湿法回收技术，回收锂、钴、镍。")
    page.wait_for_selector("[data-testid=quality-score]", timeout=30_000)
    panel = page.locator("[data-testid=listing-quality]")
    panel.locator("[data-testid=quality-preview]").wait_for(timeout=30_000)
    assert "请更详细地描述技术" in panel.inner_text()  # advice in the reader's language
    assert "寻求" not in panel.locator("[data-testid=quality-preview]").inner_text()  # offers

    # A match of the member's published request with a public offer of another organisation
    # (the rematch itself is not part of this story).
    request = TechnologyProfile.objects.filter(
        kind="request", status="published", organisation__memberships__user__email=MEMBER_CN_EMAIL
    ).first()
    offer = (
        TechnologyProfile.objects.filter(kind="offer", status="published", visibility="public")
        .exclude(organisation=request.organisation)
        .first()
    )
    Match.objects.create(request=request, offer=offer, score=0.77)
    page.goto(base + "/matches/")
    card = page.locator("[data-testid=match]").filter(has=page.locator("[data-testid=act]")).first
    with page.expect_navigation():
        card.locator("[data-testid=act]").click()
    assert "match=" in page.url
    page.fill("[data-testid=eoi-message]", "我们对这项技术很感兴趣，希望进一步交流。")
    with page.expect_navigation():
        page.click("[data-testid=express-interest]")
    sent = Connection.objects.filter(requester_user__email=MEMBER_CN_EMAIL).latest("created_at")
    assert sent.from_match and sent.match_id is not None

    staff = new_page()
    log_in(staff, base, STAFF_EMAIL, DEMO_PASSWORD)
    staff.goto(base + "/results/funnel/")
    eois = staff.locator("[data-testid=match-funnel-eois] .count").inner_text()
    assert int(eois) >= 1
    assert staff.locator("[data-testid=match-breakdown-pair] tbody tr").count() >= 1
