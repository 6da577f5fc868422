"""Issue 18: the main story by keyboard alone. A member in Chinese logs in, skips to the
content, reaches "post an offer or request" from the dashboard, fills the whole form (selects,
the searchable sector checklist, checkboxes) and submits it without a mouse; every control
on the way is reachable with Tab and shows a visible focus ring."""

from __future__ import annotations

from typing import Any

import pytest

from techbridge.profiles.models import TechnologyProfile
from tests.factories import PASSWORD, ChineseOrganisationFactory, MembershipFactory, UserFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

TAB_LIMIT = 300


def _focused(page: Any, selector: str) -> bool:
    return page.evaluate(
        "s => !!document.activeElement && document.activeElement.matches(s)", selector
    )


def tab_to(page: Any, selector: str) -> None:
    """Press Tab until the element matching ``selector`` has the focus (fail if it never
    does), then check that the focus is visible."""
    for _ in range(TAB_LIMIT):
        page.keyboard.press("Tab")
        if _focused(page, selector):
            ring = page.evaluate(
                "() => { const s = getComputedStyle(document.activeElement);"
                " return [s.outlineStyle, s.outlineWidth]; }"
            )
            assert ring[0] != "none" and ring[1] != "0px", (selector, ring)
            return
    raise AssertionError(f"{selector} cannot be reached with Tab")


def choose_by_keyboard(page: Any, selector: str) -> None:
    """Pick the first real option of a focused select (its first option is '— choose —')."""
    tab_to(page, selector)
    page.keyboard.press("ArrowDown")
    assert page.eval_on_selector(selector, "e => e.value") != "", selector


def _login(page: Any, base: str, email: str) -> None:
    page.goto(base + "/accounts/login/")
    page.keyboard.press("Tab")
    assert _focused(page, "[data-testid=skip-link]"), "the first Tab stop is the skip link"
    page.keyboard.press("Enter")
    assert _focused(page, "main#content")
    tab_to(page, "#id_login")
    page.keyboard.type(email)
    tab_to(page, "#id_password")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def _fill_profile(page: Any) -> None:
    choose_by_keyboard(page, "#id_kind")
    tab_to(page, "#id_title")
    page.keyboard.type("键盘录入的石墨烯散热膜需求")
    tab_to(page, "#id_summary")
    page.keyboard.type("寻求高导热石墨烯薄膜的量产工艺与授权合作。")
    tab_to(page, "#id_description")
    page.keyboard.type("问题：手机散热不足。需求：导热系数高于一千五百的石墨烯膜及其卷对卷工艺。")
    tab_to(page, ".checklist-filter")
    page.keyboard.type("材料")
    tab_to(page, "input[name=sectors]")
    page.keyboard.press("Space")
    assert page.eval_on_selector("input[name=sectors]:focus", "e => e.checked")
    choose_by_keyboard(page, "#id_trl")
    choose_by_keyboard(page, "#id_ip_status")
    tab_to(page, "input[name=partnership_types]")
    page.keyboard.press("Space")
    tab_to(page, "main form button[type=submit]")


def test_a_member_posts_a_request_with_the_keyboard_only(browser: Any, live_server: Any) -> None:
    member = UserFactory(full_name="王伟", preferred_language="zh-hans")
    MembershipFactory(user=member, organisation=ChineseOrganisationFactory())
    base = live_server.url
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies([{"name": "django_language", "value": "zh-hans", "url": base}])
    try:
        page = context.new_page()
        _login(page, base, member.email)
        page.goto(base + "/dashboard/")
        tab_to(page, "main a[href='/profiles/new/']")
        with page.expect_navigation():
            page.keyboard.press("Enter")
        _fill_profile(page)
        with page.expect_navigation():
            page.keyboard.press("Enter")
        created = TechnologyProfile.objects.get(title="键盘录入的石墨烯散热膜需求")
        assert created.sectors and created.trl and created.ip_status
        assert "键盘录入的石墨烯散热膜需求" in page.inner_text("main")
    finally:
        context.close()
