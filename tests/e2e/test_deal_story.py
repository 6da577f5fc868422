"""Issue 5's acceptance story in a browser: from a Chinese request to a signed contract."""

from __future__ import annotations

import pytest
from django.utils import timezone

from techbridge.deals.models import Connection
from techbridge.profiles.models import TechnologyProfile
from techbridge.tooling.demo_loader import MEMBER_CN_EMAIL, MEMBER_EMAIL, STAFF_EMAIL, load_demo

from .test_platform_story import log_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]
DEMO_PASSWORD = "techbridge-demo"


def figure(page, base: str, name: str) -> float:
    page.goto(f"{base}/results/")
    text = page.locator(f"[data-testid=fig-{name}]").inner_text()
    return float(text.replace(",", "").replace("\u00a0", "").strip() or 0)


def test_request_to_contract(new_page, live_server):
    load_demo(apps=())
    base = live_server.url
    request = TechnologyProfile.objects.filter(
        kind="request",
        language="zh",
        status="published",
        visibility="public",
        organisation__memberships__user__email=MEMBER_CN_EMAIL,
    ).first()
    assert request is not None

    foreign = new_page()
    before_value = figure(foreign, base, "value")
    before_contracts = figure(foreign, base, "contracts")
    log_in(foreign, base, MEMBER_EMAIL, DEMO_PASSWORD)
    foreign.goto(f"{base}/profiles/?kind=request&language=zh")
    foreign.goto(f"{base}/profiles/{request.id}/")
    foreign.fill("[data-testid=eoi-message]", "We license a hydrometallurgical process that fits.")
    with foreign.expect_navigation():
        foreign.click("[data-testid=express-interest]")
    connection = Connection.objects.get(profile=request)
    connection_url = f"{base}/connections/{connection.id}/"

    owner = new_page()
    log_in(owner, base, MEMBER_CN_EMAIL, DEMO_PASSWORD)
    owner.goto(f"{base}/connections/")
    assert owner.locator(f"a[href='/connections/{connection.id}/']").count() >= 1
    owner.goto(connection_url)
    with owner.expect_navigation():
        owner.click("[data-testid=accept]")
    owner.fill("[data-testid=message-body]", "欢迎！我们下周可以在苏州见面。")
    owner.click("[data-testid=message-send]")
    owner.wait_for_selector("[data-testid=message]")

    foreign.goto(connection_url)
    assert "欢迎" in foreign.locator("[data-testid=conversation]").inner_text()
    foreign.fill("[data-testid=message-body]", "Great, see you in Suzhou.")
    foreign.click("[data-testid=message-send]")
    foreign.locator("[data-testid=message]", has_text="see you in Suzhou").wait_for()

    today = timezone.localdate().isoformat()
    owner.goto(connection_url)
    with owner.expect_navigation():
        owner.click("[data-testid=stage-meeting_held]")
    form = owner.locator("[data-testid=intention-form]")
    form.locator("[name=signed_on]").fill(today)
    form.locator("[name=type]").select_option("licence")
    form.locator("[name=summary]").fill("Licence of the recycling process for Jiangsu.")
    with owner.expect_navigation():
        owner.click("[data-testid=intention-submit]")
    form = owner.locator("[data-testid=contract-form]")
    form.locator("[name=signed_on]").fill(today)
    form.locator("[name=type]").select_option("licence")
    form.locator("[name=value]").fill("12000000")
    form.locator("[name=currency]").select_option("CNY")
    form.locator("[name=registration_number]").fill("2026320500001234")
    with owner.expect_navigation():
        owner.click("[data-testid=contract-submit]")
    assert owner.locator("[data-testid=contract]").count() == 1

    # One party's record counts only once the other party confirmed and the centre verified.
    visitor = new_page()
    assert figure(visitor, base, "contracts") == before_contracts
    foreign.goto(connection_url)
    assert foreign.locator("[data-testid=pending-confirmations]").count() == 1
    with foreign.expect_navigation():
        foreign.click("[data-testid=confirm-stages]")
    assert foreign.locator("[data-testid=pending-confirmations]").count() == 0
    assert figure(visitor, base, "contracts") == before_contracts

    staff = new_page()
    log_in(staff, base, STAFF_EMAIL, DEMO_PASSWORD)
    staff.goto(f"{base}/results/verification/")
    with staff.expect_navigation():
        staff.click(f"[data-testid=verify-row] a[href='/connections/{connection.id}/']")
    with staff.expect_navigation():
        staff.click("[data-testid=contract-verify]")
    assert figure(visitor, base, "contracts") == before_contracts + 1
    assert figure(visitor, base, "value") == before_value + 12_000_000

    staff.goto(f"{base}/results/funnel/")
    assert int(staff.locator("[data-testid=funnel-contracts] .count").inner_text()) >= 1
